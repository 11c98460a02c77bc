import { describe, expect, it } from 'vitest';
import type { Guard } from './engine.js';
import { officer, TWO_OFFICERS } from './fixtures.test-support.js';
import { GENERAL_PENALTY_PROCEDURE } from './general-penalty.js';
import {
  ALL_GUARDS,
  collectiveDiscussionForMajor,
  decisionContentComplete,
  eServiceConsent,
  fiscalReceiptIssued,
  hearingConcludedIfRequested,
  hearingEligible,
  hearingHostNotInvestigator,
  hearingNoticeLeadTime,
  hearingRequestInTime,
  legalReviewApprovedIfRequired,
  limitationLastDay,
  notHeavierBecauseOfDefence,
  onSpotCollectionAllowed,
  onSpotEligible,
  preNoticeServedAndWindowClosed,
  reviewerQualified,
  twoQualifiedOfficers,
  withinCaseTimeLimit,
  withinLimitation,
} from './guards.js';
import { SUMMARY_PENALTY_PROCEDURE } from './summary-penalty.js';

const act = { date: '2026-03-02', category: 'MARKET', region: '110105' };
const fullDecision = {
  partyNameAndAddress: '北京某某商贸有限公司，北京市朝阳区某路1号',
  factsAndEvidence: '经查……',
  penaltyAndLegalBasis: '罚款人民币五千元，依据……',
  performanceMannerAndDeadline: '自收到本决定书之日起十五日内缴纳',
  remedyRouteAndDeadline: '六十日内申请行政复议或者六个月内提起行政诉讼',
  agencyNameAndDate: '北京市朝阳区市场监督管理局 2026年4月20日',
  sealed: true,
};

// biome-ignore lint/suspicious/noExplicitAny: the table mixes guards with different context types
type Case = { guard: Guard<any>; title: string; allowed: object[]; refused: { ctx: object; message: RegExp }[] };

