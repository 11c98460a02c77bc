import type { ListType, ListVersionDetail } from '@zhifa/contracts';
import { compareDates, todayInShanghai } from '@zhifa/domain';
import { canonicalJson, sm3Hex } from '@zhifa/ledger';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import type { Ability } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { agencies } from '../org/org.tables';
import { allowed, auditActor, isSystem, type Performer, performerId, performerName } from './catalogue.actor';
import { LIST_STATUS_LABELS, LIST_TYPE_LABELS } from './catalogue.labels';
import { detail, mayRead, readScope } from './catalogue.read';
import {
  addComment,
  type CommentAction,
  type ListRow,
  lastSubmitter,
  listRow,
  nextVersion,
  notFoundList,
  openVersion,
  transition,
} from './catalogue.repository';
import { rebuildSearch } from './catalogue.search';
import { catalogueLists } from './catalogue.tables';
import {
  assertValid,
  checkEntries,
  type Entry,
  type EntryIssue,
  fieldPath,
  loadValidationContext,
  publishedEntries,
} from './catalogue.validation';

export const PUBLISHED_IMMUTABLE = '已公布的版本不可修改，请新建版本';

export interface DraftInput {
  effectiveFrom: string;
  changeReason: string;
  entries: Record<string, unknown>[];
}

export type SavedDetail = ListVersionDetail & { warnings: FieldError[] };

const subject = (row: Pick<ListRow, 'agencyId' | 'listType'>) => `${row.agencyId}:${row.listType}`;

/** Validates entries for a version of `agencyId`'s list; throws the 400 answer with field paths. */
export async function validateForList(
  tx: Tx,
  agencyId: string,
  listType: ListType,
  entries: readonly unknown[],
): Promise<{ entries: Entry[]; warnings: EntryIssue[] }> {
  const result = checkEntries(await loadValidationContext(tx, agencyId, listType), entries);
  return { entries: assertValid(result), warnings: result.warnings };
}

/**
 * The publication workflow of a list version (谁执法谁公示, issue 4 §5):
 * DRAFT → SUBMITTED → (RETURNED → SUBMITTED …) → REVIEWED → PUBLISHED → SUPERSEDED.
 * Every step is a compare-and-set on the status, appends a comment and an audit event in the same
 * transaction; the publication is a ledger entry (CATALOGUE_PUBLISHED under subject 'catalogue').
 */
export class CatalogueWorkflow {
  constructor(private readonly database: Database) {}

  private async withList<T>(
    p: Performer,
    id: string,
    ability: Ability,
    fn: (tx: Tx, row: ListRow) => Promise<T>,
  ): Promise<T> {
    return this.database.tx(readScope(p), async (tx) => {
      const row = await listRow(tx, id, { lock: true });
      if (!row || !mayRead(p, row.agencyId)) throw notFoundList();
      if (!allowed(p, ability, row.agencyId)) throw forbidden();
      return fn(tx, row);
    });
  }

  private async record(tx: Tx, p: Performer, row: ListRow, action: CommentAction, comment: string): Promise<void> {
    await addComment(tx, row, action, { id: performerId(p), name: performerName(p) }, comment);
    const base = { subjectType: 'catalogue', subjectId: subject(row), agencyId: row.agencyId };
    const payload = { listType: row.listType, version: row.version, comment };
    const actor = auditActor(p);
    if (action === 'SUBMIT') await appendAudit(tx, actor, { ...base, type: 'CATALOGUE_SUBMITTED', payload });
    if (action === 'RETURN') await appendAudit(tx, actor, { ...base, type: 'CATALOGUE_RETURNED', payload });
    if (action === 'APPROVE') await appendAudit(tx, actor, { ...base, type: 'CATALOGUE_REVIEWED', payload });
  }

  private async draftSaved(tx: Tx, p: Performer, row: ListRow): Promise<void> {
    await appendAudit(tx, auditActor(p), {
      type: 'CATALOGUE_DRAFT_SAVED',
      subjectType: 'catalogue',
      subjectId: subject(row),
      agencyId: row.agencyId,
      payload: { listType: row.listType, version: row.version, entries: row.entryCount },
    });
  }

