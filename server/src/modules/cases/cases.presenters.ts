import type { CaseClockView, CaseDetail, CasePartyKind, CaseSummary, OfficerCaseRole, Urgency } from '@zhifa/contracts';
import {
  CLOCK_RULES,
  clockStatus,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  type WorkingCalendar,
} from '@zhifa/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/permissions';
import type { Tx } from '../../platform/db';
import { documents } from '../documents/documents.tables';
import { agencies } from '../org/org.tables';
import { records } from '../records/records.tables';
import { actionViews } from './cases.act';
import type { CaseSnapshot } from './cases.context';
import { type CaseRow, caseOfficerRows } from './cases.snapshot';
import {
  caseAvExemptions,
  caseClocks,
  caseEvents,
  caseParties,
  caseRecordLinks,
  caseReviewFlags,
} from './cases.tables';

/** Chinese names of the clock rules (the rule's source is shown beside it). */
export const CLOCK_LABELS: Record<string, string> = {
  'APL-60': '办案期限',
  'SAMR-5wd': '陈述申辩期限',
  'APL-64-1': '听证申请期限',
  'APL-64-2': '听证通知提前期',
  'APL-61': '决定书送达期限',
  'APL-67': '罚款缴纳期限',
  'APL-66': '延期（分期）缴纳期限',
  'APL-72-1': '加处罚款',
  'APL-71-1': '当场收缴罚款上交期限',
  'APL-71-2': '罚款缴付银行期限',
  'REMEDY-60D': '申请行政复议期限',
  'REMEDY-6M': '提起行政诉讼期限',
  'REMEDY-15D': '复议后起诉期限',
  'ACL-19': '紧急措施补办批准',
  'ACL-25': '查封扣押期限',
  'ACL-31': '冻结决定书交付期限',
  'ACL-53': '申请法院强制执行期限',
  'ACL-54': '催告后申请法院执行最早日期',
  'ALL-32': '补正告知期限',
  'ALL-42': '许可决定期限',
  'ALL-44': '许可证件颁发期限',
  'ALL-47': '许可听证组织期限',
  'PUB-AFTER-7': '决定公示期限',
  'PUB-AFTER-20': '决定公示期限',
  'APL-48': '撤回公示期限',
  'SC310-5': '移送审批期限',
  'SC310-5-24H': '批准后移送期限',
  'SC310-8': '公安机关审查期限',
  'SC310-9': '提请复议期限',
  'SC310-12': '移交涉案物品期限',
};

/** Red: overdue or due today; yellow: within the lead time; green: running with time left. */
export function urgencyOf(nextDueOn: string | null, today: IsoDate, calendar: WorkingCalendar, leadWd = 3): Urgency {
  if (!nextDueOn) return 'NONE';
  try {
    const s = clockStatus(nextDueOn, today, calendar, leadWd);
    return s === 'OVERDUE' || s === 'DUE_TODAY' ? 'RED' : s === 'DUE_SOON' ? 'YELLOW' : 'GREEN';
  } catch {
    return nextDueOn <= today ? 'RED' : 'GREEN';
  }
}

