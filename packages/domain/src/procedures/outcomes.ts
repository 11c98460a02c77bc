/**
 * No-penalty outcomes (不予行政处罚, DOMAIN §1.8): APL-36 limitation, APL-30 age at the act date, APL-31 capacity,
 * APL-33 (minor, 首违不罚, no fault). Every no-penalty outcome requires education of the party (APL-33-4).
 */
import { compareDates, type IsoDate } from '../dates.js';
import { ageOn } from '../identifiers.js';
import { type LimitationContext, limitationLastDay } from './guards.js';

export type NoPenaltyCode =
  | 'NO_PENALTY_MINOR'
  | 'NO_PENALTY_FIRST_OFFENCE'
  | 'NO_PENALTY_NO_FAULT'
  | 'NO_PENALTY_AGE'
  | 'NO_PENALTY_CAPACITY'
  | 'NO_PENALTY_LIMITATION';

export interface NoPenaltyFacts {
  violation: NonNullable<LimitationContext['violation']>;
  /** The date on which the agency considers the outcome (used when `discoveredOn` is absent). */
  date: IsoDate;
  /** Natural persons only. */
  birthDate?: IsoDate;
  /** APL-31: NONE = unable to recognise or control conduct at the time; PARTIAL = not fully able. */
  capacity?: 'FULL' | 'PARTIAL' | 'NONE' | 'INTERMITTENT_WHILE_NORMAL';
  minor?: boolean;
  promptlyCorrected?: boolean;
  harm?: 'NONE' | 'MINOR' | 'SERIOUS';
  firstViolation?: boolean;
  /** APL-33-3: sufficient evidence of no subjective fault (and no law / regulation provides otherwise). */
  noFaultProven?: boolean;
}

export interface NoPenaltyOutcome {
  code: NoPenaltyCode | null;
  rule?: string;
  /** true: must not penalise; false: may decide not to penalise (discretion, e.g. 首违不罚). */
  mandatory?: boolean;
  /** Mitigation that applies when a penalty is still imposed. */
  mitigation?: 'MUST_LIGHTER_OR_REDUCED' | 'MAY_LIGHTER_OR_REDUCED';
  educationRequired: boolean;
  reasoning: string;
}

const none = (code: NoPenaltyCode, rule: string, mandatory: boolean, reasoning: string): NoPenaltyOutcome => ({
  code,
  rule,
  mandatory,
  educationRequired: true,
  reasoning: `${reasoning}；对当事人应当进行教育（第三十三条第三款）`,
});

/** The ground on which no penalty is (or may be) imposed, checked in the order limitation, age, capacity, fault, minor, first offence. */
export function noPenaltyGround(f: NoPenaltyFacts): NoPenaltyOutcome {
  const last = limitationLastDay(f.violation);
  const discovered = f.violation.discoveredOn ?? f.date;
  if (compareDates(discovered, last) > 0)
    return none(
      'NO_PENALTY_LIMITATION',
      'APL-36',
      true,
      `违法行为在${f.violation.harmedLifeHealthOrFinancialSafety ? '五' : '二'}年内未被发现（时效至${last}），依照《行政处罚法》第三十六条不再给予行政处罚`,
    );
  let mitigation: NoPenaltyOutcome['mitigation'];
  let mitigationText = '';
  if (f.birthDate) {
    const age = ageOn(f.birthDate, f.violation.actDate);
    if (age < 14)
      return none(
        'NO_PENALTY_AGE',
        'APL-30a',
        true,
        `当事人违法行为时（${f.violation.actDate}）不满十四周岁（${age}周岁），依照《行政处罚法》第三十条不予行政处罚，责令监护人加以管教`,
      );
    if (age < 18) {
      mitigation = 'MUST_LIGHTER_OR_REDUCED';
      mitigationText = `当事人违法行为时已满十四周岁不满十八周岁（${age}周岁），应当从轻或者减轻行政处罚（第三十条）`;
    }
  }
  if (f.capacity === 'NONE')
    return none(
      'NO_PENALTY_CAPACITY',
      'APL-31',
      true,
      '当事人系在不能辨认或者不能控制自己行为时有违法行为的精神病人、智力残疾人，依照《行政处罚法》第三十一条不予行政处罚，责令其监护人严加看管和治疗',
    );
  if (f.capacity === 'PARTIAL' && !mitigation) {
    mitigation = 'MAY_LIGHTER_OR_REDUCED';
    mitigationText = '当事人尚未完全丧失辨认或者控制自己行为能力，可以从轻或者减轻行政处罚（第三十一条）';
  }
  if (f.noFaultProven)
    return none(
      'NO_PENALTY_NO_FAULT',
      'APL-33-3',
      true,
      '当事人有证据足以证明没有主观过错，依照《行政处罚法》第三十三条第二款不予行政处罚',
    );
  if (f.minor && f.promptlyCorrected && f.harm === 'NONE')
    return none(
      'NO_PENALTY_MINOR',
      'APL-33-1',
      true,
      '违法行为轻微并及时改正，没有造成危害后果，依照《行政处罚法》第三十三条第一款不予行政处罚',
    );
  if (f.firstViolation && f.promptlyCorrected && (f.harm === 'NONE' || f.harm === 'MINOR'))
    return none(
      'NO_PENALTY_FIRST_OFFENCE',
      'APL-33-2',
      false,
      '初次违法且危害后果轻微并及时改正，依照《行政处罚法》第三十三条第一款可以不予行政处罚（首违不罚）',
    );
  const out: NoPenaltyOutcome = {
    code: null,
    educationRequired: false,
    reasoning: mitigationText || '不具备不予行政处罚的法定情形',
  };
  if (mitigation) out.mitigation = mitigation;
  return out;
}
