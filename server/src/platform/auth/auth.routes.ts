import {
  changePasswordInput,
  loginInput,
  passwordResetInput,
  roleGrantInput,
  userInput,
  userListQuery,
  userUpdate,
} from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../services';
import { defineRoute } from '../http/routes';
import { SESSION_COOKIE, sessionCookieOptions } from '../http/session-hook';
import { type Actor, abilitiesOf } from './permissions';

const idParams = z.object({ id: z.string().uuid('编号格式错误') });

export function sessionInfo(actor: Actor, csrfToken: string, services: Services) {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      roles: actor.grants.map((g) => ({ id: g.id, role: g.role, agencyId: g.agencyId, agencyName: g.agencyName })),
      abilities: abilitiesOf(actor),
    },
    csrfToken,
    mode: services.config.mode,
    idleMinutes: services.config.sessionIdleMinutes,
  };
}

export function registerAuthRoutes(app: FastifyInstance, services: Services): void {
  const { auth, users, config } = services;

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    summary: '登录',
    tags: ['auth'],
    schema: { body: loginInput },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async ({ req, reply, body }) => {
      const result = await auth.login(body.username, body.password, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
      });
      reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(config));
      const resolved = await auth.resolve(result.token, { ip: req.ip, requestId: req.id });
      return sessionInfo(resolved!.actor, result.csrfToken, services);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/session',
    access: 'session',
    summary: '当前会话',
    tags: ['auth'],
    handler: async ({ req, actor }) => sessionInfo(actor, req.csrfToken!, services),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/logout',
    access: 'session',
    summary: '退出登录',
    tags: ['auth'],
    handler: async ({ reply, actor }) => {
      await auth.logout(actor);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/password',
    access: 'session',
    summary: '修改本人密码',
    tags: ['auth'],
    schema: { body: changePasswordInput },
    handler: async ({ actor, body }) => {
      await auth.changePassword(
        actor,
        body.currentPassword,
        body.newPassword,
        users.passwordProblems(body.newPassword),
      );
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/users',
    access: 'user.manage',
    summary: '用户列表',
    tags: ['users'],
    schema: { querystring: userListQuery },
    handler: async ({ query }) => users.list(query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/users',
    access: 'user.manage',
    summary: '新增用户',
    tags: ['users'],
    schema: { body: userInput },
    handler: async ({ actor, body }) => users.create(actor, body),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/users/:id',
    access: 'user.manage',
    summary: '修改用户（姓名、启用或停用）',
    tags: ['users'],
    schema: { params: idParams, body: userUpdate },
    handler: async ({ actor, params, body }) => users.update(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/users/:id/roles',
    access: 'user.manage',
    summary: '授予角色',
    tags: ['users'],
    schema: { params: idParams, body: roleGrantInput },
    handler: async ({ actor, params, body }) => users.grant(actor, params.id, body.role, body.agencyId),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/users/:id/roles/:grantId',
    access: 'user.manage',
    summary: '撤销角色',
    tags: ['users'],
    schema: { params: z.object({ id: z.string().uuid(), grantId: z.string().uuid() }) },
    handler: async ({ actor, params }) => users.revoke(actor, params.id, params.grantId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/users/:id/password',
    access: 'user.manage',
    summary: '重置密码',
    tags: ['users'],
    schema: { params: idParams, body: passwordResetInput },
    handler: async ({ actor, params, body }) => {
      await users.resetPassword(actor, params.id, body.password);
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/users/:id/unlock',
    access: 'user.manage',
    summary: '解除登录锁定',
    tags: ['users'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => users.unlock(actor, params.id),
  });
}
