import { z } from 'zod';
import { nonBlank, optionalText, page, pageSize, uuid } from './common';

/** APL-46 evidence types. */
export const EVIDENCE_TYPES = [
  'DOCUMENTARY',
  'PHYSICAL',
  'AUDIO_VISUAL',
  'ELECTRONIC_DATA',
  'WITNESS_TESTIMONY',
  'PARTY_STATEMENT',
  'EXPERT_OPINION',
  'INSPECTION_RECORD',
] as const;
export const EVIDENCE_METHODS = [
  'SAMPLING',
  'PRESERVATION',
  'EXTRACTION',
  'INQUIRY',
  'INSPECTION',
  'APPRAISAL',
  'DEVICE',
] as const;
export const DEVICE_TYPES = ['BODY_CAM', 'CAMERA', 'AUDIO', 'CCTV', 'VEHICLE_CAM', 'MOBILE_TERMINAL'] as const;
export const AV_ACTIVITIES = [
  'SITE_INSPECTION',
  'EVIDENCE_COLLECTION',
  'INQUIRY',
  'SEAL_SEIZE',
  'DEMOLITION',
  'HEARING',
  'SERVICE_LEAVE',
  'SERVICE_NOTICE',
  'ON_SPOT_PENALTY',
  'LICENSE_WINDOW',
  'SAMPLING',
  'PRESERVATION',
  'OTHER',
] as const;
export const OWNER_TYPES = ['CASE', 'INSPECTION', 'COERCIVE_MEASURE', 'LICENSE', 'OTHER'] as const;
export const RETENTION_CLASSES = ['CASE_EVIDENCE', 'PERMANENT', 'LONG_30Y', 'ROUTINE_6M'] as const;
export const FILE_KINDS = ['VIDEO', 'AUDIO', 'IMAGE', 'PDF', 'OFD', 'WORD'] as const;
export const CUSTODY_ACTIONS = [
  'CAPTURE',
  'UPLOAD',
  'VIEW',
  'STREAM',
  'DOWNLOAD',
  'SHARE',
  'EXPORT',
  'METADATA_EDIT',
] as const;

const gps = z
  .object({
    lat: z.number().min(-90, '纬度超出范围').max(90, '纬度超出范围'),
    lng: z.number().min(-180, '经度超出范围').max(180, '经度超出范围'),
  })
  .strict();

export const evidenceMetadata = z
  .object({
    evidenceType: z.enum(EVIDENCE_TYPES, { error: '请选择证据类型' }),
    description: nonBlank('证据描述', 2000),
    source: nonBlank('证据来源', 200),
    collectedBy: z.array(uuid).min(1, '请选择收集人员'),
    collectedAt: z.string().datetime({ offset: true, error: '收集时间格式错误' }),
    place: nonBlank('收集地点', 200),
    method: z.enum(EVIDENCE_METHODS, { error: '请选择收集方式' }),
  })
  .strict();
export type EvidenceMetadata = z.infer<typeof evidenceMetadata>;

export const avGap = z
  .object({
    from: z.string().datetime({ offset: true, error: '中断开始时间格式错误' }),
    to: z.string().datetime({ offset: true, error: '中断结束时间格式错误' }),
    reason: z.string({ error: '请说明中断原因' }).trim().min(1, '每一段中断都必须说明原因').max(500),
  })
  .strict()
  .refine((g) => g.from < g.to, { path: ['to'], message: '中断结束时间应晚于开始时间' });

