import type { profileEntry, reviewCatalogueEntry } from '@zhifa/contracts';
import {
  ProfileError,
  type ProfileLayer,
  type ProposedDecision,
  type ResolvedProfile,
  type ReviewRequirement,
  resolveProfile,
  reviewRequired,
} from '@zhifa/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { agencies } from '../org/org.tables';
import { profileGroups, profileValues, toReviewCriterion } from './catalogue.domain';
import { catalogueLists } from './catalogue.tables';

export interface ReviewRequirementResult extends ReviewRequirement {
  /** The published review catalogue evaluated (null: none published — only APL Art. 58 applies). */
  catalogue: { version: number; publishedAt: string; contentHash: string | null } | null;
}

export interface AgencyProfile {
  agencyId: string;
  agencyName: string;
  /** Every value with the layer it came from (全国默认值 or the agency's published 执法参数). */
  profile: ResolvedProfile;
  /** The agency's published JURISDICTION_PROFILE version, if any. */
  layer: { version: number; publishedAt: string } | null;
  /** Problems of the published layer, if the domain refused it (the national defaults are then used). */
  problems: string[];
}

/** Evaluations over published lists that other modules use (legal review, deadlines). */
export class CatalogueRules {
  constructor(private readonly database: Database) {}

  private published(agencyId: string, listType: PublishedRuleList) {
    return this.database.tx({ kind: 'all' }, (tx) => publishedList(tx, agencyId, listType));
  }

  /**
   * REV-SCOPE / APL-58: whether a proposed decision needs the legal review, against the agency's
   * published 重大执法决定法制审核目录清单 (the legal-review issue calls this).
   */
  async reviewRequiredFor(agencyId: string, decision: ProposedDecision): Promise<ReviewRequirementResult> {
    const { row } = await this.published(agencyId, 'REVIEW_CATALOGUE');
    return reviewRequirementOf(row, decision);
  }

  /** The jurisdiction profile: national defaults overridden by the agency's published 执法参数. */
  async profileFor(agencyId: string): Promise<AgencyProfile> {
    const { agencyName, row } = await this.published(agencyId, 'JURISDICTION_PROFILE');
    return profileOf(agencyId, agencyName, row);
  }
}

type PublishedRuleList = 'REVIEW_CATALOGUE' | 'JURISDICTION_PROFILE';
type ListRow = typeof catalogueLists.$inferSelect;

/** The agency's published list of a type, inside the caller's transaction (cases use it mid-action). */
export async function publishedList(
  tx: Tx,
  agencyId: string,
  listType: PublishedRuleList,
): Promise<{ agencyName: string; row: ListRow | undefined }> {
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw notFound('执法主体');
  const [row] = await tx
    .select()
    .from(catalogueLists)
    .where(
      and(
        eq(catalogueLists.agencyId, agencyId),
        eq(catalogueLists.listType, listType),
        eq(catalogueLists.status, 'PUBLISHED'),
      ),
    );
  return { agencyName: agency.name, row };
}

export function reviewRequirementOf(row: ListRow | undefined, decision: ProposedDecision): ReviewRequirementResult {
  const entries = (row?.entries ?? []) as z.output<typeof reviewCatalogueEntry>[];
  return {
    ...reviewRequired(entries.map(toReviewCriterion), decision),
    catalogue: row
      ? { version: row.version, publishedAt: row.publishedAt!.toISOString(), contentHash: row.contentHash }
      : null,
  };
}

export function profileOf(agencyId: string, agencyName: string, row: ListRow | undefined): AgencyProfile {
  const entries = (row?.entries ?? []) as z.output<typeof profileEntry>[];
  const layers: ProfileLayer[] = [];
  if (row) {
    const rules: Record<string, string> = {};
    for (const [key, g] of profileGroups(entries).groups) {
      const note = entries[g.first]?.note;
      if (note) rules[key] = note;
    }
    layers.push({
      level: 'AGENCY',
      name: `${agencyName}执法参数（第 ${row.version} 版）`,
      values: profileValues(entries),
      rules,
    });
  }
  let problems: string[] = [];
  let profile: ResolvedProfile;
  try {
    profile = resolveProfile(layers);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    problems = e.problems;
    profile = resolveProfile([]);
  }
  return {
    agencyId,
    agencyName,
    profile,
    layer: row ? { version: row.version, publishedAt: row.publishedAt!.toISOString() } : null,
    problems,
  };
}
