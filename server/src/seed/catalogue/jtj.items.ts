import { all, hearingRule, type Item, item, LICENCE_REMARK_ALL42, ref } from './helpers';
import { L } from './laws/names';

/**
 * 县交通运输局 and 交通执法大队. The bureau holds the road-transport and highway powers; it entrusts the road
 * transport and road administration penalties (and related inspections) to 青溪县交通运输综合行政执法大队,
 * which acts in the bureau's name (APL-20, 行政处罚法第二十条). Coercive measures cannot be entrusted
 * (行政强制法第十七条), so the 暂扣 of vehicles stays with the bureau.
 */
const road = (a: number, p?: number, i?: number) => ref(L.ROAD_TRANSPORT, a, p, i);
const hw = (a: number, p?: number, i?: number) => ref(L.HIGHWAY, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '较大数额标准为演示值，以本省规定为准。');
const WINDOW = '行政审批股（县政务服务中心交通窗口）';

/** The entrusted penalty items, coded per agency (JTJ-CF-… in the bureau's list, JTDD-CF-… in the team's). */
export function transportPenalties(prefix: string, unit: string, remarks: string): Item[] {
  const p = (n: number) => `${prefix}-CF-${String(n).padStart(3, '0')}`;
  const jz = (code: string) => [`${prefix}-JZ-${code}`];
  const o = { unit, remarks, hearing: HEARING };
  return [
    item(p(1), '对未取得道路运输经营许可擅自从事道路普通货物运输经营的行政处罚', 'PENALTY', [road(63, undefined, 1)], {
      ...o,
      violated: [road(24)],
      benchmarks: [...jz('001A'), ...jz('001B')],
    }),
    item(p(2), '对未取得道路运输经营许可擅自从事道路客运经营的行政处罚', 'PENALTY', [road(63, undefined, 2)], {
      ...o,
      violated: [road(10)],
      benchmarks: jz('002'),
    }),
    item(p(3), '对未取得道路运输经营许可擅自从事道路危险货物运输经营的行政处罚', 'PENALTY', [road(63, undefined, 3)], {
      ...o,
      violated: [road(24)],
    }),
    item(p(4), '对不符合规定条件的人员驾驶道路运输经营车辆的行政处罚', 'PENALTY', [road(64)], o),
    item(p(5), '对未经许可擅自从事道路旅客运输站（场）经营的行政处罚', 'PENALTY', [road(65, 1)], {
      ...o,
      violated: [road(39, 1)],
    }),
    item(
      p(6),
      '对从事道路货物运输站（场）经营、机动车驾驶员培训业务未按规定备案且拒不改正的行政处罚',
      'PENALTY',
      [road(65, 3)],
      {
        ...o,
        violated: [road(39, 2)],
      },
    ),
    item(p(7), '对从事机动车维修经营业务未按规定备案且拒不改正的行政处罚', 'PENALTY', [road(65, 4)], {
      ...o,
      violated: [road(39, 2)],
    }),
    item(p(8), '对非法转让、出租道路运输许可证件的行政处罚', 'PENALTY', [road(66)], { ...o, violated: [road(33)] }),
    item(
      p(9),
      '对客运经营者不按批准的客运站点停靠或者不按规定的线路、班次行驶等行为的行政处罚',
      'PENALTY',
      [road(68, 1)],
      o,
    ),
    item(p(10), '对强行招揽旅客、货物或者没有采取必要措施防止货物脱落、扬撒的行政处罚', 'PENALTY', [road(68, 2)], {
      ...o,
      violated: [road(26, 2)],
      benchmarks: jz('003'),
    }),
    item(p(11), '对客运经营者、货运经营者不按规定维护和检测运输车辆的行政处罚', 'PENALTY', [road(69, 1)], {
      ...o,
      violated: [road(30)],
      benchmarks: jz('004'),
    }),
    item(p(12), '对擅自改装已取得车辆营运证的车辆的行政处罚', 'PENALTY', [road(69, 2)], { ...o, violated: [road(30)] }),
    item(
      p(13),
      '对机动车维修经营者使用假冒伪劣配件维修机动车、承修报废机动车或者擅自改装机动车的行政处罚',
      'PENALTY',
      [road(71)],
      o,
    ),
    item(p(14), '对擅自占用、挖掘公路的行政处罚', 'PENALTY', [hw(76, undefined, 1)], { ...o, violated: [hw(44)] }),
    item(
      p(15),
      '对未经同意或者未按照公路工程技术标准修建桥梁、渡槽或者架设、埋设管线、电缆等设施的行政处罚',
      'PENALTY',
      [hw(76, undefined, 2)],
      {
        ...o,
        violated: [hw(45)],
      },
    ),
    item(p(16), '对车辆在公路上擅自超限行驶的行政处罚', 'PENALTY', [hw(76, undefined, 5)], {
      ...o,
      violated: [hw(50)],
      benchmarks: jz('005'),
    }),
    item(
      p(17),
      '对在公路上及公路用地范围内摆摊设点、堆放物品、倾倒垃圾等造成公路损坏、污染或者影响公路畅通的行政处罚',
      'PENALTY',
      [hw(77)],
      {
        ...o,
        violated: [hw(46)],
        benchmarks: jz('006'),
      },
    ),
    item(p(18), '对造成公路损坏未报告的行政处罚', 'PENALTY', [hw(78)], o),
    item(p(19), '对在公路用地范围内设置公路标志以外的其他标志的行政处罚', 'PENALTY', [hw(79)], {
      ...o,
      violated: [hw(54)],
    }),
    item(p(20), '对未经批准在公路上增设平面交叉道口的行政处罚', 'PENALTY', [hw(80)], { ...o, violated: [hw(55)] }),
    item(
      p(21),
      '对在公路建筑控制区内修建建筑物、地面构筑物或者擅自埋设管线、电缆等设施的行政处罚',
      'PENALTY',
      [hw(81)],
      {
        ...o,
        violated: [hw(56)],
        benchmarks: jz('007'),
      },
    ),
  ];
}

