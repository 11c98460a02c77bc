import { all, hearingRule, type Item, item, LICENCE_REMARK_ALL42, ref } from './helpers';
import { L } from './laws/names';

/** 县市场监管局 (青溪县市场监督管理局): 执法事项清单. */
const food = (a: number, p?: number, i?: number) => ref(L.FOOD, a, p, i);
const product = (a: number, p?: number, i?: number) => ref(L.PRODUCT, a, p, i);
const ad = (a: number, p?: number, i?: number) => ref(L.AD, a, p, i);
const price = (a: number, p?: number, i?: number) => ref(L.PRICE, a, p, i);
const HEARING = hearingRule(10_000, 100_000, '较大数额标准依照市场监督管理行政处罚听证办法。');
const ONE = '执法一队';
const TWO = '执法二队';
const WINDOW = '行政审批股（县政务服务中心市场监管窗口）';

export const SCJ_ITEMS: Item[] = [
  item('SCJ-XK-001', '食品经营许可（新办）', 'LICENSE', [food(35), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: LICENCE_REMARK_ALL42,
  }),
  item('SCJ-XK-002', '食品经营许可（变更、延续、注销）', 'LICENSE', [food(35), all(49), all(50), all(70)], {
    unit: WINDOW,
    days: 20,
    remarks: '延续申请应当在许可有效期届满三十日前提出；逾期未作决定的视为准予延续（行政许可法第五十条）。',
  }),
  item('SCJ-BA-001', '仅销售预包装食品备案', 'OTHER', [food(35, 1)], {
    unit: WINDOW,
    remarks: '备案不属于行政许可，材料齐全的当场办结。',
  }),
  item('SCJ-JC-001', '对食品经营者的监督检查', 'INSPECTION', [food(109), food(110, 1, 1), food(110, 1, 3)], {
    unit: ONE,
    random: true,
    remarks: '按风险分级确定检查频次；检查结果记入食品安全信用档案。',
  }),
  item('SCJ-JC-002', '食品安全监督抽检', 'INSPECTION', [food(87), food(110, 1, 2)], {
    unit: ONE,
    random: true,
    remarks:
      '购买样品，不向经营者收取检验费；经营者对检验结论有异议的，可以自收到结论之日起七个工作日内申请复检（食品安全法第八十八条）。',
  }),
  item('SCJ-JC-003', '产品质量监督抽查', 'INSPECTION', [product(15)], { unit: TWO, random: true }),
  item('SCJ-JC-004', '价格监督检查（明码标价）', 'INSPECTION', [price(34)], { unit: TWO, random: true }),
  item(
    'SCJ-QZ-001',
    '查封、扣押不符合食品安全标准或者存在安全隐患的食品及用于违法生产经营的工具、设备',
    'COERCIVE_MEASURE',
    [food(110, 1, 4)],
    {
      unit: ONE,
      days: 30,
      calendarDays: true,
      av: 'FULL',
      remarks: '期限不超过三十日，情况复杂的经负责人批准可延长三十日；检验检测期间不计入（行政强制法第二十五条）。',
    },
  ),
  item('SCJ-QZ-002', '查封违法从事食品生产经营活动的场所', 'COERCIVE_MEASURE', [food(110, 1, 5)], {
    unit: ONE,
    days: 30,
    calendarDays: true,
    av: 'FULL',
  }),
  item(
    'SCJ-QZ-003',
    '查封、扣押不符合保障人体健康和人身、财产安全标准的产品及有关原辅材料、包装物、生产工具',
    'COERCIVE_MEASURE',
    [product(18, 1, 4)],
    {
      unit: TWO,
      days: 30,
      calendarDays: true,
      av: 'FULL',
    },
  ),
  item('SCJ-CF-001', '对未取得食品经营许可从事食品经营活动的行政处罚', 'PENALTY', [food(122, 1)], {
    unit: ONE,
    violated: [food(35, 1)],
    hearing: HEARING,
    benchmarks: ['SCJ-JZ-001A', 'SCJ-JZ-001B'],
  }),
  item('SCJ-CF-002', '对经营超过保质期的食品的行政处罚', 'PENALTY', [food(124, 1, 5)], {
    unit: ONE,
    violated: [food(34, undefined, 10)],
    hearing: HEARING,
    benchmarks: ['SCJ-JZ-002A', 'SCJ-JZ-002B'],
  }),
  item(
    'SCJ-CF-003',
    '对经营腐败变质、霉变生虫、掺假掺杂或者感官性状异常的食品的行政处罚',
    'PENALTY',
    [food(124, 1, 4)],
    {
      unit: ONE,
      violated: [food(34, undefined, 6)],
      hearing: HEARING,
    },
  ),
  item('SCJ-CF-004', '对经营无标签的预包装食品或者标签不符合规定的食品的行政处罚', 'PENALTY', [food(125, 1, 2)], {
    unit: ONE,
    violated: [food(34, undefined, 11), food(67)],
    hearing: HEARING,
    benchmarks: ['SCJ-JZ-003'],
  }),
  item('SCJ-CF-005', '对食品标签、说明书存在瑕疵经责令改正拒不改正的行政处罚', 'PENALTY', [food(125, 2)], {
    unit: ONE,
    violated: [food(67)],
    remarks: '瑕疵不影响食品安全且不会对消费者造成误导的，先责令改正；拒不改正的，处二千元以下罚款。',
  }),
  item(
    'SCJ-CF-006',
    '对食品经营者未按规定查验许可证和合格证明文件、未建立并遵守进货查验记录制度的行政处罚',
    'PENALTY',
    [food(126, 1, 3)],
    {
      unit: ONE,
      violated: [food(53)],
      hearing: HEARING,
      benchmarks: ['SCJ-JZ-004'],
    },
  ),
  item('SCJ-CF-007', '对安排未取得健康证明的人员从事接触直接入口食品工作的行政处罚', 'PENALTY', [food(126, 1, 6)], {
    unit: ONE,
    violated: [food(45)],
    hearing: HEARING,
    benchmarks: ['SCJ-JZ-005'],
  }),
  item('SCJ-CF-008', '对餐具、饮具使用前未经洗净、消毒或者清洗消毒不合格的行政处罚', 'PENALTY', [food(126, 1, 5)], {
    unit: ONE,
    violated: [food(56, 2)],
    hearing: HEARING,
  }),
  item('SCJ-CF-009', '对未按要求进行食品贮存、运输和装卸的行政处罚', 'PENALTY', [food(132)], {
    unit: ONE,
    violated: [food(54)],
    hearing: HEARING,
  }),
  item('SCJ-CF-010', '对拒绝、阻挠、干涉食品安全监督检查的行政处罚', 'PENALTY', [food(133, 1)], {
    unit: ONE,
    hearing: HEARING,
  }),
  item(
    'SCJ-CF-011',
    '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
    'PENALTY',
    [product(49)],
    {
      unit: TWO,
      violated: [product(13)],
      hearing: HEARING,
      benchmarks: ['SCJ-JZ-006'],
    },
  ),
  item(
    'SCJ-CF-012',
    '对销售掺杂掺假、以假充真、以次充好或者以不合格产品冒充合格产品的行政处罚',
    'PENALTY',
    [product(50)],
    {
      unit: TWO,
      violated: [product(39)],
      hearing: HEARING,
    },
  ),
  item('SCJ-CF-013', '对销售失效、变质的产品的行政处罚', 'PENALTY', [product(52)], {
    unit: TWO,
    violated: [product(35)],
    hearing: HEARING,
  }),
  item('SCJ-CF-014', '对产品标识不符合规定的行政处罚', 'PENALTY', [product(54)], {
    unit: TWO,
    violated: [product(27), product(36)],
  }),
  item('SCJ-CF-015', '对拒绝接受产品质量监督检查的行政处罚', 'PENALTY', [product(56)], { unit: TWO, hearing: HEARING }),
  item('SCJ-CF-016', '对发布虚假广告的行政处罚', 'PENALTY', [ad(55)], {
    unit: TWO,
    violated: [ad(4), ad(28)],
    hearing: HEARING,
  }),
  item('SCJ-CF-017', '对发布使用“国家级”“最高级”“最佳”等用语的广告的行政处罚', 'PENALTY', [ad(57, undefined, 1)], {
    unit: TWO,
    violated: [ad(9, undefined, 3)],
    hearing: HEARING,
    benchmarks: ['SCJ-JZ-007'],
  }),
  item('SCJ-CF-018', '对广告内容表述不准确、不清楚、不明白的行政处罚', 'PENALTY', [ad(59, 1, 1)], {
    unit: TWO,
    violated: [ad(8)],
    hearing: HEARING,
  }),
  item('SCJ-CF-019', '对经营者违反明码标价规定的行政处罚', 'PENALTY', [price(42)], {
    unit: TWO,
    violated: [price(13)],
    benchmarks: ['SCJ-JZ-008'],
  }),
  item('SCJ-CF-020', '对拒绝按照规定提供价格监督检查所需资料或者提供虚假资料的行政处罚', 'PENALTY', [price(44)], {
    unit: TWO,
  }),
  item(
    'SCJ-YS-001',
    '涉嫌食品安全犯罪等案件移送公安机关',
    'OTHER',
    [ref(L.TRANSFER, 3), ref(L.TRANSFER, 5), food(121, 1)],
    {
      unit: '法制股',
      remarks: '专案组二名以上执法人员核实后提出书面报告，正职负责人三日内决定；批准的二十四小时内移送同级公安机关。',
    },
  ),
];
