import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar.js';
import { SCHEDULE_2025, SCHEDULE_2026 } from '../calendar-data.js';
import type { Role } from '../roles.js';
import { CLOCK_RULES, deadline, seizureExpiry } from './clocks.js';
import * as X from './coercive-execution.js';
import * as M from './coercive-measure.js';
import { applyAction, type Guard, validateDefinition } from './engine.js';
import { TWO_OFFICERS } from './fixtures.test-support.js';

const cal = new WorkingCalendar([SCHEDULE_2025, SCHEDULE_2026]);
const as = (...roles: Role[]) => ({ id: 'u1', roles });
const ALL = as('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD');

const measureCtx: M.CoerciveMeasureContext = {
  actor: ALL,
  date: '2026-04-20',
  category: 'MARKET',
  region: '110105',
  officers: TWO_OFFICERS,
  avRecorded: true,
  measureKind: 'SEIZE',
  approval: { headApprovedOn: '2026-04-20' },
  onSite: {
    idsShown: true,
    partyPresent: true,
    reasonsBasisRightsTold: true,
    statementsHeard: true,
    recordSigned: true,
    decisionDelivered: true,
    itemListTwoCopiesDelivered: true,
  },
  items: { allRelatedToCase: true, includesDailyNecessities: false },
  emergency: { executedAt: '2026-04-20T10:00:00+08:00', approvedAt: '2026-04-21T09:00:00+08:00' },
  testing: { writtenNoticeOn: '2026-04-20' },
  seizure: { expiry: '2026-05-20' },
  extension: { complex: true, days: 30, headApprovedOn: '2026-04-20', writtenNoticeWithReasonsOn: '2026-04-20' },
  disposal: { kind: 'CONFISCATE', penaltyDecisionServed: true },
  crimeTransfer: { partyInformedInWritingOn: '2026-04-20' },
  freeze: {
    agencyDesignatedByLaw: true,
    bankNoticeSent: true,
    decisionDeliveredOn: '2026-04-22',
    deliveryLastDay: '2026-04-23',
  },
};

const execCtx: X.CoerciveExecutionContext = {
  actor: ALL,
  date: '2026-04-20',
  documents: ['PERFORM_REMINDER'],
  agencyHasExecutionPower: true,
  cuiGao: {
    servedOn: '2026-04-01',
    deadline: '2026-04-10',
    method: '到指定银行缴纳',
    amountFen: 500_000,
    rightToStateTold: true,
  },
  validReasonForNonPerformance: false,
  hidingAssetsEvidence: '银行流水显示大额转出',
  executionDecisionServedOn: '2026-04-15',
  execution: { at: '2026-04-21T10:00:00+08:00' },
  calendar: cal,
  agreement: { signedOn: '2026-04-20', terms: '分三期缴纳', breachRecordedOn: '2026-04-20' },
  suspension: { ground: 'HARDSHIP', since: '2023-01-01', groundEliminated: true },
  termination: { ground: 'DEATH_NO_ESTATE' },
  substitute: {
    decisionServedOn: '2026-04-01',
    costEstimateFen: 100_000,
    performer: '某清运公司',
    cuiGaoServedOn: '2026-04-14',
    earliestPerformanceDate: '2026-04-17',
    supervisedOnSite: true,
    signaturesRecorded: true,
  },
  court: {
    remedyWindowsExpiredOn: '2026-04-01',
    unperformed: true,
    earliestApplicationDate: '2026-04-16',
    applicationLastDay: '2026-07-01',
    package: {
      applicationSignedByHeadAndSealed: true,
      decisionAndFacts: true,
      partyOpinionsAndCuiGaoRecord: true,
      objectOfExecution: true,
    },
    ruling: 'EXECUTE',
  },
};

type Case<C> = [Guard<C>, Partial<C>, RegExp];

function guardCases<C>(base: C, cases: Case<C>[]) {
  for (const [g, bad, msg] of cases) {
    describe(`${g.rule} ${g.label}`, () => {
      it('allows', () => expect(g.check(base)).toBe(true));
      it('refuses', () => {
        const r = g.check({ ...base, ...bad });
        expect(r).not.toBe(true);
        if (r !== true) expect(r.message).toMatch(msg);
      });
    });
  }
}

