import type { ListType } from '@zhifa/contracts';
import {
  bool,
  type Codec,
  choice,
  choices,
  codes,
  number,
  profileValue,
  refs,
  text,
  texts,
  timeLimit,
  yuan,
} from './catalogue.codecs';
import {
  AV_LEVEL_LABELS,
  CHANNEL_KIND_LABELS,
  FINE_MODE_LABELS,
  FOLLOW_UP_LABELS,
  ITEM_KIND_LABELS,
  PENALTY_TYPE_TEXT,
  REVIEW_MODE_LABELS,
  TIER_LABELS,
} from './catalogue.labels';

/**
 * The spreadsheet layout of every list type (import template, export, import): one column per
 * field, Chinese headers with a note each. Nested fields are flattened: amounts in 元, legal
 * references as citations separated by "；", lists separated by "、" (codes) or "；" (sentences).
 *
 * BENCHMARKS: one row per tier. The entry columns (编码 … 上级基准编码) are repeated on every tier
 * row of the entry (they may also be left blank on the second and later rows: a row without 编码
 * continues the entry above); the tier columns (裁量阶次 …) describe that row's tier. A tier's fine
 * is 罚款方式 + 下限 + 上限 (+ 倍数基数): 金额区间 in 元, 倍数 in multiples, 最高额百分比 in percent.
 */
export interface Column {
  key: string;
  header: string;
  /** Dotted path inside the entry (inside the tier for tier columns). */
  path: string;
  codec: Codec;
  note: string;
  width?: number;
}

export interface Layout {
  sheet: string;
  entry: Column[];
  /** BENCHMARKS only: the per-tier columns. */
  tier?: Column[];
}

const c = (key: string, header: string, codec: Codec, note: string, width = 16, path = key): Column => ({
  key,
  header,
  path,
  codec,
  note,
  width,
});
const CODE = c('code', '编码', text, '必填；1–40 位字母、数字、点、下划线或短横线；同一清单内不重复', 14);
const REFS_NOTE = '格式：《法律名称》第X条第X款第X项，多条用"；"分隔';
const four = [
  CODE,
  c('violation', '违法行为', text, '必填', 36),
  c('basis', '法律依据', refs, `必填；${REFS_NOTE}`, 40),
  c('conditions', '适用条件', texts, '必填；多项用"；"分隔', 40),
  c('followUp', '后续措施', choices(FOLLOW_UP_LABELS), `可选：${Object.values(FOLLOW_UP_LABELS).join('、')}`, 18),
  c('remarks', '备注', text, '选填', 20),
];

