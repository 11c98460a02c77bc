// One generated case: registered as CasesService.create registers it, then walked through its procedure with the
// app's own evaluation (cases.act.ts evaluate + the engine's applyAction: facts recorded by the system, guards,
// targets, clock instructions), writing the rows actOnCase would write: case_events with a gapless seq, clocks,
// documents with gapless numbers, and one ledger entry per action in the case's audit stream. Before an action, the
// evidence and AV records it needs are ingested and linked (generate-records.ts); close and archive pass the
// REC-SCOPE file gate first (generate-steer.ts fileGateMissing, as cases.file.ts).
import {
  applyAction,
  type ClockInstruction,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  type ResolvedProfile,
  type Role,
  type WorkingCalendar,
} from '@zhifa/domain';
import { canonicalJson, sm3Hex } from '@zhifa/ledger';
import { evaluate } from '../server/src/modules/cases/cases.act';
import { ACTION_AV_ACTIVITY } from '../server/src/modules/cases/cases.context';
import type { FieldCipher } from '../server/src/platform/crypto';
import { actionPatch, creationFacts, type Facts } from './cases-playbook';
import { AuditStream } from './generate-audit';
import {
  actorOf,
  CASE_NUMBER_KIND,
  clockRow,
  initialSnapshot,
  SOURCE_WEIGHTS,
  SOURCES,
  whoActs,
} from './generate-case-support';
import type { Batch } from './generate-copy';
import { type DocNumbers, issueDocuments } from './generate-docs';
import type { BlobFiles } from './generate-files';
import type { GenAgency } from './generate-org';
import { makeParties } from './generate-parties';
import { addRecord, type CaseRef, evidenceBefore, momentsBetween, recordBeforeAct } from './generate-records';
import { adjustPatch, fileGateMissing, registrationFacts, steeredWeight, wouldTry } from './generate-steer';
import { beijingIso, beijingMoment, type Rng, uuidV7At } from './generate-util';
import {
  actionDate,
  applyClocks,
  nextDue,
  REPEAT_CAP,
  type SimClock,
  settingsFor,
  WEIGHTS,
  workingDaysAfter,
} from './generate-walk';

export interface GenStats {
  cases: number;
  events: number;
  documents: number;
  audit: number;
  /** Evidence and AV records ingested and linked; approved reasons for a missing recording. */
  records: number;
  avRecords: number;
  avExemptions: number;
  refused: Map<string, number>;
  documentCodes: Map<string, number>;
  states: Map<string, number>;
}

export interface GenContext {
  rng: Rng;
  calendar: WorkingCalendar;
  profile: ResolvedProfile;
  cipher: FieldCipher;
  today: IsoDate;
  numbers: DocNumbers;
  stats: GenStats;
  /** The file store the records' objects are written to. */
  files: BlobFiles;
  uploadExpiryDays: number;
}

