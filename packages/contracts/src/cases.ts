/**
 * Case handling API (issue 5): registration, parties, officers, actions through the procedure engine, clocks,
 * worklists, documents, e-case file. Messages are Chinese: they are shown to users next to the field.
 */
import {
  PROCEDURE_IDS,
  validateMobileNumber,
  validateRegionCode,
  validateResidentIdNumber,
  validateUnifiedSocialCreditCode,
} from '@zhifa/domain';
import { z } from 'zod';
import { isoDate, nonBlank, optionalText, page, pageSize, uuid } from './common';

export const CASE_SOURCES = [
  'INSPECTION',
  'COMPLAINT',
  'REPORT',
  'TRANSFER_IN',
  'ASSIGNED_BY_SUPERIOR',
  'DEVICE_MONITORING',
  'OTHER',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  INSPECTION: '监督检查',
  COMPLAINT: '投诉',
  REPORT: '举报',
  TRANSFER_IN: '其他机关移送',
  ASSIGNED_BY_SUPERIOR: '上级交办',
  DEVICE_MONITORING: '技术监控',
  OTHER: '其他',
};

export const PARTY_KINDS = ['NATURAL_PERSON', 'LEGAL_PERSON', 'UNINCORPORATED_ORG', 'INDIVIDUAL_BUSINESS'] as const;
export type CasePartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<CasePartyKind, string> = {
  NATURAL_PERSON: '自然人',
  LEGAL_PERSON: '法人',
  UNINCORPORATED_ORG: '非法人组织',
  INDIVIDUAL_BUSINESS: '个体工商户',
};

export const ID_TYPES = [
  'RESIDENT_ID',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'PASSPORT',
  'FOREIGN_PERMANENT_ID',
] as const;
export const ID_TYPE_LABELS: Record<(typeof ID_TYPES)[number], string> = {
  RESIDENT_ID: '居民身份证',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  PASSPORT: '护照',
  FOREIGN_PERMANENT_ID: '外国人永久居留身份证',
};

export const OFFICER_CASE_ROLES = ['LEAD', 'ASSISTANT', 'HEARING_HOST', 'RECORDER'] as const;
export type OfficerCaseRole = (typeof OFFICER_CASE_ROLES)[number];
export const OFFICER_CASE_ROLE_LABELS: Record<OfficerCaseRole, string> = {
  LEAD: '主办',
  ASSISTANT: '协办',
  HEARING_HOST: '听证主持人',
  RECORDER: '记录人',
};

const phone = z
  .string()
  .trim()
  .max(20)
  .optional()
  .refine((s) => !s || validateMobileNumber(s).ok || /^0\d{2,3}-?\d{7,8}$/.test(s), '联系电话格式不正确');

/** 送达地址确认书 (APL-61): where and how documents may be served, and the signed e-service consent. */
export const serviceAddressInput = z
  .object({
    address: nonBlank('送达地址', 200),
    email: z.string().trim().email('电子邮箱格式不正确').optional(),
    mobile: phone,
    eServiceConsent: z.boolean().default(false),
    signedOn: isoDate,
  })
  .refine((s) => !s.eServiceConsent || s.email || s.mobile, {
    message: '同意电子送达的，须填写电子邮箱或手机号码',
    path: ['eServiceConsent'],
  });

const naturalPerson = z
  .object({
    kind: z.literal('NATURAL_PERSON'),
    name: nonBlank('姓名', 50),
    gender: z.enum(['M', 'F'], { error: '请选择性别' }),
    birthDate: isoDate,
    idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
    idNumber: nonBlank('证件号码', 30),
    address: nonBlank('住址', 200),
    phone,
    serviceAddress: serviceAddressInput.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.idType !== 'RESIDENT_ID') return;
    const v = validateResidentIdNumber(p.idNumber);
    if (!v.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: v.message });
    else if (v.birthDate !== p.birthDate)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期与身份证号码不一致' });
  });

const organisation = z
  .object({
    kind: z.enum(['LEGAL_PERSON', 'UNINCORPORATED_ORG', 'INDIVIDUAL_BUSINESS'], { error: '请选择当事人类型' }),
    name: nonBlank('名称', 100),
    creditCode: nonBlank('统一社会信用代码', 18),
    legalRepresentative: nonBlank('法定代表人（负责人）', 50),
    address: nonBlank('住所', 200),
    phone,
    serviceAddress: serviceAddressInput.optional(),
  })
  .superRefine((p, ctx) => {
    const v = validateUnifiedSocialCreditCode(p.creditCode);
    if (!v.ok) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: v.message });
  });

export const partyInput = z.union([naturalPerson, organisation], { error: '当事人信息不完整' });

/** 委托代理人: a natural person acting for a party under a power of attorney (APL-64: at most two per party). */
export const agentInput = z.object({
  agentFor: uuid,
  scope: nonBlank('委托权限', 500),
  person: naturalPerson,
});
export type PartyInput = z.input<typeof partyInput>;

