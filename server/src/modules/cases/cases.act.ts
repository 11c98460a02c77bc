import type { CaseActionInput, CaseActionView } from '@zhifa/contracts';
import {
  allowedActions,
  applyAction,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  type Role,
  RULE_AV_REQUIRED,
  todayInShanghai,
} from '@zhifa/domain';
import { canonicalJson, sm3Hex } from '@zhifa/ledger';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit, holdHead, lockHeadJson } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import type { Actor } from '../../platform/auth/permissions';
import type { Tx } from '../../platform/db';
import { AppError, conflict, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyClockInstructions } from './cases.clocks';
import { ACTION_AV_ACTIVITY, buildContext, type CaseSnapshot, recordSystemFacts } from './cases.context';
import { type Facts, mergeFacts, validateFactsPatch } from './cases.facts';
import { fileGateRefusal } from './cases.file';
import type { CaseRow } from './cases.snapshot';
import { cases } from './cases.tables';

/** Issues the documents an action produces, inside the action's transaction (the documents module). */
export type DocumentIssuer = (
  tx: Tx,
  input: {
    actor: Actor;
    caseRow: CaseRow;
    eventId: string;
    action: string;
    date: IsoDate;
    codes: string[];
    facts: Facts;
  },
) => Promise<{ id: string; code: string; number: string }[]>;

/** The roles the actor holds in the case's agency: the procedure definition says which role may fire what. */
export const rolesIn = (actor: Actor, agencyId: string): Role[] =>
  actor.grants.filter((g) => g.agencyId === agencyId).map((g) => g.role as Role);

interface Evaluation {
  facts: Facts;
  avActivity: string | undefined;
  avRecorded: boolean;
  ctx: ReturnType<typeof buildContext>;
}

/** Facts and guard context for one action on the case as it stands. */
export function evaluate(
  s: CaseSnapshot,
  actor: Actor,
  agencyId: string,
  action: string,
  patch: Facts,
  date: IsoDate,
): Evaluation {
  const facts = recordSystemFacts(s, action, mergeFacts(s.facts, patch), date);
  const avActivity = ACTION_AV_ACTIVITY[s.procedure]?.[action];
  const avRecorded = avActivity === undefined || s.avActivities.includes(avActivity);
  const ctx = buildContext(s, facts, { id: actor.userId, roles: rolesIn(actor, agencyId) }, date, avRecorded);
  return { facts, avActivity, avRecorded, ctx };
}

/** REC-AV-FULL beyond the definition: the jurisdiction's mandatory list (DOMAIN §4.2, JurisdictionConfig). */
const onMandatoryList = (s: CaseSnapshot, activity: string | undefined): boolean =>
  activity !== undefined && s.profile.mandatoryAvActivities.value.includes(activity);

function avMandatoryRefusal(s: CaseSnapshot, e: Evaluation) {
  if (e.avRecorded || !onMandatoryList(s, e.avActivity)) return null;
  return {
    code: 'GUARD' as const,
    rule: RULE_AV_REQUIRED,
    message: '本地区要求该执法活动全程音像记录，尚未关联音像记录或经批准的未记录理由',
  };
}

/** Every action from the current state with its "why not" (for the case page). */
export function actionViews(s: CaseSnapshot, row: CaseRow, actor: Actor, today: IsoDate) {
  const def = PROCEDURES[row.procedure as ProcedureId];
  const out: CaseActionView[] = [];
  for (const t of def.transitions) {
    if (!t.from.includes(row.state) || out.some((o) => o.action === t.action)) continue;
    let refusals: { code: string; rule?: string; message: string }[];
    try {
      const e = evaluate(s, actor, row.agencyId, t.action, {}, today);
      const listed = allowedActions(def, row.state, e.ctx).find((a) => a.action === t.action);
      refusals = [...(listed?.reasons ?? [])];
      const av = avMandatoryRefusal(s, e);
      if (av && !refusals.some((r) => r.rule === RULE_AV_REQUIRED)) refusals.push(av);
    } catch (err) {
      refusals = [{ code: 'GUARD', message: `无法判断：${(err as Error).message}` }];
    }
    out.push({
      action: t.action,
      label: def.actionLabels[t.action],
      allowed: refusals.length === 0,
      refusals,
      documentsProduced: [...(t.documentsProduced ?? [])],
      avRequired: t.avRequired === true || onMandatoryList(s, ACTION_AV_ACTIVITY[s.procedure]?.[t.action]),
    });
  }
  return out;
}

/**
 * One action on a case, in the caller's transaction: validate, evaluate the procedure's guards, then
 * compare-and-set the state (the version the user saw), append the timeline event, move the clocks, issue the
 * documents and write the ledger entry. Any refusal or failure rolls the whole change back.
 */
