/**
 * Helpers of the per-procedure HTTP walks (server/src/modules/cases/procedures.walk.test.ts): what every walk
 * checks at its end (timeline, ledger, clocks, documents) and the AV prerequisites of mandatory-AV activities.
 */
import { type IsoDate, PROCEDURES, type ProcedureId, type WorkingCalendar } from '@zhifa/domain';
import { expect } from 'vitest';
import { avBody, avMetadataBody, completedUpload } from '../../../src/modules/records/records.test-support';
import { call, type Session, type TestContext } from '../../helpers';
import { type CaseHandle, daysAgo } from '../support';

/** A demo natural person (the resident ID's check digit and birth date agree). */
export const NATURAL_PERSON_PARTY = {
  kind: 'NATURAL_PERSON',
  name: '张三',
  gender: 'M',
  birthDate: '1980-01-01',
  idType: 'RESIDENT_ID',
  idNumber: '430699198001010018',
  address: '青溪县城关镇人民路 1 号',
  phone: '13800138000',
};

/** The ISO moment (Beijing time) of `time` on `date`, as facts store moments. */
export const at = (date: IsoDate, time: string): string => `${date}T${time}:00+08:00`;

/** The handle of a case from any response that returns the case detail (links, exemptions). */
export const handleOf = (body: Record<string, unknown>): CaseHandle => ({
  id: body.id as string,
  version: body.version as number,
  state: body.state as string,
  body,
});

/** The most recent day, at least `minAgo` days ago, that is a working day (or a rest day) in the loaded calendar. */
export function dayAgo(
  calendar: WorkingCalendar,
  minAgo: number,
  kind: 'WORKING' | 'REST',
): { date: IsoDate; ago: number } {
  for (let n = minAgo; n < minAgo + 30; n++) {
    const d = daysAgo(n);
    if (calendar.isWorkingDay(d) === (kind === 'WORKING')) return { date: d, ago: n };
  }
  throw new Error(`no ${kind} day found from ${minAgo} days ago`);
}

/**
 * The timeline and the ledger agree with the walk: events numbered 1..n without gaps ('register' first), one
 * CASE_ACTION entry in the case's audit stream per action, with the same from/to states, in order.
 */
export async function expectRecorded(ctx: TestContext, c: CaseHandle, actions: string[]): Promise<void> {
  const events = c.body.events as { seq: number; action: string; fromState: string | null; toState: string }[];
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(events.map((e) => e.action)).toEqual(['register', ...actions]);
  const ledger = await ctx.superuser.query(
    `SELECT payload->>'action' AS action, payload->>'from' AS "from", payload->>'to' AS "to"
       FROM audit_events WHERE stream = $1 AND event_type = 'CASE_ACTION' ORDER BY seq`,
    [`case:${c.id}`],
  );
  expect(ledger.rows).toEqual(events.slice(1).map((e) => ({ action: e.action, from: e.fromState, to: e.toState })));
}

export interface ClockRow {
  rule: string;
  status: string;
  startedOn: string;
  stoppedOn: string | null;
  dueOn: string | null;
  pauses: { from: string; to: string | null; kind: string }[];
}

export async function clocksOf(ctx: TestContext, caseId: string): Promise<ClockRow[]> {
  const r = await ctx.superuser.query(
    `SELECT rule, status, started_on::text AS "startedOn", stopped_on::text AS "stoppedOn", due_on::text AS "dueOn",
            pauses FROM case_clocks WHERE case_id = $1 ORDER BY started_at, rule`,
    [caseId],
  );
  return r.rows as ClockRow[];
}

/** Exactly these clocks exist, each (its latest row) in the given status. */
export async function expectClocks(
  ctx: TestContext,
  caseId: string,
  expected: Record<string, string>,
): Promise<ClockRow[]> {
  const rows = await clocksOf(ctx, caseId);
  const latest: Record<string, string> = {};
  for (const r of rows) latest[r.rule] = r.status;
  expect(latest).toEqual(expected);
  return rows;
}

/**
 * The clock instructions of the walked transitions, from the definition: every rule started must exist, every
 * rule stopped afterwards (and not restarted) must be STOPPED. A cross-check that the walk asserts what the
 * definition says rather than what the server happens to do.
 */
