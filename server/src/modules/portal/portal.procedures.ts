import { type AnyProcedureDefinition, ITEM_KIND_LABELS, PROCEDURE_IDS, PROCEDURES } from '@zhifa/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { flowchartOf } from '../procedures/procedures.routes';
import {
  flowchartUrl,
  PROCEDURES_BY_ITEM_KIND,
  procedureDefinition,
  procedureOf,
  type RuleLabel,
} from '../procedures/procedures.view';
import { escapeHtml as esc, layout, messagePage } from './portal.layout';

/**
 * Portal pages of the procedure flowcharts (一图, 事前公示; issue 5 §5): server-rendered, no scripts, elder mode.
 *   GET /procedures       every procedure the platform enforces, with what it applies to
 *   GET /procedures/:id   the flowchart (inline SVG, sized in em so that elder mode enlarges it), the legend of
 *                         rule IDs and the same steps as a table (the flowchart's text equivalent)
 * The drawing comes from the definition the case engine enforces; the SVG is also public at
 * /api/public/procedures/:id/flowchart.svg.
 */

/** How a procedure is named in a link from a catalogue item (the item already says what kind it is). */
const SHORT_NAMES: Partial<Record<string, string>> = {
  GENERAL_PENALTY: '普通程序流程图',
  SUMMARY_PENALTY: '简易程序流程图',
};

/** What each procedure applies to, in words, from the item kinds that link to it. */
function appliesTo(id: string): string {
  if (id === 'CRIMINAL_TRANSFER') return '执法中发现涉嫌犯罪、依法应当移送司法机关的案件';
  const kinds = Object.entries(PROCEDURES_BY_ITEM_KIND)
    .filter(([, ids]) => (ids as readonly string[]).includes(id))
    .map(([kind]) => (ITEM_KIND_LABELS as Record<string, string>)[kind] ?? kind);
  return kinds.length ? `${kinds.join('、')}事项` : '—';
}

/**
 * Links from a catalogue item (执法事项清单) to the flowcharts of its kind, as HTML to put after the kind's name;
 * '' for kinds without a procedure.
 */
export function procedureLinksHtml(kind: string): string {
  const ids = PROCEDURES_BY_ITEM_KIND[kind] ?? [];
  return ids.map((id) => `<br><a href="/procedures/${esc(id)}">${esc(SHORT_NAMES[id] ?? '办理流程图')}</a>`).join('');
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}

function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.statusCode === 429) {
    return sendHtml(reply, 429, messagePage(req, '查询过于频繁', '您的查询过于频繁，请稍等一分钟后再试。'));
  }
  req.log.error({ err }, 'procedures portal page failed');
  return sendHtml(reply, 500, messagePage(req, '系统繁忙', '系统暂时无法处理您的请求，请稍后重试。'));
}

function breadcrumb(last?: string): string {
  const parts = ['<a href="/">首页</a>', last ? '<a href="/procedures">执法程序流程图</a>' : '执法程序流程图'];
  if (last) parts.push(esc(last));
  return `<p class="muted">${parts.join(' › ')}</p>`;
}

const LIST = 'style="margin:0;padding-left:1.2em"';

/** A table; a header given as [text, width] gets that column width. */
function table(caption: string, headers: (string | [string, string])[], rows: string[]): string {
  const th = (h: string | [string, string]) =>
    typeof h === 'string'
      ? `<th scope="col">${esc(h)}</th>`
      : `<th scope="col" style="width:${h[1]}">${esc(h[0])}</th>`;
  return `<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0">
<table>
  <caption>${esc(caption)}</caption>
  <thead><tr>${headers.map(th).join('')}</tr></thead>
  <tbody>${rows.join('\n')}</tbody>
</table>
</div>`;
}

export function indexBody(): string {
  const cards = PROCEDURE_IDS.map((id) => {
    const def = PROCEDURES[id];
    return `<li class="card">
  <h2 class="card-title" style="border:0;padding:0;margin:0 0 0.3em;font-size:1.1em"><a href="/procedures/${esc(id)}">${esc(def.name)}</a></h2>
  <p>适用于：${esc(appliesTo(id))}</p>
  <p>共 ${def.states.length} 个环节、${def.transitions.length} 项操作</p>
</li>`;
  });
  return `${breadcrumb()}
<h1>执法程序流程图</h1>
<p class="lead">本平台办理行政执法案件所依照的法定程序。每张流程图都由系统实际执行的程序定义自动生成：案件只能按图中的环节和操作推进，每项操作须满足其法定条件，条件不满足时系统拒绝办理并说明所依据的规则。</p>
<ul class="grid">${cards.join('\n')}</ul>`;
}

