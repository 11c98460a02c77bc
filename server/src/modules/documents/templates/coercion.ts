import { REMEDY_FIELDS, REMEDY_TEXT } from './common';
import { B, type DocumentTemplate, F, ITEM_COLUMNS } from './template.types';

/** Coercive measures: seal/seize, extension, release, freeze, testing notices (ACL Arts. 24–33). */

const MEASURE_OPTIONS = { SEAL: '查封', SEIZE: '扣押' };

export const COERCION_DECISION: DocumentTemplate = {
  code: 'COERCION_DECISION',
  version: 1,
  title: '实施行政强制措施决定书',
  titleVariants: { key: 'measureKind', titles: { SEAL: '查封决定书', SEIZE: '扣押决定书' } },
  numbering: '强措',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.choice('measureKind', '强制措施', MEASURE_OPTIONS, { required: true, from: ['measureKind'] }),
    F.para('reason', '理由', { required: true, from: ['coercion.reason'] }),
    F.para('basis', '依据', { required: true, from: ['coercion.basis'] }),
    F.date('startDate', '起始日期', { from: ['coercion.startDate'] }),
    F.days('durationDays', '期限（日）', { from: ['coercion.durationDays'], default: '30' }),
    F.date('expiry', '期限届满日', { from: ['seizure.expiry', 'coercion.expiry'] }),
    F.text('custodyPlace', '场所、设施或者财物存放地点', { from: ['coercion.custodyPlace'] }),
    F.table('items', '场所、设施或者财物清单', ITEM_COLUMNS, { required: true, from: ['coercion.items'] }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties(),
    B.p('因{reason}，依据{basis}的规定，本机关决定对你（单位）的下列场所、设施或者财物予以{measureKind}。'),
    B.p(
      '{measureKind}期限为{durationDays}日，自{startDate}起至{expiry}止。情况复杂的，经本机关负责人批准，可以延长，但延长期限不得超过三十日。需要进行检测、检验、检疫或者技术鉴定的，其期间不计入{measureKind}期限，本机关将书面告知。',
    ),
    B.p('被{measureKind}的场所、设施或者财物，当事人不得擅自启封、使用、转移、毁损；存放地点：{custodyPlace}。'),
    B.p(REMEDY_TEXT),
    B.p('附：场所、设施或者财物清单（一式二份，当事人和本机关各执一份）'),
    B.table('items'),
    B.sign('PARTY', 'WITNESS', 'OFFICER'),
  ],
};

export const COERCION_EXTEND: DocumentTemplate = {
  code: 'COERCION_EXTEND',
  version: 1,
  title: '延长行政强制措施期限决定书',
  numbering: '延措',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.text('originalNumber', '原决定书文号', {
      required: true,
      from: ['$doc.COERCION_DECISION', 'coercion.decisionNumber'],
    }),
    F.choice('measureKind', '强制措施', MEASURE_OPTIONS, { from: ['measureKind'] }),
    F.para('reason', '延长理由', { required: true, from: ['extension.reason'] }),
    F.days('extensionDays', '延长期限（日）', { required: true, from: ['extension.days'] }),
    F.date('newExpiry', '延长后届满日', { from: ['extension.newExpiry', 'seizure.expiry'] }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties(),
    B.p(
      '本机关于此前以{originalNumber}决定书对你（单位）的场所、设施或者财物实施了{measureKind}。因{reason}，情况复杂，经本机关负责人批准，依据《中华人民共和国行政强制法》第二十五条的规定，决定将{measureKind}期限延长{extensionDays}日，至{newExpiry}止。',
    ),
    B.p(REMEDY_TEXT),
  ],
};