  /**
   * Opens the next version as a DRAFT with a copy of the published entries (or none). Only one open
   * version (DRAFT, SUBMITTED, RETURNED, REVIEWED) per agency and list type at a time.
   */
  async createDraft(
    p: Performer,
    agencyId: string,
    listType: ListType,
    input: { effectiveFrom?: string; changeReason?: string } = {},
  ): Promise<ListVersionDetail> {
    if (!allowed(p, 'catalogue.edit', agencyId)) throw mayRead(p, agencyId) ? forbidden() : notFound('执法主体');
    return this.database.tx(readScope(p), async (tx) =>
      detail(tx, p, await this.createDraftIn(tx, p, agencyId, listType, input)),
    );
  }

  /** createDraft inside the caller's transaction (the import applies into a new draft this way). */
  async createDraftIn(
    tx: Tx,
    p: Performer,
    agencyId: string,
    listType: ListType,
    input: { effectiveFrom?: string; changeReason?: string },
  ): Promise<ListRow> {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
    if (!agency) throw notFound('执法主体');
    const open = await openVersion(tx, agencyId, listType);
    if (open)
      throw new AppError(
        'CONFLICT',
        `${LIST_TYPE_LABELS[listType]}已有未公布的第 ${open.version} 版（${LIST_STATUS_LABELS[open.status]}），请继续处理该版本`,
      );
    const published = await publishedEntries(tx, agencyId, listType);
    const entries = published ?? [];
    const version = await nextVersion(tx, agencyId, listType);
    const row = {
      id: newId(),
      agencyId,
      listType,
      version,
      status: 'DRAFT' as const,
      effectiveFrom: input.effectiveFrom ?? todayInShanghai(new Date()),
      entries,
      entryCount: entries.length,
      changeReason: input.changeReason ?? (published ? '修订' : '首次编制'),
      createdBy: performerId(p),
      createdByName: performerName(p),
    };
    // A concurrent creation fails on the unique (agency, list type, version): answered as a conflict.
    const inserted = await tx.insert(catalogueLists).values(row).onConflictDoNothing().returning();
    if (!inserted.length) throw new AppError('CONFLICT', '该清单刚刚被他人新建了版本，请刷新后重试');
    await addComment(tx, inserted[0], 'CREATE', { id: performerId(p), name: performerName(p) }, row.changeReason);
    await this.draftSaved(tx, p, inserted[0]);
    return inserted[0];
  }

  /** Replaces the content of a DRAFT or RETURNED version after validating every entry. */
  async save(p: Performer, id: string, input: DraftInput): Promise<SavedDetail> {
    return this.withList(p, id, 'catalogue.edit', async (tx, row) => {
      const { row: updated, warnings } = await this.saveIn(tx, p, row, input, 'SAVE');
      return { ...(await detail(tx, p, updated)), warnings };
    });
  }

  async saveIn(
    tx: Tx,
    p: Performer,
    row: ListRow,
    input: DraftInput,
    action: CommentAction,
    note = '',
  ): Promise<{ row: ListRow; warnings: FieldError[] }> {
    if (row.status === 'PUBLISHED' || row.status === 'SUPERSEDED') throw new AppError('CONFLICT', PUBLISHED_IMMUTABLE);
    if (row.status !== 'DRAFT' && row.status !== 'RETURNED')
      throw new AppError('CONFLICT', `该版本${LIST_STATUS_LABELS[row.status]}，只有草稿或已退回的版本可以修改`);
    const { entries, warnings } = await validateForList(tx, row.agencyId, row.listType as ListType, input.entries);
    const updated = await transition(tx, row, [row.status], row.status, {
      entries,
      entryCount: entries.length,
      effectiveFrom: input.effectiveFrom,
      changeReason: input.changeReason,
    });
    if (action !== 'SAVE') await addComment(tx, updated, action, { id: performerId(p), name: performerName(p) }, note);
    await this.draftSaved(tx, p, updated);
    return { row: updated, warnings: warnings.map((w) => ({ path: fieldPath(w), message: w.message })) };
  }

  async submit(p: Performer, id: string, comment = ''): Promise<ListVersionDetail> {
    return this.withList(p, id, 'catalogue.edit', async (tx, row) => {
      if (row.status !== 'DRAFT' && row.status !== 'RETURNED') throw stateConflict(row, '提交审核');
      if (row.entryCount === 0) throw invalid('清单没有任何条目，不能提交审核');
      // Re-checked: the parent's benchmarks or the linked lists may have changed since the last save.
      await validateForList(tx, row.agencyId, row.listType as ListType, row.entries as unknown[]);
      const updated = await transition(tx, row, ['DRAFT', 'RETURNED'], 'SUBMITTED', { submittedAt: new Date() });
      await this.record(tx, p, updated, 'SUBMIT', comment);
      return detail(tx, p, updated);
    });
  }

