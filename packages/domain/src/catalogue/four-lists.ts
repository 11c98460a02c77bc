/**
 * The "four lists" (DISC-LISTS): 不予处罚 (APL Art. 33), 减轻处罚 and 从轻处罚 (APL Arts. 30–32), 不予实施行政强制措施
 * (ACL Art. 16 para 2). Each entry: violation, legal basis, conditions, required follow-up.
 */
import { isBlank, unique } from './internal.js';

export const FOUR_LISTS = ['NO_PENALTY', 'REDUCED_PENALTY', 'LIGHTER_PENALTY', 'NO_COERCIVE_MEASURE'] as const;
export type FourList = (typeof FOUR_LISTS)[number];

export const FOUR_LIST_LABELS: Record<FourList, string> = {
  NO_PENALTY: '不予处罚事项清单',
  REDUCED_PENALTY: '减轻处罚事项清单',
  LIGHTER_PENALTY: '从轻处罚事项清单',
  NO_COERCIVE_MEASURE: '不予实施行政强制措施事项清单',
};

export const FOLLOW_UPS = ['EDUCATION', 'CORRECTION_ORDER', 'COMMITMENT', 'OTHER'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export const FOLLOW_UP_LABELS: Record<FollowUp, string> = {
  EDUCATION: '批评教育',
  CORRECTION_ORDER: '责令改正',
  COMMITMENT: '签署承诺书',
  OTHER: '其他措施',
};

export interface FourListEntry {
  list: FourList;
  code: string;
  violation: string;
  /** Citation text, e.g. 《中华人民共和国行政处罚法》第三十三条第一款. */
  basis: string;
  conditions: string[];
  followUp: FollowUp[];
}

/**
 * APL Art. 33 grounds and the wording that shows a NO_PENALTY entry states them: each ground is a list of
 * conditions, each condition a list of accepted phrasings. An entry must state every condition of one ground.
 */
export const APL33_GROUNDS: { ground: string; conditions: string[][] }[] = [
  {
    ground: '违法行为轻微并及时改正，没有造成危害后果（第一款）',
    conditions: [['轻微'], ['及时改正', '及时纠正'], ['没有造成危害后果', '未造成危害后果', '无危害后果']],
  },
  {
    ground: '初次违法且危害后果轻微并及时改正（第一款）',
    conditions: [['初次违法', '首次违法', '首违'], ['危害后果轻微'], ['及时改正', '及时纠正']],
  },
  { ground: '当事人有证据足以证明没有主观过错（第二款）', conditions: [['没有主观过错', '无主观过错']] },
];

function citesArticle(basis: string, law: RegExp, article: string): boolean {
  const compact = basis.replace(/\s+/g, '');
  return law.test(compact) && compact.includes(article);
}

export function isFourList(s: unknown): s is FourList {
  return typeof s === 'string' && (FOUR_LISTS as readonly string[]).includes(s);
}

/**
 * Problems of a four-list entry, in Chinese:
 * - every entry: code, violation, basis, at least one condition, known follow-ups;
 * - NO_PENALTY: basis cites 行政处罚法第三十三条, the conditions state one APL Art. 33 ground in full, and the
 *   follow-up includes education (APL-33-4, Art. 33 para 3);
 * - REDUCED_PENALTY / LIGHTER_PENALTY: a penalty is still imposed, so the follow-up includes an order to correct
 *   (APL-28, Art. 28 para 1);
 * - NO_COERCIVE_MEASURE: basis cites 行政强制法第十六条 (para 2: 情节显著轻微或者没有明显社会危害).
 */
export function validateFourListEntry(entry: FourListEntry): string[] {
  if (!isFourList(entry.list)) return ['清单类型无效'];
  const name = `${FOUR_LIST_LABELS[entry.list]}事项"${entry.code}"`;
  const problems: string[] = [];
  if (isBlank(entry.code)) problems.push('清单事项编码不能为空');
  if (isBlank(entry.violation)) problems.push(`${name}未填写违法行为`);
  if (isBlank(entry.basis)) problems.push(`${name}未填写法律依据`);
  const conditions = entry.conditions.filter((c) => !isBlank(c));
  if (conditions.length === 0) problems.push(`${name}未填写适用条件`);
  for (const f of entry.followUp) {
    if (!(FOLLOW_UPS as readonly string[]).includes(f)) problems.push(`${name}的后续措施无效：${String(f)}`);
  }
  if (unique(entry.followUp).length !== entry.followUp.length) problems.push(`${name}的后续措施重复`);
  const basis = entry.basis ?? '';
  const text = conditions.join('；');
  if (entry.list === 'NO_PENALTY') {
    if (!isBlank(basis) && !citesArticle(basis, /行政处罚法/, '第三十三条')) {
      problems.push(`${name}的法律依据应引用《中华人民共和国行政处罚法》第三十三条`);
    }
    const statesGround = APL33_GROUNDS.some((g) => g.conditions.every((alts) => alts.some((a) => text.includes(a))));
    if (conditions.length > 0 && !statesGround) {
      problems.push(
        `${name}的适用条件应完整列明行政处罚法第三十三条规定的情形之一：${APL33_GROUNDS.map((g) => g.ground).join('；')}`,
      );
    }
    if (!entry.followUp.includes('EDUCATION'))
      problems.push(`${name}应当对当事人进行教育（行政处罚法第三十三条第三款）`);
  }
  if (
    (entry.list === 'REDUCED_PENALTY' || entry.list === 'LIGHTER_PENALTY') &&
    !entry.followUp.includes('CORRECTION_ORDER')
  ) {
    problems.push(`${name}应当责令当事人改正或者限期改正违法行为（行政处罚法第二十八条）`);
  }
  if (entry.list === 'NO_COERCIVE_MEASURE' && !isBlank(basis) && !citesArticle(basis, /行政强制法/, '第十六条')) {
    problems.push(`${name}的法律依据应引用《中华人民共和国行政强制法》第十六条`);
  }
  return problems;
}
