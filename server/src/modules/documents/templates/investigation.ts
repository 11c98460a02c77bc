import {
  CONTACT_FIELDS,
  CONTACT_TEXT,
  discretion,
  endTime,
  evidence,
  FACTS_BLOCKS,
  place,
  provisionsApplied,
  provisionsViolated,
  startTime,
  violationFacts,
} from './common';
import { B, type DocumentTemplate, F, ITEM_COLUMNS } from './template.types';

/** Lead, filing and investigation (DOMAIN §5.1 stages lead → conclusion). */

const CASE_SOURCE_OPTIONS = {
  INSPECTION: '监督检查',
  COMPLAINT: '投诉',
  REPORT: '举报',
  TRANSFER_IN: '其他机关移送',
  ASSIGNED_BY_SUPERIOR: '上级交办',
  DEVICE_MONITORING: '技术监控',
  OTHER: '其他',
};

export const FILING_APPROVAL: DocumentTemplate = {
  code: 'FILING_APPROVAL',
  version: 1,
  title: '立案审批表',
  titleVariants: { key: 'filingDecision', titles: { NOT_FILE: '不予立案审批表' } },
  numbering: '立审',
  internal: true,
  layout: 'form',
  sealed: false,
  fields: [
    F.choice('caseSource', '案件来源', CASE_SOURCE_OPTIONS, { from: ['$case.source'], required: true }),
    F.text('sourceDetail', '来源说明', { from: ['$case.sourceDetail'] }),
    F.date('clueReceivedOn', '受案日期', { from: ['$case.clueReceivedOn'] }),
    F.text('cause', '案由', { from: ['$case.cause'], required: true }),
    F.para('summary', '简要案情及立案理由', { required: true, from: ['filing.summary', 'filing.reason'] }),
    F.choice('filingDecision', '审批事项', { FILE: '立案', NOT_FILE: '不予立案' }, { default: 'FILE' }),
    F.para('officerOpinion', '承办人意见', { from: ['filing.officerOpinion'] }),
    F.para('unitOpinion', '承办机构负责人意见', { from: ['filing.unitOpinion'] }),
    F.para('headOpinion', '机关负责人审批意见', { from: ['filing.headOpinion'] }),
  ],
  body: [
    B.grid('caseSource', 'sourceDetail', 'clueReceivedOn', 'cause', 'filingDecision'),
    B.parties(),
    B.f('summary'),
    B.officers('承办人员及执法证件号'),
    B.opinions(
      { label: '承办人意见', key: 'officerOpinion' },
      { label: '承办机构负责人意见', key: 'unitOpinion' },
      { label: '机关负责人审批意见', key: 'headOpinion' },
    ),
  ],
};

export const SITE_RECORD: DocumentTemplate = {
  code: 'SITE_RECORD',
  version: 1,
  title: '现场检查（勘验）笔录',
  numbering: '检笔',
  internal: false,
  layout: 'form',
  sealed: false,
  fields: [
    startTime,
    endTime,
    place,
    F.text('recorder', '记录人', { from: ['record.recorder'] }),
    F.text('present', '现场人员', { from: ['record.present'] }),
    F.text('witness', '见证人', { from: ['record.witness'] }),
    F.para('findings', '现场检查（勘验）情况', { required: true, from: ['record.findings', 'inspection.findings'] }),
    F.para('partyOpinion', '当事人意见', { from: ['record.partyOpinion'] }),
  ],
  body: [
    B.grid('startTime', 'endTime', 'place'),
    B.parties('被检查人'),
    B.officers('检查人员及执法证件号'),
    B.grid('recorder', 'present', 'witness'),
    B.p(
      '执法人员已向当事人出示执法证件，表明身份，告知了检查的依据和当事人依法享有的权利；当事人认为执法人员与本案有直接利害关系的，有权申请回避。',
    ),
    B.f('findings'),
    B.f('partyOpinion'),
    B.p('以上笔录已交当事人核对（或已向其宣读），当事人确认无误。'),
    B.sign('PARTY', 'WITNESS', 'OFFICER', 'RECORDER'),
  ],
};

