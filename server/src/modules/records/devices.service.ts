import type { DeviceView, deviceCheckoutInput, deviceInput, deviceListQuery, Paged } from '@zhifa/contracts';
import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, conflict, type FieldError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { officers } from '../officers/officers.tables';
import { agencies, units } from '../org/org.tables';
import { likePattern, NO_AGENCY, officersOfAgency } from './records.queries';
import { deviceLoans, devices } from './records.tables';

type DeviceInput = z.output<typeof deviceInput>;
type DeviceListQuery = z.output<typeof deviceListQuery>;
type CheckoutInput = z.output<typeof deviceCheckoutInput>;
type DeviceRow = typeof devices.$inferSelect;

const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/**
 * Recording devices (执法记录仪 …) and their use ledger (REC-AV-MGMT: device-use ledger of user,
 * hand-over time and content). Names of units and officers are read from the org and officers
 * tables (cross-module reads, to be moved behind those services).
 */
export class DevicesService {
  constructor(readonly database: Database) {}

  private scope(actor: Actor, ability: 'device.read' | 'device.manage') {
    return { kind: 'agencies' as const, agencyIds: agenciesFor(actor, ability) };
  }

  async list(actor: Actor, q: DeviceListQuery): Promise<Paged<DeviceView> & { abilities: { create: boolean } }> {
    const scope = this.scope(actor, 'device.read');
    return this.database.tx(scope, async (tx) => {
      const conds: SQL[] = [inArray(devices.agencyId, scope.agencyIds.length ? scope.agencyIds : [NO_AGENCY])];
      if (q.agencyId) conds.push(eq(devices.agencyId, q.agencyId));
      if (q.q) conds.push(or(ilike(devices.serialNo, likePattern(q.q)), ilike(devices.model, likePattern(q.q)))!);
      const where = and(...conds);
      const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(devices).where(where);
      const rows = await tx
        .select()
        .from(devices)
        .where(where)
        .orderBy(asc(devices.serialNo))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const items: DeviceView[] = [];
      for (const d of rows) items.push(await this.view(tx, actor, d, { withLoans: false }));
      return {
        items,
        total,
        page: q.page,
        pageSize: q.pageSize,
        abilities: { create: agenciesFor(actor, 'device.manage').length > 0 },
      };
    });
  }

  get(actor: Actor, id: string): Promise<DeviceView> {
    return this.database.tx(this.scope(actor, 'device.read'), async (tx) =>
      this.view(tx, actor, await this.load(tx, actor, id, 'device.read'), { withLoans: true }),
    );
  }

  async register(actor: Actor, input: DeviceInput): Promise<DeviceView> {
    if (!can(actor, 'device.manage', { agencyId: input.agencyId }))
      throw new AppError('FORBIDDEN', '无权在该执法主体登记设备');
    const id = newId();
    try {
      await this.database.tx(this.scope(actor, 'device.manage'), async (tx) => {
        const fields: FieldError[] = [];
        if (input.ownerUnitId) {
          const [u] = await tx
            .select({ id: units.id })
            .from(units)
            .where(and(eq(units.id, input.ownerUnitId), eq(units.agencyId, input.agencyId)));
          if (!u) fields.push({ path: 'ownerUnitId', message: '所属单位不是本执法主体的内设机构' });
        }
        if (input.custodianOfficerId) {
          const known = await officersOfAgency(tx, input.agencyId, [input.custodianOfficerId]);
          if (!known.size) fields.push({ path: 'custodianOfficerId', message: '保管人不是本执法主体的执法人员' });
        }
        if (fields.length) throw invalid(fields.map((f) => f.message).join('；'), fields);
        await tx.insert(devices).values({ id, ...input, model: input.model ?? '' });
        await appendAudit(tx, actorOf(actor), {
          type: 'DEVICE_REGISTERED',
          subjectType: 'device',
          subjectId: id,
          agencyId: input.agencyId,
          payload: { serialNo: input.serialNo, type: input.type },
        });
      });
    } catch (err) {
      // Serial numbers are unique across all agencies; another agency's device is not visible here.
      if (isUniqueViolation(err)) {
        throw new AppError('CONFLICT', `设备编号 ${input.serialNo} 已登记`, [
          { path: 'serialNo', message: '该设备编号已登记' },
        ]);
      }
      throw err;
    }
    return this.get(actor, id);
  }

