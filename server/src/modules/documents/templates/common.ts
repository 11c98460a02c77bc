import { PENALTY_TYPE_LABELS } from '@zhifa/domain';
import { B, EVIDENCE_COLUMNS, F, type FieldDef } from './template.types';

/** Fields and wording several templates share (remedies, contact, facts and legal basis). */

export const PENALTY_TYPE_OPTIONS: Record<string, string> = PENALTY_TYPE_LABELS;

export const SERVICE_METHOD_OPTIONS: Record<string, string> = {
  IN_PERSON: '直接送达',
  ON_SPOT: '当场交付',
  LEFT_AT_ADDRESS: '留置送达',
  POST: '邮寄送达',
  ELECTRONIC: '电子送达',
  ENTRUSTED: '委托送达',
  PUBLIC_NOTICE: '公告送达',
};

export const reconsiderationBody = F.text('reconsiderationBody', '行政复议机关', {
  from: ['remedy.reconsiderationBody'],
  default: '{regionName}人民政府',
});
export const court = F.text('court', '管辖人民法院', { from: ['remedy.court'], default: '{regionName}人民法院' });
export const REMEDY_FIELDS: FieldDef[] = [reconsiderationBody, court];

/** APL-59(5) / ACL: reconsideration within 60 days, litigation within 6 months. */
export const REMEDY_TEXT =
  '如不服本决定，可以在收到本决定书之日起六十日内向{reconsiderationBody}申请行政复议，也可以在收到本决定书之日起六个月内依法向{court}提起行政诉讼。';

export const contactPerson = F.text('contactPerson', '联系人', { from: ['contact.person'] });
export const contactPhone = F.text('contactPhone', '联系电话', { from: ['contact.phone'], default: '{agencyPhone}' });
export const agencyAddress = F.text('agencyAddress', '本机关地址', {
  from: ['contact.address'],
  default: '{agencyAddress}',
});
export const CONTACT_FIELDS: FieldDef[] = [agencyAddress, contactPerson, contactPhone];
export const CONTACT_TEXT = '本机关地址：{agencyAddress}；联系人：{contactPerson}；联系电话：{contactPhone}。';

export const violationFacts = F.para('violationFacts', '违法事实', {
  required: true,
  from: ['decision.factsAndEvidence', 'violation.facts'],
});
export const evidence = F.table('evidence', '证据', EVIDENCE_COLUMNS, { from: ['evidenceList'] });
export const provisionsViolated = F.para('provisionsViolated', '违反的法律、法规、规章条款', {
  required: true,
  from: ['legal.violated', 'violation.provisions'],
});
export const provisionsApplied = F.para('provisionsApplied', '处罚依据', {
  required: true,
  from: ['decision.penaltyAndLegalBasis', 'legal.applied', 'penalty.basis'],
});
export const discretion = F.para('discretion', '裁量基准适用及理由', {
  from: ['penalty.discretion', 'discretionReason'],
});
export const penaltyTypes = F.choice('penaltyTypes', '处罚种类', PENALTY_TYPE_OPTIONS, {
  from: ['penalty.types'],
  required: true,
});
export const penaltyContent = F.para('penaltyContent', '处罚内容', {
  from: ['penalty.content', 'penalty.description'],
});
export const fineFen = F.money('fineFen', '罚款', { from: ['penalty.fineFen'] });
export const confiscatedFen = F.money('confiscatedFen', '没收违法所得', { from: ['penalty.confiscatedFen'] });
export const decisionNumber = F.text('decisionNumber', '行政处罚决定书文号', {
  from: ['$doc.PENALTY_DECISION', 'decision.number'],
});

/** The facts, evidence and legal-basis sections of decisions and notices. */
export const FACTS_BLOCKS = [
  B.h('一、违法事实'),
  B.v('violationFacts'),
  B.h('二、相关证据'),
  B.rows('evidence'),
  B.h('三、违法性质与法律依据'),
  B.p('当事人的上述行为违反了{provisionsViolated}的规定。'),
];

/** Identity of the act: time and place (records and on-spot decisions). */
export const startTime = F.time('startTime', '开始时间', { from: ['record.startTime'] });
export const endTime = F.time('endTime', '结束时间', { from: ['record.endTime'] });
export const place = F.text('place', '地点', { from: ['record.place', 'place'] });