export const INQUIRY_RECORD: DocumentTemplate = {
  code: 'INQUIRY_RECORD',
  version: 1,
  title: '询问笔录',
  numbering: '询笔',
  internal: false,
  layout: 'form',
  sealed: false,
  fields: [
    startTime,
    endTime,
    place,
    F.text('recorder', '记录人', { from: ['record.recorder'] }),
    F.text('intervieweeName', '被询问人姓名', { required: true, from: ['interviewee.name'] }),
    F.text('intervieweeGender', '性别', { from: ['interviewee.gender'] }),
    F.text('intervieweeAge', '年龄', { from: ['interviewee.age'] }),
    F.text('intervieweeIdNumber', '身份证件号码', { from: ['interviewee.idNumber'], sensitive: 'idNumber' }),
    F.text('intervieweeEmployer', '工作单位', { from: ['interviewee.employer'] }),
    F.text('intervieweePost', '职务', { from: ['interviewee.post'] }),
    F.text('intervieweeAddress', '住址', { from: ['interviewee.address'] }),
    F.text('intervieweePhone', '联系电话', { from: ['interviewee.phone'], sensitive: 'phone' }),
    F.text('relation', '与本案关系', { from: ['interviewee.relation'] }),
    F.table(
      'qa',
      '询问记录',
      [
        { key: 'q', label: '问' },
        { key: 'a', label: '答' },
      ],
      { from: ['record.qa'], required: true },
    ),
  ],
  body: [
    B.grid('startTime', 'endTime', 'place'),
    B.officers('询问人及执法证件号'),
    B.grid(
      'recorder',
      'intervieweeName',
      'intervieweeGender',
      'intervieweeAge',
      'intervieweeIdNumber',
      'intervieweeEmployer',
      'intervieweePost',
      'intervieweeAddress',
      'intervieweePhone',
      'relation',
    ),
    B.p(
      '我们是{agency}的执法人员，已向你出示了执法证件。现依法向你进行询问调查，你应当如实回答，不得作伪证或隐匿证据。你有陈述和申辩的权利；认为执法人员与本案有直接利害关系的，有权申请回避。你是否看清了执法证件、听清楚了？',
    ),
    B.table('qa'),
    B.p('以上笔录我看过（或已向我宣读过），与我说的相符。（被询问人在每页签名）'),
    B.sign('PARTY', 'OFFICER', 'RECORDER'),
  ],
};

export const PRESERVE_NOTICE: DocumentTemplate = {
  code: 'PRESERVE_NOTICE',
  version: 1,
  title: '先行登记保存证据通知书',
  titleVariants: { key: 'preserveAction', titles: { RELEASE: '解除先行登记保存证据通知书' } },
  numbering: '登保',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.choice(
      'preserveAction',
      '事项',
      { PRESERVE: '先行登记保存', RELEASE: '解除先行登记保存' },
      { default: 'PRESERVE' },
    ),
    F.para('reason', '理由', { required: true, from: ['preserve.reason'] }),
    F.text('storagePlace', '保存地点', { from: ['preserve.place'] }),
    F.date('preservedOn', '保存日期', { from: ['preserve.date'] }),
    F.table('items', '证据物品清单', ITEM_COLUMNS, { from: ['preserve.items'], required: true }),
  ],
  body: [
    B.parties(),
    B.p(
      '因{reason}，在证据可能灭失或者以后难以取得的情况下，经本机关负责人批准，依据《中华人民共和国行政处罚法》第五十六条的规定，本机关决定对下列物品予以先行登记保存，保存地点：{storagePlace}。在此期间，当事人或者有关人员不得损毁、销毁或者转移证据。本机关将在七日内作出处理决定。',
      'preserveAction=PRESERVE',
    ),
    B.p('本机关于{preservedOn}先行登记保存的下列物品，现决定予以解除。', 'preserveAction=RELEASE'),
    B.table('items'),
    B.sign('PARTY', 'WITNESS', 'OFFICER'),
  ],
};

