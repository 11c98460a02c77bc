/**
 * Versioned provisions of the law library and 从旧兼从轻 (APL-37, APL Art. 37): "实施行政处罚，适用违法行为发生时的
 * 法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是
 * 违法的，适用新的规定。"
 */
import { addDays, compareDates, type IsoDate, isValidIsoDate } from '../dates.js';
import { isBlank } from './internal.js';
import { describePenaltyScale, type PenaltyScale, validatePenaltyScale } from './penalty.js';
import { explainPenaltySeverity } from './severity.js';

/**
 * One version of a provision. `effectiveFrom`/`effectiveUntil` are inclusive; `effectiveUntil: null` = still in
 * force. A repeal, or an amendment that decriminalises the conduct, is a version with `treatsAsViolation: false`
 * (and `penalty: null`), so the versions of a provision form one gap-free chain. A version may treat the act as
 * a violation and set no penalty (only an order to correct): `penalty: null`.
 */
export interface ProvisionVersion {
  versionId: string;
  lawName: string;
  citation: string;
  effectiveFrom: IsoDate;
  effectiveUntil: IsoDate | null;
  treatsAsViolation: boolean;
  penalty: PenaltyScale | null;
}

export class ProvisionVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionVersionError';
  }
}

const APL37 = '《中华人民共和国行政处罚法》第三十七条';

function label(v: ProvisionVersion): string {
  return `《${v.lawName.replace(/^《|》$/g, '')}》${v.citation}（版本 ${v.versionId}，${v.effectiveFrom}起施行）`;
}

function sortedByStart(versions: readonly ProvisionVersion[]): ProvisionVersion[] {
  return [...versions].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
}

/**
 * Problems with a provision's version chain, in Chinese: unique ids, valid dates, from ≤ until, no overlap, no
 * gap between consecutive versions, only the last one open-ended, a version that does not treat the act as a
 * violation carries no penalty, and each penalty scale is valid.
 */
export function validateProvisionVersions(versions: readonly ProvisionVersion[]): string[] {
  const problems: string[] = [];
  if (versions.length === 0) return ['条款没有任何版本'];
  const ids = new Set<string>();
  for (const v of versions) {
    const name = `版本"${v.versionId}"`;
    if (isBlank(v.versionId)) problems.push('版本编号不能为空');
    else if (ids.has(v.versionId)) problems.push(`${name}编号重复`);
    ids.add(v.versionId);
    if (isBlank(v.lawName) || isBlank(v.citation)) problems.push(`${name}须填写法律名称和条款`);
    if (!isValidIsoDate(v.effectiveFrom)) problems.push(`${name}的施行日期无效`);
    if (v.effectiveUntil !== null && !isValidIsoDate(v.effectiveUntil)) problems.push(`${name}的失效日期无效`);
    else if (
      v.effectiveUntil !== null &&
      isValidIsoDate(v.effectiveFrom) &&
      compareDates(v.effectiveFrom, v.effectiveUntil) > 0
    ) {
      problems.push(`${name}的施行日期晚于失效日期`);
    }
    if (!v.treatsAsViolation && v.penalty !== null) problems.push(`${name}不认为该行为违法，不应设定处罚`);
    if (v.penalty !== null) for (const p of validatePenaltyScale(v.penalty)) problems.push(`${name}：${p}`);
  }
  if (problems.length > 0) return problems;
  const chain = sortedByStart(versions);
  for (let i = 0; i < chain.length - 1; i++) {
    const cur = chain[i];
    const next = chain[i + 1];
    if (cur.effectiveUntil === null) {
      problems.push(`版本"${cur.versionId}"没有失效日期，但其后还有版本"${next.versionId}"`);
      continue;
    }
    const expected = addDays(cur.effectiveUntil, 1);
    const c = compareDates(next.effectiveFrom, expected);
    if (c < 0) problems.push(`版本"${cur.versionId}"与版本"${next.versionId}"的施行期间重叠`);
    if (c > 0) problems.push(`版本"${cur.versionId}"失效后至版本"${next.versionId}"施行前存在空档`);
  }
  return problems;
}

/**
 * The one version whose [effectiveFrom, effectiveUntil] covers `date`. Throws ProvisionVersionError (Chinese
 * message) when no version covers it (before the first version, or a gap) or several do (an overlap).
 */
export function versionInForce(versions: readonly ProvisionVersion[], date: IsoDate): ProvisionVersion {
  if (!isValidIsoDate(date)) throw new ProvisionVersionError(`日期无效：${String(date)}`);
  const covering = versions.filter(
    (v) =>
      compareDates(v.effectiveFrom, date) <= 0 &&
      (v.effectiveUntil === null || compareDates(date, v.effectiveUntil) <= 0),
  );
  if (covering.length === 0) throw new ProvisionVersionError(`${date}没有施行中的条款版本`);
  if (covering.length > 1) {
    const ids = covering.map((v) => `"${v.versionId}"`).join('、');
    throw new ProvisionVersionError(`${date}同时有多个施行中的条款版本：${ids}`);
  }
  return covering[0];
}

export type ApplicableRule =
  | 'OLD_LAW'
  | 'NEW_LAW_LIGHTER'
  | 'NEW_LAW_NOT_VIOLATION'
  | 'SAME_VERSION'
  /** The version in force when the act occurred did not treat it as a violation: no penalty (APL Art. 4). */
  | 'NOT_VIOLATION_AT_ACT';

