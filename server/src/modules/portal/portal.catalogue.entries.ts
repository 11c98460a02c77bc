import {
  type benchmarkEntry,
  type channelEntry,
  type fourListEntry,
  type itemEntry,
  type LegalRef,
  LIST_ENTRY_SCHEMAS,
  type ListType,
  type profileEntry,
  type randomInspectionEntry,
  type reviewCatalogueEntry,
  type serviceGuideEntry,
} from '@zhifa/contracts';
import {
  DISCRETION_TIER_LABELS,
  FOLLOW_UP_LABELS,
  formatCitation,
  formatFenAsYuan,
  ITEM_KIND_LABELS,
  PENALTY_TYPE_LABELS,
} from '@zhifa/domain';
import type { z } from 'zod';
import { AV_LEVEL_LABELS, CHANNEL_KIND_LABELS, TIME_UNIT_LABELS } from '../catalogue/catalogue.labels';
import { LIST_TYPE_LABELS, label } from './portal.catalogue.labels';
import { profileParameterLabel, profileValueHtml } from './portal.catalogue.profile';
import { definitionList, escapeHtml } from './portal.layout';
import { procedureLinksHtml } from './portal.procedures';

/**
 * The entries of one published list, rendered per list type (PUB-BEFORE). Every value is escaped; each entry
 * carries its code as the element id so that search results and cross-links can point at `#<code>`.
 */
type Item = z.output<typeof itemEntry>;
type Inspection = z.output<typeof randomInspectionEntry>;
type Guide = z.output<typeof serviceGuideEntry>;
type Channel = z.output<typeof channelEntry>;
type ReviewEntry = z.output<typeof reviewCatalogueEntry>;
type Benchmark = z.output<typeof benchmarkEntry>;
type FourListEntry = z.output<typeof fourListEntry>;
type ProfileEntry = z.output<typeof profileEntry>;
type Tier = Benchmark['tiers'][number];

export interface EntriesContext {
  agencyId: string;
  listType: ListType;
}

const esc = escapeHtml;
// Inline styles (allowed by the CSP) for the few things the portal stylesheet has no class for.
const NOTE = 'class="muted" style="font-weight:400;margin:0.3em 0 0"';
const NOWRAP = 'style="white-space:nowrap"';
const PANEL_TITLE = 'style="margin-top:0"';

/** Escaped text with its line breaks kept. */
function multiline(s: string | null | undefined): string {
  return esc(s ?? '').replace(/\r?\n/g, '<br>');
}

/** A phone number as a tel: link (digits and "+" only in the href). */
function phone(p: string): string {
  const tel = p.replace(/[^0-9+]/g, '');
  return tel ? `<a href="tel:${esc(tel)}">${esc(p)}</a>` : esc(p);
}

function yuan(fen: number): string {
  return `${formatFenAsYuan(fen)} 元`;
}

/** 《中华人民共和国行政处罚法》第五十一条第一款第二项 (the domain's citation style). */
export function citation(ref: LegalRef): string {
  try {
    return formatCitation({
      lawName: ref.lawName,
      article: ref.article,
      ...(ref.paragraph ? { paragraph: ref.paragraph } : {}),
      ...(ref.item ? { item: ref.item } : {}),
    });
  } catch {
    return `《${ref.lawName}》第 ${ref.article} 条`;
  }
}

function citations(refs: readonly LegalRef[]): string {
  return refs.map((r) => esc(citation(r))).join('<br>');
}

function listOf(items: readonly string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
}

function penaltyTypes(types: readonly string[]): string {
  return types.map((t) => label(PENALTY_TYPE_LABELS, t)).join('、');
}

function entryLink(agencyId: string, listType: ListType, code: string, text: string): string {
  const href = `/agencies/${encodeURIComponent(agencyId)}/catalogue/${listType}#${encodeURIComponent(code)}`;
  return `<a href="${esc(href)}">${esc(text)}</a>`;
}

/** Parses each stored entry with its list type's schema (defaults filled); entries that do not parse are skipped. */
function parsed<T>(listType: ListType, entries: readonly unknown[]): { ok: T[]; skipped: number } {
  const schema = LIST_ENTRY_SCHEMAS[listType] as z.ZodType;
  const ok: T[] = [];
  let skipped = 0;
  for (const e of entries) {
    const r = schema.safeParse(e);
    if (r.success) ok.push(r.data as T);
    else skipped++;
  }
  return { ok, skipped };
}

