import { acl, hearingRule, type Item, item, ref } from './helpers';
import { L } from './laws/names';

/** 生态环境分局 (岳阳市生态环境局青溪分局): 执法事项清单. */
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const water = (a: number, p?: number, i?: number) => ref(L.WATER, a, p, i);
const env = (a: number, p?: number, i?: number) => ref(L.ENV, a, p, i);
const HEARING = hearingRule(
  5_000,
  100_000,
  '较大数额标准为演示值，以本省规定为准；拟责令停业、关闭的，应当报经有批准权的人民政府批准。',
);
const ONE = '执法一队';
const TWO = '执法二队';

export const STJ_ITEMS: Item[] = [
  item('STJ-JC-001', '对排放污染物的企业事业单位和其他生产经营者的现场检查', 'INSPECTION', [env(24)], {
    unit: ONE,
    random: true,
  }),
  item('STJ-JC-002', '对排污单位自行监测和自动监测设备运行情况的检查', 'INSPECTION', [air(24), water(23)], {
    unit: ONE,
    random: true,
  }),
  item('STJ-JC-003', '对易产生扬尘物料堆存和恶臭气体排放的检查', 'INSPECTION', [air(72)], { unit: TWO, random: true }),
  item('STJ-QZ-001', '查封、扣押造成污染物排放的设施、设备', 'COERCIVE_MEASURE', [env(25)], {
    unit: ONE,
    days: 30,
    calendarDays: true,
    av: 'FULL',
    remarks: '违法排放污染物，造成或者可能造成严重污染的；期限依照行政强制法第二十五条。',
  }),
  item('STJ-ZX-001', '强制拆除违反规定设置的排污口', 'COERCIVE_EXECUTION', [water(84, 2), acl(37)], {
    unit: ONE,
    av: 'FULL',
    remarks: '责令限期拆除逾期不拆除的，催告后作出强制执行决定，所需费用由违法者承担。',
  }),
  item('STJ-CF-001', '对未依法取得排污许可证排放大气污染物的行政处罚', 'PENALTY', [air(99, undefined, 1)], {
    unit: ONE,
    violated: [air(19)],
    hearing: HEARING,
  }),
  item(
    'STJ-CF-002',
    '对超过大气污染物排放标准或者重点大气污染物排放总量控制指标排放大气污染物的行政处罚',
    'PENALTY',
    [air(99, undefined, 2)],
    {
      unit: ONE,
      violated: [air(18)],
      hearing: HEARING,
      benchmarks: ['STJ-JZ-001'],
    },
  ),
  item('STJ-CF-003', '对通过逃避监管的方式排放大气污染物的行政处罚', 'PENALTY', [air(99, undefined, 3)], {
    unit: ONE,
    violated: [air(20)],
    hearing: HEARING,
  }),
  item(
    'STJ-CF-004',
    '对未按照规定监测工业废气或者未按照规定安装、使用、联网大气污染物排放自动监测设备的行政处罚',
    'PENALTY',
    [air(100, undefined, 2), air(100, undefined, 3)],
    {
      unit: ONE,
      violated: [air(24)],
      hearing: HEARING,
      benchmarks: ['STJ-JZ-002'],
    },
  ),
  item('STJ-CF-005', '对未按照规定设置大气污染物排放口的行政处罚', 'PENALTY', [air(100, undefined, 5)], {
    unit: ONE,
    violated: [air(20)],
    hearing: HEARING,
  }),
  item(
    'STJ-CF-006',
    '对产生含挥发性有机物废气的生产和服务活动未在密闭空间进行或者未安装、使用污染防治设施的行政处罚',
    'PENALTY',
    [air(108, undefined, 1)],
    {
      unit: TWO,
      hearing: HEARING,
      benchmarks: ['STJ-JZ-003'],
    },
  ),
  item(
    'STJ-CF-007',
    '对加油加气站、储油储气库等未安装并正常使用油气回收装置的行政处罚',
    'PENALTY',
    [air(108, undefined, 4)],
    {
      unit: TWO,
      hearing: HEARING,
    },
  ),
  item(
    'STJ-CF-008',
    '对未密闭或者未采取围挡、覆盖等措施贮存易产生扬尘物料的行政处罚',
    'PENALTY',
    [air(117, undefined, 1), air(117, undefined, 2)],
    {
      unit: TWO,
      violated: [air(72)],
      hearing: HEARING,
      benchmarks: ['STJ-JZ-004'],
    },
  ),
  item('STJ-CF-009', '对未采取措施防止排放恶臭气体的行政处罚', 'PENALTY', [air(117, undefined, 8)], {
    unit: TWO,
    hearing: HEARING,
  }),
  item('STJ-CF-010', '对拒不接受监督检查或者在接受监督检查时弄虚作假的行政处罚', 'PENALTY', [air(98)], {
    unit: ONE,
    hearing: HEARING,
  }),
  item('STJ-CF-011', '对未依法取得排污许可证排放水污染物的行政处罚', 'PENALTY', [water(83, undefined, 1)], {
    unit: ONE,
    violated: [water(21)],
    hearing: HEARING,
  }),
  item(
    'STJ-CF-012',
    '对超过水污染物排放标准或者重点水污染物排放总量控制指标排放水污染物的行政处罚',
    'PENALTY',
    [water(83, undefined, 2)],
    {
      unit: ONE,
      violated: [water(10)],
      hearing: HEARING,
      benchmarks: ['STJ-JZ-005'],
    },
  ),
  item(
    'STJ-CF-013',
    '对利用渗井、渗坑、私设暗管等逃避监管的方式排放水污染物的行政处罚',
    'PENALTY',
    [water(83, undefined, 3)],
    {
      unit: ONE,
      violated: [water(39)],
      hearing: HEARING,
    },
  ),
  item('STJ-CF-014', '对未按照规定对所排放的水污染物自行监测或者未保存原始监测记录的行政处罚', 'PENALTY', [water(82)], {
    unit: ONE,
    violated: [water(23)],
    hearing: HEARING,
    benchmarks: ['STJ-JZ-006'],
  }),
  item('STJ-CF-015', '对违反规定设置排污口的行政处罚', 'PENALTY', [water(84, 2)], {
    unit: ONE,
    violated: [water(22)],
    hearing: HEARING,
    benchmarks: ['STJ-JZ-007'],
  }),
  item(
    'STJ-CF-016',
    '对不按照规定制定水污染事故应急方案或者事故发生后未及时启动应急方案的行政处罚',
    'PENALTY',
    [water(93)],
    { unit: ONE },
  ),
  item('STJ-CF-017', '对建设项目未依法报批环境影响评价文件擅自开工建设的行政处罚', 'PENALTY', [env(61)], {
    unit: ONE,
    hearing: HEARING,
    remarks: '罚款数额依照环境影响评价法的规定确定。',
  }),
  item(
    'STJ-CF-018',
    '对违法排放污染物受到罚款处罚、被责令改正拒不改正的按日连续处罚',
    'PENALTY',
    [env(59), air(123), water(95)],
    {
      unit: ONE,
      hearing: HEARING,
      remarks: '自责令改正之日的次日起，按照原处罚数额按日连续处罚；须经复查确认拒不改正。',
    },
  ),
  item('STJ-YS-001', '违法排放污染物尚不构成犯罪的案件移送公安机关处以行政拘留', 'OTHER', [env(63)], {
    unit: '法制股',
  }),
  item(
    'STJ-YS-002',
    '涉嫌环境污染犯罪案件移送公安机关',
    'OTHER',
    [ref(L.TRANSFER, 3), ref(L.TRANSFER, 5), ref(L.TRANSFER, 6)],
    {
      unit: '法制股',
    },
  ),
];
