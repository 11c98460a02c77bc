import { addDays } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCase, daysAgo, ORGANISATION_PARTY, qualifiedOfficers, TODAY } from '../../../test/cases/support';
import { call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let officer: Session;
let head: Session;
let unitHead: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  head = await login(ctx.app, 'scj.head');
  unitHead = await login(ctx.app, 'scj.unit');
});
afterAll(() => ctx.close());

describe('deadline alerts (case-clock-alerts job) and urgency', () => {
  it('raises each level once, shows red and yellow to the unit head and sorts my cases by urgency', async () => {
    const officers = await qualifiedOfficers(ctx, '县市场监管局');
    let c = await createCase(ctx, officer, {
      procedure: 'GENERAL_PENALTY',
      cause: '虚假宣传',
      source: 'INSPECTION',
      clueReceivedOn: daysAgo(90),
      category: 'MARKET',
      parties: [ORGANISATION_PARTY],
      officers: officers.map((officerId, i) => ({ officerId, role: i === 0 ? 'LEAD' : 'ASSISTANT' })),
      facts: { violation: { actDate: daysAgo(95), harmedLifeHealthOrFinancialSafety: false } },
    });
    // ?view=summary answers with the outcome only (clients that drive many actions, the benchmark).
    const verified = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/actions?view=summary`, {
      action: 'verify',
      version: c.version,
      date: daysAgo(89),
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ id: c.id, state: 'FILING_DECISION', version: c.version + 1 });
    expect(verified.json().clocks).toBeUndefined();
    c = { ...c, version: verified.json().version, state: verified.json().state };
    c = await act(ctx, head, c, 'file', daysAgo(88));
    const limit = (c.body.clocks as { rule: string; dueOn: string }[]).find((k) => k.rule === 'APL-60')!;
    expect(limit.dueOn >= TODAY).toBe(true);

    const first = await ctx.services.cases.raiseClockAlerts(addDays(limit.dueOn, -1));
    expect(first.raised).toBeGreaterThanOrEqual(1);
    const again = await ctx.services.cases.raiseClockAlerts(addDays(limit.dueOn, -1));
    expect(again.raised).toBe(0);
    await ctx.services.cases.raiseClockAlerts(addDays(limit.dueOn, 1));
    const alerts = await ctx.superuser.query(
      `SELECT level FROM case_alerts WHERE case_id = $1 AND rule = 'APL-60' ORDER BY raised_at`,
      [c.id],
    );
    expect(alerts.rows.map((r) => r.level)).toEqual(['DUE_SOON', 'OVERDUE']);
    const ledger = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE stream = $1 AND event_type = 'CASE_ALERT_RAISED'`,
      [`case:${c.id}`],
    );
    expect(ledger.rows[0].n).toBe(2);

    const mine = (await call(ctx.app, officer, 'GET', '/api/cases?mine=true')).json();
    expect(mine.items[0].id).toBe(c.id);
    expect(['RED', 'YELLOW']).toContain(mine.items[0].urgency);
    const unit = await call(ctx.app, unitHead, 'GET', '/api/cases/unit-alerts');
    expect(unit.statusCode).toBe(200);
    expect(unit.json().items.map((x: { id: string }) => x.id)).toContain(c.id);
  });
});
