import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let sys: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  sys = await login(ctx.app, 'sysadmin');
});
afterAll(() => ctx.close());

// 2027 schedule in the form of a State Council notice; the dates are illustrative test data.
const YEAR_2027 = {
  sourceNotice: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  sourceUrl: '',
  days: [
    { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
    { date: '2027-02-06', kind: 'HOLIDAY', name: '春节' },
    { date: '2027-02-07', kind: 'HOLIDAY', name: '春节' },
    { date: '2027-02-08', kind: 'HOLIDAY', name: '春节' },
    { date: '2027-02-09', kind: 'HOLIDAY', name: '春节' },
    { date: '2027-02-20', kind: 'MAKEUP_WORKDAY', name: '春节' },
    { date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' },
  ],
};

describe('holiday calendar', () => {
  it('seeds the years chinese-days knows, with provenance', async () => {
    const res = await call(ctx.app, sys, 'GET', '/api/calendar');
    const overview = res.json();
    expect(overview.years.map((y: { year: number }) => y.year)).toEqual(expect.arrayContaining([2025, 2026]));
    const y2026 = overview.years.find((y: { year: number }) => y.year === 2026);
    expect(y2026).toMatchObject({ source: 'SEED', makeupWorkdays: 6 });
    expect(y2026.sourceNotice).toMatch(/2026年部分节假日安排/);
    const days = (await call(ctx.app, sys, 'GET', '/api/calendar/2026')).json().days;
    expect(days).toContainEqual({ date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节' });
  });

  it('flags a year with no schedule in the health check and the admin overview, never assuming weekends only', async () => {
    const health = (await call(ctx.app, null, 'GET', '/api/health')).json();
    expect(health.calendar.missingYears).toEqual([2027]);
    expect(health.status).toBe('degraded');
    const cal = await ctx.services.calendar.calendar();
    expect(() => cal.isWorkingDay('2027-03-01')).toThrow(/2027/);
    expect((await call(ctx.app, sys, 'GET', '/api/calendar')).json().missing).toEqual([2027]);
  });

  it('refuses an invalid schedule with reasons, then imports 2027 and deadlines use it', async () => {
    const bad = await call(ctx.app, sys, 'PUT', '/api/calendar/2027', {
      ...YEAR_2027,
      days: [...YEAR_2027.days, { date: '2027-03-03', kind: 'MAKEUP_WORKDAY', name: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/2027-03-03/);
    const wrongYear = await call(ctx.app, sys, 'PUT', '/api/calendar/2027', {
      ...YEAR_2027,
      days: [{ date: '2028-01-01', kind: 'HOLIDAY', name: '元旦' }],
    });
    expect(wrongYear.statusCode).toBe(400);
    const ok = await call(ctx.app, sys, 'PUT', '/api/calendar/2027', YEAR_2027);
    expect(ok.statusCode, ok.body).toBe(200);
    const health = (await call(ctx.app, null, 'GET', '/api/health')).json();
    expect(health.calendar.ok).toBe(true);
    expect(health.status).toBe('ok');
    const cal = await ctx.services.calendar.calendar();
    expect(cal.isWorkingDay('2027-02-20')).toBe(true); // make-up Saturday
    expect(cal.isWorkingDay('2027-02-08')).toBe(false);
    // DOMAIN §10.3 example 1 through the database calendar: decision 2026-09-30 + 7 wd = 2026-10-15
    expect(cal.addWorkingDays('2026-09-30', 7)).toBe('2026-10-15');
    const audit = await ctx.superuser.query(
      "SELECT payload FROM audit_events WHERE event_type = 'CALENDAR_YEAR_SAVED' AND subject_id = '2027'",
    );
    expect(audit.rows[0].payload).toMatchObject({ year: 2027, holidays: 6, makeupWorkdays: 1 });
  });

  it('only the system administrator edits the calendar', async () => {
    const head = await login(ctx.app, 'scj.head');
    expect((await call(ctx.app, head, 'PUT', '/api/calendar/2028', YEAR_2027)).statusCode).toBe(403);
    expect((await call(ctx.app, head, 'GET', '/api/calendar')).json().abilities.edit).toBe(false);
  });
});

describe('health and docs', () => {
  it('reports database, migrations and storage', async () => {
    const h = (await call(ctx.app, null, 'GET', '/api/health')).json();
    expect(h.database).toMatchObject({ ok: true, role: 'zhifa_app' });
    expect(h.migrations.ok).toBe(true);
    expect(h.storage.ok).toBe(true);
  });

  it('serves the OpenAPI document', async () => {
    const doc = (await call(ctx.app, null, 'GET', '/api/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/officers', '/api/auth/login']));
  });
});
