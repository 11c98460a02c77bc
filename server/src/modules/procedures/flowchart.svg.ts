import type { AnyProcedureDefinition } from '@zhifa/domain';
import {
  type LayoutEdgeInput,
  type LayoutNodeInput,
  layeredLayout,
  type PlacedNode,
  type Point,
} from './flowchart.layout';
import {
  ACTION_FONT,
  ACTION_LINE,
  ACTION_PAD_Y,
  AV_TEXT,
  buildChartModel,
  type ChartAction,
  type ChartModel,
  type ChartState,
  SMALL_FONT,
  SMALL_LINE,
  STATE_FONT,
  STATE_LINE,
} from './flowchart.model';
import { n, textWidth, escapeXml as x } from './flowchart.text';

/**
 * The flowchart (一图, issue 5 §5) of a procedure definition as a standalone, accessible SVG: boxes for states
 * (the initial one marked 开始, terminal ones double-framed, the current one yellow with aria-current), labels for
 * actions with the rule IDs of their guards and 需音像记录 where audio-video is mandatory, dashed arrows for
 * returns to an earlier step. Pure and deterministic: same definition and state, same bytes.
 */

export interface FlowchartOptions {
  /** State to highlight (the case's current state). Must be one of the definition's states. */
  current?: string;
  /** 'em' sizes the drawing in em (1 em = 16 px) so that it grows with the page's font (portal elder mode). */
  unit?: 'px' | 'em';
  /** Draw the procedure's name above the legend (default true; a page that already has it as a heading omits it). */
  heading?: boolean;
}

export const FONT_STACK =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

const MARGIN = 24;
const RANK_SEP = 26;
const NODE_SEP = 28;
const EDGE_SEP = 12;
const LOOP_GAP = 34;
const LOOP_STACK_GAP = 4;
const INITIAL_PAD = 36;
const TITLE_FONT = 18;
const LEGEND_FONT = 12;

const C = {
  text: '#1a1a1a',
  muted: '#4a5560',
  edge: '#6a737d',
  active: '#0b4f9c',
  stateFill: '#e8f1fb',
  stateStroke: '#0b4f9c',
  terminalFill: '#eceff3',
  terminalStroke: '#24292f',
  currentFill: '#ffd33d',
  actionStroke: '#aab3bc',
  av: '#a4262c',
};

function pathD(points: Point[]): string {
  let d = `M${n(points[0].x)},${n(points[0].y)}`;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (Math.abs(a.x - b.x) < 0.5) d += ` L${n(b.x)},${n(b.y)}`;
    else {
      const my = (a.y + b.y) / 2;
      d += ` C${n(a.x)},${n(my)} ${n(b.x)},${n(my)} ${n(b.x)},${n(b.y)}`;
    }
  }
  return d;
}

function text(cx: number, cy: number, s: string, size: number, attrs = ''): string {
  return `<text x="${n(cx)}" y="${n(cy)}" font-size="${size}" text-anchor="middle" dominant-baseline="central"${attrs}>${x(s)}</text>`;
}

/** An action's label block (label lines, rule IDs, 需音像记录) in a rounded box whose top-left is (left, top). */
function actionBlock(a: ChartAction, left: number, top: number, active: boolean): string {
  const cx = left + a.width / 2;
  const parts = [
    `<g class="zf-action" data-action="${x(a.action)}"${active ? ' data-active="true"' : ''}>`,
    `<title>${x(a.tooltip)}</title>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(a.width)}" height="${n(a.height)}" rx="5" fill="#fff" stroke="${active ? C.active : C.actionStroke}" stroke-width="${active ? 2 : 1}"/>`,
  ];
  let y = top + ACTION_PAD_Y;
  for (const line of a.lines) {
    parts.push(text(cx, y + ACTION_LINE / 2, line, ACTION_FONT, ` fill="${active ? C.active : C.text}"`));
    y += ACTION_LINE;
  }
  for (const line of a.ruleLines) {
    parts.push(text(cx, y + SMALL_LINE / 2, line, SMALL_FONT, ` fill="${C.muted}" class="zf-rules"`));
    y += SMALL_LINE;
  }
  if (a.av) parts.push(text(cx, y + SMALL_LINE / 2, AV_TEXT, SMALL_FONT, ` fill="${C.av}" font-weight="700"`));
  parts.push('</g>');
  return parts.join('');
}

