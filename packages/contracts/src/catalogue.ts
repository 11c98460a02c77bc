import { z } from 'zod';
import { isoDate, nonBlank, optionalText, page, pageSize, uuid } from './common';

/**
 * The enforcement catalogue and ex-ante publicity (事前公示, issue 4). Every list is versioned per
 * agency: draft → submitted → reviewed → published → superseded; a published version never changes.
 * Entries of each list type have their own schema; `code` identifies an entry across versions.
 */
export const LIST_TYPES = [
  'ITEMS', // 执法事项清单 / 权责清单
  'RANDOM_INSPECTION', // 随机抽查事项清单
  'SERVICE_GUIDES', // 服务指南
  'CHANNELS', // 监督和救济渠道
  'REVIEW_CATALOGUE', // 重大执法决定法制审核目录清单
  'BENCHMARKS', // 行政裁量权基准
  'NO_PENALTY', // 不予处罚事项清单
  'REDUCED_PENALTY', // 减轻处罚事项清单
  'LIGHTER_PENALTY', // 从轻处罚事项清单
  'NO_COERCIVE_MEASURE', // 不予实施行政强制措施事项清单
  'JURISDICTION_PROFILE', // 执法参数（听证标准、期限等）
] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const ITEM_KINDS = [
  'LICENSE',
  'PENALTY',
  'COERCIVE_MEASURE',
  'COERCIVE_EXECUTION',
  'INSPECTION',
  'LEVY',
  'REQUISITION',
  'ADJUDICATION',
  'CONFIRMATION',
  'REWARD',
  'BENEFIT',
  'OTHER',
] as const;

export const PENALTY_TYPES = [
  'WARNING',
  'CIRCULATED_CRITICISM',
  'FINE',
  'CONFISCATE_ILLEGAL_GAINS',
  'CONFISCATE_ILLEGAL_PROPERTY',
  'SUSPEND_LICENSE',
  'DOWNGRADE_QUALIFICATION',
  'REVOKE_LICENSE',
  'RESTRICT_BUSINESS',
  'ORDER_SUSPEND_PRODUCTION',
  'ORDER_CLOSE',
  'RESTRICT_EMPLOYMENT',
  'DETENTION',
  'OTHER_BY_LAW',
] as const;

export const DISCRETION_TIERS = ['NO_PENALTY', 'REDUCED', 'LIGHTER', 'GENERAL', 'HEAVIER'] as const;

const code = z
  .string({ error: '请填写编码' })
  .trim()
  .regex(/^[0-9A-Za-z_.-]{1,40}$/, '编码应为 1–40 位字母、数字、点、下划线或短横线');
const fen = z.number({ error: '金额必须是数字（分）' }).int('金额应为整数（分）').min(0, '金额不能为负');

/** A structured reference into the law library (provision violated / provision applied). */
export const legalRef = z
  .object({
    lawName: nonBlank('法律法规名称', 100),
    article: z.number({ error: '请填写条' }).int().min(1, '条应为正整数').max(999),
    paragraph: z.number().int().min(1).max(99).nullable().optional().default(null),
    item: z.number().int().min(1).max(99).nullable().optional().default(null),
    /** optional link to a provision of the law library */
    provisionId: uuid.nullable().optional().default(null),
  })
  .strict();
export type LegalRef = z.infer<typeof legalRef>;

export const itemEntry = z
  .object({
    code,
    name: nonBlank('事项名称', 200),
    kind: z.enum(ITEM_KINDS, { error: '请选择事项类别' }),
    unitName: optionalText('承办机构', 60),
    basisViolated: z.array(legalRef).max(20).optional().default([]),
    basisApplied: z.array(legalRef).min(1, '请至少填写一条设定或实施依据').max(20),
    timeLimit: z
      .object({ amount: z.number().int().min(1).max(3650), unit: z.enum(['WORKING_DAY', 'CALENDAR_DAY']) })
      .nullable()
      .optional()
      .default(null),
    randomInspection: z.boolean().optional().default(false),
    avLevel: z.enum(['FULL', 'KEY_STEPS', 'OPTIONAL']).optional().default('KEY_STEPS'),
    hearingRule: optionalText('听证规则', 500),
    benchmarkCodes: z.array(code).max(20).optional().default([]),
    remarks: optionalText('备注', 500),
  })
  .strict();

export const randomInspectionEntry = z
  .object({
    code,
    name: nonBlank('抽查事项名称', 200),
    basis: z.array(legalRef).min(1, '请填写抽查依据').max(20),
    inspectingBody: nonBlank('检查主体', 100),
    target: nonBlank('检查对象', 200),
    content: nonBlank('检查内容', 1000),
    method: nonBlank('检查方式', 200),
    proportionPercent: z
      .number({ error: '抽查比例必须是数字' })
      .min(0.1, '抽查比例应大于 0')
      .max(100, '抽查比例不超过 100%'),
    frequency: nonBlank('抽查频次', 100),
  })
  .strict();

