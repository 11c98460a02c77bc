import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, daysAgo, ORGANISATION_PARTY, qualifiedOfficers } from '../../../test/cases/support';
import { call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { verifyAuditChains } from '../../platform/audit/audit.service';

let ctx: TestContext;
let officer: Session;
let head: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  head = await login(ctx.app, 'scj.head');
});
afterAll(() => ctx.close());

describe('compare-and-set on the case state', () => {
  it('50 parallel conflicting actions leave exactly one winner and a consistent timeline and ledger', async () => {
    const officers = await qualifiedOfficers(ctx, '县市场监管局');
    const c = await createCase(ctx, officer, {
      procedure: 'GENERAL_PENALTY',
      cause: '无照经营',
      source: 'REPORT',
      clueReceivedOn: daysAgo(20),
      category: 'MARKET',
      parties: [ORGANISATION_PARTY],
      officers: officers.map((officerId, i) => ({ officerId, role: i === 0 ? 'LEAD' : 'ASSISTANT' })),
      facts: { violation: { actDate: daysAgo(25), harmedLifeHealthOrFinancialSafety: false } },
    });
    const verified = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/actions`, {
      action: 'verify',
      version: c.version,
      date: daysAgo(19),
    });
    expect(verified.statusCode).toBe(200);
    const v = verified.json().version;
    // Half try to file, half not to file, all from the version they saw: only one may win.
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(ctx.app, head, 'POST', `/api/cases/${c.id}/actions`, {
          action: i % 2 === 0 ? 'file' : 'not_file',
          version: v,
          date: daysAgo(18),
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(49);
    const winner = results.find((r) => r.statusCode === 200)!.json();

    const events = await ctx.superuser.query('SELECT seq, action FROM case_events WHERE case_id = $1 ORDER BY seq', [
      c.id,
    ]);
    expect(events.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(events.rows[2].action).toBe(winner.events[2].action);
    const ledger = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE stream = $1 AND event_type = 'CASE_ACTION'`,
      [`case:${c.id}`],
    );
    expect(ledger.rows[0].n).toBe(2);
    const row = await ctx.superuser.query('SELECT state, version FROM cases WHERE id = $1', [c.id]);
    expect(row.rows[0]).toEqual({ state: winner.state, version: v + 1 });
    const numbers = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM documents WHERE case_id = $1 AND code = 'FILING_APPROVAL'`,
      [c.id],
    );
    expect(numbers.rows[0].n).toBeLessThanOrEqual(1);
    const chains = await verifyAuditChains(ctx.services.database);
    expect(chains.problems).toEqual([]);
  });
});