  async returnForChanges(p: Performer, id: string, comment: string): Promise<ListVersionDetail> {
    return this.withList(p, id, 'catalogue.review', async (tx, row) => {
      if (!comment.trim()) throw invalid('退回时请填写修改意见', [{ path: 'comment', message: '请填写意见' }]);
      if (row.status !== 'SUBMITTED') throw stateConflict(row, '退回');
      const updated = await transition(tx, row, ['SUBMITTED'], 'RETURNED');
      await this.record(tx, p, updated, 'RETURN', comment);
      return detail(tx, p, updated);
    });
  }

  /** The legal reviewer approves; the one who submitted may not review it (four-eyes). */
  async approve(p: Performer, id: string, comment = ''): Promise<ListVersionDetail> {
    return this.withList(p, id, 'catalogue.review', async (tx, row) => {
      if (row.status !== 'SUBMITTED') throw stateConflict(row, '审核');
      if (!isSystem(p) && (await lastSubmitter(tx, row.id)) === p.userId)
        throw new AppError('FORBIDDEN', '提交人不能审核自己提交的清单');
      const updated = await transition(tx, row, ['SUBMITTED'], 'REVIEWED', {
        reviewedBy: performerId(p),
        reviewedByName: performerName(p),
        reviewedAt: new Date(),
      });
      await this.record(tx, p, updated, 'APPROVE', comment);
      return detail(tx, p, updated);
    });
  }

  /**
   * REVIEWED → PUBLISHED: stamps the SM3 hash of the canonical JSON of the entries, supersedes the
   * previous publication, re-indexes the public search and appends CATALOGUE_PUBLISHED (a leaf of
   * the Merkle log, so the publication is provable on /transparency).
   */
  async publish(p: Performer, id: string, comment = ''): Promise<ListVersionDetail> {
    return this.withList(p, id, 'catalogue.publish', async (tx, row) => {
      if (row.status !== 'REVIEWED') throw stateConflict(row, '公布');
      const [previous] = await tx
        .select()
        .from(catalogueLists)
        .where(
          and(
            eq(catalogueLists.agencyId, row.agencyId),
            eq(catalogueLists.listType, row.listType),
            eq(catalogueLists.status, 'PUBLISHED'),
          ),
        )
        .for('update');
      if (previous && compareDates(row.effectiveFrom, previous.effectiveFrom) < 0)
        throw invalid(
          `施行日期 ${row.effectiveFrom} 早于现行第 ${previous.version} 版的施行日期 ${previous.effectiveFrom}`,
          [{ path: 'effectiveFrom', message: '施行日期早于现行版本' }],
        );
      const entries = row.entries as Record<string, unknown>[];
      const contentHash = sm3Hex(canonicalJson(entries));
      const now = new Date();
      const published = await transition(tx, row, ['REVIEWED'], 'PUBLISHED', {
        contentHash,
        publishedAt: now,
        publishedBy: performerId(p),
        publishedByName: performerName(p),
      });
      if (previous) await transition(tx, previous, ['PUBLISHED'], 'SUPERSEDED', { supersededAt: now });
      await rebuildSearch(tx, { id: row.id, agencyId: row.agencyId, listType: row.listType as ListType }, entries);
      await addComment(tx, published, 'PUBLISH', { id: performerId(p), name: performerName(p) }, comment);
      await appendAudit(tx, auditActor(p), {
        type: 'CATALOGUE_PUBLISHED',
        subjectType: 'catalogue',
        subjectId: subject(row),
        agencyId: row.agencyId,
        payload: {
          listType: row.listType,
          version: row.version,
          effectiveFrom: row.effectiveFrom,
          contentHash,
          entries: entries.length,
        },
      });
      return detail(tx, p, published);
    });
  }
}

function stateConflict(row: ListRow, what: string): AppError {
  if (row.status === 'PUBLISHED' || row.status === 'SUPERSEDED') return new AppError('CONFLICT', PUBLISHED_IMMUTABLE);
  return new AppError('CONFLICT', `该版本${LIST_STATUS_LABELS[row.status]}，不能${what}`);
}
