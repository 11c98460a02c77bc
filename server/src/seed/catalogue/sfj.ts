import { channels, PROVINCIAL_THRESHOLDS, reviewCatalogue } from './common';
import {
  amountScale,
  apl,
  type Benchmark,
  benchmark,
  type Channel,
  type FourListItem,
  firstViolation,
  hearingRule,
  type Item,
  item,
  lighter,
  multipleScale,
  multipleTiers,
  noCoercion,
  noFault,
  onlyMaxTiers,
  type RandomInspection,
  type ReviewCriterionEntry,
  reduced,
  ref,
} from './helpers';
import { L } from './laws/names';

/**
 * 县司法局 (青溪县司法局). Administrative reconsideration is not enforcement and is not listed here; the bureau's
 * own enforcement items concern legal services (律师、法律援助、基层法律服务、公证、人民调解) and community
 * correction. Most penalties on lawyers and law firms belong to the city bureau (律师法第四十七条至第五十条);
 * the county bureau supervises and proposes them (律师法第五十二条).
 */
const lawyers = (a: number, p?: number, i?: number) => ref(L.LAWYERS, a, p, i);
const aid = (a: number, p?: number, i?: number) => ref(L.LEGAL_AID, a, p, i);
const med = (a: number, p?: number, i?: number) => ref(L.MEDIATION, a, p, i);
const corr = (a: number, p?: number, i?: number) => ref(L.COMMUNITY_CORRECTION, a, p, i);
const NAME = '青溪县司法局';
const HEARING = hearingRule(5_000, 100_000);
const LEGAL = '公共法律服务管理股';
const CORRECTION = '社区矫正管理局（县社区矫正机构）';