/** Generates one case of `procedure`, registered on `clueOn`; stops at `pinned` when given (every state is reached). */
export function generateCase(
  g: GenContext,
  batch: Batch,
  agency: GenAgency,
  procedure: ProcedureId,
  clueOn: IsoDate,
  pinned: string | null,
): void {
  const { rng } = g;
  const def = PROCEDURES[procedure];
  const unit = rng.pick(agency.units);
  const pool = unit.officers.length >= 2 ? unit.officers : agency.units.flatMap((u) => u.officers);
  const lead = rng.pick(pool);
  let assistant = rng.pick(pool);
  while (assistant === lead) assistant = rng.pick(pool);
  const others = agency.units.flatMap((u) => u.officers).filter((o) => o !== lead && o !== assistant);
  const host = others.length ? rng.pick(others) : agency.reviewers[0];
  const category = agency.sector.code;
  const region = agency.regionCode;

  let minute = 8 * 60 + 30 + rng.int(0, 420);
  const createdAt = beijingMoment(clueOn, minute);
  const caseId = uuidV7At(createdAt.getTime(), rng);
  const idAt = (d: Date) => uuidV7At(d.getTime(), rng);
  const year = Number(clueOn.slice(0, 4));
  const seqNo = g.numbers.next(agency.id, year, `CASE:${procedure}`);
  const caseNumber = `${agency.shortName}${CASE_NUMBER_KIND[procedure]}〔${year}〕${seqNo}号`;
  const source = rng.weighted(SOURCES.map((s, i) => [s, SOURCE_WEIGHTS[i]] as const));
  const cause = rng.pick(agency.sector.causes);
  const parties = makeParties(g, batch, agency, caseId, clueOn, createdAt);
  const partyKind = parties.some((p) => p.kind !== 'NATURAL_PERSON') ? 'ORGANISATION' : 'NATURAL_PERSON';
  let facts: Facts = registrationFacts(
    rng,
    procedure,
    creationFacts(procedure, () => rng.next(), clueOn, partyKind),
    clueOn,
    pinned,
  );
  const leadUser = { id: lead.id, name: lead.name };
  const audit = new AuditStream(batch, 'case', caseId);
  const ref: CaseRef = {
    id: caseId,
    number: caseNumber,
    agency,
    unit,
    lead,
    assistant,
    place: parties[0].address,
    audit,
  };
  const actions: string[] = ['register'];
  let evidence = 0;

  const registerEvent = idAt(createdAt);
  batch.add('case_events', [
    registerEvent,
    caseId,
    agency.id,
    1,
    'register',
    null,
    def.initial,
    lead.id,
    lead.name,
    clueOn,
    createdAt,
    { json: { note: '' } },
  ]);
  for (const [o, role] of [
    [lead, 'LEAD'],
    [assistant, 'ASSISTANT'],
  ] as const)
    batch.add('case_officers', [caseId, o.officerId, agency.id, role, createdAt]);
  audit.append('CASE_CREATED', leadUser, agency.id, { caseNumber, procedure, state: def.initial }, createdAt);

  const s = initialSnapshot(g, procedure, category, region, facts, parties, [lead, assistant]);
  const settings = settingsFor(g.calendar, g.profile, category);
  const clocks: SimClock[] = [];
  const used = new Map<string, number>();
  let state: string = def.initial;
  let date = clueOn;
  let version = 1;
  let seq = 1;
  let updatedAt = createdAt;
  let closedOn: IsoDate | null = null;
  const weights = WEIGHTS[procedure] ?? {};

  for (let step = 0; step < 40 && !def.terminal.includes(state) && state !== pinned; step++) {
    const haveDocs = s.documents;
    const candidates = def.transitions.filter(
      (t) =>
        t.from.includes(state) &&
        (used.get(t.action) ?? 0) < (REPEAT_CAP[t.action] ?? 99) &&
        (t.documentsRequired ?? []).every((d) => haveDocs.includes(d)) &&
        wouldTry(s, t.action, facts),
    );
    let moved = false;
    const tried = new Set<string>();
    while (!moved && tried.size < candidates.length) {
      const open = candidates.filter((t) => !tried.has(t.action));
      const t = rng.weighted(
        open.map((x) => [x, steeredWeight(procedure, x, state, pinned, weights[x.action] ?? 1)] as const),
      );
      tried.add(t.action);
      const waive = t.action === 'close_statements' ? rng.chance(0.2) : undefined;
      const next = actionDate(rng, procedure, t, date, g.today, clocks, facts, waive, settings);
      if (next > g.today) continue; // not yet: the case waits in this state
      const m = next === date ? minute + rng.int(5, 60) : 8 * 60 + 30 + rng.int(0, 480);
      const at = beijingMoment(next, Math.min(m, 22 * 60 - 1));
      const { user, role } = whoActs(rng, s, t.roles as readonly Role[], leadUser, unit, agency);
      const patch = adjustPatch(
        rng,
        procedure,
        t.action,
        actionPatch(procedure, t.action, {
          rand: () => rng.next(),
          date: next,
          at: beijingIso(at),
          facts,
          partyKind,
          partyName: parties[0].name,
          agencyName: agency.name,
          hostId: host.officerId,
          earliestHearing: t.action === 'serve_hearing_notice' ? workingDaysAfter(g.calendar, next, 8) : undefined,
          waive,
          officerIds: [lead.officerId, assistant.officerId],
          correctionDue: procedure === 'LICENCE' ? workingDaysAfter(g.calendar, clueOn, 5) : undefined,
        }),
        pinned,
        g.profile,
        category,
        partyKind,
      );
      // Mandatory audio-video (REC-AV-FULL): a linked recording or an approved reason, in place before the act.
      const avActivity = ACTION_AV_ACTIVITY[procedure]?.[t.action];
      const needsAv =
        avActivity !== undefined &&
        !s.avActivities.includes(avActivity) &&
        (t.avRequired === true || g.profile.mandatoryAvActivities.value.includes(avActivity));
      if (needsAv) s.avActivities = [...s.avActivities, avActivity];
      const refuse = (why: string) => {
        const key = `${procedure}:${t.action}:${why}`;
        g.stats.refused.set(key, (g.stats.refused.get(key) ?? 0) + 1);
        if (needsAv) s.avActivities = s.avActivities.filter((a) => a !== avActivity);
      };
      let e: ReturnType<typeof evaluate>;
      let to: string;
      let instructions: readonly ClockInstruction[];
      let nextClocks: SimClock[];
      try {
        s.clocks = clocks.map((c) => ({ rule: c.rule, status: c.status, dueOn: c.dueOn }));
        e = evaluate(s, actorOf(user, role, agency.id), agency.id, t.action, patch, next);
        const r = applyAction(def, state, t.action, e.ctx);
        if (!r.ok) {
          refuse(r.rule ?? r.code);
          continue;
        }
        to = r.state;
        instructions = r.clocks;
        // The clocks move in the action's transaction: a clock that cannot be computed fails the action.
        nextClocks = clocks.map((c) => ({ ...c }));
        applyClocks(nextClocks, instructions, next, at, settings, e.facts, () => idAt(at));
      } catch (err) {
        refuse(`ERROR ${(err as Error).message.slice(0, 40)}`);
        continue;
      }
      // REC-SCOPE: the file as it stands (rows written so far) must be complete to close or archive.
      const lacking = fileGateMissing(procedure, state, t.action, {
        documents: s.documents,
        actions,
        evidenceCount: evidence,
        partyIsOrganisation: partyKind === 'ORGANISATION',
        reviewRequired: facts.reviewRequired === true,
        hearingRequested: actions.includes('request_hearing'),
      });
      if (lacking.length) {
        refuse(`REC-SCOPE ${lacking.join(',')}`);
        continue;
      }
      const before = recordBeforeAct(
        g,
        batch,
        ref,
        procedure,
        t.action,
        { activity: avActivity, mandatory: needsAv },
        updatedAt,
        at,
      );
      version += before.versions;
      evidence += before.evidence;
      // The action, as actOnCase writes it.
      const eventId = idAt(at);
      seq++;
      version++;
      facts = e.facts;
      s.facts = facts;
      batch.add('case_events', [
        eventId,
        caseId,
        agency.id,
        seq,
        t.action,
        state,
        to,
        user.id,
        user.name,
        next,
        at,
        { json: { note: '', facts: patch } },
      ]);
      clocks.splice(0, clocks.length, ...nextClocks);
      const codes = t.documentsProduced ?? [];
      const issued = codes.length
        ? issueDocuments(
            g,
            batch,
            audit,
            agency,
            caseId,
            eventId,
            user,
            next,
            at,
            { codes, parties: parties.map((p) => ({ kind: p.kind, agentFor: null })), facts },
            caseNumber,
            parties[0].name,
          )
        : { codes: [], numbers: [] };
      s.documents = [...new Set([...s.documents, ...issued.codes])];
      audit.append(
        'CASE_ACTION',
        user,
        agency.id,
        {
          action: t.action,
          from: state,
          to,
          version,
          occurredOn: next,
          factsDigest: sm3Hex(Buffer.from(canonicalJson(facts), 'utf8')),
          documents: issued.numbers,
          clocks: instructions.map((c) => `${c.op} ${c.rule}`),
        },
        at,
      );
      g.stats.events++;
      actions.push(t.action);
      used.set(t.action, (used.get(t.action) ?? 0) + 1);
      if (def.terminal.includes(to)) closedOn = next;
      state = to;
      date = next;
      minute = m;
      updatedAt = at;
      moved = true;
    }
    if (!moved) break;
  }
  // A case still under investigation has some of its evidence in already.
  if (procedure === 'GENERAL_PENALTY' && state === 'INVESTIGATING' && evidence === 0 && rng.chance(0.6)) {
    const until = beijingMoment(g.today, 8 * 60);
    const plans = evidenceBefore(rng, procedure, 'conclude');
    if (until.getTime() - updatedAt.getTime() > 3_600_000 && plans.length) {
      const times = momentsBetween(rng, updatedAt, until, plans.length);
      for (let i = 0; i < plans.length; i++) addRecord(g, batch, ref, plans[i], times[i]);
      version += plans.length;
      updatedAt = times[times.length - 1];
    }
  }

  const due = nextDue(clocks);
  for (const c of clocks) batch.add('case_clocks', clockRow(c, caseId, agency.id));
  batch.add('cases', [
    caseId,
    agency.id,
    unit.id,
    procedure,
    state,
    version,
    caseNumber,
    cause,
    source,
    '',
    clueOn,
    null,
    category,
    region,
    { json: facts },
    parties.map((p) => p.summary).join('、'),
    due?.dueOn ?? null,
    due?.rule ?? null,
    closedOn,
    lead.id,
    createdAt,
    updatedAt,
  ]);
  audit.close();
  g.stats.cases++;
  g.stats.events++;
  const key = `${procedure}:${state}`;
  g.stats.states.set(key, (g.stats.states.get(key) ?? 0) + 1);
}
