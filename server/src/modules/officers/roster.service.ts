import type { OfficerListQuery, RosterImportView, RosterRowError } from '@zhifa/contracts';
import { CERTIFICATE_STATUS_LABELS, ENFORCEMENT_CATEGORIES, todayInShanghai } from '@zhifa/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { agencies, regions, units } from '../org/org.tables';
import type { OfficersService } from './officers.service';
import { certificateEvents, certificates, officers, rosterImports } from './officers.tables';
import { type AgencyRow, checkRosterRow, type PreparedRow, type RowCheckContext } from './roster.check';
import { officersWorkbook, type RawRosterRow, ROSTER_COLUMNS, readRoster, rosterTemplate } from './roster.excel';

const PROGRESS_EVERY = 250;
const MAX_ROWS = 20_000;
const CATEGORY_LABEL = new Map(ENFORCEMENT_CATEGORIES.map((c) => [c.code, c.label]));

/**
 * Roster import: the file is checked row by row in the background (progress is stored), the
 * report lists every problem in Chinese, and nothing reaches the officers table until the user
 * confirms — then all valid rows go in one transaction.
 */
export class RosterService {
  constructor(
    private readonly database: Database,
    private readonly officersService: OfficersService,
  ) {}

  template(): Promise<Buffer> {
    return rosterTemplate({
      agency: '',
      name: '张三',
      gender: '男',
      idNumber: '',
      phone: '',
      unit: '',
      post: '科员',
      legalReviewer: '否',
      certificateNumber: '',
      issuer: '',
      issuedOn: todayInShanghai(new Date()),
      validFrom: todayInShanghai(new Date()),
      validUntil: '',
      categories: '市场监管',
      regions: '',
    });
  }

