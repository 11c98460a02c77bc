import type {
  agentInput,
  CaseActionInput,
  CaseActionSummary,
  CaseDetail,
  CaseSummary,
  caseCreate,
  caseListQuery,
  clockExtensionInput,
  clockPauseInput,
  Paged,
  PartyInput,
  partyInput,
} from '@zhifa/contracts';
import { ClockError, type IsoDate, PROCEDURES, type ProcedureId, todayInShanghai } from '@zhifa/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEventType, AuditPayload } from '../../platform/audit/audit.catalogue';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can, scopeFor } from '../../platform/auth/permissions';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Config } from '../../platform/config';
import type { FieldCipher } from '../../platform/crypto';
import type { Database, Tx } from '../../platform/db';
import { forbidden, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { agencies } from '../org/org.tables';
import { actOnCase, type DocumentIssuer } from './cases.act';
import { runClockAlerts } from './cases.alerts';
import { extendClock, pauseClock } from './cases.clocks';
import { approveAvExemption, linkRecord, requestAvExemption } from './cases.evidence';
import { type Facts, validateFactsPatch } from './cases.facts';
import { assembleCaseFile, type CaseFileView } from './cases.file';
import { listCases, unitOfUser } from './cases.list';
import { checkAgent, checkOfficers, insertOfficers, insertParty, refreshPartySummary } from './cases.people';
import { caseDetail } from './cases.presenters';
import { type CaseRow, loadCaseRow, loadCaseWithSnapshot, loadSnapshot, PublishedListCache } from './cases.snapshot';
import { caseEvents, caseOfficers, cases } from './cases.tables';
import { nextNumber } from './numbering';

/** Case number kinds per procedure: 立 (general penalty), 简 (on the spot), 强措, 强执, 许, 检, 移. */
const CASE_NUMBER_KIND: Record<string, string> = {
  GENERAL_PENALTY: '立',
  SUMMARY_PENALTY: '简',
  COERCIVE_MEASURE: '强措',
  COERCIVE_EXECUTION: '强执',
  LICENCE: '许',
  INSPECTION: '检',
  CRIMINAL_TRANSFER: '移',
};

type CreateInput = z.output<typeof caseCreate>;
type PartyParsed = z.output<typeof partyInput>;

/** A refused extension or pause (ClockError: not excludable, above the maximum, approved late) is the user's error. */
async function clockChange<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ClockError) throw invalid(e.message);
    throw e;
  }
}

/** Case handling (issue 5 §2): registration, parties, officers, actions through the procedure engine. */
export class CasesService {
  private issueDocuments: DocumentIssuer | null = null;
  /** Published jurisdiction profiles and review catalogues by version id (they never change). */
  private readonly lists = new PublishedListCache();

  constructor(
    readonly database: Database,
    readonly cipher: FieldCipher,
    readonly calendars: CalendarService,
    readonly config: Config,
  ) {}

  /** The clock job: alerts at the lead time, due day and expiry; provisional dates recomputed. */
  raiseClockAlerts(today?: IsoDate) {
    return runClockAlerts(this.database, this.calendars, {
      leadWorkingDays: this.config.alerts.leadWorkingDays,
      today,
    });
  }

  /** The documents module registers its issuer at start-up (it depends on cases, not the reverse). */
  useDocumentIssuer(issuer: DocumentIssuer): void {
    this.issueDocuments = issuer;
  }

  private async inCase<T>(
    actor: Actor,
    id: string,
    ability: 'case.read' | 'case.act',
    fn: (tx: Tx, row: CaseRow) => Promise<T>,
    opts: { lock?: boolean } = {},
  ): Promise<T> {
    // One case's reads and changes: statements of fixed shapes, run prepared (see Database.tx).
    return this.database.tx(
      scopeFor(actor, ability),
      async (tx) => {
        const row = await loadCaseRow(tx, id, opts);
        if (!can(actor, ability, { agencyId: row.agencyId })) throw notFound('案件');
        return fn(tx, row);
      },
      { prepared: true },
    );
  }

  private async detailIn(tx: Tx, actor: Actor, row: CaseRow): Promise<CaseDetail> {
    const calendar = await this.calendars.calendar();
    const snapshot = await loadSnapshot(tx, row, actor.userId, calendar, this.lists);
    return caseDetail(tx, row, snapshot, actor, todayInShanghai(new Date()));
  }

