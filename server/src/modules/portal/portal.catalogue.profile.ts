import { ENFORCEMENT_CATEGORY_LABELS, formatFenAsYuan } from '@zhifa/domain';
import { escapeHtml } from './portal.layout';

/**
 * Jurisdiction-profile parameters (执法参数, DOMAIN §11.2 JurisdictionConfig; keys of the domain's ProfileValues)
 * in words for the portal. A key may be nested ("nightHours.start"), and a value may be JSON text of an object
 * ("hearingThresholds.MARKET" = {"fine":{…},"confiscation":{…}}) or a list of codes; amounts under keys ending
 * in "Fen" are in fen and shown in 元. Unknown keys and codes are shown as stored.
 */
const PARAMETER_LABELS: Record<string, string> = {
  statementWindowWd: '陈述、申辩期限（工作日）',
  hearingRequestWd: '申请听证期限（工作日）',
  hearingNoticeWd: '听证通知提前期限（工作日）',
  penaltyPublicationWd: '行政许可、行政处罚决定公示期限（工作日）',
  decisionPublicationWd: '其他行政执法决定公示期限（工作日）',
  publicationWithdrawalWd: '撤下已公示决定的期限（工作日）',
  legalReviewWd: '法制审核期限（工作日）',
  nightHours: '夜间时段',
  mandatoryAvActivities: '必须全过程音像记录的执法活动',
  hearingThresholds: '听证标准（较大数额）',
  lowerAmountFine: '较低数额罚款',
  redaction: '公示时隐去的信息',
  rollOverForAgencyDeadlines: '机关期限遇休息日顺延',
};

const PART_LABELS: Record<string, string> = {
  fine: '罚款',
  confiscation: '没收违法所得、非法财物',
  naturalPersonFen: '公民',
  organisationFen: '法人或者其他组织',
  start: '开始',
  end: '结束',
  naturalPersonFields: '公民的',
  organisationFields: '法人或者其他组织的',
  hideThirdPartyNames: '隐去第三人姓名',
  withholdWhen: '不予公开的情形',
  '*': '各领域',
};

/** Codes inside values: AV activities (contracts AV_ACTIVITIES) and redaction (REDACT). */
const CODE_LABELS: Record<string, string> = {
  SITE_INSPECTION: '现场检查',
  EVIDENCE_COLLECTION: '调查取证',
  INQUIRY: '询问',
  SEAL_SEIZE: '查封扣押',
  DEMOLITION: '强制拆除',
  HEARING: '听证',
  SERVICE_LEAVE: '留置送达',
  SERVICE_NOTICE: '公告送达',
  ON_SPOT_PENALTY: '当场处罚',
  LICENSE_WINDOW: '许可窗口',
  SAMPLING: '抽样',
  PRESERVATION: '先行登记保存',
  HOME_ADDRESS: '住址',
  CONTACT: '联系方式',
  ID_NUMBER: '身份证件号码',
  BANK_ACCOUNT: '银行账号',
  HEALTH: '健康信息',
  MINOR: '涉及未成年人',
  STATE_SECRET: '涉及国家秘密',
  TRADE_SECRET: '涉及商业秘密',
  PERSONAL_PRIVACY: '涉及个人隐私',
  SECURITY_STABILITY: '危及国家安全、公共安全、经济安全或者社会稳定',
};

const SECTOR_LABELS = ENFORCEMENT_CATEGORY_LABELS as Record<string, string>;

function partLabel(p: string): string {
  return PART_LABELS[p] ?? SECTOR_LABELS[p] ?? p;
}

export function profileParameterLabel(code: string): string {
  const [head, ...rest] = code.split('.');
  return [PARAMETER_LABELS[head] ?? head, ...rest.map(partLabel)].join(' · ');
}

const LIST_SEPARATORS = /[、,，;；\s]+/;

/** A value as HTML (escaped): 是/否, 元, code lists in words, objects as nested lists. */
export function profileValueHtml(code: string, value: unknown): string {
  const key = code.split('.').pop() ?? code;
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    try {
      return profileValueHtml(code, JSON.parse(value));
    } catch {
      return escapeHtml(value);
    }
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    return /Fen$/.test(key) && Number.isSafeInteger(value) ? `${formatFenAsYuan(value)} 元` : escapeHtml(value);
  }
  if (typeof value === 'string') {
    const parts = value.split(LIST_SEPARATORS).filter(Boolean);
    const codes = parts.length > 0 && parts.every((p) => CODE_LABELS[p] !== undefined);
    return escapeHtml(codes ? parts.map((p) => CODE_LABELS[p]).join('、') : value);
  }
  if (Array.isArray(value)) {
    return value
      .map((v) => (typeof v === 'string' ? escapeHtml(CODE_LABELS[v] ?? v) : profileValueHtml(code, v)))
      .join('、');
  }
  if (value && typeof value === 'object') {
    const items = Object.entries(value).map(
      ([k, v]) => `<li>${escapeHtml(partLabel(k))}：${profileValueHtml(`${code}.${k}`, v)}</li>`,
    );
    return `<ul>${items.join('')}</ul>`;
  }
  return escapeHtml(value);
}