export const caseOfficerInput = z.object({
  officerId: uuid,
  role: z.enum(OFFICER_CASE_ROLES, { error: '请选择办案角色' }),
});

/** Facts patches are plain JSON objects; the server validates dates and amounts by key and strips computed keys. */
export const factsPatch = z
  .record(z.string(), z.unknown())
  .refine((o) => JSON.stringify(o).length <= 20_000, '案件事实数据过大');

export const caseCreate = z.object({
  procedure: z.enum(PROCEDURE_IDS, { error: '请选择程序类型' }),
  cause: nonBlank('案由', 200),
  source: z.enum(CASE_SOURCES, { error: '请选择案件来源' }),
  sourceDetail: optionalText('来源说明', 500),
  clueReceivedOn: isoDate,
  matterCode: z.string().trim().max(50).optional(),
  category: nonBlank('执法类别', 20),
  region: z
    .string()
    .trim()
    .optional()
    .refine((r) => !r || validateRegionCode(r).ok, '执法区域应为 6 位行政区划代码'),
  unitId: uuid.optional(),
  parties: z.array(partyInput).max(20, '当事人最多 20 个').default([]),
  officers: z.array(caseOfficerInput).max(20).default([]),
  facts: factsPatch.optional(),
});
export type CaseCreateInput = z.input<typeof caseCreate>;

export const caseActionInput = z.object({
  action: nonBlank('办理事项', 60),
  /** The version the user saw: a concurrent change makes this action fail with a conflict (compare-and-set). */
  version: z.number({ error: '缺少案件版本号' }).int().min(1),
  /** The date of the act; defaults to today, never in the future. */
  date: isoDate.optional(),
  facts: factsPatch.optional(),
  note: optionalText('办理意见', 2000),
});
export type CaseActionInput = z.input<typeof caseActionInput>;

/**
 * `POST /api/cases/:id/actions?view=…`: `detail` (the default) answers with the whole case page (CaseDetail);
 * `summary` with the outcome only (CaseActionSummary), for clients that do not show the page right away.
 */
export const caseActionQuery = z.object({ view: z.enum(['detail', 'summary']).default('detail') });

/** The outcome of an action (`?view=summary`): the new state and version, and the documents it issued. */
export interface CaseActionSummary {
  id: string;
  caseNumber: string;
  procedure: string;
  state: string;
  stateLabel: string;
  version: number;
  documents: { id: string; code: string; number: string }[];
}

export const caseListQuery = z.object({
  page,
  pageSize,
  q: z.string().trim().max(100).optional(),
  procedure: z.enum(PROCEDURE_IDS).optional(),
  state: z.string().trim().max(60).optional(),
  /** Only cases the current user works on (as an officer of the case). */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  urgency: z.enum(['RED', 'YELLOW', 'GREEN']).optional(),
  sort: z.enum(['urgency', 'updated']).default('urgency'),
});

export const recordLinkInput = z.object({
  recordId: uuid,
  activity: nonBlank('执法活动', 40),
});

export const avExemptionInput = z.object({
  activity: nonBlank('执法活动', 40),
  reason: nonBlank('未音像记录的理由', 500),
});

export const clockExtensionInput = z.object({
  rule: nonBlank('期限规则', 20),
  days: z.number({ error: '请填写延长天数' }).int().min(1, '延长天数至少 1 天').max(366),
  approvedBy: z.enum(['HEAD', 'COLLECTIVE_DISCUSSION', 'GOVERNMENT_HEAD']),
  approvedOn: isoDate,
  reason: nonBlank('延长理由', 500),
});

export const clockPauseInput = z.object({
  rule: nonBlank('期限规则', 20),
  kind: z.enum(['HEARING', 'PUBLIC_NOTICE', 'TESTING', 'APPRAISAL', 'SUSPENSION', 'TENDER_AUCTION', 'EXPERT_REVIEW']),
  from: isoDate,
  to: isoDate,
  reason: nonBlank('中止理由', 500),
});

export const signatureInput = z.object({
  role: z.enum(['OFFICER', 'PARTY', 'WITNESS', 'AGENT', 'RECORDER', 'HOST']),
  personName: nonBlank('签名人', 50),
  method: z.enum(['HANDWRITTEN_SCAN', 'E_SIGNATURE']).default('HANDWRITTEN_SCAN'),
  refused: z.boolean().default(false),
  note: optionalText('备注', 500),
});

export type Urgency = 'RED' | 'YELLOW' | 'GREEN' | 'NONE';

export interface CaseSummary {
  id: string;
  caseNumber: string;
  procedure: string;
  procedureName: string;
  state: string;
  stateLabel: string;
  cause: string;
  partySummary: string;
  nextDueOn: string | null;
  nextDueRule: string | null;
  urgency: Urgency;
  updatedAt: string;
}

