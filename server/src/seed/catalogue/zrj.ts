import {
  all,
  amountScale,
  type Benchmark,
  benchmark,
  hearingRule,
  type Item,
  item,
  LICENCE_REMARK_ALL42,
  multipleScale,
  multipleTiers,
  rangeTiers,
  ref,
} from './helpers';
import { L } from './laws/names';

/** 县自然资源局 (青溪县自然资源局): land, planning permits and mineral resources. */
const land = (a: number, p?: number, i?: number) => ref(L.LAND, a, p, i);
const reg = (a: number, p?: number, i?: number) => ref(L.LAND_REG, a, p, i);
const plan = (a: number, p?: number, i?: number) => ref(L.PLANNING, a, p, i);
const mine = (a: number, p?: number, i?: number) => ref(L.MINERAL, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '拟没收在非法占用土地上新建的建筑物和其他设施的，告知听证权利。');
const TEAM = '执法监察大队';
const WINDOW = '行政审批股（县政务服务中心自然资源窗口）';
const AREA = '非法占用土地面积（每平方米折算一元）';

export const ZRJ_ITEMS: Item[] = [
  item('ZRJ-XK-001', '建设工程规划许可证核发', 'LICENSE', [plan(40), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: LICENCE_REMARK_ALL42,
  }),
  item('ZRJ-XK-002', '乡村建设规划许可证核发', 'LICENSE', [plan(41), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: '由乡、镇人民政府报送，本局核发。',
  }),
  item('ZRJ-XK-003', '临时用地审批', 'LICENSE', [land(57), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: '临时使用土地期限一般不超过二年。',
  }),
  item('ZRJ-JC-001', '对违反土地管理法律、法规行为的监督检查', 'INSPECTION', [land(67), land(68), reg(48)], {
    unit: TEAM,
  }),
  item('ZRJ-JC-002', '对矿产资源勘查、开采和矿区生态修复活动的监督检查', 'INSPECTION', [mine(57)], {
    unit: TEAM,
    random: true,
  }),
  item('ZRJ-JC-003', '对城乡规划实施情况的监督检查（规划许可批后监管）', 'INSPECTION', [plan(53)], {
    unit: '规划股',
    random: true,
  }),
  item(
    'ZRJ-QZ-001',
    '查封、扣押直接用于违法勘查、开采的工具、设备、设施、场所和违法采出的矿产品',
    'COERCIVE_MEASURE',
    [mine(57)],
    {
      unit: TEAM,
      days: 30,
      calendarDays: true,
      av: 'FULL',
    },
  ),
  item(
    'ZRJ-QZ-002',
    '封存可能被转移、销毁、隐匿或者篡改的土地违法案件文件、资料',
    'COERCIVE_MEASURE',
    [reg(48, undefined, 5)],
    { unit: TEAM, av: 'FULL' },
  ),
  item('ZRJ-CF-001', '对买卖或者以其他形式非法转让土地的行政处罚', 'PENALTY', [land(74), reg(54)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['ZRJ-JZ-001'],
  }),
  item(
    'ZRJ-CF-002',
    '对占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等破坏种植条件的行政处罚',
    'PENALTY',
    [land(75), reg(55)],
    {
      unit: TEAM,
      hearing: HEARING,
      benchmarks: ['ZRJ-JZ-002'],
    },
  ),
  item('ZRJ-CF-003', '对拒不履行土地复垦义务的行政处罚', 'PENALTY', [land(76), reg(56)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['ZRJ-JZ-003'],
  }),
  item('ZRJ-CF-004', '对未经批准或者采取欺骗手段骗取批准非法占用土地的行政处罚', 'PENALTY', [land(77), reg(57)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['ZRJ-JZ-004'],
  }),
  item('ZRJ-CF-005', '对在临时使用的土地上修建永久性建筑物的行政处罚', 'PENALTY', [reg(52)], {
    unit: TEAM,
    violated: [land(57)],
    hearing: HEARING,
  }),
  item(
    'ZRJ-CF-006',
    '对临时使用土地期满拒不归还或者不按照批准的用途使用国有土地的行政处罚',
    'PENALTY',
    [land(81), reg(59)],
    {
      unit: TEAM,
      violated: [land(57)],
      hearing: HEARING,
      benchmarks: ['ZRJ-JZ-005'],
    },
  ),
  item('ZRJ-CF-007', '对擅自将农民集体所有的土地用于非农业建设的行政处罚', 'PENALTY', [land(82), reg(60)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('ZRJ-CF-008', '对未取得探矿权勘查矿产资源的行政处罚', 'PENALTY', [mine(63)], { unit: TEAM, hearing: HEARING }),
  item('ZRJ-CF-009', '对未取得采矿权开采矿产资源的行政处罚', 'PENALTY', [mine(64, 1)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['ZRJ-JZ-006A', 'ZRJ-JZ-006B'],
  }),
  item('ZRJ-CF-010', '对勘查活动结束后探矿权人未及时清理勘查区域或者恢复地表植被的行政处罚', 'PENALTY', [mine(69)], {
    unit: TEAM,
  }),
  item('ZRJ-CF-011', '对采矿权人不履行矿区生态修复义务的行政处罚', 'PENALTY', [mine(71)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('ZRJ-CF-012', '对矿业权人拒绝、阻碍监督检查或者在接受监督检查时弄虚作假的行政处罚', 'PENALTY', [mine(73)], {
    unit: TEAM,
  }),
  item('ZRJ-CF-013', '对建设单位未在竣工验收后六个月内报送竣工验收资料且逾期不补报的行政处罚', 'PENALTY', [plan(67)], {
    unit: '规划股',
  }),
  item('ZRJ-YS-001', '申请人民法院强制执行责令限期拆除的行政处罚决定', 'OTHER', [land(83)], {
    unit: '法制股',
    remarks: '当事人期满不起诉又不自行拆除的，依法申请人民法院强制执行，费用由违法者承担。',
  }),
];

export const ZRJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'ZRJ-JZ-001',
    '买卖或者以其他形式非法转让土地',
    [land(74)],
    [land(74), reg(54)],
    multipleScale(['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'], '违法所得', 0.1, 0.5),
    multipleTiers(
      '违法所得',
      [0.1, 0.17, 0.29, 0.5],
      {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
      },
      {
        lighter: '非法转让土地符合国土空间规划，面积一亩以下，未新建建筑物的。',
        heavier: '非法转让永久基本农田或者违反规划擅自将农用地改为建设用地，或者面积十亩以上的。',
      },
    ),
  ),
  benchmark(
    'ZRJ-JZ-002',
    '占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等，破坏种植条件',
    [land(75)],
    [land(75), reg(55)],
    multipleScale(['FINE'], '耕地开垦费', 5, 10),
    multipleTiers(
      '耕地开垦费',
      [5, 6.5, 8, 10],
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
      {
        lighter: '破坏耕地面积一亩以下，已主动恢复种植条件的。',
        heavier:
          '破坏永久基本农田或者黑土地等优质耕地，或者面积五亩以上的（实施条例第五十五条：破坏黑土地等优质耕地的从重处罚）。',
      },
    ),
  ),
  benchmark(
    'ZRJ-JZ-003',
    '拒不履行土地复垦义务，逾期不改正',
    [land(76)],
    [land(76), reg(56)],
    multipleScale(['FINE'], '土地复垦费', 2, 5),
    multipleTiers('土地复垦费', [2, 3, 4, 5], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
  ),
  benchmark(
    'ZRJ-JZ-004',
    '未经批准或者采取欺骗手段骗取批准，非法占用土地',
    [land(77)],
    [land(77), reg(57)],
    multipleScale(['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'], AREA, 100, 1000),
    multipleTiers(
      AREA,
      [100, 220, 460, 1000],
      {
        lighter: ['FINE'],
        general: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
      },
      {
        lighter:
          '占用非耕地、符合国土空间规划，面积二百平方米以下，已自行拆除或者退还土地的（每平方米一百元以上二百二十元以下）。',
        general: '占用一般耕地或者面积二百平方米以上一千平方米以下的（每平方米二百二十元以上四百六十元以下）。',
        heavier: '占用永久基本农田，或者面积一千平方米以上，或者骗取批准的（每平方米四百六十元以上一千元以下）。',
      },
    ),
  ),
  benchmark(
    'ZRJ-JZ-005',
    '临时使用土地期满拒不归还，或者不按照批准的用途使用国有土地',
    [land(57)],
    [land(81), reg(59)],
    multipleScale(['FINE'], AREA, 100, 500),
    multipleTiers(AREA, [100, 170, 290, 500], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
  ),
  benchmark(
    'ZRJ-JZ-006A',
    '未取得采矿权开采矿产资源，违法采出的矿产品市场价值十万元以上',
    [mine(64, 1)],
    [mine(64, 1)],
    multipleScale(
      ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      '违法采出的矿产品市场价值',
      3,
      5,
    ),
    multipleTiers(
      '违法采出的矿产品市场价值',
      [3, 3.6, 4.3, 5],
      {
        lighter: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      },
      { heavier: '开采时间长、破坏生态严重，或者拒不停止违法行为的；拒不停止违法行为的，可以责令停业整顿。' },
    ),
  ),
  benchmark(
    'ZRJ-JZ-006B',
    '未取得采矿权开采矿产资源，没有采出矿产品或者违法采出的矿产品市场价值不足十万元',
    [mine(64, 1)],
    [mine(64, 1)],
    amountScale(['CONFISCATE_ILLEGAL_PROPERTY', 'FINE', 'ORDER_SUSPEND_PRODUCTION'], 100_000, 1_000_000),
    rangeTiers([100_000, 220_000, 460_000, 1_000_000], {
      lighter: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
      general: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
      heavier: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
    }),
  ),
];
