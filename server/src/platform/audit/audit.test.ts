import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeResidentIdNumber } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type TestContext } from '../../../test/helpers';
import { TEST_SECRET_HEX } from '../../../test/secret';
import { verifyAuditChains } from './audit.service';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function zhifaVerify(): Promise<{ code: number; out: string }> {
  try {
    const r = await run('npx', ['tsx', 'server/src/main.ts', 'verify'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: ctx.databaseUrl,
        ZHIFA_SECRET_KEY: TEST_SECRET_HEX,
        ZHIFA_MODE: 'production',
        LOG_LEVEL: 'silent',
      },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('audit ledger', () => {
  it('every chain of the seeded database verifies', async () => {
    const r = await verifyAuditChains(ctx.services.database);
    expect(r.entries).toBeGreaterThan(100);
    expect(r.problems).toEqual([]);
  });

  it("the application's database role cannot UPDATE or DELETE audit rows", async () => {
    const db = ctx.services.database;
    // drizzle wraps the driver error; the PostgreSQL message is its cause
    const pgError = (statement: string) =>
      db
        .tx({ kind: 'all' }, (tx) => tx.execute(statement))
        .then(
          () => 'succeeded',
          (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
        );
    expect(await pgError("UPDATE audit_events SET actor_name = 'x' WHERE id = 1")).toMatch(/permission denied/);
    expect(await pgError('DELETE FROM audit_events WHERE id = 1')).toMatch(/permission denied/);
    expect(await pgError('TRUNCATE audit_events')).toMatch(/permission denied/);
    expect(await pgError("UPDATE certificate_events SET reason = 'x'")).toMatch(/permission denied/);
    // the trigger refuses even the owner unless it deliberately switches triggers off
    await expect(ctx.superuser.query("UPDATE audit_events SET actor_name = 'x' WHERE id = 1")).rejects.toThrow(
      /append-only/,
    );
  });

  it('a failing audit append rolls the whole change back', async () => {
    await ctx.superuser.query(`CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.event_type = 'OFFICER_CREATED' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$`);
    await ctx.superuser.query(
      'CREATE TRIGGER test_refuse BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse()',
    );
    try {
      const head = await login(ctx.app, 'scj.head');
      const res = await call(ctx.app, head, 'POST', '/api/officers', {
        agencyId: await agencyId(ctx, '县市场监管局'),
        name: '回滚测试',
        gender: 'F',
        idNumber: makeResidentIdNumber('430699', '1990-05-06', 122),
      });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.message).not.toMatch(/audit store/);
      const rows = await ctx.superuser.query("SELECT count(*)::int AS n FROM officers WHERE name = '回滚测试'");
      expect(rows.rows[0].n).toBe(0);
    } finally {
      await ctx.superuser.query('DROP TRIGGER test_refuse ON audit_events; DROP FUNCTION test_refuse()');
    }
  });

  it('each staff read of an officer writes an access record (who, what, when, from where)', async () => {
    const officer = await login(ctx.app, 'scj.officer');
    const target = await ctx.superuser.query('SELECT id FROM officers WHERE agency_id = $1 LIMIT 1', [
      await agencyId(ctx, '县市场监管局'),
    ]);
    const id = target.rows[0].id;
    expect((await call(ctx.app, officer, 'GET', `/api/officers/${id}`)).statusCode).toBe(200);
    const rec = await ctx.superuser.query(
      "SELECT actor_user_id, ip, occurred_at, request_id FROM audit_events WHERE event_type = 'OFFICER_VIEWED' AND subject_id = $1",
      [id],
    );
    expect(rec.rows).toHaveLength(1);
    expect(rec.rows[0].actor_user_id).toBe(officer.userId);
    expect(rec.rows[0].ip).toBeTruthy();
    expect(rec.rows[0].request_id).toMatch(/^req-/);
  });

  it('only the audit administrator searches the log, and the search is itself recorded', async () => {
    const auditor = await login(ctx.app, 'auditadmin');
    const res = await call(ctx.app, auditor, 'GET', '/api/audit?eventType=OFFICER_VIEWED&pageSize=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((e: { eventType: string }) => e.eventType === 'OFFICER_VIEWED')).toBe(true);
    const logged = await ctx.superuser.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'AUDIT_LOG_SEARCHED' AND actor_user_id = $1",
      [auditor.userId],
    );
    expect(logged.rows[0].n).toBe(1);
    const exp = await call(ctx.app, auditor, 'GET', '/api/audit/export?eventType=OFFICER_VIEWED');
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-type']).toMatch(/spreadsheetml/);
    expect((await call(ctx.app, await login(ctx.app, 'secadmin'), 'GET', '/api/audit')).statusCode).toBe(403);
  });

  it('zhifa verify passes, then names the entry a superuser changed', async () => {
    const ok = await zhifaVerify();
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/校验通过/);
    const victim = await ctx.superuser.query(
      "SELECT id, stream, seq FROM audit_events WHERE event_type = 'OFFICER_CREATED' ORDER BY id LIMIT 1 OFFSET 3",
    );
    const { id, stream, seq } = victim.rows[0];
    await ctx.superuser
      .query(
        'SET session_replication_role = replica; UPDATE audit_events SET payload = \'{"name":"篡改","source":"FORM"}\' WHERE id = $1',
        [id],
      )
      .catch(async () => {
        await ctx.superuser.query('SET session_replication_role = replica');
        await ctx.superuser.query('UPDATE audit_events SET payload = $2 WHERE id = $1', [
          id,
          { name: '篡改', source: 'FORM' },
        ]);
      });
    await ctx.superuser.query('SET session_replication_role = origin');
    const bad = await zhifaVerify();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`审计记录 #${id}`);
    expect(bad.out).toContain(`${stream} 第 ${seq} 条`);
    const r = await verifyAuditChains(ctx.services.database);
    expect(r.problems).toEqual([{ entryId: Number(id), stream, seq, problem: 'HASH_MISMATCH' }]);
  }, 60_000);
});