/** Height of the loop labels stacked beside a state's box. */
function loopsHeight(s: ChartState): number {
  return s.loops.length ? s.loops.reduce((sum, l) => sum + l.height, 0) + (s.loops.length - 1) * LOOP_STACK_GAP : 0;
}

function stateBox(s: ChartState, node: PlacedNode, current: boolean, markerId: string): string {
  const left = node.x - s.boxWidth / 2;
  const top = node.y - s.height / 2;
  const fill = current ? C.currentFill : s.terminal ? C.terminalFill : C.stateFill;
  const stroke = current ? C.text : s.terminal ? C.terminalStroke : C.stateStroke;
  const width = current ? 3 : s.terminal ? 2 : 1.5;
  const kind = [s.initial ? '开始环节' : '', s.terminal ? '终止环节' : '', current ? '当前环节' : '']
    .filter(Boolean)
    .join('，');
  const parts = [
    `<g class="zf-state" data-state="${x(s.id)}"${current ? ' aria-current="step"' : ''}>`,
    `<title>${x(kind ? `${s.label}（${kind}）` : s.label)}</title>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(s.boxWidth)}" height="${n(s.height)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`,
  ];
  if (s.terminal) {
    parts.push(
      `<rect x="${n(left + 4)}" y="${n(top + 4)}" width="${n(s.boxWidth - 8)}" height="${n(s.height - 8)}" rx="5" fill="none" stroke="${stroke}" stroke-width="1"/>`,
    );
  }
  const textTop = node.y - (s.lines.length * STATE_LINE) / 2;
  s.lines.forEach((line, i) => {
    const weight = current ? '700' : '500';
    parts.push(
      text(
        node.x,
        textTop + i * STATE_LINE + STATE_LINE / 2,
        line,
        STATE_FONT,
        ` fill="${C.text}" font-weight="${weight}"`,
      ),
    );
  });
  if (current) {
    parts.push(
      `<rect x="${n(left - 8)}" y="${n(top - 11)}" width="36" height="18" rx="9" fill="${C.text}"/>`,
      text(left + 10, top - 2, '当前', SMALL_FONT, ' fill="#fff" font-weight="700"'),
    );
  }
  if (s.initial) {
    const dotY = top - INITIAL_PAD + 8;
    parts.push(
      `<circle cx="${n(node.x)}" cy="${n(dotY)}" r="6" fill="${C.text}"/>`,
      `<path d="M${n(node.x)},${n(dotY + 6)} L${n(node.x)},${n(top)}" stroke="${C.text}" stroke-width="1.5" fill="none" marker-end="url(#${markerId})"/>`,
      `<text x="${n(node.x - 12)}" y="${n(dotY)}" font-size="${LEGEND_FONT}" text-anchor="end" dominant-baseline="central" fill="${C.muted}">开始</text>`,
    );
  }
  if (s.loops.length) {
    const xr = left + s.boxWidth;
    const active = current;
    const colour = active ? C.active : C.edge;
    const marker = active ? `${markerId}-active` : markerId;
    parts.push(
      `<path class="zf-loop" d="M${n(xr)},${n(node.y - 8)} C${n(xr + 30)},${n(node.y - 30)} ${n(xr + 30)},${n(node.y + 30)} ${n(xr + 2)},${n(node.y + 8)}" fill="none" stroke="${colour}" stroke-width="${active ? 2 : 1.5}" marker-end="url(#${marker})"/>`,
    );
    let y = node.y - loopsHeight(s) / 2;
    for (const l of s.loops) {
      parts.push(actionBlock(l, xr + LOOP_GAP, y, active));
      y += l.height + LOOP_STACK_GAP;
    }
  }
  parts.push('</g>');
  return parts.join('');
}

interface LegendItem {
  swatch: string;
  label: string;
}

