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
  minorNoHarm,
  noCoercion,
  type RandomInspection,
  type ReviewCriterionEntry,
  reduced,
  ref,
  type ServiceGuide,
} from './helpers';
import { L } from './laws/names';

/** 县自然资源局: the four lists, random inspections, guides, channels, review catalogue (items and benchmarks: ./zrj.ts). */
const land = (a: number, p?: number, i?: number) => ref(L.LAND, a, p, i);
const plan = (a: number, p?: number, i?: number) => ref(L.PLANNING, a, p, i);
const mine = (a: number, p?: number, i?: number) => ref(L.MINERAL, a, p, i);
const NAME = '青溪县自然资源局';

export const ZRJ_NO_PENALTY: FourListItem[] = [
  minorNoHarm('ZRJ-BF-01', '建设单位未在竣工验收后六个月内报送竣工验收资料', [plan(67)], ['在责令限期内补报']),
  firstViolation(
    'ZRJ-BF-02',
    '勘查活动结束后探矿权人未及时清理勘查区域',
    [mine(69)],
    ['勘查区域面积小，限期内完成清理和地表植被恢复'],
  ),
];

export const ZRJ_REDUCED: FourListItem[] = [
  reduced(
    'ZRJ-JQ-01',
    '农村村民以外的当事人非法占用少量非耕地，已自行拆除并退还土地',
    1,
    [land(77)],
    ['占用面积一百平方米以下，符合国土空间规划', '已恢复土地原状'],
  ),
  reduced(
    'ZRJ-JQ-02',
    '非法转让土地，主动供述行政机关尚未掌握的其他非法转让行为',
    3,
    [land(74)],
    ['主动供述的违法行为经查证属实'],
  ),
];

export const ZRJ_LIGHTER: FourListItem[] = [
  lighter(
    'ZRJ-CQ-01',
    '未取得采矿权开采矿产资源，主动停止开采并修复生态',
    1,
    [mine(64, 1)],
    ['在调查终结前完成生态修复'],
  ),
  lighter('ZRJ-CQ-02', '擅自在耕地上取土，配合查处组织者', 4, [land(75)], ['提供组织者线索并查证属实']),
];

export const ZRJ_NO_COERCION: FourListItem[] = [
  noCoercion('ZRJ-BQ-01', '零星挖取砂土自用', [mine(57)], ['数量少、未对外销售', '当事人已停止挖取并承诺恢复']),
  noCoercion(
    'ZRJ-BQ-02',
    '采矿权人临时超出登记范围开采，已立即停止',
    [mine(57)],
    ['超出范围小、未造成资源破坏', '当事人承诺配合调查处理'],
  ),
];

export const ZRJ_RANDOM: RandomInspection[] = [
  {
    code: 'ZRJ-CC-01',
    name: '矿业权人勘查开采活动检查',
    basis: [mine(57)],
    inspectingBody: NAME,
    target: '辖区内探矿权人、采矿权人',
    content: '是否按照登记范围和经批准的方案勘查、开采；开采回采率；矿区生态修复；储量报告和地质资料汇交。',
    method: '“双随机、一公开”实地核查、查阅资料',
    proportionPercent: 10,
    frequency: '每年1次',
  },
  {
    code: 'ZRJ-CC-02',
    name: '建设工程规划许可批后监管',
    basis: [plan(53)],
    inspectingBody: NAME,
    target: '已取得建设工程规划许可证的在建项目',
    content: '是否按照规划许可的位置、面积、高度等建设；竣工验收资料报送。',
    method: '“双随机、一公开”现场检查、测量',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'ZRJ-CC-03',
    name: '临时用地使用和复垦情况检查',
    basis: [land(67), land(68)],
    inspectingBody: NAME,
    target: '经批准的临时用地使用者',
    content: '是否按照批准的用途使用；是否修建永久性建筑物；期满后归还和复垦情况。',
    method: '现场检查，结合卫片核查',
    proportionPercent: 10,
    frequency: '每年1次',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心自然资源窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12345政务服务便民热线',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: agencyContact(6).phone,
};

export const ZRJ_GUIDES: ServiceGuide[] = [
  {
    code: 'ZRJ-ZN-01',
    itemCode: 'ZRJ-XK-001',
    name: '建设工程规划许可证核发',
    basis: [plan(40)],
    ...GUIDE_COMMON,
    conditions: '建设项目符合控制性详细规划和规划条件；已取得土地使用权证明文件；建设工程设计方案符合规划要求。',
    materials: [
      '建设工程规划许可申请表',
      '土地使用权证明文件',
      '建设工程设计方案（总平面图、单体方案）',
      '需要编制修建性详细规划的，提供修建性详细规划',
    ],
    process: '申请—受理—审查设计方案（公示）—决定—核发许可证。',
    timeLimit: '法定二十个工作日（公示时间不计入）',
  },
  {
    code: 'ZRJ-ZN-02',
    itemCode: 'ZRJ-XK-002',
    name: '乡村建设规划许可证核发',
    basis: [plan(41)],
    ...GUIDE_COMMON,
    conditions:
      '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设以及农村村民住宅建设，符合村庄规划；不得占用农用地，确需占用的依法办理农用地转用审批。',
    materials: ['乡村建设规划许可申请表', '土地权属证明', '建设方案或者农房设计图', '乡、镇人民政府审查意见'],
    process: '向乡、镇人民政府申请—乡、镇人民政府审查报送—本局审查决定—核发许可证。',
    timeLimit: '法定二十个工作日',
  },
  {
    code: 'ZRJ-ZN-03',
    itemCode: 'ZRJ-XK-003',
    name: '临时用地审批',
    basis: [land(57)],
    ...GUIDE_COMMON,
    conditions:
      '建设项目施工、地质勘查需要临时使用土地；已与土地权利人签订临时使用土地合同；有土地复垦方案；不修建永久性建筑物。',
    materials: ['临时用地申请表', '临时使用土地合同', '土地复垦方案及复垦费用缴存证明', '勘测定界图'],
    process: '申请—受理—现场踏勘—审查决定—批复。',
    timeLimit: '法定二十个工作日',
  },
];

export const ZRJ_CHANNELS: Channel[] = [
  ...channels('ZRJ', NAME),
  {
    code: 'ZRJ-QD-05',
    kind: 'HOTLINE',
    name: '12336自然资源违法线索举报',
    address: '',
    postcode: '',
    phone: '12336',
    email: '',
    feedback: '受理土地、矿产、规划违法线索举报，本局核查后按规定反馈。',
  },
];

export const ZRJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('ZRJ', PROVINCIAL_THRESHOLDS);
