import type { ListType, ListVersionDetail } from '@zhifa/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { readSheet } from './catalogue.excel';
import { LIST_STATUS_LABELS, LIST_TYPE_LABELS } from './catalogue.labels';
import { detail, mayRead } from './catalogue.read';
import { openVersion } from './catalogue.repository';
import { entryFromRows, groupRows, locateIssue, type RowError, type SheetRow } from './catalogue.rows';
import { catalogueImports } from './catalogue.tables';
import { checkEntries, loadValidationContext } from './catalogue.validation';
import type { CatalogueWorkflow } from './catalogue.workflow';

const MAX_ROWS = 20_000;
const PROGRESS_EVERY = 200;

export interface CatalogueImportView {
  id: string;
  agencyId: string;
  listType: ListType;
  status: 'CHECKING' | 'CHECKED' | 'APPLIED' | 'FAILED';
  fileName: string;
  totalRows: number;
  checkedRows: number;
  /** Entries that passed every check and would be applied. */
  validEntries: number;
  /** Row-level report: spreadsheet row, column header, Chinese message. */
  errors: RowError[];
  warnings: RowError[];
  failure: string | null;
  appliedAt: string | null;
}

interface Stored {
  entries: Record<string, unknown>[];
  warnings: RowError[];
}

/**
 * Excel/CSV import of a list (issue 4 §2): the file is checked in the background with progress,
 * the report lists every problem by row and column in Chinese, and nothing changes until the user
 * confirms — then the valid entries replace those of the open draft (a draft is opened if none).
 */
export class CatalogueImports {
  constructor(
    private readonly database: Database,
    private readonly workflow: CatalogueWorkflow,
  ) {}

