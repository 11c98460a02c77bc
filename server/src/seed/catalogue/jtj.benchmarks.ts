import {
  amountScale,
  type Benchmark,
  benchmark,
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

/** 县交通运输局 行政处罚裁量基准; 交通执法大队 applies the same benchmark under its own codes (受委托实施). */
const road = (a: number, p?: number, i?: number) => ref(L.ROAD_TRANSPORT, a, p, i);
const hw = (a: number, p?: number, i?: number) => ref(L.HIGHWAY, a, p, i);
const GAINS = '违法所得';

function transportBenchmarks(prefix: string): Benchmark[] {
  const c = (n: string) => `${prefix}-JZ-${n}`;
  return [
    benchmark(
      c('001A'),
      '未取得道路运输经营许可，擅自从事道路普通货物运输经营，没有违法所得或者违法所得不足一万元',
      [road(24)],
      [road(63, undefined, 1)],
      amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], 3_000, 50_000),
      [
        tier(
          'LIGHTER',
          ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          range(3_000, 6_000),
          '首次被查获，运输次数一次，车辆为本人所有并主动配合调查的。',
          ['首次被查获', '如实陈述并配合调查'],
        ),
        tier(
          'GENERAL',
          ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          range(6_000, 10_000),
          '不具有从轻、从重情节，情节不属于严重的。',
        ),
        tier(
          'HEAVIER',
          ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          range(10_000, 50_000),
          '情节严重的（道路运输条例第六十三条第一项）：一年内被查获两次以上，或者使用伪造、涂改的证件，或者拒绝、阻碍检查，或者造成交通事故的。',
          ['一年内再次实施同类违法行为', '使用伪造证件', '拒绝、阻碍检查'],
        ),
      ],
    ),
    benchmark(
      c('001B'),
      '未取得道路运输经营许可，擅自从事道路普通货物运输经营，违法所得超过一万元',
      [road(24)],
      [road(63, undefined, 1)],
      multipleScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], GAINS, 1, 5),
      multipleTiers(GAINS, [1, 1.7, 2.9, 5], {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      }),
    ),
    benchmark(
      c('002'),
      '未取得道路运输经营许可，擅自从事道路客运经营，没有违法所得或者违法所得不足二万元',
      [road(10)],
      [road(63, undefined, 2)],
      amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], 10_000, 100_000),
      rangeTiers(
        [10_000, 22_000, 46_000, 100_000],
        {
          lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        },
        {
          lighter: '使用七座以下车辆首次被查获，载客人数少，主动配合调查的。',
          general: '使用八座以上车辆，或者一年内第二次被查获的。',
          heavier: '一年内被查获三次以上，或者使用报废、拼装车辆，或者超员载客、接送学生，或者发生交通事故的。',
        },
      ),
    ),
    benchmark(
      c('003'),
      '客运经营者强行招揽旅客，货运经营者强行招揽货物或者没有采取必要措施防止货物脱落、扬撒',
      [road(26, 2)],
      [road(68, 2)],
      amountScale(['FINE', 'REVOKE_LICENSE'], 1_000, 3_000),
      [
        noPenaltyTier(),
        ...rangeTiers(
          [1_000, 1_700, 2_300, 3_000],
          { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE', 'REVOKE_LICENSE'] },
          {
            heavier:
              '强行招揽造成冲突或者货物脱落扬撒影响通行安全，或者一年内再次违法的；情节严重的，由原许可机关吊销道路运输经营许可证。',
          },
        ),
      ],
    ),
    benchmark(
      c('004'),
      '客运经营者、货运经营者不按规定维护和检测运输车辆',
      [road(30)],
      [road(69, 1)],
      amountScale(['FINE'], 1_000, 5_000),
      [
        noPenaltyTier(),
        ...rangeTiers([1_000, 1_700, 2_900, 5_000], { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] }),
      ],
    ),
    benchmark(
      c('005'),
      '车辆在公路上擅自超限行驶',
      [hw(50)],
      [hw(76, undefined, 5)],
      amountScale(['FINE'], null, 30_000),
      onlyMaxTiers(
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
        {
          lighter: '超限率不足百分之二十，主动卸载、消除违法状态的。',
          general: '超限率百分之二十以上百分之五十以下的。',
          heavier: '超限率百分之五十以上，或者通过限载桥梁、隧道，或者一年内三次以上超限行驶的。',
        },
      ),
    ),
    benchmark(
      c('006'),
      '在公路上及公路用地范围内摆摊设点、堆放物品、倾倒垃圾等，造成公路路面损坏、污染或者影响公路畅通',
      [hw(46)],
      [hw(77)],
      amountScale(['FINE'], null, 5_000),
      [noPenaltyTier(), ...onlyMaxTiers({ lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] })],
    ),
    benchmark(
      c('007'),
      '在公路建筑控制区内修建建筑物、地面构筑物或者擅自埋设管线、电缆等设施',
      [hw(56)],
      [hw(81)],
      amountScale(['FINE'], null, 50_000),
      onlyMaxTiers(
        { lighter: ['FINE'], general: ['FINE'], heavier: ['FINE'] },
        {
          lighter: '临时性简易设施，面积二十平方米以下，限期内自行拆除的。',
          general: '修建永久性建筑物，面积二十平方米以上一百平方米以下的。',
          heavier: '面积一百平方米以上，或者影响公路安全、视距，或者逾期不拆除的。',
        },
      ),
    ),
  ];
}

export const JTJ_BENCHMARKS: Benchmark[] = transportBenchmarks('JTJ');
/** The entrusted team applies the bureau's benchmark (DISC-FINE-TIERS: lower levels apply it directly). */
export const JTDD_BENCHMARKS: Benchmark[] = transportBenchmarks('JTDD');
