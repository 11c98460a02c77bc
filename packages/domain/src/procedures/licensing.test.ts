import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar.js';
import { SCHEDULE_2025, SCHEDULE_2026 } from '../calendar-data.js';
import type { Role } from '../roles.js';
import { correctionNoticeDeadline, licenceDeadlines } from './clocks.js';
import {
  type CriminalTransferContext,
  headDecidesWithin3Days,
  reconsiderationWithin3Days,
  transferPackageComplete,
  transferTaskGroup,
  transferWithin24h,
  CRIMINAL_TRANSFER_PROCEDURE as X,
} from './criminal-transfer.js';
import { applyAction, type Guard, type ProcedureContext, validateDefinition } from './engine.js';
import { TWO_OFFICERS } from './fixtures.test-support.js';
import { countsAsInspection, INSPECTION_PROCEDURE as I, type InspectionCaseContext } from './inspection.js';
import {
  extensionApproved,
  LICENCE_PROCEDURE as L,
  type LicenceCaseContext,
  licenceHearingPresiderNotReviewer,
  licenceViolationFlags,
  renewalAppliedInTime,
  substantiveVerificationByTwo,
} from './licence.js';
import { noPenaltyGround } from './outcomes.js';

const calendar = new WorkingCalendar([SCHEDULE_2025, SCHEDULE_2026]);
const as = (...roles: Role[]) => ({ id: 'u1', roles });
const ALL = as('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD');

function walk<C extends ProcedureContext>(
  // biome-ignore lint/suspicious/noExplicitAny: generic definition under test
  def: any,
  start: string,
  steps: [string, string, Partial<C>?][],
  ctx: C,
): string {
  let state = start;
  for (const [action, expected, over] of steps) {
    const r = applyAction(def, state, action, { ...ctx, ...over });
    if (!r.ok) throw new Error(`${action}: ${r.message}`);
    expect(r.state).toBe(expected);
    state = r.state;
  }
  return state;
}

function sides<C>(guard: Guard<C>, rule: string, ok: C, bad: C): void {
  expect(guard.rule).toBe(rule);
  expect(guard.check(ok)).toBe(true);
  expect(guard.check(bad)).toMatchObject({ refused: true });
}

describe('validateDefinition', () => {
  it.each([L, I, X])('%s has no structural problems', (def) => {
    expect(validateDefinition(def as never)).toEqual([]);
  });
});

const licenceCtx: LicenceCaseContext = {
  actor: ALL,
  date: '2026-03-02',
  intake: { writtenReceipt: { sealed: true, dated: true } },
  verifierIds: ['s1', 's2'],
  conditionsMet: true,
  extension: { approvedByHeadOn: '2026-03-20', reasonsToldToApplicant: true },
  documents: ['LICENCE_GRANT_DECISION'],
};