function table(caption: string, headers: string[], rows: string[]): string {
  return `<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0">
<table>
  <caption>${esc(caption)}</caption>
  <thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
  <tbody>${rows.join('\n')}</tbody>
</table>
</div>`;
}

function timeLimit(t: Item['timeLimit']): string {
  if (!t) return '—';
  return `${t.amount} ${label(TIME_UNIT_LABELS, t.unit)}`;
}

function items(entries: Item[], ctx: EntriesContext, caption: string): string {
  const rows = entries.map((e) => {
    const notes = [
      e.hearingRule ? `<p ${NOTE}>听证：${esc(e.hearingRule)}</p>` : '',
      e.benchmarkCodes.length
        ? `<p ${NOTE}>裁量基准：${e.benchmarkCodes.map((c) => entryLink(ctx.agencyId, 'BENCHMARKS', c, c)).join('、')}</p>`
        : '',
      e.remarks ? `<p ${NOTE}>备注：${esc(e.remarks)}</p>` : '',
    ].join('');
    const basis = [
      e.basisViolated.length ? `<p>违反条款：<br>${citations(e.basisViolated)}</p>` : '',
      `<p>${e.basisViolated.length ? '处罚（实施）依据：<br>' : ''}${citations(e.basisApplied)}</p>`,
    ].join('');
    return `<tr id="${esc(e.code)}">
  <td class="number">${esc(e.code)}</td>
  <th scope="row">${esc(e.name)}${notes}</th>
  <td ${NOWRAP}>${esc(label(ITEM_KIND_LABELS, e.kind))}${procedureLinksHtml(e.kind)}</td>
  <td>${esc(e.unitName || '—')}</td>
  <td>${basis}</td>
  <td ${NOWRAP}>${esc(timeLimit(e.timeLimit))}</td>
  <td>${e.randomInspection ? '是' : '否'}</td>
  <td>${esc(label(AV_LEVEL_LABELS, e.avLevel))}</td>
</tr>`;
  });
  return table(
    caption,
    ['编码', '事项名称', '类别', '承办机构', '设定和实施依据', '办理时限', '是否随机抽查', '音像记录要求'],
    rows,
  );
}

function inspections(entries: Inspection[], caption: string): string {
  const rows = entries.map(
    (e) => `<tr id="${esc(e.code)}">
  <td class="number">${esc(e.code)}</td>
  <th scope="row">${esc(e.name)}</th>
  <td>${citations(e.basis)}</td>
  <td>${esc(e.inspectingBody)}</td>
  <td>${esc(e.target)}</td>
  <td>${multiline(e.content)}</td>
  <td>${esc(e.method)}</td>
  <td class="number">${esc(e.proportionPercent)}%</td>
  <td>${esc(e.frequency)}</td>
</tr>`,
  );
  return table(
    caption,
    ['编码', '抽查事项', '抽查依据', '检查主体', '检查对象', '检查内容', '检查方式', '抽查比例', '抽查频次'],
    rows,
  );
}

function guides(entries: Guide[], ctx: EntriesContext): string {
  return entries
    .map(
      (e) => `<section class="panel" id="${esc(e.code)}" aria-label="${esc(e.name)}">
  <h3 ${PANEL_TITLE}>${esc(e.name)}</h3>
  ${definitionList([
    ['编码', esc(e.code)],
    ['对应执法事项', e.itemCode ? entryLink(ctx.agencyId, 'ITEMS', e.itemCode, e.itemCode) : ''],
    ['设定依据', citations(e.basis)],
    ['受理机构', esc(e.acceptingUnit)],
    ['决定机构', esc(e.approvingUnit)],
    ['办理条件', multiline(e.conditions)],
    ['申请材料', listOf(e.materials)],
    ['办理流程', multiline(e.process)],
    ['办理时限', esc(e.timeLimit)],
    ['收费标准', esc(e.fees)],
    ['监督电话', esc(e.supervision)],
    ['救济途径', multiline(e.remedy)],
    ['办公时间', esc(e.officeHours)],
    ['办理地点', esc(e.address)],
    ['咨询电话', e.phone ? phone(e.phone) : ''],
  ])}
</section>`,
    )
    .join('\n');
}