  async start(
    actor: Actor,
    agencyId: string,
    listType: ListType,
    fileName: string,
    buffer: Buffer,
  ): Promise<CatalogueImportView> {
    if (!can(actor, 'catalogue.edit', { agencyId }))
      throw mayRead(actor, agencyId) ? new AppError('FORBIDDEN', '无权导入该执法主体的清单') : notFound('执法主体');
    let parsed: Awaited<ReturnType<typeof readSheet>>;
    try {
      parsed = await readSheet(listType, buffer, fileName);
    } catch {
      throw new AppError('VALIDATION', '无法读取文件，请上传 Excel（.xlsx）或 CSV 文件', [
        { path: 'file', message: '文件格式错误' },
      ]);
    }
    if (parsed.missingHeaders.length)
      throw new AppError(
        'VALIDATION',
        `文件缺少必需的列：${parsed.missingHeaders.join('、')}（请使用${LIST_TYPE_LABELS[listType]}导入模板）`,
        [{ path: 'file', message: '缺少必需的列' }],
      );
    if (!parsed.rows.length)
      throw new AppError('VALIDATION', '文件中没有数据行', [{ path: 'file', message: '没有数据' }]);
    if (parsed.rows.length > MAX_ROWS)
      throw new AppError('VALIDATION', `一次最多导入 ${MAX_ROWS} 行`, [{ path: 'file', message: '行数过多' }]);
    const id = newId();
    const safeName = fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);
    const scope = { kind: 'agencies' as const, agencyIds: [agencyId] };
    await this.database.tx(scope, (tx) =>
      tx.insert(catalogueImports).values({
        id,
        agencyId,
        listType,
        createdBy: actor.userId,
        status: 'CHECKING',
        fileName: safeName,
        totalRows: parsed.rows.length,
      }),
    );
    // Checked in the background so that the browser can show progress on large files.
    void this.check(actor, id, agencyId, listType, parsed.rows, safeName).catch(async (err) => {
      await this.database.tx(scope, (tx) =>
        tx
          .update(catalogueImports)
          .set({ status: 'FAILED', failure: `校验失败：${String(err?.message ?? err).slice(0, 200)}` })
          .where(eq(catalogueImports.id, id)),
      );
    });
    return this.view(actor, id);
  }

  private async check(
    actor: Actor,
    importId: string,
    agencyId: string,
    listType: ListType,
    rows: SheetRow[],
    fileName: string,
  ): Promise<void> {
    const scope = { kind: 'agencies' as const, agencyIds: [agencyId] };
    const groups = groupRows(listType, rows);
    const errors: RowError[] = [];
    const cellErrorEntries = new Set<number>();
    const raw: Record<string, unknown>[] = [];
    let done = 0;
    for (let i = 0; i < groups.length; i++) {
      const { entry, errors: cellErrors } = entryFromRows(listType, groups[i]);
      raw.push(entry);
      if (cellErrors.length) cellErrorEntries.add(i);
      errors.push(...cellErrors);
      done += groups[i].length;
      if ((i + 1) % PROGRESS_EVERY === 0)
        await this.database.tx(scope, (tx) =>
          tx.update(catalogueImports).set({ checkedRows: done }).where(eq(catalogueImports.id, importId)),
        );
    }
    const ctx = await this.database.tx(scope, (tx) => loadValidationContext(tx, agencyId, listType));
    const result = checkEntries(ctx, raw);
    const reported = new Set(errors.map((e) => `${e.row}|${e.column}`));
    const invalid = new Set(cellErrorEntries);
    for (const issue of result.errors) {
      invalid.add(issue.index);
      const at = locateIssue(listType, groups[issue.index], issue.path);
      // An unreadable cell was left out and then reported missing by the schema: one message is enough.
      if (!reported.has(`${at.row}|${at.column}`)) errors.push({ ...at, message: issue.message });
    }
    const warnings: RowError[] = result.warnings.map((w) => ({
      ...locateIssue(listType, groups[w.index], w.path),
      message: w.message,
    }));
    const entries = result.entries.filter((e, i) => e !== null && !invalid.has(i)) as Record<string, unknown>[];
    errors.sort((a, b) => a.row - b.row);
    await this.database.tx(scope, async (tx) => {
      await tx
        .update(catalogueImports)
        .set({ status: 'CHECKED', checkedRows: rows.length, entries: { entries, warnings } satisfies Stored, errors })
        .where(eq(catalogueImports.id, importId));
      await appendAudit(tx, actorOf(actor), {
        type: 'CATALOGUE_IMPORT_CHECKED',
        subjectType: 'catalogue-import',
        subjectId: importId,
        agencyId,
        payload: { listType, fileName, totalRows: rows.length, errorRows: new Set(errors.map((e) => e.row)).size },
      });
    });
  }

  /** `where`: the agency and list type of the URL; an import of another list answers "not found". */
  async view(actor: Actor, id: string, where?: ImportOf): Promise<CatalogueImportView> {
    const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'catalogue.edit') };
    const [row] = await this.database.tx(scope, (tx) =>
      tx.select().from(catalogueImports).where(eq(catalogueImports.id, id)),
    );
    if (!row || row.createdBy !== actor.userId || !matches(row, where)) throw notFound('导入批次');
    const stored = stored_(row.entries);
    return {
      id: row.id,
      agencyId: row.agencyId,
      listType: row.listType as ListType,
      status: row.status,
      fileName: row.fileName,
      totalRows: row.totalRows,
      checkedRows: row.checkedRows,
      validEntries: stored.entries.length,
      errors: row.errors as RowError[],
      warnings: stored.warnings,
      failure: row.failure,
      appliedAt: row.appliedAt?.toISOString() ?? null,
    };
  }

  /** Applies the valid entries to the open DRAFT/RETURNED version (opening a draft if none), in one transaction. */
  async apply(actor: Actor, id: string, where?: ImportOf): Promise<ListVersionDetail> {
    const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'catalogue.edit') };
    return this.database.tx(scope, async (tx) => {
      const [row] = await tx.select().from(catalogueImports).where(eq(catalogueImports.id, id)).for('update');
      if (!row || row.createdBy !== actor.userId || !matches(row, where)) throw notFound('导入批次');
      if (row.status !== 'CHECKED')
        throw new AppError('CONFLICT', row.status === 'APPLIED' ? '该文件已导入' : '文件尚未校验完成');
      const { entries } = stored_(row.entries);
      if (!entries.length) throw new AppError('VALIDATION', '没有可导入的条目');
      const listType = row.listType as ListType;
      let open = await openVersion(tx, row.agencyId, listType);
      if (open && open.status !== 'DRAFT' && open.status !== 'RETURNED')
        throw new AppError(
          'CONFLICT',
          `${LIST_TYPE_LABELS[listType]}第 ${open.version} 版${LIST_STATUS_LABELS[open.status]}，完成审核流程后才能导入`,
        );
      open ??= await this.workflow.createDraftIn(tx, actor, row.agencyId, listType, {
        changeReason: `导入：${row.fileName}`,
      });
      const { row: saved } = await this.workflow.saveIn(
        tx,
        actor,
        open,
        { effectiveFrom: open.effectiveFrom, changeReason: open.changeReason, entries },
        'IMPORT',
        row.fileName,
      );
      await tx
        .update(catalogueImports)
        .set({ status: 'APPLIED', appliedAt: new Date(), entries: { entries: [], warnings: [] } satisfies Stored })
        .where(eq(catalogueImports.id, id));
      return detail(tx, actor, saved);
    });
  }
}

export interface ImportOf {
  agencyId: string;
  listType: ListType;
}

function matches(row: { agencyId: string; listType: string }, where?: ImportOf): boolean {
  return !where || (row.agencyId === where.agencyId && row.listType === where.listType);
}

function stored_(value: unknown): Stored {
  const v = value as Partial<Stored> | unknown[];
  if (Array.isArray(v)) return { entries: [], warnings: [] };
  return { entries: v.entries ?? [], warnings: v.warnings ?? [] };
}