export const ORDER_CORRECT: DocumentTemplate = {
  code: 'ORDER_CORRECT',
  version: 1,
  title: '责令改正通知书',
  numbering: '责改',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    violationFacts,
    provisionsViolated,
    F.para('orderBasis', '责令改正依据', { required: true, from: ['correction.basis'] }),
    F.para('correction', '改正内容', { required: true, from: ['correction.content'] }),
    F.date('deadline', '改正期限', { from: ['correction.deadline'] }),
    ...CONTACT_FIELDS,
  ],
  body: [
    B.parties(),
    B.p('经查，{violationFacts}'),
    B.p(
      '你（单位）的上述行为违反了{provisionsViolated}的规定。依据{orderBasis}的规定，现责令你（单位）于{deadline}前改正上述违法行为，改正内容如下：',
    ),
    B.f('correction'),
    B.p('逾期不改正的，本机关将依法处理。'),
    B.p(CONTACT_TEXT),
    B.sign('RECIPIENT'),
  ],
};

export const INVESTIGATION_END: DocumentTemplate = {
  code: 'INVESTIGATION_END',
  version: 1,
  title: '案件调查终结报告',
  numbering: '终报',
  internal: true,
  layout: 'form',
  sealed: false,
  fields: [
    F.text('cause', '案由', { from: ['$case.cause'] }),
    F.date('filedOn', '立案日期', { from: ['filing.date', 'filedOn'] }),
    violationFacts,
    evidence,
    provisionsViolated,
    provisionsApplied,
    discretion,
    F.choice(
      'proposal',
      '处理意见',
      {
        PENALTY: '给予行政处罚',
        NO_PENALTY: '不予行政处罚',
        TRANSFER_CRIMINAL: '移送司法机关',
        TRANSFER: '移送其他行政机关',
        CLOSE: '撤销立案',
      },
      { required: true, from: ['investigation.proposal'] },
    ),
    F.para('proposalDetail', '处理建议', { from: ['investigation.proposalDetail', 'penalty.content'] }),
  ],
  body: [
    B.grid('cause', 'filedOn'),
    B.parties(),
    B.officers('承办人员'),
    ...FACTS_BLOCKS,
    B.p('依据{provisionsApplied}的规定，应当给予行政处罚。{discretion}'),
    B.grid('proposal', 'proposalDetail'),
    B.opinions('承办人意见', '承办机构负责人意见'),
  ],
};

export const CRIME_TRANSFER: DocumentTemplate = {
  code: 'CRIME_TRANSFER',
  version: 1,
  title: '涉嫌犯罪案件移送书',
  numbering: '移送',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.text('receivingAgency', '受移送机关', {
      required: true,
      from: ['transfer.receivingAgency'],
      default: '{regionName}公安局',
    }),
    F.para('summary', '涉嫌犯罪的事实', { required: true, from: ['transfer.summary'] }),
    F.text('suspectedCrime', '涉嫌罪名', { from: ['transfer.suspectedCrime'] }),
    F.list('attachments', '附件', {
      from: ['transfer.attachments'],
      default: ['涉嫌犯罪案件调查报告', '涉案物品清单', '有关检验报告或者鉴定意见', '其他有关涉嫌犯罪的材料'],
    }),
    F.table('items', '涉案物品清单', ITEM_COLUMNS, { from: ['transfer.items'] }),
  ],
  body: [
    B.p('{receivingAgency}：'),
    B.p('本机关在查处{party}{cause}一案中，发现当事人涉嫌{suspectedCrime}，其事实如下：'),
    B.f('summary'),
    B.p(
      '根据《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条的规定，现将该案移送你单位，请依法审查。请自接受移送之日起三日内作出立案或者不予立案的决定，并书面告知本机关。',
    ),
    B.f('attachments'),
    B.table('items'),
  ],
};