function channels(entries: Channel[], caption: string): string {
  const rows = entries.map(
    (e) => `<tr id="${esc(e.code)}">
  <td ${NOWRAP}>${esc(label(CHANNEL_KIND_LABELS, e.kind))}</td>
  <th scope="row">${esc(e.name)}</th>
  <td>${esc(e.address || '—')}</td>
  <td class="number">${esc(e.postcode || '—')}</td>
  <td class="number">${e.phone ? phone(e.phone) : '—'}</td>
  <td>${e.email ? `<a href="mailto:${esc(e.email)}">${esc(e.email)}</a>` : '—'}</td>
  <td>${multiline(e.feedback) || '—'}</td>
</tr>`,
  );
  return table(caption, ['类别', '名称', '地址', '邮政编码', '电话', '电子邮箱', '办理和反馈方式'], rows);
}

/** The criteria of a review-catalogue entry in words (the legal-review rule itself is in the domain). */
export function reviewCriteria(e: ReviewEntry): string[] {
  const lines: string[] = [];
  if (e.itemKinds.length) lines.push(`事项类别为${e.itemKinds.map((k) => label(ITEM_KIND_LABELS, k)).join('、')}`);
  if (e.penaltyTypes.length) lines.push(`拟作出${penaltyTypes(e.penaltyTypes)}的决定`);
  const t = e.amountThresholds;
  if (t && (t.naturalPersonFen !== null || t.organisationFen !== null)) {
    const parts = [
      t.naturalPersonFen !== null ? `对公民 ${yuan(t.naturalPersonFen)}` : '',
      t.organisationFen !== null ? `对法人或者其他组织 ${yuan(t.organisationFen)}` : '',
    ].filter(Boolean);
    lines.push(`罚没金额达到（含本数）：${parts.join('，')}`);
  }
  if (e.hearingHeld) lines.push('经过听证程序');
  if (e.complex) lines.push('案件情况疑难复杂、涉及多个法律关系');
  if (e.publicInterest) lines.push('涉及重大公共利益，可能造成重大社会影响或者引发社会风险');
  return lines;
}

function reviewCatalogue(entries: ReviewEntry[], caption: string): string {
  const rows = entries.map((e) => {
    const lines = reviewCriteria(e);
    const lead =
      lines.length > 1
        ? e.mode === 'ALL'
          ? '同时符合下列全部条件的：'
          : '符合下列任一条件的：'
        : lines.length
          ? ''
          : '—';
    return `<tr id="${esc(e.code)}">
  <td class="number">${esc(e.code)}</td>
  <th scope="row">${esc(e.name)}</th>
  <td>${esc(lead)}${lines.length > 1 ? listOf(lines) : esc(lines[0] ?? '')}</td>
  <td>${multiline(e.description) || '—'}</td>
</tr>`;
  });
  return table(caption, ['编码', '审核事项', '审核标准', '说明'], rows);
}

/** A benchmark tier's fine in 元 (DISC-FINE-TIERS): a range, multiples of a base, or a share of the maximum. */
export function fineText(fine: Tier['fine']): string {
  if (!fine) return '不罚款';
  switch (fine.mode) {
    case 'RANGE':
      return `${yuan(fine.minFen)}以上 ${yuan(fine.maxFen)}以下`;
    case 'MULTIPLE':
      return `${fine.base} ${fine.minMultiple} 倍以上 ${fine.maxMultiple} 倍以下`;
    case 'PERCENT_OF_MAX':
      return `法定最高罚款数额的 ${fine.minPercent}% 以上 ${fine.maxPercent}% 以下`;
  }
}

function statutoryText(s: Benchmark['statutory']): string {
  const parts = [penaltyTypes(s.penaltyTypes)];
  if (s.fineMinFen !== null || s.fineMaxFen !== null) {
    const min = s.fineMinFen !== null && s.fineMinFen > 0 ? `${yuan(s.fineMinFen)}以上 ` : '';
    parts.push(`罚款 ${min}${s.fineMaxFen !== null ? `${yuan(s.fineMaxFen)}以下` : ''}`.trim());
  }
  if (s.multipleBase && s.maxMultiple !== null) {
    const min = s.minMultiple ? `${s.minMultiple} 倍以上 ` : '';
    parts.push(`罚款为${s.multipleBase} ${min}${s.maxMultiple} 倍以下`);
  }
  return parts.join('；');
}