  /** The case page as the transaction now sees it: the case row and its snapshot in one read. */
  private async reloadDetail(tx: Tx, actor: Actor, id: string): Promise<CaseDetail> {
    const calendar = await this.calendars.calendar();
    const loaded = await loadCaseWithSnapshot(tx, id, { actorUserId: actor.userId, calendar, lists: this.lists });
    return caseDetail(tx, loaded.row, await loaded.snapshot(), actor, todayInShanghai(new Date()));
  }

  async create(actor: Actor, input: CreateInput): Promise<CaseDetail> {
    const agencyId = agenciesFor(actor, 'case.create')[0];
    if (!agencyId) throw forbidden();
    if (input.clueReceivedOn > todayInShanghai(new Date())) throw invalid('案源登记日期不能晚于今天');
    if (input.facts) validateFactsPatch(input.procedure, input.facts as Facts);
    const id = await this.database.tx(
      scopeFor(actor, 'case.create'),
      async (tx) => {
        const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
        if (!agency) throw notFound('执法主体');
        await checkOfficers(tx, agencyId, input.officers);
        const unitId = input.unitId ?? (await unitOfUser(tx, actor.userId));
        const year = Number(input.clueReceivedOn.slice(0, 4));
        const kind = CASE_NUMBER_KIND[input.procedure];
        const seq = await nextNumber(tx, agencyId, year, `CASE:${input.procedure}`);
        const caseNumber = `${agency.shortName}${kind}〔${year}〕${seq}号`;
        const def = PROCEDURES[input.procedure];
        const caseId = newId();
        await tx.insert(cases).values({
          id: caseId,
          agencyId,
          unitId,
          procedure: input.procedure,
          state: def.initial,
          caseNumber,
          cause: input.cause,
          source: input.source,
          sourceDetail: input.sourceDetail,
          clueReceivedOn: input.clueReceivedOn,
          matterCode: input.matterCode ?? null,
          category: input.category,
          region: input.region ?? agency.regionCode,
          facts: input.facts ?? {},
          partySummary: '',
          createdBy: actor.userId,
        });
        await tx.insert(caseEvents).values({
          id: newId(),
          caseId,
          agencyId,
          seq: 1,
          action: 'register',
          fromState: null,
          toState: def.initial,
          actorUserId: actor.userId,
          actorName: actor.displayName,
          occurredOn: input.clueReceivedOn,
          payload: { note: input.sourceDetail },
        });
        for (const p of input.parties) await insertParty(this.cipher, tx, caseId, agencyId, p);
        await insertOfficers(tx, caseId, agencyId, input.officers);
        await refreshPartySummary(tx, caseId);
        await appendAudit(tx, actorOf(actor), {
          type: 'CASE_CREATED',
          subjectType: 'case',
          subjectId: caseId,
          agencyId,
          payload: { caseNumber, procedure: input.procedure, state: def.initial },
        });
        return caseId;
      },
      { prepared: true },
    );
    return this.inCase(actor, id, 'case.read', (tx, row) => this.detailIn(tx, actor, row));
  }

  /** Opening the case page is a look at case data: it is recorded (CASE_VIEWED). */
  get(actor: Actor, id: string): Promise<CaseDetail> {
    return this.inCase(actor, id, 'case.read', async (tx, row) => {
      await appendAudit(tx, actorOf(actor), {
        type: 'CASE_VIEWED',
        subjectType: 'case',
        subjectId: id,
        agencyId: row.agencyId,
        payload: { caseNumber: row.caseNumber },
      });
      return this.detailIn(tx, actor, row);
    });
  }

  async list(actor: Actor, q: z.output<typeof caseListQuery>): Promise<Paged<CaseSummary> & { canCreate: boolean }> {
    const calendar = await this.calendars.calendar();
    const agencyIds = agenciesFor(actor, 'case.read');
    const scope = { kind: 'agencies' as const, agencyIds };
    const page = await this.database.tx(scope, async (tx) => {
      const result = await listCases(tx, agencyIds, actor.userId, q, todayInShanghai(new Date()), calendar);
      await appendAudit(tx, actorOf(actor), {
        type: 'CASE_LISTED',
        subjectType: 'case-list',
        subjectId: actor.userId,
        payload: { query: { ...q }, count: result.items.length },
      });
      return result;
    });
    return { ...page, canCreate: agenciesFor(actor, 'case.create').length > 0 };
  }