export const SFJ_ITEMS: Item[] = [
  item('SFJ-CF-001', '对没有取得律师执业证书的人员以律师名义从事法律服务业务的行政处罚', 'PENALTY', [lawyers(55)], {
    unit: LEGAL,
    hearing: HEARING,
    benchmarks: ['SFJ-JZ-001'],
  }),
  item('SFJ-CF-002', '对受援人以欺骗或者其他不正当手段获得法律援助的行政处罚', 'PENALTY', [aid(64)], {
    unit: LEGAL,
    violated: [aid(64)],
    benchmarks: ['SFJ-JZ-002'],
    remarks: '同时责令其支付已实施法律援助的费用。',
  }),
  item('SFJ-CF-003', '对冒用法律援助名义提供法律服务并谋取利益的行政处罚', 'PENALTY', [aid(65)], {
    unit: LEGAL,
    hearing: HEARING,
    benchmarks: ['SFJ-JZ-003'],
  }),
  item(
    'SFJ-CF-004',
    '对律师事务所、基层法律服务所无正当理由拒绝接受法律援助机构指派等行为的行政处罚',
    'PENALTY',
    [aid(62)],
    {
      unit: LEGAL,
      hearing: HEARING,
      remarks:
        '处罚种类和幅度依照律师法、基层法律服务管理的规定；属于设区的市级司法行政部门权限的，依照律师法第五十二条提出处罚建议。',
    },
  ),
  item(
    'SFJ-CF-005',
    '对律师、基层法律服务工作者无正当理由拒绝履行或者怠于履行法律援助义务等行为的行政处罚',
    'PENALTY',
    [aid(63)],
    {
      unit: LEGAL,
      hearing: HEARING,
      remarks: '处罚种类和幅度依照律师法、基层法律服务管理的规定；属于上级权限的，提出处罚建议。',
    },
  ),
  item('SFJ-JC-001', '对律师和律师事务所执业活动的日常监督检查', 'INSPECTION', [lawyers(52)], {
    unit: LEGAL,
    random: true,
  }),
  item('SFJ-JC-002', '对法律援助服务质量的监督检查', 'INSPECTION', [aid(57)], { unit: LEGAL, random: true }),
  item('SFJ-JC-003', '对公证机构、公证员的监督检查', 'INSPECTION', [ref(L.NOTARY, 5)], { unit: LEGAL, random: true }),
  item('SFJ-QT-001', '对律师和律师事务所违法行为向上级司法行政部门提出处罚建议', 'OTHER', [lawyers(52)], {
    unit: LEGAL,
  }),
  item('SFJ-QT-002', '对律师和律师事务所的投诉调查处理', 'OTHER', [lawyers(52)], { unit: LEGAL }),
  item('SFJ-QT-003', '法律援助工作投诉查处', 'OTHER', [aid(56)], { unit: LEGAL }),
  item('SFJ-CJ-001', '对法律援助机构不予法律援助、终止法律援助决定的异议审查', 'OTHER', [aid(49)], {
    unit: LEGAL,
    days: 5,
    calendarDays: true,
    remarks: '自收到异议之日起五日内作出维持或者责令改正的决定。',
  }),
  item('SFJ-GF-001', '法律援助补贴发放（由县法律援助中心支付）', 'BENEFIT', [aid(52)], { unit: '县法律援助中心' }),
  item('SFJ-QT-004', '法律援助人员培训', 'OTHER', [aid(54)], { unit: LEGAL }),
  item('SFJ-JL-001', '对有突出贡献的人民调解委员会和人民调解员给予表彰奖励', 'REWARD', [med(6)], {
    unit: '人民参与和促进法治股',
  }),
  item('SFJ-GF-002', '人民调解员因从事调解工作致伤致残、牺牲的救助和抚恤（协调实施）', 'BENEFIT', [med(16)], {
    unit: '人民参与和促进法治股',
  }),
  item('SFJ-QT-005', '指导人民调解工作', 'OTHER', [med(5)], { unit: '人民参与和促进法治股' }),
  item('SFJ-QT-006', '人民调解员业务培训', 'OTHER', [med(14)], { unit: '人民参与和促进法治股' }),
  item('SFJ-QT-007', '社区矫正对象离开所居住的市、县或者迁居审批', 'OTHER', [corr(27)], { unit: CORRECTION }),
  item('SFJ-QT-008', '对违反监督管理规定的社区矫正对象给予训诫、警告或者提请治安管理处罚', 'OTHER', [corr(28)], {
    unit: CORRECTION,
    av: 'FULL',
    remarks: '社区矫正属于刑事执行活动，列入清单便于公示。',
  }),
  item('SFJ-JL-002', '对表现突出的社区矫正对象给予表扬', 'REWARD', [corr(28)], { unit: CORRECTION }),
  item('SFJ-QT-009', '受县人民政府委托组织开展行政执法评议、考核和监督检查', 'OTHER', [apl(75)], {
    unit: '行政执法协调监督股',
    remarks: '行政执法监督不属于行政执法行为，列入清单供公众了解监督渠道。',
  }),
];

export const SFJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'SFJ-JZ-001',
    '没有取得律师执业证书的人员以律师名义从事法律服务业务',
    [lawyers(55)],
    [lawyers(55)],
    multipleScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], '违法所得', 1, 5),
    multipleTiers(
      '违法所得',
      [1, 1.7, 2.9, 5],
      {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      },
      {
        lighter: '以律师名义提供法律服务一次，收费较少，主动退还委托人费用的。',
        general: '以律师名义提供法律服务二至五次的。',
        heavier: '以律师名义代理诉讼、制作虚假律师身份材料，或者造成委托人重大损失的。',
      },
    ),
  ),
  benchmark(
    'SFJ-JZ-002',
    '受援人以欺骗或者其他不正当手段获得法律援助',
    [aid(64)],
    [aid(64)],
    amountScale(['FINE'], null, 3_000),
    onlyMaxTiers(
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
      {
        lighter: '隐瞒经济状况情节较轻，法律援助尚在初期，主动说明情况的。',
        heavier: '伪造证明材料，或者多次骗取法律援助的。',
      },
    ),
  ),
  benchmark(
    'SFJ-JZ-003',
    '冒用法律援助名义提供法律服务并谋取利益',
    [aid(65)],
    [aid(65)],
    multipleScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], '违法所得', 1, 3),
    multipleTiers('违法所得', [1, 1.6, 2.3, 3], {
      lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
    }),
  ),
];

