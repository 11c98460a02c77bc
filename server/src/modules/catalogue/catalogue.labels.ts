import type { ListStatus, ListType } from '@zhifa/contracts';

/** Chinese names of the list types, as the portal and the files show them (事前公示). */
export const LIST_TYPE_LABELS: Record<ListType, string> = {
  ITEMS: '执法事项清单',
  RANDOM_INSPECTION: '随机抽查事项清单',
  SERVICE_GUIDES: '服务指南',
  CHANNELS: '监督和救济渠道',
  REVIEW_CATALOGUE: '重大执法决定法制审核目录清单',
  BENCHMARKS: '行政裁量权基准',
  NO_PENALTY: '不予处罚事项清单',
  REDUCED_PENALTY: '减轻处罚事项清单',
  LIGHTER_PENALTY: '从轻处罚事项清单',
  NO_COERCIVE_MEASURE: '不予实施行政强制措施事项清单',
  JURISDICTION_PROFILE: '执法参数',
};

export const LIST_STATUS_LABELS: Record<ListStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  RETURNED: '已退回',
  REVIEWED: '已审核',
  PUBLISHED: '已公布',
  SUPERSEDED: '已被替代',
};

export const ITEM_KIND_LABELS: Record<string, string> = {
  LICENSE: '行政许可',
  PENALTY: '行政处罚',
  COERCIVE_MEASURE: '行政强制措施',
  COERCIVE_EXECUTION: '行政强制执行',
  INSPECTION: '行政检查',
  LEVY: '行政征收',
  REQUISITION: '行政征用',
  ADJUDICATION: '行政裁决',
  CONFIRMATION: '行政确认',
  REWARD: '行政奖励',
  BENEFIT: '行政给付',
  OTHER: '其他行政权力',
};

export const PENALTY_TYPE_TEXT: Record<string, string> = {
  WARNING: '警告',
  CIRCULATED_CRITICISM: '通报批评',
  FINE: '罚款',
  CONFISCATE_ILLEGAL_GAINS: '没收违法所得',
  CONFISCATE_ILLEGAL_PROPERTY: '没收非法财物',
  SUSPEND_LICENSE: '暂扣许可证件',
  DOWNGRADE_QUALIFICATION: '降低资质等级',
  REVOKE_LICENSE: '吊销许可证件',
  RESTRICT_BUSINESS: '限制开展生产经营活动',
  ORDER_SUSPEND_PRODUCTION: '责令停产停业',
  ORDER_CLOSE: '责令关闭',
  RESTRICT_EMPLOYMENT: '限制从业',
  DETENTION: '行政拘留',
  OTHER_BY_LAW: '其他行政处罚',
};

export const TIER_LABELS: Record<string, string> = {
  NO_PENALTY: '不予处罚',
  REDUCED: '减轻处罚',
  LIGHTER: '从轻处罚',
  GENERAL: '一般处罚',
  HEAVIER: '从重处罚',
};

export const FINE_MODE_LABELS: Record<string, string> = {
  RANGE: '金额区间',
  MULTIPLE: '倍数',
  PERCENT_OF_MAX: '最高额百分比',
};

export const AV_LEVEL_LABELS: Record<string, string> = {
  FULL: '全程记录',
  KEY_STEPS: '关键环节记录',
  OPTIONAL: '可选记录',
};

export const TIME_UNIT_LABELS: Record<string, string> = { WORKING_DAY: '个工作日', CALENDAR_DAY: '日' };

export const CHANNEL_KIND_LABELS: Record<string, string> = {
  SUPERVISION: '执法监督',
  COMPLAINT: '投诉举报',
  RECONSIDERATION: '行政复议',
  LITIGATION: '行政诉讼',
  HOTLINE: '服务热线',
};

export const FOLLOW_UP_LABELS: Record<string, string> = {
  EDUCATION: '批评教育',
  CORRECTION_ORDER: '责令改正',
  COMMITMENT: '签署承诺',
  OTHER: '其他',
};

export const REVIEW_MODE_LABELS: Record<string, string> = { ANY: '满足任一条件', ALL: '同时满足全部条件' };

/** code → label, and label (or code) → code, for reading files back. */
export function reverse(labels: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    m.set(label, code);
    m.set(code, code);
  }
  return m;
}
