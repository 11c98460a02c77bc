import {
  agencyContact,
  channels,
  OFFICE_HOURS,
  PROVINCIAL_THRESHOLDS,
  profile,
  reviewCatalogue,
  SERVICE_CENTRE,
} from './common';
import {
  all,
  apl,
  type Channel,
  type FourListItem,
  firstViolation,
  lighter,
  minorNoHarm,
  noCoercion,
  type ProfileEntry,
  type RandomInspection,
  type ReviewCriterionEntry,
  reduced,
  ref,
  type ServiceGuide,
} from './helpers';
import { L } from './laws/names';

/** 县城管执法局: the four lists, random inspections, service guides, channels, review catalogue, profile. */
const city = (a: number, p?: number, i?: number) => ref(L.CITY_APPEARANCE, a, p, i);
const plan = (a: number, p?: number, i?: number) => ref(L.PLANNING, a, p, i);
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const NAME = '青溪县城市管理和综合执法局';
const CONTACT = agencyContact(2);

export const CGJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'CGJ-BF-01',
    '在规定街道的临街建筑物阳台和窗外堆放、吊挂有碍市容的物品',
    [city(34, undefined, 3)],
    ['经劝导当场或者在责令期限内自行清除'],
  ),
  firstViolation(
    'CGJ-BF-02',
    '未经批准在城市建筑物、设施上张挂、张贴宣传品',
    [city(34, undefined, 2)],
    ['张贴数量在十张以下，已自行清除、恢复原貌'],
  ),
  firstViolation(
    'CGJ-BF-03',
    '餐饮服务业经营者不正常使用油烟净化设施',
    [air(81), air(118, 1)],
    ['超标排放时间短，未造成周边居民投诉', '已修复并正常使用净化设施'],
  ),
  minorNoHarm(
    'CGJ-BF-04',
    '临街工地围挡、遮挡设置不规范，影响市容',
    [city(34, undefined, 7)],
    ['已在责令期限内完成整改'],
  ),
  firstViolation(
    'CGJ-BF-05',
    '运输渣土、砂石的车辆未完全密闭造成少量遗撒',
    [air(70), air(116)],
    ['遗撒量少，当事人当场清理干净'],
  ),
  firstViolation(
    'CGJ-BF-06',
    '在禁止的时段和区域内露天烧烤食品',
    [air(81), air(118, 3)],
    ['流动摊点、烧烤炉具一个，经劝阻立即停止并撤离'],
  ),
];

export const CGJ_REDUCED: FourListItem[] = [
  reduced(
    'CGJ-JQ-01',
    '未取得建设工程规划许可证进行建设，尚可采取改正措施',
    1,
    [plan(64)],
    ['主动停止建设并在限期内完成改正、补办规划手续', '违法建设面积不超过二十平方米，未影响相邻权利人'],
  ),
  reduced(
    'CGJ-JQ-02',
    '个人在人口集中地区焚烧垃圾等物质',
    1,
    [air(119, 2)],
    ['焚烧量少并立即扑灭、清理现场', '未引起周边居民投诉'],
  ),
  reduced(
    'CGJ-JQ-03',
    '在禁止区域露天烧烤食品',
    1,
    [air(118, 3)],
    ['主动交出烧烤工具并承诺不再违法经营', '经营者为低保、特困等生活困难人员'],
  ),
];

export const CGJ_LIGHTER: FourListItem[] = [
  lighter(
    'CGJ-CQ-01',
    '施工工地未采取扬尘污染防治措施，主动整改',
    1,
    [air(115, 1)],
    ['接到通知后立即覆盖裸土、洒水抑尘并冲洗车辆'],
  ),
  lighter(
    'CGJ-CQ-02',
    '违法建设当事人主动供述行政机关尚未掌握的其他违法建设',
    3,
    [plan(64)],
    ['主动供述的违法建设经查证属实'],
  ),
  lighter(
    'CGJ-CQ-03',
    '未成年人乱涂写、刻画或者露天烧烤',
    null,
    [apl(30), city(34, undefined, 2), air(118, 3)],
    ['违法行为发生时已满十四周岁不满十八周岁'],
  ),
  lighter('CGJ-CQ-04', '运输车辆造成物料遗撒，配合查处渣土偷倒行为', 4, [air(116)], ['提供偷倒渣土线索并查证属实']),
];

export const CGJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'CGJ-BQ-01',
    '违法建设尚处于基础施工阶段，当事人已自行停止施工',
    [plan(68)],
    ['当事人书面承诺停止建设并配合调查处理'],
  ),
  noCoercion(
    'CGJ-BQ-02',
    '临时建筑物超过批准期限不拆除，已申请延期或者正在自行拆除',
    [plan(68)],
    ['不影响道路通行和公共安全'],
  ),
  noCoercion(
    'CGJ-BQ-03',
    '农村村民自建房局部超出许可范围，已自行停止施工',
    [plan(68)],
    ['超出部分面积较小，当事人承诺限期自行改正'],
  ),
];

