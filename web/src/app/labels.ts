/**
 * Chinese labels for the enums the API sends. Kept local to the web app so that the staff UI does not pull
 * the domain package (and its calendar data) into the bundle. Unknown codes fall back to the raw value.
 */

export const ROLE_LABELS: Record<string, string> = {
  OFFICER: '执法人员',
  UNIT_HEAD: '承办机构负责人',
  AGENCY_HEAD: '机关负责人',
  LEGAL_REVIEWER: '法制审核人员',
  SUPERVISOR: '司法局监督人员',
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
};

/** The three administrators (三员) hold their role globally, not in an agency. */
export const ADMIN_ROLES = new Set(['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']);

export const CERTIFICATE_STATUS_LABELS: Record<string, string> = {
  VALID: '有效',
  SUSPENDED: '暂扣',
  RECALLED: '收回',
  REVOKED: '吊销',
  CANCELLED: '注销',
  LOST: '挂失',
  EXPIRED: '已过期',
  NONE: '无证件',
};

export const CERTIFICATE_STATUS_COLORS: Record<string, string> = {
  VALID: 'green',
  SUSPENDED: 'orange',
  RECALLED: 'red',
  REVOKED: 'red',
  CANCELLED: 'red',
  LOST: 'default',
  EXPIRED: 'gray',
};

export const CERTIFICATE_ACTION_LABELS: Record<string, string> = {
  ISSUE: '核发',
  SUSPEND: '暂扣',
  RESTORE: '恢复',
  RECALL: '收回',
  CANCEL: '注销',
  REVOKE: '吊销',
  REPORT_LOST: '挂失',
  REISSUE: '补发',
};

export const CERTIFICATE_TYPE_LABELS: Record<string, string> = {
  NATIONAL_UNIFORM: '全国统一行政执法证',
  MINISTRY_SECTOR: '部门行政执法证',
};

export const AGENCY_KIND_LABELS: Record<string, string> = {
  ADMIN_ORGAN: '行政机关',
  AUTHORISED_ORG: '法律法规授权组织',
  ENTRUSTED_ORG: '受委托组织',
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  ENFORCEMENT: '执法机构',
  LEGAL_REVIEW: '法制审核机构',
  OFFICE: '办公室',
  OTHER: '其他',
};

export const CATEGORY_LABELS: Record<string, string> = {
  MARKET: '市场监管',
  URBAN: '城市管理',
  ECOLOGY: '生态环境',
  CULTURE_TOURISM: '文化旅游',
  TRANSPORT: '交通运输',
  NATURAL_RESOURCES: '自然资源',
  EMERGENCY: '应急管理',
  HEALTH: '卫生健康',
  AGRICULTURE: '农业农村',
  WATER: '水利',
  HOUSING: '住房城乡建设',
  EDUCATION: '教育',
  JUSTICE: '司法行政',
  OTHER: '其他',
};

export const GENDER_LABELS: Record<string, string> = { M: '男', F: '女' };

export const EMPLOYMENT_LABELS: Record<string, string> = { ACTIVE: '在职', LEFT: '离职' };

export const USER_STATUS_LABELS: Record<string, string> = { ACTIVE: '启用', DISABLED: '停用' };

export const CALENDAR_SOURCE_LABELS: Record<string, string> = {
  SEED: '内置数据',
  IMPORT: '文件导入',
  MANUAL: '人工录入',
};

export const CALENDAR_DAY_KIND_LABELS: Record<string, string> = {
  HOLIDAY: '放假',
  MAKEUP_WORKDAY: '调休上班',
};

export function label(map: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return map[code] ?? code;
}

export function options(map: Record<string, string>, omit: string[] = []): { value: string; label: string }[] {
  return Object.entries(map)
    .filter(([value]) => !omit.includes(value))
    .map(([value, text]) => ({ value, label: text }));
}

// ── full-process records (issue 3) ──────────────────────────────────────────────────────────────────────

export const RECORD_KIND_LABELS: Record<string, string> = { EVIDENCE: '证据', AV_RECORD: '音像记录' };

/** APL-46: the eight kinds of evidence. */
export const EVIDENCE_TYPE_LABELS: Record<string, string> = {
  DOCUMENTARY: '书证',
  PHYSICAL: '物证',
  AUDIO_VISUAL: '视听资料',
  ELECTRONIC_DATA: '电子数据',
  WITNESS_TESTIMONY: '证人证言',
  PARTY_STATEMENT: '当事人的陈述',
  EXPERT_OPINION: '鉴定意见',
  INSPECTION_RECORD: '勘验笔录、现场笔录',
};

export const EVIDENCE_METHOD_LABELS: Record<string, string> = {
  SAMPLING: '抽样取证',
  PRESERVATION: '先行登记保存',
  EXTRACTION: '提取',
  INQUIRY: '询问',
  INSPECTION: '勘验检查',
  APPRAISAL: '鉴定',
  DEVICE: '技术设备收集',
};

