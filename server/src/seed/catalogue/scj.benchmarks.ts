import {
  amountScale,
  type Benchmark,
  benchmark,
  GENERAL_TEXT,
  HEAVIER_FACTORS,
  HEAVIER_TEXT,
  LIGHTER_FACTORS,
  LIGHTER_TEXT,
  multiple,
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

/**
 * 县市场监管局 行政处罚裁量基准 (DISC-STRUCT): tiers within the statutory scale (DISC-FINE-TIERS), amount ranges
 * divided by thirds or, at a max/min ratio ≥ 4, by multiples; only-maximum scales at ≤ 20 % / 40–60 % / 60–100 %
 * (DISC-FORMULA). Provisions that set a fine by 货值金额 below and above 1 万元 get one entry per branch.
 */
const food = (a: number, p?: number, i?: number) => ref(L.FOOD, a, p, i);
const product = (a: number, p?: number, i?: number) => ref(L.PRODUCT, a, p, i);
const ad = (a: number, p?: number, i?: number) => ref(L.AD, a, p, i);
const price = (a: number, p?: number, i?: number) => ref(L.PRICE, a, p, i);

const CONFISCATE = ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY'] as const;
const VALUE = '货值金额';

export const SCJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'SCJ-JZ-001A',
    '未取得食品经营许可从事食品经营活动，违法经营的食品货值金额不足一万元',
    [food(35, 1)],
    [food(122, 1)],
    amountScale([...CONFISCATE, 'FINE'], 50_000, 100_000),
    [
      tier(
        'REDUCED',
        [...CONFISCATE, 'FINE'],
        range(10_000, 40_000),
        '具有行政处罚法第三十二条规定的应当减轻处罚情形（如主动停止经营并已申请办理许可、主动消除危害后果），且货值金额不足一千元、未造成危害后果的。',
        ['主动消除或者减轻危害后果', '货值金额不足一千元'],
      ),
      ...rangeTiers(
        [50_000, 65_000, 85_000, 100_000],
        {
          lighter: [...CONFISCATE, 'FINE'],
          general: [...CONFISCATE, 'FINE'],
          heavier: [...CONFISCATE, 'FINE'],
        },
        {
          lighter: '货值金额不足三千元，经营时间不足三个月，且有行政处罚法第三十二条规定情形之一或者主动配合调查的。',
          heavier: '经营时间超过一年，或者经营对象为学生、老年人等特定人群，或者经责令停止经营后继续经营的。',
        },
      ),
    ],
  ),
  benchmark(
    'SCJ-JZ-001B',
    '未取得食品经营许可从事食品经营活动，违法经营的食品货值金额一万元以上',
    [food(35, 1)],
    [food(122, 1)],
    multipleScale([...CONFISCATE, 'FINE'], VALUE, 10, 20),
    multipleTiers(VALUE, [10, 13, 17, 20], {
      lighter: [...CONFISCATE, 'FINE'],
      general: [...CONFISCATE, 'FINE'],
      heavier: [...CONFISCATE, 'FINE'],
    }),
  ),
  benchmark(
    'SCJ-JZ-002A',
    '经营超过保质期的食品，货值金额不足一万元',
    [food(34, undefined, 10)],
    [food(124, 1, 5)],
    amountScale([...CONFISCATE, 'FINE', 'REVOKE_LICENSE'], 50_000, 100_000),
    [
      tier(
        'REDUCED',
        [...CONFISCATE, 'FINE'],
        range(5_000, 30_000),
        '超过保质期的食品货值金额不足五百元，尚未售出或者已全部召回，且具有主动消除危害后果等行政处罚法第三十二条规定情形的。',
        ['主动消除或者减轻危害后果', '货值金额不足五百元'],
      ),
      ...rangeTiers(
        [50_000, 65_000, 85_000, 100_000],
        {
          lighter: [...CONFISCATE, 'FINE'],
          general: [...CONFISCATE, 'FINE'],
          heavier: [...CONFISCATE, 'FINE', 'REVOKE_LICENSE'],
        },
        {
          heavier:
            '超过保质期时间长、数量大，或者销售对象为婴幼儿、学生，或者一年内因同类违法行为受过处罚的；情节严重的，吊销许可证。',
        },
      ),
    ],
  ),
  benchmark(
    'SCJ-JZ-002B',
    '经营超过保质期的食品，货值金额一万元以上',
    [food(34, undefined, 10)],
    [food(124, 1, 5)],
    multipleScale([...CONFISCATE, 'FINE', 'REVOKE_LICENSE'], VALUE, 10, 20),
    multipleTiers(VALUE, [10, 13, 17, 20], {
      lighter: [...CONFISCATE, 'FINE'],
      general: [...CONFISCATE, 'FINE'],
      heavier: [...CONFISCATE, 'FINE', 'REVOKE_LICENSE'],
    }),
  ),
  benchmark(
    'SCJ-JZ-003',
    '经营无标签的预包装食品或者标签不符合食品安全法规定的食品，货值金额不足一万元',
    [food(34, undefined, 11), food(67)],
    [food(125, 1, 2)],
    amountScale([...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'], 5_000, 50_000),
    [
      noPenaltyTier(),
      ...rangeTiers([5_000, 11_000, 23_000, 50_000], {
        lighter: [...CONFISCATE, 'FINE'],
        general: [...CONFISCATE, 'FINE'],
        heavier: [...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'],
      }),
    ],
  ),
  benchmark(
    'SCJ-JZ-004',
    '食品经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录制度',
    [food(53)],
    [food(126, 1, 3)],
    amountScale(['WARNING', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'], 5_000, 50_000),
    [
      noPenaltyTier(),
      tier('LIGHTER', ['WARNING'], null, '经责令改正后在期限内改正的，给予警告。', ['按期改正']),
      tier(
        'GENERAL',
        ['WARNING', 'FINE'],
        range(5_000, 20_000),
        '经责令改正拒不改正，涉及食品品种较少、未造成危害后果的。',
        ['拒不改正'],
      ),
      tier(
        'HEAVIER',
        ['FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'],
        range(20_000, 50_000),
        '拒不改正且涉及食品品种多、数量大，或者导致不符合食品安全标准的食品流入市场的；情节严重的，责令停产停业，直至吊销许可证。',
        HEAVIER_FACTORS,
      ),
    ],
  ),
  benchmark(
    'SCJ-JZ-005',
    '食品经营者安排未取得健康证明的人员从事接触直接入口食品的工作',
    [food(45)],
    [food(126, 1, 6)],
    amountScale(['WARNING', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'], 5_000, 50_000),
    [
      noPenaltyTier(),
      tier('LIGHTER', ['WARNING'], null, '涉及一至二名从业人员，经责令改正在期限内取得健康证明的，给予警告。', [
        '按期改正',
      ]),
      tier('GENERAL', ['WARNING', 'FINE'], range(5_000, 20_000), '经责令改正拒不改正，涉及三名以下从业人员的。', [
        '拒不改正',
      ]),
      tier(
        'HEAVIER',
        ['FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'],
        range(20_000, 50_000),
        '拒不改正，且涉及三名以上从业人员、或者从业人员患有有碍食品安全疾病的；情节严重的，责令停产停业，直至吊销许可证。',
        HEAVIER_FACTORS,
      ),
    ],
  ),
  benchmark(
    'SCJ-JZ-006',
    '销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品',
    [product(13)],
    [product(49)],
    multipleScale([...CONFISCATE, 'FINE', 'REVOKE_LICENSE'], VALUE, 1, 3),
    [
      tier(
        'REDUCED',
        [...CONFISCATE, 'FINE'],
        multiple(VALUE, 0.3, 0.9),
        '销售者有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的（产品质量法第五十五条），且已主动召回、未造成危害后果的。',
        ['不知道为禁止销售的产品', '如实说明进货来源'],
      ),
      tier('LIGHTER', [...CONFISCATE, 'FINE'], multiple(VALUE, 1, 1.6), LIGHTER_TEXT, LIGHTER_FACTORS),
      tier('GENERAL', [...CONFISCATE, 'FINE'], multiple(VALUE, 1.6, 2.3), GENERAL_TEXT),
      tier(
        'HEAVIER',
        [...CONFISCATE, 'FINE', 'REVOKE_LICENSE'],
        multiple(VALUE, 2.3, 3),
        `${HEAVIER_TEXT}造成人身伤害或者重大财产损失等情节严重的，吊销营业执照。`,
        HEAVIER_FACTORS,
      ),
    ],
  ),
  benchmark(
    'SCJ-JZ-007',
    '广告主发布使用“国家级”“最高级”“最佳”等用语的广告',
    [ad(9, undefined, 3)],
    [ad(57, undefined, 1)],
    amountScale(['FINE', 'REVOKE_LICENSE'], 200_000, 1_000_000),
    [
      tier(
        'REDUCED',
        ['FINE'],
        range(10_000, 100_000),
        '在自有经营场所、自设网店等范围内发布，发布时间短、受众少，且已主动撤下广告、消除影响的（行政处罚法第三十二条第一项）。',
        ['主动消除或者减轻危害后果', '发布范围小'],
      ),
      ...rangeTiers([200_000, 340_000, 580_000, 1_000_000], {
        lighter: ['FINE'],
        general: ['FINE'],
        heavier: ['FINE', 'REVOKE_LICENSE'],
      }),
    ],
  ),
  benchmark(
    'SCJ-JZ-008',
    '经营者违反明码标价规定',
    [price(13)],
    [price(42)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], null, 5_000),
    [
      noPenaltyTier(),
      ...onlyMaxTiers(
        {
          lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        },
        {
          lighter: '未标价商品品种较少，未造成消费者多付价款，或者已主动退还多收价款的。',
          heavier: '在标价之外加价出售商品或者收取未予标明的费用，涉及消费者人数多的；经责令改正拒不改正的。',
        },
      ),
    ],
  ),
];
