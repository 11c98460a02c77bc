import type { ListType } from '@zhifa/contracts';
import type { Entry, LegalRefValue } from './entryMeta';

/**
 * Between an entry (as the server stores it) and the drawer form. The form uses the entry's own field
 * paths so that server errors map one to one; this file only fills defaults for new entries and turns the
 * form's values back into an entry the strict schemas accept (no stray keys, null for cleared optionals).
 */

type Values = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((s) => (typeof s === 'string' ? s.trim() : '')).filter(Boolean) : [];
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function refKey(r: Partial<LegalRefValue>): string {
  return `${str(r.lawName)}|${r.article ?? ''}|${r.paragraph ?? ''}|${r.item ?? ''}`;
}

/** Legal references; a link into the law library survives only while the citation is unchanged. */
function refs(v: unknown, original: Entry | null): LegalRefValue[] {
  const known = new Map<string, string>();
  if (original) {
    for (const value of Object.values(original)) {
      if (!Array.isArray(value)) continue;
      for (const r of value as Partial<LegalRefValue>[]) {
        if (r && typeof r === 'object' && r.provisionId) known.set(refKey(r), r.provisionId);
      }
    }
  }
  if (!Array.isArray(v)) return [];
  return (v as Partial<LegalRefValue>[]).map((r) => ({
    lawName: str(r?.lawName),
    article: r?.article as number,
    paragraph: numOrNull(r?.paragraph),
    item: numOrNull(r?.item),
    provisionId: known.get(refKey(r ?? {})) ?? null,
  }));
}

function fine(v: unknown): Values | null {
  const f = (v ?? {}) as Values;
  if (f.mode === 'RANGE') return { mode: 'RANGE', minFen: f.minFen, maxFen: f.maxFen };
  if (f.mode === 'MULTIPLE')
    return { mode: 'MULTIPLE', base: str(f.base), minMultiple: f.minMultiple, maxMultiple: f.maxMultiple };
  if (f.mode === 'PERCENT_OF_MAX')
    return { mode: 'PERCENT_OF_MAX', minPercent: f.minPercent, maxPercent: f.maxPercent };
  return null;
}

function fourList(v: Values, original: Entry | null): Entry {
  return {
    code: str(v.code),
    violation: str(v.violation),
    basis: refs(v.basis, original),
    conditions: strings(v.conditions),
    followUp: codes(v.followUp),
    remarks: str(v.remarks),
  };
}

