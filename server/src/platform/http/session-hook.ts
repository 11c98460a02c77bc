import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/permissions';
import type { Config } from '../config';
import { AppError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

export const SESSION_COOKIE = 'zhifa_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie on API requests and enforces CSRF on every state-changing request
 * made with a session: the `x-csrf-token` header must equal the token bound to the session.
 */
export function installSessionHook(app: FastifyInstance, auth: AuthService, config: Config): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await auth.resolve(token, { ip: req.ip, requestId: req.id });
    if (!resolved) return;
    req.actor = resolved.actor;
    req.csrfToken = resolved.csrfToken;
    if (
      !SAFE_METHODS.has(req.method) &&
      req.url !== '/api/auth/login' &&
      req.headers['x-csrf-token'] !== resolved.csrfToken
    ) {
      throw new AppError('CSRF', '请求校验失败，请刷新页面后重试');
    }
  });
  void config;
}

export function sessionCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
  };
}
