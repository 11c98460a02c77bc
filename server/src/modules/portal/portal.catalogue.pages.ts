import { LIST_TYPES, type ListType } from '@zhifa/contracts';
import { todayInShanghai } from '@zhifa/domain';
import { beijingDateTime } from '../../platform/time';
import type { PublishedList, PublishedVersion } from '../catalogue/catalogue.service';
import { renderEntries } from './portal.catalogue.entries';
import { LIST_GROUPS, LIST_TYPE_HINTS, LIST_TYPE_LABELS } from './portal.catalogue.labels';
import { escapeHtml } from './portal.layout';

/**
 * Bodies of the public catalogue pages (事前公示, PUB-BEFORE; issue 4 §6). Server-rendered, no scripts; every
 * value escaped. Element ids of the page itself contain a colon so that they never clash with an entry code
 * (codes are letters, digits, ".", "_" and "-"), which is the anchor of each entry.
 */
const esc = escapeHtml;
const HASH_STYLE = 'style="word-break:break-all"';

export interface AgencyRef {
  id: string;
  name: string;
}

export function catalogueUrl(agencyId: string, listType?: ListType, extra = ''): string {
  const base = `/agencies/${encodeURIComponent(agencyId)}/catalogue`;
  return listType ? `${base}/${listType}${extra}` : base;
}

/** The public API (open data) of one list; downloads and JSON are served by the catalogue module. */
export function apiUrls(agencyId: string, listType: ListType, version: number) {
  const base = `/api/public/catalogue/agencies/${encodeURIComponent(agencyId)}/${listType}`;
  return {
    json: `${base}?version=${version}`,
    versions: `${base}/versions`,
    xlsx: `${base}/download?format=xlsx&version=${version}`,
    csv: `${base}/download?format=csv&version=${version}`,
  };
}

/** The inclusion proof of the publication's audit event on the transparency page (issue 3 §4). */
function proofUrl(auditEventId: number): string {
  return `/transparency/proof?id=${encodeURIComponent(String(auditEventId))}`;
}

function beijing(iso: string | null): string {
  return iso ? `${beijingDateTime(new Date(iso))}（北京时间）` : '—';
}

function breadcrumb(agency: AgencyRef, listType?: ListType, last?: string): string {
  const parts = [
    '<a href="/">首页</a>',
    `<a href="/agencies/${esc(agency.id)}">${esc(agency.name)}</a>`,
    listType ? `<a href="${esc(catalogueUrl(agency.id))}">事前公示</a>` : '事前公示',
  ];
  if (listType)
    parts.push(
      last
        ? `<a href="${esc(catalogueUrl(agency.id, listType))}">${esc(LIST_TYPE_LABELS[listType])}</a>`
        : esc(LIST_TYPE_LABELS[listType]),
    );
  if (last) parts.push(esc(last));
  return `<p class="muted">${parts.join(' › ')}</p>`;
}

export interface IndexRow {
  listType: ListType;
  current: PublishedVersion | null;
}

function card(agencyId: string, row: IndexRow): string {
  const name = LIST_TYPE_LABELS[row.listType];
  const c = row.current;
  const title = c ? `<a href="${esc(catalogueUrl(agencyId, row.listType))}">${esc(name)}</a>` : esc(name);
  const status = c
    ? `<p>第 ${esc(c.version)} 版 · 自 ${esc(c.effectiveFrom)} 起施行 · 共 ${esc(c.entryCount)} 条</p>`
    : '<p><strong>尚未公布</strong></p>';
  return `<li class="card">
  <h3 class="card-title">${title}</h3>
  <p>${esc(LIST_TYPE_HINTS[row.listType])}</p>
  ${status}
</li>`;
}

