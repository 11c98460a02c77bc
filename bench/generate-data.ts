// Word lists of the data generator. The province, its cities and counties are fictitious (GB/T 2260 prefixes 4381–4389
// are not in use), every person and company is made up, as in the demo county (server/src/seed/demo.ts).

export interface Sector {
  code: string;
  /** Agency name after the county name, and the abbreviation used in case and document numbers. */
  agency: string;
  abbr: string;
  /** Relative case volume. */
  weight: number;
  causes: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  {
    code: 'MARKET',
    agency: '市场监督管理局',
    abbr: '市监',
    weight: 6,
    causes: [
      '销售过期食品',
      '未按规定明码标价',
      '经营无中文标签的预包装食品',
      '虚假宣传',
      '使用未经检定的计量器具',
      '未取得食品经营许可从事食品经营',
      '销售不符合安全标准的儿童玩具',
      '侵犯注册商标专用权',
      '未公示营业执照',
      '销售假冒伪劣商品',
    ],
  },
  {
    code: 'URBAN',
    agency: '城市管理和综合执法局',
    abbr: '城管',
    weight: 5,
    causes: [
      '占道经营',
      '违法搭建建筑物',
      '擅自设置户外广告',
      '运输渣土车辆未密闭',
      '随意倾倒建筑垃圾',
      '擅自占用城市绿地',
      '夜间施工噪声扰民',
    ],
  },
  {
    code: 'ECOLOGY',
    agency: '生态环境分局',
    abbr: '环',
    weight: 2,
    causes: ['超标排放大气污染物', '未批先建', '私设暗管排放废水', '危险废物贮存不规范', '未按规定安装自动监测设备'],
  },
  {
    code: 'CULTURE_TOURISM',
    agency: '文化旅游广电体育局',
    abbr: '文旅',
    weight: 1,
    causes: ['网吧接纳未成年人', '旅行社未与游客签订合同', '擅自从事营业性演出', '娱乐场所超时营业'],
  },
  {
    code: 'TRANSPORT',
    agency: '交通运输局',
    abbr: '交',
    weight: 3,
    causes: ['未取得道路运输经营许可从事经营', '车辆超限运输', '客车超员', '巡游出租车拒载', '未按规定进行车辆维护'],
  },
  {
    code: 'NATURAL_RESOURCES',
    agency: '自然资源局',
    abbr: '自然资源',
    weight: 1,
    causes: ['非法占用土地', '未经批准擅自采矿', '违法改变土地用途', '破坏永久基本农田'],
  },
  {
    code: 'EMERGENCY',
    agency: '应急管理局',
    abbr: '应急',
    weight: 1,
    causes: [
      '未按规定进行安全生产教育培训',
      '特种作业人员无证上岗',
      '未建立事故隐患排查治理制度',
      '违规储存危险化学品',
    ],
  },
  {
    code: 'HEALTH',
    agency: '卫生健康局',
    abbr: '卫健',
    weight: 1,
    causes: ['非医师行医', '医疗机构使用非卫生技术人员', '公共场所未取得卫生许可证', '未按规定处置医疗废物'],
  },
];

/** Syllables for fictitious place names (no real county is meant). */
export const PLACE_FIRST = '云枫梅桂青松柳竹兰石溪峰岚泉杉荷芷沅澧湄浏翠碧金银';
export const PLACE_SECOND = '溪林川阳江源陵山桥湾塘坪洲岭浦湖冲';

export { GIVEN_F, GIVEN_M, POSTS, SURNAMES } from '../server/src/seed/names';

export const COMPANY_WORDS = [
  '鑫源',
  '恒达',
  '华泰',
  '金桥',
  '顺发',
  '宏远',
  '嘉禾',
  '新世纪',
  '富民',
  '永兴',
  '天成',
  '瑞丰',
];
export const COMPANY_TRADES = ['商贸', '餐饮', '建材', '物流', '科技', '食品', '运输', '置业', '娱乐', '医药', '农业'];
export const COMPANY_FORMS = [
  ['有限公司', 'LEGAL_PERSON'],
  ['有限责任公司', 'LEGAL_PERSON'],
  ['合伙企业', 'UNINCORPORATED_ORG'],
  ['经营部', 'INDIVIDUAL_BUSINESS'],
  ['商行', 'INDIVIDUAL_BUSINESS'],
] as const;
export const STREETS = ['人民路', '解放路', '建设路', '滨江路', '新华街', '迎宾大道', '工业园路', '车站路', '文化路'];

/** Titles of the documents the procedure definitions produce (DOMAIN §5.1). */
export const DOCUMENT_TITLES: Record<string, string> = {
  FILING_APPROVAL: '立案审批表',
  CRIME_TRANSFER: '涉嫌犯罪案件移送书',
  INVESTIGATION_END: '案件调查终结报告',
  PENALTY_PRENOTICE: '行政处罚事先告知书',
  HEARING_RIGHT_NOTICE: '行政处罚听证告知书',
  SERVICE_RECEIPT: '送达回证',
  STATEMENT_RECORD: '陈述申辩笔录',
  HEARING_NOTICE: '听证通知书',
  HEARING_RECORD: '听证笔录',
  LEGAL_REVIEW: '法制审核意见书',
  DECISION_APPROVAL: '行政处罚决定审批表',
  PENALTY_DECISION: '行政处罚决定书',
  NO_PENALTY_DECISION: '不予行政处罚决定书',
  DEFER_PAYMENT: '延期（分期）缴纳罚款通知书',
  PERFORM_REMINDER: '催告书',
  CLOSE_APPROVAL: '结案审批表',
  FILE_COVER: '案卷封面',
  ONSPOT_DECISION: '当场行政处罚决定书',
  COERCION_DECISION: '查封（扣押）决定书',
  COERCION_RELEASE: '解除行政强制措施决定书',
  COERCION_EXTEND: '延长行政强制措施期限决定书',
  FREEZE_DECISION: '冻结决定书',
  TEST_NOTICES: '检测（检验、鉴定）期间告知书',
  EXEC_DECISION: '行政强制执行决定书',
  COURT_EXEC_APP: '强制执行申请书',
  LICENCE_NOT_ACCEPTED: '不予受理决定书',
  LICENCE_CORRECTION_NOTICE: '补正材料通知书',
  LICENCE_ACCEPTANCE: '受理通知书',
  LICENCE_GRANT_DECISION: '准予行政许可决定书',
  LICENCE_REFUSAL_DECISION: '不予行政许可决定书',
  LICENCE_CERTIFICATE: '行政许可证件',
  SITE_RECORD: '现场检查（勘验）笔录',
  ORDER_CORRECT: '责令改正通知书',
};

/** Short kinds in document numbers (文号), e.g. 云溪市监罚〔2026〕3号. */
export const DOCUMENT_ABBR: Record<string, string> = {
  PENALTY_DECISION: '罚',
  NO_PENALTY_DECISION: '不罚',
  ONSPOT_DECISION: '当罚',
  PENALTY_PRENOTICE: '罚告',
  HEARING_RIGHT_NOTICE: '听告',
  HEARING_NOTICE: '听通',
  COERCION_DECISION: '强措',
  COERCION_RELEASE: '解强',
  COERCION_EXTEND: '延强',
  FREEZE_DECISION: '冻',
  EXEC_DECISION: '强执',
  PERFORM_REMINDER: '催',
  LICENCE_GRANT_DECISION: '许',
  LICENCE_REFUSAL_DECISION: '不许',
  ORDER_CORRECT: '责改',
};
