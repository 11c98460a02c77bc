import type { AgencyDetail } from '@zhifa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import type { Services } from '../../services';
import { isListType, LIST_TYPE_LABELS } from './portal.catalogue.labels';
import { type AgencyRef, catalogueIndexBody, listBody, notPublishedBody, versionsBody } from './portal.catalogue.pages';
import { catalogueReader } from './portal.catalogue.reader';
import { parseSearch, SEARCH_PAGE_SIZE, searchBody } from './portal.catalogue.search';
import { layout, messagePage, queryString } from './portal.layout';

/**
 * Portal pages of the catalogue (事前公示, PUB-BEFORE; issue 4 §6): server-rendered, no scripts, elder mode.
 *   GET /agencies/:agencyId/catalogue                         the agency's index: every list with its current version
 *   GET /agencies/:agencyId/catalogue/:listType[?version=n]   one published version, rendered per list type
 *   GET /agencies/:agencyId/catalogue/:listType/versions      the version history
 *   GET /catalogue/search?q=&listType=&page=                  keyword search across all agencies
 * Only published versions are read (drafts never reach the portal); the data and downloads come from the
 * catalogue service and its public API under /api/public/catalogue.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}

function notFound(req: FastifyRequest, reply: FastifyReply, what = '页面'): FastifyReply {
  return sendHtml(
    reply,
    404,
    messagePage(req, '页面不存在', `您访问的${what}不存在或已不再公示，请检查网址，或从首页重新查找。`),
  );
}

/** Errors on these pages are answered with a Chinese HTML page, never JSON and never internals. */
function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError && err.code === 'NOT_FOUND') return notFound(req, reply);
  if (err.statusCode === 429) {
    return sendHtml(reply, 429, messagePage(req, '查询过于频繁', '您的查询过于频繁，请稍等一分钟后再试。'));
  }
  req.log.error({ err }, 'catalogue portal page failed');
  return sendHtml(reply, 500, messagePage(req, '系统繁忙', '系统暂时无法处理您的请求，请稍后重试。'));
}

export function registerCataloguePortal(app: FastifyInstance, services: Services): void {
  const reader = catalogueReader(services);
  const opts = { schema: { hide: true }, errorHandler };

  /** The agency of the URL, or null (not a UUID, or no such agency) — the caller answers 404. */
  async function agencyOf(id: string): Promise<AgencyRef | null> {
    if (!UUID.test(id)) return null;
    try {
      const a: AgencyDetail = await services.org.getAgency(null, id);
      return { id: a.id, name: a.name };
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  }

  app.get('/agencies/:agencyId/catalogue', opts, async (req, reply) => {
    const { agencyId } = req.params as { agencyId: string };
    const agency = await agencyOf(agencyId);
    if (!agency) return notFound(req, reply, '执法主体');
    const rows = await reader.currentVersions(agency.id);
    const body = catalogueIndexBody(agency, rows);
    return sendHtml(reply, 200, layout({ req, title: `${agency.name}事前公示`, nav: 'agencies', body }));
  });

  app.get('/agencies/:agencyId/catalogue/:listType', opts, async (req, reply) => {
    const { agencyId, listType } = req.params as { agencyId: string; listType: string };
    const agency = isListType(listType) ? await agencyOf(agencyId) : null;
    if (!agency || !isListType(listType)) return notFound(req, reply);
    const rawVersion = queryString(req, 'version');
    if (rawVersion !== '' && !/^[1-9]\d{0,5}$/.test(rawVersion)) return notFound(req, reply, '清单版本');
    const shown = await reader.published(agency.id, listType, rawVersion === '' ? undefined : Number(rawVersion));
    const title = `${agency.name}${LIST_TYPE_LABELS[listType]}`;
    if (!shown) {
      if (rawVersion !== '') return notFound(req, reply, '清单版本');
      const body = notPublishedBody(agency, listType);
      return sendHtml(reply, 200, layout({ req, title, nav: 'agencies', body }));
    }
    // A superseded version links to the current one (the history is light: no entries).
    const current =
      shown.status === 'PUBLISHED'
        ? shown.version
        : ((await reader.versions(agency.id, listType)).find((v) => v.status === 'PUBLISHED')?.version ?? null);
    const body = listBody(agency, shown, current);
    const suffix = shown.status === 'PUBLISHED' ? '' : `（第 ${shown.version} 版）`;
    return sendHtml(reply, 200, layout({ req, title: `${title}${suffix}`, nav: 'agencies', body }));
  });

  app.get('/agencies/:agencyId/catalogue/:listType/versions', opts, async (req, reply) => {
    const { agencyId, listType } = req.params as { agencyId: string; listType: string };
    const agency = isListType(listType) ? await agencyOf(agencyId) : null;
    if (!agency || !isListType(listType)) return notFound(req, reply);
    const versions = await reader.versions(agency.id, listType);
    const body = versionsBody(agency, listType, versions);
    const title = `${agency.name}${LIST_TYPE_LABELS[listType]}历史版本`;
    return sendHtml(reply, 200, layout({ req, title, nav: 'agencies', body }));
  });

  app.get(
    '/catalogue/search',
    { ...opts, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const asked = (req.query as Record<string, unknown> | undefined)?.q !== undefined;
      const input = parseSearch({
        q: asked ? queryString(req, 'q') : null,
        listType: queryString(req, 'listType'),
        page: queryString(req, 'page'),
      });
      const title = '查询执法事项';
      if (input.kind === 'EMPTY') {
        return sendHtml(reply, 200, layout({ req, title, body: searchBody(input) }));
      }
      if (input.kind === 'INVALID') {
        return sendHtml(reply, 400, layout({ req, title: `${title}：输入有误`, body: searchBody(input) }));
      }
      const query = { listType: input.listType, pageSize: SEARCH_PAGE_SIZE };
      let results = await reader.search(input.q, { ...query, page: input.page });
      const pages = Math.max(1, Math.ceil(results.total / SEARCH_PAGE_SIZE));
      if (input.page > pages) results = await reader.search(input.q, { ...query, page: pages });
      const body = searchBody(input, results);
      return sendHtml(reply, 200, layout({ req, title: `${title}：${input.q}`, body }));
    },
  );
}
