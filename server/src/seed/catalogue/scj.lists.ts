import {
  agencyContact,
  channels,
  MARKET_THRESHOLDS,
  OFFICE_HOURS,
  profile,
  reviewCatalogue,
  SERVICE_CENTRE,
} from './common';
import {
  all,
  apl,
  type Channel,
  type FourListItem,
  firstViolation,
  lighter,
  minorNoHarm,
  noCoercion,
  noFault,
  type ProfileEntry,
  type RandomInspection,
  type ReviewCriterionEntry,
  reduced,
  ref,
  type ServiceGuide,
} from './helpers';
import { L } from './laws/names';

/** 县市场监管局: the four lists, random inspections, service guides, channels, review catalogue, profile. */
const food = (a: number, p?: number, i?: number) => ref(L.FOOD, a, p, i);
const product = (a: number, p?: number, i?: number) => ref(L.PRODUCT, a, p, i);
const ad = (a: number, p?: number, i?: number) => ref(L.AD, a, p, i);
const price = (a: number, p?: number, i?: number) => ref(L.PRICE, a, p, i);
const NAME = '青溪县市场监督管理局';
const CONTACT = agencyContact(1);

export const SCJ_NO_PENALTY: FourListItem[] = [
  firstViolation(
    'SCJ-BF-01',
    '食品经营者未按规定建立并遵守进货查验记录制度',
    [food(53), food(126, 1, 3)],
    ['所经营的食品来源合法、经抽检合格', '未造成食品安全事故'],
  ),
  firstViolation(
    'SCJ-BF-02',
    '经营者未按规定明码标价',
    [price(13), price(42)],
    ['未在标价之外加价出售商品，未收取未予标明的费用', '未造成消费者多付价款'],
  ),
  firstViolation(
    'SCJ-BF-03',
    '广告内容对商品性能、功能、产地、质量等表示不准确、不清楚、不明白',
    [ad(8), ad(59, 1, 1)],
    ['仅在自有经营场所或者自设网店发布，发布时间短、范围小', '未造成消费者财产损失'],
  ),
  noFault(
    'SCJ-BF-04',
    '食品经营者经营不符合食品安全标准的食品，但已履行进货查验义务',
    [food(136)],
    ['履行了进货查验等义务，有充分证据证明不知道所采购的食品不符合食品安全标准', '能如实说明进货来源'],
    '依法没收不符合食品安全标准的食品；造成损害的依法承担赔偿责任。',
  ),
  minorNoHarm(
    'SCJ-BF-05',
    '有包装的产品标识缺少中文标明的产品规格、等级等非安全性事项',
    [product(27), product(54)],
    ['不涉及限期使用产品的生产日期、安全使用期，也不涉及警示标志或者中文警示说明'],
  ),
];

export const SCJ_REDUCED: FourListItem[] = [
  reduced(
    'SCJ-JQ-01',
    '经营超过保质期的食品，货值金额不足五百元',
    1,
    [food(124, 1, 5)],
    ['超过保质期的食品尚未售出或者已全部召回、销毁', '未造成人身伤害'],
  ),
  reduced(
    'SCJ-JQ-02',
    '未取得食品经营许可从事小餐饮经营，已主动停业并申请办理许可',
    1,
    [food(122, 1)],
    ['货值金额不足一千元', '经营场所符合食品安全要求，未造成危害后果'],
  ),
  {
    code: 'SCJ-JQ-03',
    violation: '销售者销售不符合保障人体健康和人身、财产安全标准的产品，但不知道该产品为禁止销售的产品',
    basis: [product(55), product(49)],
    conditions: ['有充分证据证明其不知道该产品为禁止销售的产品', '如实说明其进货来源', '主动召回已售出的产品'],
    followUp: ['CORRECTION_ORDER'],
    remarks: '依据产品质量法第五十五条可以从轻或者减轻处罚。',
  },
  reduced(
    'SCJ-JQ-04',
    '在自有经营场所发布含有“最佳”“最高级”等用语的广告',
    1,
    [ad(57, undefined, 1)],
    ['发布范围限于自有经营场所或者自设网店，受众少', '已主动撤下广告、消除影响'],
  ),
];

