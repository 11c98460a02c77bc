/**
 * Issue 5 "tests that must exist": one case walked end to end over HTTP through each procedure definition (the
 * general-procedure happy path is cases.test.ts), plus the no-penalty and not-filed outcomes. Each walk checks its
 * final state, the gapless timeline, one CASE_ACTION ledger entry per action, the clocks the definition starts and
 * stops, and the documents its transitions produce; the refusals along the way carry their rule IDs.
 */
import {
  addDays,
  addYears,
  CLOCK_RULES,
  deadline,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  type WorkingCalendar,
} from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  type CaseHandle,
  createCase,
  daysAgo,
  ORGANISATION_PARTY,
  qualifiedOfficers,
  refused,
} from '../../../test/cases/support';
import { COURT_PACKAGE, caseBody, cuiGao, SEIZURE_ON_SITE, TRANSFER_PACKAGE } from '../../../test/cases/walks/bodies';
import {
  approvedAvExemption,
  at,
  clocksOf,
  dayAgo,
  definitionClocks,
  expectClocks,
  expectDocuments,
  expectRecorded,
  handleOf,
  linkAvRecord,
  NATURAL_PERSON_PARTY,
  pathOf,
} from '../../../test/cases/walks/support';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let officer: Session;
let head: Session;
let unit: Session;
let officerIds: string[];
let scj: string;
let calendar: WorkingCalendar;

beforeAll(async () => {
  ctx = await createTestContext();
  [officer, head, unit] = await Promise.all([
    login(ctx.app, 'scj.officer'),
    login(ctx.app, 'scj.head'),
    login(ctx.app, 'scj.unit'),
  ]);
  officerIds = await qualifiedOfficers(ctx, '县市场监管局');
  scj = await agencyId(ctx, '县市场监管局');
  calendar = await ctx.services.calendar.calendar();
});
afterAll(() => ctx.close());

/**
 * What every walk ends with: the state, the timeline and ledger, the clocks (as listed, and as the definition's
 * instructions along the walked path say), closed_on for a terminal state, and the documents produced.
 */
async function finish(
  procedure: ProcedureId,
  c: CaseHandle,
  expected: { state: string; actions: string[]; clocks: Record<string, string> },
): Promise<void> {
  expect(c.state).toBe(expected.state);
  await expectRecorded(ctx, c, expected.actions);
  expect(expected.clocks).toEqual(definitionClocks(procedure, pathOf(c)));
  await expectClocks(ctx, c.id, expected.clocks);
  const events = c.body.events as { occurredOn: string }[];
  const closed = await ctx.superuser.query('SELECT closed_on::text AS on FROM cases WHERE id = $1', [c.id]);
  const terminal = PROCEDURES[procedure].terminal.includes(expected.state);
  expect(closed.rows[0].on).toBe(terminal ? events[events.length - 1].occurredOn : null);
  expectDocuments(procedure, c);
}

const clock = async (c: CaseHandle, rule: string) => (await clocksOf(ctx, c.id)).filter((k) => k.rule === rule).at(-1);

