import { Writable } from 'node:stream';
import { makeResidentIdNumber } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, type TestContext } from '../../../test/helpers';
import { buildApp } from '../../app';

let ctx: TestContext;
const lines: string[] = [];
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  ctx = await createTestContext();
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  app = await buildApp(
    { ...ctx.services, config: { ...ctx.services.config, logLevel: 'trace' } },
    { logStream: stream },
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('logs', () => {
  it('never contain passwords, session tokens, CSRF tokens, ID numbers or phone numbers', async () => {
    const password = 'Zhifa@2026';
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'scj.head', password },
    });
    const token = String(login.headers['set-cookie']).split(';')[0].split('=')[1];
    const csrf = login.json().csrfToken;
    const headers = { cookie: `zhifa_sid=${token}`, 'x-csrf-token': csrf };
    const idNumber = makeResidentIdNumber('430699', '1979-09-09', 303);
    const phone = '13912345678';
    const created = await app.inject({
      method: 'POST',
      url: '/api/officers',
      headers,
      payload: { agencyId: await agencyId(ctx, '县市场监管局'), name: '日志测试', gender: 'M', idNumber, phone },
    });
    expect(created.statusCode, created.body).toBe(200);
    await app.inject({ method: 'GET', url: `/api/officers?q=${idNumber}&phone=${phone}`, headers });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'scj.head', password: 'Wrong#pass1' },
    });
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toMatch(/req-/); // request ids are there
    for (const secret of [password, 'Wrong#pass1', token, csrf, idNumber, phone]) expect(log).not.toContain(secret);
  });
});
