import type {
  benchmarkEntry,
  channelEntry,
  fourListEntry,
  itemEntry,
  profileEntry,
  randomInspectionEntry,
  reviewCatalogueEntry,
  serviceGuideEntry,
} from '@zhifa/contracts';
import { parseChineseNumeral } from '@zhifa/domain';
import type { z } from 'zod';
import { L } from './laws/names';
import type { DemoProvision } from './types';

export type Item = z.input<typeof itemEntry>;
export type Benchmark = z.input<typeof benchmarkEntry>;
export type Tier = Benchmark['tiers'][number];
export type FourListItem = z.input<typeof fourListEntry>;
export type RandomInspection = z.input<typeof randomInspectionEntry>;
export type ServiceGuide = z.input<typeof serviceGuideEntry>;
export type Channel = z.input<typeof channelEntry>;
export type ReviewCriterionEntry = z.input<typeof reviewCatalogueEntry>;
export type ProfileEntry = z.input<typeof profileEntry>;
export type PenaltyType = Benchmark['statutory']['penaltyTypes'][number];

/** A structured citation: 《lawName》第 article 条第 paragraph 款第 item 项. */
export interface Ref {
  lawName: string;
  article: number;
  paragraph?: number | null;
  item?: number | null;
}

export function ref(lawName: string, article: number, paragraph?: number, item?: number): Ref {
  return { lawName, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) };
}

/** Citation helpers per law, e.g. `apl(33, 1)` = 《中华人民共和国行政处罚法》第三十三条第一款. */
const citer = (lawName: string) => (article: number, paragraph?: number, item?: number) =>
  ref(lawName, article, paragraph, item);
export const apl = citer(L.APL);
export const acl = citer(L.ACL);
export const all = citer(L.ALL);

/**
 * Parses law text written as in the official publication — one article per line starting with
 * "第X条", further paragraphs and items on their own lines — into article-level provisions (the
 * article's paragraphs joined by line breaks). Texts that are paraphrases start with "（摘要）".
 */