describe('SUMMARY_PENALTY: on-the-spot penalty (DOMAIN §12.2)', () => {
  it('a 50-yuan fine collected on the spot with a fiscal receipt (APL-68/70), then filed with the agency', async () => {
    const d = daysAgo(10);
    let c = await createCase(
      ctx,
      officer,
      caseBody('SUMMARY_PENALTY', officerIds, d, {
        cause: '占道经营',
        parties: [NATURAL_PERSON_PARTY],
        facts: { penalty: { types: ['FINE'], fineFen: 5_000 } },
      }),
    );
    c = await act(ctx, officer, c, 'start_on_spot', d);
    c = await act(ctx, officer, c, 'inform', d);
    c = await act(ctx, officer, c, 'hear', d);
    c = await act(ctx, officer, c, 'issue_form', d);
    const noReceipt = await refused(ctx, officer, c, 'collect_on_spot', d);
    expect(noReceipt.rule).toBe('APL-70');
    c = await act(ctx, officer, c, 'collect_on_spot', d, { collection: { fiscalReceiptNo: '湘财罚 No.0012345' } });
    c = await act(ctx, officer, c, 'file_with_agency', daysAgo(9));
    await finish('SUMMARY_PENALTY', c, {
      state: 'RECORDED',
      actions: ['start_on_spot', 'inform', 'hear', 'issue_form', 'collect_on_spot', 'file_with_agency'],
      clocks: { 'REMEDY-60D': 'RUNNING', 'REMEDY-6M': 'RUNNING', 'APL-71-1': 'RUNNING' },
    });
  });

  it('150 yuan on an organisation: no heavier penalty after the defence (APL-45), no collection (APL-68), paid at the bank', async () => {
    const d = daysAgo(8);
    const penalty = { types: ['WARNING', 'FINE'], fineFen: 15_000 };
    let c = await createCase(ctx, officer, caseBody('SUMMARY_PENALTY', officerIds, d, { facts: { penalty } }));
    c = await act(ctx, officer, c, 'start_on_spot', d);
    c = await act(ctx, officer, c, 'inform', d);
    const heavier = await refused(ctx, officer, c, 'hear', d, { penalty: { ...penalty, fineFen: 20_000 } });
    expect(heavier.rule).toBe('APL-45');
    c = await act(ctx, officer, c, 'hear', d);
    c = await act(ctx, officer, c, 'issue_form', d);
    const collect = await refused(ctx, officer, c, 'collect_on_spot', d, { collection: { fiscalReceiptNo: 'No.1' } });
    expect(collect.rule).toBe('APL-68');
    c = await act(ctx, officer, c, 'await_payment', d);
    expect((await clock(c, 'APL-67'))?.dueOn).toBeTruthy();
    c = await act(ctx, officer, c, 'file_with_agency', daysAgo(7));
    await finish('SUMMARY_PENALTY', c, {
      state: 'RECORDED',
      actions: ['start_on_spot', 'inform', 'hear', 'issue_form', 'await_payment', 'file_with_agency'],
      clocks: { 'REMEDY-60D': 'RUNNING', 'REMEDY-6M': 'RUNNING', 'APL-67': 'RUNNING' },
    });
  });
});