export const avMetadata = z
  .object({
    deviceId: uuid.nullable().optional().default(null),
    deviceType: z.enum(DEVICE_TYPES, { error: '请选择设备类型' }),
    deviceSerialNo: nonBlank('设备编号', 60),
    deviceOwnerUnit: optionalText('设备所属单位', 100),
    operators: z.array(uuid).min(1, '请选择摄录人员'),
    activity: z.enum(AV_ACTIVITIES, { error: '请选择执法活动' }),
    startedAt: z.string().datetime({ offset: true, error: '开始时间格式错误' }),
    endedAt: z.string().datetime({ offset: true, error: '结束时间格式错误' }),
    /** device clock minus server clock in seconds, measured at upload (REC-AV-MGMT) */
    deviceClockOffsetSeconds: z
      .number()
      .int()
      .min(-86400 * 365)
      .max(86400 * 365)
      .optional()
      .default(0),
    locationText: nonBlank('地点', 200),
    gps: gps.nullable().optional().default(null),
    announcedToParty: z.boolean({ error: '请说明是否已告知当事人正在录音录像' }),
    gaps: z.array(avGap).max(50).optional().default([]),
    description: optionalText('说明', 2000),
  })
  .strict()
  .refine((m) => m.startedAt < m.endedAt, { path: ['endedAt'], message: '结束时间应晚于开始时间' });
export type AvMetadata = z.infer<typeof avMetadata>;

const recordCommon = {
  agencyId: uuid,
  ownerType: z.enum(OWNER_TYPES, { error: '请选择所属对象类型' }),
  ownerId: nonBlank('所属对象编号', 80),
  title: nonBlank('标题', 100),
  retentionClass: z.enum(RETENTION_CLASSES, { error: '请选择保管期限' }),
  isPublic: z.boolean().optional().default(false),
  restricted: z.boolean().optional().default(false),
  /** completed tus uploads to attach (each becomes a file of the record) */
  uploadIds: z.array(z.string().min(1).max(100)).min(1, '请至少上传一个文件').max(50),
};

export const recordInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EVIDENCE'), ...recordCommon, metadata: evidenceMetadata }).strict(),
  z.object({ kind: z.literal('AV_RECORD'), ...recordCommon, metadata: avMetadata }).strict(),
]);
export type RecordInput = z.infer<typeof recordInput>;

export const recordMetadataEdit = z
  .object({
    reason: nonBlank('修改原因', 500),
    metadata: z.union([evidenceMetadata, avMetadata]),
    title: nonBlank('标题', 100).optional(),
  })
  .strict();

export const recordListQuery = z.object({
  agencyId: uuid.optional(),
  kind: z.enum(['EVIDENCE', 'AV_RECORD']).optional(),
  ownerType: z.enum(OWNER_TYPES).optional(),
  ownerId: z.string().max(80).optional(),
  q: z.string().trim().max(40).optional(),
  page,
  pageSize,
});

/** Reason for looking at a restricted record (written into the access register). */
export const accessReasonQuery = z.object({ reason: z.string().trim().max(200).optional() });

export interface RecordFileView {
  id: string;
  sha256: string;
  sm3: string;
  size: number;
  mime: string;
  fileKind: string;
  originalName: string;
  fixityStatus: string;
  lastFixityAt: string | null;
  contentUrl: string;
  downloadUrl: string;
}

export interface RecordVersionView {
  version: number;
  metadata: unknown;
  reason: string;
  createdByName: string;
  createdAt: string;
}

export interface CustodyEventView {
  id: number;
  action: string;
  label: string;
  actorName: string | null;
  ip: string | null;
  reason: string | null;
  occurredAt: string;
  hash: string;
}

export interface RecordSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  kind: 'EVIDENCE' | 'AV_RECORD';
  title: string;
  ownerType: string;
  ownerId: string;
  fileCount: number;
  totalSize: number;
  retentionClass: string;
  legalHold: boolean;
  restricted: boolean;
  status: 'ACTIVE' | 'DISPOSED';
  createdAt: string;
  integrity: 'OK' | 'UNCHECKED' | 'MISMATCH';
}