export function definitionClocks(
  procedure: ProcedureId,
  path: { from: string; action: string }[],
): Record<string, string> {
  const def = PROCEDURES[procedure];
  const status: Record<string, string> = {};
  for (const step of path) {
    const t = def.transitions.find((x) => x.action === step.action && x.from.includes(step.from));
    if (!t) throw new Error(`${procedure}: no transition ${step.action} from ${step.from}`);
    for (const rule of t.clocks?.stop ?? []) if (rule in status) status[rule] = 'STOPPED';
    for (const rule of t.clocks?.pause ?? []) if (status[rule] === 'RUNNING') status[rule] = 'PAUSED';
    for (const rule of t.clocks?.resume ?? []) if (status[rule] === 'PAUSED') status[rule] = 'RUNNING';
    for (const s of t.clocks?.start ?? []) status[s.rule] = 'RUNNING';
  }
  return status;
}

/** The walk's path (state before each action) from the case's timeline. */
export const pathOf = (c: CaseHandle): { from: string; action: string }[] =>
  (c.body.events as { action: string; fromState: string | null }[])
    .slice(1)
    .map((e) => ({ from: e.fromState as string, action: e.action }));

/** Every document the walked transitions produce is in the case file, each with its 文号. */
export function expectDocuments(procedure: ProcedureId, c: CaseHandle): void {
  const def = PROCEDURES[procedure];
  const produced = new Set<string>();
  for (const step of pathOf(c)) {
    const t = def.transitions.find((x) => x.action === step.action && x.from.includes(step.from));
    for (const d of t?.documentsProduced ?? []) produced.add(d);
  }
  const docs = c.body.documents as { code: string; number: string }[];
  expect([...new Set(docs.map((d) => d.code))]).toEqual(expect.arrayContaining([...produced]));
  for (const d of docs) expect(d.number).toBeTruthy();
}

/** Creates an AV record of the agency for `activity` and links it to the case; returns the updated handle. */
export async function linkAvRecord(
  ctx: TestContext,
  s: Session,
  c: CaseHandle,
  opts: { agencyId: string; activity: string; operators: string[]; date: IsoDate },
): Promise<CaseHandle> {
  const bytes = Buffer.from(`av:${c.id}:${opts.activity}:${Math.random()}`);
  const u = await completedUpload(ctx, { userId: s.userId, agencyId: opts.agencyId, bytes });
  const metadata = avMetadataBody(opts.operators, {
    activity: opts.activity,
    startedAt: at(opts.date, '09:00'),
    endedAt: at(opts.date, '09:45'),
    gaps: [],
  });
  const rec = await call(ctx.app, s, 'POST', '/api/records', {
    ...avBody(opts.agencyId, [u.uploadId], opts.operators, { metadata }),
    ownerType: 'CASE',
    ownerId: c.body.caseNumber as string,
    title: '执法记录仪全程录像',
  });
  expect(rec.statusCode, rec.body).toBe(200);
  const res = await call(ctx.app, s, 'POST', `/api/cases/${c.id}/records`, {
    recordId: rec.json().id,
    activity: opts.activity,
  });
  expect(res.statusCode, res.body).toBe(200);
  return handleOf(res.json());
}

/** Records a reason for the absence of AV (by `requester`) and has it approved by `approver`, a different head. */
export async function approvedAvExemption(
  ctx: TestContext,
  requester: Session,
  approver: Session,
  c: CaseHandle,
  activity: string,
  reason: string,
): Promise<CaseHandle> {
  const before = new Set(((c.body.avExemptions ?? []) as { id: string }[]).map((x) => x.id));
  const req = await call(ctx.app, requester, 'POST', `/api/cases/${c.id}/av-exemptions`, { activity, reason });
  expect(req.statusCode, req.body).toBe(200);
  const exemptions = req.json().avExemptions as { id: string; activity: string; approved: boolean }[];
  const pending = exemptions.find((x) => x.activity === activity && !x.approved && !before.has(x.id));
  expect(pending).toBeTruthy();
  const ok = await call(ctx.app, approver, 'POST', `/api/cases/${c.id}/av-exemptions/${pending?.id}/approve`);
  expect(ok.statusCode, ok.body).toBe(200);
  return handleOf(ok.json());
}
