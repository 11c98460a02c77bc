import { isValidIsoDate, type ProcedureId } from '@zhifa/domain';
import { type FieldError, invalid } from '../../platform/errors';

/**
 * Case facts: the structured facts a procedure's guards read, kept in `cases.facts`. Clients send patches with
 * an action; the server validates them by key convention and refuses keys that the system itself records or
 * computes (service dates, deadlines, review results …), so a client can never hand a guard a convenient date.
 */
export type Facts = Record<string, unknown>;

const MOMENT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_DEPTH = 5;
const MAX_STRING = 5000;

/**
 * Paths the system owns, per procedure: recorded by the action that establishes them or computed from the case's
 * clocks, officers, parties and documents when the guards run (cases.context.ts).
 */
const SERVER_OWNED: Record<ProcedureId, readonly string[]> = {
  GENERAL_PENALTY: [
    'preNotice.servedOn',
    'preNotice.statementLastDay',
    'hearing.offered',
    'hearing.requestedOn',
    'hearing.requestLastDay',
    'hearing.earliestAllowedDate',
    'hearing.outcome',
    'notifiedPenalty',
    'reviewRequired',
    'reviewReasons',
    'legalReview',
    'caseLimit',
    'investigatorIds',
    'service.electronicConsentSigned',
    'paymentDuePassed',
    'decision.sealed',
  ],
  SUMMARY_PENALTY: ['notifiedPenalty', 'partyKind'],
  COERCIVE_MEASURE: ['seizure', 'freeze.deliveryLastDay', 'approval.headApprovedOn'],
  COERCIVE_EXECUTION: [
    'calendar',
    'substitute.earliestPerformanceDate',
    'court.earliestApplicationDate',
    'court.applicationLastDay',
  ],
  LICENCE: ['deadlines', 'hearing.holdLastDay'],
  INSPECTION: [],
  CRIMINAL_TRANSFER: [],
};
/** Context keys every procedure gets from the server. */
const ALWAYS_OWNED = ['actor', 'date', 'documents', 'avRecorded', 'officers', 'category', 'region'];

export function serverOwnedPaths(procedure: ProcedureId): readonly string[] {
  return [...ALWAYS_OWNED, ...SERVER_OWNED[procedure]];
}

/** Keys that hold a civil date by convention: servedOn, statementLastDay, validUntil, actDate, date … */
const isDateKey = (key: string): boolean =>
  /(On|LastDay|Until)$/.test(key) || (/^(date|[a-z]+Date)$/.test(key) && !key.endsWith('AndDate'));

function checkValue(path: string, key: string, v: unknown, depth: number, out: FieldError[]): void {
  if (v === null || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push({ path, message: '数值无效' });
    else if (/Fen$/.test(key) && (!Number.isSafeInteger(v) || v < 0))
      out.push({ path, message: '金额应为以分为单位的非负整数' });
    else if (/(Days|Count)$/.test(key) && (!Number.isInteger(v) || v < 0))
      out.push({ path, message: '天数应为非负整数' });
    return;
  }
  if (typeof v === 'string') {
    if (v.length > MAX_STRING) out.push({ path, message: `内容不能超过 ${MAX_STRING} 个字` });
    else if (isDateKey(key) && !isValidIsoDate(v)) out.push({ path, message: '日期格式应为 YYYY-MM-DD' });
    else if (/At$/.test(key) && (!MOMENT_RE.test(v) || Number.isNaN(Date.parse(v))))
      out.push({ path, message: '时间格式应为带时区的 ISO 8601 时间，如 2026-11-23T09:30+08:00' });
    return;
  }
  if (depth >= MAX_DEPTH) {
    out.push({ path, message: '数据层级过深' });
    return;
  }
  if (Array.isArray(v)) {
    for (const [i, item] of v.entries()) checkValue(`${path}.${i}`, key, item, depth + 1, out);
    return;
  }
  if (typeof v === 'object') {
    for (const [k, child] of Object.entries(v as Facts)) checkValue(`${path}.${k}`, k, child, depth + 1, out);
    return;
  }
  out.push({ path, message: '不支持的数据类型' });
}

function hasPath(o: Facts, path: string): boolean {
  let cur: unknown = o;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as Facts))) return false;
    cur = (cur as Facts)[part];
  }
  return true;
}

/** Validates a client's facts patch: value formats by key convention, and no system-owned path. */
export function validateFactsPatch(procedure: ProcedureId, patch: Facts): void {
  const fields: FieldError[] = [];
  for (const [k, v] of Object.entries(patch)) checkValue(`facts.${k}`, k, v, 1, fields);
  for (const owned of serverOwnedPaths(procedure)) {
    if (hasPath(patch, owned))
      fields.push({ path: `facts.${owned}`, message: '该事项由系统根据办案记录确定，不能填写' });
  }
  if (fields.length > 0)
    throw invalid(`案件事实有误：${fields.map((f) => `${f.path} ${f.message}`).join('；')}`, fields);
}

const isPlainObject = (v: unknown): v is Facts => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep merge: objects merge key by key, everything else (arrays included) replaces; `null` removes a key. */
export function mergeFacts(base: Facts, patch: Facts): Facts {
  const out: Facts = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (isPlainObject(v) && isPlainObject(out[k])) out[k] = mergeFacts(out[k] as Facts, v);
    else out[k] = v;
  }
  return out;
}

/** Sets a value at a dotted path, creating objects on the way (for facts the system records). */
export function setPath(o: Facts, path: string, value: unknown): Facts {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...o, [head]: value };
  const child = isPlainObject(o[head]) ? (o[head] as Facts) : {};
  return { ...o, [head]: setPath(child, rest.join('.'), value) };
}

export function getPath(o: Facts, path: string): unknown {
  let cur: unknown = o;
  for (const part of path.split('.')) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}
