import type { ListType } from '@zhifa/contracts';

/**
 * What the staff app knows about the entries of each list type: field names in Chinese (for the diff view
 * and for server field errors) and how an entry is summarised. The entry schemas themselves live in
 * packages/contracts (LIST_ENTRY_SCHEMAS); the server validates every save against them.
 */

export type Entry = Record<string, unknown>;

export interface LegalRefValue {
  lawName: string;
  article: number;
  paragraph?: number | null;
  item?: number | null;
  provisionId?: string | null;
}

const LEGAL_REF_FIELDS: Record<string, string> = {
  lawName: '法律法规名称',
  article: '条',
  paragraph: '款',
  item: '项',
};

const FOUR_LIST_FIELDS: Record<string, string> = {
  code: '编码',
  violation: '违法行为',
  basis: '法律依据',
  conditions: '适用条件',
  followUp: '后续措施',
  remarks: '备注',
};

export const FIELD_LABELS: Record<ListType, Record<string, string>> = {
  ITEMS: {
    code: '编码',
    name: '事项名称',
    kind: '事项类别',
    unitName: '承办机构',
    basisViolated: '违反条款',
    basisApplied: '设定或实施依据',
    timeLimit: '办理时限',
    amount: '时限',
    unit: '时限单位',
    randomInspection: '随机抽查事项',
    avLevel: '音像记录要求',
    hearingRule: '听证规则',
    benchmarkCodes: '关联裁量基准',
    remarks: '备注',
  },
  RANDOM_INSPECTION: {
    code: '编码',
    name: '抽查事项名称',
    basis: '抽查依据',
    inspectingBody: '检查主体',
    target: '检查对象',
    content: '检查内容',
    method: '检查方式',
    proportionPercent: '抽查比例',
    frequency: '抽查频次',
  },
  SERVICE_GUIDES: {
    code: '编码',
    itemCode: '对应执法事项编码',
    name: '事项名称',
    basis: '设定依据',
    acceptingUnit: '受理机构',
    approvingUnit: '决定机构',
    conditions: '办理条件',
    materials: '申请材料',
    process: '办理流程',
    timeLimit: '办理时限',
    fees: '收费标准',
    supervision: '监督电话',
    remedy: '救济途径',
    officeHours: '办公时间',
    address: '办理地点',
    phone: '咨询电话',
  },
  CHANNELS: {
    code: '编码',
    kind: '渠道类别',
    name: '渠道名称',
    address: '地址',
    postcode: '邮政编码',
    phone: '电话',
    email: '电子邮箱',
    feedback: '办理和反馈方式',
  },
  REVIEW_CATALOGUE: {
    code: '编码',
    name: '审核事项',
    itemKinds: '事项类别',
    penaltyTypes: '处罚种类',
    amountThresholds: '金额标准',
    naturalPersonFen: '自然人金额标准',
    organisationFen: '法人或其他组织金额标准',
    hearingHeld: '经过听证',
    complex: '案情复杂',
    publicInterest: '涉及重大公共利益',
    mode: '条件关系',
    description: '说明',
  },
  BENCHMARKS: {
    code: '编码',
    violation: '违法行为',
    basisViolated: '违反条款',
    basisApplied: '处罚依据',
    statutory: '法定处罚',
    penaltyTypes: '处罚种类',
    fineMinFen: '法定罚款下限',
    fineMaxFen: '法定罚款上限',
    multipleBase: '倍数基数',
    minMultiple: '最低倍数',
    maxMultiple: '最高倍数',
    tiers: '裁量阶次',
    tier: '阶次',
    conditions: '适用条件',
    factors: '情节因素',
    text: '条件说明',
    fine: '罚款',
    mode: '罚款方式',
    minFen: '罚款下限',
    maxFen: '罚款上限',
    base: '倍数基数',
    minPercent: '最低百分比',
    maxPercent: '最高百分比',
    parentCode: '上级基准编码',
  },
  NO_PENALTY: FOUR_LIST_FIELDS,
  REDUCED_PENALTY: FOUR_LIST_FIELDS,
  LIGHTER_PENALTY: FOUR_LIST_FIELDS,
  NO_COERCIVE_MEASURE: FOUR_LIST_FIELDS,
  JURISDICTION_PROFILE: { code: '参数', value: '取值', note: '依据或说明' },
};

/** `basisApplied.0.article` → '设定或实施依据（第 1 条）› 条' */
export function describeFieldPath(listType: ListType, path: (string | number)[]): string {
  const labels = FIELD_LABELS[listType];
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (parts.length) parts[parts.length - 1] += `（第 ${seg + 1} 项）`;
      continue;
    }
    parts.push(labels[seg] ?? LEGAL_REF_FIELDS[seg] ?? seg);
  }
  return parts.join(' › ') || '条目';
}

/** The field's Chinese name for the diff view. */
export function fieldLabel(listType: ListType, field: string): string {
  return FIELD_LABELS[listType][field] ?? field;
}

/** 1 → 一, 15 → 十五, 101 → 一百零一 (the drafting convention of PRC statutes, as in citations). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += d === 1 && unit === '十' && i === 0 ? unit : digits[d] + unit;
  }
  return out;
}

/** 《中华人民共和国行政处罚法》第五十一条第一款第二项 */
export function formatLegalRef(ref: Partial<LegalRefValue> | null | undefined): string {
  if (!ref?.lawName) return '';
  const name = String(ref.lawName).replace(/^《/, '').replace(/》$/, '');
  let out = `《${name}》`;
  if (ref.article) out += `第${chineseNumeral(Number(ref.article))}条`;
  if (ref.paragraph) out += `第${chineseNumeral(Number(ref.paragraph))}款`;
  if (ref.item) out += `第${chineseNumeral(Number(ref.item))}项`;
  return out;
}

export function formatLegalRefs(refs: unknown): string {
  if (!Array.isArray(refs) || refs.length === 0) return '—';
  return (refs as LegalRefValue[]).map(formatLegalRef).filter(Boolean).join('；') || '—';
}

/** fen → '5000.00 元' */
export function formatYuan(fen: unknown): string {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '—';
  return `${(fen / 100).toFixed(2)} 元`;
}

/** The entry's title: its name, or the violation for benchmarks and the four lists. */
export function entryTitle(entry: Entry): string {
  const t = entry.name ?? entry.violation ?? entry.code;
  return typeof t === 'string' && t ? t : '（未命名）';
}

export function entryCode(entry: Entry): string {
  return typeof entry.code === 'string' ? entry.code : '';
}
