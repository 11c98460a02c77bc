import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let sec: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  sec = await login(ctx.app, 'secadmin');
});
afterAll(() => ctx.close());

describe('users and roles (security administrator)', () => {
  it('creates a user with a business role who can then sign in', async () => {
    const res = await call(ctx.app, sec, 'POST', '/api/users', {
      username: 'wang.test',
      displayName: '王测试',
      password: 'Qingxi#2026',
      roles: [{ role: 'OFFICER', agencyId: await agencyId(ctx, '县城管执法局') }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().roles[0]).toMatchObject({ role: 'OFFICER', agencyName: '青溪县城市管理和综合执法局' });
    const s = await login(ctx.app, 'wang.test', 'Qingxi#2026');
    expect((await call(ctx.app, s, 'GET', '/api/officers')).json().items[0].agencyName).toBe(
      '青溪县城市管理和综合执法局',
    );
  });

  it('refuses a weak initial password with the policy in Chinese', async () => {
    const res = await call(ctx.app, sec, 'POST', '/api/users', {
      username: 'weak.user',
      displayName: '弱',
      password: 'abc',
      roles: [],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('password');
  });

  it('三员分立: administrator roles are mutually exclusive and never combined with a business role', async () => {
    const created = (
      await call(ctx.app, sec, 'POST', '/api/users', {
        username: 'admin.two',
        displayName: '管理员二',
        password: 'Qingxi#2026',
        roles: [{ role: 'AUDIT_ADMIN', agencyId: null }],
      })
    ).json();
    const second = await call(ctx.app, sec, 'POST', `/api/users/${created.id}/roles`, {
      role: 'SYSTEM_ADMIN',
      agencyId: null,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/审计管理员/);
    const business = await call(ctx.app, sec, 'POST', `/api/users/${created.id}/roles`, {
      role: 'OFFICER',
      agencyId: await agencyId(ctx, '县市场监管局'),
    });
    expect(business.statusCode).toBe(409);
    const selfGrant = await call(ctx.app, sec, 'POST', `/api/users/${sec.userId}/roles`, {
      role: 'AUDIT_ADMIN',
      agencyId: null,
    });
    expect(selfGrant.statusCode).toBe(409);
  });

  it('a supervisor role can only be held in the justice bureau', async () => {
    const u = (
      await call(ctx.app, sec, 'POST', '/api/users', {
        username: 'sup.two',
        displayName: '监督二',
        password: 'Qingxi#2026',
        roles: [],
      })
    ).json();
    const wrong = await call(ctx.app, sec, 'POST', `/api/users/${u.id}/roles`, {
      role: 'SUPERVISOR',
      agencyId: await agencyId(ctx, '县市场监管局'),
    });
    expect(wrong.statusCode).toBe(400);
    const right = await call(ctx.app, sec, 'POST', `/api/users/${u.id}/roles`, {
      role: 'SUPERVISOR',
      agencyId: await agencyId(ctx, '县司法局'),
    });
    expect(right.statusCode).toBe(200);
  });

  it('unlocks a locked account and lists the lock', async () => {
    for (let i = 0; i < 5; i++)
      await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'scj.unit', password: `bad${i}` });
    const list = (await call(ctx.app, sec, 'GET', '/api/users?q=scj.unit')).json();
    expect(list.items[0]).toMatchObject({ username: 'scj.unit', locked: true });
    expect((await call(ctx.app, sec, 'POST', `/api/users/${list.items[0].id}/unlock`)).json().locked).toBe(false);
    expect(
      (await call(ctx.app, null, 'POST', '/api/auth/login', { username: 'scj.unit', password: 'Zhifa@2026' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('production mode', () => {
  it('refuses staff pages until the three administrators exist', async () => {
    const prod = await import('../../../test/helpers').then((h) => h.createTestContext({ ZHIFA_MODE: 'production' }));
    try {
      await prod.superuser.query("DELETE FROM user_roles WHERE role = 'AUDIT_ADMIN'");
      const res = await prod.app.inject({ method: 'GET', url: '/app' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toMatch(/三员|审计管理员/);
      expect((await prod.app.inject({ method: 'GET', url: '/api/meta' })).json()).toEqual({
        mode: 'production',
        demoAccounts: [],
      });
    } finally {
      await prod.close();
    }
  });
});
