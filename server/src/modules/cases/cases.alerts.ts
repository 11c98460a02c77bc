import { clockStatus, type IsoDate, todayInShanghai, type WorkingCalendar } from '@zhifa/domain';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Database } from '../../platform/db';
import { newId } from '../../platform/ids';
import { profileOf, publishedList } from '../catalogue/catalogue.rules';
import { computeDue, refreshNextDue, type StoredExtension, type StoredPause } from './cases.clocks';
import type { Facts } from './cases.facts';
import { caseAlerts, caseClocks, cases } from './cases.tables';

const LEVEL_ORDER = { OK: 0, DUE_SOON: 1, DUE_TODAY: 2, OVERDUE: 3 } as const;
type Level = keyof typeof LEVEL_ORDER;
const BATCH = 500;

export interface AlertRun {
  checked: number;
  raised: number;
  recomputed: number;
}

/**
 * The clock job (pg-boss `case-clock-alerts`): raises an alert once per clock and level — DUE_SOON at the lead
 * time in working days, DUE_TODAY, OVERDUE — each recorded in case_alerts and the ledger; and recomputes
 * provisional due dates once the year's holiday schedule is loaded.
 */
export async function runClockAlerts(
  database: Database,
  calendars: CalendarService,
  opts: { leadWorkingDays: number; today?: IsoDate },
): Promise<AlertRun> {
  const calendar = await calendars.calendar();
  const today = opts.today ?? todayInShanghai(new Date());
  const run: AlertRun = { checked: 0, raised: 0, recomputed: 0 };
  run.recomputed = await recomputeProvisional(database, calendar);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await database.tx({ kind: 'all' }, (tx) =>
      tx
        .select()
        .from(caseClocks)
        .where(
          and(
            eq(caseClocks.status, 'RUNNING'),
            eq(caseClocks.kind, 'DEADLINE'),
            sql`${caseClocks.dueOn} IS NOT NULL`,
            sql`${caseClocks.alertLevel} <> 'OVERDUE'`,
            sql`${caseClocks.id} > ${after}`,
            // A closed case raises nothing: what still runs there (remedy windows) is the party's time.
            sql`NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = ${caseClocks.caseId} AND cases.closed_on IS NOT NULL)`,
          ),
        )
        .orderBy(caseClocks.id)
        .limit(BATCH),
    );
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    for (const c of batch) {
      run.checked++;
      let level: Level;
      try {
        level = clockStatus(c.dueOn!, today, calendar, opts.leadWorkingDays);
      } catch {
        level = c.dueOn! < today ? 'OVERDUE' : c.dueOn === today ? 'DUE_TODAY' : 'OK';
      }
      if (LEVEL_ORDER[level] <= LEVEL_ORDER[c.alertLevel]) continue;
      await database.tx({ kind: 'all' }, async (tx) => {
        const [kase] = await tx.select({ unitId: cases.unitId }).from(cases).where(eq(cases.id, c.caseId));
        const updated = await tx
          .update(caseClocks)
          .set({ alertLevel: level })
          .where(and(eq(caseClocks.id, c.id), eq(caseClocks.alertLevel, c.alertLevel)))
          .returning({ id: caseClocks.id });
        if (updated.length === 0) return; // another process raised it
        await tx
          .insert(caseAlerts)
          .values({
            id: newId(),
            caseId: c.caseId,
            agencyId: c.agencyId,
            unitId: kase?.unitId ?? null,
            clockId: c.id,
            rule: c.rule,
            level: level as Exclude<Level, 'OK'>,
            dueOn: c.dueOn!,
          })
          .onConflictDoNothing();
        await appendAudit(tx, SYSTEM_ACTOR, {
          type: 'CASE_ALERT_RAISED',
          subjectType: 'case',
          subjectId: c.caseId,
          agencyId: c.agencyId,
          payload: { rule: c.rule, level, dueOn: c.dueOn! },
        });
        run.raised++;
      });
    }
  }
  return run;
}

/** Provisional clocks whose years are now loaded get their final due date. */
async function recomputeProvisional(database: Database, calendar: WorkingCalendar): Promise<number> {
  const covered = new Set(calendar.coveredYears());
  const rows = await database.tx({ kind: 'all' }, (tx) =>
    tx
      .select({ clock: caseClocks, facts: cases.facts, category: cases.category })
      .from(caseClocks)
      .innerJoin(cases, eq(cases.id, caseClocks.caseId))
      .where(and(eq(caseClocks.provisional, true), sql`${caseClocks.status} <> 'STOPPED'`)),
  );
  let n = 0;
  for (const { clock, facts, category } of rows) {
    const year = Number(clock.startedOn.slice(0, 4));
    if (![year, year + 1].every((y) => covered.has(y))) continue;
    await database.tx({ kind: 'all' }, async (tx) => {
      const profile = profileOf(
        clock.agencyId,
        '',
        (await publishedList(tx, clock.agencyId, 'JURISDICTION_PROFILE')).row,
      ).profile;
      const due = computeDue(
        clock.rule,
        clock.startedOn,
        clock.startedAt,
        clock.pauses as StoredPause[],
        clock.extensions as StoredExtension[],
        { calendar, profile, category },
        facts as Facts,
      );
      if (due.provisional) return;
      await tx
        .update(caseClocks)
        .set({ dueOn: due.dueOn, dueAt: due.dueAt, provisional: false, alertLevel: 'OK' })
        .where(eq(caseClocks.id, clock.id));
      await refreshNextDue(tx, clock.caseId);
      n++;
    });
  }
  return n;
}
