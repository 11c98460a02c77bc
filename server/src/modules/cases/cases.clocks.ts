import {
  CalendarNotLoadedError,
  CLOCK_RULES,
  type ClockExtension,
  type ClockInstruction,
  type ClockPause,
  type ClockRule,
  deadline,
  type IsoDate,
  type ResolvedProfile,
  type WorkingCalendar,
} from '@zhifa/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { type Facts, getPath } from './cases.facts';
import { caseClocks } from './cases.tables';

type ClockRow = typeof caseClocks.$inferSelect;

/** An open pause (the clock is paused until resumed) is stored with `to` = null. */
export interface StoredPause {
  from: IsoDate;
  to: IsoDate | null;
  kind: ClockPause['kind'];
  reason?: string;
}
export interface StoredExtension extends ClockExtension {
  reason?: string;
}

export interface ClockSettings {
  calendar: WorkingCalendar;
  profile: ResolvedProfile;
  category: string;
}

/**
 * The rule a clock is computed with. The jurisdiction profile sets the statement and hearing-request windows; the
 * 90-day case limit of APL Art. 60 defers to sector rules ("法律、法规、规章另有规定的，从其规定"), so market-regulation
 * cases use SAMR-90's pauses and extensions (市场监督管理行政处罚程序规定). Recorded in docs/domain-notes.md.
 */
export function ruleFor(id: string, s: ClockSettings): ClockRule | undefined {
  const r = (CLOCK_RULES as Record<string, ClockRule>)[id];
  if (!r) return undefined;
  if (id === 'APL-60' && s.category === 'MARKET') return { ...CLOCK_RULES['SAMR-90'], id: 'APL-60' };
  if (id === 'SAMR-5wd') return { ...r, duration: { ...r.duration, amount: s.profile.statementWindowWd.value } };
  if (id === 'APL-64-1') return { ...r, duration: { ...r.duration, amount: s.profile.hearingRequestWd.value } };
  if (id === 'APL-64-2') return { ...r, duration: { ...r.duration, amount: s.profile.hearingNoticeWd.value } };
  return r;
}

/** Due date (and moment, for hour rules) of a clock from its start, closed pauses and extensions. */
export function computeDue(
  rule: string,
  startedOn: IsoDate,
  startedAt: Date,
  pauses: StoredPause[],
  extensions: StoredExtension[],
  s: ClockSettings,
  facts: Facts,
): { dueOn: IsoDate | null; dueAt: Date | null; kind: 'DEADLINE' | 'EARLIEST'; provisional: boolean } {
  // APL-66: the deferral's last day is what the head approved; APL-72-1 accrues instead of expiring.
  if (rule === 'APL-66') {
    const until = (getPath(facts, 'deferral.until') as IsoDate | undefined) ?? null;
    return { dueOn: until, dueAt: null, kind: 'DEADLINE', provisional: false };
  }
  const r = ruleFor(rule, s);
  if (!r) return { dueOn: null, dueAt: null, kind: 'DEADLINE', provisional: false };
  const trigger = r.duration.unit === 'HOUR' ? startedAt.toISOString() : startedOn;
  const closed = pauses.filter((p): p is ClockPause & StoredPause => p.to !== null);
  const opts = {
    pauses: closed.map(({ from, to, kind }) => ({ from, to: to as IsoDate, kind })),
    extensions: extensions.map(({ days, approvedBy, approvedOn }) => ({ days, approvedBy, approvedOn })),
    rollOverForAgencyDeadlines: s.profile.rollOverForAgencyDeadlines.value,
  };
  let provisional = false;
  let d: ReturnType<typeof deadline>;
  try {
    d = deadline(r, trigger, s.calendar, opts);
  } catch (e) {
    if (!(e instanceof CalendarNotLoadedError)) throw e;
    // The period runs into a year whose holiday schedule is not published yet (the State Council notice comes
    // in November or December): count weekends only for now and recompute once the year is loaded.
    const year = Number(startedOn.slice(0, 4));
    d = deadline(r, trigger, s.calendar.withWeekendOnlyYears([year, year + 1, year + 2]), opts);
    provisional = true;
  }
  return { dueOn: d.due, dueAt: d.dueAt ? new Date(d.dueAt) : null, kind: r.kind, provisional };
}

const dayBefore = (d: IsoDate): IsoDate => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

