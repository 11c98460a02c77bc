import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestContext, login, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ ZHIFA_SESSION_IDLE_MINUTES: '30' });
});
afterAll(() => ctx.close());

describe('sign-in', () => {
  it('signs in a demo user and returns abilities computed on the server', async () => {
    const s = await login(ctx.app, 'scj.head');
    const res = await call(ctx.app, s, 'GET', '/api/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.abilities).toContain('officer.manage');
    expect(res.json().user.abilities).not.toContain('user.manage');
  });

  it('sets an httpOnly SameSite=Strict session cookie', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'scj.officer', password: 'Zhifa@2026' },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/zhifa_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const unknown = await call(ctx.app, null, 'POST', '/api/auth/login', {
      username: 'nobody.here',
      password: 'Wrong#123',
    });
    const wrong = await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'scj.unit', password: 'Wrong#123' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const { requestId: _a, ...u } = unknown.json().error;
    const { requestId: _b, ...w } = wrong.json().error;
    expect(u).toEqual(w);
    expect(u.message).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures; the sixth attempt is refused even with the right password', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'cgj.head', password: `bad-${i}` });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'cgj.head', password: 'bad-5' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('LOCKED');
    const sixth = await call(ctx.app, null, 'POST', '/api/auth/login', {
      username: 'cgj.head',
      password: 'Zhifa@2026',
    });
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().error.message).toMatch(/锁定/);
    // the lock expires after 30 minutes
    await ctx.superuser.query(
      "UPDATE login_guards SET locked_until = now() - interval '1 second' WHERE username = 'cgj.head'",
    );
    expect(
      (await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'cgj.head', password: 'Zhifa@2026' }))
        .statusCode,
    ).toBe(200);
    const events = await ctx.superuser.query(
      "SELECT event_type FROM audit_events WHERE subject_id = 'cgj.head' ORDER BY id",
    );
    expect(events.rows.map((r) => r.event_type)).toContain('AUTH_ACCOUNT_LOCKED');
  });

  it('an unknown user name is locked the same way as a known one', async () => {
    for (let i = 0; i < 5; i++)
      await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'ghost', password: `bad-${i}` });
    const r = await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'ghost', password: 'x' });
    expect(r.statusCode).toBe(423);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await login(ctx.app, 'scj.head');
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    expect((await call(ctx.app, s, 'GET', '/api/auth/session')).statusCode).toBe(200);
  });

  it('ends a session idle for longer than 30 minutes', async () => {
    const s = await login(ctx.app, 'scj.reviewer');
    await ctx.superuser.query("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1", [
      s.userId,
    ]);
    const res = await call(ctx.app, s, 'GET', '/api/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a disabled user at once', async () => {
    const officer = await login(ctx.app, 'scj.officer');
    const sec = await login(ctx.app, 'secadmin');
    expect((await call(ctx.app, officer, 'GET', '/api/officers')).statusCode).toBe(200);
    const disable = await call(ctx.app, sec, 'PATCH', `/api/users/${officer.userId}`, { status: 'DISABLED' });
    expect(disable.statusCode).toBe(200);
    expect((await call(ctx.app, officer, 'GET', '/api/officers')).statusCode).toBe(401);
    const again = await call(ctx.app, null, 'POST', '/api/auth/login', {
      username: 'scj.officer',
      password: 'Zhifa@2026',
    });
    expect(again.statusCode).toBe(401);
  });

  it('enforces the password policy (≥ 8 characters, 3 of 4 classes) with Chinese messages', async () => {
    const s = await login(ctx.app, 'sfj.supervisor');
    const weak = await call(ctx.app, s, 'POST', '/api/auth/password', {
      currentPassword: 'Zhifa@2026',
      newPassword: 'abcdefgh',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].path).toBe('newPassword');
    const ok = await call(ctx.app, s, 'POST', '/api/auth/password', {
      currentPassword: 'Zhifa@2026',
      newPassword: 'Qingxi#2027',
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'sfj.supervisor', password: 'Qingxi#2027' }))
        .statusCode,
    ).toBe(200);
  });

  it('validates the login body and answers 400 with field messages in Chinese', async () => {
    const res = await call(ctx.app, null, 'POST', '/api/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json().error;
    expect(fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'username']);
    expect(fields.every((f: { message: string }) => /[\u4e00-\u9fa5]/.test(f.message))).toBe(true);
  });

  it('refuses an oversized body before reading it', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
