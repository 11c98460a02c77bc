import { PROCEDURE_IDS, PROCEDURES, type ProcedureId } from '@zhifa/domain';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * Names of procedures and states come from the same procedure definitions the server's engine enforces, so a
 * filter or a badge never disagrees with the case page.
 */
export const PROCEDURE_OPTIONS = PROCEDURE_IDS.map((id) => ({ value: id, label: PROCEDURES[id].name }));

/** Procedures a case can be registered in from the staff app (on-the-spot cases have their own phone form). */
export const REGISTRABLE_PROCEDURES: ProcedureId[] = [
  'GENERAL_PENALTY',
  'SUMMARY_PENALTY',
  'COERCIVE_MEASURE',
  'COERCIVE_EXECUTION',
  'LICENCE',
  'INSPECTION',
  'CRIMINAL_TRANSFER',
];

export function stateOptions(procedure: string | undefined): { value: string; label: string }[] {
  const def = procedure ? PROCEDURES[procedure as ProcedureId] : undefined;
  if (!def) return [];
  return def.states.map((s) => ({ value: s, label: def.stateLabels[s] ?? s }));
}

export function isTerminalState(procedure: string, state: string): boolean {
  return PROCEDURES[procedure as ProcedureId]?.terminal.includes(state) ?? false;
}

export const URGENCY_LABELS: Record<string, string> = { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯', NONE: '无期限' };
export const URGENCY_COLORS: Record<string, string> = { RED: 'red', YELLOW: 'gold', GREEN: 'green', NONE: 'default' };

export const CLOCK_LEVEL_LABELS: Record<string, string> = {
  OK: '正常',
  DUE_SOON: '即将到期',
  DUE_TODAY: '今日到期',
  OVERDUE: '已超期',
};
export const CLOCK_LEVEL_COLORS: Record<string, string> = {
  OK: 'green',
  DUE_SOON: 'gold',
  DUE_TODAY: 'orange',
  OVERDUE: 'red',
};
export const CLOCK_STATUS_LABELS: Record<string, string> = { RUNNING: '计时中', PAUSED: '已中止', STOPPED: '已停止' };
export const CLOCK_KIND_LABELS: Record<string, string> = { DEADLINE: '届满日', EARLIEST: '最早可办日' };

export const EXTENSION_APPROVER_LABELS: Record<string, string> = {
  HEAD: '行政机关负责人批准',
  COLLECTIVE_DISCUSSION: '集体讨论决定',
  GOVERNMENT_HEAD: '本级人民政府负责人批准',
};

export const SERVICE_METHOD_LABELS: Record<string, string> = {
  IN_PERSON: '直接送达',
  ON_SPOT: '当场交付',
  LEFT_AT_ADDRESS: '留置送达',
  POST: '邮寄送达',
  ELECTRONIC: '电子送达（传真、电子邮件等）',
  PUBLIC_NOTICE: '公告送达',
};

export const SIGNATURE_ROLE_LABELS: Record<string, string> = {
  OFFICER: '执法人员',
  PARTY: '当事人',
  WITNESS: '见证人',
  AGENT: '委托代理人',
  RECORDER: '记录人',
  HOST: '主持人',
};

/** Refusal codes of the engine, for the "why not" list. */
export const REFUSAL_CODE_LABELS: Record<string, string> = {
  ILLEGAL_TRANSITION: '当前状态不可办理',
  ROLE: '角色不符',
  GUARD: '法定条件未满足',
};

/** Fen (integer) → "1,234.50 元". */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** Yuan from a form (may have two decimals) → integer fen, without float drift. */
export function toFen(yuanValue: number | null | undefined): number {
  if (yuanValue === null || yuanValue === undefined || Number.isNaN(yuanValue)) return 0;
  return Math.round(yuanValue * 100);
}

/** Today in Beijing (China has one zone): the default date of an act. */
export function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today in Beijing as a date-picker value (the browser's own zone may be another day). */
export function beijingToday(): Dayjs {
  return dayjs(todayInBeijing());
}

/** Acts are recorded as done, never in advance: date pickers refuse days after today (Beijing). */
export function isFutureDay(d: Dayjs): boolean {
  return d.isAfter(beijingToday(), 'day');
}
