import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Ability, type Actor, hasAbility } from '../auth/permissions';
import { AppError } from '../errors';

/**
 * Every API route is declared through `defineRoute`, which records it in the registry. The
 * permission-matrix test walks the registry, so a route without an expected answer per role fails.
 *   public  — anyone, no session (portal data, health, sign-in)
 *   session — any signed-in user
 *   Ability — a signed-in user holding that ability somewhere (object checks happen in services)
 */
export type Access = 'public' | 'session' | Ability;

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

export const routeRegistry: RegisteredRoute[] = [];

/** Every route Fastify knows under /api, however it was added: the matrix test compares the two. */
export const apiRoutesSeen: { method: string; url: string }[] = [];

export function watchApiRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs')) return;
    for (const method of [r.method].flat()) if (method !== 'HEAD') apiRoutesSeen.push({ method, url: r.url });
  });
}

type Schemas = {
  body?: z.ZodType;
  querystring?: z.ZodType;
  params?: z.ZodType;
};

type Inferred<S extends Schemas> = {
  body: S['body'] extends z.ZodType ? z.output<S['body']> : undefined;
  query: S['querystring'] extends z.ZodType ? z.output<S['querystring']> : undefined;
  params: S['params'] extends z.ZodType ? z.output<S['params']> : undefined;
};

export interface RouteContext<S extends Schemas, A extends Access> {
  req: FastifyRequest;
  reply: FastifyReply;
  actor: A extends 'public' ? Actor | null : Actor;
  body: Inferred<S>['body'];
  query: Inferred<S>['query'];
  params: Inferred<S>['params'];
}

export interface RouteSpec<S extends Schemas, A extends Access> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: A;
  summary: string;
  tags: string[];
  schema?: S;
  bodyLimit?: number;
  config?: RouteShorthandOptions['config'];
  handler: (ctx: RouteContext<S, A>) => Promise<unknown>;
}

export function defineRoute<S extends Schemas, A extends Access>(app: FastifyInstance, spec: RouteSpec<S, A>): void {
  routeRegistry.push({ method: spec.method, url: spec.url, access: spec.access });
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.url,
    bodyLimit: spec.bodyLimit,
    config: { ...(spec.config ?? {}), access: spec.access },
    schema: { summary: spec.summary, tags: spec.tags, ...(spec.schema ?? {}) },
    // Access is checked before the body is validated, so a refused user learns nothing from validation.
    preValidation: async (req) => {
      if (spec.access === 'public') return;
      if (!req.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
      if (spec.access !== 'session' && !hasAbility(req.actor, spec.access)) {
        throw new AppError('FORBIDDEN', '没有执行此操作的权限');
      }
    },
    handler: async (req, reply) => {
      const actor = req.actor;
      const result = await spec.handler({
        req,
        reply,
        actor: actor as RouteContext<S, A>['actor'],
        body: req.body as Inferred<S>['body'],
        query: req.query as Inferred<S>['query'],
        params: req.params as Inferred<S>['params'],
      });
      if (reply.sent) return reply;
      return result ?? { ok: true };
    },
  });
}
