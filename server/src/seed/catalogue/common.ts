import type { Channel, ProfileEntry, ReviewCriterionEntry } from './helpers';

/**
 * Shared facts of the fictitious county 青溪县 (addresses, phones) and the list entries every agency
 * publishes alike: supervision and remedy channels (CHANNELS) and the APL-58 review criteria
 * (REVIEW_CATALOGUE). Addresses and numbers are invented; 12345 is the national hotline number.
 */
export const COUNTY = '青溪县';
export const POSTCODE = '414099';
/** The government service centre where licence windows sit (fictitious). */
export const SERVICE_CENTRE = '青溪县政务服务中心（青溪县民生路66号）';
export const OFFICE_HOURS = '法定工作日 上午8:30—12:00，下午14:30—17:30（夏季下午15:00—18:00）';

/** Agency addresses and phones as the demo seed creates them (server/src/seed/demo.ts). */
export function agencyContact(sortOrder: number): { address: string; phone: string } {
  return {
    address: `青溪县青溪大道${100 + sortOrder * 12}号`,
    phone: `0730-88${String(10000 + sortOrder * 137).slice(1)}`,
  };
}

/** Supervision, complaint, reconsideration and litigation channels of one agency. */
export function channels(prefix: string, agencyName: string, reconsideration = '青溪县人民政府'): Channel[] {
  return [
    {
      code: `${prefix}-QD-01`,
      kind: 'SUPERVISION',
      name: '青溪县司法局行政执法监督科',
      address: '青溪县青溪大道8号',
      postcode: POSTCODE,
      phone: '0730-8810008',
      email: '',
      feedback: `对${agencyName}及其执法人员不依法履行职责、违法或者不当执法的，可以书面或者电话反映；监督科登记后转办核查，一般在15个工作日内将办理结果告知反映人（匿名反映的除外）。`,
    },
    {
      code: `${prefix}-QD-02`,
      kind: 'COMPLAINT',
      name: '12345政务服务便民热线',
      address: '',
      postcode: '',
      phone: '12345',
      email: '',
      feedback: `24小时受理投诉、举报、咨询，工单转交${agencyName}办理；承办单位按热线工单时限答复，答复情况可回访评价。`,
    },
    {
      code: `${prefix}-QD-03`,
      kind: 'RECONSIDERATION',
      name: `${reconsideration}（行政复议）`,
      address: reconsideration === '青溪县人民政府' ? '青溪县青溪大道1号（县人民政府行政复议接待窗口）' : '',
      postcode: reconsideration === '青溪县人民政府' ? POSTCODE : '',
      phone: reconsideration === '青溪县人民政府' ? '0730-8810012' : '',
      email: '',
      feedback:
        '认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内申请行政复议；对当场作出的行政处罚决定不服的，应当先申请行政复议。复议机关依照《中华人民共和国行政复议法》审理并作出决定。',
    },
    {
      code: `${prefix}-QD-04`,
      kind: 'LITIGATION',
      name: '青溪县人民法院（行政诉讼）',
      address: '青溪县法院路18号',
      postcode: POSTCODE,
      phone: '0730-8812368',
      email: '',
      feedback:
        '可以自知道或者应当知道作出行政行为之日起六个月内直接提起行政诉讼（法律另有规定的除外）；经行政复议的，可以自收到复议决定书之日起十五日内起诉。法院可能根据集中管辖规定指定其他法院审理。',
    },
  ];
}

/**
 * The review catalogue (重大执法决定法制审核目录清单, APL-58, REV-SCOPE) with the agency's 较大数额
 * thresholds in yuan (HEAR-THRESH); `extra` adds the agency's own lines.
 */
export function reviewCatalogue(
  prefix: string,
  thresholdsYuan: { naturalPerson: number; organisation: number; source: string },
  extra: ReviewCriterionEntry[] = [],
): ReviewCriterionEntry[] {
  return [
    {
      code: `${prefix}-SH-01`,
      name: '拟作出较大数额罚款，或者没收较大数额违法所得、较大价值非法财物',
      itemKinds: ['PENALTY'],
      penaltyTypes: [],
      amountThresholds: {
        naturalPersonFen: thresholdsYuan.naturalPerson * 100,
        organisationFen: thresholdsYuan.organisation * 100,
      },
      hearingHeld: false,
      complex: false,
      publicInterest: false,
      mode: 'ALL',
      description: `罚款或者没收数额对自然人达到 ${thresholdsYuan.naturalPerson} 元、对法人或者其他组织达到 ${thresholdsYuan.organisation} 元的（${thresholdsYuan.source}）。`,
    },
    {
      code: `${prefix}-SH-02`,
      name: '拟作出吊销许可证件、降低资质等级决定',
      itemKinds: [],
      penaltyTypes: ['REVOKE_LICENSE', 'DOWNGRADE_QUALIFICATION'],
      amountThresholds: null,
      mode: 'ANY',
      description: '直接关系当事人重大权益的资格类处罚（行政处罚法第六十三条第一款第三项）。',
    },
    {
      code: `${prefix}-SH-03`,
      name: '拟作出责令停产停业、责令关闭、限制开展生产经营活动、限制从业决定',
      itemKinds: [],
      penaltyTypes: ['ORDER_SUSPEND_PRODUCTION', 'ORDER_CLOSE', 'RESTRICT_BUSINESS', 'RESTRICT_EMPLOYMENT'],
      amountThresholds: null,
      mode: 'ANY',
      description: '行为罚中较重的处罚（行政处罚法第六十三条第一款第四项）。',
    },
    {
      code: `${prefix}-SH-04`,
      name: '经过听证程序作出的行政执法决定',
      hearingHeld: true,
      mode: 'ANY',
      description: '直接关系当事人或者第三人重大权益，经过听证程序的（行政处罚法第五十八条第一款第二项）。',
    },
    {
      code: `${prefix}-SH-05`,
      name: '涉及重大公共利益的行政执法决定',
      publicInterest: true,
      mode: 'ANY',
      description:
        '涉及国家利益、社会公共利益，可能造成重大社会影响或者引发社会风险的（行政处罚法第五十八条第一款第一项）。',
    },
    {
      code: `${prefix}-SH-06`,
      name: '案件情况疑难复杂、涉及多个法律关系的行政执法决定',
      complex: true,
      mode: 'ANY',
      description:
        '事实认定、法律适用或者裁量基准适用存在较大争议，或者涉及多个法律关系的（行政处罚法第五十八条第一款第三项）。',
    },
    ...extra,
  ];
}

/** HEAR-THRESH: market regulation (≥ 1 万 / ≥ 10 万元) and the common provincial rule used for other sectors. */
export const MARKET_THRESHOLDS = {
  naturalPerson: 10_000,
  organisation: 100_000,
  source: '市场监督管理行政处罚听证办法规定的较大数额标准，本省另有规定的从其规定',
};
export const PROVINCIAL_THRESHOLDS = {
  naturalPerson: 5_000,
  organisation: 100_000,
  source: '演示数据：采用常见的省级较大数额标准，以本省规定为准',
};

export function profile(code: string, value: string | number | boolean, note: string): ProfileEntry {
  return { code, value, note };
}