  async start(actor: Actor, agencyId: string, fileName: string, buffer: Buffer): Promise<RosterImportView> {
    if (!can(actor, 'officer.manage', { agencyId })) throw new AppError('FORBIDDEN', '无权向该执法主体导入人员');
    let parsed: Awaited<ReturnType<typeof readRoster>>;
    try {
      parsed = await readRoster(buffer);
    } catch {
      throw new AppError('VALIDATION', '无法读取文件，请上传 Excel 2007 及以上格式（.xlsx）的名单', [
        { path: 'file', message: '文件格式错误' },
      ]);
    }
    if (parsed.missingHeaders.length) {
      throw new AppError('VALIDATION', `名单缺少必需的列：${parsed.missingHeaders.join('、')}（请使用导入模板）`, [
        { path: 'file', message: '缺少必需的列' },
      ]);
    }
    if (parsed.rows.length === 0)
      throw new AppError('VALIDATION', '名单中没有数据行', [{ path: 'file', message: '没有数据' }]);
    if (parsed.rows.length > MAX_ROWS)
      throw new AppError('VALIDATION', `一次最多导入 ${MAX_ROWS} 行`, [{ path: 'file', message: '行数过多' }]);
    const id = newId();
    const safeName = fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);
    await this.database.tx({ kind: 'agencies', agencyIds: [agencyId] }, (tx) =>
      tx.insert(rosterImports).values({
        id,
        agencyId,
        createdBy: actor.userId,
        status: 'CHECKING',
        fileName: safeName,
        totalRows: parsed.rows.length,
      }),
    );
    // Checked in the background so the browser can show progress on large files.
    void this.check(actor, id, agencyId, parsed.rows, safeName).catch(async (err) => {
      await this.database.tx({ kind: 'agencies', agencyIds: [agencyId] }, (tx) =>
        tx
          .update(rosterImports)
          .set({ status: 'FAILED', failure: `校验失败：${String(err?.message ?? err).slice(0, 200)}` })
          .where(eq(rosterImports.id, id)),
      );
    });
    return this.view(actor, id);
  }

  private async check(
    actor: Actor,
    importId: string,
    defaultAgencyId: string,
    rows: RawRosterRow[],
    fileName: string,
  ): Promise<void> {
    const today = todayInShanghai(new Date());
    const manageable = new Set(agenciesFor(actor, 'officer.manage'));
    const { agencyRows, unitRows, regionCodes } = await this.database.tx({ kind: 'all' }, async (tx) => ({
      agencyRows: await tx.select().from(agencies),
      unitRows: await tx.select().from(units),
      regionCodes: new Set((await tx.select({ code: regions.code }).from(regions)).map((r) => r.code)),
    }));
    const agencyByName = new Map<string, AgencyRow>();
    for (const a of agencyRows) {
      agencyByName.set(a.name, a);
      agencyByName.set(a.shortName, a);
    }
    const ctx: RowCheckContext = {
      today,
      manageable,
      agencyByName,
      defaultAgency: agencyRows.find((a) => a.id === defaultAgencyId),
      units: unitRows,
      regionCodes,
      seenId: new Map(),
      seenCert: new Map(),
      officerRow: (id, input, idNumber, phone) => this.officersService.officerRow(id, input, idNumber, phone),
    };
    const errors: RosterRowError[] = [];
    const prepared: PreparedRow[] = [];
    const pending: { prep: PreparedRow; index: string }[] = [];

    for (let i = 0; i < rows.length; i++) {
      const { errors: rowErrors, prepared: prep } = checkRosterRow(rows[i], ctx);
      if (prep) pending.push({ prep, index: prep.officer.idNumberIndex });
      else errors.push(...rowErrors);
      if ((i + 1) % PROGRESS_EVERY === 0) {
        await this.database.tx({ kind: 'agencies', agencyIds: [defaultAgencyId] }, (tx) =>
          tx
            .update(rosterImports)
            .set({ checkedRows: i + 1 })
            .where(eq(rosterImports.id, importId)),
        );
      }
    }
    // Duplicates against what is already registered, in one query each.
    const taken = await this.registered(
      pending.map((p) => p.index),
      pending.map((p) => p.prep.certificate.number),
    );
    for (const p of pending) {
      const rowErrors: RosterRowError[] = [];
      if (taken.indexes.has(p.index))
        rowErrors.push({ row: p.prep.row, field: '身份证号码', message: '该身份证号码已登记为执法人员' });
      if (taken.numbers.has(p.prep.certificate.number))
        rowErrors.push({ row: p.prep.row, field: '证件编号', message: `证件编号 ${p.prep.certificate.number} 已存在` });
      if (rowErrors.length) errors.push(...rowErrors);
      else prepared.push(p.prep);
    }
    errors.sort((a, b) => a.row - b.row);
    await this.database.tx({ kind: 'agencies', agencyIds: [defaultAgencyId] }, async (tx) => {
      await tx
        .update(rosterImports)
        .set({ status: 'CHECKED', checkedRows: rows.length, validRows: prepared, errors })
        .where(eq(rosterImports.id, importId));
      await appendAudit(tx, actorOf(actor), {
        type: 'ROSTER_IMPORT_CHECKED',
        subjectType: 'roster-import',
        subjectId: importId,
        agencyId: defaultAgencyId,
        payload: { fileName, totalRows: rows.length, errorRows: new Set(errors.map((e) => e.row)).size },
      });
    });
  }

  private async registered(indexes: string[], numbers: string[]) {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const found = { indexes: new Set<string>(), numbers: new Set<string>() };
      for (let i = 0; i < indexes.length; i += 1000) {
        const part = indexes.slice(i, i + 1000);
        for (const r of await tx
          .select({ v: officers.idNumberIndex })
          .from(officers)
          .where(inArray(officers.idNumberIndex, part)))
          found.indexes.add(r.v);
      }
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const r of await tx
          .select({ v: certificates.number })
          .from(certificates)
          .where(inArray(certificates.number, part)))
          found.numbers.add(r.v);
      }
      return found;
    });
  }

  async view(actor: Actor, id: string): Promise<RosterImportView> {
    const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'officer.manage') };
    const [row] = await this.database.tx(scope, (tx) =>
      tx.select().from(rosterImports).where(eq(rosterImports.id, id)),
    );
    if (!row || row.createdBy !== actor.userId) throw notFound('导入批次');
    return {
      id: row.id,
      status: row.status,
      fileName: row.fileName,
      totalRows: row.totalRows,
      checkedRows: row.checkedRows,
      validCount: (row.validRows as PreparedRow[]).length,
      errors: row.errors as RosterRowError[],
      failure: row.failure,
    };
  }

  async confirm(actor: Actor, id: string): Promise<{ imported: number }> {
    const agencyIds = agenciesFor(actor, 'officer.manage');
    return this.database.tx({ kind: 'agencies', agencyIds }, async (tx) => {
      const [row] = await tx.select().from(rosterImports).where(eq(rosterImports.id, id)).for('update');
      if (!row || row.createdBy !== actor.userId) throw notFound('导入批次');
      if (row.status !== 'CHECKED')
        throw new AppError('CONFLICT', row.status === 'CONFIRMED' ? '该名单已导入' : '名单尚未校验完成');
      const rows = row.validRows as PreparedRow[];
      if (!rows.length) throw new AppError('VALIDATION', '没有可导入的行');
      const taken = await this.registered(
        rows.map((r) => r.officer.idNumberIndex),
        rows.map((r) => r.certificate.number),
      );
      const clash = rows.find(
        (r) => taken.indexes.has(r.officer.idNumberIndex) || taken.numbers.has(r.certificate.number),
      );
      if (clash) throw new AppError('CONFLICT', `第 ${clash.row} 行的人员或证件编号已在校验后被登记，请重新上传校验`);
      const certRows = rows.map((r) => ({
        id: newId(),
        officerId: r.officer.id,
        agencyId: r.officer.agencyId,
        type: 'NATIONAL_UNIFORM' as const,
        status: 'VALID',
        ...r.certificate,
      }));
      for (let i = 0; i < rows.length; i += 500) {
        await tx.insert(officers).values(rows.slice(i, i + 500).map((r) => r.officer));
        const certs = certRows.slice(i, i + 500);
        await tx.insert(certificates).values(certs);
        await tx.insert(certificateEvents).values(
          certs.map((c) => ({
            id: newId(),
            certificateId: c.id,
            agencyId: c.agencyId,
            action: 'ISSUE',
            fromStatus: null,
            toStatus: 'VALID',
            reason: '名单导入',
            actorUserId: actor.userId,
            actorName: actor.displayName,
          })),
        );
      }
      await tx
        .update(rosterImports)
        .set({ status: 'CONFIRMED', confirmedAt: new Date(), validRows: [] })
        .where(and(eq(rosterImports.id, id), eq(rosterImports.status, 'CHECKED')));
      await appendAudit(tx, actorOf(actor), {
        type: 'ROSTER_IMPORTED',
        subjectType: 'roster-import',
        subjectId: id,
        agencyId: row.agencyId,
        payload: { importId: id, officers: rows.length, officerIds: rows.map((r) => r.officer.id) },
      });
      return { imported: rows.length };
    });
  }

  async export(actor: Actor, q: OfficerListQuery): Promise<Buffer> {
    const { items } = await this.officersService.list(actor, q, { all: true, audit: 'EXPORT' });
    return officersWorkbook(
      items.map((o) => ({
        agencyName: o.agencyName,
        name: o.name,
        gender: o.gender === 'M' ? '男' : '女',
        idNumberMasked: o.idNumberMasked,
        unitName: o.unitName,
        post: o.post,
        certificateNumber: o.certificateNumber,
        certificateStatus: o.certificateStatus
          ? (CERTIFICATE_STATUS_LABELS[o.certificateStatus as keyof typeof CERTIFICATE_STATUS_LABELS] ??
            o.certificateStatus)
          : '无证件',
        categories: o.categories.map((c) => CATEGORY_LABEL.get(c) ?? c).join('、'),
        trainingHours: o.trainingHours,
        isLegalReviewer: o.isLegalReviewer,
      })),
    );
  }
}

export { ROSTER_COLUMNS };
