import type { LawSummary, LawVersionInput, lawInput } from '@zhifa/contracts';
import { compareDates } from '@zhifa/domain';
import { asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/audit.service';
import type { Database, Tx } from '../../platform/db';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActor, type Performer, performerId } from './catalogue.actor';
import { lawProvisions, laws, lawVersions } from './catalogue.tables';
import { type ApplicableQuery, type ApplicableResult, applicableFor } from './laws.applicable';
import { type LineError, parseLawMarkdown } from './laws.markdown';
import { type LawDetail, lawSummaryOf } from './laws.view';

export type LawInput = z.output<typeof lawInput>;
export type LawImportInput = { markdown: string } | { law: LawInput; versions: LawVersionInput[] };

type VersionRow = typeof lawVersions.$inferSelect;

/**
 * The versioned law library (issue 4 §1). Laws are global (every agency cites the same library);
 * versions and provisions are append-only — a correction is a new version. Effective dates are
 * inclusive; a version stored without `effectiveUntil` stays open-ended in the table and is taken to
 * end the day before the next version starts (versions are never updated, so adding a version
 * closes nothing; the domain's `versionInForce` sees the derived chain, see laws.applicable.ts).
 */
export class LawsService {
  constructor(readonly database: Database) {}

  async list(q?: string): Promise<LawSummary[]> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const term = q?.trim();
      const rows = await tx
        .select()
        .from(laws)
        .where(term ? or(ilike(laws.name, `%${term}%`), ilike(laws.shortName, `%${term}%`)) : undefined)
        .orderBy(asc(laws.name));
      return this.summaries(tx, rows);
    });
  }

  private async summaries(tx: Tx, rows: (typeof laws.$inferSelect)[]): Promise<LawSummary[]> {
    if (!rows.length) return [];
    const versions = await tx
      .select()
      .from(lawVersions)
      .where(
        inArray(
          lawVersions.lawId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(lawVersions.effectiveFrom));
    const counts = versions.length
      ? await tx
          .select({ id: lawProvisions.lawVersionId, n: sql<number>`count(*)::int` })
          .from(lawProvisions)
          .where(
            inArray(
              lawProvisions.lawVersionId,
              versions.map((v) => v.id),
            ),
          )
          .groupBy(lawProvisions.lawVersionId)
      : [];
    const count = new Map(counts.map((c) => [c.id, c.n]));
    return rows.map((r) =>
      lawSummaryOf(
        r,
        versions.filter((v) => v.lawId === r.id).map((v) => ({ v, provisions: count.get(v.id) ?? 0 })),
      ),
    );
  }

  async summary(id: string): Promise<LawSummary> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const rows = await tx.select().from(laws).where(eq(laws.id, id));
      if (!rows.length) throw notFound('法律法规');
      return (await this.summaries(tx, rows))[0];
    });
  }

  /** A law with every version and its provisions (with their citations). */
  async get(id: string): Promise<LawDetail> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [law] = await tx.select().from(laws).where(eq(laws.id, id));
      if (!law) throw notFound('法律法规');
      const versions = await tx
        .select()
        .from(lawVersions)
        .where(eq(lawVersions.lawId, id))
        .orderBy(asc(lawVersions.effectiveFrom));
      const provisions = versions.length
        ? await tx
            .select()
            .from(lawProvisions)
            .where(
              inArray(
                lawProvisions.lawVersionId,
                versions.map((v) => v.id),
              ),
            )
            .orderBy(
              asc(lawProvisions.article),
              sql`${lawProvisions.paragraph} NULLS FIRST`,
              sql`${lawProvisions.item} NULLS FIRST`,
            )
        : [];
      const [summary] = await this.summaries(tx, [law]);
      return {
        ...summary,
        versions: versions.map((v) => {
          const own = provisions.filter((p) => p.lawVersionId === v.id);
          return {
            ...summary.versions.find((s) => s.id === v.id)!,
            issuingDocument: v.issuingDocument,
            promulgatedOn: v.promulgatedOn,
            provisionList: own.map((p) => ({
              id: p.id,
              article: p.article,
              paragraph: p.paragraph,
              item: p.item,
              text: p.text,
            })),
          };
        }),
      };
    });
  }

  async create(p: Performer, input: LawInput): Promise<LawSummary> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const id = await this.createIn(tx, p, input);
      return (await this.summaries(tx, await tx.select().from(laws).where(eq(laws.id, id))))[0];
    });
  }

  private async createIn(tx: Tx, p: Performer, input: LawInput): Promise<string> {
    const id = newId();
    const inserted = await tx
      .insert(laws)
      .values({ id, ...input, createdBy: performerId(p) })
      .onConflictDoNothing()
      .returning({ id: laws.id });
    if (!inserted.length) throw new AppError('CONFLICT', `法律法规库中已有《${input.name}》`);
    await appendAudit(tx, auditActor(p), {
      type: 'LAW_CREATED',
      subjectType: 'law',
      subjectId: id,
      agencyId: null,
      payload: { name: input.name },
    });
    return id;
  }

  async addVersion(p: Performer, lawId: string, input: LawVersionInput): Promise<LawSummary> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [law] = await tx.select().from(laws).where(eq(laws.id, lawId)).for('update');
      if (!law) throw notFound('法律法规');
      await this.addVersionIn(tx, p, lawId, input);
      return (await this.summaries(tx, [law]))[0];
    });
  }

  /**
   * Refuses a version whose period overlaps another's (dates inclusive). An open-ended version is
   * taken to end where the next one begins, so only explicit end dates and equal start dates can
   * overlap: the message names the conflicting version.
   */
  private async addVersionIn(tx: Tx, p: Performer, lawId: string, input: LawVersionInput): Promise<void> {
    if (input.effectiveUntil && compareDates(input.effectiveUntil, input.effectiveFrom) < 0)
      throw invalid('失效日期早于施行日期', [{ path: 'effectiveUntil', message: '失效日期早于施行日期' }]);
    if (compareDates(input.promulgatedOn, input.effectiveFrom) > 0)
      throw invalid('公布日期晚于施行日期', [{ path: 'promulgatedOn', message: '公布日期晚于施行日期' }]);
    const existing = await tx.select().from(lawVersions).where(eq(lawVersions.lawId, lawId));
    const conflict = existing.find((e) => overlaps(e, input) || overlaps(input, e));
    if (conflict) {
      const until = conflict.effectiveUntil ? `至 ${conflict.effectiveUntil}` : '起';
      throw new AppError(
        'CONFLICT',
        `与已有版本"${conflict.label}"（${conflict.effectiveFrom}${until}施行）的施行期间重叠`,
        [{ path: 'effectiveFrom', message: `与版本"${conflict.label}"重叠` }],
      );
    }
    const seen = new Set<string>();
    for (const [i, pr] of input.provisions.entries()) {
      const key = `${pr.article}/${pr.paragraph ?? ''}/${pr.item ?? ''}`;
      if (seen.has(key))
        throw invalid(`条文重复：第 ${i + 1} 条记录的条、款、项与前面的重复`, [
          { path: `provisions.${i}`, message: '条文重复' },
        ]);
      seen.add(key);
    }
    const versionId = newId();
    await tx.insert(lawVersions).values({
      id: versionId,
      lawId,
      label: input.label,
      issuingDocument: input.issuingDocument,
      promulgatedOn: input.promulgatedOn,
      effectiveFrom: input.effectiveFrom,
      effectiveUntil: input.effectiveUntil ?? null,
    });
    const rows = input.provisions.map((pr) => ({ id: newId(), lawVersionId: versionId, ...pr }));
    for (let i = 0; i < rows.length; i += 500) await tx.insert(lawProvisions).values(rows.slice(i, i + 500));
    await appendAudit(tx, auditActor(p), {
      type: 'LAW_VERSION_ADDED',
      subjectType: 'law',
      subjectId: lawId,
      agencyId: null,
      payload: { label: input.label, effectiveFrom: input.effectiveFrom, provisions: rows.length },
    });
  }

  /**
   * Imports a law from JSON ({ law, versions }) or Markdown ({ markdown }, LAW_IMPORT.md): creates the
   * law if the library does not have it (by name) and adds the versions it lacks (by effective date).
   */
  async import(
    p: Performer,
    body: LawImportInput,
  ): Promise<{ law: LawSummary; created: boolean; versionsAdded: number; versionsSkipped: number }> {
    let parsed: { law: LawInput; versions: LawVersionInput[] };
    if ('markdown' in body) {
      const { law, errors } = parseLawMarkdown(body.markdown);
      if (!law) throw markdownErrors(errors);
      parsed = law;
    } else parsed = body;
    return this.database.tx({ kind: 'all' }, async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`law:${parsed.law.name}`}))`);
      const [existing] = await tx.select().from(laws).where(eq(laws.name, parsed.law.name));
      const lawId = existing?.id ?? (await this.createIn(tx, p, parsed.law));
      const have = new Set(
        (
          await tx.select({ from: lawVersions.effectiveFrom }).from(lawVersions).where(eq(lawVersions.lawId, lawId))
        ).map((v) => v.from),
      );
      let added = 0;
      for (const v of parsed.versions) {
        if (have.has(v.effectiveFrom)) continue;
        await this.addVersionIn(tx, p, lawId, v);
        have.add(v.effectiveFrom);
        added++;
      }
      const [summary] = await this.summaries(tx, await tx.select().from(laws).where(eq(laws.id, lawId)));
      return {
        law: summary,
        created: !existing,
        versionsAdded: added,
        versionsSkipped: parsed.versions.length - added,
      };
    });
  }

  /** APL-37 从旧兼从轻 over the law's versions for one article (see laws.applicable.ts for the limits). */
  async applicable(q: ApplicableQuery): Promise<ApplicableResult> {
    return this.database.tx({ kind: 'all' }, (tx) => applicableFor(tx, q));
  }
}

function overlaps(
  a: Pick<VersionRow, 'effectiveFrom' | 'effectiveUntil'>,
  b: Pick<VersionRow, 'effectiveFrom'>,
): boolean {
  if (a.effectiveFrom === b.effectiveFrom) return true;
  return (
    compareDates(a.effectiveFrom, b.effectiveFrom) < 0 &&
    a.effectiveUntil !== null &&
    a.effectiveUntil !== undefined &&
    compareDates(b.effectiveFrom, a.effectiveUntil) <= 0
  );
}

function markdownErrors(errors: LineError[]): AppError {
  return new AppError(
    'VALIDATION',
    `文件有 ${errors.length} 处错误：${errors
      .slice(0, 3)
      .map((e) => e.message)
      .join('；')}${errors.length > 3 ? '……' : ''}`,
    errors.map((e) => ({ path: `markdown.line.${e.line}`, message: e.message })),
  );
}