describe('licence guards', () => {
  it('ALL-32 sealed dated receipt: accept allowed / refused', () => {
    expect(applyAction(L, 'SUBMITTED', 'accept', licenceCtx).ok).toBe(true);
    const r = applyAction(L, 'SUBMITTED', 'accept', {
      ...licenceCtx,
      intake: { writtenReceipt: { sealed: false, dated: true } },
    });
    expect(r).toMatchObject({ ok: false, code: 'GUARD', rule: 'ALL-32' });
  });
  it('ALL-34 verification by ≥ 2 staff', () => {
    sides(substantiveVerificationByTwo, 'ALL-34', licenceCtx, { ...licenceCtx, verifierIds: ['s1', 's1'] });
    expect(applyAction(L, 'UNDER_REVIEW', 'grant', { ...licenceCtx, verifierIds: ['s1'] })).toMatchObject({
      rule: 'ALL-34',
    });
  });
  it('ALL-38 refusal needs reasons and remedies', () => {
    expect(applyAction(L, 'UNDER_REVIEW', 'refuse', licenceCtx)).toMatchObject({ ok: false, rule: 'ALL-38' });
    const r = applyAction(L, 'UNDER_REVIEW', 'refuse', {
      ...licenceCtx,
      refusal: { reasons: '不符合条件', remediesStated: true },
    });
    expect(r.ok && r.state).toBe('REFUSED');
  });
  it('ALL-42 extension: head approval, reasons told, once', () => {
    sides(extensionApproved, 'ALL-42', licenceCtx, { ...licenceCtx, extension: { approvedByHeadOn: '2026-03-20' } });
    expect(
      extensionApproved.check({ ...licenceCtx, extension: { ...licenceCtx.extension, alreadyExtended: true } }),
    ).toMatchObject({ refused: true });
    expect(applyAction(L, 'ACCEPTED', 'extend', { ...licenceCtx, actor: as('OFFICER') })).toMatchObject({
      code: 'ROLE',
    });
  });
  it('ALL-45 excluded step needs a written notice of duration; pauses ALL-42', () => {
    expect(applyAction(L, 'ACCEPTED', 'pause_excluded_step', licenceCtx)).toMatchObject({ rule: 'ALL-45' });
    const r = applyAction(L, 'ACCEPTED', 'pause_excluded_step', {
      ...licenceCtx,
      excludedStep: { kind: 'TESTING', writtenNoticeOfDurationOn: '2026-03-03' },
    });
    expect(r.ok && r.clocks).toEqual([{ op: 'PAUSE', rule: 'ALL-42', kind: 'FROM_FACTS' }]);
  });
  it('ALL-47/48 stakeholder hearing', () => {
    const hearing = {
      requestedOn: '2026-03-05',
      requestLastDay: '2026-03-09',
      holdLastDay: '2026-04-02',
      earliestAllowedDate: '2026-03-16',
      date: '2026-03-16',
      presiderId: 'p1',
    } as const;
    const ctx = { ...licenceCtx, stakeholders: { notifiedOn: '2026-03-02' }, reviewerIds: ['s1'], hearing };
    expect(
      walk(
        L,
        'ACCEPTED',
        [
          ['notify_stakeholders', 'HEARING'],
          ['hold_hearing', 'UNDER_REVIEW'],
        ],
        ctx,
      ),
    ).toBe('UNDER_REVIEW');
    expect(
      applyAction(L, 'HEARING', 'hold_hearing', { ...ctx, hearing: { ...hearing, requestedOn: '2026-03-10' } }),
    ).toMatchObject({ rule: 'ALL-47-1' });
    expect(
      applyAction(L, 'HEARING', 'hold_hearing', {
        ...ctx,
        hearing: { ...hearing, date: '2026-04-03', holdLastDay: '2026-04-02' },
      }),
    ).toMatchObject({ rule: 'ALL-47-2' });
    expect(
      applyAction(L, 'HEARING', 'hold_hearing', { ...ctx, hearing: { ...hearing, date: '2026-03-13' } }),
    ).toMatchObject({ rule: 'ALL-48-1' });
    sides(licenceHearingPresiderNotReviewer, 'ALL-48-2', ctx, { ...ctx, hearing: { ...hearing, presiderId: 's1' } });
  });
  it('ALL-50 renewal ≥ 30 d before expiry; undecided at expiry = deemed granted', () => {
    const ok = { ...licenceCtx, licence: { validUntil: '2026-12-31', renewalAppliedOn: '2026-12-01' } };
    sides(renewalAppliedInTime, 'ALL-50', ok, {
      ...ok,
      licence: { validUntil: '2026-12-31', renewalAppliedOn: '2026-12-02' },
    });
    expect(applyAction(L, 'RENEWAL_PENDING', 'deemed_renewal', { ...ok, date: '2026-12-31' })).toMatchObject({
      rule: 'ALL-50',
    });
    const r = applyAction(L, 'RENEWAL_PENDING', 'deemed_renewal', { ...ok, date: '2027-01-01' });
    expect(r.ok && r.state).toBe('VALID');
  });
  it('ALL-69 / ALL-8 / APL-9 / ALL-70 ending a licence', () => {
    expect(
      applyAction(L, 'VALID', 'revoke_defect', {
        ...licenceCtx,
        revocation: { ground: '欺骗取得', seriousHarmToPublicInterest: true },
      }),
    ).toMatchObject({ rule: 'ALL-69' });
    expect(applyAction(L, 'VALID', 'withdraw', { ...licenceCtx, withdrawal: { ground: '规划调整' } })).toMatchObject({
      rule: 'ALL-8',
    });
    expect(applyAction(L, 'VALID', 'suspend', licenceCtx)).toMatchObject({ rule: 'APL-9' });
    expect(applyAction(L, 'EXPIRED', 'cancel', licenceCtx)).toMatchObject({ rule: 'ALL-70' });
    const end = walk(
      L,
      'VALID',
      [
        ['withdraw', 'TERMINATED', { withdrawal: { ground: '规划调整', compensationDecided: true } }],
        ['cancel', 'CANCELLED', { cancellation: { ground: 'TERMINATED' } }],
      ],
      licenceCtx,
    );
    expect(end).toBe('CANCELLED');
  });
});

