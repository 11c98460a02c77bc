/** Case registrations and recurring facts of the per-procedure walks (procedures.walk.test.ts). */
import type { IsoDate } from '@zhifa/domain';
import { ORGANISATION_PARTY } from '../support';

/** A case of `procedure` handled by `officers` (the first is the lead), registered on `clueReceivedOn`. */
export function caseBody(
  procedure: string,
  officers: string[],
  clueReceivedOn: IsoDate,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    procedure,
    cause: '销售过期食品',
    source: 'INSPECTION',
    sourceDetail: '日常监督检查发现',
    clueReceivedOn,
    category: 'MARKET',
    parties: [ORGANISATION_PARTY],
    officers: officers.map((officerId, i) => ({ officerId, role: i === 0 ? 'LEAD' : 'ASSISTANT' })),
    ...over,
  };
}

/** ACL-18 on-site steps and ACL-24 delivery, all done. */
export const SEIZURE_ON_SITE = {
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
};

/** ACL-35: a 催告书 for a payment, served on `servedOn` with a deadline of `deadline`. */
export const cuiGao = (servedOn: IsoDate, deadline: IsoDate) => ({
  cuiGao: {
    servedOn,
    deadline,
    method: '到指定银行缴纳罚款',
    amountFen: 500_000,
    rightToStateTold: true,
  },
});

/** SC310-6: the transfer package. */
export const TRANSFER_PACKAGE = {
  transferLetter: true,
  investigationReport: true,
  itemList: true,
  testOrAppraisalReports: 'NOT_APPLICABLE',
};

/** ACL-55: the court application package. */
export const COURT_PACKAGE = {
  applicationSignedByHeadAndSealed: true,
  decisionAndFacts: true,
  partyOpinionsAndCuiGaoRecord: true,
  objectOfExecution: true,
};
