import {
  all,
  amountScale,
  type Benchmark,
  benchmark,
  hearingRule,
  type Item,
  item,
  multipleScale,
  multipleTiers,
  noPenaltyTier,
  onlyMaxTiers,
  range,
  rangeTiers,
  ref,
  tier,
} from './helpers';
import { L } from './laws/names';

/** 县卫生健康局 (青溪县卫生健康局): 医疗机构 and 公共场所卫生. */
const med = (a: number, p?: number, i?: number) => ref(L.MEDICAL_INST, a, p, i);
const pub = (a: number, p?: number, i?: number) => ref(L.PUBLIC_PLACE, a, p, i);
const care = (a: number, p?: number, i?: number) => ref(L.HEALTH_CARE, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '拟吊销《医疗机构执业许可证》或者责令停止执业活动的，告知听证权利。');
const TEAM = '卫生健康综合监督执法大队';
const WINDOW = '行政审批股（县政务服务中心卫健窗口）';
const REG_DAYS = '条例规定的期限，本局按工作日计算并公示承诺时限；不收费。';

export const WJJ_ITEMS: Item[] = [
  item('WJJ-XK-001', '医疗机构设置审批（不设床位或者床位不满100张）', 'LICENSE', [med(9), med(11), med(12)], {
    unit: WINDOW,
    days: 30,
    remarks: `自受理设置申请之日起三十日内作出书面答复（医疗机构管理条例第十二条）；${REG_DAYS}`,
  }),
  item('WJJ-XK-002', '医疗机构执业登记', 'LICENSE', [med(14), med(15), med(18)], {
    unit: WINDOW,
    days: 45,
    remarks: `自受理执业登记申请之日起四十五日内审核（医疗机构管理条例第十八条）；${REG_DAYS}`,
  }),
  item('WJJ-XK-003', '医疗机构变更登记', 'LICENSE', [med(19), all(49)], { unit: WINDOW, days: 20 }),
  item('WJJ-XK-004', '公共场所卫生许可', 'LICENSE', [pub(8), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: '法定二十个工作日（行政许可法第四十二条）。',
  }),
  item('WJJ-QR-001', '《医疗机构执业许可证》校验', 'CONFIRMATION', [med(21)], { unit: WINDOW }),
  item('WJJ-BA-001', '诊所备案', 'OTHER', [med(14)], { unit: WINDOW, remarks: '材料齐全的当场备案。' }),
  item('WJJ-BA-002', '医疗机构注销登记或者歇业备案', 'OTHER', [med(20)], { unit: WINDOW }),
  item('WJJ-JC-001', '对医疗机构执业活动的监督检查', 'INSPECTION', [med(39, undefined, 2)], {
    unit: TEAM,
    random: true,
  }),
  item('WJJ-JC-002', '对公共场所卫生的监督检查', 'INSPECTION', [pub(14)], { unit: TEAM, random: true }),
  item('WJJ-QT-001', '组织医疗机构评审', 'OTHER', [med(39, undefined, 3)], { unit: '医政医管股' }),
  item('WJJ-CF-001', '对未取得《医疗机构执业许可证》擅自执业的行政处罚', 'PENALTY', [med(43, 1), care(99)], {
    unit: TEAM,
    violated: [med(23)],
    hearing: HEARING,
    av: 'FULL',
    benchmarks: ['WJJ-JZ-001'],
  }),
  item('WJJ-CF-002', '对诊所未经备案执业的行政处罚', 'PENALTY', [med(43, 2)], {
    unit: TEAM,
    violated: [med(23)],
    hearing: HEARING,
    benchmarks: ['WJJ-JZ-002'],
  }),
  item('WJJ-CF-003', '对逾期不校验《医疗机构执业许可证》仍从事诊疗活动的行政处罚', 'PENALTY', [med(44)], {
    unit: TEAM,
    violated: [med(21)],
    hearing: HEARING,
  }),
  item('WJJ-CF-004', '对诊疗活动超出登记或者备案范围的行政处罚', 'PENALTY', [med(46)], {
    unit: TEAM,
    violated: [med(26)],
    hearing: HEARING,
    benchmarks: ['WJJ-JZ-003'],
  }),
  item('WJJ-CF-005', '对使用非卫生技术人员从事医疗卫生技术工作的行政处罚', 'PENALTY', [med(47)], {
    unit: TEAM,
    violated: [med(27)],
    hearing: HEARING,
    benchmarks: ['WJJ-JZ-004'],
  }),
  item('WJJ-CF-006', '对医疗机构出具虚假证明文件的行政处罚', 'PENALTY', [med(48)], {
    unit: TEAM,
    violated: [med(31)],
    hearing: HEARING,
    benchmarks: ['WJJ-JZ-005'],
  }),
  item('WJJ-CF-007', '对公共场所卫生质量不符合国家卫生标准和要求而继续营业的行政处罚', 'PENALTY', [pub(14)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('WJJ-CF-008', '对公共场所从业人员未获得健康合格证明而从事直接为顾客服务工作的行政处罚', 'PENALTY', [pub(14)], {
    unit: TEAM,
  }),
  item('WJJ-CF-009', '对公共场所经营单位拒绝卫生监督的行政处罚', 'PENALTY', [pub(14)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('WJJ-CF-010', '对未取得公共场所卫生许可证擅自营业的行政处罚', 'PENALTY', [pub(14)], {
    unit: TEAM,
    violated: [pub(8)],
    hearing: HEARING,
    remarks: '罚款数额依照公共场所卫生管理条例实施细则的规定确定。',
  }),
  item('WJJ-YS-001', '涉嫌非法行医犯罪案件移送公安机关', 'OTHER', [ref(L.TRANSFER, 3), ref(L.TRANSFER, 5)], {
    unit: '法制股',
  }),
];

const GAINS_MIN_10K = '违法所得（不足一万元的按一万元计算）';

export const WJJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'WJJ-JZ-001',
    '未取得医疗机构执业许可证擅自执业',
    [med(23)],
    [care(99), med(43, 1)],
    multipleScale(['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'], GAINS_MIN_10K, 5, 20),
    multipleTiers(
      GAINS_MIN_10K,
      [5, 7.9, 12.6, 20],
      {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
      },
      {
        lighter: '执业人员具有执业医师资格，执业时间不足三个月，仅开展一般诊疗活动，未造成患者损害的。',
        general: '执业时间三个月以上一年以下，或者执业人员不具有相应资格的。',
        heavier:
          '执业时间一年以上，或者开展手术、静脉输液等有创诊疗，或者造成患者人身损害，或者被取缔后再次擅自执业的。',
      },
    ),
  ),
  benchmark(
    'WJJ-JZ-002',
    '诊所未经备案执业',
    [med(23)],
    [med(43, 2)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION'], null, 30_000),
    [
      noPenaltyTier(),
      ...onlyMaxTiers(
        {
          lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
        },
        { heavier: '执业时间长、诊疗量大，或者拒不改正的；拒不改正的，责令停止执业活动。' },
      ),
    ],
  ),
  benchmark(
    'WJJ-JZ-003',
    '医疗机构诊疗活动超出登记或者备案范围',
    [med(26)],
    [med(46)],
    amountScale(
      ['WARNING', 'CONFISCATE_ILLEGAL_GAINS', 'FINE', 'REVOKE_LICENSE', 'ORDER_SUSPEND_PRODUCTION'],
      10_000,
      100_000,
    ),
    [
      noPenaltyTier(),
      ...rangeTiers(
        [10_000, 22_000, 46_000, 100_000],
        {
          lighter: ['WARNING', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          general: ['WARNING', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          heavier: ['WARNING', 'CONFISCATE_ILLEGAL_GAINS', 'FINE', 'REVOKE_LICENSE', 'ORDER_SUSPEND_PRODUCTION'],
        },
        {
          lighter: '超出范围开展的诊疗项目一项、次数少，未造成患者损害的。',
          heavier:
            '超出范围开展医疗美容、手术等高风险项目，或者造成患者损害的；情节严重的，吊销执业许可证或者责令停止执业活动。',
        },
      ),
    ],
  ),
  benchmark(
    'WJJ-JZ-004',
    '医疗机构使用非卫生技术人员从事医疗卫生技术工作',
    [med(27)],
    [med(47)],
    amountScale(['FINE', 'REVOKE_LICENSE', 'ORDER_SUSPEND_PRODUCTION'], 10_000, 100_000),
    [
      tier(
        'REDUCED',
        ['FINE'],
        range(3_000, 9_000),
        '使用人员一名、时间不足一个月，发现后立即停止并已主动消除影响，未造成患者损害的（行政处罚法第三十二条第一项）。',
        ['主动消除或者减轻危害后果'],
      ),
      ...rangeTiers([10_000, 22_000, 46_000, 100_000], {
        lighter: ['FINE'],
        general: ['FINE'],
        heavier: ['FINE', 'REVOKE_LICENSE', 'ORDER_SUSPEND_PRODUCTION'],
      }),
    ],
  ),
  benchmark(
    'WJJ-JZ-005',
    '医疗机构出具虚假证明文件',
    [med(31)],
    [med(48)],
    amountScale(['WARNING', 'FINE'], 10_000, 100_000),
    [
      tier('LIGHTER', ['WARNING'], null, '未造成危害后果的，予以警告。', ['未造成危害后果']),
      tier('GENERAL', ['WARNING', 'FINE'], range(10_000, 46_000), '造成危害后果，出具虚假证明文件一份的。'),
      tier(
        'HEAVIER',
        ['WARNING', 'FINE'],
        range(46_000, 100_000),
        '造成严重危害后果，或者出具虚假证明文件两份以上、收取费用的。',
      ),
    ],
  ),
];