export const DEVICE_TYPE_LABELS: Record<string, string> = {
  BODY_CAM: '执法记录仪',
  CAMERA: '照相机、摄像机',
  AUDIO: '录音设备',
  CCTV: '固定监控设备',
  VEHICLE_CAM: '车载摄录设备',
  MOBILE_TERMINAL: '移动执法终端',
};

export const DEVICE_STATUS_LABELS: Record<string, string> = {
  AVAILABLE: '在库',
  CHECKED_OUT: '已领用',
  REPAIR: '维修中',
  RETIRED: '已报废',
};

export const DEVICE_STATUS_COLORS: Record<string, string> = {
  AVAILABLE: 'green',
  CHECKED_OUT: 'blue',
  REPAIR: 'orange',
  RETIRED: 'default',
};

/** REC-AV-FULL / REC-AV-CONTESTED: the activities recorded on audio-video. */
export const AV_ACTIVITY_LABELS: Record<string, string> = {
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
  OTHER: '其他',
};

export const OWNER_TYPE_LABELS: Record<string, string> = {
  CASE: '案件',
  INSPECTION: '检查',
  COERCIVE_MEASURE: '强制措施',
  LICENSE: '许可',
  OTHER: '其他',
};

export const RETENTION_CLASS_LABELS: Record<string, string> = {
  CASE_EVIDENCE: '案件证据随案保存',
  PERMANENT: '永久',
  LONG_30Y: '30年',
  ROUTINE_6M: '6个月',
};

export const FILE_KIND_LABELS: Record<string, string> = {
  VIDEO: '视频',
  AUDIO: '音频',
  IMAGE: '图片',
  PDF: 'PDF 文档',
  OFD: 'OFD 文档',
  WORD: 'Word 文档',
};

export const INTEGRITY_LABELS: Record<string, string> = { OK: '完整', UNCHECKED: '未核验', MISMATCH: '异常' };
export const INTEGRITY_COLORS: Record<string, string> = { OK: 'green', UNCHECKED: 'default', MISMATCH: 'red' };

export const FIXITY_LABELS: Record<string, string> = {
  OK: '完整',
  UNCHECKED: '未核验',
  MISMATCH: '摘要不一致',
  MISSING: '文件缺失',
  DISPOSED: '已处置',
};
export const FIXITY_COLORS: Record<string, string> = {
  OK: 'green',
  UNCHECKED: 'default',
  MISMATCH: 'red',
  MISSING: 'red',
};

export const DISPOSAL_STATUS_LABELS: Record<string, string> = {
  PENDING: '待审批',
  APPROVED: '已批准',
  REJECTED: '已驳回',
};

export const CHECKPOINT_KIND_LABELS: Record<string, string> = {
  SCHEDULED: '定时',
  DAILY: '每日',
  MANUAL: '手动',
  INTERVAL: '定时',
};

// ── enforcement catalogue and ex-ante publicity (issue 4) ──────────────────────────────────────────────

export const LIST_TYPE_LABELS: Record<string, string> = {
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

export const LIST_STATUS_LABELS: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  RETURNED: '已退回',
  REVIEWED: '已审核',
  PUBLISHED: '已公布',
  SUPERSEDED: '已被替代',
};

export const LIST_STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  REVIEWED: 'cyan',
  PUBLISHED: 'success',
  SUPERSEDED: 'default',
};

/** Workflow comment actions (catalogue_comments.action). */
export const LIST_ACTION_LABELS: Record<string, string> = {
  SUBMIT: '提交审核',
  RETURN: '退回修改',
  APPROVE: '审核通过',
  REVIEW: '审核通过',
  PUBLISH: '公布',
  CREATE: '新建版本',
  SAVE: '保存草稿',
  IMPORT: '导入',
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

/** APL-09: the closed list of penalty types. */
export const PENALTY_TYPE_LABELS: Record<string, string> = {
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
  OTHER_BY_LAW: '法律、行政法规规定的其他行政处罚',
};

/** DISC-TIERS */
export const DISCRETION_TIER_LABELS: Record<string, string> = {
  NO_PENALTY: '不予处罚',
  REDUCED: '减轻处罚',
  LIGHTER: '从轻处罚',
  GENERAL: '一般处罚',
  HEAVIER: '从重处罚',
};

export const FINE_MODE_LABELS: Record<string, string> = {
  RANGE: '固定幅度（元）',
  MULTIPLE: '基数的倍数',
  PERCENT_OF_MAX: '法定最高额的百分比',
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

export const LAW_LEVEL_LABELS: Record<string, string> = {
  LAW: '法律',
  ADMIN_REGULATION: '行政法规',
  DEPARTMENT_RULE: '部门规章',
  LOCAL_REGULATION: '地方性法规',
  LOCAL_RULE: '地方政府规章',
  NORMATIVE_DOCUMENT: '规范性文件',
};
