import {
  agencyContact,
  channels,
  OFFICE_HOURS,
  PROVINCIAL_THRESHOLDS,
  reviewCatalogue,
  SERVICE_CENTRE,
} from './common';
import {
  type Channel,
  type FourListItem,
  firstViolation,
  lighter,
  noCoercion,
  type RandomInspection,
  type ReviewCriterionEntry,
  reduced,
  ref,
  type ServiceGuide,
} from './helpers';
import { L } from './laws/names';

/** 县交通运输局 and 交通执法大队: the four lists, random inspections, guides, channels, review catalogues. */
const road = (a: number, p?: number, i?: number) => ref(L.ROAD_TRANSPORT, a, p, i);
const hw = (a: number, p?: number, i?: number) => ref(L.HIGHWAY, a, p, i);
const NAME = '青溪县交通运输局';
const TEAM = '青溪县交通运输综合行政执法大队';

function noPenalty(prefix: string): FourListItem[] {
  return [
    firstViolation(
      `${prefix}-BF-01`,
      '客运经营者、货运经营者不按规定维护和检测运输车辆',
      [road(30), road(69, 1)],
      ['车辆技术状况良好，已在责令期限内完成维护和检测'],
    ),
    firstViolation(
      `${prefix}-BF-02`,
      '货运经营者没有采取必要措施防止货物脱落、扬撒',
      [road(26, 2), road(68, 2)],
      ['脱落、扬撒量少并当场清理，未影响通行安全'],
    ),
    firstViolation(
      `${prefix}-BF-03`,
      '在公路用地范围内摆摊设点、堆放物品',
      [hw(46), hw(77)],
      ['占用面积小，当场自行清除', '未造成公路损坏'],
    ),
    firstViolation(
      `${prefix}-BF-04`,
      '在公路用地范围内设置公路标志以外的其他标志',
      [hw(54), hw(79)],
      ['标志面积小、不影响行车安全，限期内自行拆除'],
    ),
  ];
}

function reducedList(prefix: string): FourListItem[] {
  return [
    reduced(
      `${prefix}-JQ-01`,
      '未取得道路运输经营许可擅自从事道路普通货物运输经营，主动停止并申请许可',
      1,
      [road(63, undefined, 1)],
      ['首次被查获，运输次数一次', '已提交道路运输经营许可申请'],
    ),
    reduced(
      `${prefix}-JQ-02`,
      '受他人胁迫或者诱骗驾驶车辆从事未经许可的客运经营',
      2,
      [road(63, undefined, 2)],
      ['有证据证明受他人胁迫或者诱骗'],
    ),
    reduced(
      `${prefix}-JQ-03`,
      '未经许可从事客运经营，主动供述行政机关尚未掌握的其他非法营运行为',
      3,
      [road(63, undefined, 2)],
      ['主动供述的违法行为经查证属实'],
    ),
  ];
}

function lighterList(prefix: string): FourListItem[] {
  return [
    lighter(
      `${prefix}-CQ-01`,
      '车辆在公路上擅自超限行驶，主动卸载',
      1,
      [hw(76, undefined, 5)],
      ['在指定地点主动卸载、消除违法状态'],
    ),
    lighter(
      `${prefix}-CQ-02`,
      '擅自从事道路普通货物运输经营，配合查处非法营运组织者',
      4,
      [road(63, undefined, 1)],
      ['提供组织者线索并查证属实'],
    ),
    lighter(
      `${prefix}-CQ-03`,
      '在公路建筑控制区内修建建筑物，在限期内主动拆除',
      1,
      [hw(81)],
      ['在责令限期内自行拆除并恢复原状'],
    ),
  ];
}

export const JTJ_NO_PENALTY = noPenalty('JTJ');
export const JTJ_REDUCED = reducedList('JTJ');
export const JTJ_LIGHTER = lighterList('JTJ');
export const JTJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'JTJ-BQ-01',
    '车辆营运证遗失或者损毁，未随车携带',
    [road(62)],
    ['能够当场提供补办证明或者经系统查询证件有效'],
  ),
  noCoercion(
    'JTJ-BQ-02',
    '首次被查获使用总质量4500千克以上普通货运车辆未取得营运证从事运输',
    [road(62)],
    ['当事人能够提供真实身份和联系方式，承诺接受调查处理', '车辆无安全隐患'],
  ),
  noCoercion('JTJ-BQ-03', '车辆营运证有效期届满未及时换发', [road(62)], ['经查询已提交换证申请']),
];

/** The team applies the bureau's lists under its own codes; it has no coercive measures to waive (ACL-17). */
export const JTDD_NO_PENALTY = noPenalty('JTDD');
export const JTDD_REDUCED = reducedList('JTDD');
export const JTDD_LIGHTER = lighterList('JTDD');

