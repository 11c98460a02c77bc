import {
  agencyContact,
  channels,
  OFFICE_HOURS,
  PROVINCIAL_THRESHOLDS,
  reviewCatalogue,
  SERVICE_CENTRE,
} from './common';
import {
  apl,
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

/** 县文旅广体局: the four lists, random inspections, guides, channels, review catalogue (items and benchmarks: ./wlj.ts). */
const ent = (a: number, p?: number, i?: number) => ref(L.ENTERTAINMENT, a, p, i);
const tour = (a: number, p?: number, i?: number) => ref(L.TOURISM, a, p, i);
const NAME = '青溪县文化旅游广电体育局';

export const WLJ_NO_PENALTY: FourListItem[] = [
  firstViolation('WLJ-BF-01', '娱乐场所未悬挂未成年人禁入或者限入标志', [ent(30), ent(51)], ['在责令期限内补设标志']),
  firstViolation(
    'WLJ-BF-02',
    '娱乐场所从业人员在营业期间未统一着装并佩带工作标志',
    [ent(49, undefined, 3)],
    ['涉及从业人员三人以下'],
  ),
  firstViolation('WLJ-BF-03', '娱乐场所营业日志记载不完整', [ent(25), ent(50)], ['营业日志未删改，已补记完整']),
];

export const WLJ_REDUCED: FourListItem[] = [
  reduced(
    'WLJ-JQ-01',
    '歌舞娱乐场所接纳未成年人，发现后主动劝离并报告',
    1,
    [ent(48, undefined, 3)],
    ['未成年人持有他人身份证件，场所已履行查验义务', '未向未成年人提供酒精饮料'],
  ),
  reduced('WLJ-JQ-02', '未经许可经营旅行社业务，主动供述并退赔旅游者', 3, [tour(95, 1)], ['已全额退还旅游者费用']),
];

export const WLJ_LIGHTER: FourListItem[] = [
  lighter(
    'WLJ-CQ-01',
    '娱乐场所容纳的消费者超过核定人数，主动疏散',
    1,
    [ent(48, undefined, 5)],
    ['发现后立即疏散至核定人数以内'],
  ),
  lighter('WLJ-CQ-02', '导游私自承揽业务，配合查处旅行社不合理低价组团行为', 4, [tour(102, 2)], ['提供线索并查证属实']),
  lighter(
    'WLJ-CQ-03',
    '未成年人未取得导游证从事导游活动',
    null,
    [apl(30), tour(102, 1)],
    ['违法行为发生时已满十四周岁不满十八周岁'],
  ),
];

export const WLJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'WLJ-BQ-01',
    '娱乐场所使用少量来源不明的音像制品',
    [apl(56)],
    ['数量在十张（件）以下，已停止使用', '当事人承诺配合调查、不转移证据'],
    '先行登记保存参照行政强制措施管理。',
  ),
  noCoercion(
    'WLJ-BQ-02',
    '游艺娱乐场所个别电子游戏机内容未经核查',
    [apl(56)],
    ['游戏机数量在二台以下，已停止使用', '不具有赌博功能'],
    '先行登记保存参照行政强制措施管理。',
  ),
];

export const WLJ_RANDOM: RandomInspection[] = [
  {
    code: 'WLJ-CC-01',
    name: '娱乐场所经营活动检查',
    basis: [ent(32)],
    inspectingBody: NAME,
    target: '辖区内歌舞娱乐场所、游艺娱乐场所',
    content: '娱乐经营许可证；核定人数；营业时间；未成年人保护；警示标志；从业人员名簿和营业日志；曲库和游戏内容。',
    method: '“双随机、一公开”现场检查、查阅资料',
    proportionPercent: 10,
    frequency: '每年不少于1次',
  },
  {
    code: 'WLJ-CC-02',
    name: '旅行社经营行为检查',
    basis: [tour(85)],
    inspectingBody: NAME,
    target: '辖区内旅行社及其分社、服务网点',
    content: '业务经营许可；旅游合同；责任保险；导游委派；购物和另行付费项目安排。',
    method: '“双随机、一公开”现场检查、查阅合同票据',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'WLJ-CC-03',
    name: '导游、领队服务行为检查',
    basis: [tour(85)],
    inspectingBody: NAME,
    target: '在辖区景区执业的导游、领队',
    content: '导游证佩戴；委派手续；是否私自承揽业务、索取小费、诱导购物。',
    method: '景区现场随机抽查',
    proportionPercent: 3,
    frequency: '旅游旺季每月1次',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心文旅窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12345政务服务便民热线',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: agencyContact(4).phone,
};

export const WLJ_GUIDES: ServiceGuide[] = [
  {
    code: 'WLJ-ZN-01',
    itemCode: 'WLJ-XK-001',
    name: '娱乐场所经营许可',
    basis: [ent(9), ent(10)],
    ...GUIDE_COMMON,
    conditions:
      '已取得营业执照；投资人员、拟任法定代表人和其他负责人没有娱乐场所管理条例第五条规定的情形；场所设置、面积、设施设备符合规定；符合消防、卫生、环境保护等要求。',
    materials: [
      '娱乐场所经营许可申请书',
      '营业执照',
      '投资人员、拟任法定代表人和其他负责人的身份证明及无禁止情形的书面声明',
      '经营场所使用权证明及平面示意图',
      '设施设备清单',
    ],
    process: '申请—受理—核查书面声明—实地检查—听证—决定—颁发娱乐经营许可证并核定消费者容纳数量。',
    timeLimit: '法定二十个工作日（听证时间不计入）',
  },
  {
    code: 'WLJ-ZN-02',
    itemCode: 'WLJ-XK-002',
    name: '娱乐经营许可证重新核发',
    basis: [ent(12)],
    ...GUIDE_COMMON,
    conditions: '娱乐场所改建、扩建营业场所或者变更场地、主要设施设备、投资人员，或者变更娱乐经营许可证载明的事项。',
    materials: ['重新核发申请书', '变更事项的证明材料', '原娱乐经营许可证'],
    process: '申请—受理—审查（必要时实地检查）—决定—换发许可证。',
    timeLimit: '法定二十个工作日',
  },
];

export const WLJ_CHANNELS: Channel[] = [
  ...channels('WLJ', NAME),
  {
    code: 'WLJ-QD-05',
    kind: 'HOTLINE',
    name: '12318全国文化市场举报平台',
    address: '',
    postcode: '',
    phone: '12318',
    email: '',
    feedback: '受理文化市场违法经营举报，转办后及时核查处理并反馈。',
  },
];

export const WLJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('WLJ', PROVINCIAL_THRESHOLDS);