export const serviceGuideEntry = z
  .object({
    code,
    itemCode: code.nullable().optional().default(null),
    name: nonBlank('事项名称', 200),
    basis: z.array(legalRef).min(1, '请填写设定依据').max(20),
    acceptingUnit: nonBlank('受理机构', 100),
    approvingUnit: nonBlank('决定机构', 100),
    conditions: nonBlank('办理条件', 2000),
    materials: z.array(nonBlank('申请材料', 200)).min(1, '请至少列出一项申请材料').max(50),
    process: nonBlank('办理流程', 2000),
    timeLimit: nonBlank('办理时限', 100),
    fees: optionalText('收费标准', 200),
    supervision: optionalText('监督电话', 200),
    remedy: optionalText('救济途径', 500),
    officeHours: optionalText('办公时间', 200),
    address: optionalText('办理地点', 200),
    phone: optionalText('咨询电话', 60),
  })
  .strict();

export const channelEntry = z
  .object({
    code,
    kind: z.enum(['SUPERVISION', 'COMPLAINT', 'RECONSIDERATION', 'LITIGATION', 'HOTLINE'], { error: '请选择渠道类别' }),
    name: nonBlank('渠道名称', 100),
    address: optionalText('地址', 200),
    postcode: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, '邮政编码应为 6 位数字')
      .optional()
      .default(''),
    phone: optionalText('电话', 60),
    email: z.string().trim().email('电子邮箱格式错误').or(z.literal('')).optional().default(''),
    feedback: optionalText('办理和反馈方式', 500),
  })
  .strict();

export const reviewCatalogueEntry = z
  .object({
    code,
    name: nonBlank('审核事项', 200),
    itemKinds: z.array(z.enum(ITEM_KINDS)).max(12).optional().default([]),
    penaltyTypes: z.array(z.enum(PENALTY_TYPES)).max(14).optional().default([]),
    amountThresholds: z
      .object({ naturalPersonFen: fen.nullable().default(null), organisationFen: fen.nullable().default(null) })
      .strict()
      .nullable()
      .optional()
      .default(null),
    hearingHeld: z.boolean().optional().default(false),
    complex: z.boolean().optional().default(false),
    publicInterest: z.boolean().optional().default(false),
    /** ALL: every stated condition must hold (so "fine ≥ X" does not catch every fine); see domain-notes */
    mode: z.enum(['ANY', 'ALL']).optional().default('ALL'),
    description: optionalText('说明', 1000),
  })
  .strict();

const fineRule = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('RANGE'), minFen: fen, maxFen: fen }).strict(),
  z
    .object({
      mode: z.literal('MULTIPLE'),
      base: nonBlank('倍数基数', 60),
      minMultiple: z.number().min(0),
      maxMultiple: z.number().min(0),
    })
    .strict(),
  z
    .object({
      mode: z.literal('PERCENT_OF_MAX'),
      minPercent: z.number().min(0).max(100),
      maxPercent: z.number().min(0).max(100),
    })
    .strict(),
]);

export const benchmarkEntry = z
  .object({
    code,
    violation: nonBlank('违法行为', 500),
    basisViolated: z.array(legalRef).min(1, '请填写违反的条款').max(20),
    basisApplied: z.array(legalRef).min(1, '请填写处罚依据').max(20),
    statutory: z
      .object({
        penaltyTypes: z.array(z.enum(PENALTY_TYPES)).min(1, '请填写法定处罚种类'),
        fineMinFen: fen.nullable().optional().default(null),
        fineMaxFen: fen.nullable().optional().default(null),
        multipleBase: z.string().trim().max(60).nullable().optional().default(null),
        minMultiple: z.number().min(0).nullable().optional().default(null),
        maxMultiple: z.number().min(0).nullable().optional().default(null),
      })
      .strict(),
    tiers: z
      .array(
        z
          .object({
            tier: z.enum(DISCRETION_TIERS, { error: '请选择裁量阶次' }),
            conditions: z
              .object({ factors: z.array(z.string().trim().min(1).max(60)).max(20), text: nonBlank('适用条件', 1000) })
              .strict(),
            penaltyTypes: z.array(z.enum(PENALTY_TYPES)).max(14),
            fine: fineRule.nullable().optional().default(null),
          })
          .strict(),
      )
      .min(1, '请至少填写一个裁量阶次')
      .max(5),
    /** the parent agency's entry this one narrows (a lower agency may only narrow) */
    parentCode: code.nullable().optional().default(null),
  })
  .strict();

