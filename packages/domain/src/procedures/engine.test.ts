import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.js';
import { allowedActions, applyAction, type ProcedureContext, validateDefinition } from './engine.js';
import { TWO_OFFICERS } from './fixtures.test-support.js';
import {
  GENERAL_PENALTY_PROCEDURE as G,
  type GeneralCaseContext,
  type GeneralPenaltyAction,
  type GeneralPenaltyState,
} from './general-penalty.js';
import {
  SUMMARY_PENALTY_PROCEDURE as S,
  type SummaryCaseContext,
  type SummaryPenaltyAction,
  type SummaryPenaltyState,
} from './summary-penalty.js';

const as = (...roles: Role[]) => ({ id: 'u1', roles });

const generalCtx: GeneralCaseContext = {
  actor: as('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD'),
  date: '2026-04-20',
  category: 'MARKET',
  region: '110105',
  officers: TWO_OFFICERS,
  investigatorIds: ['o1', 'o2'],
  violation: { actDate: '2025-10-01', harmedLifeHealthOrFinancialSafety: false },
  preNotice: { servedOn: '2026-04-01', statementLastDay: '2026-04-09' },
  hearing: {
    offered: true,
    requestedOn: '2026-04-03',
    requestLastDay: '2026-04-09',
    date: '2026-04-15',
    earliestAllowedDate: '2026-04-15',
    hostId: 'h1',
    outcome: 'HELD',
  },
  notifiedPenalty: { types: ['FINE'], fineMinFen: 500_000, fineMaxFen: 500_000 },
  proposedPenalty: { types: ['FINE'], fineMinFen: 400_000, fineMaxFen: 400_000 },
  reviewRequired: true,
  legalReview: { status: 'APPROVED', reviewer: { firstTimeReviewer: true, hasLegalProfessionQualification: true } },
  caseLimit: { lastDay: '2026-06-01' },
  decision: {
    partyNameAndAddress: '北京某某商贸有限公司，北京市朝阳区某路1号',
    factsAndEvidence: '经查……',
    penaltyAndLegalBasis: '罚款人民币四千元',
    performanceMannerAndDeadline: '十五日内缴纳',
    remedyRouteAndDeadline: '六十日内申请行政复议或者六个月内提起行政诉讼',
    agencyNameAndDate: '某区市场监督管理局 2026年4月20日',
    sealed: true,
  },
  service: { method: 'ELECTRONIC', electronicConsentSigned: true },
  documents: [],
};

function walk<St extends string, A extends string, C extends ProcedureContext>(
  // biome-ignore lint/suspicious/noExplicitAny: generic definition under test
  def: any,
  start: St,
  steps: [A, St][],
  ctx: C,
) {
  let state = start;
  let docs: string[] = [...(ctx.documents ?? [])];
  const clocks: string[] = [];
  for (const [action, expected] of steps) {
    const r = applyAction(def, state, action, { ...ctx, documents: docs });
    if (!r.ok) throw new Error(`${action} from ${state}: ${r.code} ${r.rule ?? ''} ${r.message}`);
    expect(r.state, `${action} from ${state}`).toBe(expected);
    for (const e of r.events) if (e.type === 'DOCUMENT_PRODUCED') docs = [...docs, e.document];
    for (const c of r.clocks) clocks.push(`${c.op} ${c.rule}`);
    state = r.state;
  }
  return { state, docs, clocks };
}

describe('procedure definitions are well formed', () => {
  it('general and summary definitions have no structural problems', () => {
    expect(validateDefinition(G)).toEqual([]);
    expect(validateDefinition(S)).toEqual([]);
  });
});

