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

/** 县卫生健康局: the four lists, random inspections, guides, channels, review catalogue (items and benchmarks: ./wjj.ts). */
const med = (a: number, p?: number, i?: number) => ref(L.MEDICAL_INST, a, p, i);
const pub = (a: number, p?: number, i?: number) => ref(L.PUBLIC_PLACE, a, p, i);
const care = (a: number, p?: number, i?: number) => ref(L.HEALTH_CARE, a, p, i);
const NAME = '青溪县卫生健康局';

export const WJJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'WJJ-BF-01',
    '诊所未经备案执业',
    [med(23), med(43, 2)],
    ['在责令期限内完成备案', '执业人员具有相应资质，未造成患者损害'],
  ),
  firstViolation(
    'WJJ-BF-02',
    '医疗机构诊疗活动超出登记或者备案范围',
    [med(26), med(46)],
    ['超范围诊疗项目一项、次数少', '未造成患者损害'],
  ),
];

export const WJJ_REDUCED: FourListItem[] = [
  reduced(
    'WJJ-JQ-01',
    '使用非卫生技术人员从事医疗卫生技术工作，发现后立即停止',
    1,
    [med(47)],
    ['使用人员一名、时间不足一个月', '未造成患者损害'],
  ),
  reduced('WJJ-JQ-02', '诊疗活动超出登记范围，主动停止并告知患者', 1, [med(46)], ['已主动退还超范围诊疗费用']),
];

export const WJJ_LIGHTER: FourListItem[] = [
  lighter(
    'WJJ-CQ-01',
    '未取得医疗机构执业许可证擅自执业，主动供述行政机关尚未掌握的违法行为',
    3,
    [care(99)],
    ['主动供述的违法行为经查证属实'],
  ),
  lighter('WJJ-CQ-02', '使用非卫生技术人员，配合查处非法行医组织者', 4, [med(47)], ['提供线索并查证属实']),
];

export const WJJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'WJJ-BQ-01',
    '诊所未经备案执业，涉案药品、器械数量少',
    [apl(56)],
    ['能够当场清点登记、拍照固定证据', '当事人承诺不转移、不销毁'],
    '先行登记保存参照行政强制措施管理。',
  ),
  noCoercion(
    'WJJ-BQ-02',
    '公共场所顾客用品用具消毒不合格',
    [apl(56)],
    ['当事人当场停止使用并重新清洗消毒', '已留存检测样品'],
    '先行登记保存参照行政强制措施管理。',
  ),
];

export const WJJ_RANDOM: RandomInspection[] = [
  {
    code: 'WJJ-CC-01',
    name: '医疗机构依法执业检查',
    basis: [med(39, undefined, 2)],
    inspectingBody: NAME,
    target: '辖区内医院、卫生院、门诊部、诊所等医疗机构',
    content: '执业许可或者备案；诊疗科目；卫生技术人员资质；证明文件出具；校验情况。',
    method: '“双随机、一公开”现场检查、查阅病历和排班记录',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'WJJ-CC-02',
    name: '公共场所卫生检查',
    basis: [pub(14)],
    inspectingBody: NAME,
    target: '辖区内住宿、沐浴、美容美发、游泳等公共场所',
    content: '卫生许可证；从业人员健康合格证明；顾客用品用具清洗消毒；空气、水质等卫生检测。',
    method: '“双随机、一公开”现场检查、现场快速检测',
    proportionPercent: 5,
    frequency: '每年1次',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心卫健窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12320卫生健康热线',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: agencyContact(8).phone,
};

export const WJJ_GUIDES: ServiceGuide[] = [
  {
    code: 'WJJ-ZN-01',
    itemCode: 'WJJ-XK-001',
    name: '医疗机构设置审批（床位不满100张）',
    basis: [med(9), med(11), med(12)],
    ...GUIDE_COMMON,
    conditions: '符合本县医疗机构设置规划和医疗机构基本标准。',
    materials: ['设置申请书', '设置可行性研究报告', '选址报告和建筑设计平面图'],
    process: '申请—受理—审查（必要时现场核查）—作出批准或者不批准的书面答复—发给设置医疗机构批准书。',
    timeLimit: '自受理之日起三十日',
  },
  {
    code: 'WJJ-ZN-02',
    itemCode: 'WJJ-XK-002',
    name: '医疗机构执业登记',
    basis: [med(14), med(15), med(18)],
    ...GUIDE_COMMON,
    conditions:
      '已取得设置医疗机构批准书（按规定需要的）；符合医疗机构基本标准；有适合的名称、组织机构和场所；有与业务相适应的经费、设施、设备和专业卫生技术人员；有相应的规章制度；能够独立承担民事责任。',
    materials: [
      '医疗机构申请执业登记注册书',
      '设置医疗机构批准书',
      '场所使用证明和建筑平面图',
      '卫生技术人员名录及资格证书、执业证书',
      '规章制度',
      '验资或者资金证明',
    ],
    process: '申请—受理—审核（现场核查）—登记—发给《医疗机构执业许可证》。',
    timeLimit: '自受理之日起四十五日',
  },
  {
    code: 'WJJ-ZN-03',
    itemCode: 'WJJ-XK-004',
    name: '公共场所卫生许可',
    basis: [pub(8)],
    ...GUIDE_COMMON,
    conditions: '场所布局、设施设备符合卫生标准和规范；从业人员取得健康合格证明；有卫生管理制度和卫生管理人员。',
    materials: [
      '公共场所卫生许可申请表',
      '营业执照',
      '场所平面布局图',
      '卫生检测报告',
      '从业人员健康合格证明',
      '卫生管理制度',
    ],
    process: '申请—受理—现场审查—决定—发证。',
    timeLimit: '法定二十个工作日',
  },
];

export const WJJ_CHANNELS: Channel[] = [
  ...channels('WJJ', NAME),
  {
    code: 'WJJ-QD-05',
    kind: 'HOTLINE',
    name: '12320卫生健康热线',
    address: '',
    postcode: '',
    phone: '12320',
    email: '',
    feedback: '受理医疗服务、公共卫生方面的咨询、投诉和举报，转办后及时处理并反馈。',
  },
];

export const WJJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('WJJ', PROVINCIAL_THRESHOLDS);
