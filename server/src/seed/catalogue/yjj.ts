import {
  amountScale,
  type Benchmark,
  benchmark,
  hearingRule,
  type Item,
  item,
  noPenaltyTier,
  onlyMaxTiers,
  range,
  rangeTiers,
  ref,
  tier,
} from './helpers';
import { L } from './laws/names';

/** 县应急管理局 (青溪县应急管理局): 安全生产 enforcement (安全生产法, 2021). */
const ws = (a: number, p?: number, i?: number) => ref(L.WORK_SAFETY, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '拟责令停产停业整顿、提请关闭的，告知听证权利。');
const TEAM = '应急管理综合行政执法大队';
const FIRST_STAGE = '本基准适用于责令限期改正时的罚款；逾期未改正的，依照同一条款后段另行裁量。';

export const YJJ_ITEMS: Item[] = [
  item('YJJ-JC-001', '对生产经营单位执行安全生产法律法规和国家标准、行业标准情况的监督检查', 'INSPECTION', [ws(65)], {
    unit: TEAM,
    random: true,
  }),
  item('YJJ-JC-002', '对生产经营单位事故隐患排查治理情况的监督检查', 'INSPECTION', [ws(41), ws(65)], { unit: TEAM }),
  item('YJJ-JC-003', '对危险物品生产、经营、储存、使用单位的监督检查', 'INSPECTION', [ws(65)], {
    unit: TEAM,
    random: true,
  }),
  item(
    'YJJ-QZ-001',
    '查封、扣押不符合保障安全生产的国家标准或者行业标准的设施、设备、器材以及违法生产、储存、使用、经营、运输的危险物品',
    'COERCIVE_MEASURE',
    [ws(65)],
    {
      unit: TEAM,
      days: 30,
      calendarDays: true,
      av: 'FULL',
      remarks: '查封、扣押的期限依照行政强制法第二十五条；解除、没收或者销毁依照行政强制法第二十七条、第二十八条。',
    },
  ),
  item('YJJ-QZ-002', '查封违法生产、储存、使用、经营危险物品的作业场所', 'COERCIVE_MEASURE', [ws(65)], {
    unit: TEAM,
    av: 'FULL',
  }),
  item(
    'YJJ-ZX-001',
    '通知有关单位停止供电、停止供应民用爆炸物品，强制生产经营单位履行停产停业等决定',
    'COERCIVE_EXECUTION',
    [ws(70)],
    {
      unit: TEAM,
      av: 'FULL',
      remarks: '须在保证安全的前提下、生产经营单位拒不执行且有发生生产安全事故的现实危险，并经本部门主要负责人批准。',
    },
  ),
  item('YJJ-CF-001', '对生产经营单位的主要负责人未履行安全生产管理职责的行政处罚', 'PENALTY', [ws(94, 1)], {
    unit: TEAM,
    violated: [ws(21)],
    hearing: HEARING,
    benchmarks: ['YJJ-JZ-001'],
  }),
  item(
    'YJJ-CF-002',
    '对生产经营单位的主要负责人未履行安全生产管理职责导致发生生产安全事故的行政处罚',
    'PENALTY',
    [ws(95)],
    {
      unit: TEAM,
      violated: [ws(21)],
      hearing: HEARING,
    },
  ),
  item(
    'YJJ-CF-003',
    '对未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师的行政处罚',
    'PENALTY',
    [ws(97, undefined, 1)],
    {
      unit: TEAM,
      hearing: HEARING,
    },
  ),
  item(
    'YJJ-CF-004',
    '对未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训的行政处罚',
    'PENALTY',
    [ws(97, undefined, 3)],
    {
      unit: TEAM,
      violated: [ws(28)],
      hearing: HEARING,
      benchmarks: ['YJJ-JZ-002'],
    },
  ),
  item('YJJ-CF-005', '对未如实记录安全生产教育和培训情况的行政处罚', 'PENALTY', [ws(97, undefined, 4)], {
    unit: TEAM,
    violated: [ws(28)],
    hearing: HEARING,
  }),
  item(
    'YJJ-CF-006',
    '对未将事故隐患排查治理情况如实记录或者未向从业人员通报的行政处罚',
    'PENALTY',
    [ws(97, undefined, 5)],
    {
      unit: TEAM,
      violated: [ws(41)],
      hearing: HEARING,
    },
  ),
  item(
    'YJJ-CF-007',
    '对未按照规定制定生产安全事故应急救援预案或者未定期组织演练的行政处罚',
    'PENALTY',
    [ws(97, undefined, 6)],
    { unit: TEAM, hearing: HEARING },
  ),
  item(
    'YJJ-CF-008',
    '对特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业的行政处罚',
    'PENALTY',
    [ws(97, undefined, 7)],
    { unit: TEAM, hearing: HEARING },
  ),
  item(
    'YJJ-CF-009',
    '对未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的行政处罚',
    'PENALTY',
    [ws(99, undefined, 1)],
    {
      unit: TEAM,
      violated: [ws(35)],
      hearing: HEARING,
      benchmarks: ['YJJ-JZ-003'],
    },
  ),
  item('YJJ-CF-010', '对未对安全设备进行经常性维护、保养和定期检测的行政处罚', 'PENALTY', [ws(99, undefined, 3)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item(
    'YJJ-CF-011',
    '对未为从业人员提供符合国家标准或者行业标准的劳动防护用品的行政处罚',
    'PENALTY',
    [ws(99, undefined, 5)],
    { unit: TEAM, hearing: HEARING },
  ),
  item(
    'YJJ-CF-012',
    '对餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的行政处罚',
    'PENALTY',
    [ws(99, undefined, 8)],
    {
      unit: TEAM,
      hearing: HEARING,
      benchmarks: ['YJJ-JZ-004'],
    },
  ),
  item(
    'YJJ-CF-013',
    '对生产、经营、储存、使用危险物品未建立专门安全管理制度、未采取可靠安全措施的行政处罚',
    'PENALTY',
    [ws(101, undefined, 1)],
    {
      unit: TEAM,
      hearing: HEARING,
    },
  ),
  item(
    'YJJ-CF-014',
    '对进行爆破、吊装、动火、临时用电等危险作业未安排专门人员进行现场安全管理的行政处罚',
    'PENALTY',
    [ws(101, undefined, 3)],
    {
      unit: TEAM,
      hearing: HEARING,
    },
  ),
  item(
    'YJJ-CF-015',
    '对未建立事故隐患排查治理制度或者重大事故隐患排查治理情况未按照规定报告的行政处罚',
    'PENALTY',
    [ws(101, undefined, 5)],
    {
      unit: TEAM,
      violated: [ws(41)],
      hearing: HEARING,
    },
  ),
  item('YJJ-CF-016', '对生产经营单位未采取措施消除事故隐患的行政处罚', 'PENALTY', [ws(102)], {
    unit: TEAM,
    violated: [ws(41)],
    hearing: HEARING,
    benchmarks: ['YJJ-JZ-005'],
  }),
  item(
    'YJJ-CF-017',
    '对生产经营场所和员工宿舍未设有符合要求的疏散通道或者占用、锁闭、封堵出口、疏散通道的行政处罚',
    'PENALTY',
    [ws(105, undefined, 2)],
    {
      unit: TEAM,
      violated: [ws(42)],
      hearing: HEARING,
      benchmarks: ['YJJ-JZ-006'],
    },
  ),
  item('YJJ-CF-018', '对生产经营单位拒绝、阻碍依法实施的安全生产监督检查的行政处罚', 'PENALTY', [ws(108)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item(
    'YJJ-CF-019',
    '对高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险的行政处罚',
    'PENALTY',
    [ws(109)],
    { unit: TEAM, hearing: HEARING },
  ),
  item('YJJ-CF-020', '对被责令改正且受到罚款处罚拒不改正的生产经营单位按日连续处罚', 'PENALTY', [ws(112)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('YJJ-CF-021', '对发生生产安全事故负有责任的生产经营单位的行政处罚', 'PENALTY', [ws(114)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['YJJ-JZ-007'],
    remarks:
      '事故等级依照国务院规定的划分标准认定；情节特别严重、影响特别恶劣的，可以按照罚款数额的二倍以上五倍以下处罚。',
  }),
];

const ONLY_FINE = { lighter: ['FINE' as const], general: ['FINE' as const], heavier: ['FINE' as const] };

export const YJJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'YJJ-JZ-001',
    '生产经营单位的主要负责人未履行安全生产法规定的安全生产管理职责',
    [ws(21)],
    [ws(94, 1)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 20_000, 100_000),
    [
      tier('LIGHTER', ['FINE'], range(20_000, 30_000), '未履行一项职责，未造成事故隐患的。', ['未履行职责事项少']),
      tier('GENERAL', ['FINE'], range(30_000, 50_000), '未履行两项以上职责，或者导致存在一般事故隐患的。'),
      tier(
        'HEAVIER',
        ['FINE', 'ORDER_SUSPEND_PRODUCTION'],
        range(50_000, 100_000),
        '经责令限期改正逾期未改正的（安全生产法第九十四条第一款后段），处五万元以上十万元以下罚款，并责令生产经营单位停产停业整顿。',
        ['逾期未改正'],
      ),
    ],
  ),
  benchmark(
    'YJJ-JZ-002',
    '未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训（责令限期改正阶段）',
    [ws(28)],
    [ws(97, undefined, 3)],
    amountScale(['FINE'], null, 100_000),
    onlyMaxTiers(ONLY_FINE, {
      lighter: `未培训人员三人以下，且已在调查期间补训合格的。${FIRST_STAGE}`,
      general: `未培训人员四人以上十人以下的。${FIRST_STAGE}`,
      heavier: `未培训人员十人以上，或者涉及危险作业岗位人员的。${FIRST_STAGE}`,
    }),
  ),
  benchmark(
    'YJJ-JZ-003',
    '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志（责令限期改正阶段）',
    [ws(35)],
    [ws(99, undefined, 1)],
    amountScale(['FINE'], null, 50_000),
    [noPenaltyTier(), ...onlyMaxTiers(ONLY_FINE)],
  ),
  benchmark(
    'YJJ-JZ-004',
    '餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置（责令限期改正阶段）',
    [ws(99, undefined, 8)],
    [ws(99, undefined, 8)],
    amountScale(['FINE'], null, 50_000),
    [
      noPenaltyTier(),
      ...onlyMaxTiers(ONLY_FINE, {
        lighter: '使用瓶装液化石油气一瓶、营业面积五十平方米以下，当场承诺限期安装的。',
        heavier: '使用燃气量大或者位于人员密集场所、地下空间，或者曾因燃气安全问题被责令改正的。',
      }),
    ],
  ),
  benchmark(
    'YJJ-JZ-005',
    '生产经营单位未采取措施消除事故隐患',
    [ws(41)],
    [ws(102)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], null, 50_000),
    onlyMaxTiers(
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
      {
        lighter: '一般事故隐患一项，已在限期内消除的。',
        general: '一般事故隐患两项以上的。',
        heavier: '存在重大事故隐患，或者拒不执行消除隐患决定的；拒不执行的，责令停产停业整顿。',
      },
    ),
  ),
  benchmark(
    'YJJ-JZ-006',
    '生产经营场所和员工宿舍未设有符合紧急疏散需要的出口、疏散通道，或者占用、锁闭、封堵出口、疏散通道（责令限期改正阶段）',
    [ws(42)],
    [ws(105, undefined, 2)],
    amountScale(['FINE'], null, 50_000),
    onlyMaxTiers(ONLY_FINE, {
      heavier: '锁闭、封堵员工宿舍出口或者全部疏散通道，或者场所内同时存放危险物品的。',
    }),
  ),
  benchmark(
    'YJJ-JZ-007',
    '发生一般生产安全事故，对负有责任的生产经营单位',
    [ws(21)],
    [ws(114, 1, 1)],
    amountScale(['FINE'], 300_000, 1_000_000),
    rangeTiers([300_000, 530_000, 770_000, 1_000_000], ONLY_FINE, {
      lighter: '造成一人死亡或者三人以下重伤，事故发生后积极组织救援、如实报告、主动赔偿的。',
      general: '造成二人死亡，或者四人以上九人以下重伤的。',
      heavier: '造成三人以下死亡或者十人以下重伤的最重情形，或者迟报、谎报、瞒报，或者事故前已被责令整改的。',
    }),
  ),
];