describe('general procedure (DOMAIN §12.1)', () => {
  it('walks one case from CLUE_RECEIVED to ARCHIVED with hearing and legal review', () => {
    const steps: [GeneralPenaltyAction, GeneralPenaltyState][] = [
      ['verify', 'FILING_DECISION'],
      ['file', 'INVESTIGATING'],
      ['conclude', 'PROPOSAL'],
      ['propose_penalty', 'PRE_NOTICE'],
      ['serve_prenotice_with_hearing_right', 'AWAITING_STATEMENTS'],
      ['record_statement', 'AWAITING_STATEMENTS'],
      ['request_hearing', 'HEARING_SCHEDULING'],
      ['serve_hearing_notice', 'HEARING_PENDING'],
      ['hold_hearing', 'STATEMENT_REVIEW'],
      ['complete_review', 'LEGAL_REVIEW'],
      ['submit_review', 'UNDER_REVIEW'],
      ['review_approved', 'HEAD_DECISION'],
      ['decide', 'DECIDED'],
      ['serve_later', 'SERVED'],
      ['begin_performance', 'PERFORMING'],
      ['mark_overdue', 'OVERDUE'],
      ['file_remedy', 'UNDER_REMEDY'],
      ['remedy_upheld', 'OVERDUE'],
      ['pay_in_full', 'PERFORMED'],
      ['close', 'CLOSED'],
      ['archive', 'ARCHIVED'],
    ];
    const reviewerCtx = { ...generalCtx, paymentDuePassed: true };
    // review_approved needs the LEGAL_REVIEWER role: give the walking actor every business role.
    reviewerCtx.actor = as('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER');
    const { docs, clocks } = walk(G, G.initial, steps, reviewerCtx);
    expect(docs).toEqual(
      expect.arrayContaining([
        'FILING_APPROVAL',
        'INVESTIGATION_END',
        'PENALTY_PRENOTICE',
        'HEARING_RIGHT_NOTICE',
        'HEARING_NOTICE',
        'HEARING_RECORD',
        'LEGAL_REVIEW',
        'PENALTY_DECISION',
        'SERVICE_RECEIPT',
        'CLOSE_APPROVAL',
      ]),
    );
    expect(clocks).toEqual(
      expect.arrayContaining([
        'START APL-60',
        'START SAMR-5wd',
        'START APL-64-1',
        'STOP APL-64-1',
        'STOP APL-60',
        'START APL-61',
        'STOP APL-61',
        'START APL-67',
        'START APL-72-1',
        'PAUSE APL-72-1',
        'RESUME APL-72-1',
      ]),
    );
  });

  it('file returns the 90-day clock and the filing document as data', () => {
    const r = applyAction(G, 'FILING_DECISION', 'file', generalCtx);
    expect(r).toEqual({
      ok: true,
      state: 'INVESTIGATING',
      events: [
        { type: 'TRANSITION', action: 'file', from: 'FILING_DECISION', to: 'INVESTIGATING' },
        { type: 'GUARD_PASSED', rule: 'APL-36' },
        { type: 'GUARD_PASSED', rule: 'APL-42' },
        { type: 'DOCUMENT_PRODUCED', document: 'FILING_APPROVAL' },
      ],
      clocks: [{ op: 'START', rule: 'APL-60', trigger: 'CASE_FILED' }],
    });
  });

  it('complete_review goes straight to HEAD_DECISION when no legal review is required', () => {
    const r = applyAction(G, 'STATEMENT_REVIEW', 'complete_review', { ...generalCtx, reviewRequired: false });
    expect(r.ok && r.state).toBe('HEAD_DECISION');
  });

  it('APL-42 refuses filing with a single qualified officer, citing the rule', () => {
    const r = applyAction(G, 'FILING_DECISION', 'file', { ...generalCtx, officers: TWO_OFFICERS.slice(0, 1) });
    expect(r).toMatchObject({ ok: false, code: 'GUARD', rule: 'APL-42' });
  });

  it('APL-62 refuses a decision before the statement window closed', () => {
    const r = applyAction(G, 'HEAD_DECISION', 'decide', { ...generalCtx, date: '2026-04-09' });
    expect(r).toMatchObject({ ok: false, code: 'GUARD', rule: 'APL-62' });
  });

  it('APL-58 refuses a decision while the required legal review is not approved', () => {
    const r = applyAction(G, 'HEAD_DECISION', 'decide', { ...generalCtx, legalReview: { status: 'PENDING' } });
    expect(r).toMatchObject({ ok: false, code: 'GUARD', rule: 'APL-58' });
  });

  it('missing required documents are refused with DOC-REQUIRED', () => {
    const r = applyAction(G, 'CLOSED', 'archive', { ...generalCtx, documents: [] });
    expect(r).toMatchObject({ ok: false, code: 'GUARD', rule: 'DOC-REQUIRED' });
  });

  it('illegal transitions are refused with ILLEGAL_TRANSITION', () => {
    expect(applyAction(G, 'CLUE_RECEIVED', 'decide', generalCtx)).toMatchObject({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: '案件当前处于"案源登记"，不能办理"作出行政处罚决定"',
    });
    expect(applyAction(G, 'ARCHIVED', 'close', generalCtx)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(applyAction(G, 'INVESTIGATING', 'no_such_action', generalCtx)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('a wrong role is refused with ROLE before any guard', () => {
    const r = applyAction(G, 'HEAD_DECISION', 'decide', { ...generalCtx, actor: as('OFFICER'), date: '2026-04-01' });
    expect(r).toMatchObject({ ok: false, code: 'ROLE' });
    // The reason names the roles in Chinese, as the case page shows it.
    expect(!r.ok && r.message).toMatch(/只能由以下角色办理：.*机关负责人/);
    expect(!r.ok && r.message).not.toMatch(/AGENCY_HEAD/);
    expect(applyAction(G, 'UNDER_REVIEW', 'review_approved', generalCtx)).toMatchObject({ code: 'ROLE' });
  });

  it('allowedActions explains a refused action with every rule (the case page "why not")', () => {
    const ctx: GeneralCaseContext = {
      ...generalCtx,
      date: '2026-04-05',
      legalReview: { status: 'PENDING' },
      complexOrMajor: true,
    };
    const list = allowedActions(G, 'HEAD_DECISION', ctx);
    expect(list.map((a) => a.action)).toEqual(['decide']);
    const decide = list[0];
    expect(decide?.allowed).toBe(false);
    expect(decide?.reasons.map((r) => r.rule)).toEqual(['APL-62', 'APL-58', 'APL-57']);
    expect(decide?.reasons[0]?.message).toMatch(/陈述申辩期限/);
  });

  it('allowedActions lists allowed and refused actions of a state', () => {
    const ctx: GeneralCaseContext = { ...generalCtx, actor: as('OFFICER'), hearing: { offered: false } };
    const list = allowedActions(G, 'PRE_NOTICE', ctx);
    expect(list).toEqual([
      { action: 'serve_prenotice', label: '送达事先告知书', allowed: true, reasons: [] },
      {
        action: 'serve_prenotice_with_hearing_right',
        label: '送达事先告知书（含听证告知）',
        allowed: false,
        reasons: [{ code: 'GUARD', rule: 'APL-63', message: expect.stringMatching(/听证范围/) }],
      },
    ]);
    const heads = allowedActions(G, 'FILING_DECISION', ctx);
    expect(heads.every((a) => !a.allowed && a.reasons[0]?.code === 'ROLE')).toBe(true);
  });
});

describe('summary procedure (DOMAIN §12.2)', () => {
  const summaryCtx: SummaryCaseContext = {
    actor: as('OFFICER'),
    date: '2026-04-20',
    category: 'MARKET',
    region: '110105',
    officers: TWO_OFFICERS,
    partyKind: 'NATURAL_PERSON',
    penalty: { types: ['FINE'], fineFen: 5_000 },
    notifiedPenalty: { types: ['FINE'], fineMinFen: 5_000, fineMaxFen: 5_000 },
    proposedPenalty: { types: ['FINE'], fineMinFen: 5_000, fineMaxFen: 5_000 },
    collection: { fiscalReceiptNo: 'FS-2026-000123' },
  };

  it('walks one on-the-spot case from ON_SITE_FINDING to RECORDED with on-spot collection', () => {
    const steps: [SummaryPenaltyAction, SummaryPenaltyState][] = [
      ['start_on_spot', 'IDENTIFY'],
      ['inform', 'HEAR_PARTY'],
      ['hear', 'ISSUE_FORM'],
      ['issue_form', 'DELIVERED'],
      ['collect_on_spot', 'PAID_ON_SPOT'],
      ['file_with_agency', 'RECORDED'],
    ];
    const { docs, clocks } = walk(S, S.initial, steps, summaryCtx);
    expect(docs).toEqual(['ONSPOT_DECISION']);
    expect(clocks).toEqual(['START REMEDY-60D', 'START REMEDY-6M', 'START APL-71-1']);
  });

  it('APL-51 refuses the on-the-spot procedure above 200 yuan for a natural person; conversion stays allowed', () => {
    const ctx = { ...summaryCtx, penalty: { types: ['FINE' as const], fineFen: 30_000 } };
    expect(applyAction(S, 'ON_SITE_FINDING', 'start_on_spot', ctx)).toMatchObject({ code: 'GUARD', rule: 'APL-51' });
    expect(applyAction(S, 'ON_SITE_FINDING', 'convert_to_general', ctx)).toMatchObject({
      ok: true,
      state: 'CONVERTED_TO_GENERAL',
    });
  });

  it('APL-68 refuses on-spot collection of 150 yuan; payment at the bank starts APL-67', () => {
    const ctx = { ...summaryCtx, penalty: { types: ['FINE' as const], fineFen: 15_000 } };
    expect(applyAction(S, 'DELIVERED', 'collect_on_spot', ctx)).toMatchObject({ code: 'GUARD', rule: 'APL-68' });
    const r = applyAction(S, 'DELIVERED', 'await_payment', ctx);
    expect(r.ok && r.clocks).toEqual([{ op: 'START', rule: 'APL-67', trigger: 'ONSPOT_DECISION_DELIVERED' }]);
  });

  it('ROLE: a legal reviewer cannot issue an on-the-spot decision', () => {
    expect(applyAction(S, 'ISSUE_FORM', 'issue_form', { ...summaryCtx, actor: as('LEGAL_REVIEWER') })).toMatchObject({
      code: 'ROLE',
    });
  });
});