describe('coercive measure guards', () => {
  const b = measureCtx;
  guardCases<M.CoerciveMeasureContext>(b, [
    [M.measureKindIs(['SEAL', 'SEIZE']), { measureKind: 'FREEZE' }, /仅适用于/],
    [M.freezeOnlyByDesignatedAgency, { measureKind: 'FREEZE', freeze: { agencyDesignatedByLaw: false } }, /法律规定/],
    [M.headApprovedBeforeActing, { approval: {} }, /批准/],
    [M.onSiteStepsRecorded, { onSite: { ...b.onSite, partyPresent: false, witnessPresent: false } }, /见证人/],
    [M.itemsLawfulForSeizure, { items: { allRelatedToCase: true, includesDailyNecessities: true } }, /生活必需品/],
    [M.decisionAndListDelivered, { onSite: { ...b.onSite, itemListTwoCopiesDelivered: false } }, /清单/],
    [
      M.emergencyApprovedWithin24h,
      { emergency: { ...b.emergency, approvedAt: '2026-04-21T10:30:00+08:00' } },
      /24小时/,
    ],
    [M.testingNotifiedInWriting, { testing: {} }, /书面告知/],
    [M.extensionLawful, { extension: { ...b.extension, previousDays: 10 } }, /不得超过30日/],
    [
      M.extensionNotifiedInWriting,
      { extension: { ...b.extension, writtenNoticeWithReasonsOn: undefined } },
      /书面告知/,
    ],
    [M.disposalLawful, { disposal: { kind: 'DESTROY' } }, /销毁/],
    [M.crimeTransferInformed, { crimeTransfer: {} }, /书面告知当事人/],
    [M.bankNoticeSent, { freeze: { bankNoticeSent: false } }, /金融机构/],
    [
      M.freezeDecisionDeliveredInTime,
      { freeze: { decisionDeliveredOn: '2026-04-24', deliveryLastDay: '2026-04-23' } },
      /逾期/,
    ],
  ]);

  it('ACL-19-R allows release after 24 h without approval, or when the head disagrees; refuses within 24 h', () => {
    const g = M.emergencyReleaseDue;
    const late = {
      ...measureCtx,
      emergency: { executedAt: '2026-04-20T10:00:00+08:00' },
      at: '2026-04-21T10:01:00+08:00',
    };
    expect(g.check(late)).toBe(true);
    expect(g.check({ ...late, at: '2026-04-21T09:59:00+08:00' })).not.toBe(true);
    expect(g.check({ ...late, at: '2026-04-20T11:00:00+08:00', emergency: { headDisagreed: true } })).toBe(true);
  });

  it('ACL-25 refuses an extension after expiry and one for a non-complex case', () => {
    expect(M.extensionLawful.check({ ...measureCtx, date: '2026-05-21' })).not.toBe(true);
    expect(M.extensionLawful.check({ ...measureCtx, extension: { complex: false } })).not.toBe(true);
  });

  it('ACL-27 refuses confiscation without a penalty decision and any disposal but release after expiry', () => {
    expect(M.disposalLawful.check({ ...measureCtx, disposal: { kind: 'CONFISCATE' } })).not.toBe(true);
    expect(M.disposalLawful.check({ ...measureCtx, date: '2026-05-21' })).not.toBe(true);
    expect(M.disposalLawful.check({ ...measureCtx, date: '2026-05-21', disposal: { kind: 'RELEASE' } })).toBe(true);
  });

  it('ACL-28-4 allows release after expiry, refuses on the expiry day', () => {
    expect(M.seizurePeriodExpired.check({ ...measureCtx, date: '2026-05-21' })).toBe(true);
    expect(M.seizurePeriodExpired.check(measureCtx)).not.toBe(true);
  });

  it('ACL-23 refuses unrelated items', () => {
    const r = M.itemsLawfulForSeizure.check({
      ...measureCtx,
      items: { allRelatedToCase: false, includesDailyNecessities: false },
    });
    expect(r).not.toBe(true);
  });
});

