import type {
  benchmarkEntry,
  fourListEntry,
  LegalRef,
  ListType,
  profileEntry,
  reviewCatalogueEntry,
} from '@zhifa/contracts';
import {
  type BenchmarkEntry,
  type FourList,
  type FourListEntry,
  formatCitation,
  type ProfileValues,
  type ReviewCriterion,
} from '@zhifa/domain';
import type { z } from 'zod';

/**
 * Conversions from the stored list entries (contracts' shapes) to the domain's types, so that every
 * rule runs in `@zhifa/domain` and nowhere else.
 */
type Benchmark = z.output<typeof benchmarkEntry>;
type FourListItem = z.output<typeof fourListEntry>;
type Review = z.output<typeof reviewCatalogueEntry>;
type Profile = z.output<typeof profileEntry>;

export function citationOf(ref: Pick<LegalRef, 'lawName' | 'article' | 'paragraph' | 'item'>): string {
  return formatCitation({
    lawName: ref.lawName,
    article: ref.article,
    ...(ref.paragraph ? { paragraph: ref.paragraph } : {}),
    ...(ref.item ? { item: ref.item } : {}),
  });
}

export const citations = (refs: readonly LegalRef[]): string => refs.map(citationOf).join('；');

export function toDomainBenchmark(e: Benchmark): BenchmarkEntry {
  const s = e.statutory;
  return {
    code: e.code,
    violation: e.violation,
    basis: { violated: citations(e.basisViolated), penalty: citations(e.basisApplied) },
    statutory: {
      types: s.penaltyTypes,
      ...(s.fineMinFen !== null ? { fineMinFen: s.fineMinFen } : {}),
      ...(s.fineMaxFen !== null ? { fineMaxFen: s.fineMaxFen } : {}),
      ...(s.multipleBase ? { multipleBase: s.multipleBase } : {}),
      ...(s.minMultiple !== null ? { minMultiple: s.minMultiple } : {}),
      ...(s.maxMultiple !== null ? { maxMultiple: s.maxMultiple } : {}),
    },
    tiers: e.tiers.map((t) => ({
      tier: t.tier,
      conditions: t.conditions,
      penaltyTypes: t.penaltyTypes,
      ...(t.fine ? { fine: t.fine } : {}),
    })),
  };
}

export function toDomainFourList(listType: ListType, e: FourListItem): FourListEntry {
  return {
    list: listType as FourList,
    code: e.code,
    violation: e.violation,
    basis: citations(e.basis),
    conditions: e.conditions,
    followUp: e.followUp,
  };
}

export function toReviewCriterion(e: Review): ReviewCriterion {
  return {
    code: e.code,
    name: e.name,
    itemKinds: e.itemKinds,
    penaltyTypes: e.penaltyTypes,
    amountThresholds: e.amountThresholds,
    hearingHeld: e.hearingHeld,
    complex: e.complex,
    publicInterest: e.publicInterest,
    mode: e.mode,
  };
}

/** Keys whose value is a list: a cell may hold them separated by 、 or commas. */
const LIST_KEYS = new Set([
  'mandatoryAvActivities',
  'redaction.naturalPersonFields',
  'redaction.organisationFields',
  'redaction.withholdWhen',
]);

/**
 * A JURISDICTION_PROFILE entry is one parameter: `code` is the key, dotted for nested values
 * (`nightHours.start`, `hearingThresholds.MARKET.fine.naturalPersonFen` is too long, so a whole
 * object may be given as JSON text: `hearingThresholds.MARKET` = `{"fine":{…},"confiscation":{…}}`).
 * Returns the values grouped by top-level key, each with the index of its first entry, so that a
 * problem is reported at an entry.
 */
export function profileGroups(entries: readonly Profile[]): {
  groups: Map<string, { first: number; value: unknown }>;
  problems: { index: number; message: string }[];
} {
  const groups = new Map<string, { first: number; value: unknown }>();
  const problems: { index: number; message: string }[] = [];
  entries.forEach((e, index) => {
    let value: unknown = e.value;
    if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
      try {
        value = JSON.parse(value);
      } catch {
        problems.push({ index, message: `参数"${e.code}"的取值不是有效的 JSON` });
        return;
      }
    } else if (typeof value === 'string' && LIST_KEYS.has(e.code)) {
      value = value
        .split(/[、,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    }
    const path = e.code.split('.');
    const top = path[0];
    const group = groups.get(top) ?? { first: index, value: undefined };
    if (path.length === 1) group.value = value;
    else {
      if (typeof group.value !== 'object' || group.value === null) group.value = {};
      let node = group.value as Record<string, unknown>;
      for (const key of path.slice(1, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[path[path.length - 1]] = value;
    }
    groups.set(top, group);
  });
  return { groups, problems };
}

export function profileValues(entries: readonly Profile[]): Partial<ProfileValues> {
  const out: Record<string, unknown> = {};
  for (const [key, g] of profileGroups(entries).groups) out[key] = g.value;
  return out as Partial<ProfileValues>;
}
