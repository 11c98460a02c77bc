import {
  amountScale,
  type Benchmark,
  benchmark,
  multiple,
  multipleScale,
  multipleTiers,
  noPenaltyTier,
  onlyMaxMultipleTiers,
  rangeTiers,
  ref,
  tier,
} from './helpers';
import { L } from './laws/names';

/** 县城管执法局 行政处罚裁量基准 (DISC-STRUCT, DISC-FORMULA). */
const plan = (a: number, p?: number, i?: number) => ref(L.PLANNING, a, p, i);
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const COST = '建设工程造价';
const TEMP_COST = '临时建设工程造价';

export const CGJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'CGJ-JZ-001',
    '未取得建设工程规划许可证或者未按照许可证的规定进行建设，尚可采取改正措施消除对规划实施的影响',
    [plan(40)],
    [plan(64)],
    multipleScale(['FINE'], COST, 0.05, 0.1),
    [
      tier(
        'REDUCED',
        ['FINE'],
        multiple(COST, 0.01, 0.04),
        '违法建设面积不超过二十平方米，当事人主动停止建设、在限期内完成改正并补办规划手续，且未对相邻权利人造成影响的（行政处罚法第三十二条第一项）。',
        ['主动消除或者减轻危害后果', '限期内完成改正'],
      ),
      ...multipleTiers(
        COST,
        [0.05, 0.06, 0.08, 0.1],
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
        {
          lighter: '违法建设面积较小（一百平方米以下），在责令停止建设后立即停工，积极配合改正的。',
          general: '违法建设面积一百平方米以上五百平方米以下，按期改正的。',
          heavier: '违法建设面积五百平方米以上，或者经责令停止建设后继续建设，或者影响相邻权利人采光、通风、通行的。',
        },
      ),
    ],
  ),
  benchmark(
    'CGJ-JZ-002',
    '未取得建设工程规划许可证进行建设，无法采取改正措施消除影响、不能拆除',
    [plan(40)],
    [plan(64)],
    multipleScale(['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'], COST, null, 0.1),
    onlyMaxMultipleTiers(
      COST,
      0.1,
      {
        lighter: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      },
      {
        lighter: '违法建设面积较小、位置隐蔽，对规划实施影响较小，积极配合处理的。',
        heavier: '违法建设面积大，或者占用道路、绿地等公共空间，或者经责令停止建设后继续建设的。',
      },
    ),
  ),
  benchmark(
    'CGJ-JZ-003',
    '未经批准进行临时建设、未按照批准内容进行临时建设，或者临时建筑物、构筑物超过批准期限不拆除',
    [plan(66)],
    [plan(66)],
    multipleScale(['FINE'], TEMP_COST, null, 1),
    onlyMaxMultipleTiers(
      TEMP_COST,
      1,
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
      {
        lighter: '临时建筑物超过批准期限不足三个月，或者未按照批准内容建设但超出部分较小的。',
        heavier: '未经批准进行临时建设且占用道路、公共场地，或者超过批准期限一年以上仍不拆除的。',
      },
    ),
  ),
  benchmark(
    'CGJ-JZ-004',
    '排放油烟的餐饮服务业经营者未安装或者不正常使用油烟净化设施，超过排放标准排放油烟',
    [air(81)],
    [air(118, 1)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 5_000, 50_000),
    [
      noPenaltyTier(),
      ...rangeTiers(
        [5_000, 11_000, 23_000, 50_000],
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
        {
          lighter: '经营面积一百平方米以下，已安装净化设施但未正常使用，接到投诉后立即整改的。',
          heavier: '未安装任何油烟净化设施，或者一年内被投诉三次以上，或者拒不改正的；拒不改正的，责令停业整治。',
        },
      ),
    ],
  ),
  benchmark(
    'CGJ-JZ-005',
    '在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地',
    [air(81)],
    [air(118, 3)],
    amountScale(['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'], 500, 20_000),
    [
      noPenaltyTier(),
      ...rangeTiers(
        [500, 1_700, 5_800, 20_000],
        {
          lighter: ['CONFISCATE_ILLEGAL_PROPERTY', 'FINE'],
          general: ['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          heavier: ['CONFISCATE_ILLEGAL_PROPERTY', 'CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        },
        {
          lighter: '流动摊点、烧烤炉具一至二个，经劝阻立即停止的。',
          general: '固定经营、烧烤炉具三个以上，或者占道经营的。',
          heavier: '为他人露天烧烤提供场地，或者经责令改正后再次露天烧烤，或者在重污染天气应急期间露天烧烤的。',
        },
      ),
    ],
  ),
  benchmark(
    'CGJ-JZ-006A',
    '单位在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质',
    [air(82)],
    [air(119, 2)],
    amountScale(['FINE'], 10_000, 100_000),
    rangeTiers([10_000, 22_000, 46_000, 100_000], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
  ),
  benchmark(
    'CGJ-JZ-006B',
    '个人在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质',
    [air(82)],
    [air(119, 2)],
    amountScale(['FINE'], 500, 2_000),
    [
      noPenaltyTier(),
      ...rangeTiers([500, 800, 1_300, 2_000], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
    ],
  ),
  benchmark(
    'CGJ-JZ-007',
    '施工工地未设置硬质围挡或者未采取覆盖、洒水抑尘等防尘降尘措施，建筑垃圾未及时清运或者未遮盖',
    [air(69)],
    [air(115, 1)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 10_000, 100_000),
    rangeTiers(
      [10_000, 22_000, 46_000, 100_000],
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
      {
        lighter: '未覆盖裸土或者未冲洗车辆等单项措施缺失，面积较小，接到通知后立即整改的。',
        heavier: '多项防尘措施缺失，或者在重污染天气预警期间违法施工，或者拒不改正的；拒不改正的，责令停工整治。',
      },
    ),
  ),
  benchmark(
    'CGJ-JZ-008',
    '运输煤炭、垃圾、渣土、砂石等散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒',
    [air(70)],
    [air(116)],
    amountScale(['FINE'], 2_000, 20_000),
    [
      noPenaltyTier(),
      ...rangeTiers([2_000, 4_300, 9_300, 20_000], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
    ],
  ),
];