  /** 领用: the device must be in store (AVAILABLE); compare-and-set so two check-outs cannot both win. */
  async checkout(actor: Actor, id: string, input: CheckoutInput): Promise<DeviceView> {
    await this.database.tx(this.scope(actor, 'device.manage'), async (tx) => {
      const d = await this.load(tx, actor, id, 'device.manage');
      const known = await officersOfAgency(tx, d.agencyId, [input.officerId]);
      if (!known.size) {
        throw invalid('领用人不是本执法主体的执法人员', [
          { path: 'officerId', message: '领用人不是本执法主体的执法人员' },
        ]);
      }
      const moved = await tx
        .update(devices)
        .set({ status: 'CHECKED_OUT' })
        .where(and(eq(devices.id, id), eq(devices.status, 'AVAILABLE')))
        .returning({ id: devices.id });
      if (!moved.length) throw conflict(d.status === 'CHECKED_OUT' ? '该设备已被领用，尚未归还' : '该设备当前不可领用');
      await tx.insert(deviceLoans).values({
        id: newId(),
        deviceId: id,
        agencyId: d.agencyId,
        officerId: input.officerId,
        purpose: input.purpose,
        checkedOutBy: actor.userId,
      });
      await appendAudit(tx, actorOf(actor), {
        type: 'DEVICE_CHECKED_OUT',
        subjectType: 'device',
        subjectId: id,
        agencyId: d.agencyId,
        payload: { officerId: input.officerId, purpose: input.purpose },
      });
    });
    return this.get(actor, id);
  }

  /** 归还: closes the open loan and puts the device back in store. */
  async return(actor: Actor, id: string, input: { note: string }): Promise<DeviceView> {
    await this.database.tx(this.scope(actor, 'device.manage'), async (tx) => {
      const d = await this.load(tx, actor, id, 'device.manage');
      const moved = await tx
        .update(devices)
        .set({ status: 'AVAILABLE' })
        .where(and(eq(devices.id, id), eq(devices.status, 'CHECKED_OUT')))
        .returning({ id: devices.id });
      if (!moved.length) throw conflict('该设备未被领用，无需归还');
      const [loan] = await tx
        .update(deviceLoans)
        .set({ returnedAt: new Date(), returnNote: input.note })
        .where(and(eq(deviceLoans.deviceId, id), isNull(deviceLoans.returnedAt)))
        .returning({ id: deviceLoans.id });
      await appendAudit(tx, actorOf(actor), {
        type: 'DEVICE_RETURNED',
        subjectType: 'device',
        subjectId: id,
        agencyId: d.agencyId,
        payload: { loanId: loan?.id ?? '', note: input.note },
      });
    });
    return this.get(actor, id);
  }

  /** Not allowed = not found (another agency's device does not exist for this actor). */
  private async load(tx: Tx, actor: Actor, id: string, ability: 'device.read' | 'device.manage'): Promise<DeviceRow> {
    const [d] = await tx.select().from(devices).where(eq(devices.id, id));
    if (!d || !can(actor, ability, { agencyId: d.agencyId })) throw notFound('设备');
    return d;
  }

  private async view(tx: Tx, actor: Actor, d: DeviceRow, opts: { withLoans: boolean }): Promise<DeviceView> {
    const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, d.agencyId));
    const [unit] = d.ownerUnitId
      ? await tx.select({ name: units.name }).from(units).where(eq(units.id, d.ownerUnitId))
      : [];
    const [custodian] = d.custodianOfficerId
      ? await tx.select({ name: officers.name }).from(officers).where(eq(officers.id, d.custodianOfficerId))
      : [];
    const loans = await tx
      .select({ l: deviceLoans, officerName: officers.name })
      .from(deviceLoans)
      .leftJoin(officers, eq(officers.id, deviceLoans.officerId))
      .where(
        opts.withLoans
          ? eq(deviceLoans.deviceId, d.id)
          : and(eq(deviceLoans.deviceId, d.id), isNull(deviceLoans.returnedAt)),
      )
      .orderBy(desc(deviceLoans.checkedOutAt), desc(deviceLoans.id))
      .limit(opts.withLoans ? 200 : 1);
    const open = loans.find((x) => !x.l.returnedAt);
    return {
      id: d.id,
      agencyId: d.agencyId,
      agencyName: agency?.name ?? '',
      type: d.type,
      serialNo: d.serialNo,
      model: d.model,
      ownerUnitName: unit?.name ?? null,
      custodianName: custodian?.name ?? null,
      status: d.status,
      currentLoan: open
        ? {
            id: open.l.id,
            officerName: open.officerName ?? '',
            purpose: open.l.purpose,
            checkedOutAt: open.l.checkedOutAt.toISOString(),
          }
        : null,
      loans: opts.withLoans
        ? loans.map((x) => ({
            id: x.l.id,
            officerName: x.officerName ?? '',
            purpose: x.l.purpose,
            checkedOutAt: x.l.checkedOutAt.toISOString(),
            returnedAt: x.l.returnedAt?.toISOString() ?? null,
            returnNote: x.l.returnNote,
          }))
        : [],
      abilities: { manage: can(actor, 'device.manage', { agencyId: d.agencyId }) },
    };
  }
}
