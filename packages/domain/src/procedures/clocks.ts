/**
 * The legal clocks of case handling (issue 5; DOMAIN §1.4–§1.7, §2, §3, §10).
 *
 * `CLOCK_RULES` encodes every time rule as data in the shape of DOMAIN §10.4; `deadline` computes a due date from
 * a rule, its trigger, typed pauses and approved extensions. The specialised helpers (`surcharge`,
 * `seizureExpiry`, `executionAllowedAt`, `licenceDeadlines`, `correctionNoticeDeadline`) cover the rules whose
 * outcome is more than a date. Interpretations are recorded in docs/domain-notes.md, "Clocks (issue 5)".
 */
import { CalendarNotLoadedError, type WorkingCalendar } from '../calendar.js';
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  type IsoDate,
  isValidIsoDate,
  todayInShanghai,
  toEpochDay,
} from '../dates.js';
import {
  CLOCK_RULES,
  ClockError,
  type ClockExtension,
  type ClockKind,
  type ClockPause,
  type ClockRule,
} from './clock-rules';

export type {
  Approver,
  ClockExtension,
  ClockKind,
  ClockParty,
  ClockPause,
  ClockRule,
  ClockRuleId,
  DurationUnit,
  PauseKind,
  RollOverMode,
} from './clock-rules';
export { CLOCK_RULES, ClockError } from './clock-rules';

export interface DeadlineOptions {
  pauses?: readonly ClockPause[];
  extensions?: readonly ClockExtension[];
  /** Jurisdiction setting for rules with rollOver SETTING (§10.3 ex.5); default false = the earlier date. */
  rollOverForAgencyDeadlines?: boolean;
}

export interface ClockDeadline {
  ruleId: string;
  kind: ClockKind;
  /** The date that governs: last day (DEADLINE) or first allowed day (EARLIEST). */
  due: IsoDate;
  /** HOUR rules only: the exact due moment in Beijing time (`…+08:00`). */
  dueAt?: string;
  /** The last day before any roll-over. */
  lastDayWithoutRollOver: IsoDate;
  /** The last day with TIME-ROLL applied; undefined when the year's schedule is not loaded and not needed. */
  lastDayWithRollOver?: IsoDate;
  /** Total extension approved, in the rule's unit. */
  extendedBy: number;
}

const MOMENT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;

/** Parses an ISO moment that carries an explicit offset; returns epoch milliseconds. */
function parseMoment(moment: string, ruleId: string): number {
  const ms = MOMENT_RE.test(moment) ? Date.parse(moment) : Number.NaN;
  if (Number.isNaN(ms)) throw new ClockError(ruleId, `时刻格式无效或缺少时区：${moment}`);
  return ms;
}

/** Beijing date and HH:MM:SS of an epoch instant (UTC+8, no DST). */
function beijing(ms: number): { date: IsoDate; time: string } {
  const s = new Date(ms + 8 * HOUR_MS).toISOString();
  return { date: s.slice(0, 10), time: s.slice(11, 19) };
}

/** A trigger may be a date or a moment with offset (then its Beijing date is used). */
function triggerDate(trigger: string, ruleId: string): IsoDate {
  if (isValidIsoDate(trigger)) return trigger;
  return todayInShanghai(new Date(parseMoment(trigger, ruleId)));
}

function checkPauses(r: ClockRule, pauses: readonly ClockPause[]): void {
  for (const p of pauses) {
    assertIsoDate(p.from);
    assertIsoDate(p.to);
    if (compareDates(p.from, p.to) > 0) throw new ClockError(r.id, `中止期间起止日期颠倒：${p.from}至${p.to}`);
    if (!r.pauseKinds.includes(p.kind)) throw new ClockError(r.id, `该期限不扣除${p.kind}期间`);
  }
}

