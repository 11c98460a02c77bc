import {
  type ApplicableRule,
  addDays,
  applicableProvision,
  compareDates,
  formatCitation,
  type ProvisionVersion,
  ProvisionVersionError,
} from '@zhifa/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { lawProvisions, laws, lawVersions } from './catalogue.tables';

export interface ApplicableQuery {
  lawId: string;
  article: number;
  paragraph?: number;
  item?: number;
  actDate: string;
  /** For a continuing act, the day it ended (APL-36). */
  actEndDate?: string;
  decisionDate: string;
}

export interface ApplicableVersionView {
  /** Law version id; null for a period in which the law was not in force (repealed, or a gap). */
  id: string | null;
  label: string;
  effectiveFrom: string;
  /** As derived for the comparison: an open-ended version ends the day before the next one begins. */
  effectiveUntil: string | null;
  treatsAsViolation: boolean;
  /** The text of the cited provision in this version, if it exists there. */
  text: string | null;
}

export interface ApplicableResult {
  law: { id: string; name: string };
  citation: string;
  rule: ApplicableRule;
  version: ApplicableVersionView;
  actVersion: ApplicableVersionView;
  decisionVersion: ApplicableVersionView;
  manualCheck: boolean;
  referenceDate: string;
  reasoning: string[];
  /** What this answer does not model yet (shown with the result). */
  limitations: string[];
}

/**
 * The library does not model the penalty scale of a provision yet: a version "treats the act as a
 * violation" when it contains the cited article (and paragraph/item), and not when the article is
 * absent from it or the law was not in force; both scales are taken as unknown (null), so a change
 * of the penalty alone never makes the new law "lighter" here — the reasoning says so.
 */
export const APPLICABLE_LIMITATIONS = [
  '法律法规库尚未录入各条款的处罚种类和幅度：本结果只判断条款是否存在（新的规定删除该条款视为不认为是违法行为），新旧规定处罚轻重的比较须人工判断。',
];

/**
 * Builds the provision's version chain from the stored law versions (dates inclusive): an open
 * version ends the day before the next starts; a period after an explicit end date with no version
 * (repealed) or between versions is a synthetic "not in force" version that does not treat the act
 * as a violation.
 */
export async function applicableFor(tx: Tx, q: ApplicableQuery): Promise<ApplicableResult> {
  const [law] = await tx.select().from(laws).where(eq(laws.id, q.lawId));
  if (!law) throw notFound('法律法规');
  const versions = await tx
    .select()
    .from(lawVersions)
    .where(eq(lawVersions.lawId, law.id))
    .orderBy(asc(lawVersions.effectiveFrom));
  if (!versions.length) throw invalid(`《${law.name}》尚未录入任何版本`);
  const provisions = await tx
    .select()
    .from(lawProvisions)
    .where(
      inArray(
        lawProvisions.lawVersionId,
        versions.map((v) => v.id),
      ),
    );
  const citation = formatCitation({
    lawName: law.name,
    article: q.article,
    ...(q.paragraph ? { paragraph: q.paragraph } : {}),
    ...(q.item ? { item: q.item } : {}),
  });
  const textIn = (versionId: string): string | null => {
    const own = provisions.filter((p) => p.lawVersionId === versionId && p.article === q.article);
    if (!own.length) return null;
    const paragraphs = own.filter((p) => p.paragraph !== null);
    if (q.item) {
      const hit = own.find((p) => p.item === q.item && (p.paragraph ?? 1) === (q.paragraph ?? 1));
      return hit?.text ?? null;
    }
    if (q.paragraph) {
      const hit = own.find((p) => p.paragraph === q.paragraph && p.item === null);
      if (hit) return hit.text;
      // A single-paragraph article is stored without paragraph rows: 第一款 is the article itself.
      return q.paragraph === 1 && paragraphs.length === 0
        ? (own.find((p) => p.paragraph === null)?.text ?? null)
        : null;
    }
    return own.find((p) => p.paragraph === null && p.item === null)?.text ?? own[0].text;
  };

  const chain: (ProvisionVersion & { view: ApplicableVersionView })[] = [];
  const push = (id: string | null, label: string, from: string, until: string | null, text: string | null) => {
    const treats = id !== null && text !== null;
    chain.push({
      versionId: chain.some((c) => c.versionId === label) ? `${label}（${from}）` : label,
      lawName: law.name,
      citation: citation.replace(/^《[^》]+》/, ''),
      effectiveFrom: from,
      effectiveUntil: until,
      treatsAsViolation: treats,
      penalty: null,
      view: { id, label, effectiveFrom: from, effectiveUntil: until, treatsAsViolation: treats, text },
    });
  };
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    const implied = next ? addDays(next.effectiveFrom, -1) : null;
    const until =
      v.effectiveUntil && (!implied || compareDates(v.effectiveUntil, implied) < 0) ? v.effectiveUntil : implied;
    push(v.id, v.label, v.effectiveFrom, until, textIn(v.id));
    if (v.effectiveUntil && until === v.effectiveUntil) {
      const gapEnd = next ? addDays(next.effectiveFrom, -1) : null;
      if (!gapEnd || compareDates(addDays(v.effectiveUntil, 1), gapEnd) <= 0)
        push(null, next ? '未施行期间' : '已废止', addDays(v.effectiveUntil, 1), gapEnd, null);
    }
  });
  try {
    const r = applicableProvision(chain, {
      actDate: q.actDate,
      decisionDate: q.decisionDate,
      ...(q.actEndDate ? { actEndDate: q.actEndDate } : {}),
    });
    const view = (v: ProvisionVersion) => chain.find((c) => c.versionId === v.versionId)!.view;
    return {
      law: { id: law.id, name: law.name },
      citation,
      rule: r.rule,
      version: view(r.version),
      actVersion: view(r.actVersion),
      decisionVersion: view(r.decisionVersion),
      manualCheck: r.manualCheck,
      referenceDate: r.referenceDate,
      reasoning: r.reasoning,
      limitations: APPLICABLE_LIMITATIONS,
    };
  } catch (e) {
    if (e instanceof ProvisionVersionError) throw invalid(e.message);
    throw e;
  }
}