const TO_ENTRY: Record<ListType, (v: Values, original: Entry | null) => Entry> = {
  ITEMS: (v, o) => {
    const t = (v.timeLimit ?? {}) as Values;
    return {
      code: str(v.code),
      name: str(v.name),
      kind: v.kind,
      unitName: str(v.unitName),
      basisViolated: refs(v.basisViolated, o),
      basisApplied: refs(v.basisApplied, o),
      timeLimit: numOrNull(t.amount) === null ? null : { amount: t.amount, unit: t.unit ?? 'WORKING_DAY' },
      randomInspection: Boolean(v.randomInspection),
      avLevel: v.avLevel ?? 'KEY_STEPS',
      hearingRule: str(v.hearingRule),
      benchmarkCodes: strings(v.benchmarkCodes),
      remarks: str(v.remarks),
    };
  },
  RANDOM_INSPECTION: (v, o) => ({
    code: str(v.code),
    name: str(v.name),
    basis: refs(v.basis, o),
    inspectingBody: str(v.inspectingBody),
    target: str(v.target),
    content: str(v.content),
    method: str(v.method),
    proportionPercent: v.proportionPercent,
    frequency: str(v.frequency),
  }),
  SERVICE_GUIDES: (v, o) => ({
    code: str(v.code),
    itemCode: str(v.itemCode) || null,
    name: str(v.name),
    basis: refs(v.basis, o),
    acceptingUnit: str(v.acceptingUnit),
    approvingUnit: str(v.approvingUnit),
    conditions: str(v.conditions),
    materials: strings(v.materials),
    process: str(v.process),
    timeLimit: str(v.timeLimit),
    fees: str(v.fees),
    supervision: str(v.supervision),
    remedy: str(v.remedy),
    officeHours: str(v.officeHours),
    address: str(v.address),
    phone: str(v.phone),
  }),
  CHANNELS: (v) => ({
    code: str(v.code),
    kind: v.kind,
    name: str(v.name),
    address: str(v.address),
    postcode: str(v.postcode),
    phone: str(v.phone),
    email: str(v.email),
    feedback: str(v.feedback),
  }),
  REVIEW_CATALOGUE: (v) => {
    const a = (v.amountThresholds ?? {}) as Values;
    const natural = numOrNull(a.naturalPersonFen);
    const organisation = numOrNull(a.organisationFen);
    return {
      code: str(v.code),
      name: str(v.name),
      itemKinds: codes(v.itemKinds),
      penaltyTypes: codes(v.penaltyTypes),
      amountThresholds:
        natural === null && organisation === null ? null : { naturalPersonFen: natural, organisationFen: organisation },
      hearingHeld: Boolean(v.hearingHeld),
      complex: Boolean(v.complex),
      publicInterest: Boolean(v.publicInterest),
      mode: v.mode ?? 'ANY',
      description: str(v.description),
    };
  },
  BENCHMARKS: (v, o) => {
    const s = (v.statutory ?? {}) as Values;
    const tiers = Array.isArray(v.tiers) ? (v.tiers as Values[]) : [];
    return {
      code: str(v.code),
      violation: str(v.violation),
      basisViolated: refs(v.basisViolated, o),
      basisApplied: refs(v.basisApplied, o),
      statutory: {
        penaltyTypes: codes(s.penaltyTypes),
        fineMinFen: numOrNull(s.fineMinFen),
        fineMaxFen: numOrNull(s.fineMaxFen),
        multipleBase: str(s.multipleBase) || null,
        minMultiple: numOrNull(s.minMultiple),
        maxMultiple: numOrNull(s.maxMultiple),
      },
      tiers: tiers.map((t) => {
        const c = (t?.conditions ?? {}) as Values;
        return {
          tier: t?.tier,
          conditions: { factors: strings(c.factors), text: str(c.text) },
          penaltyTypes: codes(t?.penaltyTypes),
          fine: fine(t?.fine),
        };
      }),
      parentCode: str(v.parentCode) || null,
    };
  },
  NO_PENALTY: fourList,
  REDUCED_PENALTY: fourList,
  LIGHTER_PENALTY: fourList,
  NO_COERCIVE_MEASURE: fourList,
  JURISDICTION_PROFILE: (v) => ({
    code: str(v.code),
    value: typeof v.value === 'string' ? v.value.trim() : (v.value ?? ''),
    note: str(v.note),
  }),
};

export function toEntry(listType: ListType, values: Values, original: Entry | null): Entry {
  return TO_ENTRY[listType](values, original);
}

/** The form of a new entry: defaults the schemas would apply, and one empty legal reference to fill. */
export function newEntry(listType: ListType): Entry {
  const ref = [{ lawName: '', paragraph: null, item: null }];
  switch (listType) {
    case 'ITEMS':
      return {
        kind: 'PENALTY',
        basisViolated: [],
        basisApplied: ref,
        timeLimit: { amount: null, unit: 'WORKING_DAY' },
        randomInspection: false,
        avLevel: 'KEY_STEPS',
        benchmarkCodes: [],
      };
    case 'RANDOM_INSPECTION':
      return { basis: ref };
    case 'SERVICE_GUIDES':
      return { basis: ref, materials: [] };
    case 'CHANNELS':
      return { kind: 'COMPLAINT' };
    case 'REVIEW_CATALOGUE':
      return {
        itemKinds: [],
        penaltyTypes: [],
        mode: 'ANY',
        hearingHeld: false,
        complex: false,
        publicInterest: false,
      };
    case 'BENCHMARKS':
      return {
        basisViolated: ref,
        basisApplied: ref,
        statutory: { penaltyTypes: ['FINE'] },
        tiers: [{ tier: 'GENERAL', conditions: { factors: [], text: '' }, penaltyTypes: ['FINE'], fine: null }],
      };
    case 'JURISDICTION_PROFILE':
      return { value: '' };
    default:
      return { basis: ref, conditions: [], followUp: [] };
  }
}

/** An existing entry as form values: `fine: null` becomes an empty mode so the select shows 不设罚款. */
export function toFormValues(listType: ListType, entry: Entry): Values {
  if (listType === 'ITEMS' && !entry.timeLimit) return { ...entry, timeLimit: { amount: null, unit: 'WORKING_DAY' } };
  if (listType === 'BENCHMARKS' && Array.isArray(entry.tiers)) {
    return {
      ...entry,
      tiers: (entry.tiers as Values[]).map((t) => ({ ...t, fine: t.fine ?? { mode: 'NONE' } })),
    };
  }
  return entry;
}
