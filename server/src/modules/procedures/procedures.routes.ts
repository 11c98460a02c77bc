import { createHash } from 'node:crypto';
import type { AnyProcedureDefinition } from '@zhifa/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../platform/errors';
import { defineRoute } from '../../platform/http/routes';
import { type FlowchartOptions, renderFlowchart } from './flowchart.svg';
import { listProcedures, procedureDefinition, procedureOf } from './procedures.view';

/**
 * Procedure definitions and their flowcharts (一图, issue 5 §5).
 *   GET /api/procedures                                   staff (case.read): id, name, counts
 *   GET /api/procedures/:id                               staff (case.read): the definition as JSON
 *   GET /api/public/procedures/:id/flowchart.svg?current= public (事前公示): the flowchart, current state highlighted
 * The SVG URL is stable: the staff app shows it beside a case.
 */

const PUBLIC_RATE = { rateLimit: { max: 300, timeWindow: '1 minute' } };
const idParams = z.object({ id: z.string().max(64) });

export interface RenderedFlowchart {
  svg: string;
  etag: string;
}

// Definitions only change with a deployment, so a rendering is kept per procedure, state and unit (≈ 200 at most).
const cache = new Map<string, RenderedFlowchart>();

/** The flowchart of a definition, rendered once per (procedure, current state, unit, heading). */
export function flowchartOf(def: AnyProcedureDefinition, opts: FlowchartOptions = {}): RenderedFlowchart {
  const key = `${def.id}|${opts.current ?? ''}|${opts.unit ?? 'px'}|${opts.heading !== false}`;
  let hit = cache.get(key);
  if (!hit) {
    const svg = renderFlowchart(def, opts);
    hit = { svg, etag: `"${createHash('sha256').update(svg).digest('hex').slice(0, 32)}"` };
    cache.set(key, hit);
  }
  return hit;
}

function definitionOr404(id: string): AnyProcedureDefinition {
  const def = procedureOf(id);
  if (!def) throw notFound('执法程序');
  return def;
}

/** Whether an If-None-Match header names this ETag (a list, weak validators, or "*"). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}

export function registerProcedureRoutes(app: FastifyInstance): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/procedures',
    access: 'case.read',
    summary: '执法程序列表（普通程序、简易程序、强制措施等）',
    tags: ['procedures'],
    handler: async () => ({ items: listProcedures() }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/procedures/:id',
    access: 'case.read',
    summary: '执法程序定义：环节、操作、办理角色、法定条件（规则编号）、文书、音像记录要求',
    tags: ['procedures'],
    schema: { params: idParams },
    handler: async ({ params }) => procedureDefinition(definitionOr404(params.id)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/procedures/:id/flowchart.svg',
    access: 'public',
    summary: '公开：执法程序流程图（SVG；current=环节代码 时突出显示当前环节）',
    tags: ['public'],
    config: PUBLIC_RATE,
    schema: {
      params: idParams,
      querystring: z.object({ current: z.string().max(64, '环节代码过长').optional() }),
    },
    handler: async ({ params, query, req, reply }) => {
      const def = definitionOr404(params.id);
      const current = query.current || undefined;
      if (current !== undefined && !def.states.includes(current)) {
        throw new AppError('VALIDATION', `“${def.name}”没有“${current}”这个环节`, [
          { path: 'current', message: '环节代码无效' },
        ]);
      }
      const { svg, etag } = flowchartOf(def, current ? { current } : {});
      reply.header('etag', etag).header('cache-control', 'public, max-age=300, must-revalidate');
      if (matches(req.headers['if-none-match'], etag)) return reply.status(304).send();
      return reply.type('image/svg+xml; charset=utf-8').send(svg);
    },
  });
}