/** Applies the engine's clock instructions of one action, inside the action's transaction. */
export async function applyClockInstructions(
  tx: Tx,
  c: { id: string; agencyId: string },
  instructions: readonly ClockInstruction[],
  date: IsoDate,
  at: Date,
  s: ClockSettings,
  facts: Facts,
): Promise<void> {
  if (instructions.length === 0) {
    // Nothing moves, but a closing action still takes the case off the urgency lists (refreshNextDue).
    await tx.execute(sql`UPDATE cases SET next_due_on = NULL, next_due_rule = NULL
      WHERE id = ${c.id} AND closed_on IS NOT NULL AND next_due_on IS NOT NULL`);
    return;
  }
  const rows = await tx.select().from(caseClocks).where(eq(caseClocks.caseId, c.id));
  const live = (rule: string) => rows.find((r) => r.rule === rule && r.status !== 'STOPPED');
  for (const ins of instructions) {
    const row = live(ins.rule);
    if (ins.op === 'STOP') {
      if (row) await tx.update(caseClocks).set({ status: 'STOPPED', stoppedOn: date }).where(eq(caseClocks.id, row.id));
      if (row) row.status = 'STOPPED';
    } else if (ins.op === 'PAUSE') {
      if (row && row.status === 'RUNNING') {
        const kind = ins.kind === 'FROM_FACTS' ? pauseKindFromFacts(facts) : ins.kind;
        const pauses = [...(row.pauses as StoredPause[]), { from: date, to: null, kind }];
        await tx.update(caseClocks).set({ status: 'PAUSED', pauses }).where(eq(caseClocks.id, row.id));
        row.status = 'PAUSED';
      }
    } else if (ins.op === 'EXTEND') {
      if (row) await extendRow(tx, row, extensionFromFacts(ins.rule, facts, date), s, facts);
    } else if (ins.op === 'RESUME') {
      if (row && row.status === 'PAUSED') await resume(tx, row, date, s, facts);
    } else if (ins.op === 'START') {
      // A restarted clock (e.g. re-notification) replaces the running one.
      if (row) await tx.update(caseClocks).set({ status: 'STOPPED', stoppedOn: date }).where(eq(caseClocks.id, row.id));
      const startedAt = momentFor(ins.rule, facts) ?? at;
      const due = computeDue(ins.rule, date, startedAt, [], [], s, facts);
      const inserted = {
        id: newId(),
        caseId: c.id,
        agencyId: c.agencyId,
        rule: ins.rule,
        trigger: ins.trigger,
        startedOn: date,
        startedAt,
        dueOn: due.dueOn,
        dueAt: due.dueAt,
        kind: due.kind,
        status: 'RUNNING' as const,
        provisional: due.provisional,
      };
      await tx.insert(caseClocks).values(inserted);
      rows.push({ ...inserted, pauses: [], extensions: [], stoppedOn: null, alertLevel: 'OK' });
    }
  }
  await refreshNextDue(tx, c.id);
}

/** ALL-45: the licence's excluded step names its kind (hearing, tender/auction, testing, appraisal, expert review). */
function pauseKindFromFacts(facts: Facts): ClockPause['kind'] {
  const k = getPath(facts, 'excludedStep.kind') as ClockPause['kind'] | undefined;
  return k ?? 'SUSPENSION';
}

/**
 * The approved extension an EXTEND instruction applies: ACL-25 by the days the head approved (≤ 30, checked by
 * the guard and the rule), ALL-42 by the statutory 10 working days.
 */
function extensionFromFacts(rule: string, facts: Facts, date: IsoDate): StoredExtension {
  const days = rule === 'ALL-42' ? 10 : Number(getPath(facts, 'extension.days') ?? 0);
  const approvedOn =
    (getPath(facts, 'extension.headApprovedOn') as IsoDate | undefined) ??
    (getPath(facts, 'extension.approvedByHeadOn') as IsoDate | undefined) ??
    date;
  return { days, approvedBy: 'HEAD', approvedOn };
}

/**
 * Hour clocks run from the exact moment of the act, which the facts record (a back-dated action must not start
 * its 24 hours now): SC310-5-24H from the approval, ACL-19 from the emergency measure.
 */
function momentFor(rule: string, facts: Facts): Date | undefined {
  const path = rule === 'SC310-5-24H' ? 'approvedAt' : rule === 'ACL-19' ? 'emergency.executedAt' : undefined;
  const v = path ? (getPath(facts, path) as string | undefined) : undefined;
  return v ? new Date(v) : undefined;
}