describe('coercive execution guards', () => {
  const b = execCtx;
  guardCases<X.CoerciveExecutionContext>(b, [
    [X.cuiGaoContentComplete, { cuiGao: { ...b.cuiGao, rightToStateTold: false } }, /陈述权和申辩权/],
    [X.executionPowerHeld, { agencyHasExecutionPower: false }, /申请人民法院/],
    [X.hidingAssetsEvidenced, { hidingAssetsEvidence: '' }, /转移或者隐匿/],
    [X.cuiGaoPeriodPassedWithoutReason, { date: '2026-04-10' }, /期满前/],
    [X.executionTimeAllowed, { execution: { at: '2026-04-21T23:00:00+08:00' } }, /夜间/],
    [X.noUtilityCutToResidents, { execution: { ...b.execution, cutsResidentUtilities: true } }, /供水/],
    [X.agreementSigned, { agreement: {} }, /执行协议/],
    [X.agreementBreached, { agreement: { signedOn: '2026-04-20', terms: 'x' } }, /不履行执行协议/],
    [X.suspensionGroundLawful, { suspension: {} }, /中止执行/],
    [X.suspensionGroundEliminated, { suspension: { ground: 'HARDSHIP' } }, /尚未消失/],
    [X.terminationGroundLawful, { termination: {} }, /终结执行/],
    [X.substituteDecisionServed, { substitute: { ...b.substitute, costEstimateFen: 0 } }, /预算费用/],
    [X.substituteReminderLeadTime, { date: '2026-04-16' }, /三个工作日/],
    [X.substituteSupervisedAndSigned, { substitute: { ...b.substitute, supervisedOnSite: false } }, /到场监督/],
    [X.courtApplicationWindow, { date: '2026-07-02' }, /已于2026-07-01届满/],
    [X.courtReminderWaitElapsed, { date: '2026-04-15' }, /十个工作日/],
    [X.courtPackageComplete, { court: { ...b.court, package: {} } }, /申请书/],
    [X.courtRulingRecorded, { court: {} }, /裁定/],
    [X.courtRuledToExecute, { court: { ruling: 'REFUSE' } }, /未裁定执行/],
  ]);

  it('ACL-53-P allows the court route when the agency has no execution power, refuses when it has', () => {
    expect(X.noExecutionPower.check({ ...execCtx, agencyHasExecutionPower: false })).toBe(true);
    expect(X.noExecutionPower.check(execCtx)).not.toBe(true);
  });

  it('ACL-43 allows night execution with a logged emergency reason, and refuses on a rest day', () => {
    const night = { ...execCtx, execution: { at: '2026-04-21T23:00:00+08:00', emergencyReason: '危险品泄漏' } };
    expect(X.executionTimeAllowed.check(night)).toBe(true);
    expect(X.executionTimeAllowed.check({ ...execCtx, execution: { at: '2026-05-02T10:00:00+08:00' } })).not.toBe(true);
    expect(X.executionTimeAllowed.check({ ...execCtx, calendar: undefined })).not.toBe(true);
  });

  it('ACL-37 refuses without the reviewed statements or the served decision', () => {
    expect(X.cuiGaoPeriodPassedWithoutReason.check({ ...execCtx, validReasonForNonPerformance: true })).not.toBe(true);
    expect(X.cuiGaoPeriodPassedWithoutReason.check({ ...execCtx, executionDecisionServedOn: undefined })).not.toBe(
      true,
    );
  });

  it('ACL-40 terminates after 3 years of suspension only when the party cannot pay and there is no harm', () => {
    const t = {
      ...execCtx,
      termination: { ground: 'SUSPENDED_3Y' as const, partyCannotPay: true, noObviousSocialHarm: true },
    };
    expect(X.terminationGroundLawful.check(t)).toBe(true);
    expect(X.terminationGroundLawful.check({ ...t, suspension: { since: '2024-01-01' } })).not.toBe(true);
    expect(X.terminationGroundLawful.check({ ...t, termination: { ground: 'SUSPENDED_3Y' } })).not.toBe(true);
  });
});

describe('definitions', () => {
  it('validateDefinition passes for both', () => {
    expect(validateDefinition(M.COERCIVE_MEASURE_PROCEDURE)).toEqual([]);
    expect(validateDefinition(X.COERCIVE_EXECUTION_PROCEDURE)).toEqual([]);
  });
});

