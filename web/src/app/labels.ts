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
