import { REMEDY_FIELDS, REMEDY_TEXT } from './common';
import { B, type DocumentTemplate, F } from './template.types';

/** Licensing (行政许可法 Arts. 32, 38–39): acceptance, correction, refusal to accept, decisions, certificate. */

const item = F.text('licenceItem', '许可事项', { required: true, from: ['licence.item', '$case.cause'] });
const appliedOn = F.date('appliedOn', '申请日期', { from: ['licence.appliedOn', '$case.clueReceivedOn'] });

export const LICENCE_ACCEPTANCE: DocumentTemplate = {
  code: 'LICENCE_ACCEPTANCE',
  version: 1,
  title: '行政许可受理通知书',
  numbering: '许受',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [item, appliedOn, F.date('decisionDue', '作出决定的期限', { from: ['licence.decisionDue'] })],
  body: [
    B.parties('申请人'),
    B.p(
      '你（单位）于{appliedOn}提出的{licenceItem}申请，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以受理。本机关将自受理之日起二十个工作日内（{decisionDue}前）作出行政许可决定；依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在内。',
    ),
  ],
};

export const LICENCE_CORRECTION_NOTICE: DocumentTemplate = {
  code: 'LICENCE_CORRECTION_NOTICE',
  version: 1,
  title: '行政许可申请材料补正通知书',
  numbering: '许补',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    item,
    appliedOn,
    F.list('materials', '需要补正的材料', { required: true, from: ['licence.correctionMaterials'] }),
  ],
  body: [
    B.parties('申请人'),
    B.p(
      '你（单位）于{appliedOn}提出的{licenceItem}申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，请补正下列材料：',
    ),
    B.f('materials'),
    B.p('补正材料齐全、符合法定形式后，本机关将予以受理。'),
  ],
};

export const LICENCE_NOT_ACCEPTED: DocumentTemplate = {
  code: 'LICENCE_NOT_ACCEPTED',
  version: 1,
  title: '行政许可申请不予受理决定书',
  numbering: '许不受',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    item,
    appliedOn,
    F.para('reason', '不予受理的理由', { required: true, from: ['licence.notAcceptedReason'] }),
    F.text('competentAgency', '有权受理的机关', { from: ['licence.competentAgency'] }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties('申请人'),
    B.p(
      '你（单位）于{appliedOn}提出的{licenceItem}申请，因{reason}，根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定不予受理。',
    ),
    B.p('请向{competentAgency}申请。', 'competentAgency'),
    B.p(REMEDY_TEXT),
  ],
};

export const LICENCE_GRANT_DECISION: DocumentTemplate = {
  code: 'LICENCE_GRANT_DECISION',
  version: 1,
  title: '准予行政许可决定书',
  numbering: '许准',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    item,
    appliedOn,
    F.para('scope', '许可范围和内容', { required: true, from: ['licence.scope'] }),
    F.date('validFrom', '有效期自', { from: ['licence.validFrom'] }),
    F.date('validUntil', '有效期至', { from: ['licence.validUntil'] }),
    F.para('basis', '依据', { from: ['licence.basis'] }),
  ],
  body: [
    B.parties('申请人'),
    B.p(
      '你（单位）于{appliedOn}提出的{licenceItem}申请，经审查，符合法定条件、标准。依据{basis}及《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可。',
    ),
    B.p(
      '许可范围和内容：{scope}；有效期自{validFrom}至{validUntil}。本机关将自作出决定之日起十个工作日内颁发、送达行政许可证件。',
    ),
  ],
};

export const LICENCE_REFUSAL_DECISION: DocumentTemplate = {
  code: 'LICENCE_REFUSAL_DECISION',
  version: 1,
  title: '不予行政许可决定书',
  numbering: '许不准',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    item,
    appliedOn,
    F.para('reason', '不予许可的理由', { required: true, from: ['licence.refusalReason'] }),
    F.para('basis', '依据', { from: ['licence.basis'] }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties('申请人'),
    B.p(
      '你（单位）于{appliedOn}提出的{licenceItem}申请，经审查，{reason}依据{basis}及《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。',
    ),
    B.p(REMEDY_TEXT),
  ],
};

export const LICENCE_CERTIFICATE: DocumentTemplate = {
  code: 'LICENCE_CERTIFICATE',
  version: 1,
  title: '行政许可证',
  numbering: '许证',
  internal: false,
  layout: 'form',
  sealed: true,
  fields: [
    item,
    F.para('scope', '许可范围', { from: ['licence.scope'] }),
    F.date('validFrom', '有效期自', { from: ['licence.validFrom'] }),
    F.date('validUntil', '有效期至', { from: ['licence.validUntil'] }),
    F.text('decisionNumber', '许可决定文号', { from: ['$doc.LICENCE_GRANT_DECISION'] }),
  ],
  body: [B.parties('持证人'), B.grid('licenceItem', 'scope', 'validFrom', 'validUntil', 'decisionNumber')],
};