describe('walk: seal/seize', () => {
  const D = M.COERCIVE_MEASURE_PROCEDURE;
  const step = (s: M.CoerciveMeasureState, a: M.CoerciveMeasureAction, ctx: M.CoerciveMeasureContext) => {
    const r = applyAction(D, s, a, ctx);
    if (!r.ok) throw new Error(`${a}: ${r.message}`);
    return r;
  };

  it('normal seizure → extend → testing pause → dispose', () => {
    const seizedOn = '2026-04-20';
    let ctx: M.CoerciveMeasureContext = { ...measureCtx, seizure: {} };
    let r = step('PROPOSED', 'approve', { ...ctx, actor: as('AGENCY_HEAD') });
    expect(r.state).toBe('APPROVED');
    expect(applyAction(D, 'APPROVED', 'execute', { ...ctx, avRecorded: false })).toMatchObject({ rule: 'REC-AV-FULL' });
    r = step(r.state, 'execute', { ...ctx, actor: as('OFFICER') });
    expect(r.state).toBe('ACTIVE');
    expect(r.clocks).toEqual([{ op: 'START', rule: 'ACL-25', trigger: 'SEAL_SEIZE_DECIDED' }]);

    const expiry = seizureExpiry({ seizedOn }, cal).due;
    ctx = {
      ...ctx,
      date: '2026-05-15',
      seizure: { expiry },
      extension: { ...ctx.extension, headApprovedOn: '2026-05-15' },
    };
    r = step(r.state, 'extend', ctx);
    expect(r.events).toContainEqual({ type: 'DOCUMENT_PRODUCED', document: 'COERCION_EXTEND' });

    const extended = { seizedOn, extension: { days: 30, approvedOn: '2026-05-15' } };
    ctx = {
      ...ctx,
      date: '2026-05-25',
      testing: { writtenNoticeOn: '2026-05-25' },
      seizure: { expiry: seizureExpiry(extended, cal).due },
    };
    r = step(r.state, 'start_testing', ctx);
    expect(r.state).toBe('PAUSED');
    expect(r.clocks).toEqual([{ op: 'PAUSE', rule: 'ACL-25', kind: 'TESTING' }]);
    r = step(r.state, 'testing_done', { ...ctx, date: '2026-06-04' });
    expect(r.clocks).toEqual([{ op: 'RESUME', rule: 'ACL-25' }]);

    const paused = {
      ...extended,
      testingPauses: [{ from: '2026-05-25', to: '2026-06-04', notifiedOn: '2026-05-25' }],
    };
    const finalExpiry = seizureExpiry(paused, cal).due;
    expect(finalExpiry > seizureExpiry(extended, cal).due).toBe(true);
    r = step(r.state, 'dispose', { ...ctx, date: '2026-06-10', seizure: { expiry: finalExpiry } });
    expect(r.state).toBe('CLOSED');
    expect(r.clocks).toEqual([{ op: 'STOP', rule: 'ACL-25' }]);
  });

  it('expired clock must release (ACL-28-4)', () => {
    const r = step('ACTIVE', 'clock_expired', { ...measureCtx, date: '2026-05-21' });
    expect(r.state).toBe('RELEASED');
  });

  it('emergency seizure: approval within 24 h → ACTIVE; after 24 h refused (ACL-19) and released', () => {
    let r = step('PROPOSED', 'emergency_execute', measureCtx);
    expect(r.state).toBe('EXECUTED_PENDING_APPROVAL');
    expect(r.clocks).toEqual([{ op: 'START', rule: 'ACL-19', trigger: 'EMERGENCY_MEASURE_TAKEN' }]);
    expect(step(r.state, 'retro_approve', measureCtx).state).toBe('ACTIVE');
    const late = {
      ...measureCtx,
      emergency: { executedAt: '2026-04-20T10:00:00+08:00', approvedAt: '2026-04-21T10:00:01+08:00' },
    };
    expect(applyAction(D, r.state, 'retro_approve', late)).toMatchObject({ ok: false, rule: 'ACL-19' });
    r = step(r.state, 'emergency_release', { ...late, at: '2026-04-21T10:00:01+08:00' });
    expect(r.state).toBe('RELEASED');
  });

  it('freeze: designated agency, bank notice, decision within 3 wd (ACL-29/30/31)', () => {
    const f: M.CoerciveMeasureContext = { ...measureCtx, measureKind: 'FREEZE' };
    expect(applyAction(D, 'APPROVED', 'execute', f)).toMatchObject({ ok: false, rule: 'ACL-9' });
    const r = step('APPROVED', 'execute_freeze', f);
    expect(r.clocks.map((c) => c.rule)).toEqual(['ACL-31', 'ACL-25']);
    const last = deadline(CLOCK_RULES['ACL-31'], '2026-04-20', cal).due;
    const d = step('ACTIVE', 'deliver_freeze_decision', { ...f, freeze: { ...f.freeze, deliveryLastDay: last } });
    expect(d.clocks).toEqual([{ op: 'STOP', rule: 'ACL-31' }]);
  });

  it('crime transfer (ACL-21)', () => {
    expect(step('ACTIVE', 'crime_transfer', measureCtx).state).toBe('TRANSFERRED');
  });
});

