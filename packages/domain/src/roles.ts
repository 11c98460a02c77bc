/**
 * Roles and the separation of the three administrators (三员分立, GB/T 22239-2019 等级保护 2.0 安全管理中心:
 * system, security and audit administration must be held by different people, and administrators must not hold
 * business roles).
 */

export const ROLES = [
  'OFFICER',
  'UNIT_HEAD',
  'AGENCY_HEAD',
  'LEGAL_REVIEWER',
  'SUPERVISOR',
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDIT_ADMIN',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: '执法人员',
  UNIT_HEAD: '承办机构负责人',
  AGENCY_HEAD: '机关负责人',
  LEGAL_REVIEWER: '法制审核人员',
  SUPERVISOR: '司法局监督人员',
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
};

export const ADMIN_ROLES = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] as const satisfies readonly Role[];
export const BUSINESS_ROLES = [
  'OFFICER',
  'UNIT_HEAD',
  'AGENCY_HEAD',
  'LEGAL_REVIEWER',
  'SUPERVISOR',
] as const satisfies readonly Role[];

export type AdminRole = (typeof ADMIN_ROLES)[number];
export type BusinessRole = (typeof BUSINESS_ROLES)[number];

export function isRole(s: unknown): s is Role {
  return typeof s === 'string' && (ROLES as readonly string[]).includes(s);
}

export function isAdminRole(r: Role): r is AdminRole {
  return (ADMIN_ROLES as readonly Role[]).includes(r);
}

/** The roles that may not be held together with `role`. */
export function conflictingRoles(role: Role): Role[] {
  if (isAdminRole(role)) return ROLES.filter((r) => r !== role);
  return [...ADMIN_ROLES];
}

export type RoleCheck = { ok: true } | { ok: false; message: string };

/** 三员分立: can `added` be given to a user who already holds `existing`? Re-adding a held role is fine. */
export function checkRoleAssignment(existing: Role[], added: Role): RoleCheck {
  if (existing.includes(added)) return { ok: true };
  const forbidden = conflictingRoles(added);
  const conflicts = [...new Set(existing.filter((r) => forbidden.includes(r)))];
  if (conflicts.length === 0) return { ok: true };
  const names = conflicts.map((r) => ROLE_LABELS[r]).join('、');
  const reason = isAdminRole(added)
    ? '系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色'
    : '管理员不得兼任业务角色';
  return { ok: false, message: `三员分立：${ROLE_LABELS[added]}不能与${names}兼任（${reason}）` };
}

/** Problems (Chinese) with a complete set of roles, e.g. when importing users. */
export function checkRoleSet(roles: Role[]): string[] {
  const problems: string[] = [];
  const held: Role[] = [];
  for (const r of roles) {
    const check = checkRoleAssignment(held, r);
    if (!check.ok) problems.push(check.message);
    else if (!held.includes(r)) held.push(r);
  }
  return problems;
}