/** TIME-WD-DEF with excluded intervals: the n-th working day after `start` that lies in no pause. */
function workingDeadlineWithPauses(
  calendar: WorkingCalendar,
  start: IsoDate,
  n: number,
  pauses: readonly ClockPause[],
): IsoDate {
  if (pauses.length === 0) return calendar.addWorkingDays(start, n);
  const ranges = pauses.map((p) => [toEpochDay(p.from), toEpochDay(p.to)] as const);
  let cur = start;
  let counted = 0;
  while (counted < n) {
    cur = addDays(cur, 1);
    const e = toEpochDay(cur);
    if (calendar.isWorkingDay(cur) && !ranges.some(([a, b]) => a <= e && e <= b)) counted++;
  }
  return cur;
}

/** The unrolled end of the period with `amount` units; pauses only for day units. */
function periodEnd(
  r: ClockRule,
  start: IsoDate,
  amount: number,
  calendar: WorkingCalendar,
  pauses: readonly ClockPause[],
): IsoDate {
  switch (r.duration.unit) {
    case 'WORKING_DAY':
      return r.kind === 'EARLIEST'
        ? calendar.earliestDateAfterClearWorkingDays(start, amount)
        : workingDeadlineWithPauses(calendar, start, amount, pauses);
    case 'CALENDAR_DAY':
      return calendar.calendarDeadlineWithPauses(start, amount, [...pauses], { rollOver: false });
    case 'MONTH':
      return addMonths(start, amount);
    case 'YEAR':
      return addMonths(start, amount * 12);
    case 'HOUR':
      throw new ClockError(r.id, '小时期限须从确切时刻起算');
  }
}

function checkExtensions(
  r: ClockRule,
  extensions: readonly ClockExtension[],
  endWith: (extraUnits: number) => IsoDate,
): number {
  if (extensions.length === 0) return 0;
  const ext = r.extension;
  if (!ext) throw new ClockError(r.id, '该期限不得延长');
  const sorted = [...extensions].sort((a, b) => compareDates(a.approvedOn, b.approvedOn));
  let total = 0;
  let limited = 0;
  for (const e of sorted) {
    assertIsoDate(e.approvedOn);
    if (!Number.isInteger(e.days) || e.days < 1) throw new ClockError(r.id, `延长天数须为正整数：${e.days}`);
    if (!ext.approvers.includes(e.approvedBy)) throw new ClockError(r.id, `延长须经${ext.approvers.join('/')}批准`);
    if (compareDates(e.approvedOn, endWith(total)) > 0)
      throw new ClockError(r.id, `延长须在期限届满前批准（批准日 ${e.approvedOn}）`);
    if (e.approvedBy !== ext.beyondMaxBy) limited += e.days;
    if (limited > ext.max) throw new ClockError(r.id, `延长合计不得超过${ext.max}日`);
    total += e.days;
  }
  return total;
}

/**
 * Due date of a clock per its §10.4 encoding (TIME-START, TIME-ROLL, TIME-HOURS, TIME-MONTH): working days via
 * `addWorkingDays` (pause days skipped), calendar days via `calendarDeadlineWithPauses`, months via `addMonths`,
 * hours from the exact moment. Typed pauses and approved extensions move the date (SAMR-90, ACL-25, ALL-45); a pause
 * kind the rule does not exclude, an extension of a non-extendable clock, above the limit or approved after
 * expiry is refused with a `ClockError`. EARLIEST rules (APL-64-2, ACL-54) return the first allowed day after n
 * clear working days.
 */