export function summaryOf(
  row: Pick<
    CaseRow,
    'id' | 'caseNumber' | 'procedure' | 'state' | 'cause' | 'partySummary' | 'nextDueOn' | 'nextDueRule' | 'updatedAt'
  >,
  today: IsoDate,
  calendar: WorkingCalendar,
): CaseSummary {
  const def = PROCEDURES[row.procedure as ProcedureId];
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    procedure: row.procedure,
    procedureName: def?.name ?? row.procedure,
    state: row.state,
    stateLabel: def?.stateLabels[row.state] ?? row.state,
    cause: row.cause,
    partySummary: row.partySummary,
    nextDueOn: row.nextDueOn,
    nextDueRule: row.nextDueRule,
    urgency: urgencyOf(row.nextDueOn, today, calendar),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function clockView(c: typeof caseClocks.$inferSelect, today: IsoDate, calendar: WorkingCalendar): CaseClockView {
  let level: CaseClockView['level'] = 'OK';
  if (c.status === 'RUNNING' && c.kind === 'DEADLINE' && c.dueOn) {
    try {
      level = clockStatus(c.dueOn, today, calendar);
    } catch {
      level = c.dueOn < today ? 'OVERDUE' : 'OK';
    }
  }
  const rule = (CLOCK_RULES as Record<string, { source: string }>)[c.rule];
  return {
    id: c.id,
    rule: c.rule,
    label: CLOCK_LABELS[c.rule] ?? c.rule,
    source:
      rule?.source ?? (c.rule === 'APL-66' ? '行政处罚法 第66条' : c.rule === 'APL-72-1' ? '行政处罚法 第72条' : ''),
    startedOn: c.startedOn,
    dueOn: c.dueOn,
    dueAt: c.dueAt ? c.dueAt.toISOString() : null,
    kind: c.kind,
    status: c.status,
    level,
    provisional: c.provisional,
    pauses: (c.pauses as { from: string; to: string | null; kind: string }[]).map((p) => ({
      from: p.from,
      to: p.to ?? '',
      kind: p.kind,
    })),
    extensions: c.extensions as CaseClockView['extensions'],
  };
}

/** The case page: everything about the case the actor may see, with the next actions and their "why not". */
export async function caseDetail(
  tx: Tx,
  row: CaseRow,
  s: CaseSnapshot,
  actor: Actor,
  today: IsoDate,
): Promise<CaseDetail> {
  const def = PROCEDURES[row.procedure as ProcedureId];
  const [agency, parties, officerRows, clocks, events, docs, links, flag, exemptions] = await Promise.all([
    tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, row.agencyId)),
    tx.select().from(caseParties).where(eq(caseParties.caseId, row.id)).orderBy(asc(caseParties.createdAt)),
    caseOfficerRows(tx, row.id),
    tx.select().from(caseClocks).where(eq(caseClocks.caseId, row.id)).orderBy(asc(caseClocks.startedAt)),
    tx.select().from(caseEvents).where(eq(caseEvents.caseId, row.id)).orderBy(asc(caseEvents.seq)),
    tx.select().from(documents).where(eq(documents.caseId, row.id)).orderBy(asc(documents.issuedAt)),
    tx
      .select({
        recordId: caseRecordLinks.recordId,
        activity: caseRecordLinks.activity,
        linkedAt: caseRecordLinks.linkedAt,
        title: records.title,
        kind: records.kind,
      })
      .from(caseRecordLinks)
      .innerJoin(records, eq(records.id, caseRecordLinks.recordId))
      .where(eq(caseRecordLinks.caseId, row.id)),
    tx.select().from(caseReviewFlags).where(eq(caseReviewFlags.caseId, row.id)),
    tx
      .select()
      .from(caseAvExemptions)
      .where(and(eq(caseAvExemptions.caseId, row.id))),
  ]);
  const facts = row.facts as Record<string, unknown>;
  const reviewReasons = (facts.reviewReasons as string[] | undefined) ?? (flag[0]?.reasons as string[] | undefined);
  return {
    ...summaryOf(row, today, s.calendar),
    version: row.version,
    source: row.source as CaseDetail['source'],
    sourceDetail: row.sourceDetail,
    clueReceivedOn: row.clueReceivedOn,
    matterCode: row.matterCode,
    category: row.category,
    region: row.region,
    agencyId: row.agencyId,
    agencyName: agency[0]?.name ?? '',
    facts,
    parties: parties.map((p) => ({
      id: p.id,
      agentFor: p.agentFor,
      agentScope: p.agentScope,
      kind: p.kind as CasePartyKind,
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate,
      idType: p.idType,
      idNumberMasked: p.idNumberMasked,
      creditCode: p.creditCode,
      legalRepresentative: p.legalRepresentative,
      address: p.address,
      phoneMasked: p.phoneMasked,
      serviceAddress: p.serviceAddress as CaseDetail['parties'][number]['serviceAddress'],
    })),
    officers: officerRows.map((o) => ({
      officerId: o.id,
      name: o.name,
      role: o.role as OfficerCaseRole,
      certificateNumbers: o.certificates.map((c) => c.number),
    })),
    clocks: clocks.map((c) => clockView(c, today, s.calendar)),
    actions: actionViews(s, row, actor, today),
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      label: def.actionLabels[e.action] ?? (e.action === 'register' ? '登记案件' : e.action),
      fromState: e.fromState,
      toState: e.toState,
      toStateLabel: def.stateLabels[e.toState] ?? e.toState,
      actorName: e.actorName,
      occurredOn: e.occurredOn,
      occurredAt: e.occurredAt.toISOString(),
      note: ((e.payload as { note?: string }).note ?? '') as string,
    })),
    documents: docs.map((d) => ({
      id: d.id,
      code: d.code,
      title: d.title,
      number: d.number,
      templateVersion: d.templateVersion,
      issuedAt: d.issuedAt.toISOString(),
      sealed: d.sealSignature !== null,
    })),
    records: links.map((l) => ({
      recordId: l.recordId,
      title: l.title,
      kind: l.kind,
      activity: l.activity,
      linkedAt: l.linkedAt.toISOString(),
    })),
    reviewFlag: facts.reviewRequired === true ? { reasons: reviewReasons ?? [] } : null,
    avExemptions: exemptions.map((x) => ({
      id: x.id,
      activity: x.activity,
      reason: x.reason,
      approved: x.approvedAt !== null,
    })),
  };
}