export interface ApplicableProvision {
  version: ProvisionVersion;
  rule: ApplicableRule;
  /** False for NEW_LAW_NOT_VIOLATION and NOT_VIOLATION_AT_ACT (and when the applied version sets no penalty). */
  penaltyAllowed: boolean;
  /** True when the old law was kept only because the two scales could not be compared automatically. */
  manualCheck: boolean;
  /** The date the act is taken to have occurred: `actEndDate` for continuing acts (APL-36), else `actDate`. */
  referenceDate: IsoDate;
  actVersion: ProvisionVersion;
  decisionVersion: ProvisionVersion;
  /** Chinese lines for the decision and the legal-review file. */
  reasoning: string[];
}

export interface ApplicabilityFacts {
  actDate: IsoDate;
  /** For a continuing or repeated act (连续或者继续状态), the day it ended; the act date is then that day (APL-36). */
  actEndDate?: IsoDate;
  decisionDate: IsoDate;
  /** Base amounts (e.g. 违法所得) that let multiples be compared with amounts (see comparePenaltySeverity). */
  baseAmountsFen?: Record<string, number>;
}

/**
 * APL-37 从旧兼从轻: the version in force at the act date applies, unless the version in force at the decision date
 * no longer treats the act as a violation (→ NEW_LAW_NOT_VIOLATION, no penalty) or is lighter by
 * `comparePenaltySeverity` (→ NEW_LAW_LIGHTER). Versions in force only between the two dates are not considered
 * (APL Art. 37 compares the act-time and decision-time rules). Throws ProvisionVersionError for invalid dates, a
 * decision before the act, or a date no version covers.
 */
export function applicableProvision(
  versions: readonly ProvisionVersion[],
  facts: ApplicabilityFacts,
): ApplicableProvision {
  const { actDate, actEndDate, decisionDate } = facts;
  for (const d of [actDate, decisionDate, ...(actEndDate === undefined ? [] : [actEndDate])]) {
    if (!isValidIsoDate(d)) throw new ProvisionVersionError(`日期无效：${String(d)}`);
  }
  if (actEndDate !== undefined && compareDates(actEndDate, actDate) < 0) {
    throw new ProvisionVersionError('违法行为终了日期不能早于开始日期');
  }
  const referenceDate = actEndDate ?? actDate;
  if (compareDates(decisionDate, referenceDate) < 0) {
    throw new ProvisionVersionError('处罚决定日期不能早于违法行为发生日期');
  }
  const reasoning: string[] = [
    actEndDate !== undefined && actEndDate !== actDate
      ? `违法行为自${actDate}起持续至${actEndDate}，以行为终了之日${actEndDate}为违法行为发生时（参照行政处罚法第三十六条）`
      : `违法行为发生于${referenceDate}`,
  ];
  const actVersion = versionInForce(versions, referenceDate);
  const decisionVersion = versionInForce(versions, decisionDate);
  const result = (
    version: ProvisionVersion,
    rule: ApplicableRule,
    lines: string[],
    manualCheck = false,
  ): ApplicableProvision => ({
    version,
    rule,
    penaltyAllowed: version.treatsAsViolation && rule !== 'NOT_VIOLATION_AT_ACT' && version.penalty !== null,
    manualCheck,
    referenceDate,
    actVersion,
    decisionVersion,
    reasoning: [...reasoning, ...lines],
  });

  reasoning.push(`违法行为发生时施行的规定：${label(actVersion)}`);
  if (!actVersion.treatsAsViolation) {
    return result(actVersion, 'NOT_VIOLATION_AT_ACT', [
      '违法行为发生时施行的规定不认为该行为违法，不得给予行政处罚（行政处罚法第四条）',
    ]);
  }
  if (actVersion.versionId === decisionVersion.versionId) {
    return result(actVersion, 'SAME_VERSION', [
      `作出处罚决定时（${decisionDate}）该规定未被修改或者废止，依照${APL37}适用违法行为发生时的规定`,
    ]);
  }
  reasoning.push(`作出处罚决定时（${decisionDate}）施行的规定：${label(decisionVersion)}`);
  if (!decisionVersion.treatsAsViolation) {
    return result(decisionVersion, 'NEW_LAW_NOT_VIOLATION', [
      `新的规定不认为该行为是违法行为，依照${APL37}适用新的规定，不予行政处罚`,
    ]);
  }
  const cmp = explainPenaltySeverity(decisionVersion.penalty, actVersion.penalty, {
    baseAmountsFen: facts.baseAmountsFen,
    labels: ['新的规定', '旧的规定'],
  });
  const scales = `旧的规定：${describePenaltyScale(actVersion.penalty)}；新的规定：${describePenaltyScale(decisionVersion.penalty)}`;
  if (cmp.order === -1) {
    return result(decisionVersion, 'NEW_LAW_LIGHTER', [
      scales,
      `新的规定处罚较轻（${cmp.reason}），依照${APL37}适用新的规定`,
    ]);
  }
  if (cmp.order === null) {
    return result(
      actVersion,
      'OLD_LAW',
      [
        scales,
        `新旧规定的处罚轻重无法自动比较（${cmp.reason}），依照${APL37}暂按违法行为发生时的规定适用，须人工判断新的规定是否处罚较轻`,
      ],
      true,
    );
  }
  return result(actVersion, 'OLD_LAW', [
    scales,
    `新的规定处罚不轻于旧的规定（${cmp.reason}），依照${APL37}适用违法行为发生时的规定`,
  ]);
}