describe('licence walks', () => {
  it('granted with an extension, certificate issued in time, publication clock started', () => {
    const acceptedOn = '2026-03-02';
    const { decisionDue } = licenceDeadlines(acceptedOn, calendar, { extended: { approvedOn: '2026-03-20' } });
    const plain = licenceDeadlines(acceptedOn, calendar).decisionDue;
    expect(decisionDue > plain).toBe(true);
    const decidedOn = plain; // within the extended limit (and within the plain one)
    const { certificateDue } = licenceDeadlines(acceptedOn, calendar, {
      extended: { approvedOn: '2026-03-20' },
      decidedOn,
    });
    const ctx = { ...licenceCtx, deadlines: { decisionDue, certificateDue } };
    walk(
      L,
      'SUBMITTED',
      [
        ['accept', 'ACCEPTED'],
        ['extend', 'UNDER_REVIEW'],
      ],
      ctx,
    );
    const g = applyAction(L, 'UNDER_REVIEW', 'grant', { ...ctx, date: decidedOn });
    expect(g.ok && g.clocks).toEqual([
      { op: 'STOP', rule: 'ALL-42' },
      { op: 'START', rule: 'ALL-44', trigger: 'LICENCE_GRANTED' },
      { op: 'START', rule: 'PUB-AFTER-7', trigger: 'PENALTY_OR_LICENCE_DECIDED' },
    ]);
    expect(licenceViolationFlags('grant', { ...ctx, date: decidedOn })).toEqual([]);
    const c = applyAction(L, 'GRANTED', 'issue_certificate', { ...ctx, date: certificateDue });
    expect(c.ok && c.state).toBe('VALID');
    expect(licenceViolationFlags('issue_certificate', { ...ctx, date: certificateDue })).toEqual([]);
  });
  it('ALL-74: a late decision is flagged, not blocked', () => {
    const ctx = { ...licenceCtx, date: '2026-05-01', deadlines: { decisionDue: '2026-04-28' } };
    expect(applyAction(L, 'UNDER_REVIEW', 'grant', ctx).ok).toBe(true);
    expect(licenceViolationFlags('grant', ctx)).toMatchObject([{ rule: 'ALL-74' }]);
  });
  it('ALL-32: a late correction notice means deemed accepted at receipt', () => {
    const receivedOn = '2026-03-02';
    const late = correctionNoticeDeadline(receivedOn, calendar, { noticeGivenOn: '2026-03-20' });
    expect(late).toMatchObject({ deemedAccepted: true, acceptedOn: receivedOn });
    const ctx = { ...licenceCtx, intake: { correctionNotice: late, missingItems: ['营业执照复印件'] } };
    expect(walk(L, 'SUBMITTED', [['incomplete', 'ACCEPTED']], ctx)).toBe('ACCEPTED');
    const inTime = correctionNoticeDeadline(receivedOn, calendar, { noticeGivenOn: '2026-03-03' });
    const ctx2 = {
      ...licenceCtx,
      intake: { ...licenceCtx.intake, correctionNotice: inTime, missingItems: ['营业执照复印件'] },
    };
    expect(
      walk(
        L,
        'SUBMITTED',
        [
          ['incomplete', 'AWAITING_CORRECTION'],
          ['corrected', 'ACCEPTED'],
        ],
        ctx2,
      ),
    ).toBe('ACCEPTED');
    expect(applyAction(L, 'SUBMITTED', 'deemed_accept', ctx2)).toMatchObject({ rule: 'ALL-32' });
    expect(applyAction(L, 'SUBMITTED', 'incomplete', { ...ctx2, intake: { correctionNotice: inTime } })).toMatchObject({
      rule: 'ALL-32',
    });
    const none = correctionNoticeDeadline(receivedOn, calendar, { today: '2026-03-20' });
    expect(
      walk(L, 'SUBMITTED', [['deemed_accept', 'ACCEPTED']], { ...licenceCtx, intake: { correctionNotice: none } }),
    ).toBe('ACCEPTED');
  });
});