/** The law or document each rule-ID prefix cites (DOMAIN source index). */
const RULE_SOURCES: [prefix: string, source: string][] = [
  ['APL', '《中华人民共和国行政处罚法》'],
  ['ACL', '《中华人民共和国行政强制法》'],
  ['ALL', '《中华人民共和国行政许可法》'],
  ['SC310', '《行政执法机关移送涉嫌犯罪案件的规定》'],
  ['MOJ-INSP', '司法部《行政检查文书基本格式文本（试行）》'],
  ['REC', '国务院办公厅关于全面推行行政执法“三项制度”的指导意见（国办发〔2018〕118号）'],
];

/** One sentence naming the sources of the rule IDs shown (only those this procedure cites). */
function sourcesNote(rules: RuleLabel[]): string {
  const used = RULE_SOURCES.filter(([prefix]) =>
    rules.some((r) => r.rule === prefix || r.rule.startsWith(`${prefix}-`)),
  );
  if (!used.length) return '';
  const list = used.map(([prefix, source]) => `<span lang="en">${esc(prefix)}</span> 为${esc(source)}`).join('，');
  return `<p>规则编号的前缀表示所依据的法律法规：${list}；其后的数字一般为条文序号。</p>`;
}

function rulesTable(def: AnyProcedureDefinition, rules: RuleLabel[]): string {
  if (!rules.length) return '<p>该程序的操作没有附加的法定条件。</p>';
  const rows = rules.map(
    (r) => `<tr><td class="number"><span lang="en">${esc(r.rule)}</span></td><td>${esc(r.label)}</td></tr>`,
  );
  return table(`${def.name}：法定条件说明`, [['规则编号', '9em'], '条件'], rows);
}

function stepsTable(def: AnyProcedureDefinition): string {
  const view = procedureDefinition(def);
  const label = (s: string) => esc(def.stateLabels[s] ?? s);
  const rows = view.transitions.map((t) => {
    const guards = t.guards.map((g) => `<li><span lang="en">${esc(g.rule)}</span> ${esc(g.label)}</li>`);
    if (t.avRequired) guards.push('<li>须全程音像记录</li>');
    const docs = t.documentsProduced.length
      ? `<p class="muted" style="font-weight:400;margin:0.3em 0 0">制作：${esc(t.documentsProduced.map((d) => d.name).join('、'))}</p>`
      : '';
    return `<tr>
  <td>${t.from.map(label).join('、')}</td>
  <th scope="row">${esc(t.label)}${docs}</th>
  <td>${t.roleLabels.map((r) => `<span class="nowrap">${esc(r)}</span>`).join('、')}</td>
  <td>${guards.length ? `<ul ${LIST}>${guards.join('')}</ul>` : '—'}</td>
  <td>${t.to.map(label).join('或')}</td>
</tr>`;
  });
  return table(
    `${def.name}：办理环节和操作`,
    [['所处环节', '12%'], ['操作', '16%'], ['办理角色', '16%'], '法定条件', ['进入环节', '12%']],
    rows,
  );
}

export function procedureBody(def: AnyProcedureDefinition): string {
  const view = procedureDefinition(def);
  const { svg } = flowchartOf(def, { unit: 'em', heading: false });
  const url = flowchartUrl(def.id);
  return `${breadcrumb(def.name)}
<h1>${esc(def.name)}</h1>
<p class="lead">适用于：${esc(appliesTo(def.id))}。共 ${view.states.length} 个环节、${view.transitions.length} 项操作。</p>
<p>流程图由系统实际执行的程序定义自动生成，与案件办理时的控制规则一致。操作框中的小字是该操作须满足的法定条件的规则编号，含义见<a href="#rules">法定条件说明</a>；不便查看图形的，请阅读<a href="#steps">办理环节和操作</a>一览表。</p>
<figure style="margin:1.5em 0">
<div class="table-wrap" role="region" aria-label="${esc(def.name)}流程图（可滚动查看）" tabindex="0">
${svg}
</div>
<figcaption class="muted">${esc(def.name)}流程图 · <a href="${esc(url)}" download="${esc(def.id)}.svg">下载流程图（SVG）</a></figcaption>
</figure>
<h2 id="rules">法定条件说明</h2>
${sourcesNote(view.rules)}
${rulesTable(def, view.rules)}
<h2 id="steps">办理环节和操作</h2>
${stepsTable(def)}
<p><a href="/procedures">查看其他执法程序流程图</a></p>`;
}

export function registerProceduresPortal(app: FastifyInstance): void {
  const opts = { schema: { hide: true }, errorHandler };

  app.get('/procedures', opts, async (req, reply) =>
    sendHtml(reply, 200, layout({ req, title: '执法程序流程图', body: indexBody() })),
  );

  app.get('/procedures/:id', opts, async (req, reply) => {
    const { id } = req.params as { id: string };
    const def = procedureOf(id);
    if (!def) {
      const body = messagePage(req, '页面不存在', '您访问的执法程序不存在，请从执法程序流程图列表重新查找。');
      return sendHtml(reply, 404, body);
    }
    return sendHtml(reply, 200, layout({ req, title: `${def.name}流程图`, body: procedureBody(def) }));
  });
}
