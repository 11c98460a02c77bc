import { makeResidentIdNumber } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let head: Session;
let scj: string;
beforeAll(async () => {
  ctx = await createTestContext();
  head = await login(ctx.app, 'scj.head');
  scj = await agencyId(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

const cert = (number: string) => ({
  number,
  issuer: '湖南省人民政府',
  issuedOn: '2025-03-01',
  validFrom: '2025-03-01',
  validUntil: '2030-02-28',
  categories: ['MARKET'],
  regions: ['430699'],
});

describe('officers', () => {
  it('refuses a bad ID number with a Chinese field message and stores nothing', async () => {
    const good = makeResidentIdNumber('430699', '1988-08-08', 411);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await call(ctx.app, head, 'POST', '/api/officers', {
      agencyId: scj,
      name: '校验测试',
      gender: 'M',
      idNumber: bad,
      certificate: cert('QX-TEST-0001'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual({ path: 'idNumber', message: '身份证号码校验位错误' });
    const n = await ctx.superuser.query("SELECT count(*)::int AS n FROM officers WHERE name = '校验测试'");
    expect(n.rows[0].n).toBe(0);
  });

  it('creates an officer with a certificate; the ID number is stored encrypted with a blind index and shown masked', async () => {
    const idNumber = makeResidentIdNumber('430699', '1988-08-08', 411);
    const res = await call(ctx.app, head, 'POST', '/api/officers', {
      agencyId: scj,
      name: '测试员',
      gender: 'M',
      idNumber,
      phone: '13812345678',
      post: '科员',
      certificate: cert('QX-TEST-0002'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    expect(o.phoneMasked).toBe('138****5678');
    expect(o.certificates[0]).toMatchObject({ number: 'QX-TEST-0002', status: 'VALID', displayStatus: 'VALID' });
    expect(o.certificates[0].qrSvg).toMatch(/^<svg/);
    expect(o.certificates[0].publicCheckUrl).toMatch(/\/certificates\?number=QX-TEST-0002$/);
    const row = await ctx.superuser.query(
      'SELECT id_number_enc, id_number_index, phone_enc FROM officers WHERE id = $1',
      [o.id],
    );
    expect(row.rows[0].id_number_enc).not.toContain(idNumber);
    expect(row.rows[0].id_number_enc).toMatch(/^v1\./);
    expect(ctx.services.cipher.decrypt(row.rows[0].id_number_enc)).toBe(idNumber);
    expect(row.rows[0].id_number_index).toBe(ctx.services.cipher.blindIndex(idNumber));
    // a second officer with the same ID number is refused (found through the blind index)
    const dup = await call(ctx.app, head, 'POST', '/api/officers', {
      agencyId: scj,
      name: '重复',
      gender: 'M',
      idNumber,
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'idNumber' });
  });

  it('a tampered ciphertext is detected, not decrypted', () => {
    const sealed = ctx.services.cipher.encrypt('430699198808084113');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[2], 'base64url');
    ct[0] ^= 1;
    parts[2] = ct.toString('base64url');
    expect(() => ctx.services.cipher.decrypt(parts.join('.'))).toThrow(/MAC/);
  });

  it('refuses an officer in an agency the user may not manage', async () => {
    const res = await call(ctx.app, head, 'POST', '/api/officers', {
      agencyId: await agencyId(ctx, '县城管执法局'),
      name: '越权',
      gender: 'M',
      idNumber: makeResidentIdNumber('430699', '1991-01-01', 13),
    });
    expect(res.statusCode).toBe(403);
  });

  it('changes certificate status with a reason, keeps the history, and refuses an impossible change', async () => {
    const o = (
      await call(ctx.app, head, 'POST', '/api/officers', {
        agencyId: scj,
        name: '证件测试',
        gender: 'F',
        idNumber: makeResidentIdNumber('430699', '1992-02-02', 20),
        certificate: cert('QX-TEST-0003'),
      })
    ).json();
    const certId = o.certificates[0].id;
    expect(o.certificates[0].abilities.allowedActions).toEqual(expect.arrayContaining(['SUSPEND', 'REVOKE']));
    const noReason = await call(ctx.app, head, 'POST', `/api/certificates/${certId}/status`, {
      action: 'SUSPEND',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const suspended = await call(ctx.app, head, 'POST', `/api/certificates/${certId}/status`, {
      action: 'SUSPEND',
      reason: '涉嫌违规，调查期间暂扣',
    });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json().certificates[0].status).toBe('SUSPENDED');
    const again = await call(ctx.app, head, 'POST', `/api/certificates/${certId}/status`, {
      action: 'REISSUE',
      reason: '补发',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/暂扣/);
    const restored = (
      await call(ctx.app, head, 'POST', `/api/certificates/${certId}/status`, { action: 'RESTORE', reason: '调查结束' })
    ).json();
    expect(
      restored.certificates[0].events.map((e: { action: string; toStatus: string }) => `${e.action}:${e.toStatus}`),
    ).toEqual(['ISSUE:VALID', 'SUSPEND:SUSPENDED', 'RESTORE:VALID']);
    const audit = await ctx.superuser.query(
      "SELECT payload FROM audit_events WHERE event_type = 'CERTIFICATE_STATUS_CHANGED' AND subject_id = $1 ORDER BY id",
      [o.id],
    );
    expect(audit.rows.map((r) => r.payload.reason)).toEqual(['涉嫌违规，调查期间暂扣', '调查结束']);
  });

  it('records training hours against the 60-hour target (TRAIN-60)', async () => {
    const unit = await login(ctx.app, 'scj.unit');
    const o = await ctx.superuser.query('SELECT id FROM officers WHERE agency_id = $1 ORDER BY name LIMIT 1', [scj]);
    const before = (await call(ctx.app, unit, 'GET', `/api/officers/${o.rows[0].id}`)).json().training.hours;
    const res = await call(ctx.app, unit, 'POST', `/api/officers/${o.rows[0].id}/training`, {
      course: '行政处罚法专题',
      hours: 6.5,
      completedOn: '2026-11-02',
      provider: '县司法局',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().training).toMatchObject({ target: 60, hours: before + 6.5 });
    const future = await call(ctx.app, unit, 'POST', `/api/officers/${o.rows[0].id}/training`, {
      course: 'x',
      hours: 2,
      completedOn: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
  });

  it('lists with search and pagination, and exports an Excel file with masked ID numbers', async () => {
    const page1 = (await call(ctx.app, head, 'GET', '/api/officers?pageSize=5&page=1')).json();
    const page2 = (await call(ctx.app, head, 'GET', '/api/officers?pageSize=5&page=2')).json();
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(10);
    expect(page1.items.map((o: { id: string }) => o.id)).not.toEqual(
      expect.arrayContaining(page2.items.map((o: { id: string }) => o.id)),
    );
    const found = (await call(ctx.app, head, 'GET', '/api/officers?q=QX-TEST-0002')).json();
    expect(found.items.map((o: { name: string }) => o.name)).toEqual(['测试员']);
    const bad = await call(ctx.app, head, 'GET', '/api/officers?pageSize=1000');
    expect(bad.statusCode).toBe(400);
    const xlsx = await call(ctx.app, head, 'GET', '/api/officers/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it("agency list counts each agency's own active officers", async () => {
    const list = (await call(ctx.app, head, 'GET', '/api/agencies')).json() as { id: string; officerCount: number }[];
    const actual = await ctx.superuser.query(
      "SELECT agency_id, count(*)::int AS n FROM officers WHERE employment_status = 'ACTIVE' GROUP BY agency_id",
    );
    const byAgency = new Map(actual.rows.map((r) => [r.agency_id, r.n]));
    expect(new Set(list.map((a) => a.officerCount)).size).toBeGreaterThan(1);
    for (const a of list) expect(a.officerCount).toBe(byAgency.get(a.id) ?? 0);
  });

  it('agency page reports the reviewer ratio against the 5 % target (REV-ORG)', async () => {
    const res = await call(ctx.app, head, 'GET', `/api/agencies/${scj}`);
    const stats = res.json().stats;
    expect(stats.reviewerRatio.ratio).toBeCloseTo(stats.reviewers / stats.officers, 5);
    expect(stats.reviewerRatio.met).toBe(stats.reviewers / stats.officers >= 0.05);
    expect(res.json().abilities).toEqual({ update: false, createUnit: false, readOfficers: true });
  });
});