async function extendRow(tx: Tx, row: ClockRow, ext: StoredExtension, s: ClockSettings, facts: Facts): Promise<void> {
  const extensions = [...(row.extensions as StoredExtension[]), ext];
  const due = computeDue(row.rule, row.startedOn, row.startedAt, row.pauses as StoredPause[], extensions, s, facts);
  await tx
    .update(caseClocks)
    .set({ extensions, dueOn: due.dueOn, dueAt: due.dueAt, provisional: due.provisional, alertLevel: 'OK' })
    .where(eq(caseClocks.id, row.id));
}

async function resume(tx: Tx, row: ClockRow, date: IsoDate, s: ClockSettings, facts: Facts): Promise<void> {
  const pauses = (row.pauses as StoredPause[]).map((p) => (p.to === null ? { ...p, to: dayBefore(date) } : p));
  const extensions = row.extensions as StoredExtension[];
  let dueOn = row.dueOn;
  let dueAt = row.dueAt;
  let provisional = row.provisional;
  try {
    ({ dueOn, dueAt, provisional } = computeDue(row.rule, row.startedOn, row.startedAt, pauses, extensions, s, facts));
  } catch {
    // A rule that excludes no such pause keeps its due date: the time spent paused counts (e.g. APL-60 outside
    // market regulation). The pause stays on record for the file.
  }
  await tx
    .update(caseClocks)
    .set({ status: 'RUNNING', pauses, dueOn, dueAt, provisional })
    .where(eq(caseClocks.id, row.id));
}

/**
 * cases.next_due_on: the earliest due day of a running deadline, for "my cases by urgency". None once the case is
 * closed: the party's remedy windows (REMEDY-60D/6M) may still run, but the agency has nothing left to do.
 */
export async function refreshNextDue(tx: Tx, caseId: string): Promise<void> {
  // Written only when it changes: every new version of a case row re-indexes it, search grams included.
  await tx.execute(sql`
    WITH earliest AS (
      SELECT due_on, rule FROM case_clocks
      WHERE case_id = ${caseId} AND status = 'RUNNING' AND kind = 'DEADLINE' AND due_on IS NOT NULL
      ORDER BY due_on, rule LIMIT 1),
    next AS (
      SELECT CASE WHEN c.closed_on IS NULL THEN (SELECT due_on FROM earliest) END AS due_on,
             CASE WHEN c.closed_on IS NULL THEN (SELECT rule FROM earliest) END AS rule
      FROM cases c WHERE c.id = ${caseId})
    UPDATE cases c SET next_due_on = next.due_on, next_due_rule = next.rule FROM next
    WHERE c.id = ${caseId} AND (c.next_due_on, c.next_due_rule) IS DISTINCT FROM (next.due_on, next.rule)`);
}

/** A head's approved extension of a running clock (e.g. 办案期限 +30 d, 查封扣押 +30 d, 许可 +10 wd). */
export async function extendClock(
  tx: Tx,
  caseId: string,
  input: StoredExtension & { rule: string },
  s: ClockSettings,
  facts: Facts,
): Promise<ClockRow> {
  const row = await liveClock(tx, caseId, input.rule);
  await extendRow(tx, row, input, s, facts);
  await refreshNextDue(tx, caseId);
  const [updated] = await tx.select().from(caseClocks).where(eq(caseClocks.id, row.id));
  return updated;
}

/** A typed, closed pause interval (hearing, testing, public notice …) excluded from a clock's period. */
export async function pauseClock(
  tx: Tx,
  caseId: string,
  input: StoredPause & { rule: string; to: IsoDate },
  s: ClockSettings,
  facts: Facts,
): Promise<ClockRow> {
  if (input.to < input.from) throw invalid('中止期间的结束日期不能早于开始日期');
  const row = await liveClock(tx, caseId, input.rule);
  const pauses = [
    ...(row.pauses as StoredPause[]),
    { from: input.from, to: input.to, kind: input.kind, reason: input.reason },
  ];
  const due = computeDue(row.rule, row.startedOn, row.startedAt, pauses, row.extensions as StoredExtension[], s, facts);
  await tx
    .update(caseClocks)
    .set({ pauses, dueOn: due.dueOn, dueAt: due.dueAt, provisional: due.provisional, alertLevel: 'OK' })
    .where(eq(caseClocks.id, row.id));
  await refreshNextDue(tx, caseId);
  return { ...row, pauses, dueOn: due.dueOn };
}

async function liveClock(tx: Tx, caseId: string, rule: string): Promise<ClockRow> {
  const [row] = await tx
    .select()
    .from(caseClocks)
    .where(and(eq(caseClocks.caseId, caseId), eq(caseClocks.rule, rule), sql`${caseClocks.status} <> 'STOPPED'`));
  if (!row) throw invalid(`本案没有正在计算的期限 ${rule}`);
  return row;
}