describe('walk: coercive execution', () => {
  const D = X.COERCIVE_EXECUTION_PROCEDURE;
  const step = (s: X.CoerciveExecutionState, a: X.CoerciveExecutionAction, ctx: X.CoerciveExecutionContext) => {
    const r = applyAction(D, s, a, ctx);
    if (!r.ok) throw new Error(`${a}: ${r.message}`);
    return r;
  };

  it('催告 → execution decision; 23:00 refused, allowed with emergency reason; agreement ↔ breach; suspend → resume → done', () => {
    let r = step('OBLIGATION_OVERDUE', 'serve_cuigao', { ...execCtx, documents: [] });
    expect(r.state).toBe('CUI_GAO_PERIOD');
    const night = { ...execCtx, execution: { at: '2026-04-21T23:00:00+08:00' } };
    expect(applyAction(D, r.state, 'decide_execution', night)).toMatchObject({ ok: false, rule: 'ACL-43' });
    r = step(r.state, 'decide_execution', {
      ...night,
      execution: { ...night.execution, emergencyReason: '危险品泄漏' },
    });
    expect(r.state).toBe('EXECUTING');
    r = step(r.state, 'sign_agreement', execCtx);
    r = step(r.state, 'breach', execCtx);
    r = step(r.state, 'suspend', execCtx);
    r = step(r.state, 'resume', execCtx);
    expect(step(r.state, 'complete_execution', execCtx).state).toBe('DONE');
  });

  it('immediate execution on hiding assets (ACL-37-I); terminate (ACL-40)', () => {
    const r = step('CUI_GAO_PERIOD', 'immediate_execution', {
      ...execCtx,
      date: '2026-04-05',
      cuiGao: { ...execCtx.cuiGao },
    });
    expect(step(r.state, 'terminate', execCtx).state).toBe('TERMINATED');
  });

  it('substitute performance (ACL-51)', () => {
    const r = step('OBLIGATION_OVERDUE', 'decide_substitute', execCtx);
    expect(applyAction(D, r.state, 'perform_substitute', { ...execCtx, date: '2026-04-16' })).toMatchObject({
      ok: false,
      rule: 'ACL-51-3',
    });
    expect(step(r.state, 'perform_substitute', execCtx).state).toBe('DONE');
  });

  it('court application refused before the 10 wd wait (ACL-54), then applied → ruled → done', () => {
    const servedOn = '2026-04-01';
    const earliest = deadline(CLOCK_RULES['ACL-54'], servedOn, cal).due;
    const lastDay = deadline(CLOCK_RULES['ACL-53'], '2026-03-31', cal).due;
    const ctx: X.CoerciveExecutionContext = {
      ...execCtx,
      agencyHasExecutionPower: false,
      court: { ...execCtx.court, earliestApplicationDate: earliest, applicationLastDay: lastDay },
    };
    expect(applyAction(D, 'CUI_GAO_PERIOD', 'decide_execution', ctx)).toMatchObject({ ok: false, rule: 'ACL-53' });
    expect(applyAction(D, 'CUI_GAO_PERIOD', 'apply_court', { ...ctx, date: '2026-04-10' })).toMatchObject({
      ok: false,
      rule: 'ACL-54',
    });
    let r = step('CUI_GAO_PERIOD', 'apply_court', { ...ctx, date: earliest });
    expect(r.state).toBe('COURT_APPLIED');
    r = step(r.state, 'court_ruled', ctx);
    expect(step(r.state, 'court_executed', ctx).state).toBe('DONE');
  });
});