export function deadline(
  r: ClockRule,
  trigger: string,
  calendar: WorkingCalendar,
  opts: DeadlineOptions = {},
): ClockDeadline {
  const pauses = opts.pauses ?? [];
  const extensions = opts.extensions ?? [];
  checkPauses(r, pauses);
  if (r.duration.unit === 'HOUR') {
    if (pauses.length > 0 || extensions.length > 0) throw new ClockError(r.id, '小时期限不得中止或延长');
    const ms = parseMoment(trigger, r.id) + r.duration.amount * HOUR_MS;
    const { date, time } = beijing(ms);
    return {
      ruleId: r.id,
      kind: r.kind,
      due: date,
      dueAt: `${date}T${time}+08:00`,
      lastDayWithoutRollOver: date,
      lastDayWithRollOver: date,
      extendedBy: 0,
    };
  }
  const start = triggerDate(trigger, r.id);
  const endWith = (extra: number) => periodEnd(r, start, r.duration.amount + extra, calendar, pauses);
  const extendedBy = checkExtensions(r, extensions, endWith);
  const end = endWith(extendedBy);
  let rolled: IsoDate | undefined = end;
  if (r.rollOver !== 'NOT_APPLICABLE') {
    try {
      rolled = calendar.rollOver(end);
    } catch (e) {
      if (
        !(e instanceof CalendarNotLoadedError) ||
        r.rollOver === 'NEXT_WORKING_DAY' ||
        opts.rollOverForAgencyDeadlines
      )
        throw e;
      rolled = undefined;
    }
  }
  const useRolled = r.rollOver === 'NEXT_WORKING_DAY' || (r.rollOver === 'SETTING' && opts.rollOverForAgencyDeadlines);
  return {
    ruleId: r.id,
    kind: r.kind,
    due: useRolled && rolled ? rolled : end,
    lastDayWithoutRollOver: end,
    lastDayWithRollOver: rolled,
    extendedBy,
  };
}

export type ClockStatus = 'OK' | 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE';

/**
 * Alert level of a DEADLINE clock (issue 5 §2, alerts at a lead time): OVERDUE after the due day (TIME-ENDOFDAY:
 * the due day runs to 24:00), DUE_TODAY on it, DUE_SOON when at most `leadWorkingDays` working days remain.
 */
export function clockStatus(due: IsoDate, today: IsoDate, calendar: WorkingCalendar, leadWorkingDays = 3): ClockStatus {
  const c = compareDates(today, due);
  if (c > 0) return 'OVERDUE';
  if (c === 0) return 'DUE_TODAY';
  return calendar.countWorkingDaysBetween(today, due) <= leadWorkingDays ? 'DUE_SOON' : 'OK';
}

export interface RemedyPause {
  from: IsoDate;
  /** Inclusive; omitted while the reconsideration or lawsuit is still pending. */
  to?: IsoDate;
  kind: 'RECONSIDERATION' | 'LITIGATION';
}

export interface SurchargeResult {
  /** Days accrued: days after `dueDate` up to `asOf`, outside remedy pauses. */
  days: number;
  surchargeFen: number;
  capped: boolean;
}

/**
 * APL-72-1 (3 % of the fine per day, total ≤ the fine) with APL-73 (no accrual during reconsideration or
 * litigation). Accrual starts the day after `dueDate` and includes `asOf`. Rounding: the total is
 * floor(fine × 3 % × days) in fen — computed once on the total, rounded down in the party's favour.
 */
export function surcharge(
  fineFen: number,
  dueDate: IsoDate,
  asOf: IsoDate,
  pauses: readonly RemedyPause[] = [],
): SurchargeResult {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) throw new ClockError('APL-72-1', `罚款金额无效：${fineFen}`);
  assertIsoDate(dueDate);
  assertIsoDate(asOf);
  const first = toEpochDay(dueDate) + 1;
  const last = toEpochDay(asOf);
  let days = Math.max(0, last - first + 1);
  if (days > 0) {
    const ranges: [number, number][] = [];
    for (const p of pauses) {
      assertIsoDate(p.from);
      const to = p.to ?? asOf;
      assertIsoDate(to);
      if (compareDates(p.from, to) > 0) throw new ClockError('APL-73', `复议/诉讼期间起止日期颠倒：${p.from}至${to}`);
      const a = Math.max(toEpochDay(p.from), first);
      const b = Math.min(toEpochDay(to), last);
      if (a <= b) ranges.push([a, b]);
    }
    ranges.sort((x, y) => x[0] - y[0]);
    let coveredTo = first - 1;
    for (const [a, b] of ranges) {
      const from = Math.max(a, coveredTo + 1);
      if (b >= from) {
        days -= b - from + 1;
        coveredTo = b;
      }
    }
  }
  const raw = (BigInt(fineFen) * 3n * BigInt(days)) / 100n;
  const capped = raw >= BigInt(fineFen) && days > 0;
  return { days, surchargeFen: capped ? fineFen : Number(raw), capped };
}