export const fourListEntry = z
  .object({
    code,
    violation: nonBlank('违法行为', 500),
    basis: z.array(legalRef).min(1, '请填写法律依据').max(20),
    conditions: z.array(nonBlank('适用条件', 300)).min(1, '请至少填写一项适用条件').max(20),
    followUp: z
      .array(z.enum(['EDUCATION', 'CORRECTION_ORDER', 'COMMITMENT', 'OTHER']))
      .max(4)
      .optional()
      .default([]),
    remarks: optionalText('备注', 500),
  })
  .strict();

export const profileEntry = z
  .object({
    code: code.describe('parameter key, e.g. statementWindowWorkingDays'),
    value: z.union([z.string().max(200), z.number(), z.boolean()]),
    note: optionalText('依据或说明', 300),
  })
  .strict();

/** The entry schema of each list type. */
export const LIST_ENTRY_SCHEMAS = {
  ITEMS: itemEntry,
  RANDOM_INSPECTION: randomInspectionEntry,
  SERVICE_GUIDES: serviceGuideEntry,
  CHANNELS: channelEntry,
  REVIEW_CATALOGUE: reviewCatalogueEntry,
  BENCHMARKS: benchmarkEntry,
  NO_PENALTY: fourListEntry,
  REDUCED_PENALTY: fourListEntry,
  LIGHTER_PENALTY: fourListEntry,
  NO_COERCIVE_MEASURE: fourListEntry,
  JURISDICTION_PROFILE: profileEntry,
} as const satisfies Record<ListType, z.ZodType>;

export const LIST_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'PUBLISHED', 'SUPERSEDED'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const listDraftInput = z
  .object({
    effectiveFrom: isoDate,
    changeReason: nonBlank('修订说明', 500),
    entries: z.array(z.record(z.string(), z.unknown())).max(5000, '一个清单最多 5000 条'),
  })
  .strict();
export const workflowInput = z.object({ comment: optionalText('意见', 1000) }).strict();
export const listQuery = z.object({
  agencyId: uuid.optional(),
  listType: z.enum(LIST_TYPES).optional(),
  page,
  pageSize,
});

export interface ListVersionSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  listType: ListType;
  version: number;
  status: ListStatus;
  effectiveFrom: string;
  entryCount: number;
  contentHash: string | null;
  changeReason: string;
  createdByName: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface ListVersionDetail extends ListVersionSummary {
  entries: Record<string, unknown>[];
  comments: { action: string; authorName: string; body: string; at: string }[];
  abilities: { edit: boolean; submit: boolean; review: boolean; publish: boolean; newVersion: boolean };
}

export interface ListDiff {
  from: number;
  to: number;
  added: string[];
  removed: string[];
  changed: { code: string; fields: string[] }[];
}

export const lawInput = z
  .object({
    name: nonBlank('法律法规名称', 100),
    shortName: nonBlank('简称', 40),
    level: z.enum(
      ['LAW', 'ADMIN_REGULATION', 'DEPARTMENT_RULE', 'LOCAL_REGULATION', 'LOCAL_RULE', 'NORMATIVE_DOCUMENT'],
      {
        error: '请选择效力层级',
      },
    ),
    issuer: nonBlank('制定机关', 100),
  })
  .strict();

export const lawVersionInput = z
  .object({
    label: nonBlank('版本名称', 60),
    issuingDocument: nonBlank('公布文件', 200),
    promulgatedOn: isoDate,
    effectiveFrom: isoDate,
    effectiveUntil: isoDate.nullable().optional().default(null),
    provisions: z
      .array(
        z
          .object({
            article: z.number().int().min(1).max(999),
            paragraph: z.number().int().min(1).max(99).nullable().optional().default(null),
            item: z.number().int().min(1).max(99).nullable().optional().default(null),
            text: nonBlank('条文', 5000),
          })
          .strict(),
      )
      .min(1, '请至少录入一条条文')
      .max(2000),
  })
  .strict();
export type LawVersionInput = z.infer<typeof lawVersionInput>;

export interface LawSummary {
  id: string;
  name: string;
  shortName: string;
  level: string;
  issuer: string;
  versions: { id: string; label: string; effectiveFrom: string; effectiveUntil: string | null; provisions: number }[];
}

export const catalogueSearchQuery = z.object({
  q: z.string({ error: '请输入关键词' }).trim().min(1, '请输入关键词').max(60, '关键词不超过 60 个字'),
  listType: z.enum(LIST_TYPES).optional(),
  page,
  pageSize,
});