export async function actOnCase(
  tx: Tx,
  deps: {
    snapshot: CaseSnapshot;
    /** The case's latest event, read with the case in this transaction (cases.snapshot.ts loadCaseWithSnapshot). */
    lastEvent: { seq: number; occurredOn: IsoDate | null };
    issueDocuments: DocumentIssuer | null;
  },
  actor: Actor,
  row: CaseRow,
  input: CaseActionInput,
): Promise<{ state: string; version: number; documents: { id: string; code: string; number: string }[] }> {
  const today = todayInShanghai(new Date());
  const date = (input.date ?? today) as IsoDate;
  if (date > today) throw invalid('办理日期不能晚于今天', [{ path: 'date', message: '办理日期不能晚于今天' }]);
  if (row.version !== input.version) throw conflict('案件已被他人更新，请刷新后重试');
  const last = deps.lastEvent;
  if (last.occurredOn && date < last.occurredOn) {
    throw invalid(`办理日期不能早于上一办理事项的日期（${last.occurredOn}）`, [
      { path: 'date', message: '办理日期早于上一办理事项' },
    ]);
  }
  if (date < row.clueReceivedOn)
    throw invalid('办理日期不能早于案源登记日期', [{ path: 'date', message: '办理日期早于案源登记日期' }]);
  const procedure = row.procedure as ProcedureId;
  const patch = (input.facts ?? {}) as Facts;
  validateFactsPatch(procedure, patch);
  const s = deps.snapshot;
  const e = evaluate(s, actor, row.agencyId, input.action, patch, date);
  let result: ReturnType<typeof applyAction<string, string, typeof e.ctx>>;
  try {
    result = applyAction(PROCEDURES[procedure], row.state, input.action, e.ctx);
  } catch (err) {
    throw invalid(`案件事实不完整，无法判断：${(err as Error).message}`);
  }
  if (!result.ok) {
    const rule = result.rule ? `（${result.rule}）` : '';
    throw new AppError('REFUSED', `${result.message}${rule}`, [], {
      refusal: result.code,
      ...(result.rule ? { rule: result.rule } : {}),
    });
  }
  const av = avMandatoryRefusal(s, e);
  if (av) throw new AppError('REFUSED', `${av.message}（${av.rule}）`, [], { refusal: av.code, rule: av.rule });
  const incomplete = await fileGateRefusal(tx, row, input.action);
  if (incomplete)
    throw new AppError('REFUSED', `${incomplete}（REC-SCOPE）`, [], { refusal: 'GUARD', rule: 'REC-SCOPE' });

  const at = new Date();
  const terminal = PROCEDURES[procedure].terminal.includes(result.state);
  const eventId = newId();
  const moved = tx
    .update(cases)
    .set({
      state: result.state,
      version: row.version + 1,
      facts: e.facts,
      updatedAt: at,
      closedOn: terminal ? date : row.closedOn,
    })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning({ id: cases.id });
  // The compare-and-set and the timeline event in one statement: the event is written only if the case moved
  // (the version is still the one the user saw), so a lost race leaves no event and answers 409. The same
  // statement locks the head of the case's audit chain, which the ledger entries of this action then extend.
  const payload = { note: input.note ?? '', facts: patch };
  const stream = `case:${row.id}`;
  const done = await tx.execute<{
    id: string;
    head: { seq: number; hash: string } | null;
  }>(sql`WITH moved AS (${moved.getSQL()}),
    event AS (INSERT INTO case_events (id, case_id, agency_id, seq, action, from_state, to_state, actor_user_id,
        actor_name, occurred_on, occurred_at, payload)
      SELECT ${eventId}::uuid, moved.id, ${row.agencyId}::uuid, ${last.seq + 1}::int, ${input.action}::text,
        ${row.state}::text, ${result.state}::text, ${actor.userId}::uuid, ${actor.displayName}::text, ${date}::date,
        ${at.toISOString()}::timestamptz, ${JSON.stringify(payload)}::jsonb
      FROM moved RETURNING id)
    SELECT event.id, ${lockHeadJson(stream)} AS head FROM event`);
  if (done.rows.length === 0) throw conflict('案件已被他人更新，请刷新后重试');
  const head = done.rows[0].head;
  if (head) holdHead(tx, stream, head);
  await applyClockInstructions(
    tx,
    row,
    result.clocks,
    date,
    at,
    { calendar: s.calendar, profile: s.profile, category: row.category },
    e.facts,
  );
  const codes = result.events.flatMap((ev) => (ev.type === 'DOCUMENT_PRODUCED' ? [ev.document] : []));
  const issued =
    codes.length > 0 && deps.issueDocuments
      ? await deps.issueDocuments(tx, {
          actor,
          caseRow: { ...row, state: result.state, facts: e.facts },
          eventId,
          action: input.action,
          date,
          codes,
          facts: e.facts,
        })
      : [];
  await appendAudit(tx, actorOf(actor), {
    type: 'CASE_ACTION',
    subjectType: 'case',
    subjectId: row.id,
    agencyId: row.agencyId,
    payload: {
      action: input.action,
      from: row.state,
      to: result.state,
      version: row.version + 1,
      occurredOn: date,
      factsDigest: sm3Hex(Buffer.from(canonicalJson(e.facts), 'utf8')),
      documents: issued.map((d) => d.number),
      clocks: result.clocks.map((c) => `${c.op} ${c.rule}`),
    },
  });
  return {
    state: result.state,
    version: row.version + 1,
    documents: issued.map((d) => ({ id: d.id, code: d.code, number: d.number })),
  };
}