describe('COERCIVE_MEASURE: seal / seize (DOMAIN §12.3)', () => {
  it('seize: approve → execute (REC-AV-FULL until the recording is linked) → testing → release', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_MEASURE', officerIds, daysAgo(30), { facts: { measureKind: 'SEIZE' } }),
    );
    c = await act(ctx, head, c, 'approve', daysAgo(28));
    // ACL-18(1): the approval is dated by the approve action, not by what an officer writes later.
    expect((c.body.facts as { approval?: { headApprovedOn?: string } }).approval?.headApprovedOn).toBe(daysAgo(28));
    const noAv = await refused(ctx, officer, c, 'execute', daysAgo(28), SEIZURE_ON_SITE);
    expect(noAv.rule).toBe('REC-AV-FULL');
    c = await linkAvRecord(ctx, officer, c, {
      agencyId: scj,
      activity: 'SEAL_SEIZE',
      operators: officerIds,
      date: daysAgo(28),
    });
    c = await act(ctx, officer, c, 'execute', daysAgo(28), SEIZURE_ON_SITE);
    const started = await clock(c, 'ACL-25');
    expect(started?.status).toBe('RUNNING');
    expect(started?.dueOn && started.dueOn >= daysAgo(-2)).toBe(true);
    c = await act(ctx, officer, c, 'start_testing', daysAgo(25), { testing: { writtenNoticeOn: daysAgo(26) } });
    expect((await clock(c, 'ACL-25'))?.status).toBe('PAUSED');
    c = await act(ctx, officer, c, 'testing_done', daysAgo(20));
    c = await act(ctx, officer, c, 'dispose', daysAgo(15), { disposal: { kind: 'RELEASE' } });
    await finish('COERCIVE_MEASURE', c, {
      state: 'CLOSED',
      actions: ['approve', 'execute', 'start_testing', 'testing_done', 'dispose'],
      clocks: { 'ACL-25': 'STOPPED' },
    });
  });

  // The definition types the pause (TESTING), which ACL-25 excludes: the resumed clock moves by the paused days.
  it('ACL-25: the testing period (written notice) does not count towards the 30 days', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_MEASURE', officerIds, daysAgo(30), { facts: { measureKind: 'SEIZE' } }),
    );
    c = await act(ctx, head, c, 'approve', daysAgo(28));
    c = await linkAvRecord(ctx, officer, c, {
      agencyId: scj,
      activity: 'SEAL_SEIZE',
      operators: officerIds,
      date: daysAgo(28),
    });
    c = await act(ctx, officer, c, 'execute', daysAgo(28), SEIZURE_ON_SITE);
    const before = (await clock(c, 'ACL-25'))?.dueOn as IsoDate;
    c = await act(ctx, officer, c, 'start_testing', daysAgo(25), { testing: { writtenNoticeOn: daysAgo(25) } });
    c = await act(ctx, officer, c, 'testing_done', daysAgo(20));
    const after = await clock(c, 'ACL-25');
    expect(after?.status).toBe('RUNNING');
    // Paused from 25 to 21 days ago inclusive: five more days (the demo profile does not roll agency deadlines over).
    expect(after?.dueOn).toBe(addDays(before, 5));
  });

  it('seal with an approved reason for the missing recording (requester ≠ approver) → destruction required by law', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_MEASURE', officerIds, daysAgo(14), { facts: { measureKind: 'SEAL' } }),
    );
    c = await act(ctx, head, c, 'approve', daysAgo(12));
    const own = await call(ctx.app, head, 'POST', `/api/cases/${c.id}/av-exemptions`, {
      activity: 'SEAL_SEIZE',
      reason: '执法记录仪故障',
    });
    c = handleOf(own.json());
    const ownId = (c.body.avExemptions as { id: string }[])[0].id;
    const self = await call(ctx.app, head, 'POST', `/api/cases/${c.id}/av-exemptions/${ownId}/approve`);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.message).toContain('本人');
    const byOfficer = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/av-exemptions/${ownId}/approve`);
    expect(byOfficer.statusCode).toBe(403);
    c = await approvedAvExemption(ctx, officer, head, c, 'SEAL_SEIZE', '执法记录仪电池故障，现场另有照片和见证人签字');
    c = await act(ctx, officer, c, 'execute', daysAgo(12), SEIZURE_ON_SITE);
    const destroy = await refused(ctx, officer, c, 'dispose', daysAgo(10), { disposal: { kind: 'DESTROY' } });
    expect(destroy.rule).toBe('ACL-27');
    c = await act(ctx, officer, c, 'dispose', daysAgo(10), {
      disposal: { kind: 'DESTROY', destructionRequiredByLaw: true },
    });
    await finish('COERCIVE_MEASURE', c, {
      state: 'CLOSED',
      actions: ['approve', 'execute', 'dispose'],
      clocks: { 'ACL-25': 'STOPPED' },
    });
  });
});

describe('COERCIVE_EXECUTION (DOMAIN §12.4)', () => {
  it('催告 → decision → execution: refused at 23:00 and on a rest day (ACL-43), executed in working hours', async () => {
    const work = dayAgo(calendar, 10, 'WORKING').date;
    const rest = dayAgo(calendar, 15, 'REST').date;
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_EXECUTION', officerIds, daysAgo(45), { facts: { agencyHasExecutionPower: true } }),
    );
    c = await act(ctx, officer, c, 'serve_cuigao', daysAgo(40), cuiGao(daysAgo(40), daysAgo(30)));
    const decision = (d: IsoDate, time: string) => ({
      validReasonForNonPerformance: false,
      executionDecisionServedOn: d,
      execution: { at: at(d, time) },
    });
    const night = await refused(ctx, head, c, 'decide_execution', work, decision(work, '23:00'));
    expect(night.rule).toBe('ACL-43');
    expect(night.message).toContain('夜间');
    const restDay = await refused(ctx, head, c, 'decide_execution', rest, decision(rest, '10:00'));
    expect(restDay.rule).toBe('ACL-43');
    expect(restDay.message).toMatch(/休息日|法定节假日/);
    c = await act(ctx, head, c, 'decide_execution', work, decision(work, '10:00'));
    const noAv = await refused(ctx, officer, c, 'complete_execution', work);
    expect(noAv.rule).toBe('REC-AV-FULL');
    c = await approvedAvExemption(ctx, officer, head, c, 'DEMOLITION', '划拨存款，无现场执行活动');
    c = await act(ctx, officer, c, 'complete_execution', work);
    await finish('COERCIVE_EXECUTION', c, {
      state: 'DONE',
      actions: ['serve_cuigao', 'decide_execution', 'complete_execution'],
      clocks: {},
    });
  });

  it('代履行: not before 3 working days after the 催告 (ACL-51-3), not at 23:00 (ACL-43), then performed', async () => {
    const served = dayAgo(calendar, 20, 'WORKING').date;
    const earliest = calendar.addWorkingDays(served, 3);
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_EXECUTION', officerIds, daysAgo(25), {
        cause: '违法搭建',
        facts: { agencyHasExecutionPower: true },
      }),
    );
    c = await act(ctx, head, c, 'decide_substitute', served, {
      substitute: {
        decisionServedOn: served,
        costEstimateFen: 800_000,
        performer: '青溪县某拆除工程有限公司',
        cuiGaoServedOn: served,
      },
    });
    const perform = (d: IsoDate, time: string) => ({
      substitute: { supervisedOnSite: true, signaturesRecorded: true },
      execution: { at: at(d, time) },
    });
    const dayBefore = calendar.addWorkingDays(served, 2);
    const early = await refused(ctx, officer, c, 'perform_substitute', dayBefore, perform(dayBefore, '10:00'));
    expect(early.rule).toBe('ACL-51-3');
    expect(early.message).toContain(earliest);
    const night = await refused(ctx, officer, c, 'perform_substitute', earliest, perform(earliest, '23:00'));
    expect(night.rule).toBe('ACL-43');
    c = await act(ctx, officer, c, 'perform_substitute', earliest, perform(earliest, '10:00'));
    await finish('COERCIVE_EXECUTION', c, {
      state: 'DONE',
      actions: ['decide_substitute', 'perform_substitute'],
      clocks: {},
    });
  });

  it('no execution power: court application only 10 working days after the 催告 (ACL-54) → ruling → executed', async () => {
    const served = daysAgo(40);
    const earliest = deadline(CLOCK_RULES['ACL-54'], served, calendar).due;
    let c = await createCase(
      ctx,
      officer,
      caseBody('COERCIVE_EXECUTION', officerIds, daysAgo(45), { facts: { agencyHasExecutionPower: false } }),
    );
    c = await act(ctx, officer, c, 'serve_cuigao', served, cuiGao(served, daysAgo(35)));
    const application = { court: { remedyWindowsExpiredOn: daysAgo(38), unperformed: true, package: COURT_PACKAGE } };
    const ownPower = await refused(ctx, head, c, 'decide_execution', earliest, { validReasonForNonPerformance: false });
    expect(ownPower.rule).toBe('ACL-53');
    const tooEarly = await refused(ctx, head, c, 'apply_court', daysAgo(37), application);
    expect(tooEarly.rule).toBe('ACL-54');
    c = await act(ctx, head, c, 'apply_court', earliest, application);
    c = await act(ctx, officer, c, 'court_ruled', daysAgo(5), { court: { ruling: 'EXECUTE' } });
    c = await act(ctx, officer, c, 'court_executed', daysAgo(2));
    await finish('COERCIVE_EXECUTION', c, {
      state: 'DONE',
      actions: ['serve_cuigao', 'apply_court', 'court_ruled', 'court_executed'],
      clocks: {},
    });
  });
});

describe('LICENCE (DOMAIN §12.5)', () => {
  it('application → accept → review → grant → certificate, with the ALL-42 / ALL-44 / publication clocks', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('LICENCE', officerIds, daysAgo(40), {
        cause: '食品经营许可申请',
        source: 'OTHER',
        sourceDetail: '政务服务窗口收件',
        facts: { application: { item: '食品经营许可' } },
      }),
    );
    const noReceipt = await refused(ctx, officer, c, 'accept', daysAgo(39));
    expect(noReceipt.rule).toBe('ALL-32');
    c = await act(ctx, officer, c, 'accept', daysAgo(39), {
      intake: { writtenReceipt: { sealed: true, dated: true } },
    });
    expect((await clock(c, 'ALL-42'))?.status).toBe('RUNNING');
    c = await act(ctx, officer, c, 'start_review', daysAgo(38));
    const grant = { conditionsMet: true, verifierIds: officerIds, licence: { validUntil: addYears(daysAgo(30), 5) } };
    const oneVerifier = await refused(ctx, unit, c, 'grant', daysAgo(30), {
      ...grant,
      verifierIds: officerIds.slice(0, 1),
    });
    expect(oneVerifier.rule).toBe('ALL-34');
    const byOfficer = await refused(ctx, officer, c, 'grant', daysAgo(30), grant);
    expect(byOfficer.code).toBe('REFUSED');
    c = await act(ctx, unit, c, 'grant', daysAgo(30), grant);
    c = await act(ctx, officer, c, 'issue_certificate', daysAgo(28));
    await finish('LICENCE', c, {
      state: 'VALID',
      actions: ['accept', 'start_review', 'grant', 'issue_certificate'],
      clocks: { 'ALL-42': 'STOPPED', 'ALL-44': 'STOPPED', 'PUB-AFTER-7': 'RUNNING' },
    });
  });
});

describe('INSPECTION (MOJ-INSP, ALL-61)', () => {
  it('task → notice → on site (certificates shown) → findings (signed record) → correction order → closed', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('INSPECTION', officerIds, daysAgo(12), {
        cause: '食品经营者双随机抽查',
        sourceDetail: '2026 年第四批双随机抽查',
      }),
    );
    const noTask = await refused(ctx, officer, c, 'issue_notice', daysAgo(12));
    expect(noTask.rule).toBe('MOJ-INSP');
    c = await act(ctx, officer, c, 'issue_notice', daysAgo(12), {
      task: { source: 'RANDOM_DRAW', objectId: ORGANISATION_PARTY.creditCode },
    });
    const noCertificates = await refused(ctx, officer, c, 'start_on_site', daysAgo(11));
    expect(noCertificates.rule).toBe('MOJ-INSP');
    c = await act(ctx, officer, c, 'start_on_site', daysAgo(11), { certificatesShown: true });
    const unsigned = await refused(ctx, officer, c, 'record_findings', daysAgo(11), {
      record: { made: true, signedByOfficers: true },
    });
    expect(unsigned.rule).toBe('ALL-61');
    c = await act(ctx, officer, c, 'record_findings', daysAgo(11), {
      record: { made: true, signedByOfficers: true, signedByPartyOrRefusalNoted: true },
    });
    c = await act(ctx, officer, c, 'order_correction', daysAgo(11), {
      correction: { items: '下架过期食品，建立进货查验记录' },
    });
    c = await act(ctx, unit, c, 'close', daysAgo(5));
    await finish('INSPECTION', c, {
      state: 'CLOSED',
      actions: ['issue_notice', 'start_on_site', 'record_findings', 'order_correction', 'close'],
      clocks: {},
    });
  });
});

describe('CRIMINAL_TRANSFER (SC310)', () => {
  it('report → approval within 3 days → transfer within 24 hours → police receipt → accepted → items handed over', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('CRIMINAL_TRANSFER', officerIds, daysAgo(20), { cause: '涉嫌生产、销售伪劣产品' }),
    );
    const alone = await refused(ctx, officer, c, 'submit_report', daysAgo(15), {
      taskGroupOfficerIds: officerIds.slice(0, 1),
    });
    expect(alone.rule).toBe('SC310-5');
    c = await act(ctx, officer, c, 'submit_report', daysAgo(15), {
      taskGroupOfficerIds: officerIds,
      reportReceivedOn: daysAgo(15),
    });
    const late = await refused(ctx, head, c, 'approve_transfer', daysAgo(11), { approvedAt: at(daysAgo(11), '09:00') });
    expect(late.rule).toBe('SC310-5');
    expect(late.message).toContain('三日内');
    c = await act(ctx, head, c, 'approve_transfer', daysAgo(14), { approvedAt: at(daysAgo(14), '09:00') });
    const slow = await refused(ctx, officer, c, 'transfer', daysAgo(13), {
      transferredAt: at(daysAgo(13), '15:00'),
      package: TRANSFER_PACKAGE,
    });
    expect(slow.rule).toBe('SC310-5');
    expect(slow.message).toContain('二十四小时');
    c = await act(ctx, officer, c, 'transfer', daysAgo(14), {
      transferredAt: at(daysAgo(14), '15:00'),
      package: TRANSFER_PACKAGE,
    });
    c = await act(ctx, officer, c, 'police_receipt', daysAgo(14), { policeReceiptSigned: true });
    c = await act(ctx, officer, c, 'police_accept', daysAgo(12), { policeDecisionNoticeOn: daysAgo(12) });
    c = await act(ctx, officer, c, 'hand_over_items', daysAgo(10));
    await finish('CRIMINAL_TRANSFER', c, {
      state: 'HANDED_OVER',
      actions: ['submit_report', 'approve_transfer', 'transfer', 'police_receipt', 'police_accept', 'hand_over_items'],
      clocks: { 'SC310-5': 'STOPPED', 'SC310-5-24H': 'STOPPED', 'SC310-8': 'STOPPED', 'SC310-12': 'STOPPED' },
    });
  });
});

describe('GENERAL_PENALTY outcomes other than a penalty (DOMAIN §12.1)', () => {
  it('no penalty: propose → decide after collective discussion (APL-57) → close → archive', async () => {
    let c = await createCase(
      ctx,
      officer,
      caseBody('GENERAL_PENALTY', officerIds, daysAgo(60), {
        source: 'COMPLAINT',
        facts: { violation: { actDate: daysAgo(65), harmedLifeHealthOrFinancialSafety: false }, complexOrMajor: true },
      }),
    );
    c = await act(ctx, officer, c, 'verify', daysAgo(60));
    c = await act(ctx, head, c, 'file', daysAgo(59));
    c = await act(ctx, officer, c, 'conclude', daysAgo(50));
    c = await act(ctx, officer, c, 'propose_no_penalty', daysAgo(49), {
      noPenalty: { ground: 'NO_PENALTY_FIRST_OFFENCE', reasoning: '初次违法且危害后果轻微并及时改正' },
    });
    const alone = await refused(ctx, head, c, 'decide_no_penalty', daysAgo(45));
    expect(alone.rule).toBe('APL-57');
    c = await act(ctx, head, c, 'decide_no_penalty', daysAgo(45), { collectiveDiscussionRecordedOn: daysAgo(46) });
    c = await act(ctx, head, c, 'close', daysAgo(40));
    c = await act(ctx, officer, c, 'archive', daysAgo(40));
    await finish('GENERAL_PENALTY', c, {
      state: 'ARCHIVED',
      actions: ['verify', 'file', 'conclude', 'propose_no_penalty', 'decide_no_penalty', 'close', 'archive'],
      clocks: { 'APL-60': 'STOPPED' },
    });
  });

  it('not filed: verify → not_file (heads only) closes the case without clocks', async () => {
    let c = await createCase(ctx, officer, caseBody('GENERAL_PENALTY', officerIds, daysAgo(6), { source: 'REPORT' }));
    c = await act(ctx, officer, c, 'verify', daysAgo(5));
    const byOfficer = await refused(ctx, officer, c, 'not_file', daysAgo(4));
    expect(byOfficer.message).toContain('只能由');
    c = await act(ctx, head, c, 'not_file', daysAgo(4), { notFiled: { reason: '违法事实不能成立' } });
    await finish('GENERAL_PENALTY', c, { state: 'CLOSED_NOT_FILED', actions: ['verify', 'not_file'], clocks: {} });
  });
});
