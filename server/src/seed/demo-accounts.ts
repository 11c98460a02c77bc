/**
 * Demo accounts, created only in demo mode and listed in README.md and on the sign-in page.
 * The agency is referred to by its short name in the demo county (see demo.ts).
 */
export const DEMO_PASSWORD = 'Zhifa@2026';

export const DEMO_ACCOUNTS = [
  {
    username: 'sysadmin',
    displayName: '系统管理员（演示）',
    role: 'SYSTEM_ADMIN',
    agency: null,
    roleLabel: '系统管理员',
    agencyName: '',
  },
  {
    username: 'secadmin',
    displayName: '安全管理员（演示）',
    role: 'SECURITY_ADMIN',
    agency: null,
    roleLabel: '安全管理员',
    agencyName: '',
  },
  {
    username: 'auditadmin',
    displayName: '审计管理员（演示）',
    role: 'AUDIT_ADMIN',
    agency: null,
    roleLabel: '审计管理员',
    agencyName: '',
  },
  {
    username: 'scj.head',
    displayName: '周建国',
    role: 'AGENCY_HEAD',
    agency: '县市场监管局',
    roleLabel: '机关负责人',
    agencyName: '青溪县市场监督管理局',
  },
  {
    username: 'scj.unit',
    displayName: '李秀英',
    role: 'UNIT_HEAD',
    agency: '县市场监管局',
    roleLabel: '承办机构负责人',
    agencyName: '青溪县市场监督管理局',
  },
  {
    username: 'scj.officer',
    displayName: '王志强',
    role: 'OFFICER',
    agency: '县市场监管局',
    roleLabel: '执法人员',
    agencyName: '青溪县市场监督管理局',
  },
  {
    username: 'scj.reviewer',
    displayName: '陈静',
    role: 'LEGAL_REVIEWER',
    agency: '县市场监管局',
    roleLabel: '法制审核人员',
    agencyName: '青溪县市场监督管理局',
  },
  {
    username: 'cgj.head',
    displayName: '刘洪波',
    role: 'AGENCY_HEAD',
    agency: '县城管执法局',
    roleLabel: '机关负责人',
    agencyName: '青溪县城市管理和综合执法局',
  },
  {
    username: 'sfj.supervisor',
    displayName: '赵敏',
    role: 'SUPERVISOR',
    agency: '县司法局',
    roleLabel: '司法局监督人员',
    agencyName: '青溪县司法局',
  },
].map((a) => ({ ...a, password: DEMO_PASSWORD }));
