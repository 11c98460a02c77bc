// One generated case: registered as CasesService.create registers it, then walked through its procedure with the
// app's own evaluation (cases.act.ts evaluate + the engine's applyAction: facts recorded by the system, guards,
// targets, clock instructions), writing the rows actOnCase would write: case_events with a gapless seq, clocks,
// documents with gapless numbers, and one ledger entry per action in the case's audit stream.
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
import { ACTION_AV_ACTIVITY, type CaseSnapshot } from '../server/src/modules/cases/cases.context';
import { getPath } from '../server/src/modules/cases/cases.facts';
import { reviewRequirementOf } from '../server/src/modules/catalogue/catalogue.rules';
import type { FieldCipher } from '../server/src/platform/crypto';
import { actionPatch, creationFacts, type Facts } from './cases-playbook';
import { AuditStream } from './generate-audit';
import {
  AFTER_FACT,
  actorOf,
  CASE_NUMBER_KIND,
  certFacts,
  clockRow,
  SOURCE_WEIGHTS,
  SOURCES,
  WORKDAY_ONLY,
} from './generate-case-support';
import type { Batch } from './generate-copy';
import { type DocNumbers, issueDocuments } from './generate-docs';
import type { GenAgency, GenUser } from './generate-org';
import { makeParties } from './generate-parties';
import { beijingIso, beijingMoment, type Rng, uuidV7At } from './generate-util';
import {
  AFTER,
  addDaysFast,
  applyClocks,
  DELAYS,
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
  let facts: Facts = creationFacts(procedure, () => rng.next(), clueOn, partyKind);
  const leadUser = { id: lead.id, name: lead.name };
  const audit = new AuditStream(batch, 'case', caseId);

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

  const s: CaseSnapshot = {
    procedure,
    category,
    region,
    facts,
    parties: parties.map((p) => ({
      kind: p.kind,
      name: p.name,
      address: p.address,
      eServiceConsent: p.eServiceConsent,
    })),
    officers: [lead, assistant].map((o, i) => ({
      id: o.officerId,
      name: o.name,
      role: i === 0 ? 'LEAD' : 'ASSISTANT',
      isLegalReviewer: false,
      legalQualificationNo: null,
      certificates: certFacts(o, category, region),
    })),
    documents: [],
    avActivities: [],
    clocks: [],
    profile: g.profile,
    calendar: g.calendar,
    actorOfficer: null,
    reviewRequirement: (d) => reviewRequirementOf(undefined, d),
  };
  const settings = settingsFor(g.calendar, g.profile, category);
  const clocks: SimClock[] = [];
  const used = new Map<string, number>();
  let state: string = def.initial;
  let date = clueOn;
  let version = 1;
  let seq = 1;
  let updatedAt = createdAt;
  let closedOn: IsoDate | null = null;
  const delays = DELAYS[procedure] ?? {};
  const weights = WEIGHTS[procedure] ?? {};
  const after = AFTER[procedure] ?? {};

  for (let step = 0; step < 40 && !def.terminal.includes(state) && state !== pinned; step++) {
    const haveDocs = s.documents;
    const candidates = def.transitions.filter(
      (t) =>
        t.from.includes(state) &&
        (used.get(t.action) ?? 0) < (REPEAT_CAP[t.action] ?? 99) &&
        (t.documentsRequired ?? []).every((d) => haveDocs.includes(d)),
    );
    let moved = false;
    const tried = new Set<string>();
    while (!moved && tried.size < candidates.length) {
      const open = candidates.filter((t) => !tried.has(t.action));
      const t = rng.weighted(open.map((x) => [x, weights[x.action] ?? 1] as const));
      tried.add(t.action);
      // When: a skewed delay, after the clocks it must wait for, before the deadlines it stops.
      const [lo, hi] = delays[t.action] ?? [0, 3];
      const waive = t.action === 'close_statements' ? rng.chance(0.2) : undefined;
      let next = addDaysFast(date, rng.skewed(lo, hi));
      if (!waive) {
        for (const rule of after[t.action] ?? []) {
          const c = clocks.find((x) => x.rule === rule && x.status !== 'STOPPED');
          if (c?.dueOn) {
            const min = c.kind === 'EARLIEST' ? c.dueOn : addDaysFast(c.dueOn, 1);
            if (next < min) next = addDaysFast(min, rng.skewed(0, 3));
          }
        }
      }
      for (const rule of t.clocks?.stop ?? []) {
        if ((after[t.action] ?? []).includes(rule)) continue;
        const c = clocks.find((x) => x.rule === rule && x.status === 'RUNNING' && x.kind === 'DEADLINE');
        if (c?.dueOn && c.dueOn >= date && next > c.dueOn) next = c.dueOn;
      }
      if (t.action === 'hold_hearing' || t.action === 'record_hearing_absence') {
        const hd = (facts.hearing as Facts | undefined)?.date as IsoDate | undefined;
        if (hd && hd > next) next = hd;
      }
      const factDate = AFTER_FACT[`${procedure}:${t.action}`];
      if (factDate) {
        const v = getPath(facts, factDate) as IsoDate | undefined;
        if (v && next <= v) next = addDaysFast(v, 1 + rng.skewed(0, 3));
      }
      // ACL-43: coercive execution on working days, in the daytime (the moment below is always daytime).
      if (WORKDAY_ONLY.has(t.action))
        while (next <= g.today && !g.calendar.isWorkingDay(next)) next = addDaysFast(next, 1);
      if (next > g.today) continue; // not yet: the case waits in this state
      const m = next === date ? minute + rng.int(5, 60) : 8 * 60 + 30 + rng.int(0, 480);
      const at = beijingMoment(next, Math.min(m, 22 * 60 - 1));
      // Who: the lead officer for officers' steps, the unit or agency head, a legal reviewer.
      const roles = t.roles as readonly Role[];
      const reviewer = roles.includes('LEGAL_REVIEWER') ? rng.pick(agency.reviewers) : null;
      const role = roles.includes('OFFICER') ? 'OFFICER' : roles.includes('UNIT_HEAD') ? 'UNIT_HEAD' : roles[0];
      const user: GenUser =
        role === 'OFFICER'
          ? leadUser
          : role === 'UNIT_HEAD'
            ? unit.head
            : role === 'AGENCY_HEAD'
              ? agency.head
              : reviewer!;
      s.actorOfficer = reviewer
        ? {
            id: reviewer.officerId,
            isLegalReviewer: true,
            legalQualificationNo: reviewer.legalQualificationNo,
            priorApprovals: 0,
          }
        : null;
      const patch = actionPatch(procedure, t.action, {
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
      });
      // Mandatory audio-video (REC-AV-FULL): an approved reason for its absence, recorded before the act.
      const avActivity = ACTION_AV_ACTIVITY[procedure]?.[t.action];
      const needsAv =
        avActivity !== undefined &&
        !s.avActivities.includes(avActivity) &&
        (t.avRequired === true || g.profile.mandatoryAvActivities.value.includes(avActivity));
      if (needsAv) s.avActivities = [...s.avActivities, avActivity];
      let e: ReturnType<typeof evaluate>;
      let to: string;
      let instructions: readonly ClockInstruction[];
      let nextClocks: SimClock[];
      try {
        s.clocks = clocks.map((c) => ({ rule: c.rule, status: c.status, dueOn: c.dueOn }));
        e = evaluate(s, actorOf(user, role, agency.id), agency.id, t.action, patch, next);
        const r = applyAction(def, state, t.action, e.ctx);
        if (!r.ok) {
          const key = `${procedure}:${t.action}:${r.rule ?? r.code}`;
          g.stats.refused.set(key, (g.stats.refused.get(key) ?? 0) + 1);
          if (needsAv) s.avActivities = s.avActivities.filter((a) => a !== avActivity);
          continue;
        }
        to = r.state;
        instructions = r.clocks;
        // The clocks move in the action's transaction: a clock that cannot be computed fails the action.
        nextClocks = clocks.map((c) => ({ ...c }));
        applyClocks(nextClocks, instructions, next, at, settings, e.facts, () => idAt(at));
      } catch (err) {
        const key = `${procedure}:${t.action}:ERROR ${(err as Error).message.slice(0, 40)}`;
        g.stats.refused.set(key, (g.stats.refused.get(key) ?? 0) + 1);
        if (needsAv) s.avActivities = s.avActivities.filter((a) => a !== avActivity);
        continue;
      }
      if (needsAv && avActivity) {
        const exId = idAt(at);
        const reqAt = new Date(at.getTime() - 20 * 60_000);
        const okAt = new Date(at.getTime() - 10 * 60_000);
        batch.add('case_av_exemptions', [
          exId,
          caseId,
          agency.id,
          avActivity,
          '执法记录仪故障，已由两名执法人员现场签字确认并拍照留存',
          lead.id,
          reqAt,
          agency.head.id,
          okAt,
        ]);
        audit.append(
          'CASE_AV_EXEMPTION_REQUESTED',
          leadUser,
          agency.id,
          { exemptionId: exId, activity: avActivity },
          reqAt,
        );
        audit.append('CASE_AV_EXEMPTION_APPROVED', agency.head, agency.id, { exemptionId: exId }, okAt);
        version += 2;
      }
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
