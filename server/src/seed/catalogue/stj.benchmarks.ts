import { amountScale, type Benchmark, benchmark, noPenaltyTier, range, rangeTiers, ref, tier } from './helpers';
import { L } from './laws/names';

/** 生态环境分局 行政处罚裁量基准 (DISC-STRUCT, DISC-FORMULA); ranges with max ≥ 4 × min divided by multiples. */
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const water = (a: number, p?: number, i?: number) => ref(L.WATER, a, p, i);

const SEVERE = ['FINE', 'RESTRICT_BUSINESS', 'ORDER_SUSPEND_PRODUCTION', 'ORDER_CLOSE'] as const;
const EXCEEDING_TEXTS = {
  lighter: '超标倍数不足0.5倍，超标因子一项，持续时间不足二十四小时，且已立即采取措施停止超标排放的。',
  general: '超标倍数0.5倍以上不足1倍，或者超标因子两项以上的。',
  heavier:
    '超标倍数1倍以上，或者排放有毒有害污染物，或者位于饮用水水源保护区、自然保护区等敏感区域，或者一年内因超标排放受过处罚的；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。',
};

export const STJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'STJ-JZ-001',
    '超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物',
    [air(18)],
    [air(99, undefined, 2)],
    amountScale([...SEVERE], 100_000, 1_000_000),
    [
      tier(
        'REDUCED',
        ['FINE'],
        range(50_000, 90_000),
        '小微企业超标倍数不足0.2倍，首次发现，立即停产整改并经监测达标，未造成环境污染后果的（行政处罚法第三十二条第一项）。',
        ['主动消除或者减轻危害后果', '超标倍数不足0.2倍'],
      ),
      ...rangeTiers(
        [100_000, 220_000, 460_000, 1_000_000],
        {
          lighter: ['FINE', 'RESTRICT_BUSINESS'],
          general: ['FINE', 'RESTRICT_BUSINESS', 'ORDER_SUSPEND_PRODUCTION'],
          heavier: [...SEVERE],
        },
        EXCEEDING_TEXTS,
      ),
    ],
  ),
  benchmark(
    'STJ-JZ-002',
    '未按照规定对所排放的工业废气进行监测并保存原始监测记录，或者未按照规定安装、使用、联网大气污染物排放自动监测设备',
    [air(24)],
    [air(100, undefined, 2), air(100, undefined, 3)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 20_000, 200_000),
    [
      noPenaltyTier(),
      ...rangeTiers(
        [20_000, 43_000, 93_000, 200_000],
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
        {
          lighter: '监测频次不足或者记录不完整，排放的污染物未超标的。',
          heavier: '未安装自动监测设备或者擅自断开联网，或者拒不改正的；拒不改正的，责令停产整治。',
        },
      ),
    ],
  ),
  benchmark(
    'STJ-JZ-003',
    '产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施',
    [air(108, undefined, 1)],
    [air(108, undefined, 1)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 20_000, 200_000),
    [
      tier(
        'REDUCED',
        ['FINE'],
        range(5_000, 15_000),
        '个体工商户或者小微企业首次违法，VOCs 产生量小，已立即停止作业并完成治理设施安装的（行政处罚法第三十二条第一项）。',
        ['主动消除或者减轻危害后果'],
      ),
      ...rangeTiers([20_000, 43_000, 93_000, 200_000], {
        lighter: ['FINE'],
        general: ['FINE'],
        heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'],
      }),
    ],
  ),
  benchmark(
    'STJ-JZ-004',
    '未密闭煤炭、水泥、砂土等易产生扬尘的物料，或者对不能密闭的物料未设置严密围挡、未采取有效覆盖措施',
    [air(72)],
    [air(117, undefined, 1), air(117, undefined, 2)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 10_000, 100_000),
    [
      noPenaltyTier(),
      ...rangeTiers(
        [10_000, 22_000, 46_000, 100_000],
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
        {
          lighter: '堆存面积五百平方米以下，覆盖不完整，接到通知后立即整改的。',
          heavier:
            '堆存面积二千平方米以上未采取任何防尘措施，或者在重污染天气预警期间违法，或者拒不改正的；拒不改正的，责令停业整治。',
        },
      ),
    ],
  ),
  benchmark(
    'STJ-JZ-005',
    '超过水污染物排放标准或者超过重点水污染物排放总量控制指标排放水污染物',
    [water(10)],
    [water(83, undefined, 2)],
    amountScale([...SEVERE], 100_000, 1_000_000),
    rangeTiers(
      [100_000, 220_000, 460_000, 1_000_000],
      {
        lighter: ['FINE', 'RESTRICT_BUSINESS'],
        general: ['FINE', 'RESTRICT_BUSINESS', 'ORDER_SUSPEND_PRODUCTION'],
        heavier: [...SEVERE],
      },
      EXCEEDING_TEXTS,
    ),
  ),
  benchmark(
    'STJ-JZ-006',
    '未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录',
    [water(23)],
    [water(82)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 20_000, 200_000),
    [
      noPenaltyTier(),
      ...rangeTiers([20_000, 43_000, 93_000, 200_000], {
        lighter: ['FINE'],
        general: ['FINE'],
        heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'],
      }),
    ],
  ),
  benchmark(
    'STJ-JZ-007',
    '违反法律、行政法规和国务院生态环境主管部门的规定设置排污口（饮用水水源保护区以外）',
    [water(22)],
    [water(84, 2)],
    amountScale(['FINE', 'ORDER_SUSPEND_PRODUCTION'], 20_000, 100_000),
    rangeTiers(
      [20_000, 34_000, 58_000, 100_000],
      { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'ORDER_SUSPEND_PRODUCTION'] },
      {
        lighter: '排污口设置位置、标志不规范，排放的污水经监测达标，在限期内自行拆除或者规范设置的。',
        heavier:
          '私设排污口排放未经处理的废水，或者排污口位于生态保护红线内，情节严重的；情节严重的，可以责令停产整治。',
      },
    ),
  ),
];
