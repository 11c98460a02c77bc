import { z } from 'zod';

/**
 * The one typed catalogue of audit and access events. Each event type has a Zod payload; an append
 * with a payload that does not match fails, and with it the whole change (DESIGN §3).
 * Payloads never hold passwords, tokens or unmasked personal identifiers.
 */
const id = z.string().min(1);
const empty = z.object({}).strict();
const change = z.object({ changed: z.array(z.string()) });

export const AUDIT_EVENTS = {
  // sign-in and sessions
  AUTH_LOGIN_SUCCEEDED: { label: '登录成功', payload: z.object({ sessionId: z.string() }) },
  AUTH_LOGIN_FAILED: {
    label: '登录失败',
    payload: z.object({ username: z.string(), reason: z.enum(['BAD_CREDENTIALS', 'LOCKED', 'DISABLED']) }),
  },
  AUTH_ACCOUNT_LOCKED: { label: '账户锁定', payload: z.object({ until: z.string(), attempts: z.number().int() }) },
  AUTH_LOGOUT: { label: '退出登录', payload: z.object({ sessionId: z.string() }) },
  AUTH_PASSWORD_CHANGED: { label: '修改密码', payload: empty },
  // users and roles (security administrator)
  USER_CREATED: { label: '创建用户', payload: z.object({ username: z.string() }) },
  USER_UPDATED: { label: '修改用户', payload: change },
  USER_DISABLED: { label: '停用用户', payload: z.object({ endedSessions: z.number().int() }) },
  USER_ENABLED: { label: '启用用户', payload: empty },
  USER_UNLOCKED: { label: '解除锁定', payload: empty },
  USER_PASSWORD_RESET: { label: '重置密码', payload: empty },
  USER_ROLE_GRANTED: { label: '授予角色', payload: z.object({ role: z.string(), agencyId: z.string().nullable() }) },
  USER_ROLE_REVOKED: { label: '撤销角色', payload: z.object({ role: z.string(), agencyId: z.string().nullable() }) },
  // organisations
  AGENCY_CREATED: { label: '新增执法主体', payload: z.object({ name: z.string() }) },
  AGENCY_UPDATED: { label: '修改执法主体', payload: change },
  UNIT_CREATED: { label: '新增内设机构', payload: z.object({ agencyId: id, name: z.string() }) },
  // officers and certificates
  OFFICER_CREATED: {
    label: '新增执法人员',
    payload: z.object({ name: z.string(), source: z.enum(['FORM', 'IMPORT']) }),
  },
  OFFICER_UPDATED: { label: '修改执法人员', payload: change },
  OFFICER_VIEWED: { label: '调阅执法人员信息', payload: z.object({ fields: z.array(z.string()) }) },
  OFFICER_LIST_VIEWED: {
    label: '查询执法人员名单',
    payload: z.object({ query: z.record(z.string(), z.unknown()), count: z.number().int() }),
  },
  OFFICER_LIST_EXPORTED: { label: '导出执法人员名单', payload: z.object({ count: z.number().int() }) },
  CERTIFICATE_ISSUED: { label: '核发执法证件', payload: z.object({ number: z.string(), officerId: id }) },
  CERTIFICATE_STATUS_CHANGED: {
    label: '变更证件状态',
    payload: z.object({ number: z.string(), action: z.string(), from: z.string(), to: z.string(), reason: z.string() }),
  },
  TRAINING_RECORDED: {
    label: '登记培训',
    payload: z.object({ officerId: id, year: z.number().int(), hours: z.number() }),
  },
  ROSTER_IMPORT_CHECKED: {
    label: '校验人员名单',
    payload: z.object({ fileName: z.string(), totalRows: z.number().int(), errorRows: z.number().int() }),
  },
  ROSTER_IMPORTED: {
    label: '导入人员名单',
    payload: z.object({ importId: id, officers: z.number().int(), officerIds: z.array(z.string()) }),
  },
  // full-process records: custody events (each also a leaf of the Merkle log)
  UPLOAD_STARTED: {
    label: '开始上传',
    payload: z.object({ uploadId: z.string(), size: z.number().int(), fileKind: z.string() }),
  },
  UPLOAD_COMPLETED: {
    label: '上传完成',
    payload: z.object({ uploadId: z.string(), sha256: z.string(), sm3: z.string(), size: z.number().int() }),
  },
  UPLOAD_REJECTED: { label: '上传被拒绝', payload: z.object({ uploadId: z.string(), reason: z.string() }) },
  UPLOAD_EXPIRED: {
    label: '未完成上传已过期清理',
    payload: z.object({ uploadId: z.string(), bytes: z.number().int() }),
  },
  RECORD_CAPTURED: { label: '采集', payload: z.object({ capturedAt: z.string(), by: z.array(z.string()) }) },
  RECORD_CREATED: {
    label: '入库',
    payload: z.object({
      kind: z.string(),
      ownerType: z.string(),
      ownerId: z.string(),
      files: z.array(z.object({ sha256: z.string(), sm3: z.string(), size: z.number().int() })),
    }),
  },
  RECORD_METADATA_EDITED: { label: '修改元数据', payload: z.object({ version: z.number().int(), reason: z.string() }) },
  RECORD_VIEWED: { label: '调阅', payload: z.object({ reason: z.string().nullable() }) },
  RECORD_STREAMED: {
    label: '播放',
    payload: z.object({ fileId: z.string(), range: z.string().nullable(), reason: z.string().nullable() }),
  },
  RECORD_DOWNLOADED: {
    label: '下载',
    payload: z.object({ fileId: z.string(), sha256: z.string(), reason: z.string().nullable() }),
  },
  RECORD_SHARED: { label: '共享', payload: z.object({ to: z.string(), reason: z.string() }) },
  RECORD_EXPORTED: {
    label: '导出电子证据包',
    payload: z.object({ packageSha256: z.string(), files: z.number().int(), reason: z.string().nullable() }),
  },
  RECORD_LEGAL_HOLD_SET: { label: '设置诉讼保全', payload: z.object({ hold: z.boolean(), reason: z.string() }) },
  RECORD_DISPOSAL_REQUESTED: { label: '申请处置', payload: z.object({ requestId: z.string(), reason: z.string() }) },
  RECORD_DISPOSAL_REJECTED: { label: '驳回处置', payload: z.object({ requestId: z.string(), note: z.string() }) },
  RECORD_DISPOSED: {
    label: '处置（销毁）',
    payload: z.object({
      requestId: z.string(),
      reason: z.string(),
      files: z.array(z.object({ sha256: z.string(), sm3: z.string(), size: z.number().int() })),
    }),
  },
  FIXITY_CHECKED: {
    label: '文件完整性核验',
    payload: z.object({ sha256: z.string(), status: z.enum(['OK', 'MISMATCH', 'MISSING']) }),
  },
  DEVICE_REGISTERED: { label: '登记设备', payload: z.object({ serialNo: z.string(), type: z.string() }) },
  DEVICE_UPDATED: { label: '修改设备', payload: change },
  DEVICE_CHECKED_OUT: { label: '领用设备', payload: z.object({ officerId: z.string(), purpose: z.string() }) },
  DEVICE_RETURNED: { label: '归还设备', payload: z.object({ loanId: z.string(), note: z.string() }) },
  // enforcement catalogue (事前公示): each publication is a ledger entry, covered by the checkpoints
  CATALOGUE_DRAFT_SAVED: {
    label: '保存清单草稿',
    payload: z.object({ listType: z.string(), version: z.number().int(), entries: z.number().int() }),
  },
  CATALOGUE_SUBMITTED: {
    label: '提交审核',
    payload: z.object({ listType: z.string(), version: z.number().int(), comment: z.string() }),
  },
  CATALOGUE_RETURNED: {
    label: '退回修改',
    payload: z.object({ listType: z.string(), version: z.number().int(), comment: z.string() }),
  },
  CATALOGUE_REVIEWED: {
    label: '审核通过',
    payload: z.object({ listType: z.string(), version: z.number().int(), comment: z.string() }),
  },
  CATALOGUE_PUBLISHED: {
    label: '公布清单',
    payload: z.object({
      listType: z.string(),
      version: z.number().int(),
      effectiveFrom: z.string(),
      contentHash: z.string(),
      entries: z.number().int(),
    }),
  },
  CATALOGUE_IMPORT_CHECKED: {
    label: '校验清单导入',
    payload: z.object({
      listType: z.string(),
      fileName: z.string(),
      totalRows: z.number().int(),
      errorRows: z.number().int(),
    }),
  },
  LAW_CREATED: { label: '新增法律法规', payload: z.object({ name: z.string() }) },
  LAW_VERSION_ADDED: {
    label: '新增法律法规版本',
    payload: z.object({ label: z.string(), effectiveFrom: z.string(), provisions: z.number().int() }),
  },
  // ledger
  CHECKPOINT_SIGNED: {
    label: '签署检查点',
    payload: z.object({ treeSize: z.number().int(), rootHash: z.string(), kind: z.string() }),
  },
  // calendar
  CALENDAR_YEAR_SAVED: {
    label: '保存节假日安排',
    payload: z.object({
      year: z.number().int(),
      notice: z.string(),
      holidays: z.number().int(),
      makeupWorkdays: z.number().int(),
    }),
  },
  // cases (issue 5): every read and write of case data
  CASE_CREATED: {
    label: '登记案件',
    payload: z.object({ caseNumber: z.string(), procedure: z.string(), state: z.string() }),
  },
  CASE_VIEWED: { label: '查看案件', payload: z.object({ caseNumber: z.string() }) },
  CASE_LISTED: {
    label: '查询案件列表',
    payload: z.object({ query: z.record(z.string(), z.unknown()), count: z.number().int() }),
  },
  CASE_ACTION: {
    label: '办理案件',
    payload: z.object({
      action: z.string(),
      from: z.string(),
      to: z.string(),
      version: z.number().int(),
      occurredOn: z.string(),
      /** SM3 of the canonical facts after the action: the ledger fixes what the guards saw. */
      factsDigest: z.string(),
      documents: z.array(z.string()),
      clocks: z.array(z.string()),
    }),
  },
  CASE_PARTY_ADDED: { label: '添加当事人', payload: z.object({ partyId: id, kind: z.string() }) },
  CASE_OFFICERS_SET: {
    label: '指定办案人员',
    payload: z.object({ officers: z.array(z.object({ officerId: z.string(), role: z.string() })) }),
  },
  CASE_RECORD_LINKED: { label: '关联证据或音像记录', payload: z.object({ recordId: id, activity: z.string() }) },
  CASE_AV_EXEMPTION_REQUESTED: {
    label: '登记未音像记录理由',
    payload: z.object({ exemptionId: id, activity: z.string() }),
  },
  CASE_AV_EXEMPTION_APPROVED: { label: '批准未音像记录理由', payload: z.object({ exemptionId: id }) },
  CASE_CLOCK_EXTENDED: {
    label: '延长期限',
    payload: z.object({ rule: z.string(), days: z.number().int(), dueOn: z.string().nullable() }),
  },
  CASE_CLOCK_PAUSED: {
    label: '期限中止',
    payload: z.object({ rule: z.string(), kind: z.string(), from: z.string(), to: z.string() }),
  },
  CASE_ALERT_RAISED: {
    label: '期限预警',
    payload: z.object({ rule: z.string(), level: z.string(), dueOn: z.string() }),
  },
  CASE_FILE_VIEWED: { label: '查看电子卷宗', payload: z.object({ complete: z.boolean() }) },
  CASE_FILE_EXPORTED: {
    label: '导出电子卷宗',
    payload: z.object({ documents: z.number().int(), records: z.number().int() }),
  },
  // documents (文书)
  DOCUMENT_ISSUED: {
    label: '制作文书',
    payload: z.object({ documentId: id, code: z.string(), number: z.string(), templateVersion: z.number().int() }),
  },
  DOCUMENT_RENDERED: {
    label: '生成文书文件',
    payload: z.object({ documentId: id, docxSha256: z.string(), digestSm3: z.string(), sealKeyId: z.string() }),
  },
  DOCUMENT_VIEWED: {
    label: '查看文书',
    payload: z.object({ documentId: id, format: z.enum(['HTML', 'DOCX', 'META']) }),
  },
  DOCUMENT_SIGNED: {
    label: '文书签名',
    payload: z.object({ documentId: id, role: z.string(), refused: z.boolean() }),
  },
  // audit administrator
  AUDIT_LOG_SEARCHED: {
    label: '查询审计日志',
    payload: z.object({ query: z.record(z.string(), z.unknown()), count: z.number().int() }),
  },
  AUDIT_LOG_EXPORTED: {
    label: '导出审计日志',
    payload: z.object({ query: z.record(z.string(), z.unknown()), count: z.number().int() }),
  },
  // system
  SYSTEM_SEEDED: {
    label: '载入演示数据',
    payload: z.object({ agencies: z.number().int(), officers: z.number().int() }),
  },
  ADMIN_CREATED_BY_CLI: { label: '命令行创建管理员', payload: z.object({ username: z.string(), role: z.string() }) },
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export type AuditPayload<T extends AuditEventType> = z.infer<(typeof AUDIT_EVENTS)[T]['payload']>;
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];