/** GET /agencies/:agencyId/catalogue — the agency's 事前公示 index. */
export function catalogueIndexBody(agency: AgencyRef, rows: IndexRow[]): string {
  const byType = new Map(rows.map((r) => [r.listType, r]));
  const groups = LIST_GROUPS.map(
    (g, i) => `<section aria-labelledby="group:${i}">
  <h2 id="group:${i}">${esc(g.title)}</h2>
  <ul class="grid">${g.types.map((t) => card(agency.id, byType.get(t) ?? { listType: t, current: null })).join('')}</ul>
</section>`,
  ).join('\n');
  const published = rows.filter((r) => r.current).length;
  return `${breadcrumb(agency)}
<h1>${esc(agency.name)}事前公示</h1>
<p class="lead">依照“谁执法谁公示”的原则，本机关在实施行政执法前公开执法主体、执法人员、职责权限、执法依据、裁量基准、办事指南和监督救济渠道。已公布 ${published} / ${LIST_TYPES.length} 类清单。</p>

<section aria-labelledby="who:title">
  <h2 id="who:title">执法主体和执法人员</h2>
  <ul class="grid">
    <li class="card">
      <h3 class="card-title"><a href="/agencies/${esc(agency.id)}">执法主体信息</a></h3>
      <p>主体名称、类别、执法领域、地址、联系电话和监督电话。</p>
    </li>
    <li class="card">
      <h3 class="card-title"><a href="/agencies/${esc(agency.id)}#roster-title">执法人员清单</a></h3>
      <p>持有有效执法证件的执法人员姓名、证件编号和执法类别。</p>
    </li>
  </ul>
</section>

${groups}

<section class="panel" aria-labelledby="search:title">
  <h2 id="search:title">查询执法事项</h2>
  <p>可按关键词查询所有执法主体已公布的清单条目。</p>
  ${searchForm('', '', null, 'index:q')}
</section>`;
}

function versionFacts(v: Pick<PublishedVersion, 'version' | 'effectiveFrom' | 'publishedAt' | 'contentHash'>): string {
  return `第 ${esc(v.version)} 版，自 ${esc(v.effectiveFrom)} 起施行，公布于 ${esc(beijing(v.publishedAt))}，内容摘要 SM3：<code ${HASH_STYLE}>${esc(v.contentHash || '—')}</code>`;
}

/** GET /agencies/:agencyId/catalogue/:listType — one published version. */
export function listBody(agency: AgencyRef, v: PublishedList, current: number | null, now = new Date()): string {
  const name = LIST_TYPE_LABELS[v.listType];
  const urls = apiUrls(agency.id, v.listType, v.version);
  const old =
    current !== null && current !== v.version
      ? `<div class="result unknown" role="note">
  <p class="verdict">这是历史版本</p>
  <p>第 ${esc(v.version)} 版已被新版本取代，仅供查阅。<a href="${esc(catalogueUrl(agency.id, v.listType))}">查看现行版本（第 ${esc(current)} 版）</a></p>
</div>`
      : '';
  const future =
    v.effectiveFrom > todayInShanghai(now)
      ? `<p><strong>该版本尚未施行，将于 ${esc(v.effectiveFrom)} 起施行。</strong></p>`
      : '';
  const proof =
    v.auditEventId !== null ? `（<a href="${esc(proofUrl(v.auditEventId))}">查看该次公布的包含证明</a>）` : '';
  return `${breadcrumb(agency, v.listType)}
<h1>${esc(name)}</h1>
<p class="lead">${esc(agency.name)} · ${esc(LIST_TYPE_HINTS[v.listType])}</p>
${old}
<section class="panel" aria-labelledby="version:title">
  <h2 id="version:title">版本信息</h2>
  <p>${versionFacts(v)}</p>
  ${future}
  ${v.changeReason ? `<p>修订说明：${esc(v.changeReason)}</p>` : ''}
  <ul>
    <li><a href="${esc(catalogueUrl(agency.id, v.listType, '/versions'))}">历史版本</a></li>
    <li><a href="${esc(urls.xlsx)}">下载 Excel</a> · <a href="${esc(urls.csv)}">下载 CSV</a> · <a href="${esc(urls.json)}">JSON 数据</a></li>
  </ul>
  <p>该版本的公布已记入透明日志，任何人都可以核验它公布后未被改动：<a href="/transparency">透明日志</a>${proof}</p>
</section>

<section aria-labelledby="entries:title">
  <h2 id="entries:title">清单内容（共 ${esc(v.entryCount)} 条）</h2>
  ${renderEntries({ agencyId: agency.id, listType: v.listType }, v.entries, `${agency.name}${name}（第 ${v.version} 版）`)}
</section>`;
}

