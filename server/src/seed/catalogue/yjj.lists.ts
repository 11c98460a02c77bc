import { channels, PROVINCIAL_THRESHOLDS, reviewCatalogue } from './common';
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
} from './helpers';
import { L } from './laws/names';

/** 县应急管理局: the four lists, random inspections, guides, channels, review catalogue (items and benchmarks: ./yjj.ts). */
const ws = (a: number, p?: number, i?: number) => ref(L.WORK_SAFETY, a, p, i);
const NAME = '青溪县应急管理局';

export const YJJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'YJJ-BF-01',
    '未如实记录安全生产教育和培训情况',
    [ws(28), ws(97, undefined, 4)],
    ['已实际开展培训，能够提供其他证明材料'],
  ),
  firstViolation(
    'YJJ-BF-02',
    '未在有较大危险因素的场所和设施、设备上设置明显的安全警示标志',
    [ws(35), ws(99, undefined, 1)],
    ['在责令期限内补设', '未发生生产安全事故'],
  ),
  firstViolation(
    'YJJ-BF-03',
    '未将事故隐患排查治理情况如实记录或者未向从业人员通报',
    [ws(41), ws(97, undefined, 5)],
    ['所涉隐患已整改完毕'],
  ),
];

export const YJJ_REDUCED: FourListItem[] = [
  reduced(
    'YJJ-JQ-01',
    '生产经营单位的主要负责人未履行安全生产管理职责，已主动整改',
    1,
    [ws(94, 1)],
    ['在责令限期内完成全部整改', '未导致事故隐患'],
  ),
  reduced(
    'YJJ-JQ-02',
    '高危行业生产经营单位未投保安全生产责任保险，在调查期间主动投保',
    1,
    [ws(109)],
    ['已足额投保并提供保单'],
  ),
];

export const YJJ_LIGHTER: FourListItem[] = [
  lighter('YJJ-CQ-01', '占用、封堵疏散通道，发现后立即清理', 1, [ws(105, undefined, 2)], ['当场清理，保持通道畅通']),
  lighter(
    'YJJ-CQ-02',
    '危险作业未安排专人现场管理，配合查处非法转包行为',
    4,
    [ws(101, undefined, 3)],
    ['提供线索并查证属实'],
  ),
];

export const YJJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'YJJ-BQ-01',
    '个别设施、设备存在一般事故隐患',
    [ws(65)],
    ['当场停止使用并承诺限期整改', '不存在发生生产安全事故的现实危险'],
  ),
  noCoercion(
    'YJJ-BQ-02',
    '少量危险化学品储存不规范',
    [ws(65)],
    ['当场转移至符合要求的场所', '数量在重大危险源临界量百分之十以下'],
  ),
];

export const YJJ_RANDOM: RandomInspection[] = [
  {
    code: 'YJJ-CC-01',
    name: '危险化学品经营单位安全生产检查',
    basis: [ws(65)],
    inspectingBody: NAME,
    target: '辖区内危险化学品经营（带储存设施）和使用单位',
    content: '安全管理制度；重大危险源管理；储存设施和安全设备维护检测；从业人员培训；应急预案及演练。',
    method: '“双随机、一公开”现场检查，邀请专家参与',
    proportionPercent: 20,
    frequency: '每年不少于1次',
  },
  {
    code: 'YJJ-CC-02',
    name: '工贸行业企业安全生产检查',
    basis: [ws(65)],
    inspectingBody: NAME,
    target: '辖区内冶金、建材、机械、轻工、纺织、烟草、商贸等工贸企业',
    content: '安全生产责任制；教育培训；安全警示标志；安全设备；劳动防护用品；事故隐患排查治理。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 5,
    frequency: '每年1次',
  },
  {
    code: 'YJJ-CC-03',
    name: '非煤矿山企业安全生产检查',
    basis: [ws(65)],
    inspectingBody: NAME,
    target: '辖区内露天采石场等非煤矿山企业',
    content: '安全设施；爆破作业管理；边坡管理；特种作业人员持证；应急救援。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 30,
    frequency: '每半年1次',
  },
];

export const YJJ_CHANNELS: Channel[] = [
  ...channels('YJJ', NAME),
  {
    code: 'YJJ-QD-05',
    kind: 'HOTLINE',
    name: '12350安全生产举报投诉',
    address: '',
    postcode: '',
    phone: '12350',
    email: '',
    feedback: '受理重大事故隐患和安全生产违法行为举报，核查属实的按规定给予举报奖励。',
  },
];

export const YJJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('YJJ', PROVINCIAL_THRESHOLDS);