export interface TestingPause {
  from: IsoDate;
  to: IsoDate;
  kind?: 'TESTING' | 'APPRAISAL';
  /** ACL-25: the excluded period must be fixed and notified to the party in writing. */
  notifiedOn: IsoDate;
}

export interface SeizureClock {
  seizedOn: IsoDate;
  /** ACL-25: at most 30 d, approved by the head before expiry. */
  extension?: { days: number; approvedOn: IsoDate };
  testingPauses?: readonly TestingPause[];
  rollOverForAgencyDeadlines?: boolean;
}

/**
 * ACL-25 seal/seizure period: 30 d from the decision (TIME-START), + ≤ 30 d extension approved by the head,
 * testing/appraisal periods notified in writing excluded (§10.3 ex.6). An extension > 30 d, or a pause without a
 * written notice dated no later than its start, is refused.
 */
export function seizureExpiry(s: SeizureClock, calendar: WorkingCalendar): ClockDeadline {
  const pauses: ClockPause[] = (s.testingPauses ?? []).map((p) => {
    if (!p.notifiedOn || !isValidIsoDate(p.notifiedOn))
      throw new ClockError('ACL-25', '检测、检验、检疫或者技术鉴定期间须书面告知当事人');
    if (compareDates(p.notifiedOn, p.from) > 0)
      throw new ClockError('ACL-25', `检测期间须事先书面告知（告知日 ${p.notifiedOn} 晚于开始日 ${p.from}）`);
    return { from: p.from, to: p.to, kind: p.kind ?? 'TESTING' };
  });
  if (s.extension && s.extension.days > 30) throw new ClockError('ACL-25', '查封、扣押延长期限不得超过30日');
  return deadline(CLOCK_RULES['ACL-25'], s.seizedOn, calendar, {
    pauses,
    extensions: s.extension ? [{ days: s.extension.days, approvedBy: 'HEAD', approvedOn: s.extension.approvedOn }] : [],
    rollOverForAgencyDeadlines: s.rollOverForAgencyDeadlines,
  });
}

/** ACL-28(4): the seized items must be released once the period has expired (the day after the due date). */
export function mustRelease(
  s: SeizureClock & { releasedOn?: IsoDate },
  today: IsoDate,
  calendar: WorkingCalendar,
): { required: boolean; expiry: IsoDate; message: string } {
  const expiry = seizureExpiry(s, calendar).due;
  if (s.releasedOn) return { required: false, expiry, message: `已于${s.releasedOn}解除查封、扣押` };
  const required = compareDates(today, expiry) > 0;
  return {
    required,
    expiry,
    message: required
      ? `查封、扣押期限已于${expiry}届满，应当立即解除（行政强制法第二十八条第一款第四项）`
      : `查封、扣押期限至${expiry}届满`,
  };
}

export interface ExecutionTimeOptions {
  /** HH:MM Beijing time, inclusive; default 22:00 (TIME-NIGHT, M). */
  nightStart?: string;
  /** HH:MM Beijing time, exclusive; default 06:00. */
  nightEnd?: string;
  /**
   * Which days are blocked besides the night. ALL_REST_DAYS (default): holidays, 调休 rest days and ordinary
   * weekends (TIME-REST-DAYS); STATUTORY_HOLIDAYS_ONLY: the schedule's holidays only (literal ACL-43).
   */
  restDays?: 'ALL_REST_DAYS' | 'STATUTORY_HOLIDAYS_ONLY';
  /** ACL-43 exception; the reason is required and is logged by the caller. */
  emergency?: { reason: string };
}