function benchmarks(entries: Benchmark[]): string {
  return entries
    .map((e) => {
      const rows = e.tiers.map(
        (t) => `<tr>
  <th scope="row" ${NOWRAP}>${esc(label(DISCRETION_TIER_LABELS, t.tier))}</th>
  <td>${multiline(t.conditions.text)}${t.conditions.factors.length ? `<p ${NOTE}>情节：${esc(t.conditions.factors.join('、'))}</p>` : ''}</td>
  <td>${esc(penaltyTypes(t.penaltyTypes) || '不予处罚')}</td>
  <td>${esc(fineText(t.fine))}</td>
</tr>`,
      );
      return `<section class="panel" id="${esc(e.code)}" aria-label="${esc(e.violation)}">
  <h3 ${PANEL_TITLE}>${esc(e.violation)}</h3>
  ${definitionList([
    ['编码', esc(e.code)],
    ['违反的条款', citations(e.basisViolated)],
    ['处罚依据', citations(e.basisApplied)],
    ['法定处罚', esc(statutoryText(e.statutory))],
    ['细化的上级基准', e.parentCode ? esc(e.parentCode) : ''],
  ])}
  ${table(`${e.violation}：裁量阶次`, ['阶次', '适用条件', '处罚种类', '罚款幅度'], rows)}
</section>`;
    })
    .join('\n');
}

function fourList(entries: FourListEntry[], caption: string): string {
  const rows = entries.map(
    (e) => `<tr id="${esc(e.code)}">
  <td class="number">${esc(e.code)}</td>
  <th scope="row">${esc(e.violation)}</th>
  <td>${citations(e.basis)}</td>
  <td>${listOf(e.conditions)}</td>
  <td>${esc(e.followUp.map((f) => label(FOLLOW_UP_LABELS, f)).join('、') || '—')}</td>
  <td>${esc(e.remarks || '—')}</td>
</tr>`,
  );
  return table(caption, ['编码', '违法行为', '法律依据', '适用条件', '后续措施', '备注'], rows);
}

function profile(entries: ProfileEntry[], caption: string): string {
  const rows = entries.map(
    (e) => `<tr id="${esc(e.code)}">
  <th scope="row">${esc(profileParameterLabel(e.code))}</th>
  <td>${profileValueHtml(e.code, e.value)}</td>
  <td>${esc(e.note || '—')}</td>
</tr>`,
  );
  return table(caption, ['参数', '取值', '来源或说明'], rows);
}

/** The entries of a list as HTML; `caption` names the list for tables (e.g. "青溪县市场监督管理局执法事项清单"). */
export function renderEntries(ctx: EntriesContext, entries: readonly unknown[], caption: string): string {
  const { listType } = ctx;
  if (entries.length === 0) return '<p>该版本没有条目。</p>';
  const note = (skipped: number) =>
    skipped ? `<p class="muted">另有 ${skipped} 个条目格式有误，暂不能显示，请以下载文件为准。</p>` : '';
  switch (listType) {
    case 'ITEMS': {
      const r = parsed<Item>(listType, entries);
      return items(r.ok, ctx, caption) + note(r.skipped);
    }
    case 'RANDOM_INSPECTION': {
      const r = parsed<Inspection>(listType, entries);
      return inspections(r.ok, caption) + note(r.skipped);
    }
    case 'SERVICE_GUIDES': {
      const r = parsed<Guide>(listType, entries);
      return guides(r.ok, ctx) + note(r.skipped);
    }
    case 'CHANNELS': {
      const r = parsed<Channel>(listType, entries);
      return channels(r.ok, caption) + note(r.skipped);
    }
    case 'REVIEW_CATALOGUE': {
      const r = parsed<ReviewEntry>(listType, entries);
      return reviewCatalogue(r.ok, caption) + note(r.skipped);
    }
    case 'BENCHMARKS': {
      const r = parsed<Benchmark>(listType, entries);
      return benchmarks(r.ok) + note(r.skipped);
    }
    case 'JURISDICTION_PROFILE': {
      const r = parsed<ProfileEntry>(listType, entries);
      return profile(r.ok, caption) + note(r.skipped);
    }
    default: {
      const r = parsed<FourListEntry>(listType, entries);
      return fourList(r.ok, caption || LIST_TYPE_LABELS[listType]) + note(r.skipped);
    }
  }
}