const inspCtx: InspectionCaseContext = {
  actor: ALL,
  date: '2026-04-20',
  category: 'MARKET',
  region: '110105',
  officers: TWO_OFFICERS,
  task: { source: 'RANDOM_DRAW', objectId: 'ent-1' },
  certificatesShown: true,
  record: { made: true, signedByOfficers: true, signedByPartyOrRefusalNoted: true },
};

describe('inspection', () => {
  it('walks task → notice → on-site → findings → follow-up → closed', () => {
    const end = walk(
      I,
      'TASK',
      [
        ['issue_notice', 'NOTICE'],
        ['start_on_site', 'ON_SITE'],
        ['record_findings', 'FINDINGS'],
        ['order_correction', 'FOLLOW_UP'],
        ['close', 'CLOSED'],
      ],
      inspCtx,
    );
    expect(end).toBe('CLOSED');
  });
  it('guards: MOJ-INSP, APL-42, ALL-61', () => {
    expect(applyAction(I, 'TASK', 'issue_notice', { ...inspCtx, task: { source: 'CAMPAIGN' } })).toMatchObject({
      rule: 'MOJ-INSP',
    });
    expect(applyAction(I, 'NOTICE', 'start_on_site', { ...inspCtx, officers: [TWO_OFFICERS[0]!] })).toMatchObject({
      rule: 'APL-42',
    });
    expect(applyAction(I, 'NOTICE', 'start_on_site', { ...inspCtx, certificatesShown: false })).toMatchObject({
      rule: 'MOJ-INSP',
    });
    expect(
      applyAction(I, 'ON_SITE', 'record_findings', { ...inspCtx, record: { made: true, signedByOfficers: false } }),
    ).toMatchObject({ rule: 'ALL-61' });
  });
  it('STAT-INSP: counted vs not counted', () => {
    expect(countsAsInspection({ objectId: 'ent-1', recordComplete: true, followUp: 'NO_ISSUE' }).counted).toBe(true);
    expect(countsAsInspection({ recordComplete: true }).counted).toBe(false);
    expect(countsAsInspection({ objectId: 'ent-1', recordComplete: false }).counted).toBe(false);
    expect(
      countsAsInspection({ objectId: 'ent-1', recordComplete: true, followUp: 'CASE_FILED', penaltyFollowed: true })
        .counted,
    ).toBe(false);
  });
});

const xCtx: CriminalTransferContext = {
  actor: ALL,
  date: '2026-04-03',
  taskGroupOfficerIds: ['o1', 'o2'],
  reportReceivedOn: '2026-04-01',
  approvedAt: '2026-04-03T10:00:00+08:00',
  transferredAt: '2026-04-04T09:00:00+08:00',
  package: {
    transferLetter: true,
    investigationReport: true,
    itemList: true,
    testOrAppraisalReports: 'NOT_APPLICABLE',
  },
  policeReceiptSigned: true,
  policeDecisionNoticeOn: '2026-04-06',
  policeDeclineNoticeOn: '2026-04-06',
};