export const CGJ_RANDOM: RandomInspection[] = [
  {
    code: 'CGJ-CC-01',
    name: '建筑工地扬尘污染防治检查',
    basis: [air(69)],
    inspectingBody: NAME,
    target: '县城规划区内在建房屋建筑和市政工程施工工地',
    content: '硬质围挡设置；裸土覆盖、洒水抑尘、车辆冲洗；建筑土方和建筑垃圾清运、遮盖情况。',
    method: '“双随机、一公开”现场检查，必要时无人机巡查取证',
    proportionPercent: 10,
    frequency: '每季度1次',
  },
  {
    code: 'CGJ-CC-02',
    name: '餐饮服务单位油烟排放检查',
    basis: [air(81)],
    inspectingBody: NAME,
    target: '县城建成区内排放油烟的餐饮服务经营者',
    content: '油烟净化设施安装、运行和清洗维护记录；排放口设置。',
    method: '“双随机、一公开”现场检查、查阅维护记录',
    proportionPercent: 5,
    frequency: '每半年1次',
  },
  {
    code: 'CGJ-CC-03',
    name: '大型户外广告设置检查',
    basis: [city(11)],
    inspectingBody: NAME,
    target: '县城建成区内已设置的大型户外广告设施',
    content: '是否经同意设置；是否按照批准的位置、规格设置；设施安全和维护情况。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 5,
    frequency: '每年1次，汛期前增加安全检查',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心城管窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12345政务服务便民热线',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: CONTACT.phone,
};

export const CGJ_GUIDES: ServiceGuide[] = [
  {
    code: 'CGJ-ZN-01',
    itemCode: 'CGJ-XK-001',
    name: '设置大型户外广告审批',
    basis: [city(11), all(42)],
    ...GUIDE_COMMON,
    conditions: '内容健康、外型美观，设置位置符合户外广告设置规划，设施结构安全。',
    materials: [
      '户外广告设置申请表',
      '设置位置示意图和效果图',
      '场地使用权证明或者场地所有人同意设置的证明',
      '广告设施结构安全说明（大型设施须提供设计单位出具的安全证明）',
    ],
    process: '申请—受理—现场勘查—审查决定—送达。',
    timeLimit: '法定二十个工作日（可延长十个工作日）',
  },
  {
    code: 'CGJ-ZN-02',
    itemCode: 'CGJ-XK-002',
    name: '临时占用街道两侧和公共场地堆放物料、搭建非永久性设施审批',
    basis: [city(14), all(42)],
    ...GUIDE_COMMON,
    conditions:
      '因建设等特殊需要临时堆放物料或者搭建非永久性建筑物、构筑物、设施，不影响交通和市容，有明确的使用期限和恢复措施。',
    materials: ['临时占用申请表', '占用位置、面积示意图', '施工许可或者其他证明特殊需要的材料'],
    process: '申请—受理—现场勘查—审查决定—送达；期满后恢复原状并申请验收。',
    timeLimit: '法定二十个工作日（可延长十个工作日）',
  },
];

export const CGJ_CHANNELS: Channel[] = channels('CGJ', NAME);

export const CGJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('CGJ', PROVINCIAL_THRESHOLDS, [
  {
    code: 'CGJ-SH-07',
    name: '拟组织强制拆除违法建筑物、构筑物、设施',
    itemKinds: ['COERCIVE_EXECUTION'],
    mode: 'ANY',
    description: '强制拆除直接影响当事人重大财产权益，实施前进行法制审核（行政强制法第四十四条）。',
  },
]);

export const CGJ_PROFILE: ProfileEntry[] = [
  profile('statementWindowWd', 5, '本局执法程序规定：当事人自收到告知书之日起五个工作日内陈述、申辩（演示）。'),
  profile(
    'legalReviewWd',
    7,
    '法制审核自收到材料之日起七个工作日内完成，可延长三个工作日（REV-TIME 地方示例，演示）。',
  ),
  profile(
    'hearingThresholds.URBAN',
    JSON.stringify({
      fine: { naturalPersonFen: 500_000, organisationFen: 10_000_000 },
      confiscation: { naturalPersonFen: 500_000, organisationFen: 10_000_000 },
    }),
    '常见的省级较大数额标准：对自然人五千元以上、对法人或者其他组织十万元以上（HEAR-THRESH，演示值，以本省规定为准）。',
  ),
];