/** The legend's items, laid out in rows no wider than `maxWidth`, as SVG at (left, top). */
function legend(items: LegendItem[], left: number, top: number, maxWidth: number): { svg: string; height: number } {
  const rowHeight = 22;
  let cx = 0;
  let row = 0;
  const out: string[] = [];
  for (const it of items) {
    const w = 30 + textWidth(it.label, LEGEND_FONT) + 18;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      row++;
    }
    const gx = left + cx;
    const gy = top + row * rowHeight + rowHeight / 2;
    out.push(
      `<g transform="translate(${n(gx)},${n(gy)})">${it.swatch}<text x="30" y="0" font-size="${LEGEND_FONT}" dominant-baseline="central" fill="${C.muted}">${x(it.label)}</text></g>`,
    );
    cx += w;
  }
  return { svg: `<g class="zf-legend">${out.join('')}</g>`, height: (row + 1) * rowHeight };
}

function legendItems(model: ChartModel, current: boolean, markerId: string): LegendItem[] {
  const box = (fill: string, stroke: string, w: number, extra = '') =>
    `<rect x="0" y="-8" width="24" height="16" rx="4" fill="${fill}" stroke="${stroke}" stroke-width="${w}"/>${extra}`;
  const items: LegendItem[] = [
    {
      swatch: `<circle cx="4" cy="0" r="4" fill="${C.text}"/><path d="M8,0 L22,0" stroke="${C.text}" stroke-width="1.5" marker-end="url(#${markerId})"/>`,
      label: '开始',
    },
    { swatch: box(C.stateFill, C.stateStroke, 1.5), label: '办理环节' },
    {
      swatch: box(
        C.terminalFill,
        C.terminalStroke,
        2,
        `<rect x="3" y="-5" width="18" height="10" rx="2" fill="none" stroke="${C.terminalStroke}"/>`,
      ),
      label: '终止环节',
    },
  ];
  if (current) items.push({ swatch: box(C.currentFill, C.text, 2.5), label: '当前环节' });
  items.push({ swatch: box('#fff', C.actionStroke, 1), label: '办理操作（小字为法定条件的规则编号）' });
  if (current) items.push({ swatch: box('#fff', C.active, 2), label: '当前可办理的操作' });
  if (model.actions.some((a) => a.av) || model.states.some((s) => s.loops.some((l) => l.av))) {
    items.push({
      swatch: `<text x="0" y="0" font-size="10" dominant-baseline="central" fill="${C.av}" font-weight="700">音像</text>`,
      label: `${AV_TEXT}：须全程音像记录`,
    });
  }
  items.push({
    swatch: `<path d="M0,0 L22,0" stroke="${C.edge}" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#${markerId})"/>`,
    label: '退回或重新办理',
  });
  return items;
}

function description(def: AnyProcedureDefinition, model: ChartModel, current?: string): string {
  const label = (s: string) => `“${def.stateLabels[s] ?? s}”`;
  const steps = def.transitions.map((t) => {
    const targets = typeof t.to === 'string' ? [t.to] : (t.targets ?? []);
    const rules = [...new Set(t.guards.map((g) => g.rule))];
    return `${t.from.map(label).join('或')}经“${def.actionLabels[t.action] ?? t.action}”${rules.length ? `（${rules.join('、')}）` : ''}${t.avRequired ? '（需音像记录）' : ''}至${targets.map(label).join('或')}`;
  });
  return [
    `${def.name}共 ${model.states.length} 个环节、${def.transitions.length} 项操作，开始于${label(def.initial)}，终止于${def.terminal.map(label).join('、')}。`,
    current ? `当前环节：${label(current)}。` : '',
    `${steps.join('；')}。`,
  ].join('');
}

export const LAYOUT_SPACING = { rankSep: RANK_SEP, nodeSep: NODE_SEP, edgeSep: EDGE_SEP };

/** The layout problem of a chart: states (with room for their loops) and action nodes, joined through actions. */
export function layoutInput(model: ChartModel): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  const nodes: LayoutNodeInput[] = [
    ...model.states.map((s) => ({
      id: s.id,
      width: s.boxWidth + (s.loops.length ? LOOP_GAP + s.loopWidth : 0),
      boxWidth: s.boxWidth,
      height: Math.max(s.height, loopsHeight(s)),
      boxHeight: s.height,
    })),
    ...model.actions.map((a) => ({ id: a.key, width: a.width, height: a.height })),
  ];
  const edges: LayoutEdgeInput[] = model.actions.flatMap((a) => [
    ...a.from.map((f) => ({ id: `${f}>${a.key}`, from: f, to: a.key })),
    ...a.targets.map((t) => ({ id: `${a.key}>${t}`, from: a.key, to: t })),
  ]);
  return { nodes, edges };
}