describe('criminal transfer', () => {
  it('guards by rule id', () => {
    sides(transferTaskGroup, 'SC310-5', xCtx, { ...xCtx, taskGroupOfficerIds: ['o1'] });
    sides(headDecidesWithin3Days, 'SC310-5', xCtx, { ...xCtx, date: '2026-04-05' });
    sides(transferWithin24h, 'SC310-5', xCtx, { ...xCtx, transferredAt: '2026-04-04T10:30:00+08:00' });
    sides(transferPackageComplete, 'SC310-6', xCtx, { ...xCtx, package: { transferLetter: true } });
    sides(reconsiderationWithin3Days, 'SC310-9', { ...xCtx, date: '2026-04-09' }, { ...xCtx, date: '2026-04-10' });
    expect(applyAction(X, 'HEAD_DECISION', 'approve_transfer', { ...xCtx, actor: as('OFFICER') })).toMatchObject({
      code: 'ROLE',
    });
    expect(applyAction(X, 'POLICE_ACCEPTED', 'hand_over_items', { ...xCtx, date: '2026-04-10' })).toMatchObject({
      rule: 'SC310-12',
    });
  });
  it('accepted by the police: items handed over', () => {
    const end = walk(
      X,
      'REPORTING',
      [
        ['submit_report', 'HEAD_DECISION'],
        ['approve_transfer', 'APPROVED'],
        ['transfer', 'TRANSFERRED'],
        ['police_receipt', 'POLICE_REVIEW'],
        ['police_accept', 'POLICE_ACCEPTED'],
        ['hand_over_items', 'HANDED_OVER', { date: '2026-04-08' }],
      ],
      xCtx,
    );
    expect(end).toBe('HANDED_OVER');
  });
  it('declined → reconsideration → back to the administrative case', () => {
    const end = walk(
      X,
      'POLICE_REVIEW',
      [
        ['police_decline', 'POLICE_DECLINED'],
        ['request_reconsideration', 'RECONSIDERATION', { date: '2026-04-08' }],
        ['reconsideration_upheld', 'BACK_TO_ADMIN'],
      ],
      xCtx,
    );
    expect(end).toBe('BACK_TO_ADMIN');
  });
});

describe('no-penalty outcomes', () => {
  const base = {
    date: '2026-04-20',
    violation: { actDate: '2026-01-10', harmedLifeHealthOrFinancialSafety: false },
  } as const;
  it('APL-33-1 minor + corrected + no harm → must not', () => {
    expect(noPenaltyGround({ ...base, minor: true, promptlyCorrected: true, harm: 'NONE' })).toMatchObject({
      code: 'NO_PENALTY_MINOR',
      mandatory: true,
      educationRequired: true,
    });
  });
  it('APL-33-2 首违不罚 → may not', () => {
    expect(noPenaltyGround({ ...base, firstViolation: true, promptlyCorrected: true, harm: 'MINOR' })).toMatchObject({
      code: 'NO_PENALTY_FIRST_OFFENCE',
      mandatory: false,
    });
    expect(noPenaltyGround({ ...base, firstViolation: true, promptlyCorrected: false, harm: 'MINOR' }).code).toBeNull();
  });
  it('APL-33-3 no fault', () => {
    expect(noPenaltyGround({ ...base, noFaultProven: true }).code).toBe('NO_PENALTY_NO_FAULT');
  });
  it('APL-30 age computed at the act date, not today', () => {
    // 14th birthday on 2026-02-01: under 14 on the act date (2026-01-10) though 14 today.
    expect(noPenaltyGround({ ...base, birthDate: '2012-02-01' })).toMatchObject({
      code: 'NO_PENALTY_AGE',
      rule: 'APL-30a',
    });
    expect(noPenaltyGround({ ...base, birthDate: '2012-01-10' })).toMatchObject({
      code: null,
      mitigation: 'MUST_LIGHTER_OR_REDUCED',
    });
    expect(noPenaltyGround({ ...base, birthDate: '2000-01-01' }).mitigation).toBeUndefined();
  });
  it('APL-31 capacity', () => {
    expect(noPenaltyGround({ ...base, capacity: 'NONE' }).code).toBe('NO_PENALTY_CAPACITY');
    expect(noPenaltyGround({ ...base, capacity: 'PARTIAL' })).toMatchObject({
      code: null,
      mitigation: 'MAY_LIGHTER_OR_REDUCED',
    });
  });
  it('APL-36 limitation', () => {
    expect(
      noPenaltyGround({ ...base, violation: { actDate: '2024-04-19', harmedLifeHealthOrFinancialSafety: false } }).code,
    ).toBe('NO_PENALTY_LIMITATION');
    expect(
      noPenaltyGround({ ...base, violation: { actDate: '2024-04-20', harmedLifeHealthOrFinancialSafety: false } }).code,
    ).toBeNull();
    expect(
      noPenaltyGround({ ...base, violation: { actDate: '2022-04-20', harmedLifeHealthOrFinancialSafety: true } }).code,
    ).toBeNull();
  });
});