export const SCJ_LIGHTER: FourListItem[] = [
  lighter(
    'SCJ-CQ-01',
    '经营超过保质期或者腐败变质的食品，配合查处供货者违法行为',
    4,
    [food(124, 1)],
    ['提供供货者线索并查证属实'],
  ),
  lighter(
    'SCJ-CQ-02',
    '受供货者胁迫或者诱骗销售掺杂掺假、以次充好的产品',
    2,
    [product(50)],
    ['有证据证明受他人胁迫或者诱骗'],
  ),
  lighter(
    'SCJ-CQ-03',
    '销售者销售失效、变质的产品，不知道为禁止销售的产品并如实说明进货来源',
    null,
    [product(55), product(52)],
    ['有充分证据证明其不知道该产品为禁止销售的产品', '如实说明其进货来源'],
  ),
  lighter('SCJ-CQ-04', '经营者违反明码标价规定，主动退还多收价款', 1, [price(42)], ['已主动退还全部多收价款']),
  lighter(
    'SCJ-CQ-05',
    '未成年人实施违反食品安全法的经营行为',
    null,
    [apl(30), food(122, 1)],
    ['违法行为发生时已满十四周岁不满十八周岁'],
  ),
];

export const SCJ_NO_COERCION: FourListItem[] = [
  noCoercion(
    'SCJ-BQ-01',
    '经营的预包装食品仅标签、说明书存在瑕疵',
    [food(110, 1, 4)],
    ['瑕疵不影响食品安全且不会对消费者造成误导', '当事人承诺立即整改并配合调查'],
  ),
  noCoercion(
    'SCJ-BQ-02',
    '经营少量超过保质期的食品',
    [food(110, 1, 4)],
    ['货值金额不足五百元，当事人已当场下架、自愿封存或者销毁', '不存在转移、隐匿证据的可能'],
  ),
  noCoercion(
    'SCJ-BQ-03',
    '销售少量标识不符合规定但经检验合格的产品',
    [product(18, 1, 4)],
    ['涉案产品数量少，已停止销售', '当事人承诺不再销售并配合调查'],
  ),
];

export const SCJ_RANDOM: RandomInspection[] = [
  {
    code: 'SCJ-CC-01',
    name: '食品经营者监督检查',
    basis: [food(109), food(110, 1, 1)],
    inspectingBody: NAME,
    target: '辖区内取得食品经营许可的食品销售者、餐饮服务提供者',
    content:
      '许可证件及公示情况；进货查验记录；从业人员健康证明；食品贮存条件和库存食品；餐具饮具清洗消毒；食品安全管理制度和自查情况。',
    method: '“双随机、一公开”现场检查、查阅资料，必要时抽样检验',
    proportionPercent: 5,
    frequency: '每年不少于1次，高风险等级经营者按风险分级增加频次',
  },
  {
    code: 'SCJ-CC-02',
    name: '食品安全监督抽检',
    basis: [food(87)],
    inspectingBody: NAME,
    target: '辖区内食品生产经营者经营的食品',
    content: '按年度抽检计划检验食品中的致病性微生物、农药兽药残留、食品添加剂、重金属等项目。',
    method: '随机抽取样品，委托具有资质的食品检验机构检验',
    proportionPercent: 3,
    frequency: '按年度抽检计划分季度实施',
  },
  {
    code: 'SCJ-CC-03',
    name: '产品质量监督抽查',
    basis: [product(15)],
    inspectingBody: NAME,
    target: '辖区内生产、销售列入抽查目录的工业产品的企业和个体工商户',
    content: '产品是否符合保障人体健康和人身、财产安全的国家标准、行业标准；产品标识。',
    method: '在市场上或者企业成品仓库内的待销产品中随机抽取样品检验',
    proportionPercent: 3,
    frequency: '每年1次',
  },
  {
    code: 'SCJ-CC-04',
    name: '明码标价检查',
    basis: [price(34)],
    inspectingBody: NAME,
    target: '辖区内商场、超市、农贸市场、餐饮、停车场等经营者',
    content: '商品和服务是否明码标价，标价内容是否完整，是否在标价之外加价或者收取未予标明的费用。',
    method: '“双随机、一公开”现场检查',
    proportionPercent: 5,
    frequency: '每年不少于1次，重要节假日前开展专项检查',
  },
];

const GUIDE_COMMON = {
  acceptingUnit: `${NAME}（县政务服务中心市场监管窗口）`,
  approvingUnit: NAME,
  fees: '不收费（行政许可法第五十八条）',
  supervision: '青溪县司法局行政执法监督科 0730-8810008；12345政务服务便民热线',
  remedy: '对决定不服的，可以自知道之日起六十日内向青溪县人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。',
  officeHours: OFFICE_HOURS,
  address: SERVICE_CENTRE,
  phone: CONTACT.phone,
};