const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** ACL-43 / TIME-NIGHT: no coercive execution at night or on rest days (Beijing time) except in an emergency. */
export function executionAllowedAt(
  moment: string,
  calendar: WorkingCalendar,
  opts: ExecutionTimeOptions = {},
): { allowed: boolean; message: string } {
  const nightStart = opts.nightStart ?? '22:00';
  const nightEnd = opts.nightEnd ?? '06:00';
  if (!HHMM_RE.test(nightStart) || !HHMM_RE.test(nightEnd))
    throw new ClockError('ACL-43', `夜间时段格式无效：${nightStart}-${nightEnd}`);
  const { date, time } = beijing(parseMoment(moment, 'ACL-43'));
  const hhmm = time.slice(0, 5);
  const night = nightStart <= nightEnd ? hhmm >= nightStart && hhmm < nightEnd : hhmm >= nightStart || hhmm < nightEnd;
  const kind = calendar.dayKind(date);
  const restDay =
    (opts.restDays ?? 'ALL_REST_DAYS') === 'ALL_REST_DAYS' ? calendar.isRestDay(date) : kind === 'HOLIDAY';
  if (!night && !restDay) return { allowed: true, message: '可以实施强制执行' };
  const why = night
    ? `北京时间${date} ${hhmm}属于夜间（${nightStart}至次日${nightEnd}）`
    : `${date}为${kind === 'HOLIDAY' ? '法定节假日' : '休息日'}`;
  const reason = opts.emergency?.reason.trim();
  if (reason)
    return {
      allowed: true,
      message: `${why}，因情况紧急（${reason}）依法实施强制执行，须记录在案（行政强制法第四十三条）`,
    };
  return { allowed: false, message: `${why}，不得实施行政强制执行，情况紧急的除外（行政强制法第四十三条）` };
}

export interface LicenceClockOptions {
  /** ALL-42: extended by 10 wd with the head's approval on `extensionApprovedOn`. */
  extended?: { approvedOn: IsoDate } | false;
  pauses?: readonly ClockPause[];
  /** When the decision was made; the certificate clock runs from it (else from the decision due date). */
  decidedOn?: IsoDate;
}

/**
 * ALL-42 / ALL-45 / ALL-44: decision due 20 wd after acceptance (+10 wd when extended), excluded periods skipped;
 * certificate due 10 wd after the decision (or, before the decision, after the latest lawful decision date).
 */
export function licenceDeadlines(
  acceptedOn: IsoDate,
  calendar: WorkingCalendar,
  opts: LicenceClockOptions = {},
): { decisionDue: IsoDate; certificateDue: IsoDate } {
  const decisionDue = deadline(CLOCK_RULES['ALL-42'], acceptedOn, calendar, {
    pauses: opts.pauses,
    extensions: opts.extended ? [{ days: 10, approvedBy: 'HEAD', approvedOn: opts.extended.approvedOn }] : [],
  }).due;
  const from = opts.decidedOn ?? decisionDue;
  return { decisionDue, certificateDue: deadline(CLOCK_RULES['ALL-44'], from, calendar).due };
}

/**
 * ALL-32: the one-time correction notice is due within 5 wd of receipt; a notice given later (or none by `today`
 * after the due date) means the application is deemed accepted on the day of receipt.
 */
export function correctionNoticeDeadline(
  receivedOn: IsoDate,
  calendar: WorkingCalendar,
  opts: { noticeGivenOn?: IsoDate; today?: IsoDate } = {},
): { due: IsoDate; deemedAccepted: boolean; acceptedOn?: IsoDate } {
  const due = deadline(CLOCK_RULES['ALL-32'], receivedOn, calendar).due;
  const ref = opts.noticeGivenOn ?? opts.today;
  const deemedAccepted = ref !== undefined && compareDates(ref, due) > 0;
  return deemedAccepted ? { due, deemedAccepted, acceptedOn: receivedOn } : { due, deemedAccepted };
}