  /** The e-case file: entries in the standard order and what is missing for the outcome. */
  file(actor: Actor, id: string): Promise<CaseFileView> {
    return this.inCase(actor, id, 'case.read', async (tx, row) => {
      const view = await assembleCaseFile(tx, row);
      await appendAudit(tx, actorOf(actor), {
        type: 'CASE_FILE_VIEWED',
        subjectType: 'case',
        subjectId: id,
        agencyId: row.agencyId,
        payload: { complete: view.complete },
      });
      return view;
    });
  }

  /** The unit head's red and yellow cases (their unit), most urgent first. */
  async unitAlerts(actor: Actor, q: { page: number; pageSize: number }): Promise<Paged<CaseSummary>> {
    const calendar = await this.calendars.calendar();
    const agencyIds = agenciesFor(actor, 'case.read');
    const scope = { kind: 'agencies' as const, agencyIds };
    return this.database.tx(scope, async (tx) => {
      const unitId = await unitOfUser(tx, actor.userId);
      const red = await listCases(
        tx,
        agencyIds,
        actor.userId,
        {
          ...q,
          mine: false,
          sort: 'urgency',
          urgency: 'YELLOW_OR_RED',
          unitId: unitId ?? '00000000-0000-0000-0000-000000000000',
        },
        todayInShanghai(new Date()),
        calendar,
      );
      await appendAudit(tx, actorOf(actor), {
        type: 'CASE_LISTED',
        subjectType: 'case-list',
        subjectId: actor.userId,
        payload: { query: { unitAlerts: true, ...q }, count: red.items.length },
      });
      return red;
    });
  }

  /**
   * An action through the procedure engine (cases.act.ts). The case, the guards' snapshot and the latest event
   * are read in one query; the answer is the case page as it now stands, or (`summary`) only the outcome. The
   * action's statements have fixed shapes: they run as prepared statements (parsed and planned once per connection).
   */
  act(actor: Actor, id: string, input: CaseActionInput): Promise<CaseDetail>;
  act(actor: Actor, id: string, input: CaseActionInput, view: 'summary'): Promise<CaseActionSummary>;
  act(
    actor: Actor,
    id: string,
    input: CaseActionInput,
    view?: 'detail' | 'summary',
  ): Promise<CaseDetail | CaseActionSummary>;
  async act(
    actor: Actor,
    id: string,
    input: CaseActionInput,
    view: 'detail' | 'summary' = 'detail',
  ): Promise<CaseDetail | CaseActionSummary> {
    const calendar = await this.calendars.calendar();
    return this.database.tx(
      scopeFor(actor, 'case.act'),
      async (tx) => {
        const loaded = await loadCaseWithSnapshot(
          tx,
          id,
          { actorUserId: actor.userId, calendar, lists: this.lists },
          { action: input.action, lastEvent: true },
        );
        const { row } = loaded;
        if (!can(actor, 'case.act', { agencyId: row.agencyId })) throw notFound('案件');
        const snapshot = await loaded.snapshot();
        const done = await actOnCase(
          tx,
          { snapshot, lastEvent: loaded.lastEvent, issueDocuments: this.issueDocuments },
          actor,
          row,
          input,
        );
        if (view === 'detail') return this.reloadDetail(tx, actor, id);
        const def = PROCEDURES[row.procedure as ProcedureId];
        return {
          id: row.id,
          caseNumber: row.caseNumber,
          procedure: row.procedure,
          state: done.state,
          stateLabel: def?.stateLabels[done.state] ?? done.state,
          version: done.version,
          documents: done.documents,
        };
      },
      { prepared: true },
    );
  }

  async addParty(actor: Actor, id: string, input: PartyInput & PartyParsed): Promise<CaseDetail> {
    return this.change(actor, id, async (tx, row) => {
      const partyId = await insertParty(this.cipher, tx, id, row.agencyId, input);
      await refreshPartySummary(tx, id);
      return { type: 'CASE_PARTY_ADDED' as const, payload: { partyId, kind: input.kind } };
    });
  }