/** A known list the agency has not published yet. */
export function notPublishedBody(agency: AgencyRef, listType: ListType): string {
  return `${breadcrumb(agency, listType)}
<h1>${esc(LIST_TYPE_LABELS[listType])}</h1>
<p class="lead">${esc(agency.name)}尚未公布${esc(LIST_TYPE_LABELS[listType])}。</p>
<p><a href="${esc(catalogueUrl(agency.id))}">返回事前公示</a></p>`;
}

/** GET /agencies/:agencyId/catalogue/:listType/versions — the published versions, newest first. */
export function versionsBody(agency: AgencyRef, listType: ListType, versions: PublishedVersion[]): string {
  const name = LIST_TYPE_LABELS[listType];
  const rows = versions.map((v) => {
    const current = v.status === 'PUBLISHED';
    const href = current
      ? catalogueUrl(agency.id, listType)
      : catalogueUrl(agency.id, listType, `?version=${v.version}`);
    return `<tr>
  <th scope="row"><a href="${esc(href)}">第 ${esc(v.version)} 版</a>${current ? '（现行）' : ''}</th>
  <td class="number">${esc(v.effectiveFrom)}</td>
  <td class="number">${esc(beijing(v.publishedAt))}</td>
  <td class="number">${esc(v.entryCount)}</td>
  <td>${esc(v.changeReason || '—')}</td>
  <td><code ${HASH_STYLE}>${esc(v.contentHash || '—')}</code></td>
  <td>${v.auditEventId !== null ? `<a href="${esc(proofUrl(v.auditEventId))}" aria-label="第 ${esc(v.version)} 版公布的包含证明">包含证明</a>` : '—'}</td>
</tr>`;
  });
  const table = versions.length
    ? `<div class="table-wrap" role="region" aria-labelledby="versions:caption" tabindex="0">
<table>
  <caption id="versions:caption">${esc(agency.name)}${esc(name)}历史版本</caption>
  <thead><tr><th scope="col">版本</th><th scope="col">施行日期</th><th scope="col">公布时间</th><th scope="col">条目数</th><th scope="col">修订说明</th><th scope="col">内容摘要（SM3）</th><th scope="col">透明日志</th></tr></thead>
  <tbody>${rows.join('\n')}</tbody>
</table>
</div>`
    : `<p>${esc(agency.name)}尚未公布${esc(name)}。</p>`;
  return `${breadcrumb(agency, listType, '历史版本')}
<h1>${esc(name)}历史版本</h1>
<p class="lead">${esc(agency.name)}公布的每一个版本都保持公布时的内容，不再修改；更正以新版本公布。内容摘要是对清单内容计算的 SM3 杂凑值，可与下载的数据核对。</p>
${table}
<p><a href="${esc(apiUrls(agency.id, listType, 1).versions)}">历史版本 JSON 数据</a></p>`;
}

/** The keyword search form; `error` marks the input invalid. `id` keeps ids unique when several forms exist. */
export function searchForm(q: string, listType: string, error: string | null, id = 'q'): string {
  const hint = `${id}:hint`;
  const err = `${id}:error`;
  const options = [`<option value="">全部清单</option>`]
    .concat(
      LIST_TYPES.map(
        (t) => `<option value="${t}"${t === listType ? ' selected' : ''}>${esc(LIST_TYPE_LABELS[t])}</option>`,
      ),
    )
    .join('');
  return `<form class="search" method="get" action="/catalogue/search" role="search" aria-label="查询执法事项" novalidate>
  <div class="field">
    <label for="${id}">关键词</label>
    <span class="hint" id="${hint}">例如：食品经营、广告、占道。不超过 60 个字。</span>
    ${error ? `<p class="error-message" id="${err}">${esc(error)}</p>` : ''}
    <input type="search" id="${id}" name="q" value="${esc(q)}" maxlength="60" autocomplete="off" aria-describedby="${error ? `${hint} ${err}` : hint}"${error ? ' aria-invalid="true"' : ''}>
  </div>
  <div class="field" style="flex:0 1 18em">
    <label for="${id}:type">清单类别</label>
    <select id="${id}:type" name="listType" style="font:inherit;min-height:2.6em;padding:0.3em 0.5em;border:2px solid #1a1a1a;border-radius:4px;background:#fff;color:#1a1a1a">${options}</select>
  </div>
  <button class="button" type="submit">查询</button>
</form>`;
}