export const LAYOUTS: Record<ListType, Layout> = {
  ITEMS: {
    sheet: '执法事项清单',
    entry: [
      CODE,
      c('name', '事项名称', text, '必填', 30),
      c('kind', '事项类别', choice(ITEM_KIND_LABELS), `必填：${Object.values(ITEM_KIND_LABELS).join('、')}`, 14),
      c('unitName', '承办机构', text, '选填', 16),
      c('basisViolated', '违反的条款', refs, `选填；${REFS_NOTE}`, 36),
      c('basisApplied', '设定和实施依据', refs, `必填；${REFS_NOTE}`, 36),
      c('timeLimit', '办理时限', timeLimit, '如"20个工作日"或"30日"', 14),
      c('randomInspection', '随机抽查事项', bool, '是 / 否', 10),
      c('avLevel', '音像记录要求', choice(AV_LEVEL_LABELS), `${Object.values(AV_LEVEL_LABELS).join('、')}`, 14),
      c('hearingRule', '听证规则', text, '选填', 24),
      c('benchmarkCodes', '裁量基准编码', codes, '多个用"、"分隔', 18),
      c('remarks', '备注', text, '选填', 20),
    ],
  },
  RANDOM_INSPECTION: {
    sheet: '随机抽查事项清单',
    entry: [
      CODE,
      c('name', '抽查事项名称', text, '必填', 30),
      c('basis', '抽查依据', refs, `必填；${REFS_NOTE}`, 36),
      c('inspectingBody', '检查主体', text, '必填', 18),
      c('target', '检查对象', text, '必填', 20),
      c('content', '检查内容', text, '必填', 30),
      c('method', '检查方式', text, '必填', 16),
      c('proportionPercent', '抽查比例（%）', number, '0.1–100 之间的数字', 12),
      c('frequency', '抽查频次', text, '必填，如"每年一次"', 12),
    ],
  },
  SERVICE_GUIDES: {
    sheet: '服务指南',
    entry: [
      CODE,
      c('itemCode', '对应事项编码', text, '选填；执法事项清单中的编码', 14),
      c('name', '事项名称', text, '必填', 24),
      c('basis', '设定依据', refs, `必填；${REFS_NOTE}`, 36),
      c('acceptingUnit', '受理机构', text, '必填', 16),
      c('approvingUnit', '决定机构', text, '必填', 16),
      c('conditions', '办理条件', text, '必填', 30),
      c('materials', '申请材料', texts, '必填；多项用"；"分隔', 30),
      c('process', '办理流程', text, '必填', 30),
      c('timeLimit', '办理时限', text, '必填', 14),
      c('fees', '收费标准', text, '选填', 12),
      c('supervision', '监督电话', text, '选填', 14),
      c('remedy', '救济途径', text, '选填', 24),
      c('officeHours', '办公时间', text, '选填', 18),
      c('address', '办理地点', text, '选填', 24),
      c('phone', '咨询电话', text, '选填', 14),
    ],
  },
  CHANNELS: {
    sheet: '监督和救济渠道',
    entry: [
      CODE,
      c('kind', '渠道类别', choice(CHANNEL_KIND_LABELS), `必填：${Object.values(CHANNEL_KIND_LABELS).join('、')}`, 12),
      c('name', '渠道名称', text, '必填', 24),
      c('address', '地址', text, '选填', 30),
      c('postcode', '邮政编码', text, '6 位数字', 10),
      c('phone', '电话', text, '选填', 14),
      c('email', '电子邮箱', text, '选填', 20),
      c('feedback', '办理和反馈方式', text, '选填', 30),
    ],
  },
  REVIEW_CATALOGUE: {
    sheet: '重大执法决定法制审核目录清单',
    entry: [
      CODE,
      c('name', '审核事项', text, '必填', 30),
      c('itemKinds', '事项类别', choices(ITEM_KIND_LABELS), '多个用"、"分隔', 18),
      c('penaltyTypes', '处罚种类', choices(PENALTY_TYPE_TEXT), '多个用"、"分隔', 24),
      c('naturalPerson', '自然人金额标准（元）', yuan, '达到该金额须审核', 14, 'amountThresholds.naturalPersonFen'),
      c('organisation', '单位金额标准（元）', yuan, '达到该金额须审核', 14, 'amountThresholds.organisationFen'),
      c('hearingHeld', '经过听证', bool, '是 / 否', 10),
      c('complex', '案情复杂', bool, '是 / 否', 10),
      c('publicInterest', '涉及重大公共利益', bool, '是 / 否', 12),
      c('mode', '判断方式', choice(REVIEW_MODE_LABELS), Object.values(REVIEW_MODE_LABELS).join(' / '), 14),
      c('description', '说明', text, '选填', 30),
    ],
  },
  BENCHMARKS: {
    sheet: '行政裁量权基准',
    entry: [
      CODE,
      c('violation', '违法行为', text, '必填', 30),
      c('basisViolated', '违反的条款', refs, `必填；${REFS_NOTE}`, 34),
      c('basisApplied', '处罚依据', refs, `必填；${REFS_NOTE}`, 34),
      c('statTypes', '法定处罚种类', choices(PENALTY_TYPE_TEXT), '必填；多个用"、"分隔', 20, 'statutory.penaltyTypes'),
      c('statMin', '法定罚款下限（元）', yuan, '选填', 12, 'statutory.fineMinFen'),
      c('statMax', '法定罚款上限（元）', yuan, '选填', 12, 'statutory.fineMaxFen'),
      c('statBase', '法定倍数基数', text, '如"违法所得""货值金额"', 12, 'statutory.multipleBase'),
      c('statMinMultiple', '法定最低倍数', number, '选填', 10, 'statutory.minMultiple'),
      c('statMaxMultiple', '法定最高倍数', number, '选填', 10, 'statutory.maxMultiple'),
      c('parentCode', '上级基准编码', text, '细化上级机关基准时填写', 14),
    ],
    tier: [
      c('tier', '裁量阶次', choice(TIER_LABELS), `每行一个阶次：${Object.values(TIER_LABELS).join('、')}`, 12),
      c('factors', '情节', codes, '多个用"、"分隔', 24, 'conditions.factors'),
      c('conditionText', '适用条件', text, '必填', 30, 'conditions.text'),
      c('tierTypes', '处罚种类', choices(PENALTY_TYPE_TEXT), '多个用"、"分隔', 20, 'penaltyTypes'),
      c('fineMode', '罚款方式', choice(FINE_MODE_LABELS), Object.values(FINE_MODE_LABELS).join(' / '), 12, 'fine.mode'),
      c('fineMin', '罚款下限', text, '金额区间填元，倍数填倍数，百分比填 0–100', 12, 'fine.min'),
      c('fineMax', '罚款上限', text, '同上', 12, 'fine.max'),
      c('fineBase', '罚款倍数基数', text, '罚款方式为倍数时填写', 12, 'fine.base'),
    ],
  },
  NO_PENALTY: { sheet: '不予处罚事项清单', entry: four },
  REDUCED_PENALTY: { sheet: '减轻处罚事项清单', entry: four },
  LIGHTER_PENALTY: { sheet: '从轻处罚事项清单', entry: four },
  NO_COERCIVE_MEASURE: { sheet: '不予实施行政强制措施事项清单', entry: four },
  JURISDICTION_PROFILE: {
    sheet: '执法参数',
    entry: [
      c('code', '参数', text, '参数名，如 statementWindowWd、nightHours.start；嵌套值可用 JSON', 30),
      c('value', '取值', profileValue, '数字、是/否、文字或 JSON', 30),
      c('note', '依据或说明', text, '选填', 30),
    ],
  },
};

