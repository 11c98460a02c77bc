import type { ListType } from '@zhifa/contracts';

/**
 * Sample entries of every list type for the portal tests (fictitious; the citations are real articles).
 * Each list carries a name with markup, which every page must show escaped.
 */
export const EVIL = '<script>alert(1)</script>';

const fsl = '中华人民共和国食品安全法';
const apl = '中华人民共和国行政处罚法';

export const FIXTURES: Record<ListType, Record<string, unknown>[]> = {
  ITEMS: [
    {
      code: 'SCJ-XK-001',
      name: `食品经营许可${EVIL}`,
      kind: 'LICENSE',
      unitName: '行政审批股',
      basisApplied: [{ lawName: fsl, article: 35, paragraph: 1 }],
      timeLimit: { amount: 20, unit: 'WORKING_DAY' },
      randomInspection: false,
      avLevel: 'OPTIONAL',
    },
    {
      code: 'SCJ-CF-014',
      name: '对未取得食品经营许可从事食品经营活动的行政处罚',
      kind: 'PENALTY',
      unitName: '执法一队',
      basisViolated: [{ lawName: fsl, article: 35, paragraph: 1 }],
      basisApplied: [{ lawName: `《${fsl}》`, article: 122, paragraph: 1 }],
      timeLimit: { amount: 90, unit: 'CALENDAR_DAY' },
      randomInspection: true,
      avLevel: 'FULL',
      hearingRule: '拟罚款 1 万元以上的，告知听证权利',
      benchmarkCodes: ['JZ-SP-001'],
    },
  ],
  RANDOM_INSPECTION: [
    {
      code: 'CC-001',
      name: '食品经营者监督检查',
      basis: [{ lawName: fsl, article: 87 }],
      inspectingBody: '青溪县市场监督管理局',
      target: '辖区内食品经营者',
      content: '经营许可、进货查验、贮存条件',
      method: '现场检查',
      proportionPercent: 5,
      frequency: '每年一次',
    },
  ],
  SERVICE_GUIDES: [
    {
      code: 'ZN-001',
      itemCode: 'SCJ-XK-001',
      name: '食品经营许可（新办）',
      basis: [{ lawName: fsl, article: 35 }],
      acceptingUnit: '县政务服务中心市场监管窗口',
      approvingUnit: '青溪县市场监督管理局',
      conditions: '有与经营的食品品种、数量相适应的场所\n有专职或者兼职的食品安全管理人员',
      materials: ['食品经营许可申请书', '营业执照复印件'],
      process: '申请—受理—审查—决定—送达',
      timeLimit: '10 个工作日',
      fees: '不收费',
      supervision: '0730-12345',
      remedy: '可依法申请行政复议或者提起行政诉讼',
      officeHours: '工作日 9:00—17:00',
      address: '青溪大道 1 号',
      phone: '0730-12315',
    },
  ],
  CHANNELS: [
    {
      code: 'QD-01',
      kind: 'RECONSIDERATION',
      name: '青溪县人民政府行政复议',
      address: '青溪大道 8 号',
      postcode: '414099',
      phone: '0730-12348',
      email: '',
      feedback: '收到申请之日起五日内审查',
    },
  ],
  REVIEW_CATALOGUE: [
    {
      code: 'SH-01',
      name: '较大数额罚款',
      penaltyTypes: ['FINE'],
      amountThresholds: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
      mode: 'ANY',
      hearingHeld: true,
    },
  ],
  BENCHMARKS: [
    {
      code: 'JZ-SP-001',
      violation: '未取得食品经营许可从事食品经营活动',
      basisViolated: [{ lawName: fsl, article: 35, paragraph: 1 }],
      basisApplied: [{ lawName: fsl, article: 122, paragraph: 1 }],
      statutory: { penaltyTypes: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'], fineMinFen: 5_000_000, fineMaxFen: 15_000_000 },
      tiers: [
        {
          tier: 'LIGHTER',
          conditions: { factors: ['初次违法'], text: '货值金额不足一万元，且主动停止' },
          penaltyTypes: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
          fine: { mode: 'RANGE', minFen: 5_000_000, maxFen: 8_000_000 },
        },
        {
          tier: 'HEAVIER',
          conditions: { factors: [], text: '经责令改正拒不改正' },
          penaltyTypes: ['FINE'],
          fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 10, maxMultiple: 20 },
        },
      ],
    },
  ],
  NO_PENALTY: [
    {
      code: 'BYCF-01',
      violation: '首次未按规定公示食品经营许可证',
      basis: [{ lawName: apl, article: 33, paragraph: 1 }],
      conditions: ['初次违法', '危害后果轻微并及时改正'],
      followUp: ['EDUCATION', 'CORRECTION_ORDER'],
    },
  ],
  REDUCED_PENALTY: [
    {
      code: 'JQ-01',
      violation: '受他人胁迫或者诱骗实施违法行为',
      basis: [{ lawName: apl, article: 32, item: 2 }],
      conditions: ['有证据证明受胁迫'],
    },
  ],
  LIGHTER_PENALTY: [
    {
      code: 'CQ-01',
      violation: '主动消除或者减轻违法行为危害后果',
      basis: [{ lawName: apl, article: 32, item: 1 }],
      conditions: ['立案前主动消除'],
    },
  ],
  NO_COERCIVE_MEASURE: [
    {
      code: 'BQZ-01',
      violation: '违法行为情节显著轻微',
      basis: [{ lawName: '中华人民共和国行政强制法', article: 16, paragraph: 2 }],
      conditions: ['情节显著轻微或者没有明显社会危害'],
    },
  ],
  JURISDICTION_PROFILE: [
    { code: 'statementWindowWd', value: 5, note: 'SAMR-5wd' },
    { code: 'lowerAmountFine.naturalPersonFen', value: 1_000_000, note: '本省规定' },
    {
      code: 'hearingThresholds.MARKET',
      value: '{"fine":{"naturalPersonFen":1000000,"organisationFen":10000000}}',
      note: 'HEAR-THRESH',
    },
    { code: 'mandatoryAvActivities', value: 'SEAL_SEIZE、DEMOLITION', note: '' },
  ],
};
