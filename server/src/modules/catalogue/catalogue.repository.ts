import type { ListStatus, ListType, ListVersionDetail, ListVersionSummary } from '@zhifa/contracts';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { agencies } from '../org/org.tables';
import { catalogueComments, catalogueLists } from './catalogue.tables';
import { OPEN_STATUSES } from './catalogue.validation';

export type ListRow = typeof catalogueLists.$inferSelect;

export const COMMENT_ACTIONS = {
  CREATE: '新建版本',
  SAVE: '保存草稿',
  IMPORT: '导入',
  SUBMIT: '提交审核',
  RETURN: '退回修改',
  APPROVE: '审核通过',
  PUBLISH: '公布',
} as const;
export type CommentAction = keyof typeof COMMENT_ACTIONS;

export async function agencyName(tx: Tx, agencyId: string): Promise<string | null> {
  const [a] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return a?.name ?? null;
}

export async function listRow(tx: Tx, id: string, opts: { lock?: boolean } = {}): Promise<ListRow | undefined> {
  const q = tx.select().from(catalogueLists).where(eq(catalogueLists.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function openVersion(tx: Tx, agencyId: string, listType: ListType): Promise<ListRow | undefined> {
  const [row] = await tx
    .select()
    .from(catalogueLists)
    .where(
      and(
        eq(catalogueLists.agencyId, agencyId),
        eq(catalogueLists.listType, listType),
        inArray(catalogueLists.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(desc(catalogueLists.version));
  return row;
}

export async function nextVersion(tx: Tx, agencyId: string, listType: ListType): Promise<number> {
  const [r] = await tx
    .select({ v: max(catalogueLists.version) })
    .from(catalogueLists)
    .where(and(eq(catalogueLists.agencyId, agencyId), eq(catalogueLists.listType, listType)));
  return (r?.v ?? 0) + 1;
}

/**
 * Compare-and-set of a version's status (DESIGN: a state change is `UPDATE … WHERE status = from`);
 * zero rows is a conflict, never a silent overwrite.
 */
export async function transition(
  tx: Tx,
  row: ListRow,
  from: readonly ListStatus[],
  to: ListStatus,
  set: Partial<typeof catalogueLists.$inferInsert> = {},
): Promise<ListRow> {
  const [updated] = await tx
    .update(catalogueLists)
    .set({ ...set, status: to })
    .where(and(eq(catalogueLists.id, row.id), inArray(catalogueLists.status, [...from])))
    .returning();
  if (!updated) throw new AppError('CONFLICT', '该版本的状态已被他人改变，请刷新后重试');
  return updated;
}

export async function addComment(
  tx: Tx,
  row: Pick<ListRow, 'id' | 'agencyId'>,
  action: CommentAction,
  author: { id: string | null; name: string },
  body: string,
): Promise<void> {
  await tx.insert(catalogueComments).values({
    id: newId(),
    listId: row.id,
    agencyId: row.agencyId,
    action,
    authorId: author.id,
    authorName: author.name,
    body,
  });
}

export async function commentsOf(tx: Tx, listId: string) {
  return tx
    .select()
    .from(catalogueComments)
    .where(eq(catalogueComments.listId, listId))
    .orderBy(asc(catalogueComments.at), asc(catalogueComments.id));
}

/** Who submitted the version last (the reviewer must be someone else). */
export async function lastSubmitter(tx: Tx, listId: string): Promise<string | null> {
  const [c] = await tx
    .select({ authorId: catalogueComments.authorId })
    .from(catalogueComments)
    .where(and(eq(catalogueComments.listId, listId), eq(catalogueComments.action, 'SUBMIT')))
    .orderBy(desc(catalogueComments.at), desc(catalogueComments.id))
    .limit(1);
  return c?.authorId ?? null;
}

export function summaryOf(row: ListRow, agency: string): ListVersionSummary {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: agency,
    listType: row.listType as ListType,
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    entryCount: row.entryCount,
    contentHash: row.contentHash,
    changeReason: row.changeReason,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export function detailOf(
  row: ListRow,
  agency: string,
  comments: Awaited<ReturnType<typeof commentsOf>>,
  abilities: ListVersionDetail['abilities'],
): ListVersionDetail {
  return {
    ...summaryOf(row, agency),
    entries: row.entries as Record<string, unknown>[],
    comments: comments.map((c) => ({
      action: c.action,
      authorName: c.authorName,
      body: c.body,
      at: c.at.toISOString(),
    })),
    abilities,
  };
}

export function notFoundList() {
  return notFound('清单版本');
}