export function allColumns(listType: ListType): Column[] {
  const l = LAYOUTS[listType];
  return [...l.entry, ...(l.tier ?? [])];
}

export function getPath(obj: unknown, path: string): unknown {
  let node = obj;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

type Fine =
  | { mode: 'RANGE'; minFen: number; maxFen: number }
  | { mode: 'MULTIPLE'; base: string; minMultiple: number; maxMultiple: number }
  | { mode: 'PERCENT_OF_MAX'; minPercent: number; maxPercent: number };

/** A tier's fine as the three or four cells of its row. */
export function fineCells(fine: Fine | null | undefined): { mode: string; min: string; max: string; base: string } {
  if (!fine) return { mode: '', min: '', max: '', base: '' };
  const label = FINE_MODE_LABELS[fine.mode];
  if (fine.mode === 'RANGE')
    return { mode: label, min: yuan.write(fine.minFen), max: yuan.write(fine.maxFen), base: '' };
  if (fine.mode === 'MULTIPLE')
    return { mode: label, min: String(fine.minMultiple), max: String(fine.maxMultiple), base: fine.base };
  return { mode: label, min: String(fine.minPercent), max: String(fine.maxPercent), base: '' };
}

/**
 * Reads the fine cells of a tier row back. `cell(key, codec)` reads one cell and reports a problem
 * against that column (returning undefined); a missing mode with amounts is reported on 罚款方式.
 */
export function fineFromCells(
  mode: string | undefined,
  cell: (key: 'fineMin' | 'fineMax', codec: Codec) => number | undefined,
  base: string,
  problem: (key: string, message: string) => void,
): Fine | null {
  const codec = mode === 'RANGE' ? yuan : number;
  const min = cell('fineMin', codec);
  const max = cell('fineMax', codec);
  if (!mode) {
    if (min !== undefined || max !== undefined) problem('fineMode', '填写了罚款下限或上限，请选择罚款方式');
    return null;
  }
  if (min === undefined) problem('fineMin', '请填写罚款下限');
  if (max === undefined) problem('fineMax', '请填写罚款上限');
  if (min === undefined || max === undefined) return null;
  if (mode === 'RANGE') return { mode, minFen: min, maxFen: max };
  if (mode === 'MULTIPLE') return { mode, base, minMultiple: min, maxMultiple: max };
  return { mode: 'PERCENT_OF_MAX', minPercent: min, maxPercent: max };
}