export const JTJ_RANDOM: RandomInspection[] = [
  {
    code: 'JTJ-CC-01',
    name: '道路运输企业监督检查',
    basis: [road(59), road(60)],
    inspectingBody: `${NAME}（委托${TEAM}协助实施）`,
    target: '辖区内道路客运、普通货运、客运站经营者',
    content: '经营许可和车辆营运证；驾驶人员从业条件；车辆维护检测；承运人责任险；安全生产管理制度。',
    method: '“双随机、一公开”现场检查、查阅台账',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'JTJ-CC-02',
    name: '机动车维修经营者监督检查',
    basis: [road(59), road(60)],
    inspectingBody: NAME,
    target: '辖区内已备案的机动车维修经营者',
    content: '备案信息；维修工时定额和收费标准公布；维修质量检验和合格证签发；配件来源。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'JTJ-CC-03',
    name: '涉路施工许可事项监督检查',
    basis: [hw(71)],
    inspectingBody: NAME,
    target: '取得占用、挖掘公路或者跨越、穿越公路许可的施工单位',
    content: '是否按许可范围、期限施工；安全防护设施；施工结束后公路恢复情况。',
    method: '现场检查',
    proportionPercent: 10,
    frequency: '施工期间不少于1次',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心交通窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12328交通运输服务监督电话',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: agencyContact(5).phone,
};

export const JTJ_GUIDES: ServiceGuide[] = [
  {
    code: 'JTJ-ZN-01',
    itemCode: 'JTJ-XK-001',
    name: '道路旅客运输经营许可',
    basis: [road(8), road(10)],
    ...GUIDE_COMMON,
    conditions:
      '有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；有健全的安全生产管理制度；申请班线客运的，还应当有明确的线路和站点方案。',
    materials: [
      '道路旅客运输经营申请表',
      '营业执照',
      '车辆技术等级评定或者检测合格证明',
      '驾驶人员驾驶证、从业资格证',
      '安全生产管理制度文本',
      '班线客运的线路和站点方案',
    ],
    process: '申请—受理—审查—决定—颁发道路运输经营许可证并配发车辆营运证。',
    timeLimit: '自受理之日起二十个工作日',
  },
  {
    code: 'JTJ-ZN-02',
    itemCode: 'JTJ-XK-002',
    name: '道路货物运输经营许可（普通货运）',
    basis: [road(21), road(24)],
    ...GUIDE_COMMON,
    conditions:
      '有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；有健全的安全生产管理制度。使用总质量4500千克及以下普通货运车辆的无需申请。',
    materials: [
      '道路货物运输经营申请表',
      '营业执照',
      '车辆行驶证及检测合格证明',
      '驾驶人员驾驶证、从业资格证',
      '安全生产管理制度文本',
    ],
    process: '申请—受理—审查—决定—颁发许可证并配发车辆营运证。',
    timeLimit: '自受理之日起二十个工作日',
  },
  {
    code: 'JTJ-ZN-03',
    itemCode: 'JTJ-XK-003',
    name: '道路旅客运输站（场）经营许可',
    basis: [road(36), road(39, 1)],
    ...GUIDE_COMMON,
    conditions:
      '有经验收合格的运输站（场）；有相应的专业人员和管理人员；有相应的设备、设施；有健全的业务操作规程和安全管理制度。',
    materials: [
      '道路旅客运输站（场）经营申请表',
      '营业执照',
      '站（场）竣工验收证明',
      '人员和设备设施情况',
      '业务操作规程和安全管理制度文本',
    ],
    process: '申请—受理—审查（现场核查）—决定—书面通知。',
    timeLimit: '自受理之日起十五个工作日',
  },
  {
    code: 'JTJ-ZN-04',
    itemCode: 'JTJ-XK-004',
    name: '占用、挖掘公路或者使公路改线审批',
    basis: [hw(44)],
    ...GUIDE_COMMON,
    conditions:
      '因建设工程确需占用、挖掘公路或者使公路改线；有保障公路、公路附属设施质量和安全的技术评价报告及处置方案；影响交通安全的，已征得公安机关同意。',
    materials: [
      '涉路施工申请书',
      '设计和施工方案',
      '保障公路安全的技术评价报告',
      '施工期间交通组织方案',
      '公安机关同意文件（影响交通安全的）',
    ],
    process: '申请—受理—现场勘查—审查—决定—施工监管—验收。',
    timeLimit: '法定二十个工作日（可延长十个工作日）',
  },
  {
    code: 'JTJ-ZN-05',
    itemCode: 'JTJ-XK-006',
    name: '公路超限运输许可',
    basis: [hw(50)],
    ...GUIDE_COMMON,
    conditions: '载运不可解体物品确需超限行驶；按要求采取有效的防护措施；按照指定的时间、路线、速度行驶。',
    materials: ['超限运输申请表', '车辆行驶证、道路运输证', '货物名称、质量、外廓尺寸说明', '运输路线和护送方案'],
    process: '申请—受理—审查（必要时组织路线勘测）—决定—颁发超限运输车辆通行证。',
    timeLimit: '法定二十个工作日',
  },
];

const HOTLINE = (prefix: string): Channel => ({
  code: `${prefix}-QD-05`,
  kind: 'HOTLINE',
  name: '12328交通运输服务监督电话',
  address: '',
  postcode: '',
  phone: '12328',
  email: '',
  feedback: '受理道路运输、公路路政方面的投诉举报，转办后按期办结并回访。',
});

export const JTJ_CHANNELS: Channel[] = [...channels('JTJ', NAME), HOTLINE('JTJ')];
export const JTDD_CHANNELS: Channel[] = [...channels('JTDD', `${TEAM}（以青溪县交通运输局名义执法）`), HOTLINE('JTDD')];

export const JTJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('JTJ', PROVINCIAL_THRESHOLDS, [
  {
    code: 'JTJ-SH-07',
    name: '拟暂扣车辆且当事人对暂扣提出异议的',
    itemKinds: ['COERCIVE_MEASURE'],
    complex: true,
    mode: 'ALL',
    description: '暂扣车辆事实或者依据存在争议的，解除或者处理前进行法制审核。',
  },
]);
/** The team's penalty decisions are reviewed under the bureau's catalogue, published under its own codes. */
export const JTDD_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('JTDD', PROVINCIAL_THRESHOLDS);
