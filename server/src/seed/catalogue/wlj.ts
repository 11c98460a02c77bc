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
  rangeTiers,
  ref,
} from './helpers';
import { L } from './laws/names';

/** 县文旅广体局 (青溪县文化旅游广电体育局): 娱乐场所 and 旅游 enforcement. */
const ent = (a: number, p?: number, i?: number) => ref(L.ENTERTAINMENT, a, p, i);
const tour = (a: number, p?: number, i?: number) => ref(L.TOURISM, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '拟责令停业整顿的，告知听证权利。');
const TEAM = '文化市场综合执法大队';
const WINDOW = '行政审批股（县政务服务中心文旅窗口）';
const CONFISCATE = ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY'] as const;

export const WLJ_ITEMS: Item[] = [
  item('WLJ-XK-001', '娱乐场所经营许可（歌舞娱乐场所、游艺娱乐场所）', 'LICENSE', [ent(9), ent(10), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: '审批应当举行听证，听证所需时间不计入审查期限（行政许可法第四十五条）；不收费。',
  }),
  item('WLJ-XK-002', '娱乐经营许可证重新核发（改建、扩建或者变更许可事项）', 'LICENSE', [ent(12), all(49)], {
    unit: WINDOW,
    days: 20,
  }),
  item('WLJ-JC-001', '对娱乐场所的监督检查', 'INSPECTION', [ent(32)], { unit: TEAM, random: true }),
  item('WLJ-JC-002', '对旅行社经营行为的监督检查', 'INSPECTION', [tour(85)], { unit: TEAM, random: true }),
  item('WLJ-JC-003', '对导游、领队服务行为的监督检查', 'INSPECTION', [tour(85)], { unit: TEAM, random: true }),
  item('WLJ-CF-001', '取缔擅自从事娱乐场所经营活动', 'PENALTY', [ent(41)], {
    unit: TEAM,
    violated: [ent(9)],
    av: 'FULL',
  }),
  item('WLJ-CF-002', '对歌舞娱乐场所的歌曲点播系统与境外曲库联接的行政处罚', 'PENALTY', [ent(48, undefined, 1)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item(
    'WLJ-CF-003',
    '对娱乐场所播放的曲目、屏幕画面或者游戏项目含有禁止内容的行政处罚',
    'PENALTY',
    [ent(48, undefined, 2)],
    { unit: TEAM, hearing: HEARING },
  ),
  item('WLJ-CF-004', '对歌舞娱乐场所接纳未成年人的行政处罚', 'PENALTY', [ent(48, undefined, 3)], {
    unit: TEAM,
    violated: [ent(23)],
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-001A', 'WLJ-JZ-001B'],
  }),
  item(
    'WLJ-CF-005',
    '对游艺娱乐场所在国家法定节假日外向未成年人提供电子游戏机的行政处罚',
    'PENALTY',
    [ent(48, undefined, 4)],
    {
      unit: TEAM,
      violated: [ent(23)],
      hearing: HEARING,
    },
  ),
  item('WLJ-CF-006', '对娱乐场所容纳的消费者超过核定人数的行政处罚', 'PENALTY', [ent(48, undefined, 5)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-002'],
  }),
  item(
    'WLJ-CF-007',
    '对娱乐场所变更有关事项未申请重新核发娱乐经营许可证的行政处罚',
    'PENALTY',
    [ent(49, undefined, 1)],
    {
      unit: TEAM,
      violated: [ent(12)],
      hearing: HEARING,
    },
  ),
  item('WLJ-CF-008', '对娱乐场所在禁止营业时间内营业的行政处罚', 'PENALTY', [ent(49, undefined, 2)], {
    unit: TEAM,
    violated: [ent(28)],
    hearing: HEARING,
  }),
  item(
    'WLJ-CF-009',
    '对娱乐场所从业人员在营业期间未统一着装并佩带工作标志的行政处罚',
    'PENALTY',
    [ent(49, undefined, 3)],
    { unit: TEAM },
  ),
  item(
    'WLJ-CF-010',
    '对娱乐场所未建立从业人员名簿、营业日志或者发现违法犯罪行为未报告的行政处罚',
    'PENALTY',
    [ent(50)],
    {
      unit: TEAM,
      violated: [ent(25)],
      hearing: HEARING,
    },
  ),
  item('WLJ-CF-011', '对娱乐场所未悬挂警示标志、未成年人禁入或者限入标志的行政处罚', 'PENALTY', [ent(51)], {
    unit: TEAM,
    violated: [ent(30)],
  }),
  item('WLJ-CF-012', '对未经许可经营旅行社业务的行政处罚', 'PENALTY', [tour(95, 1)], {
    unit: TEAM,
    violated: [tour(28)],
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-003'],
  }),
  item('WLJ-CF-013', '对旅行社安排未取得导游证的人员提供导游服务的行政处罚', 'PENALTY', [tour(96, undefined, 2)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-004'],
  }),
  item('WLJ-CF-014', '对旅行社进行虚假宣传、误导旅游者的行政处罚', 'PENALTY', [tour(97, undefined, 1)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('WLJ-CF-015', '对旅行社未按照规定投保旅行社责任保险的行政处罚', 'PENALTY', [tour(97, undefined, 3)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('WLJ-CF-016', '对旅行社以不合理的低价组织旅游活动或者指定具体购物场所的行政处罚', 'PENALTY', [tour(98)], {
    unit: TEAM,
    violated: [tour(35)],
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-005'],
  }),
  item('WLJ-CF-017', '对旅行社擅自变更旅游行程安排、拒绝履行合同等行为的行政处罚', 'PENALTY', [tour(100)], {
    unit: TEAM,
    hearing: HEARING,
  }),
  item('WLJ-CF-018', '对未取得导游证或者不具备领队条件而从事导游、领队活动的行政处罚', 'PENALTY', [tour(102, 1)], {
    unit: TEAM,
    hearing: HEARING,
    benchmarks: ['WLJ-JZ-006'],
  }),
  item('WLJ-CF-019', '对导游、领队私自承揽业务的行政处罚', 'PENALTY', [tour(102, 2)], { unit: TEAM, hearing: HEARING }),
  item('WLJ-CF-020', '对导游、领队向旅游者索取小费的行政处罚', 'PENALTY', [tour(102, 3)], {
    unit: TEAM,
    violated: [tour(41)],
    hearing: HEARING,
  }),
  item('WLJ-QT-001', '旅游经营者及其从业人员违法行为记入信用档案并向社会公布', 'OTHER', [tour(108)], { unit: TEAM }),
];

export const WLJ_BENCHMARKS: Benchmark[] = [
  benchmark(
    'WLJ-JZ-001A',
    '歌舞娱乐场所接纳未成年人，没有违法所得或者违法所得不足一万元',
    [ent(23)],
    [ent(48, undefined, 3)],
    amountScale([...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'], 10_000, 30_000),
    rangeTiers(
      [10_000, 17_000, 23_000, 30_000],
      {
        lighter: [...CONFISCATE, 'FINE'],
        general: [...CONFISCATE, 'FINE'],
        heavier: [...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      },
      {
        lighter: '接纳未成年人一至二人，未成年人持有他人身份证件且场所已履行查验义务的，或者主动劝离的。',
        general: '接纳未成年人三至五人，或者未履行查验身份证件义务的。',
        heavier:
          '接纳未成年人五人以上，或者向未成年人提供酒精饮料，或者一年内再次接纳未成年人的；情节严重的，责令停业整顿一至六个月。',
      },
    ),
  ),
  benchmark(
    'WLJ-JZ-001B',
    '歌舞娱乐场所接纳未成年人，违法所得一万元以上',
    [ent(23)],
    [ent(48, undefined, 3)],
    multipleScale([...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'], '违法所得', 1, 3),
    multipleTiers('违法所得', [1, 1.6, 2.3, 3], {
      lighter: [...CONFISCATE, 'FINE'],
      general: [...CONFISCATE, 'FINE'],
      heavier: [...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
    }),
  ),
  benchmark(
    'WLJ-JZ-002',
    '娱乐场所容纳的消费者超过核定人数，没有违法所得或者违法所得不足一万元',
    [ent(9)],
    [ent(48, undefined, 5)],
    amountScale([...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'], 10_000, 30_000),
    rangeTiers(
      [10_000, 17_000, 23_000, 30_000],
      {
        lighter: [...CONFISCATE, 'FINE'],
        general: [...CONFISCATE, 'FINE'],
        heavier: [...CONFISCATE, 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      },
      {
        lighter: '超过核定人数不足百分之十，经指出立即疏散的。',
        general: '超过核定人数百分之十以上百分之三十以下的。',
        heavier: '超过核定人数百分之三十以上，或者同时存在疏散通道堵塞等安全隐患的。',
      },
    ),
  ),
  benchmark(
    'WLJ-JZ-003',
    '未经许可经营旅行社业务，违法所得不足十万元',
    [tour(28)],
    [tour(95, 1)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], 10_000, 100_000),
    rangeTiers(
      [10_000, 22_000, 46_000, 100_000],
      {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      },
      {
        lighter: '组织旅游活动一次、旅游者十人以下，未造成旅游者损失的。',
        heavier: '多次组织旅游活动或者旅游者五十人以上，或者造成旅游者人身、财产损失的。',
      },
    ),
  ),
  benchmark(
    'WLJ-JZ-004',
    '旅行社安排未取得导游证的人员提供导游服务',
    [tour(96, undefined, 2)],
    [tour(96, undefined, 2)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'], 5_000, 50_000),
    [
      noPenaltyTier(),
      ...rangeTiers([5_000, 11_000, 23_000, 50_000], {
        lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'],
      }),
    ],
  ),
  benchmark(
    'WLJ-JZ-005',
    '旅行社以不合理的低价组织旅游活动，诱骗旅游者，或者指定具体购物场所、安排另行付费旅游项目',
    [tour(35)],
    [tour(98)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'], 30_000, 300_000),
    rangeTiers([30_000, 65_000, 140_000, 300_000], {
      lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION'],
      heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE', 'ORDER_SUSPEND_PRODUCTION', 'REVOKE_LICENSE'],
    }),
  ),
  benchmark(
    'WLJ-JZ-006',
    '未取得导游证或者不具备领队条件而从事导游、领队活动',
    [tour(102, 1)],
    [tour(102, 1)],
    amountScale(['CONFISCATE_ILLEGAL_GAINS', 'FINE'], 1_000, 10_000),
    rangeTiers([1_000, 2_200, 4_600, 10_000], {
      lighter: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      general: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
      heavier: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
    }),
  ),
];
