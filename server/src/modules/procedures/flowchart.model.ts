import { type AnyProcedureDefinition, DOCUMENT_NAMES, ROLE_LABELS, type Role } from '@zhifa/domain';
import { textWidth, wrapText } from './flowchart.text';

/**
 * What a flowchart shows, read from the procedure definition the engine enforces (never a second copy of the
 * procedure): states become boxes, transitions become action labels between them. A transition that keeps a
 * single state where it is (记录陈述申辩, 批准延期) is drawn as a loop beside that state's box.
 */

export const STATE_FONT = 15;
export const ACTION_FONT = 13;
export const SMALL_FONT = 11;
export const STATE_LINE = 20;
export const ACTION_LINE = 17;
export const SMALL_LINE = 14;
export const STATE_PAD_X = 14;
export const STATE_MIN_HEIGHT = 38;
export const ACTION_PAD_X = 8;
export const ACTION_PAD_Y = 5;
const STATE_WRAP = 9.5 * STATE_FONT;
const ACTION_WRAP = 10 * ACTION_FONT;
const RULES_WRAP = 150;
/** Words shown under an action whose activity must be recorded on audio-video (GO118-AV / REC-AV-FULL). */
export const AV_TEXT = '需音像记录';

export interface ChartAction {
  /** Unique within the chart: the transition's position and action. */
  key: string;
  action: string;
  label: string;
  lines: string[];
  /** Guard rule IDs, in the definition's order, without repeats. */
  rules: string[];
  ruleLines: string[];
  av: boolean;
  /** States the action leaves from through the action's node (self-loops excluded). */
  from: string[];
  /** States the action may lead to through its node. */
  targets: string[];
  /** Longer text for the hover title: roles, conditions, documents. */
  tooltip: string;
  width: number;
  height: number;
}

export interface ChartState {
  id: string;
  label: string;
  lines: string[];
  initial: boolean;
  terminal: boolean;
  /** Actions that leave the case in this state (drawn as one loop beside the box). */
  loops: ChartAction[];
  boxWidth: number;
  height: number;
  /** Width of the loop labels beside the box (0 without loops). */
  loopWidth: number;
}

export interface ChartModel {
  id: string;
  name: string;
  states: ChartState[];
  actions: ChartAction[];
}

/** Every state a transition may lead to: its `to`, or for a computed `to` its declared `targets`. */
export function transitionTargets(t: AnyProcedureDefinition['transitions'][number]): string[] {
  return typeof t.to === 'string' ? [t.to] : [...(t.targets ?? [])];
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

function uniqueRules(t: AnyProcedureDefinition['transitions'][number]): string[] {
  return [...new Set(t.guards.map((g) => g.rule))];
}

/** Rule IDs joined by " · ", wrapped between IDs (never inside one). */
function ruleLines(rules: string[]): string[] {
  const out: string[] = [];
  let line = '';
  for (const r of rules) {
    const next = line ? `${line} · ${r}` : r;
    if (line && textWidth(next, SMALL_FONT) > RULES_WRAP) {
      out.push(line);
      line = r;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

function tooltip(def: AnyProcedureDefinition, t: AnyProcedureDefinition['transitions'][number]): string {
  const parts = [`${def.actionLabels[t.action] ?? t.action}`, `办理角色：${t.roles.map(roleLabel).join('、')}`];
  if (t.guards.length) parts.push(`条件：${t.guards.map((g) => `${g.rule} ${g.label}`).join('；')}`);
  if (t.avRequired) parts.push('须全程音像记录');
  const names = (codes: readonly string[]) => codes.map((c) => DOCUMENT_NAMES[c] ?? c).join('、');
  if (t.documentsRequired?.length) parts.push(`须已有文书：${names(t.documentsRequired)}`);
  if (t.documentsProduced?.length) parts.push(`制作文书：${names(t.documentsProduced)}`);
  return parts.join('\n');
}

function blockSize(lines: string[], rules: string[], av: boolean): { width: number; height: number } {
  const widths = [
    ...lines.map((l) => textWidth(l, ACTION_FONT)),
    ...rules.map((l) => textWidth(l, SMALL_FONT)),
    av ? textWidth(AV_TEXT, SMALL_FONT) : 0,
  ];
  const height = lines.length * ACTION_LINE + rules.length * SMALL_LINE + (av ? SMALL_LINE : 0);
  return { width: Math.ceil(Math.max(...widths)), height };
}

export function buildChartModel(def: AnyProcedureDefinition): ChartModel {
  const loopsOf = new Map<string, ChartAction[]>(def.states.map((s) => [s, []]));
  const actions: ChartAction[] = [];
  def.transitions.forEach((t, i) => {
    const targets = transitionTargets(t);
    const label = def.actionLabels[t.action] ?? t.action;
    const lines = wrapText(label, ACTION_FONT, ACTION_WRAP);
    const rules = uniqueRules(t);
    const rLines = ruleLines(rules);
    const av = t.avRequired === true;
    const size = blockSize(lines, rLines, av);
    const padded = { width: size.width + 2 * ACTION_PAD_X, height: size.height + 2 * ACTION_PAD_Y };
    const base = { action: t.action, label, lines, rules, ruleLines: rLines, av, tooltip: tooltip(def, t) };
    // A single-target transition from its own target is a loop; a computed `to` stays one node with branches.
    const loopStates = targets.length === 1 ? t.from.filter((s) => s === targets[0]) : [];
    for (const s of loopStates) {
      loopsOf.get(s)?.push({ ...base, key: `${i}-${t.action}-loop`, from: [s], targets: [s], ...padded });
    }
    const from = t.from.filter((s) => !loopStates.includes(s));
    if (from.length === 0) return;
    actions.push({
      ...base,
      key: `${i}-${t.action}`,
      from,
      targets,
      ...padded,
    });
  });
  const states = def.states.map((id): ChartState => {
    const label = def.stateLabels[id] ?? id;
    const lines = wrapText(label, STATE_FONT, STATE_WRAP);
    const loops = loopsOf.get(id) ?? [];
    const boxWidth = Math.ceil(Math.max(96, ...lines.map((l) => textWidth(l, STATE_FONT))) + 2 * STATE_PAD_X);
    return {
      id,
      label,
      lines,
      initial: id === def.initial,
      terminal: def.terminal.includes(id),
      loops,
      boxWidth,
      height: Math.max(STATE_MIN_HEIGHT, lines.length * STATE_LINE + 14),
      loopWidth: loops.length ? Math.max(...loops.map((l) => l.width)) : 0,
    };
  });
  return { id: def.id, name: def.name, states, actions };
}
