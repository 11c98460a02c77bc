import { decisionNumber, fineFen, REMEDY_FIELDS, REMEDY_TEXT, SERVICE_METHOD_OPTIONS } from './common';
import { B, type DocumentTemplate, F } from './template.types';

/** Service, performance, enforcement, closing and the file cover (APL Arts. 61, 66–73; ACL Arts. 35–55). */

export const SERVICE_RECEIPT: DocumentTemplate = {
  code: 'SERVICE_RECEIPT',
  version: 1,
  title: '送达回证',
  numbering: '送达',
  internal: false,
  layout: 'form',
  sealed: true,
  fields: [
    F.list('servedDocuments', '送达文书名称及文号', { required: true, from: ['$batch', 'service.documents'] }),
    F.text('recipient', '受送达人', { from: ['service.recipient'], default: '{party}' }),
    F.choice('serviceMethod', '送达方式', SERVICE_METHOD_OPTIONS, { from: ['service.method'], default: 'IN_PERSON' }),
    F.text('servicePlace', '送达地点', {
      from: ['service.place', 'service.address'],
      default: '{partyServiceAddress}',
    }),
    F.text('receivedOn', '收件日期（由受送达人填写）', { from: ['service.receivedOn'] }),
    F.text('signedBy', '代收人及与受送达人关系', { from: ['service.signedBy'] }),
    F.para('refusal', '拒收事由和日期（留置送达）', { from: ['service.refusal'] }),
    F.text('witness', '见证人', { from: ['service.witness'] }),
    F.text('server', '送达人', { from: ['service.server'] }),
  ],
  body: [
    B.grid(
      'servedDocuments',
      'recipient',
      'serviceMethod',
      'servicePlace',
      'receivedOn',
      'signedBy',
      'refusal',
      'witness',
      'server',
    ),
    B.p('留置送达的，可以把文书留在受送达人的住所，并采用拍照、录像等方式记录送达过程，即视为送达。'),
    B.sign('RECIPIENT', 'WITNESS', 'SERVER'),
  ],
};

export const PERFORM_REMINDER: DocumentTemplate = {
  code: 'PERFORM_REMINDER',
  version: 1,
  title: '行政处罚决定履行催告书',
  numbering: '催告',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    decisionNumber,
    F.para('obligation', '应当履行的义务', { required: true, from: ['cuiGao.obligation', 'penalty.content'] }),
    F.date('deadline', '履行期限', { required: true, from: ['cuiGao.deadline'] }),
    F.text('method', '履行方式', { from: ['cuiGao.method'], default: '缴至指定的银行或者通过电子支付系统缴纳' }),
    F.money('amountFen', '应缴金额（含加处罚款）', { from: ['cuiGao.amountFen', 'penalty.fineFen'] }),
    F.money('surchargeFen', '加处罚款', { from: ['cuiGao.surchargeFen', 'surcharge.amountFen'] }),
  ],
  body: [
    B.parties(),
    B.p(
      '本机关于作出的{decisionNumber}行政处罚决定书已依法送达你（单位），你（单位）在法定期限内未履行。根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你（单位）于{deadline}前履行下列义务：{obligation}',
    ),
    B.f('amountFen', 'amountFen'),
    B.f('surchargeFen', 'surchargeFen'),
    B.p('履行方式：{method}。'),
    B.p(
      '你（单位）有权进行陈述和申辩，请于收到本催告书之日起三日内向本机关提出。逾期仍不履行且无正当理由的，本机关将依法强制执行或者申请人民法院强制执行。',
    ),
  ],
};

export const EXEC_DECISION: DocumentTemplate = {
  code: 'EXEC_DECISION',
  version: 1,
  title: '行政强制执行决定书',
  titleVariants: { key: 'executionKind', titles: { SUBSTITUTE: '代履行决定书' } },
  numbering: '强执',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.choice(
      'executionKind',
      '执行类别',
      { DIRECT: '强制执行', SUBSTITUTE: '代履行' },
      { from: ['execution.kind'], default: 'DIRECT' },
    ),
    decisionNumber,
    F.para('reason', '理由', { required: true, from: ['execution.reason'] }),
    F.para('basis', '依据', { required: true, from: ['execution.basis'] }),
    F.text('method', '执行方式', { required: true, from: ['execution.method'] }),
    F.time('time', '执行时间', { from: ['execution.time', 'execution.at'] }),
    F.para('object', '代履行标的', { from: ['substitute.object'] }),
    F.money('costFen', '代履行费用（预算）', { from: ['substitute.costEstimateFen'] }),
    F.text('performer', '代履行人', { from: ['substitute.performer'] }),
    ...REMEDY_FIELDS,
  ],
  body: [
    B.parties(),
    B.p(
      '本机关作出的{decisionNumber}决定，经催告你（单位）仍未履行。因{reason}，依据{basis}的规定，本机关决定于{time}以{method}的方式实施强制执行。',
      'executionKind=DIRECT',
    ),
    B.p(
      '本机关作出的{decisionNumber}决定，经催告你（单位）仍未履行，其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源。因{reason}，依据{basis}及《中华人民共和国行政强制法》第五十条、第五十一条的规定，本机关决定由{performer}于{time}以{method}的方式代履行，代履行标的：{object}。',
      'executionKind=SUBSTITUTE',
    ),
    B.f('costFen', 'costFen'),
    B.p(
      '代履行的费用按照成本合理确定，由当事人承担。代履行三日前，本机关将催告你（单位）履行；你（单位）履行的，停止代履行。',
      'executionKind=SUBSTITUTE',
    ),
    B.p(REMEDY_TEXT),
  ],
};

