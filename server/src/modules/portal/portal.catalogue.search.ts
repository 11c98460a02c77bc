import { catalogueSearchQuery, LIST_TYPES, type ListType } from '@zhifa/contracts';
import { LIST_TYPE_LABELS } from './portal.catalogue.labels';
import { catalogueUrl, searchForm } from './portal.catalogue.pages';
import { escapeHtml } from './portal.layout';

/**
 * GET /catalogue/search — keyword search over every agency's published entries (issue 4 §6; the tokenising
 * with jieba and the ranking are the catalogue service's). Works without JavaScript: a GET form and links.
 */
const esc = escapeHtml;
export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  agencyId: string;
  agencyName: string;
  listType: ListType;
  code: string;
  title: string;
}

export interface SearchResults {
  items: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

export type SearchInput =
  | { kind: 'EMPTY'; listType: string }
  | { kind: 'INVALID'; q: string; listType: string; message: string }
  | { kind: 'OK'; q: string; listType: ListType | undefined; page: number };

/** Reads ?q=&listType=&page= with the contract's rules (Chinese messages); no q at all is the empty form. */
export function parseSearch(raw: { q: string | null; listType: string; page: string }): SearchInput {
  const listType = raw.listType;
  if (raw.q === null) return { kind: 'EMPTY', listType };
  if (listType !== '' && !(LIST_TYPES as readonly string[]).includes(listType)) {
    return { kind: 'INVALID', q: raw.q.slice(0, 60), listType: '', message: '请选择清单类别。' };
  }
  const r = catalogueSearchQuery.safeParse({
    q: raw.q,
    ...(listType ? { listType } : {}),
    page: /^\d{1,6}$/.test(raw.page) ? raw.page : 1,
    pageSize: SEARCH_PAGE_SIZE,
  });
  if (!r.success) {
    const message = r.error.issues[0]?.message ?? '关键词无效';
    return { kind: 'INVALID', q: raw.q.slice(0, 60), listType, message: `${message}。` };
  }
  return { kind: 'OK', q: r.data.q, listType: r.data.listType, page: r.data.page };
}

export function searchUrl(q: string, listType: string | undefined, page = 1): string {
  const params = new URLSearchParams({ q });
  if (listType) params.set('listType', listType);
  if (page > 1) params.set('page', String(page));
  return `/catalogue/search?${params.toString()}`;
}

function pagination(q: string, listType: string | undefined, r: SearchResults): string {
  const pages = Math.max(1, Math.ceil(r.total / r.pageSize));
  if (pages === 1) return '';
  const { page } = r;
  const prev =
    page > 1
      ? `<a href="${esc(searchUrl(q, listType, page - 1))}" rel="prev" aria-label="上一页（第 ${page - 1} 页）">上一页</a>`
      : '<span class="disabled" aria-disabled="true">上一页</span>';
  const next =
    page < pages
      ? `<a href="${esc(searchUrl(q, listType, page + 1))}" rel="next" aria-label="下一页（第 ${page + 1} 页）">下一页</a>`
      : '<span class="disabled" aria-disabled="true">下一页</span>';
  return `<nav class="pagination" aria-label="查询结果分页">${prev}<span>第 ${page} / ${pages} 页</span>${next}</nav>`;
}

function resultsTable(q: string, listType: string | undefined, r: SearchResults): string {
  const rows = r.items.map((h) => {
    const href = catalogueUrl(h.agencyId, h.listType, `#${encodeURIComponent(h.code)}`);
    return `<tr>
  <th scope="row"><a href="${esc(href)}">${esc(h.title)}</a></th>
  <td class="number">${esc(h.code)}</td>
  <td>${esc(LIST_TYPE_LABELS[h.listType] ?? h.listType)}</td>
  <td><a href="${esc(catalogueUrl(h.agencyId))}">${esc(h.agencyName)}</a></td>
</tr>`;
  });
  return `<div class="table-wrap" role="region" aria-labelledby="results:caption" tabindex="0">
<table>
  <caption id="results:caption">查询结果（第 ${esc(r.page)} 页）</caption>
  <thead><tr><th scope="col">名称</th><th scope="col">编码</th><th scope="col">清单</th><th scope="col">执法主体</th></tr></thead>
  <tbody>${rows.join('\n')}</tbody>
</table>
</div>
${pagination(q, listType, r)}`;
}

function intro(): string {
  return `<p class="muted"><a href="/">首页</a> › 查询执法事项</p>
<h1>查询执法事项</h1>
<p class="lead">按关键词查询各执法主体已公布的执法事项、随机抽查事项、裁量基准、“四张清单”、服务指南等条目。</p>`;
}

export function searchBody(input: SearchInput, results?: SearchResults): string {
  if (input.kind === 'EMPTY') return `${intro()}\n${searchForm('', input.listType, null)}`;
  if (input.kind === 'INVALID') return `${intro()}\n${searchForm(input.q, input.listType, input.message)}`;
  const r = results ?? { items: [], total: 0, page: 1, pageSize: SEARCH_PAGE_SIZE };
  const scope = input.listType ? `在${esc(LIST_TYPE_LABELS[input.listType])}中` : '';
  const summary = r.total
    ? `<p role="status">${scope}按“${esc(input.q)}”查询到 ${esc(r.total)} 个条目。</p>`
    : `<p role="status">${scope}没有找到与“${esc(input.q)}”相关的已公布条目。请换一个关键词，或减少关键词的字数后再试。</p>`;
  return `${intro()}
${searchForm(input.q, input.listType ?? '', null)}
<section aria-labelledby="results:title">
  <h2 id="results:title">查询结果</h2>
  ${summary}
  ${r.total ? resultsTable(input.q, input.listType, r) : ''}
</section>`;
}