export const SCJ_GUIDES: ServiceGuide[] = [
  {
    code: 'SCJ-ZN-01',
    itemCode: 'SCJ-XK-001',
    name: '食品经营许可（新办）',
    basis: [food(35), all(42)],
    ...GUIDE_COMMON,
    conditions:
      '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、包装、贮存等场所，并与有毒、有害场所以及其他污染源保持规定的距离；具有相应的经营设备或者设施；有专职或者兼职的食品安全管理人员和保证食品安全的规章制度；具有合理的设备布局和工艺流程（食品安全法第三十三条第一款第一项至第四项）。',
    materials: [
      '食品经营许可申请书',
      '营业执照或者其他主体资格证明文件',
      '与食品经营相适应的主要设备设施布局、操作流程等文件',
      '食品安全自查、从业人员健康管理、进货查验记录等保证食品安全的规章制度',
    ],
    process:
      '申请—受理（材料不齐全的当场或者五个工作日内一次告知补正）—审查（必要时现场核查）—决定—颁发许可证（决定之日起十个工作日内）。',
    timeLimit: '法定二十个工作日（可延长十个工作日）；承诺时限以窗口公示为准',
  },
  {
    code: 'SCJ-ZN-02',
    itemCode: 'SCJ-XK-002',
    name: '食品经营许可（变更、延续、注销）',
    basis: [food(35), all(49), all(50), all(70)],
    ...GUIDE_COMMON,
    conditions:
      '许可证载明事项发生变化的申请变更；需要延续有效期的，在有效期届满三十日前申请延续；终止经营的申请注销。',
    materials: ['变更、延续或者注销申请书', '与变更事项有关的材料', '原食品经营许可证'],
    process: '申请—受理—审查（必要时现场核查）—决定—换发或者收回许可证。',
    timeLimit: '法定二十个工作日；延续申请在有效期届满前作出决定，逾期未作决定的视为准予延续',
  },
  {
    code: 'SCJ-ZN-03',
    itemCode: 'SCJ-BA-001',
    name: '仅销售预包装食品备案',
    basis: [food(35, 1)],
    ...GUIDE_COMMON,
    conditions: '仅销售预包装食品，不从事散装食品销售和现场制售。',
    materials: ['仅销售预包装食品备案信息采集表', '营业执照或者其他主体资格证明文件'],
    process: '提交备案信息—窗口核对—当场备案。',
    timeLimit: '材料齐全的当场办结',
  },
];

export const SCJ_CHANNELS: Channel[] = [
  ...channels('SCJ', NAME),
  {
    code: 'SCJ-QD-05',
    kind: 'HOTLINE',
    name: '全国12315平台（消费投诉举报）',
    address: '',
    postcode: '',
    phone: '12315',
    email: '',
    feedback: '消费投诉在七个工作日内决定是否受理；举报按照市场监督管理投诉举报处理规定核查处理并告知结果。',
  },
];

export const SCJ_REVIEW: ReviewCriterionEntry[] = reviewCatalogue('SCJ', MARKET_THRESHOLDS, [
  {
    code: 'SCJ-SH-07',
    name: '拟作出不予行政许可决定且涉及重大公共利益的',
    itemKinds: ['LICENSE'],
    publicInterest: true,
    mode: 'ALL',
    description: '如学校、养老机构食堂等集中用餐单位的食品经营许可申请。',
  },
]);

export const SCJ_PROFILE: ProfileEntry[] = [
  profile(
    'statementWindowWd',
    5,
    '市场监督管理行政处罚程序规定：当事人自告知书送达之日起五个工作日内陈述、申辩或者要求听证（SAMR-5wd）。',
  ),
  profile(
    'penaltyPublicationWd',
    20,
    '市场监督管理行政处罚信息公示规定第九条：作出决定之日起二十个工作日内公示（SAMR45-9/10）。',
  ),
  profile(
    'publicationWithdrawalWd',
    3,
    '市场监督管理行政处罚信息公示规定第十一条、行政处罚法第四十八条：三个工作日内撤回。',
  ),
  profile('legalReviewWd', 10, '法制审核自收到送审材料之日起十个工作日内完成（REV-TIME，市场监管系统流程图）。'),
  profile(
    'hearingThresholds.MARKET',
    JSON.stringify({
      fine: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
      confiscation: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
    }),
    '市场监督管理行政处罚听证办法：对自然人罚款或者没收一万元以上、对法人或者其他组织十万元以上为较大数额（HEAR-THRESH，待核对条文）。',
  ),
];