export function provisions(text: string): DemoProvision[] {
  const out: DemoProvision[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^第([零一二三四五六七八九十百千]+)条\s+(.*)$/.exec(line);
    if (m) {
      const article = parseChineseNumeral(m[1]);
      if (article === null) throw new Error(`Bad article numeral in demo law text: ${line.slice(0, 20)}`);
      out.push({ article, text: m[2] });
    } else {
      const last = out[out.length - 1];
      if (!last) throw new Error(`Demo law text must start with an article: ${line.slice(0, 20)}`);
      last.text = `${last.text}\n${line}`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ITEMS

export interface ItemOptions {
  unit?: string;
  violated?: Ref[];
  days?: number;
  calendarDays?: boolean;
  random?: boolean;
  av?: 'FULL' | 'KEY_STEPS' | 'OPTIONAL';
  hearing?: string;
  benchmarks?: string[];
  remarks?: string;
}

export function item(code: string, name: string, kind: Item['kind'], applied: Ref[], o: ItemOptions = {}): Item {
  return {
    code,
    name,
    kind,
    unitName: o.unit ?? '',
    basisViolated: o.violated ?? [],
    basisApplied: applied,
    timeLimit: o.days ? { amount: o.days, unit: o.calendarDays ? 'CALENDAR_DAY' : 'WORKING_DAY' } : null,
    randomInspection: o.random ?? false,
    avLevel: o.av ?? 'KEY_STEPS',
    hearingRule: o.hearing ?? '',
    benchmarkCodes: o.benchmarks ?? [],
    remarks: o.remarks ?? '',
  };
}

/** APL-63 hearing rule text with the agency's 较大数额 (HEAR-THRESH) in yuan. */
export function hearingRule(naturalPersonYuan: number, organisationYuan: number, extra = ''): string {
  return (
    `拟作出较大数额罚款（对自然人 ${naturalPersonYuan} 元以上、对法人或者其他组织 ${organisationYuan} 元以上）、` +
    '没收较大数额违法所得或者较大价值非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等决定前，' +
    '告知当事人有要求听证的权利；当事人在告知后五个工作日内提出的，应当组织听证（行政处罚法第六十三条、第六十四条）。' +
    extra
  );
}

/** Licences: the law's own time limit, otherwise 20 working days (ALL-42, 行政许可法第四十二条). */
export const LICENCE_REMARK_ALL42 =
  '法定办理时限为自受理之日起二十个工作日，经本机关负责人批准可延长十个工作日（行政许可法第四十二条、第八十二条）；不收费（第五十八条）。';

// ---------------------------------------------------------------------------------------------
// BENCHMARKS (DISC-STRUCT, DISC-TIERS, DISC-FORMULA)

export const HEAVIER_FACTORS = [
  '造成严重后果',
  '经责令改正拒不改正',
  '一年内再次实施同类违法行为',
  '隐匿、销毁证据或者拒不配合调查',
];
export const HEAVIER_TEXT =
  '有下列情形之一的：造成人身伤害、财产损失等严重后果；经责令改正拒不改正或者改正后再犯；一年内因同类违法行为受过行政处罚；隐匿、销毁、转移证据或者以暴力、威胁等方式拒绝、阻碍执法；对举报人、证人打击报复。';
export const GENERAL_TEXT = '不具有从轻、减轻、从重处罚情节，违法情节和危害后果一般的。';
export const LIGHTER_FACTORS = ['主动消除或者减轻危害后果', '如实陈述并配合调查', '违法持续时间短、涉及数量小'];
export const LIGHTER_TEXT =
  '有下列情形之一的：主动消除或者减轻违法行为危害后果；受他人胁迫或者诱骗实施违法行为；主动供述行政机关尚未掌握的违法行为；配合查处有立功表现（行政处罚法第三十二条）；违法持续时间短、涉及数量小、危害后果轻微。';
export const NO_PENALTY_TEXT =
  '初次违法且危害后果轻微并及时改正的，可以不予行政处罚；违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚（行政处罚法第三十三条第一款），并对当事人进行教育。';

export function tier(
  t: Tier['tier'],
  penaltyTypes: PenaltyType[],
  fine: Tier['fine'],
  text: string,
  factors: string[] = [],
): Tier {
  return { tier: t, conditions: { factors, text }, penaltyTypes, fine: fine ?? null };
}

export const range = (minYuan: number, maxYuan: number): NonNullable<Tier['fine']> => ({
  mode: 'RANGE',
  minFen: minYuan * 100,
  maxFen: maxYuan * 100,
});
export const multiple = (base: string, minMultiple: number, maxMultiple: number): NonNullable<Tier['fine']> => ({
  mode: 'MULTIPLE',
  base,
  minMultiple,
  maxMultiple,
});
export const percentOfMax = (minPercent: number, maxPercent: number): NonNullable<Tier['fine']> => ({
  mode: 'PERCENT_OF_MAX',
  minPercent,
  maxPercent,
});

/** Statutory scale: an amount range in yuan (min null = only a maximum). */
export function amountScale(types: PenaltyType[], minYuan: number | null, maxYuan: number): Benchmark['statutory'] {
  return { penaltyTypes: types, fineMinFen: minYuan === null ? null : minYuan * 100, fineMaxFen: maxYuan * 100 };
}

/** Statutory scale: multiples of a base (违法所得, 货值金额, 建设工程造价 …). */
export function multipleScale(
  types: PenaltyType[],
  base: string,
  min: number | null,
  max: number,
): Benchmark['statutory'] {
  return { penaltyTypes: types, multipleBase: base, minMultiple: min, maxMultiple: max };
}

/**
 * Three tiers for a fine with only a maximum (DISC-FORMULA): LIGHTER ≤ 20 %, GENERAL 40–60 %, HEAVIER 60–100 %
 * of the maximum; `types` per tier (the lighter tier usually without the heavier types).
 */
export function onlyMaxTiers(
  types: { lighter: PenaltyType[]; general: PenaltyType[]; heavier: PenaltyType[] },
  texts: { lighter?: string; general?: string; heavier?: string } = {},
): Tier[] {
  return [
    tier('LIGHTER', types.lighter, percentOfMax(0, 20), texts.lighter ?? LIGHTER_TEXT, LIGHTER_FACTORS),
    tier('GENERAL', types.general, percentOfMax(40, 60), texts.general ?? GENERAL_TEXT),
    tier('HEAVIER', types.heavier, percentOfMax(60, 100), texts.heavier ?? HEAVIER_TEXT, HEAVIER_FACTORS),
  ];
}

/** Three tiers over an amount range in yuan with explicit boundaries [min, b1, b2, max]. */
export function rangeTiers(
  [min, b1, b2, max]: [number, number, number, number],
  types: { lighter: PenaltyType[]; general: PenaltyType[]; heavier: PenaltyType[] },
  texts: { lighter?: string; general?: string; heavier?: string } = {},
): Tier[] {
  return [
    tier('LIGHTER', types.lighter, range(min, b1), texts.lighter ?? LIGHTER_TEXT, LIGHTER_FACTORS),
    tier('GENERAL', types.general, range(b1, b2), texts.general ?? GENERAL_TEXT),
    tier('HEAVIER', types.heavier, range(b2, max), texts.heavier ?? HEAVIER_TEXT, HEAVIER_FACTORS),
  ];
}

/** Three tiers over a multiple range with explicit boundaries [min, b1, b2, max]. */
export function multipleTiers(
  base: string,
  [min, b1, b2, max]: [number, number, number, number],
  types: { lighter: PenaltyType[]; general: PenaltyType[]; heavier: PenaltyType[] },
  texts: { lighter?: string; general?: string; heavier?: string } = {},
): Tier[] {
  return [
    tier('LIGHTER', types.lighter, multiple(base, min, b1), texts.lighter ?? LIGHTER_TEXT, LIGHTER_FACTORS),
    tier('GENERAL', types.general, multiple(base, b1, b2), texts.general ?? GENERAL_TEXT),
    tier('HEAVIER', types.heavier, multiple(base, b2, max), texts.heavier ?? HEAVIER_TEXT, HEAVIER_FACTORS),
  ];
}

/** NO_PENALTY tier text for benchmarks whose violation may qualify for 首违不罚 (APL Art. 33). */
export const noPenaltyTier = (text = NO_PENALTY_TEXT): Tier =>
  tier('NO_PENALTY', [], null, text, ['初次违法', '危害后果轻微', '及时改正']);

export function benchmark(
  code: string,
  violation: string,
  violated: Ref[],
  applied: Ref[],
  statutory: Benchmark['statutory'],
  tiers: Tier[],
): Benchmark {
  return { code, violation, basisViolated: violated, basisApplied: applied, statutory, tiers, parentCode: null };
}

// ---------------------------------------------------------------------------------------------
// The four lists (DISC-LISTS)

/** 首违不罚 (APL-33-2, 行政处罚法第三十三条第一款): first violation, minor harm, promptly corrected. */
export function firstViolation(
  code: string,
  violation: string,
  violated: Ref[],
  specific: string[],
  remarks = '',
): FourListItem {
  return {
    code,
    violation,
    basis: [apl(33, 1), ...violated],
    conditions: [
      '初次违法（近一年内未因同类违法行为受过行政处罚）',
      '危害后果轻微',
      '在责令改正期限内及时改正',
      ...specific,
    ],
    followUp: ['EDUCATION', 'CORRECTION_ORDER'],
    remarks,
  };
}

/** 轻微不罚 (APL-33-1): minor, promptly corrected, no harmful consequence. */
export function minorNoHarm(
  code: string,
  violation: string,
  violated: Ref[],
  specific: string[],
  remarks = '',
): FourListItem {
  return {
    code,
    violation,
    basis: [apl(33, 1), ...violated],
    conditions: ['违法行为轻微', '及时改正', '没有造成危害后果', ...specific],
    followUp: ['EDUCATION', 'CORRECTION_ORDER'],
    remarks,
  };
}

/** 无主观过错不罚 (APL-33-3, 第三十三条第二款). */
export function noFault(code: string, violation: string, basis: Ref[], specific: string[], remarks = ''): FourListItem {
  return {
    code,
    violation,
    basis: [apl(33, 2), ...basis],
    conditions: ['当事人有证据足以证明没有主观过错', ...specific],
    followUp: ['EDUCATION'],
    remarks,
  };
}

/** 减轻处罚 (APL Art. 32 item `ground`, 1–4). */
export function reduced(
  code: string,
  violation: string,
  ground: 1 | 2 | 3 | 4,
  basis: Ref[],
  specific: string[],
  remarks = '',
): FourListItem {
  return {
    code,
    violation,
    basis: [apl(32, undefined, ground), ...basis],
    conditions: [APL32_GROUNDS[ground], ...specific],
    followUp: ['CORRECTION_ORDER'],
    remarks,
  };
}

/** 从轻处罚 (APL Art. 32 item `ground`, or another provision in `basis`). */
export function lighter(
  code: string,
  violation: string,
  ground: 1 | 2 | 3 | 4 | null,
  basis: Ref[],
  specific: string[],
  remarks = '',
): FourListItem {
  return {
    code,
    violation,
    basis: ground ? [apl(32, undefined, ground), ...basis] : basis,
    conditions: ground ? [APL32_GROUNDS[ground], ...specific] : specific,
    followUp: ['CORRECTION_ORDER'],
    remarks,
  };
}

export const APL32_GROUNDS: Record<1 | 2 | 3 | 4, string> = {
  1: '主动消除或者减轻违法行为危害后果',
  2: '受他人胁迫或者诱骗实施违法行为',
  3: '主动供述行政机关尚未掌握的违法行为',
  4: '配合行政机关查处违法行为有立功表现',
};

/** 不予实施行政强制措施 (ACL-16, 行政强制法第十六条第二款). */
export function noCoercion(
  code: string,
  violation: string,
  measure: Ref[],
  specific: string[],
  remarks = '',
): FourListItem {
  return {
    code,
    violation,
    basis: [acl(16, 2), ...measure],
    conditions: ['违法行为情节显著轻微或者没有明显社会危害', ...specific],
    followUp: ['CORRECTION_ORDER', 'COMMITMENT'],
    remarks,
  };
}

/** Three tiers for a multiple with only a maximum (DISC-FORMULA): ≤ 20 %, 40–60 %, 60–100 % of the maximum multiple. */
export function onlyMaxMultipleTiers(
  base: string,
  max: number,
  types: { lighter: PenaltyType[]; general: PenaltyType[]; heavier: PenaltyType[] },
  texts: { lighter?: string; general?: string; heavier?: string } = {},
): Tier[] {
  const at = (percent: number) => Math.round(max * percent) / 100;
  return [
    tier('LIGHTER', types.lighter, multiple(base, 0, at(20)), texts.lighter ?? LIGHTER_TEXT, LIGHTER_FACTORS),
    tier('GENERAL', types.general, multiple(base, at(40), at(60)), texts.general ?? GENERAL_TEXT),
    tier('HEAVIER', types.heavier, multiple(base, at(60), max), texts.heavier ?? HEAVIER_TEXT, HEAVIER_FACTORS),
  ];
}
