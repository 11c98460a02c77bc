import {
  type AnyProcedureDefinition,
  GENERAL_PENALTY_PROCEDURE,
  PROCEDURE_IDS,
  PROCEDURES,
  type ProcedureId,
} from '@zhifa/domain';
import { describe, expect, it } from 'vitest';
import { layeredLayout } from './flowchart.layout';
import { buildChartModel, transitionTargets } from './flowchart.model';
import { LAYOUT_SPACING, layoutInput, renderFlowchart } from './flowchart.svg';
import { escapeXml, textWidth, wrapText } from './flowchart.text';

/**
 * The flowchart renderer (issue 5 §5): pure, no database. Every registered procedure renders to well-formed,
 * accessible SVG that names every state and action of the definition the engine enforces.
 */

const entries = PROCEDURE_IDS.map((id): [ProcedureId, AnyProcedureDefinition] => [id, PROCEDURES[id]]);

const fromXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Minimal well-formedness: tags balance, attributes are quoted, no raw "<" or stray "&" in text. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const between = svg.slice(last, m.index);
    expect(between, `text before <${m[2]}>`).not.toMatch(/[<>]/);
    expect(between.replace(/&(amp|lt|gt|quot|#39);/g, ''), 'stray &').not.toContain('&');
    last = m.index + m[0].length;
    if (m[4]) continue;
    if (m[1]) expect(stack.pop(), `closing </${m[2]}>`).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

/** The text lines drawn in a group that starts with `open` (up to its first nested group or its end). */
function linesAfter(svg: string, open: string, fontSize: number): string[] {
  const start = svg.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  const rest = svg.slice(start + open.length);
  const end = Math.min(...['<g ', '</g>'].map((t) => rest.indexOf(t)).filter((i) => i >= 0));
  const texts = rest.slice(0, end).matchAll(new RegExp(`<text [^>]*font-size="${fontSize}"[^>]*>([^<]*)</text>`, 'g'));
  return [...texts].map((t) => fromXml(t[1]));
}

describe('renderFlowchart', () => {
  it.each(entries)('%s renders well-formed, accessible SVG under 200 KB', (_id, def) => {
    const svg = renderFlowchart(def);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/role="img" aria-labelledby="zf-[a-z0-9-]+-title zf-[a-z0-9-]+-desc"/);
    expect(svg).toContain(`<title id="zf-${def.id.toLowerCase().replace(/_/g, '-')}-title">${def.name}流程图</title>`);
    expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
    expect(svg).toContain('Noto Sans CJK SC');
    expect(Buffer.byteLength(svg)).toBeLessThan(200 * 1024);
    expectWellFormed(svg);
  });

  it.each(entries)('%s shows every state and every action with its label, rule IDs and AV marks', (_id, def) => {
    const svg = renderFlowchart(def);
    for (const s of def.states) {
      const lines = linesAfter(svg, `<g class="zf-state" data-state="${s}"`, 15);
      expect(lines.join(''), s).toBe(def.stateLabels[s]);
    }
    const model = buildChartModel(def);
    def.transitions.forEach((t) => {
      const open = `<g class="zf-action" data-action="${t.action}"`;
      expect(svg, t.action).toContain(open);
      const groups = svg.split(open).slice(1);
      const labels = groups.map((g) => linesAfter(`${open}${g}`, open, 13).join(''));
      expect(labels, t.action).toContain(def.actionLabels[t.action]);
      for (const g of t.guards) expect(svg, `${t.action} ${g.rule}`).toContain(g.rule);
    });
    const avCount = [...model.actions, ...model.states.flatMap((s) => s.loops)].filter((a) => a.av).length;
    expect(svg.split('需音像记录</text>').length - 1).toBe(avCount);
  });

  it.each(entries)('%s draws an edge for every transition, into each declared target', (_id, def) => {
    const svg = renderFlowchart(def);
    const edges = new Set([...svg.matchAll(/data-edge="([^"]+)"/g)].map((m) => fromXml(m[1])));
    const model = buildChartModel(def);
    def.transitions.forEach((t, i) => {
      const action = model.actions.find((a) => a.key === `${i}-${t.action}`);
      const loops = model.states.flatMap((s) => s.loops).filter((l) => l.key === `${i}-${t.action}-loop`);
      for (const from of t.from) {
        const looped = loops.some((l) => l.from.includes(from));
        if (looped) continue;
        expect(edges, `${from} → ${t.action}`).toContain(`${from}>${action!.key}`);
      }
      for (const to of transitionTargets(t)) {
        if (action) expect(edges, `${t.action} → ${to}`).toContain(`${action.key}>${to}`);
        else expect(loops.map((l) => l.targets[0])).toContain(to);
      }
    });
  });

  it('uses the declared targets of a computed `to` (完成复核 → 待法制审核 or 负责人决定)', () => {
    const svg = renderFlowchart(GENERAL_PENALTY_PROCEDURE);
    const key = `${GENERAL_PENALTY_PROCEDURE.transitions.findIndex((t) => t.action === 'complete_review')}-complete_review`;
    expect(svg).toContain(`data-edge="${key}&gt;LEGAL_REVIEW"`);
    expect(svg).toContain(`data-edge="${key}&gt;HEAD_DECISION"`);
  });

  it('draws a transition that stays in its state as a loop beside the box (记录陈述申辩, 批准延期)', () => {
    const svg = renderFlowchart(GENERAL_PENALTY_PROCEDURE);
    for (const [state, action] of [
      ['AWAITING_STATEMENTS', 'record_statement'],
      ['PERFORMING', 'approve_deferral'],
    ]) {
      const start = svg.indexOf(`data-state="${state}"`);
      const group = svg.slice(start, svg.indexOf('</g></g>', start));
      expect(group).toContain('class="zf-loop"');
      expect(group).toContain(`data-action="${action}"`);
    }
  });

  it('marks the initial state (开始) and frames terminal states twice', () => {
    const svg = renderFlowchart(GENERAL_PENALTY_PROCEDURE);
    const group = (s: string) =>
      svg.slice(svg.indexOf(`data-state="${s}"`), svg.indexOf('</g>', svg.indexOf(`data-state="${s}"`)));
    expect(group('CLUE_RECEIVED')).toContain('>开始</text>');
    expect(group('CLUE_RECEIVED')).toContain('（开始环节）');
    for (const s of GENERAL_PENALTY_PROCEDURE.terminal) {
      expect(group(s).match(/<rect /g)).toHaveLength(2);
      expect(group(s)).toContain('终止环节');
    }
    expect(group('INVESTIGATING').match(/<rect /g)).toHaveLength(1);
  });

  it('highlights the current state with aria-current and its possible actions', () => {
    const svg = renderFlowchart(GENERAL_PENALTY_PROCEDURE, { current: 'PRE_NOTICE' });
    expect(svg.match(/aria-current=/g)).toHaveLength(1);
    expect(svg).toContain('<g class="zf-state" data-state="PRE_NOTICE" aria-current="step">');
    expect(svg).toContain('data-current="PRE_NOTICE"');
    const group = svg.slice(svg.indexOf('data-state="PRE_NOTICE"'));
    expect(group.slice(0, group.indexOf('</g>'))).toContain('fill="#ffd33d"');
    expect(svg).toContain('（当前环节：事先告知）');
    expect(svg).toContain('当前环节：“事先告知”。');
    // the two ways out of 事先告知 are drawn as possible next steps, nothing else
    const active = [...svg.matchAll(/data-action="([^"]+)" data-active="true"/g)].map((m) => m[1]).sort();
    expect(active).toEqual(['serve_prenotice', 'serve_prenotice_with_hearing_right']);
    expect(renderFlowchart(GENERAL_PENALTY_PROCEDURE)).not.toContain('aria-current');
  });

  it('highlights every state of every procedure, and refuses a state the procedure does not have', () => {
    for (const [, def] of entries) {
      for (const s of def.states) {
        const svg = renderFlowchart(def, { current: s });
        expect(svg.match(/aria-current="step"/g), `${def.id} ${s}`).toHaveLength(1);
        expect(Buffer.byteLength(svg)).toBeLessThan(200 * 1024);
      }
    }
    expect(() => renderFlowchart(GENERAL_PENALTY_PROCEDURE, { current: 'NOPE' })).toThrow(/unknown state/);
  });

  it('is deterministic: the same definition gives the same bytes', () => {
    for (const [, def] of entries) {
      expect(renderFlowchart(def)).toBe(renderFlowchart(def));
      expect(renderFlowchart(def, { current: def.initial })).toBe(renderFlowchart(def, { current: def.initial }));
    }
  });

  it('escapes every text and attribute taken from the definition', () => {
    const evil = '<script>alert("x")</script>&\'';
    const def: AnyProcedureDefinition = {
      id: 'EVIL"<x>',
      name: `恶意${evil}`,
      states: ['A', 'B&<'],
      initial: 'A',
      terminal: ['B&<'],
      stateLabels: { A: `开始${evil}`, 'B&<': '结束' },
      actionLabels: { go: `办理${evil}` },
      transitions: [
        {
          from: ['A'],
          action: 'go',
          to: 'B&<',
          roles: ['OFFICER'],
          guards: [{ rule: 'R-<1>', label: `条件${evil}`, check: () => true }],
          avRequired: true,
        },
      ],
    };
    const svg = renderFlowchart(def, { current: 'B&<' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"x"');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('data-state="B&amp;&lt;" aria-current="step"');
    expect(svg).toContain('R-&lt;1&gt;');
    expectWellFormed(svg);
  });

  it('sizes the drawing in em on request (the portal enlarges it in elder mode)', () => {
    const px = renderFlowchart(GENERAL_PENALTY_PROCEDURE);
    const em = renderFlowchart(GENERAL_PENALTY_PROCEDURE, { unit: 'em' });
    const [, w] = px.match(/ width="(\d+)"/)!;
    expect(em).toContain(` width="${Math.round((Number(w) / 16) * 10) / 10}em"`);
  });
});

describe('layout', () => {
  it.each(entries)('%s: no two nodes of a rank overlap, and edges run from border to border', (_id, def) => {
    const model = buildChartModel(def);
    const { nodes, edges } = layoutInput(model);
    const layout = layeredLayout(nodes, edges, { root: def.initial, ...LAYOUT_SPACING });
    const byRank = new Map<number, typeof layout.nodes>();
    for (const node of layout.nodes) byRank.set(node.rank, [...(byRank.get(node.rank) ?? []), node]);
    for (const rank of byRank.values()) {
      const sorted = [...rank].sort((a, b) => a.left - b.left);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i].left, `${sorted[i - 1].id} / ${sorted[i].id}`).toBeGreaterThanOrEqual(
          sorted[i - 1].left + sorted[i - 1].width + 2 * LAYOUT_SPACING.edgeSep - 0.01,
        );
      }
    }
    expect(layout.nodes.find((node) => node.id === def.initial)!.rank).toBe(0);
    for (const e of layout.edges) {
      const [from, to] = [e.from, e.to].map((id) => layout.nodes.find((node) => node.id === id)!);
      const [first, last] = [e.points[0], e.points[e.points.length - 1]];
      expect(Math.abs(Math.abs(first.y - from.y) - from.boxHeight / 2), e.id).toBeLessThan(0.01);
      expect(Math.abs(Math.abs(last.y - to.y) - to.boxHeight / 2), e.id).toBeLessThan(0.01);
    }
  });
});

describe('text', () => {
  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('wraps Chinese labels into balanced lines, at pauses and brackets, never against 禁则', () => {
    expect(wrapText('调查终结', 13, 130)).toEqual(['调查终结']);
    expect(wrapText('复议诉讼维持（驳回、撤回）', 13, 130)).toEqual(['复议诉讼维持', '（驳回、撤回）']);
    expect(wrapText('公安机关不予立案，退回处理', 13, 130)).toEqual(['公安机关不予立案，', '退回处理']);
    for (const [, def] of entries) {
      for (const label of Object.values(def.actionLabels) as string[]) {
        const lines = wrapText(label, 13, 130);
        expect(lines.join('')).toBe(label);
        for (const l of lines) {
          expect(textWidth(l, 13), l).toBeLessThanOrEqual(130);
          expect('，。、；：）》”'.includes(l[0]), l).toBe(false);
          expect('（《“'.includes(l[l.length - 1]), l).toBe(false);
        }
      }
    }
  });
});