export const COERCION_RELEASE: DocumentTemplate = {
  code: 'COERCION_RELEASE',
  version: 1,
  title: '解除行政强制措施决定书',
  numbering: '解措',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.text('originalNumber', '原决定书文号', {
      required: true,
      from: ['$doc.COERCION_DECISION', 'coercion.decisionNumber'],
    }),
    F.choice('measureKind', '强制措施', MEASURE_OPTIONS, { from: ['measureKind'] }),
    F.choice(
      'releaseReason',
      '解除事由',
      {
        NO_VIOLATION: '当事人没有违法行为',
        UNRELATED: '查封、扣押的场所、设施或者财物与违法行为无关',
        DECIDED: '行政机关对违法行为已经作出处理决定，不再需要查封、扣押',
        EXPIRED: '查封、扣押期限已经届满',
        OTHER: '其他不再需要采取查封、扣押措施的情形',
      },
      { required: true, from: ['release.reason'] },
    ),
    F.date('releasedOn', '解除日期', { from: ['release.date'] }),
    F.table('items', '解除的财物清单', ITEM_COLUMNS, { from: ['release.items', 'coercion.items'] }),
  ],
  body: [
    B.parties(),
    B.p(
      '本机关以{originalNumber}决定书对你（单位）的场所、设施或者财物实施了{measureKind}。因{releaseReason}，依据《中华人民共和国行政强制法》第二十八条的规定，本机关决定自{releasedOn}起解除{measureKind}，并立即退还财物。',
    ),
    B.table('items'),
    B.sign('PARTY', 'OFFICER'),
  ],
};

export const FREEZE_DECISION: DocumentTemplate = {
  code: 'FREEZE_DECISION',
  version: 1,
  title: '冻结决定书',
  titleVariants: { key: 'freezeAction', titles: { RELEASE: '解除冻结决定书' } },
  numbering: '冻结',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.choice('freezeAction', '事项', { FREEZE: '冻结', RELEASE: '解除冻结' }, { default: 'FREEZE' }),
    F.para('reason', '理由', { required: true, from: ['freeze.reason'] }),
    F.para('basis', '依据', { required: true, from: ['freeze.basis'] }),
    F.text('bankName', '金融机构', { required: true, from: ['freeze.bankName'] }),
    F.text('accountNumber', '账号', { required: true, from: ['freeze.accountNumber'], sensitive: 'bankAccount' }),
    F.money('amountFen', '冻结金额', { required: true, from: ['freeze.amountFen'] }),
    F.days('durationDays', '冻结期限（日）', { from: ['freeze.durationDays'], default: '30' }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties(),
    B.p(
      '因{reason}，依据{basis}的规定，本机关决定冻结你（单位）在{bankName}账号{accountNumber}的存款、汇款{amountFen}，冻结期限为{durationDays}日。',
      'freezeAction=FREEZE',
    ),
    B.p(
      '本机关冻结你（单位）在{bankName}账号{accountNumber}的存款、汇款{amountFen}，因{reason}，依据《中华人民共和国行政强制法》第三十三条的规定，决定予以解除。',
      'freezeAction=RELEASE',
    ),
    B.p(REMEDY_TEXT, 'freezeAction=FREEZE'),
  ],
};

export const TEST_NOTICES: DocumentTemplate = {
  code: 'TEST_NOTICES',
  version: 1,
  title: '检测（检验、检疫、技术鉴定）期间告知书',
  numbering: '检告',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.text('originalNumber', '查封扣押决定书文号', { from: ['$doc.COERCION_DECISION', 'coercion.decisionNumber'] }),
    F.choice(
      'testKind',
      '事项',
      { TEST: '检测', INSPECT: '检验', QUARANTINE: '检疫', APPRAISE: '技术鉴定' },
      {
        from: ['testing.kind'],
        default: 'TEST',
      },
    ),
    F.text('testingBody', '承担机构', { from: ['testing.body'] }),
    F.date('from', '起始日期', { from: ['testing.from'] }),
    F.date('to', '截止日期', { from: ['testing.to'] }),
    F.table('items', '物品清单', ITEM_COLUMNS, { from: ['testing.items'] }),
  ],
  body: [
    B.parties(),
    B.p(
      '本机关以{originalNumber}决定书查封、扣押的下列物品需要进行{testKind}，由{testingBody}承担，期间自{from}起至{to}止。依据《中华人民共和国行政强制法》第二十五条第三款的规定，该期间不计入查封、扣押期限，{testKind}费用由本机关承担。',
    ),
    B.table('items'),
  ],
};