export function renderFlowchart(def: AnyProcedureDefinition, opts: FlowchartOptions = {}): string {
  const { current } = opts;
  if (current !== undefined && !def.states.includes(current)) throw new Error(`unknown state ${current}`);
  const model = buildChartModel(def);
  const prefix = `zf-${def.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const markerId = `${prefix}-arrow`;
  const stateById = new Map(model.states.map((s) => [s.id, s]));
  const actionByKey = new Map(model.actions.map((a) => [a.key, a]));
  const { nodes, edges } = layoutInput(model);
  const layout = layeredLayout(nodes, edges, { root: def.initial, ...LAYOUT_SPACING });

  const titleWidth = opts.heading === false ? 0 : textWidth(def.name, TITLE_FONT);
  const innerWidth = Math.max(layout.width, titleWidth, 520);
  const items = legendItems(model, current !== undefined, markerId);
  const heading = opts.heading !== false;
  const legendTop = heading ? MARGIN + TITLE_FONT + 10 : MARGIN - 6;
  const leg = legend(items, MARGIN, legendTop, innerWidth);
  const headerHeight = legendTop + leg.height + 12;
  const width = Math.ceil(innerWidth + 2 * MARGIN);
  const height = Math.ceil(headerHeight + INITIAL_PAD + layout.height + MARGIN);
  const ox = MARGIN + (innerWidth - layout.width) / 2;
  const oy = headerHeight + INITIAL_PAD;

  const isActive = (a: ChartAction) => current !== undefined && a.from.includes(current);
  const edgeSvg = layout.edges.map((e) => {
    const action = actionByKey.get(e.from) ?? actionByKey.get(e.to)!;
    const active = isActive(action);
    const toState = stateById.has(e.to);
    const colour = active ? C.active : C.edge;
    const dash = e.reversed ? ' stroke-dasharray="6 4"' : '';
    const marker = toState ? ` marker-end="url(#${active ? `${markerId}-active` : markerId})"` : '';
    return `<path data-edge="${x(e.id)}" d="${pathD(e.points)}" fill="none" stroke="${colour}" stroke-width="${active ? 2 : 1.4}"${dash}${marker}/>`;
  });
  const nodeSvg = layout.nodes.map((node) => {
    const s = stateById.get(node.id);
    if (s) return stateBox(s, node, s.id === current, markerId);
    const a = actionByKey.get(node.id)!;
    return actionBlock(a, node.x - a.width / 2, node.y - a.height / 2, isActive(a));
  });

  const marker = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,1 L10,5 L0,9 z" fill="${colour}"/></marker>`;
  const unit = opts.unit === 'em' ? 'em' : '';
  const size = (v: number) => (unit ? `${n(v / 16)}em` : String(v));
  const title = current ? `${def.name}流程图（当前环节：${def.stateLabels[current] ?? current}）` : `${def.name}流程图`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${size(width)}" height="${size(height)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${x(FONT_STACK)}" data-procedure="${x(def.id)}"${current ? ` data-current="${x(current)}"` : ''}>`,
    `<title id="${prefix}-title">${x(title)}</title>`,
    `<desc id="${prefix}-desc">${x(description(def, model, current))}</desc>`,
    `<defs>${marker(markerId, C.edge)}${marker(`${markerId}-active`, C.active)}</defs>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    heading
      ? `<text x="${MARGIN}" y="${MARGIN + TITLE_FONT / 2}" font-size="${TITLE_FONT}" font-weight="700" dominant-baseline="central" fill="${C.text}">${x(def.name)}</text>`
      : '',
    leg.svg,
    `<g transform="translate(${n(ox)},${n(oy)})">`,
    `<g class="zf-edges">${edgeSvg.join('')}</g>`,
    `<g class="zf-nodes">${nodeSvg.join('')}</g>`,
    '</g>',
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
