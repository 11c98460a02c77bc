import type { AgencyDetail } from '@zhifa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import type { Services } from '../../services';
import { certificateBody, validateNumber } from './portal.certificates';
import { PORTAL_CSS } from './portal.css';
import { ELDER_COOKIE, layout, messagePage, queryString, safeLocalPath } from './portal.layout';
import { agencyBody, homeBody } from './portal.pages';

/**
 * The public portal (公示平台): server-rendered HTML pages that work without JavaScript.
 *   GET /                  首页: agencies by kind, certificate check form, 三项制度, supervision channel
 *   GET /agencies/:id      执法主体页: agency facts (incl. entrustment, APL Art. 20) and the officer roster
 *   GET /certificates      执法证件核验 (事中公示 亮证执法; CERT-CARD)
 *   GET /elder-mode        长者模式 on/off (cookie), then back to a local page
 *   GET /portal/portal.css the stylesheet
 * Only public data: agency facts, officer counts, and what PublicOfficersService returns (no ID or phone numbers).
 */
const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}

function notFoundPage(req: FastifyRequest, reply: FastifyReply, what = '页面'): FastifyReply {
  return sendHtml(
    reply,
    404,
    messagePage(req, '页面不存在', `您访问的${what}不存在或已不再公示，请检查网址，或从首页重新查找。`),
  );
}

/** Errors on portal pages are answered with a Chinese HTML page, never JSON and never internals. */
function portalErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError && err.code === 'NOT_FOUND') return notFoundPage(req, reply);
  if (err.statusCode === 429) {
    return sendHtml(reply, 429, messagePage(req, '查询过于频繁', '您的查询过于频繁，请稍等一分钟后再试。'));
  }
  req.log.error({ err }, 'portal page failed');
  return sendHtml(reply, 500, messagePage(req, '系统繁忙', '系统暂时无法处理您的请求，请稍后重试。'));
}

/** A roster search term: trimmed, at most 40 characters, without LIKE wildcards. */
function searchTerm(raw: string): string {
  return raw
    .trim()
    .slice(0, 40)
    .replace(/[%_\\]/g, '')
    .trim();
}

function pageNumber(raw: string): number {
  return /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
}

export function registerPortal(app: FastifyInstance, services: Services): void {
  const { org, publicOfficers, config } = services;
  const opts = { schema: { hide: true }, errorHandler: portalErrorHandler };

  async function supervisorOf(agencies?: { id: string; isSupervisor: boolean }[]): Promise<AgencyDetail | null> {
    const list = agencies ?? (await org.listAgencies());
    const sup = list.find((a) => a.isSupervisor);
    return sup ? org.getAgency(null, sup.id) : null;
  }

  async function regionMap(): Promise<Map<string, string>> {
    return new Map((await org.listRegions()).map((r) => [r.code, r.name]));
  }

  app.get('/portal/portal.css', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(PORTAL_CSS),
  );

  app.get('/', opts, async (req, reply) => {
    // The count shown is what the roster page lists (officers holding a valid certificate).
    const counts = await publicOfficers.rosterCounts();
    const agencies = (await org.listAgencies()).map((a) => ({ ...a, officerCount: counts.get(a.id) ?? 0 }));
    const supervisor = await supervisorOf(agencies);
    return sendHtml(reply, 200, layout({ req, title: '首页', nav: 'home', body: homeBody(agencies, supervisor) }));
  });

  app.get('/agencies/:id', opts, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!UUID.test(id)) return notFoundPage(req, reply, '执法主体');
    let agency: AgencyDetail;
    try {
      agency = await org.getAgency(null, id);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return notFoundPage(req, reply, '执法主体');
      throw err;
    }
    const q = searchTerm(queryString(req, 'q'));
    const page = pageNumber(queryString(req, 'page'));
    let roster = await publicOfficers.roster(id, { page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
    const pages = Math.max(1, Math.ceil(roster.total / PAGE_SIZE));
    if (page > pages) {
      roster = await publicOfficers.roster(id, { page: pages, pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
    }
    const body = agencyBody(agency, roster, q, await regionMap());
    return sendHtml(reply, 200, layout({ req, title: agency.name, nav: 'agencies', body }));
  });

  app.get(
    '/certificates',
    { ...opts, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const raw = queryString(req, 'number');
      const asked = (req.query as Record<string, unknown>)?.number !== undefined;
      const supervisor = await supervisorOf();
      const page = { regions: new Map<string, string>(), supervisionPhone: supervisor?.supervisionPhone ?? '' };
      const title = '执法证件核验';
      if (!asked) {
        const body = certificateBody({ ...page, value: '', error: null });
        return sendHtml(reply, 200, layout({ req, title, nav: 'certificates', body }));
      }
      const check = validateNumber(raw);
      if (!check.ok || check.number === '') {
        const error = check.ok ? '请输入执法证件编号。' : check.message;
        const body = certificateBody({ ...page, value: check.number, error });
        return sendHtml(reply, 400, layout({ req, title: `${title}：输入有误`, nav: 'certificates', body }));
      }
      const result = await publicOfficers.checkCertificate(check.number);
      const body = certificateBody({ ...page, regions: await regionMap(), value: check.number, error: null, result });
      return sendHtml(reply, 200, layout({ req, title: `${title}：${check.number}`, nav: 'certificates', body }));
    },
  );

  app.get('/elder-mode', opts, async (req, reply) => {
    const back = safeLocalPath(queryString(req, 'back'));
    if (queryString(req, 'on') === '1') {
      reply.setCookie(ELDER_COOKIE, '1', {
        path: '/',
        maxAge: ONE_YEAR_SECONDS,
        sameSite: 'lax',
        httpOnly: true,
        secure: config.cookieSecure,
      });
    } else {
      reply.clearCookie(ELDER_COOKIE, { path: '/', sameSite: 'lax', httpOnly: true, secure: config.cookieSecure });
    }
    return reply.header('cache-control', 'no-store').redirect(back, 303);
  });
}