  async addAgent(actor: Actor, id: string, input: z.output<typeof agentInput>): Promise<CaseDetail> {
    return this.change(actor, id, async (tx, row) => {
      await checkAgent(tx, id, input.agentFor);
      const partyId = await insertParty(this.cipher, tx, id, row.agencyId, input.person, {
        agentFor: input.agentFor,
        scope: input.scope,
      });
      return { type: 'CASE_PARTY_ADDED' as const, payload: { partyId, kind: 'AGENT' } };
    });
  }

  async setOfficers(actor: Actor, id: string, list: { officerId: string; role: string }[]): Promise<CaseDetail> {
    return this.change(actor, id, async (tx, row) => {
      await checkOfficers(tx, row.agencyId, list);
      await tx.delete(caseOfficers).where(eq(caseOfficers.caseId, id));
      await insertOfficers(tx, id, row.agencyId, list);
      return { type: 'CASE_OFFICERS_SET' as const, payload: { officers: list } };
    });
  }

  /** Links an evidence or AV record of the same agency to the case, naming the activity it documents. */
  linkRecord(actor: Actor, id: string, input: { recordId: string; activity: string }): Promise<CaseDetail> {
    return this.change(actor, id, (tx, row) => linkRecord(tx, actor, row, input));
  }

  requestAvExemption(actor: Actor, id: string, input: { activity: string; reason: string }): Promise<CaseDetail> {
    return this.change(actor, id, (tx, row) => requestAvExemption(tx, actor, row, input));
  }

  approveAvExemption(actor: Actor, id: string, exemptionId: string): Promise<CaseDetail> {
    return this.change(actor, id, (tx, row) => approveAvExemption(tx, actor, row, exemptionId));
  }

  async extendClock(actor: Actor, id: string, input: z.output<typeof clockExtensionInput>): Promise<CaseDetail> {
    const calendar = await this.calendars.calendar();
    return this.change(actor, id, async (tx, row) => {
      const roles = actor.grants.filter((g) => g.agencyId === row.agencyId).map((g) => g.role);
      if (!roles.includes('AGENCY_HEAD')) throw forbidden();
      const s = await loadSnapshot(tx, row, actor.userId, calendar, this.lists);
      const clock = await clockChange(() =>
        extendClock(tx, id, input, { calendar, profile: s.profile, category: row.category }, s.facts),
      );
      return {
        type: 'CASE_CLOCK_EXTENDED' as const,
        payload: { rule: input.rule, days: input.days, dueOn: clock.dueOn },
      };
    });
  }

  async pauseClock(actor: Actor, id: string, input: z.output<typeof clockPauseInput>): Promise<CaseDetail> {
    const calendar = await this.calendars.calendar();
    return this.change(actor, id, async (tx, row) => {
      const s = await loadSnapshot(tx, row, actor.userId, calendar, this.lists);
      await clockChange(() =>
        pauseClock(tx, id, input, { calendar, profile: s.profile, category: row.category }, s.facts),
      );
      return {
        type: 'CASE_CLOCK_PAUSED',
        payload: { rule: input.rule, kind: input.kind, from: input.from, to: input.to },
      };
    });
  }

  /**
   * A change beside the state machine (parties, officers, links, exemptions, clocks): made, the version bumped
   * (so a form based on the old page is refused), the ledger entry written, the page returned — in one transaction.
   */
  private change<T extends AuditEventType>(
    actor: Actor,
    id: string,
    fn: (tx: Tx, row: CaseRow) => Promise<{ type: T; payload: AuditPayload<T> }>,
  ): Promise<CaseDetail> {
    return this.inCase(actor, id, 'case.act', async (tx, row) => {
      const event = await fn(tx, row);
      await this.touch(tx, row);
      await appendAudit(tx, actorOf(actor), { ...event, subjectType: 'case', subjectId: id, agencyId: row.agencyId });
      return this.reloadDetail(tx, actor, id);
    });
  }

  private async touch(tx: Tx, row: CaseRow): Promise<void> {
    await tx
      .update(cases)
      .set({ version: sql`${cases.version} + 1`, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
  }
}
