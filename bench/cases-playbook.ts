// What an officer records with each action (the facts patches the guards read), per procedure. Shared by the
// HTTP benchmark (bench/cases.ts, the general-procedure happy path) and the data generator (bench/generate*.ts).
// Patches never carry system-owned paths (server/src/modules/cases/cases.facts.ts SERVER_OWNED).
import type { IsoDate } from '@zhifa/domain';
import { addDays } from '@zhifa/domain';

export type Facts = Record<string, unknown>;

export interface PlayContext {
  /** A number in [0, 1) for each choice (a seeded generator, or Math.random in the HTTP bench). */
  rand: () => number;
  date: IsoDate;
  /** The action's moment with its offset (facts store moments as ISO with +08:00). */
  at: string;
  facts: Facts;
  partyKind: 'NATURAL_PERSON' | 'ORGANISATION';
  partyName: string;
  agencyName: string;
  /** An officer of the agency who is not an investigator of the case (hearing host). */
  hostId: string;
  /** The earliest lawful hearing date after a notice served on `date` (APL-64-2). */
  earliestHearing?: IsoDate;
  /** The party waived the statement period in writing (close_statements before the window ends). */
  waive?: boolean;
  /** The case's investigating officers (lead, assistant): verifiers, the SC310 task group. */
  officerIds: string[];
  /** Due date of ALL-32 (5 wd after receipt), for the licence intake facts. */
  correctionDue?: IsoDate;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** A fine in fen, in whole yuan: mostly small, a tail of large ones (some above the hearing thresholds). */
export function fineFen(rand: () => number, partyKind: PlayContext['partyKind']): number {
  const r = rand();
  const yuan =
    r < 0.55
      ? 200 + Math.floor(rand() * 4800)
      : r < 0.9
        ? 5000 + Math.floor(rand() * 45000)
        : 50000 + Math.floor(rand() * 250000);
  return (partyKind === 'NATURAL_PERSON' ? Math.min(yuan, 60000) : yuan) * 100;
}

/** Facts known when the case is registered. */
export function creationFacts(
  procedure: string,
  rand: () => number,
  clueOn: IsoDate,
  partyKind: PlayContext['partyKind'],
): Facts {
  switch (procedure) {
    case 'GENERAL_PENALTY':
      return {
        violation: { actDate: addDays(clueOn, -Math.floor(rand() * 60)), harmedLifeHealthOrFinancialSafety: false },
        complexOrMajor: rand() < 0.05,
      };
    case 'SUMMARY_PENALTY': {
      const warning = rand() < 0.2;
      const fine = warning
        ? 0
        : (partyKind === 'NATURAL_PERSON' ? 20 + Math.floor(rand() * 180) : 100 + Math.floor(rand() * 2900)) * 100;
      const types = warning ? ['WARNING'] : ['FINE'];
      const scale = { types, fineMinFen: warning ? null : fine, fineMaxFen: warning ? null : fine };
      return { penalty: { types, fineFen: fine }, notifiedPenalty: scale, proposedPenalty: scale };
    }
    case 'COERCIVE_MEASURE': {
      const kind = rand() < 0.1 ? 'FREEZE' : rand() < 0.5 ? 'SEAL' : 'SEIZE';
      return kind === 'FREEZE' ? { measureKind: kind, freeze: { agencyDesignatedByLaw: true } } : { measureKind: kind };
    }
    case 'COERCIVE_EXECUTION':
      return { agencyHasExecutionPower: true, obligation: { kind: rand() < 0.7 ? 'DEMOLITION' : 'FINE' } };
    case 'LICENCE':
      return {
        application: {
          receivedOn: clueOn,
          item: pick(rand, ['食品经营许可', '户外广告设置许可', '道路运输经营许可', '公共场所卫生许可']),
        },
      };
    case 'INSPECTION':
      return {
        task: {
          source: pick(rand, ['RANDOM_DRAW', 'COMPLAINT', 'SPECIAL_CAMPAIGN']),
          objectId: `OBJ-${Math.floor(rand() * 1e6)}`,
          plannedOn: clueOn,
        },
      };
    case 'CRIMINAL_TRANSFER':
      return { reportReceivedOn: clueOn };
    default:
      return {};
  }
}

const ON_SITE = {
  idsShown: true,
  partyPresent: true,
  reasonsBasisRightsTold: true,
  statementsHeard: true,
  recordSigned: true,
  decisionDelivered: true,
  itemListTwoCopiesDelivered: true,
};

/** The patch an officer sends with `action` (empty when the action needs no new facts). */
export function actionPatch(procedure: string, action: string, p: PlayContext): Facts {
  const { rand, date, at } = p;
  switch (`${procedure}:${action}`) {
    // --- general procedure (DOMAIN §12.1) ---
    case 'GENERAL_PENALTY:propose_penalty': {
      const warning = rand() < 0.12;
      return {
        proposedPenalty: warning ? { types: ['WARNING'] } : { types: ['FINE'], fineFen: fineFen(rand, p.partyKind) },
      };
    }
    case 'GENERAL_PENALTY:propose_no_penalty':
      return { noPenalty: { ground: pick(rand, ['NO_PENALTY_MINOR', 'NO_PENALTY_FIRST_OFFENCE', 'NOT_ESTABLISHED']) } };
    case 'GENERAL_PENALTY:close_statements':
      return (p.waive ?? rand() < 0.2) ? { preNotice: { waivedInWriting: true } } : {};
    case 'GENERAL_PENALTY:serve_hearing_notice':
      return { hearing: { date: addDays(p.earliestHearing ?? date, Math.floor(rand() * 4)), hostId: p.hostId } };
    case 'GENERAL_PENALTY:decide':
    case 'GENERAL_PENALTY:decide_no_penalty': {
      const out: Facts = {
        decision: {
          partyNameAndAddress: `${p.partyName}`,
          factsAndEvidence: '经查，当事人存在上述违法行为，有现场检查笔录、询问笔录、照片等证据证实。',
          penaltyAndLegalBasis: '依据有关法律规定，决定给予上述行政处罚。',
          performanceMannerAndDeadline: '自收到本决定书之日起十五日内缴至指定银行或者通过电子支付系统缴纳。',
          remedyRouteAndDeadline: '如不服本决定，可在六十日内申请行政复议或者在六个月内提起行政诉讼。',
          agencyNameAndDate: `${p.agencyName} ${date}`,
        },
      };
      if (p.facts.complexOrMajor === true) out.collectiveDiscussionRecordedOn = date;
      return out;
    }
    case 'GENERAL_PENALTY:serve_on_spot':
      return { service: { method: 'ON_SPOT' } };
    case 'GENERAL_PENALTY:serve_later':
      return { service: { method: pick(rand, ['IN_PERSON', 'IN_PERSON', 'POST', 'LEFT_AT_ADDRESS']) } };
    case 'GENERAL_PENALTY:approve_deferral':
      return {
        deferral: { until: addDays(date, 30 + Math.floor(rand() * 150)), instalments: 1 + Math.floor(rand() * 3) },
      };
    case 'GENERAL_PENALTY:pay_in_full':
      return { payment: { paidOn: date } };
    case 'GENERAL_PENALTY:remedy_overturned':
      return { remedyRedo: rand() < 0.3 };
    // --- on the spot (§12.2) ---
    case 'SUMMARY_PENALTY:collect_on_spot':
      return { collection: { fiscalReceiptNo: `NO.${Math.floor(rand() * 1e8)}`, hardToCollectLater: true } };
    // --- coercive measure (§12.3) ---
    case 'COERCIVE_MEASURE:approve':
      return { approval: { headApprovedOn: date } };
    case 'COERCIVE_MEASURE:execute':
      return { onSite: ON_SITE, items: { allRelatedToCase: true, includesDailyNecessities: false } };
    case 'COERCIVE_MEASURE:emergency_execute':
      return {
        onSite: ON_SITE,
        items: { allRelatedToCase: true, includesDailyNecessities: false },
        emergency: { executedAt: at },
      };
    case 'COERCIVE_MEASURE:execute_freeze':
      return { freeze: { bankNoticeSent: true } };
    case 'COERCIVE_MEASURE:retro_approve':
      return { emergency: { approvedAt: at } };
    case 'COERCIVE_MEASURE:emergency_release':
      return { emergency: { headDisagreed: true } };
    case 'COERCIVE_MEASURE:deliver_freeze_decision':
      return { freeze: { decisionDeliveredOn: date } };
    case 'COERCIVE_MEASURE:start_testing':
      return { testing: { writtenNoticeOn: date } };
    case 'COERCIVE_MEASURE:extend':
      return {
        extension: { complex: true, days: 30, previousDays: 0, headApprovedOn: date, writtenNoticeWithReasonsOn: date },
      };
    case 'COERCIVE_MEASURE:dispose':
      return { disposal: rand() < 0.5 ? { kind: 'RELEASE' } : { kind: 'CONFISCATE', penaltyDecisionServed: true } };
    case 'COERCIVE_MEASURE:crime_transfer':
      return { crimeTransfer: { partyInformedInWritingOn: date } };
    // --- coercive execution (§12.4) ---
    case 'COERCIVE_EXECUTION:serve_cuigao':
      return {
        cuiGao: {
          servedOn: date,
          deadline: addDays(date, 10),
          method: '自行拆除或者缴纳罚款',
          nonMonetary: p.facts.obligation ? (p.facts.obligation as Facts).kind === 'DEMOLITION' : true,
          amountFen: 500000,
          rightToStateTold: true,
        },
      };
    case 'COERCIVE_EXECUTION:decide_execution':
      return { validReasonForNonPerformance: false, executionDecisionServedOn: date, execution: { at } };
    case 'COERCIVE_EXECUTION:immediate_execution':
      return { hidingAssetsEvidence: '当事人转移财物的现场照片', execution: { at } };
    case 'COERCIVE_EXECUTION:sign_agreement':
      return { agreement: { signedOn: date, terms: '当事人分期履行' } };
    case 'COERCIVE_EXECUTION:breach':
      return { agreement: { breachRecordedOn: date }, execution: { at } };
    case 'COERCIVE_EXECUTION:suspend':
      return { suspension: { ground: 'HARDSHIP', since: date } };
    case 'COERCIVE_EXECUTION:resume':
      return { suspension: { groundEliminated: true }, execution: { at } };
    case 'COERCIVE_EXECUTION:terminate':
      return { termination: { ground: 'OBLIGATION_EXTINGUISHED' } };
    case 'COERCIVE_EXECUTION:decide_substitute':
      return {
        substitute: {
          decisionServedOn: date,
          costEstimateFen: 800000,
          performer: '某拆除工程有限公司',
          cuiGaoServedOn: date,
        },
      };
    case 'COERCIVE_EXECUTION:perform_substitute':
      return { substitute: { supervisedOnSite: true, signaturesRecorded: true }, execution: { at } };
    case 'COERCIVE_EXECUTION:apply_court':
      return {
        court: {
          unperformed: true,
          package: {
            applicationSignedByHeadAndSealed: true,
            decisionAndFacts: true,
            partyOpinionsAndCuiGaoRecord: true,
            objectOfExecution: true,
          },
        },
      };
    case 'COERCIVE_EXECUTION:court_ruled':
      return { court: { ruling: 'EXECUTE' } };
    // --- licence (§12.5) ---
    case 'LICENCE:accept':
    case 'LICENCE:not_competent':
    case 'LICENCE:corrected':
      return { intake: { writtenReceipt: { sealed: true, dated: true } } };
    case 'LICENCE:incomplete':
      return {
        intake: {
          writtenReceipt: { sealed: true, dated: true },
          correctionNotice: { due: p.correctionDue ?? date, deemedAccepted: false },
          correctionNoticeGivenOn: date,
          missingItems: ['营业场所使用证明'],
        },
      };
    case 'LICENCE:deemed_accept':
      return {
        intake: {
          writtenReceipt: { sealed: true, dated: true },
          correctionNotice: { due: p.correctionDue ?? date, deemedAccepted: true, acceptedOn: date },
        },
      };
    case 'LICENCE:notify_stakeholders':
      return { stakeholders: { notifiedOn: date }, hearing: { requestedOn: date, requestLastDay: addDays(date, 5) } };
    case 'LICENCE:hold_hearing':
      return { hearing: { date, earliestAllowedDate: date, presiderId: p.hostId } };
    case 'LICENCE:pause_excluded_step':
      return { excludedStep: { kind: 'EXPERT_REVIEW', writtenNoticeOfDurationOn: date } };
    case 'LICENCE:extend':
      return { extension: { approvedByHeadOn: date, reasonsToldToApplicant: true } };
    case 'LICENCE:grant':
      return { conditionsMet: true, verifierIds: p.officerIds, licence: { validUntil: addDays(date, 5 * 365) } };
    case 'LICENCE:refuse':
    case 'LICENCE:refuse_renewal':
      return { refusal: { reasons: '申请材料不符合法定条件、标准', remediesStated: true } };
    case 'LICENCE:change':
    case 'LICENCE:grant_renewal':
      return { conditionsMet: true };
    case 'LICENCE:apply_renewal':
      return { licence: { renewalAppliedOn: date } };
    case 'LICENCE:suspend':
    case 'LICENCE:revoke_penalty':
      return { penaltyDecisionNo: `罚〔${date.slice(0, 4)}〕${1 + Math.floor(rand() * 900)}号` };
    case 'LICENCE:revoke_defect':
      return { revocation: { ground: '以欺骗手段取得行政许可', seriousHarmToPublicInterest: false } };
    case 'LICENCE:withdraw':
      return { withdrawal: { ground: '所依据的规划依法变更', compensationDecided: true } };
    case 'LICENCE:cancel':
      return { cancellation: { ground: pick(rand, ['EXPIRED_NOT_RENEWED', 'REVOKED', 'ENTITY_TERMINATED']) } };
    // --- inspection ---
    case 'INSPECTION:start_on_site':
      return { certificatesShown: true };
    case 'INSPECTION:record_findings':
      return {
        record: { made: true, signedByOfficers: true, signedByPartyOrRefusalNoted: true },
        findings: pick(rand, ['未发现违法行为', '发现部分问题，已责令整改', '发现违法线索']),
      };
    // --- criminal transfer (SC310) ---
    case 'CRIMINAL_TRANSFER:submit_report':
      return { taskGroupOfficerIds: p.officerIds, reportReceivedOn: date };
    case 'CRIMINAL_TRANSFER:approve_transfer':
      return { approvedAt: at };
    case 'CRIMINAL_TRANSFER:refuse_transfer':
      return { refusalReasons: '证据不足以证明涉嫌犯罪' };
    case 'CRIMINAL_TRANSFER:transfer':
      return {
        transferredAt: at,
        package: {
          transferLetter: true,
          investigationReport: true,
          itemList: true,
          testOrAppraisalReports: 'NOT_APPLICABLE',
        },
      };
    case 'CRIMINAL_TRANSFER:police_receipt':
      return { policeReceiptSigned: true };
    case 'CRIMINAL_TRANSFER:police_accept':
    case 'CRIMINAL_TRANSFER:reconsideration_accepted':
      return { policeDecisionNoticeOn: date };
    case 'CRIMINAL_TRANSFER:police_decline':
      return { policeDeclineNoticeOn: date };
    default:
      return {};
  }
}
