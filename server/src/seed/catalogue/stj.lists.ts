import { channels, PROVINCIAL_THRESHOLDS, reviewCatalogue } from './common';
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
} from './helpers';
import { L } from './laws/names';

/** 生态环境分局: the four lists, random inspections, channels and review catalogue (no licences at the branch). */
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const water = (a: number, p?: number, i?: number) => ref(L.WATER, a, p, i);
const env = (a: number, p?: number, i?: number) => ref(L.ENV, a, p, i);
const NAME = '岳阳市生态环境局青溪分局';

export const STJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'STJ-BF-01',
    '未按照规定对所排放的工业废气进行监测或者未保存原始监测记录',
    [air(24), air(100, undefined, 2)],
    ['排放的污染物经监测未超标'],
  ),
  firstViolation(
    'STJ-BF-02',
    '大气污染物排放口标志牌设置不规范',
    [air(20), air(100, undefined, 5)],
    ['排放口位置和数量符合排污许可要求'],
  ),
  firstViolation(
    'STJ-BF-03',
    '易产生扬尘的物料未完全覆盖',
    [air(72), air(117, undefined, 2)],
    ['堆存面积五百平方米以下、堆存时间短', '未引发周边投诉'],
  ),
  minorNoHarm(
    'STJ-BF-04',
    '重点排污单位自动监测数据公开不及时',
    [air(100, undefined, 4)],
    ['公开延迟不超过七日，数据真实'],
  ),
  firstViolation(
    'STJ-BF-05',
    '未按照规定对所排放的水污染物自行监测',
    [water(23), water(82)],
    ['排放的水污染物经监测未超标'],
  ),
];

export const STJ_REDUCED: FourListItem[] = [
  reduced(
    'STJ-JQ-01',
    '超过大气污染物排放标准排放大气污染物，超标倍数小',
    1,
    [air(99, undefined, 2)],
    ['超标倍数不足0.2倍，立即停产整改并经监测达标', '未造成环境污染后果'],
  ),
  reduced(
    'STJ-JQ-02',
    '小微企业产生含挥发性有机物废气的活动未在密闭空间进行',
    1,
    [air(108, undefined, 1)],
    ['已停止作业并完成治理设施安装', '首次违法'],
  ),
  reduced(
    'STJ-JQ-03',
    '超标排放水污染物，主动供述行政机关尚未掌握的违法排放行为',
    3,
    [water(83, undefined, 2)],
    ['主动供述的违法行为经查证属实', '已采取措施消除污染'],
  ),
];

export const STJ_LIGHTER: FourListItem[] = [
  lighter(
    'STJ-CQ-01',
    '超标排放水污染物，主动采取措施消除或者减轻污染',
    1,
    [water(83, undefined, 2)],
    ['在调查终结前完成整改并经监测达标'],
  ),
  lighter(
    'STJ-CQ-02',
    '通过逃避监管方式排放大气污染物，配合查处第三方运维机构篡改数据行为',
    4,
    [air(99, undefined, 3)],
    ['提供第三方违法线索并查证属实'],
  ),
  lighter(
    'STJ-CQ-03',
    '受第三方运维机构诱骗，未按照规定使用自动监测设备',
    2,
    [air(100, undefined, 3)],
    ['有证据证明受他人诱骗'],
  ),
];

export const STJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'STJ-BQ-01',
    '超标排放污染物但超标倍数小，已立即停止超标排放',
    [env(25)],
    ['未造成或者不可能造成严重污染', '当事人承诺停产整改并配合调查'],
  ),
  noCoercion(
    'STJ-BQ-02',
    '污染防治设施因突发故障临时停运',
    [env(25)],
    ['已及时报告并采取停产、限产等应急措施', '未造成严重污染'],
  ),
  noCoercion(
    'STJ-BQ-03',
    '小微企业挥发性有机物无组织排放',
    [env(25)],
    ['排放量小、周边无环境敏感点', '当事人承诺限期完成治理'],
  ),
];

export const STJ_RANDOM: RandomInspection[] = [
  {
    code: 'STJ-CC-01',
    name: '重点排污单位执法检查',
    basis: [env(24), air(24), water(23)],
    inspectingBody: NAME,
    target: '列入重点排污单位名录的企业事业单位',
    content: '排污许可证执行情况；污染防治设施运行；自行监测和自动监测设备运行、联网及数据公开；排放口规范化。',
    method: '“双随机、一公开”现场检查、采样监测、调阅在线监控数据',
    proportionPercent: 20,
    frequency: '每年不少于1次',
  },
  {
    code: 'STJ-CC-02',
    name: '一般排污单位执法检查',
    basis: [env(24)],
    inspectingBody: NAME,
    target: '实行排污许可简化管理和登记管理的排污单位',
    content: '排污许可或者排污登记情况；污染防治设施运行；扬尘、挥发性有机物、恶臭气体污染防治措施。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'STJ-CC-03',
    name: '工业企业物料堆场扬尘污染防治检查',
    basis: [air(72)],
    inspectingBody: NAME,
    target: '贮存煤炭、水泥、砂土等易产生扬尘物料的企业和堆场',
    content: '物料密闭、围挡、覆盖措施；装卸喷淋；防燃措施。',
    method: '“双随机、一公开”现场检查，结合无人机巡查',
    proportionPercent: 5,
    frequency: '每半年1次',
  },
];

export const STJ_CHANNELS: Channel[] = [
  ...channels('STJ', NAME, '岳阳市人民政府'),
  {
    code: 'STJ-QD-05',
    kind: 'HOTLINE',
    name: '12369环保举报热线',
    address: '',
    postcode: '',
    phone: '12369',
    email: '',
    feedback: '受理环境污染举报，分局接到转办后及时核查处理，并将处理结果告知举报人。',
  },
];

export const STJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('STJ', PROVINCIAL_THRESHOLDS, [
  {
    code: 'STJ-SH-07',
    name: '拟查封、扣押造成污染物排放的设施、设备',
    itemKinds: ['COERCIVE_MEASURE'],
    mode: 'ANY',
    description: '查封、扣押影响生产经营，实施前（紧急情况下实施后二十四小时内）进行法制审核。',
  },
]);
