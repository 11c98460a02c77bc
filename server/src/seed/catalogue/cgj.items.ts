import { acl, all, hearingRule, type Item, item, LICENCE_REMARK_ALL42, ref } from './helpers';
import { L } from './laws/names';

/** 县城管执法局 (青溪县城市管理和综合执法局): 执法事项清单. */
const city = (a: number, p?: number, i?: number) => ref(L.CITY_APPEARANCE, a, p, i);
const plan = (a: number, p?: number, i?: number) => ref(L.PLANNING, a, p, i);
const air = (a: number, p?: number, i?: number) => ref(L.AIR, a, p, i);
const HEARING = hearingRule(5_000, 100_000, '较大数额标准为演示值，以本省规定为准。');
const CONCENTRATED = '依据省人民政府相对集中行政处罚权的决定，由本局行使城乡规划主管部门的该项行政处罚权（演示）。';
const DESIGNATED = '县人民政府确定本局为监督管理部门（演示）。';
const ONE = '执法一队';
const TWO = '执法二队';
const WINDOW = '市容环卫股（县政务服务中心城管窗口）';

export const CGJ_ITEMS: Item[] = [
  item('CGJ-XK-001', '设置大型户外广告审批', 'LICENSE', [city(11), all(42)], {
    unit: WINDOW,
    days: 20,
    remarks: LICENCE_REMARK_ALL42,
  }),
  item(
    'CGJ-XK-002',
    '临时占用街道两侧和公共场地堆放物料、搭建非永久性建筑物、构筑物或者其他设施审批',
    'LICENSE',
    [city(14), all(42)],
    {
      unit: WINDOW,
      days: 20,
      remarks: LICENCE_REMARK_ALL42,
    },
  ),
  item('CGJ-JC-001', '城乡规划实施情况监督检查（违法建设巡查）', 'INSPECTION', [plan(53)], {
    unit: ONE,
    remarks: CONCENTRATED,
  }),
  item('CGJ-JC-002', '建筑工地扬尘污染防治监督检查', 'INSPECTION', [air(69), air(115)], { unit: TWO, random: true }),
  item('CGJ-JC-003', '餐饮服务业油烟排放监督检查', 'INSPECTION', [air(81), air(118, 1)], {
    unit: TWO,
    random: true,
    remarks: DESIGNATED,
  }),
  item('CGJ-QZ-001', '查封违法建设施工现场', 'COERCIVE_MEASURE', [plan(68)], {
    unit: ONE,
    av: 'FULL',
    remarks: '当事人在责令停止建设决定作出后仍不停止建设的，经县人民政府责成实施。',
  }),
  item('CGJ-ZX-001', '强制拆除违法建设', 'COERCIVE_EXECUTION', [plan(68), acl(44)], {
    unit: ONE,
    av: 'FULL',
    remarks:
      '先行公告限期自行拆除；当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，方可强制拆除；不得在夜间或者法定节假日实施（行政强制法第四十三条）。',
  }),
  item(
    'CGJ-ZX-002',
    '组织强制拆除不符合城市容貌标准、环境卫生标准的建筑物或者设施',
    'COERCIVE_EXECUTION',
    [city(37), acl(44)],
    {
      unit: ONE,
      av: 'FULL',
      remarks: '逾期未改造或者未拆除的，经县人民政府批准后组织实施。',
    },
  ),
  item('CGJ-ZX-003', '立即代履行清除道路、公共场所遗洒物、障碍物', 'COERCIVE_EXECUTION', [acl(52)], {
    unit: TWO,
    remarks: '当事人不能清除的可以立即代履行；当事人不在场的，事后立即通知并依法处理。',
  }),
  item('CGJ-CF-001', '对随地吐痰、便溺，乱扔果皮、纸屑和烟头等废弃物的行政处罚', 'PENALTY', [city(34, undefined, 1)], {
    unit: TWO,
  }),
  item(
    'CGJ-CF-002',
    '对在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品的行政处罚',
    'PENALTY',
    [city(34, undefined, 2)],
    { unit: TWO },
  ),
  item(
    'CGJ-CF-003',
    '对在规定街道的临街建筑物阳台和窗外堆放、吊挂有碍市容物品的行政处罚',
    'PENALTY',
    [city(34, undefined, 3)],
    { unit: TWO },
  ),
  item('CGJ-CF-004', '对不按规定的时间、地点、方式倾倒垃圾、粪便的行政处罚', 'PENALTY', [city(34, undefined, 4)], {
    unit: TWO,
  }),
  item(
    'CGJ-CF-005',
    '对不履行卫生责任区清扫保洁义务或者不按规定清运、处理垃圾和粪便的行政处罚',
    'PENALTY',
    [city(34, undefined, 5)],
    { unit: TWO },
  ),
  item(
    'CGJ-CF-006',
    '对运输液体、散装货物不作密封、包扎、覆盖，造成泄漏、遗撒的行政处罚',
    'PENALTY',
    [city(34, undefined, 6)],
    { unit: TWO },
  ),
  item(
    'CGJ-CF-007',
    '对临街工地不设置护栏或者不作遮挡等影响市容和环境卫生的行政处罚',
    'PENALTY',
    [city(34, undefined, 7)],
    { unit: TWO },
  ),
  item('CGJ-CF-008', '对未经同意擅自设置大型户外广告的行政处罚', 'PENALTY', [city(36, undefined, 1)], {
    unit: ONE,
    violated: [city(11)],
  }),
  item(
    'CGJ-CF-009',
    '对未经批准擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施的行政处罚',
    'PENALTY',
    [city(36, undefined, 2)],
    {
      unit: ONE,
      violated: [city(14)],
    },
  ),
  item('CGJ-CF-010', '对损坏各类环境卫生设施及其附属设施的行政处罚', 'PENALTY', [city(38)], { unit: TWO }),
  item('CGJ-CF-011', '对未取得建设工程规划许可证或者未按照许可证的规定进行建设的行政处罚', 'PENALTY', [plan(64)], {
    unit: ONE,
    violated: [plan(40)],
    hearing: HEARING,
    benchmarks: ['CGJ-JZ-001', 'CGJ-JZ-002'],
    remarks: CONCENTRATED,
  }),
  item(
    'CGJ-CF-012',
    '对未经批准或者未按照批准内容进行临时建设、临时建筑物超期不拆除的行政处罚',
    'PENALTY',
    [plan(66)],
    {
      unit: ONE,
      hearing: HEARING,
      benchmarks: ['CGJ-JZ-003'],
      remarks: CONCENTRATED,
    },
  ),
  item('CGJ-CF-013', '对餐饮服务业经营者超过排放标准排放油烟的行政处罚', 'PENALTY', [air(118, 1)], {
    unit: TWO,
    violated: [air(81)],
    hearing: HEARING,
    benchmarks: ['CGJ-JZ-004'],
    remarks: DESIGNATED,
  }),
  item(
    'CGJ-CF-014',
    '对在居民住宅楼等禁止区域新建、改建、扩建产生油烟的餐饮服务项目的行政处罚',
    'PENALTY',
    [air(118, 2)],
    {
      unit: TWO,
      hearing: HEARING,
      remarks: DESIGNATED,
    },
  ),
  item(
    'CGJ-CF-015',
    '对在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚',
    'PENALTY',
    [air(118, 3)],
    {
      unit: TWO,
      violated: [air(81)],
      hearing: HEARING,
      benchmarks: ['CGJ-JZ-005'],
      remarks: DESIGNATED,
    },
  ),
  item(
    'CGJ-CF-016',
    '对在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等物质的行政处罚',
    'PENALTY',
    [air(119, 2)],
    {
      unit: TWO,
      violated: [air(82)],
      hearing: HEARING,
      benchmarks: ['CGJ-JZ-006A', 'CGJ-JZ-006B'],
      remarks: DESIGNATED,
    },
  ),
  item('CGJ-CF-017', '对在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染物质的行政处罚', 'PENALTY', [air(119, 1)], {
    unit: TWO,
    remarks: DESIGNATED,
  }),
  item('CGJ-CF-018', '对施工单位未采取扬尘污染防治措施的行政处罚', 'PENALTY', [air(115, 1)], {
    unit: TWO,
    violated: [air(69)],
    hearing: HEARING,
    benchmarks: ['CGJ-JZ-007'],
    remarks: CONCENTRATED,
  }),
  item('CGJ-CF-019', '对运输散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒的行政处罚', 'PENALTY', [air(116)], {
    unit: TWO,
    violated: [air(70)],
    hearing: HEARING,
    benchmarks: ['CGJ-JZ-008'],
    remarks: DESIGNATED,
  }),
  item(
    'CGJ-CF-020',
    '对不符合城市容貌标准、环境卫生标准的建筑物或者设施逾期未改造、未拆除的行政处罚',
    'PENALTY',
    [city(37)],
    { unit: ONE },
  ),
];
