import type { AgencyDetail, AgencySummary } from '@zhifa/contracts';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, enforcementCategoryLabel } from '@zhifa/domain';
import type { PublicOfficer } from '../officers/officers.public';
import { definitionList, escapeHtml } from './portal.layout';

/** Region codes to names, falling back to the code itself. */
export function regionNames(codes: string[], regions: Map<string, string>): string {
  return codes.map((c) => regions.get(c) ?? c).join('、');
}

export function categoryNames(codes: string[]): string {
  return codes.map(enforcementCategoryLabel).join('、');
}

function kindLabel(kind: string): string {
  return (AGENCY_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** A phone number as a tel: link (digits and dashes only in the href). */
function phoneLink(phone: string): string {
  if (!phone) return '';
  const tel = phone.replace(/[^0-9+]/g, '');
  return tel ? `<a href="tel:${escapeHtml(tel)}">${escapeHtml(phone)}</a>` : escapeHtml(phone);
}

function websiteLink(url: string): string {
  if (!url) return '';
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

export function supervisionPanel(supervisor: AgencyDetail | null): string {
  if (!supervisor) return '';
  return `<section class="panel" aria-labelledby="supervision-title">
  <h2 id="supervision-title">行政执法监督与投诉举报</h2>
  <p>对行政执法行为有异议，或发现执法人员未出示执法证件、冒用执法证件、违法执法的，可以向行政执法监督机构反映。</p>
  ${definitionList([
    ['监督机构', `<a href="/agencies/${escapeHtml(supervisor.id)}">${escapeHtml(supervisor.name)}</a>`],
    ['监督电话', phoneLink(supervisor.supervisionPhone)],
    ['投诉举报渠道', escapeHtml(supervisor.complaintChannel)],
    ['地址', escapeHtml(supervisor.address)],
  ])}
</section>`;
}

export function homeBody(agencies: AgencySummary[], supervisor: AgencyDetail | null): string {
  const groups = AGENCY_KINDS.map((kind) => ({ kind, items: agencies.filter((a) => a.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const other = agencies.filter((a) => !(AGENCY_KINDS as readonly string[]).includes(a.kind));
  if (other.length) groups.push({ kind: 'OTHER' as never, items: other });
  const sections = groups
    .map(
      (g) => `<h3>${escapeHtml(kindLabel(g.kind))}（${g.items.length} 个）</h3>
<ul class="grid">${g.items
        .map(
          (a) => `<li class="card">
  <h4 class="card-title"><a href="/agencies/${escapeHtml(a.id)}">${escapeHtml(a.name)}</a></h4>
  <p>执法领域：${escapeHtml(enforcementCategoryLabel(a.sector))}</p>
  <p>持证执法人员：${escapeHtml(a.officerCount)} 名</p>
</li>`,
        )
        .join('')}</ul>`,
    )
    .join('\n');
  return `<h1>行政执法公示平台</h1>
<p class="lead">依照“谁执法谁公示”的原则，本平台公开各行政执法主体的基本信息和执法人员清单，并提供执法证件在线核验。</p>

<section class="panel" aria-labelledby="check-title">
  <h2 id="check-title">执法证件核验</h2>
  <p>执法人员在检查、调查取证、采取强制措施等执法活动中应当主动出示执法证件（亮证执法）。输入证件上的编号，或用手机扫描证件上的二维码，即可核验证件是否有效。</p>
  <form class="check" method="get" action="/certificates">
    <div class="field">
      <label for="home-number">执法证件编号</label>
      <input type="text" id="home-number" name="number" maxlength="40" autocomplete="off" spellcheck="false">
    </div>
    <button class="button" type="submit">查询</button>
  </form>
</section>

<section id="agencies" aria-labelledby="agencies-title">
  <h2 id="agencies-title">执法主体</h2>
  <p>共 ${agencies.length} 个执法主体。点击名称查看主体信息和执法人员清单。</p>
  ${sections || '<p>暂无已公示的执法主体。</p>'}
</section>

<section aria-labelledby="systems-title">
  <h2 id="systems-title">关于行政执法“三项制度”</h2>
  <p>根据国务院办公厅《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号），行政执法机关全面推行：</p>
  <ul class="systems">
    <li><strong>行政执法公示制度</strong>：事前公开执法主体、执法人员（姓名、执法证件编号、执法类别）、职责权限、依据和程序；事中亮证执法，出示执法证件、告知事由；事后公开执法决定。</li>
    <li><strong>执法全过程记录制度</strong>：通过文字、音像等方式对执法的启动、调查取证、审核决定、送达执行等全过程进行记录，做到可回溯管理。</li>
    <li><strong>重大执法决定法制审核制度</strong>：作出重大执法决定前，须经法制审核，未经审核或审核未通过的，不得作出决定。</li>
  </ul>
</section>

${supervisionPanel(supervisor)}`;
}

export interface RosterPage {
  items: PublicOfficer[];
  total: number;
  page: number;
  pageSize: number;
}

function agencyFacts(a: AgencyDetail): string {
  const entrusted = a.kind === 'ENTRUSTED_ORG';
  const units = a.units.length ? `<ul>${a.units.map((u) => `<li>${escapeHtml(u.name)}</li>`).join('')}</ul>` : '';
  const term =
    a.entrustmentFrom || a.entrustmentUntil
      ? `${escapeHtml(a.entrustmentFrom ?? '')} 至 ${escapeHtml(a.entrustmentUntil ?? '')}`
      : '未公示';
  return definitionList([
    ['主体名称', escapeHtml(a.name)],
    ['主体类别', escapeHtml(kindLabel(a.kind))],
    ['执法领域', escapeHtml(enforcementCategoryLabel(a.sector))],
    ['所在区域', escapeHtml(a.regionName)],
    ['统一社会信用代码', escapeHtml(a.creditCode ?? '')],
    [
      '委托机关',
      entrusted
        ? a.entrustingAgencyId && a.entrustingAgencyName
          ? `<a href="/agencies/${escapeHtml(a.entrustingAgencyId)}">${escapeHtml(a.entrustingAgencyName)}</a>`
          : '未公示'
        : '',
    ],
    ['委托事项和权限', entrusted ? escapeHtml(a.entrustmentScope || '未公示') : ''],
    ['委托期限', entrusted ? term : ''],
    ['地址', escapeHtml(a.address)],
    ['邮政编码', escapeHtml(a.postcode)],
    ['联系电话', phoneLink(a.phone)],
    ['网站', websiteLink(a.website)],
    ['监督电话', phoneLink(a.supervisionPhone)],
    ['投诉举报渠道', escapeHtml(a.complaintChannel)],
    ['内设机构', units],
  ]);
}

function pageUrl(agencyId: string, page: number, q: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return `/agencies/${encodeURIComponent(agencyId)}${s ? `?${s}` : ''}#roster-title`;
}

function pagination(agencyId: string, roster: RosterPage, q: string): string {
  const pages = Math.max(1, Math.ceil(roster.total / roster.pageSize));
  const { page } = roster;
  const prev =
    page > 1
      ? `<a href="${escapeHtml(pageUrl(agencyId, page - 1, q))}" rel="prev" aria-label="上一页（第 ${page - 1} 页）">上一页</a>`
      : '<span class="disabled" aria-disabled="true">上一页</span>';
  const next =
    page < pages
      ? `<a href="${escapeHtml(pageUrl(agencyId, page + 1, q))}" rel="next" aria-label="下一页（第 ${page + 1} 页）">下一页</a>`
      : '<span class="disabled" aria-disabled="true">下一页</span>';
  return `<nav class="pagination" aria-label="执法人员清单分页">${prev}<span>第 ${page} / ${pages} 页</span>${next}</nav>`;
}

export function agencyBody(a: AgencyDetail, roster: RosterPage, q: string, regions: Map<string, string>): string {
  const rows = roster.items
    .map(
      (o) => `<tr>
  <th scope="row">${escapeHtml(o.name)}</th>
  <td>${escapeHtml(o.unitName ?? '')}</td>
  <td>${escapeHtml(o.post)}</td>
  <td class="number"><a href="/certificates?number=${encodeURIComponent(o.certificateNumber)}" aria-label="核验执法证件 ${escapeHtml(o.certificateNumber)}">${escapeHtml(o.certificateNumber)}</a></td>
  <td>${escapeHtml(categoryNames(o.categories))}</td>
  <td>${escapeHtml(regionNames(o.regions, regions))}</td>
</tr>`,
    )
    .join('');
  const summary = q
    ? `按“${escapeHtml(q)}”查询到 ${roster.total} 名执法人员。`
    : `共 ${roster.total} 名持有效执法证件的执法人员。`;
  const table = roster.items.length
    ? `<div class="table-wrap" role="region" aria-labelledby="roster-caption" tabindex="0">
<table>
  <caption id="roster-caption">${escapeHtml(a.name)}执法人员清单（第 ${roster.page} 页）</caption>
  <thead><tr>
    <th scope="col">姓名</th><th scope="col">内设机构</th><th scope="col">职务</th>
    <th scope="col">执法证件编号</th><th scope="col">执法类别</th><th scope="col">执法区域</th>
  </tr></thead>
  <tbody>${rows}</tbody>
</table>
</div>
${pagination(a.id, roster, q)}`
    : `<p>${q ? '没有符合条件的执法人员，请更换查询条件。' : '暂无公示的执法人员。'}</p>`;
  return `<p class="muted"><a href="/">首页</a> › 执法主体</p>
<h1>${escapeHtml(a.name)}</h1>
<p><a href="/agencies/${escapeHtml(a.id)}/catalogue">事前公示清单</a>（执法事项、裁量基准、服务指南、监督和救济渠道等）</p>

<section aria-labelledby="info-title">
  <h2 id="info-title">主体信息</h2>
  ${agencyFacts(a)}
</section>

<section aria-labelledby="roster-title">
  <h2 id="roster-title">执法人员清单</h2>
  <p>下列人员持有有效的行政执法证件，可以在证件载明的执法类别和区域内从事行政执法活动。点击证件编号可核验证件状态。</p>
  <form class="search" method="get" action="/agencies/${escapeHtml(a.id)}" role="search" aria-label="查询执法人员">
    <div class="field">
      <label for="roster-q">姓名或执法证件编号</label>
      <input type="search" id="roster-q" name="q" value="${escapeHtml(q)}" maxlength="40" autocomplete="off">
    </div>
    <button class="button" type="submit">查询</button>
    ${q ? `<a href="/agencies/${escapeHtml(a.id)}#roster-title">清除查询条件</a>` : ''}
  </form>
  <p>${summary}</p>
  ${table}
</section>`;
}