export interface RecordDetail extends RecordSummary {
  currentVersion: number;
  metadata: unknown;
  retainUntil: string | null;
  legalHoldReason: string | null;
  isPublic: boolean;
  files: RecordFileView[];
  versions: RecordVersionView[];
  custody: CustodyEventView[];
  disposal: { id: string; status: string; reason: string; requestedByName: string; requestedAt: string } | null;
  tombstone: { reason: string; disposedAt: string; files: { sha256: string; sm3: string; size: number }[] } | null;
  abilities: {
    editMetadata: boolean;
    setLegalHold: boolean;
    requestDisposal: boolean;
    approveDisposal: boolean;
    exportPackage: boolean;
  };
}

export const shareInput = z.object({ to: nonBlank('共享对象', 100), reason: nonBlank('共享原因', 500) }).strict();

/** A completed or running upload (tus), as `GET /api/uploads/:id` answers it. */
export interface UploadView {
  id: string;
  agencyId: string;
  status: 'RECEIVING' | 'COMPLETE' | 'REJECTED' | 'EXPIRED';
  fileKind: string;
  /** The original file name, kept only as (cleaned) metadata; never used as a path. */
  originalName: string;
  size: number;
  /** Bytes durably stored so far. */
  offset: number;
  sha256: string | null;
  sm3: string | null;
  mime: string | null;
  rejection: string | null;
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
}

/** One line of the access register (调阅登记): a view, stream, download, share or export of a record. */
export interface AccessRegisterEntry {
  id: number;
  occurredAt: string;
  eventType: string;
  label: string;
  actorUserId: string | null;
  actorName: string | null;
  ip: string | null;
  reason: string | null;
  /** for a share: to whom the record was shown or handed */
  to: string | null;
  fileId: string | null;
  recordId: string;
  recordTitle: string | null;
  agencyId: string | null;
  agencyName: string | null;
  hash: string;
}

export const legalHoldInput = z.object({ hold: z.boolean(), reason: nonBlank('原因', 500) }).strict();
export const disposalRequestInput = z.object({ reason: nonBlank('处置原因', 500) }).strict();
export const disposalDecisionInput = z.object({ approve: z.boolean(), note: optionalText('意见', 500) }).strict();

export const deviceInput = z
  .object({
    agencyId: uuid,
    type: z.enum(DEVICE_TYPES, { error: '请选择设备类型' }),
    serialNo: z
      .string({ error: '请填写设备编号' })
      .trim()
      .regex(/^[0-9A-Za-z_-]{3,40}$/, '设备编号应为 3–40 位字母、数字、下划线或短横线'),
    model: optionalText('型号', 60),
    ownerUnitId: uuid.nullable().optional().default(null),
    custodianOfficerId: uuid.nullable().optional().default(null),
  })
  .strict();

export const deviceCheckoutInput = z.object({ officerId: uuid, purpose: nonBlank('用途', 200) }).strict();
export const deviceReturnInput = z.object({ note: optionalText('归还说明', 200) }).strict();
export const deviceListQuery = z.object({
  agencyId: uuid.optional(),
  q: z.string().trim().max(40).optional(),
  page,
  pageSize,
});

export interface DeviceView {
  id: string;
  agencyId: string;
  agencyName: string;
  type: string;
  serialNo: string;
  model: string;
  ownerUnitName: string | null;
  custodianName: string | null;
  status: 'AVAILABLE' | 'CHECKED_OUT' | 'REPAIR' | 'RETIRED';
  currentLoan: { id: string; officerName: string; purpose: string; checkedOutAt: string } | null;
  loans: {
    id: string;
    officerName: string;
    purpose: string;
    checkedOutAt: string;
    returnedAt: string | null;
    returnNote: string | null;
  }[];
  abilities: { manage: boolean };
}

export const accessRegisterQuery = z.object({
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  recordId: uuid.optional(),
  actor: z.string().trim().max(40).optional(),
  page,
  pageSize,
});

export interface CheckpointView {
  treeSize: number;
  rootHash: string;
  kind: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

export interface InclusionProofView {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  auditPath: string[];
  checkpoint: CheckpointView;
  entry: { id: number; stream: string; seq: number; eventType: string; hash: string; occurredAt: string };
}