export const SFJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'SFJ-BF-01',
    '受援人以不正当手段获得法律援助，法律援助尚未实际实施',
    [aid(64)],
    ['已主动说明真实情况并撤回申请'],
  ),
  noFault('SFJ-BF-02', '受援人提交的经济困难证明材料失实', [aid(64)], ['材料由他人代为出具且受援人不知情']),
];

export const SFJ_REDUCED: FourListItem[] = [
  reduced(
    'SFJ-JQ-01',
    '冒用法律援助名义提供法律服务，已全部退还所收费用',
    1,
    [aid(65)],
    ['已全部退还当事人费用并公开更正'],
  ),
  reduced(
    'SFJ-JQ-02',
    '无证以律师名义执业，主动供述行政机关尚未掌握的违法行为',
    3,
    [lawyers(55)],
    ['主动供述的违法行为经查证属实'],
  ),
];

export const SFJ_LIGHTER: FourListItem[] = [
  lighter('SFJ-CQ-01', '无证以律师名义执业，主动退还委托人费用', 1, [lawyers(55)], ['已全部退还委托人费用']),
  lighter('SFJ-CQ-02', '冒用法律援助名义提供法律服务，配合查处组织者', 4, [aid(65)], ['提供线索并查证属实']),
];

export const SFJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'SFJ-BQ-01',
    '无证人员以律师名义执业，涉案文书材料数量少',
    [apl(56)],
    ['已当场拍照固定证据', '当事人承诺配合调查、不转移材料'],
    '先行登记保存参照行政强制措施管理。',
  ),
  noCoercion(
    'SFJ-BQ-02',
    '冒用法律援助名义的宣传材料数量少',
    [apl(56)],
    ['当事人当场撤除宣传材料', '已拍照固定证据'],
    '先行登记保存参照行政强制措施管理。',
  ),
];

export const SFJ_RANDOM: RandomInspection[] = [
  {
    code: 'SFJ-CC-01',
    name: '律师事务所执业活动日常监督检查',
    basis: [lawyers(52)],
    inspectingBody: NAME,
    target: '住所在本县的律师事务所及其律师',
    content: '执业证书；收费和委托合同管理；利益冲突审查；法律援助义务履行；投诉处理。',
    method: '“双随机、一公开”现场检查、查阅卷宗',
    proportionPercent: 20,
    frequency: '每年1次',
  },
  {
    code: 'SFJ-CC-02',
    name: '法律援助服务质量检查',
    basis: [aid(57)],
    inspectingBody: NAME,
    target: '承办法律援助事项的律师、基层法律服务工作者',
    content: '案件办理质量；通报办理情况；结案材料；是否收取受援人财物。',
    method: '随机抽取已结案卷宗评查，回访受援人',
    proportionPercent: 10,
    frequency: '每半年1次',
  },
  {
    code: 'SFJ-CC-03',
    name: '公证机构执业活动检查',
    basis: [ref(L.NOTARY, 5)],
    inspectingBody: NAME,
    target: '本县公证机构及其公证员',
    content: '公证程序；公证书质量；收费；档案管理。',
    method: '随机抽取公证卷宗检查',
    proportionPercent: 10,
    frequency: '每年1次',
  },
];

/** The justice bureau's own enforcement is supervised by the city bureau and the county government. */
export const SFJ_CHANNELS: Channel[] = channels('SFJ', NAME).map((c) =>
  c.kind === 'SUPERVISION'
    ? {
        ...c,
        name: '岳阳市司法局行政执法协调监督科',
        address: '',
        postcode: '',
        phone: '',
        feedback: '对青溪县司法局的执法行为可以向上级司法行政部门反映，受理后转办核查并告知结果。',
      }
    : c,
);

export const SFJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('SFJ', PROVINCIAL_THRESHOLDS);