export const DEFER_PAYMENT: DocumentTemplate = {
  code: 'DEFER_PAYMENT',
  version: 1,
  title: '延期（分期）缴纳罚款决定书',
  numbering: '缓缴',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    decisionNumber,
    fineFen,
    F.date('appliedOn', '申请日期', { from: ['deferral.appliedOn'] }),
    F.choice(
      'deferralKind',
      '方式',
      { DEFER: '延期缴纳', INSTALMENTS: '分期缴纳' },
      { from: ['deferral.kind'], default: 'DEFER' },
    ),
    F.date('deferredUntil', '延期至', { from: ['deferral.until'] }),
    F.table(
      'instalments',
      '分期缴纳计划',
      [
        { key: 'period', label: '期次' },
        { key: 'amountFen', label: '金额', kind: 'money' },
        { key: 'dueOn', label: '缴纳期限', kind: 'date' },
      ],
      { from: ['deferral.instalments'] },
    ),
  ],
  body: [
    B.parties(),
    B.p(
      '你（单位）于{appliedOn}提出延期（分期）缴纳罚款的申请。经审查，根据《中华人民共和国行政处罚法》第六十六条第二款的规定，本机关同意你（单位）对{decisionNumber}行政处罚决定书确定的罚款{fineFen}{deferralKind}。',
    ),
    B.p('延期至{deferredUntil}前缴清。', 'deferralKind=DEFER'),
    B.table('instalments', 'deferralKind=INSTALMENTS'),
    B.p('逾期不缴纳的，本机关将依法加处罚款并申请人民法院强制执行。'),
  ],
};

export const COURT_EXEC_APP: DocumentTemplate = {
  code: 'COURT_EXEC_APP',
  version: 1,
  title: '强制执行申请书',
  numbering: '申执',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.text('court', '人民法院', {
      required: true,
      from: ['court.name', 'remedy.court'],
      default: '{regionName}人民法院',
    }),
    decisionNumber,
    F.para('nonPerformance', '不履行的事实', { required: true, from: ['court.nonPerformance'] }),
    F.para('request', '申请执行的内容', { required: true, from: ['court.request', 'penalty.content'] }),
    F.list('attachments', '附件', {
      from: ['court.attachments'],
      default: ['行政决定书及作出决定的事实、理由和依据', '当事人的意见及行政机关催告情况', '申请强制执行标的情况'],
    }),
  ],
  body: [
    B.p('{court}：'),
    B.parties('被申请人'),
    B.p(
      '本机关作出的{decisionNumber}决定已依法送达被申请人。被申请人在法定期限内不申请行政复议或者提起行政诉讼，又不履行，经催告仍未履行：{nonPerformance}',
    ),
    B.p('根据《中华人民共和国行政强制法》第五十三条至第五十五条的规定，特申请你院强制执行：{request}'),
    B.f('attachments'),
  ],
};

export const CLOSE_APPROVAL: DocumentTemplate = {
  code: 'CLOSE_APPROVAL',
  version: 1,
  title: '结案审批表',
  numbering: '结审',
  internal: true,
  layout: 'form',
  sealed: false,
  fields: [
    F.text('caseNumber', '案件编号', { from: ['$case.caseNumber'] }),
    F.text('cause', '案由', { from: ['$case.cause'] }),
    F.text('decisionNumber', '处理决定文号', {
      from: ['$doc.PENALTY_DECISION', '$doc.NO_PENALTY_DECISION', '$doc.ONSPOT_DECISION', 'decision.number'],
    }),
    F.para('decisionContent', '处理决定内容', { from: ['penalty.content'] }),
    F.para('performance', '执行情况', { required: true, from: ['performance.summary', 'close.performance'] }),
    F.choice(
      'closeReason',
      '结案情形',
      {
        PERFORMED: '行政处罚决定执行完毕',
        NO_PENALTY: '作出不予行政处罚决定',
        COURT: '人民法院裁定终结执行',
        TRANSFERRED: '案件移送',
        TERMINATED: '终止调查',
        OTHER: '其他应予结案的情形',
      },
      { required: true, from: ['close.reason'] },
    ),
  ],
  body: [
    B.grid('caseNumber', 'cause', 'decisionNumber'),
    B.parties(),
    B.grid('decisionContent', 'performance', 'closeReason'),
    B.opinions('承办人意见', '承办机构负责人意见', '机关负责人审批意见'),
  ],
};

export const FILE_COVER: DocumentTemplate = {
  code: 'FILE_COVER',
  version: 1,
  title: '案卷封面及卷内目录',
  numbering: '卷',
  internal: true,
  layout: 'form',
  sealed: false,
  fields: [
    F.text('caseNumber', '案件编号', { from: ['$case.caseNumber'] }),
    F.text('cause', '案由', { from: ['$case.cause'] }),
    F.text('handling', '处理结果', { from: ['penalty.content', 'close.result'] }),
    F.date('filedOn', '立案日期', { from: ['filing.date', 'filedOn'] }),
    F.date('closedOn', '结案日期', { from: ['$case.closedOn', 'close.date'], default: '{date}' }),
    F.text('retention', '保管期限', { from: ['archive.retention'], default: '永久' }),
    F.text('volumes', '本卷共 件 页', { from: ['archive.volumes'] }),
    F.table(
      'index',
      '卷内目录',
      [
        { key: 'seq', label: '序号' },
        { key: 'number', label: '文号' },
        { key: 'title', label: '题名' },
        { key: 'date', label: '日期' },
        { key: 'pages', label: '页号' },
      ],
      { from: ['$caseIndex', 'archive.index'] },
    ),
    F.para('note', '备考', { from: ['archive.note'] }),
  ],
  body: [
    B.grid('caseNumber', 'cause'),
    B.parties(),
    B.grid('handling', 'filedOn', 'closedOn', 'retention', 'volumes'),
    B.officers('承办人'),
    B.table('index'),
    B.f('note'),
  ],
};
