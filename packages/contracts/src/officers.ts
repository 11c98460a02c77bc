import { z } from 'zod';
import { isoDate, nonBlank, optionalText, page, pageSize, uuid } from './common';

export const certificateInput = z
  .object({
    number: z
      .string({ error: '请填写证件编号' })
      .trim()
      .regex(/^[0-9A-Za-z-]{6,30}$/, '证件编号应为 6–30 位字母、数字或短横线'),
    type: z.enum(['NATIONAL_UNIFORM', 'MINISTRY_SECTOR']).optional().default('NATIONAL_UNIFORM'),
    issuer: nonBlank('发证机关', 60),
    issuedOn: isoDate,
    validFrom: isoDate,
    validUntil: isoDate,
    categories: z.array(z.string().min(1)).min(1, '请至少选择一个执法类别'),
    regions: z.array(z.string().regex(/^\d{6}$/, '执法区域应为 6 位行政区划代码')).min(1, '请至少选择一个执法区域'),
  })
  .strict()
  .refine((c) => c.validFrom <= c.validUntil, { path: ['validUntil'], message: '有效期截止日期不能早于起始日期' })
  .refine((c) => c.issuedOn <= c.validUntil, { path: ['issuedOn'], message: '发证日期不能晚于有效期截止日期' });
export type CertificateInput = z.infer<typeof certificateInput>;

export const officerInput = z
  .object({
    agencyId: uuid,
    unitId: uuid.nullable().optional().default(null),
    name: nonBlank('姓名', 40),
    gender: z.enum(['M', 'F'], { error: '请选择性别' }),
    idNumber: z.string({ error: '请填写身份证号码' }).trim().min(1, '请填写身份证号码').max(18, '身份证号码过长'),
    phone: z.string().trim().max(20).optional().default(''),
    post: optionalText('职务', 40),
    isLegalReviewer: z.boolean().optional().default(false),
    legalQualificationNo: z.string().trim().max(40).optional().default(''),
    certificate: certificateInput.optional(),
  })
  .strict();
export type OfficerInput = z.infer<typeof officerInput>;

export const officerUpdate = z
  .object({
    unitId: uuid.nullable().optional(),
    name: nonBlank('姓名', 40).optional(),
    phone: z.string().trim().max(20).optional(),
    post: optionalText('职务', 40).optional(),
    isLegalReviewer: z.boolean().optional(),
    legalQualificationNo: z.string().trim().max(40).optional(),
    employmentStatus: z.enum(['ACTIVE', 'LEFT']).optional(),
  })
  .strict();

export const certificateStatusInput = z
  .object({
    action: z.enum(['SUSPEND', 'RESTORE', 'RECALL', 'CANCEL', 'REVOKE', 'REPORT_LOST', 'REISSUE'], {
      error: '请选择操作',
    }),
    reason: nonBlank('变更原因', 500),
  })
  .strict();

export const trainingInput = z
  .object({
    course: nonBlank('培训内容', 100),
    hours: z.coerce.number({ error: '学时必须是数字' }).positive('学时必须大于 0').max(200, '单次学时不能超过 200'),
    completedOn: isoDate,
    provider: optionalText('培训机构', 60),
  })
  .strict();

export const officerListQuery = z.object({
  agencyId: uuid.optional(),
  unitId: uuid.optional(),
  q: z.string().trim().max(40).optional(),
  certificateStatus: z.enum(['VALID', 'SUSPENDED', 'RECALLED', 'REVOKED', 'CANCELLED', 'LOST', 'NONE']).optional(),
  legalReviewer: z.enum(['true', 'false']).optional(),
  page,
  pageSize,
});
export type OfficerListQuery = z.infer<typeof officerListQuery>;

export interface OfficerListItem {
  id: string;
  name: string;
  gender: 'M' | 'F';
  agencyId: string;
  agencyName: string;
  unitName: string | null;
  post: string;
  idNumberMasked: string;
  certificateNumber: string | null;
  certificateStatus: string | null;
  categories: string[];
  isLegalReviewer: boolean;
  employmentStatus: 'ACTIVE' | 'LEFT';
  trainingHours: number;
}

export interface CertificateEventView {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  actorName: string | null;
  occurredAt: string;
}

export interface CertificateView {
  id: string;
  number: string;
  type: string;
  issuer: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
  categories: string[];
  regions: string[];
  status: string;
  /** status, or EXPIRED when the status is VALID but the validity has ended */
  displayStatus: string;
  events: CertificateEventView[];
  publicCheckUrl: string;
  qrSvg: string;
  abilities: { changeStatus: boolean; allowedActions: string[] };
}

export interface TrainingRecordView {
  id: string;
  year: number;
  course: string;
  hours: number;
  completedOn: string;
  provider: string;
}

export interface OfficerDetail {
  id: string;
  agencyId: string;
  agencyName: string;
  unitId: string | null;
  unitName: string | null;
  name: string;
  gender: 'M' | 'F';
  idNumberMasked: string;
  phoneMasked: string | null;
  post: string;
  isLegalReviewer: boolean;
  legalQualificationNo: string | null;
  employmentStatus: 'ACTIVE' | 'LEFT';
  certificates: CertificateView[];
  training: {
    year: number;
    hours: number;
    target: number;
    met: boolean;
    percent: number;
    records: TrainingRecordView[];
  };
  abilities: { update: boolean; issueCertificate: boolean; recordTraining: boolean };
}

export interface RosterRowError {
  row: number;
  field: string;
  message: string;
}

export interface RosterImportView {
  id: string;
  status: 'CHECKING' | 'CHECKED' | 'CONFIRMED' | 'FAILED';
  fileName: string;
  totalRows: number;
  checkedRows: number;
  validCount: number;
  errors: RosterRowError[];
  failure: string | null;
}