const ENTRUSTED = '委托青溪县交通运输综合行政执法大队以本局名义实施（委托书已向社会公布）。';

export const JTJ_ITEMS: Item[] = [
  item('JTJ-XK-001', '道路旅客运输经营许可（县级行政区域内和毗邻县行政区域间）', 'LICENSE', [road(8), road(10)], {
    unit: WINDOW,
    days: 20,
    remarks: '道路运输条例第十条规定自受理之日起二十日内审查完毕，本局按工作日计算并公示承诺时限；不收费。',
  }),
  item('JTJ-XK-002', '道路货物运输经营许可（危险货物运输以外）', 'LICENSE', [road(21), road(24)], {
    unit: WINDOW,
    days: 20,
    remarks: '使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请。',
  }),
  item('JTJ-XK-003', '道路旅客运输站（场）经营许可', 'LICENSE', [road(36), road(39, 1)], { unit: WINDOW, days: 15 }),
  item('JTJ-BA-001', '道路货物运输站（场）经营、机动车维修经营、机动车驾驶员培训备案', 'OTHER', [road(39, 2)], {
    unit: WINDOW,
  }),
  item('JTJ-XK-004', '占用、挖掘公路或者使公路改线审批', 'LICENSE', [hw(44), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: LICENCE_REMARK_ALL42,
  }),
  item('JTJ-XK-005', '跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施审批', 'LICENSE', [hw(45), all(42)], {
    unit: WINDOW,
    days: 20,
  }),
  item('JTJ-XK-006', '公路超限运输许可', 'LICENSE', [hw(50), all(42)], { unit: WINDOW, days: 20 }),
  item('JTJ-XK-007', '在公路用地范围内设置公路标志以外的其他标志审批', 'LICENSE', [hw(54), all(42)], {
    unit: WINDOW,
    days: 20,
  }),
  item('JTJ-XK-008', '在公路上增设平面交叉道口审批', 'LICENSE', [hw(55), all(42)], { unit: WINDOW, days: 20 }),
  item('JTJ-XK-009', '在公路建筑控制区内埋设管线、电缆等设施审批', 'LICENSE', [hw(56), all(42)], {
    unit: WINDOW,
    days: 20,
  }),
  item('JTJ-JC-001', '对道路运输经营者和道路运输相关业务经营者的监督检查', 'INSPECTION', [road(59), road(60)], {
    unit: '运输管理股',
    random: true,
  }),
  item('JTJ-JC-002', '对公路、公路用地和建筑控制区的监督检查', 'INSPECTION', [hw(71)], {
    unit: '路政管理股',
    random: true,
  }),
  item('JTJ-QZ-001', '暂扣没有车辆营运证又无法当场提供其他有效证明的车辆', 'COERCIVE_MEASURE', [road(62)], {
    unit: '运输管理股',
    av: 'FULL',
    remarks: '行政强制措施权不得委托（行政强制法第十七条），由本局执法人员实施；妥善保管，不得使用，不得收取保管费用。',
  }),
  ...transportPenalties('JTJ', '交通运输综合行政执法大队（受委托）', ENTRUSTED),
];

export const JTDD_ITEMS: Item[] = [
  item('JTDD-JC-001', '道路运输经营活动现场检查（受委托）', 'INSPECTION', [road(59), road(60)], {
    unit: '执法一队',
    remarks: '以青溪县交通运输局名义实施；发现无营运证车辆需要暂扣的，报告县交通运输局依法处理。',
  }),
  item('JTDD-JC-002', '公路路政巡查（受委托）', 'INSPECTION', [hw(71)], {
    unit: '执法二队',
    remarks: '以青溪县交通运输局名义实施。',
  }),
  ...transportPenalties(
    'JTDD',
    '执法一队、执法二队',
    '受青溪县交通运输局委托，以委托机关名义实施，不得再委托（行政处罚法第二十条）。',
  ),
];