export interface CasePartyView {
  id: string;
  /** Set for an agent: the party they act for, and the power of attorney's scope. */
  agentFor: string | null;
  agentScope: string | null;
  kind: CasePartyKind;
  name: string;
  gender: string | null;
  birthDate: string | null;
  idType: string | null;
  idNumberMasked: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  address: string;
  phoneMasked: string | null;
  serviceAddress: { address: string; eServiceConsent: boolean; signedOn: string } | null;
}

export interface CaseOfficerView {
  officerId: string;
  name: string;
  role: OfficerCaseRole;
  certificateNumbers: string[];
}

export interface CaseClockView {
  id: string;
  rule: string;
  label: string;
  source: string;
  startedOn: string;
  dueOn: string | null;
  dueAt: string | null;
  kind: 'DEADLINE' | 'EARLIEST';
  status: 'RUNNING' | 'PAUSED' | 'STOPPED';
  level: 'OK' | 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE';
  /** Computed with weekends only: the year's holiday schedule is not loaded yet (recomputed when it is). */
  provisional: boolean;
  pauses: { from: string; to: string; kind: string }[];
  extensions: { days: number; approvedBy: string; approvedOn: string }[];
}

export interface CaseActionView {
  action: string;
  label: string;
  allowed: boolean;
  /** Why not (empty when allowed): code, rule ID and Chinese message. */
  refusals: { code: string; rule?: string; message: string }[];
  documentsProduced: string[];
  avRequired: boolean;
}

export interface CaseEventView {
  seq: number;
  action: string;
  label: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  actorName: string;
  occurredOn: string;
  occurredAt: string;
  note: string;
}

export interface CaseDocumentView {
  id: string;
  code: string;
  title: string;
  number: string;
  templateVersion: number;
  issuedAt: string;
  sealed: boolean;
}

export interface CaseRecordLinkView {
  recordId: string;
  title: string;
  kind: string;
  activity: string;
  linkedAt: string;
}

export interface CaseDetail extends CaseSummary {
  version: number;
  source: CaseSource;
  sourceDetail: string;
  clueReceivedOn: string;
  matterCode: string | null;
  category: string;
  region: string;
  agencyId: string;
  agencyName: string;
  facts: Record<string, unknown>;
  parties: CasePartyView[];
  officers: CaseOfficerView[];
  clocks: CaseClockView[];
  actions: CaseActionView[];
  events: CaseEventView[];
  documents: CaseDocumentView[];
  records: CaseRecordLinkView[];
  reviewFlag: { reasons: string[] } | null;
  avExemptions: { id: string; activity: string; reason: string; approved: boolean }[];
}

export interface CaseActionRefusalBody {
  error: { code: 'REFUSED'; message: string; rule?: string; refusal: string; fields: []; requestId: string };
}

/**
 * The facts the general and on-the-spot penalty procedures read (cases.facts), as clients send them in
 * `facts` patches. Amounts are integer fen. Dates the system records or computes (service dates, deadlines,
 * hearing eligibility, review results) are refused in patches.
 */
export interface PenaltyCaseFacts {
  /** APL-36 limitation. */
  violation?: { actDate: string; endedOn?: string; harmedLifeHealthOrFinancialSafety: boolean; discoveredOn?: string };
  /** The penalty proposed (propose_penalty; again at complete_review after the statements). */
  proposedPenalty?: { types: string[]; fineFen?: number; confiscationFen?: number };
  /** Written waiver of the statement window (record_statement). */
  preNotice?: { waivedInWriting?: boolean };
  /** Hearing date and host officer (serve_hearing_notice). */
  hearing?: { date?: string; hostId?: string };
  /** APL-57 collective discussion; APL-58 public interest / several legal relationships. */
  complexOrMajor?: boolean;
  collectiveDiscussionRecordedOn?: string;
  publicInterest?: boolean;
  multipleLegalRelationships?: boolean;
  /** APL-59 decision content (decide). */
  decision?: {
    partyNameAndAddress?: string;
    factsAndEvidence?: string;
    penaltyAndLegalBasis?: string;
    performanceMannerAndDeadline?: string;
    remedyRouteAndDeadline?: string;
    agencyNameAndDate?: string;
  };
  /** Service of the decision (serve_later / serve_on_spot). */
  service?: { method: 'IN_PERSON' | 'ON_SPOT' | 'LEFT_AT_ADDRESS' | 'POST' | 'ELECTRONIC' | 'PUBLIC_NOTICE' };
  /** APL-66 deferral (approve_deferral): the new last day. */
  deferral?: { until: string };
  remedyRedo?: boolean;
  /** On-the-spot (SUMMARY_PENALTY): party kind, penalty, collection. */
  partyKind?: 'NATURAL_PERSON' | 'ORGANISATION';
  penalty?: { types: string[]; fineFen?: number };
  collection?: {
    hardToCollectLater?: boolean;
    remoteArea?: boolean;
    partyRequested?: boolean;
    fiscalReceiptNo?: string;
  };
}