const cases: Case[] = [
  {
    guard: twoQualifiedOfficers,
    title: 'two officers with valid certificates covering category and region',
    allowed: [{ ...act, officers: TWO_OFFICERS }],
    refused: [
      { ctx: { ...act, officers: [officer('o1')] }, message: /不得少于两人.*1 人/ },
      { ctx: { ...act, officers: [officer('o1'), officer('o1')] }, message: /1 人/ },
      { ctx: { ...act, officers: [officer('o1'), officer('o2', { validUntil: '2026-03-01' })] }, message: /到期/ },
      { ctx: { ...act, officers: [officer('o1'), officer('o2', { categories: ['URBAN'] })] }, message: /执法类别/ },
      { ctx: { ...act, officers: [officer('o1'), officer('o2', { regions: ['310000'] })] }, message: /执法区域/ },
      { ctx: { ...act, officers: [officer('o1'), officer('o2', { status: 'SUSPENDED' })] }, message: /暂扣/ },
      { ctx: { date: act.date, officers: TWO_OFFICERS }, message: /执法类别和执法区域/ },
    ],
  },
  {
    guard: withinLimitation,
    title: '2 years from the act, 5 years with safety harm, from the end of a continuing act',
    allowed: [
      { date: '2026-03-02', violation: { actDate: '2024-03-02', harmedLifeHealthOrFinancialSafety: false } },
      { date: '2029-03-02', violation: { actDate: '2024-03-02', harmedLifeHealthOrFinancialSafety: true } },
      {
        date: '2026-03-02',
        violation: { actDate: '2023-01-01', endedOn: '2024-06-01', harmedLifeHealthOrFinancialSafety: false },
      },
      {
        date: '2027-01-01',
        violation: { actDate: '2024-01-01', harmedLifeHealthOrFinancialSafety: false, discoveredOn: '2025-12-31' },
      },
    ],
    refused: [
      {
        ctx: { date: '2026-03-03', violation: { actDate: '2024-03-02', harmedLifeHealthOrFinancialSafety: false } },
        message: /2年内未被发现.*2026-03-02/,
      },
      {
        ctx: { date: '2029-03-03', violation: { actDate: '2024-03-02', harmedLifeHealthOrFinancialSafety: true } },
        message: /5年/,
      },
      { ctx: { date: '2026-03-03' }, message: /尚未记录/ },
    ],
  },
  {
    guard: onSpotEligible,
    title: 'warning or fine ≤ 200 yuan (natural person) / ≤ 3,000 yuan (organisation)',
    allowed: [
      { partyKind: 'NATURAL_PERSON', penalty: { types: ['WARNING'] } },
      { partyKind: 'NATURAL_PERSON', penalty: { types: ['FINE'], fineFen: 20_000 } },
      { partyKind: 'ORGANISATION', penalty: { types: ['WARNING', 'FINE'], fineFen: 300_000 } },
      {
        partyKind: 'NATURAL_PERSON',
        penalty: { types: ['FINE'], fineFen: 50_000 },
        onSpotLimitFen: { naturalPerson: 50_000, organisation: 300_000 },
      },
    ],
    refused: [
      { ctx: { partyKind: 'NATURAL_PERSON', penalty: { types: ['FINE'], fineFen: 20_001 } }, message: /公民.*200 元/ },
      { ctx: { partyKind: 'ORGANISATION', penalty: { types: ['FINE'], fineFen: 300_100 } }, message: /3,000 元/ },
      {
        ctx: { partyKind: 'ORGANISATION', penalty: { types: ['CONFISCATE_ILLEGAL_GAINS'] } },
        message: /仅限警告或者罚款/,
      },
      { ctx: { partyKind: 'ORGANISATION' }, message: /尚未确定拟处罚种类/ },
    ],
  },
  {
    guard: onSpotCollectionAllowed,
    title: '≤ 100 yuan, hard to collect later, or remote area at the party request',
    allowed: [
      { penalty: { types: ['FINE'], fineFen: 10_000 } },
      { penalty: { types: ['FINE'], fineFen: 20_000 }, collection: { hardToCollectLater: true } },
      { penalty: { types: ['FINE'], fineFen: 20_000 }, collection: { remoteArea: true, partyRequested: true } },
    ],
    refused: [
      { ctx: { penalty: { types: ['FINE'], fineFen: 10_001 } }, message: /100 元/ },
      {
        ctx: { penalty: { types: ['FINE'], fineFen: 20_000 }, collection: { remoteArea: true } },
        message: /第六十九条/,
      },
      { ctx: { penalty: { types: ['WARNING'] } }, message: /没有罚款/ },
    ],
  },
  {
    guard: fiscalReceiptIssued,
    title: 'fiscal receipt number recorded',
    allowed: [{ collection: { fiscalReceiptNo: 'FS-2026-000123' } }],
    refused: [{ ctx: { collection: { fiscalReceiptNo: ' ' } }, message: /专用票据/ }],
  },
  {
    guard: preNoticeServedAndWindowClosed,
    title: 'prenotice served and the statement window elapsed or waived in writing',
    allowed: [
      { date: '2026-04-08', preNotice: { servedOn: '2026-03-30', statementLastDay: '2026-04-07' } },
      { date: '2026-03-31', preNotice: { servedOn: '2026-03-30', waivedInWriting: true } },
    ],
    refused: [
      { ctx: { date: '2026-04-08' }, message: /未送达行政处罚事先告知书/ },
      {
        ctx: { date: '2026-04-07', preNotice: { servedOn: '2026-03-30', statementLastDay: '2026-04-07' } },
        message: /2026-04-07届满/,
      },
      { ctx: { date: '2026-04-07', preNotice: { servedOn: '2026-03-30' } }, message: /尚未计算/ },
    ],
  },
  {
    guard: hearingEligible,
    title: 'the intended penalty is hearing-eligible',
    allowed: [{ hearing: { offered: true } }],
    refused: [{ ctx: { hearing: { offered: false } }, message: /不属于听证范围/ }],
  },
  {
    guard: hearingRequestInTime,
    title: 'request within the 5-wd window (computed last day, DOMAIN §10.3 example 3)',
    allowed: [{ hearing: { requestedOn: '2026-05-11', requestLastDay: '2026-05-11' } }],
    refused: [
      { ctx: { hearing: { requestedOn: '2026-05-12', requestLastDay: '2026-05-11' } }, message: /已逾期/ },
      { ctx: { hearing: { requestLastDay: '2026-05-11' } }, message: /尚未记录听证申请日期/ },
    ],
  },
  {
    guard: hearingNoticeLeadTime,
    title: 'hearing not earlier than the earliest allowed date (DOMAIN §10.3 example 4)',
    allowed: [{ hearing: { date: '2026-05-21', earliestAllowedDate: '2026-05-21' } }],
    refused: [
      { ctx: { hearing: { date: '2026-05-20', earliestAllowedDate: '2026-05-21' } }, message: /七个工作日前/ },
      { ctx: { hearing: {} }, message: /尚未确定听证日期/ },
    ],
  },
  {
    guard: hearingHostNotInvestigator,
    title: 'host is not an investigator',
    allowed: [{ investigatorIds: ['o1', 'o2'], hearing: { hostId: 'h1' } }],
    refused: [
      { ctx: { investigatorIds: ['o1', 'o2'], hearing: { hostId: 'o2' } }, message: /调查人员/ },
      { ctx: { investigatorIds: ['o1'] }, message: /尚未指定/ },
    ],
  },
  {
    guard: hearingConcludedIfRequested,
    title: 'a requested hearing has ended before the decision',
    allowed: [{}, { hearing: { requestedOn: '2026-05-08', outcome: 'HELD' } }],
    refused: [{ ctx: { hearing: { requestedOn: '2026-05-08' } }, message: /听证结束前/ }],
  },
  {
    guard: notHeavierBecauseOfDefence,
    title: 'decided penalty not heavier than notified',
    allowed: [
      {
        notifiedPenalty: { types: ['FINE'], fineMinFen: 500_000, fineMaxFen: 500_000 },
        proposedPenalty: { types: ['FINE'], fineMinFen: 300_000, fineMaxFen: 300_000 },
      },
      {
        notifiedPenalty: { types: ['WARNING', 'FINE'], fineMinFen: 500_000, fineMaxFen: 500_000 },
        proposedPenalty: { types: ['WARNING', 'FINE'], fineMinFen: 500_000, fineMaxFen: 500_000 },
      },
    ],
    refused: [
      {
        ctx: {
          notifiedPenalty: { types: ['FINE'], fineMinFen: 300_000, fineMaxFen: 300_000 },
          proposedPenalty: { types: ['FINE'], fineMinFen: 500_000, fineMaxFen: 500_000 },
        },
        message: /重于事先告知的处罚/,
      },
      {
        ctx: {
          notifiedPenalty: { types: ['WARNING'] },
          proposedPenalty: { types: ['REVOKE_LICENSE'] },
        },
        message: /不得因当事人陈述申辩而加重/,
      },
      { ctx: { notifiedPenalty: { types: ['WARNING'] } }, message: /尚未记录/ },
    ],
  },
  {
    guard: collectiveDiscussionForMajor,
    title: 'collective discussion recorded for complex or major cases',
    allowed: [{ complexOrMajor: false }, { complexOrMajor: true, collectiveDiscussionRecordedOn: '2026-04-15' }],
    refused: [{ ctx: { complexOrMajor: true }, message: /集体讨论/ }],
  },
  {
    guard: legalReviewApprovedIfRequired,
    title: 'a case flagged for review has an approved review',
    allowed: [{ reviewRequired: false }, { reviewRequired: true, legalReview: { status: 'APPROVED' } }],
    refused: [
      { ctx: { reviewRequired: true }, message: /法制审核/ },
      { ctx: { reviewRequired: true, legalReview: { status: 'ISSUES_FOUND' } }, message: /审核未通过/ },
    ],
  },
  {
    guard: reviewerQualified,
    title: 'first-time reviewers hold the legal profession qualification',
    allowed: [
      {
        legalReview: {
          status: 'PENDING',
          reviewer: { firstTimeReviewer: true, hasLegalProfessionQualification: true },
        },
      },
      {
        legalReview: {
          status: 'PENDING',
          reviewer: { firstTimeReviewer: false, hasLegalProfessionQualification: false },
        },
      },
    ],
    refused: [
      {
        ctx: {
          legalReview: {
            status: 'PENDING',
            reviewer: { firstTimeReviewer: true, hasLegalProfessionQualification: false },
          },
        },
        message: /法律职业资格/,
      },
    ],
  },
  {
    guard: decisionContentComplete,
    title: 'the six mandatory items and the seal',
    allowed: [{ decision: fullDecision }],
    refused: [
      { ctx: { decision: { ...fullDecision, sealed: false } }, message: /行政机关印章/ },
      {
        ctx: { decision: { ...fullDecision, remedyRouteAndDeadline: '' } },
        message: /申请行政复议、提起行政诉讼的途径和期限/,
      },
      { ctx: {}, message: /当事人的姓名或者名称、地址.*作出决定的行政机关名称/ },
    ],
  },
  {
    guard: eServiceConsent,
    title: 'electronic service only with a signed confirmation',
    allowed: [{ service: { method: 'POST' } }, { service: { method: 'ELECTRONIC', electronicConsentSigned: true } }],
    refused: [{ ctx: { service: { method: 'ELECTRONIC' } }, message: /送达地址确认书/ }],
  },
  {
    guard: withinCaseTimeLimit,
    title: 'decision within the computed case limit',
    allowed: [{ date: '2026-06-01', caseLimit: { lastDay: '2026-06-01' } }],
    refused: [
      { ctx: { date: '2026-06-02', caseLimit: { lastDay: '2026-06-01' } }, message: /延长办案期限/ },
      { ctx: { date: '2026-06-02' }, message: /尚未计算/ },
    ],
  },
];

