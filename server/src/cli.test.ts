import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestContext, login, type TestContext } from '../test/helpers';
import { TEST_SECRET_HEX } from '../test/secret';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function zhifa(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  try {
    const r = await run('npx', ['tsx', 'server/src/main.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: ctx.databaseUrl,
        ZHIFA_SECRET_KEY: TEST_SECRET_HEX,
        LOG_LEVEL: 'silent',
        ...env,
      },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('command line', () => {
  it('create-admin creates one of the three administrators, who can sign in', async () => {
    const r = await zhifa(['create-admin', '--role', 'AUDIT_ADMIN', '--username', 'audit.cli', '--name', '审计员'], {
      ZHIFA_ADMIN_PASSWORD: 'Audit#2026x',
    });
    expect(r.code, r.out).toBe(0);
    const s = await login(ctx.app, 'audit.cli', 'Audit#2026x');
    const session = (await call(ctx.app, s, 'GET', '/api/auth/session')).json();
    expect(session.user.roles.map((r: { role: string }) => r.role)).toEqual(['AUDIT_ADMIN']);
    expect(session.user.abilities).toContain('audit.read');
    expect(session.user.abilities).not.toContain('user.manage');
    const weak = await zhifa(['create-admin', '--role', 'SYSTEM_ADMIN', '--username', 'sys.cli'], {
      ZHIFA_ADMIN_PASSWORD: 'weak',
    });
    expect(weak.code).toBe(1);
    expect(weak.out).toMatch(/密码/);
    const badRole = await zhifa(['create-admin', '--role', 'OFFICER', '--username', 'x.cli'], {
      ZHIFA_ADMIN_PASSWORD: 'Audit#2026x',
    });
    expect(badRole.code).toBe(2);
  }, 60_000);

  it('calendar import loads a year from a JSON file and refuses a malformed one', async () => {
    const file = path.join(ctx.config.dataDir, 'cal-2027.json');
    mkdirSync(ctx.config.dataDir, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({
        year: 2027,
        sourceNotice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
        days: [
          { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
          { date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' },
        ],
      }),
    );
    const r = await zhifa(['calendar', 'import', file]);
    expect(r.code, r.out).toBe(0);
    const rows = await ctx.superuser.query('SELECT source, source_notice FROM calendar_years WHERE year = 2027');
    expect(rows.rows[0]).toEqual({
      source: 'IMPORT',
      source_notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
    });
    writeFileSync(
      file,
      JSON.stringify({ year: 2028, sourceNotice: 'x', days: [{ date: '2028-13-01', kind: 'HOLIDAY' }] }),
    );
    const bad = await zhifa(['calendar', 'import', file]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/日期/);
  }, 60_000);

  it('refuses to start in production mode with an external database and no secret key', async () => {
    const r = await zhifa(['migrate'], { ZHIFA_SECRET_KEY: '', ZHIFA_MODE: 'production' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ZHIFA_SECRET_KEY/);
  }, 60_000);
});
