import type { LawSummary } from '@zhifa/contracts';
import type { laws, lawVersions } from './catalogue.tables';

/** A law with its versions, each with its provisions (GET /api/laws/:id). */
export interface LawDetail extends Omit<LawSummary, 'versions'> {
  versions: (LawSummary['versions'][number] & {
    issuingDocument: string;
    promulgatedOn: string;
    provisionList: { id: string; article: number; paragraph: number | null; item: number | null; text: string }[];
  })[];
}

export function lawSummaryOf(
  law: typeof laws.$inferSelect,
  versions: { v: typeof lawVersions.$inferSelect; provisions: number }[],
): LawSummary {
  return {
    id: law.id,
    name: law.name,
    shortName: law.shortName,
    level: law.level,
    issuer: law.issuer,
    versions: versions.map(({ v, provisions }) => ({
      id: v.id,
      label: v.label,
      effectiveFrom: v.effectiveFrom,
      effectiveUntil: v.effectiveUntil,
      provisions,
    })),
  };
}
