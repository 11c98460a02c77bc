import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { officersOf } from './records.test-support';

let ctx: TestContext;
let officer: Session;
let head: Session;
let cgjHead: Session;
let supervisor: Session;
let scj: string;
let cgj: string;
let scjOfficers: string[];
let cgjOfficers: string[];

beforeAll(async () => {
  ctx = await createTestContext();
  [officer, head, cgjHead, supervisor] = await Promise.all(
    ['scj.officer', 'scj.head', 'cgj.head', 'sfj.supervisor'].map((u) => login(ctx.app, u)),
  );
  scj = await agencyId(ctx, '县市场监管局');
  cgj = await agencyId(ctx, '县城管执法局');
  scjOfficers = await officersOf(ctx, scj);
  cgjOfficers = await officersOf(ctx, cgj);
});
afterAll(() => ctx.close());

const deviceEvents = async (id: string) =>
  (
    await ctx.superuser.query('SELECT event_type, payload FROM audit_events WHERE stream = $1 ORDER BY seq', [
      `device:${id}`,
    ])
  ).rows;

describe('device register and use ledger', () => {
  it('registers a device; a serial number already registered (in any agency) is refused with 409', async () => {
    const res = await call(ctx.app, head, 'POST', '/api/devices', {
      agencyId: scj,
      type: 'BODY_CAM',
      serialNo: 'DSJ-QX-0101',
      model: 'DSJ-V9',
      custodianOfficerId: scjOfficers[0],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      agencyName: '青溪县市场监督管理局',
      serialNo: 'DSJ-QX-0101',
      status: 'AVAILABLE',
      currentLoan: null,
      loans: [],
      abilities: { manage: true },
    });
    expect(res.json().custodianName).toBeTruthy();
    const dup = await call(ctx.app, cgjHead, 'POST', '/api/devices', {
      agencyId: cgj,
      type: 'CAMERA',
      serialNo: 'DSJ-QX-0101',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'CONFLICT', message: '设备编号 DSJ-QX-0101 已登记' });
    const badSerial = await call(ctx.app, head, 'POST', '/api/devices', {
      agencyId: scj,
      type: 'CAMERA',
      serialNo: '编号 1',
    });
    expect(badSerial.statusCode).toBe(400);
    const foreignCustodian = await call(ctx.app, head, 'POST', '/api/devices', {
      agencyId: scj,
      type: 'CAMERA',
      serialNo: 'CAM-0001',
      custodianOfficerId: cgjOfficers[0],
    });
    expect(foreignCustodian.json().error.fields).toEqual([
      { path: 'custodianOfficerId', message: '保管人不是本执法主体的执法人员' },
    ]);
    expect(
      (await call(ctx.app, officer, 'POST', '/api/devices', { agencyId: scj, type: 'CAMERA', serialNo: 'X-1' }))
        .statusCode,
    ).toBe(403);
    expect((await deviceEvents(res.json().id))[0]).toEqual({
      event_type: 'DEVICE_REGISTERED',
      payload: { serialNo: 'DSJ-QX-0101', type: 'BODY_CAM' },
    });
  });

  it('checks a device out to an officer of the agency and back; a second check-out is refused', async () => {
    const created = await call(ctx.app, head, 'POST', '/api/devices', {
      agencyId: scj,
      type: 'BODY_CAM',
      serialNo: 'DSJ-QX-0102',
    });
    const id = created.json().id;
    const foreign = await call(ctx.app, head, 'POST', `/api/devices/${id}/checkout`, {
      officerId: cgjOfficers[0],
      purpose: '现场检查',
    });
    expect(foreign.statusCode).toBe(400);
    const out = await call(ctx.app, head, 'POST', `/api/devices/${id}/checkout`, {
      officerId: scjOfficers[1],
      purpose: '城关镇食品安全检查',
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ status: 'CHECKED_OUT', currentLoan: { purpose: '城关镇食品安全检查' } });
    const again = await call(ctx.app, head, 'POST', `/api/devices/${id}/checkout`, {
      officerId: scjOfficers[0],
      purpose: '另一任务',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该设备已被领用，尚未归还');
    const back = await call(ctx.app, head, 'POST', `/api/devices/${id}/return`, { note: '电量正常，数据已上传' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'AVAILABLE', currentLoan: null });
    expect(back.json().loans).toEqual([
      expect.objectContaining({ purpose: '城关镇食品安全检查', returnNote: '电量正常，数据已上传' }),
    ]);
    expect(back.json().loans[0].returnedAt).not.toBeNull();
    expect((await call(ctx.app, head, 'POST', `/api/devices/${id}/return`, {})).statusCode).toBe(409);
    expect((await deviceEvents(id)).map((e) => e.event_type)).toEqual([
      'DEVICE_REGISTERED',
      'DEVICE_CHECKED_OUT',
      'DEVICE_RETURNED',
    ]);
  });

  it('lists and searches within scope; another agency gets 404; the supervisor reads but cannot manage', async () => {
    const created = await call(ctx.app, head, 'POST', '/api/devices', {
      agencyId: scj,
      type: 'AUDIO',
      serialNo: 'REC-QX-0201',
      model: '录音笔X1',
    });
    const id = created.json().id;
    const list = await call(ctx.app, officer, 'GET', `/api/devices?q=${encodeURIComponent('录音笔')}`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, abilities: { create: false } });
    expect(list.json().items[0]).toMatchObject({ id, serialNo: 'REC-QX-0201', abilities: { manage: false } });
    expect((await call(ctx.app, officer, 'GET', '/api/devices?q=REC-QX')).json().total).toBe(1);
    expect((await call(ctx.app, cgjHead, 'GET', `/api/devices/${id}`)).statusCode).toBe(404);
    expect(
      (await call(ctx.app, cgjHead, 'POST', `/api/devices/${id}/checkout`, { officerId: cgjOfficers[0], purpose: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await call(ctx.app, cgjHead, 'GET', '/api/devices?q=REC-QX')).json().total).toBe(0);
    const seen = await call(ctx.app, supervisor, 'GET', `/api/devices/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities.manage).toBe(false);
    expect(
      (
        await call(ctx.app, supervisor, 'POST', `/api/devices/${id}/checkout`, {
          officerId: scjOfficers[0],
          purpose: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});