describe('procedure guards', () => {
  for (const c of cases) {
    describe(`${c.guard.rule} ${c.title}`, () => {
      c.allowed.forEach((ctx, i) => {
        it(`${c.guard.rule} allows (${i + 1})`, () => expect(c.guard.check(ctx)).toBe(true));
      });
      c.refused.forEach(({ ctx, message }, i) => {
        it(`${c.guard.rule} refuses (${i + 1})`, () => {
          const r = c.guard.check(ctx);
          expect(r).not.toBe(true);
          if (r !== true) expect(r.message).toMatch(message);
        });
      });
    });
  }

  it('every guard of every definition (and of the module) has allowed and refused tests', () => {
    const used = new Set<unknown>(ALL_GUARDS);
    for (const def of [GENERAL_PENALTY_PROCEDURE, SUMMARY_PENALTY_PROCEDURE]) {
      for (const t of def.transitions) for (const g of t.guards) used.add(g);
    }
    for (const g of used) {
      const c = cases.find((x) => x.guard === g);
      expect(c, (g as Guard<unknown>).rule).toBeDefined();
      expect(c?.allowed.length).toBeGreaterThan(0);
      expect(c?.refused.length).toBeGreaterThan(0);
    }
  });

  it('guard rule IDs are unique', () => {
    const rules = ALL_GUARDS.map((g) => g.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('APL-36 limitation last day is 2 or 5 years after the act or its end', () => {
    expect(limitationLastDay({ actDate: '2024-02-29', harmedLifeHealthOrFinancialSafety: false })).toBe('2026-02-28');
    expect(
      limitationLastDay({ actDate: '2024-01-01', endedOn: '2024-06-30', harmedLifeHealthOrFinancialSafety: true }),
    ).toBe('2029-06-30');
  });
});
