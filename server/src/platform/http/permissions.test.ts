import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES_ACCESS } from '../../../test/access/cases';
import { CATALOGUE_ACCESS } from '../../../test/access/catalogue';
import { CORE_ACCESS } from '../../../test/access/core';
import { DOCUMENTS_ACCESS } from '../../../test/access/documents';
import { INGEST_ACCESS } from '../../../test/access/ingest';
import { LEDGER_ACCESS } from '../../../test/access/ledger';
import { PROCEDURES_ACCESS } from '../../../test/access/procedures';
import { RECORDS_ACCESS } from '../../../test/access/records';
import { ALL, ROLE_USERS, type RoleName } from '../../../test/access/roles';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { apiRoutesSeen, routeRegistry } from './routes';

/**
 * The permission matrix: every API route × every role has an expected answer, written here by hand
 * (not derived from the code it checks). A route missing from this table fails the test.
 * "allowed" means the request got past authentication and authorisation (any status but 401/403).
 */
const EXPECTED: Record<string, RoleName[]> = {
  ...CORE_ACCESS,
  ...INGEST_ACCESS,
  ...RECORDS_ACCESS,
  ...LEDGER_ACCESS,
  ...CATALOGUE_ACCESS,
  ...CASES_ACCESS,
  ...DOCUMENTS_ACCESS,
  ...PROCEDURES_ACCESS,
};

let ctx: TestContext;
const sessions = new Map<RoleName, Session | null>();

beforeAll(async () => {
  ctx = await createTestContext();
  sessions.set('ANONYMOUS', null);
  for (const [role, user] of Object.entries(ROLE_USERS)) sessions.set(role as RoleName, await login(ctx.app, user));
});
afterAll(() => ctx.close());

/** Concrete URLs: random ids for writes (so nothing real changes), a year for the calendar. */
function concrete(url: string): string {
  return url.replace(':year', '2026').replace(/:[a-zA-Z]+/g, () => randomUUID());
}

describe('permission matrix', () => {
  it('every API route has an expected answer for every role', () => {
    const registered = routeRegistry.map((r) => `${r.method} ${r.url}`);
    const seen = [...new Set(apiRoutesSeen.map((r) => `${r.method} ${r.url}`))];
    expect(
      seen.filter((r) => !registered.includes(r)),
      'routes added without defineRoute',
    ).toEqual([]);
    expect(
      [...new Set(registered)].filter((r) => !(r in EXPECTED)),
      'routes without an expected answer',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((r) => !registered.includes(r)),
      'expected routes that no longer exist',
    ).toEqual([]);
  });

  for (const [route, allowed] of Object.entries(EXPECTED)) {
    it(`${route}: allowed for ${allowed.length === ALL.length ? 'everyone' : allowed.join(', ')}; refused for the rest`, async () => {
      const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];
      for (const role of ALL) {
        const session = sessions.get(role)!;
        const res = await call(
          ctx.app,
          session,
          method,
          concrete(url),
          method === 'GET' || method === 'DELETE' ? undefined : {},
        );
        const refused = res.statusCode === 401 || res.statusCode === 403;
        expect(refused, `${role} ${route} → ${res.statusCode} ${res.body.slice(0, 120)}`).toBe(!allowed.includes(role));
        if (route === 'POST /api/auth/logout' && session)
          sessions.set(role, await login(ctx.app, ROLE_USERS[role as keyof typeof ROLE_USERS]));
      }
    });
  }
});

describe('object-level access (IDOR)', () => {
  it("a user of agency A asking for agency B's officer by id gets the not-found answer", async () => {
    const other = await ctx.superuser.query('SELECT id FROM officers WHERE agency_id = $1 LIMIT 1', [
      await agencyId(ctx, '县城管执法局'),
    ]);
    const officerOfB = other.rows[0].id;
    const head = sessions.get('AGENCY_HEAD')!;
    const res = await call(ctx.app, head, 'GET', `/api/officers/${officerOfB}`);
    const missing = await call(ctx.app, head, 'GET', `/api/officers/${randomUUID()}`);
    expect(res.statusCode).toBe(404);
    const { requestId: _a, ...body } = res.json().error;
    const { requestId: _b, ...none } = missing.json().error;
    expect(body).toEqual(none);
    // and no write either
    const write = await call(ctx.app, head, 'PATCH', `/api/officers/${officerOfB}`, { post: '科长' });
    expect(write.statusCode).toBe(404);
    const cert = await ctx.superuser.query('SELECT id FROM certificates WHERE officer_id = $1', [officerOfB]);
    const status = await call(ctx.app, head, 'POST', `/api/certificates/${cert.rows[0].id}/status`, {
      action: 'SUSPEND',
      reason: '越权测试',
    });
    expect(status.statusCode).toBe(404);
  });

  it("lists only the user's own agency; the supervisor sees every agency of the county", async () => {
    const own = await call(ctx.app, sessions.get('OFFICER')!, 'GET', '/api/officers?pageSize=200');
    const scj = await agencyId(ctx, '县市场监管局');
    expect(own.json().items.length).toBeGreaterThan(0);
    expect(own.json().items.every((o: { agencyId: string }) => o.agencyId === scj)).toBe(true);
    const sup = await call(ctx.app, sessions.get('SUPERVISOR')!, 'GET', '/api/officers?pageSize=200');
    expect(new Set(sup.json().items.map((o: { agencyId: string }) => o.agencyId)).size).toBeGreaterThanOrEqual(9);
    const asked = await call(
      ctx.app,
      sessions.get('OFFICER')!,
      'GET',
      `/api/officers?agencyId=${await agencyId(ctx, '县城管执法局')}`,
    );
    expect(asked.json().total).toBe(0);
  });

  it('the supervisor reads but never writes', async () => {
    const sup = sessions.get('SUPERVISOR')!;
    const o = await ctx.superuser.query('SELECT id FROM officers LIMIT 1');
    expect((await call(ctx.app, sup, 'GET', `/api/officers/${o.rows[0].id}`)).statusCode).toBe(200);
    expect((await call(ctx.app, sup, 'PATCH', `/api/officers/${o.rows[0].id}`, { post: 'x' })).statusCode).toBe(403);
  });

  it('row-level security hides other agencies even from a query that forgets to filter', async () => {
    const scj = await agencyId(ctx, '县市场监管局');
    const visible = await ctx.services.database.tx({ kind: 'agencies', agencyIds: [scj] }, async (tx) =>
      (await tx.execute('SELECT DISTINCT agency_id FROM officers')).rows.map(
        (r) => (r as { agency_id: string }).agency_id,
      ),
    );
    expect(visible).toEqual([scj]);
    const none = await ctx.services.database.tx(
      { kind: 'agencies', agencyIds: [] },
      async (tx) => (await tx.execute('SELECT count(*)::int AS n FROM officers')).rows[0],
    );
    expect(none).toEqual({ n: 0 });
  });
});
