/** Roles of the permission matrix and the demo user who holds each. */
export const ROLE_USERS = {
  OFFICER: 'scj.officer',
  UNIT_HEAD: 'scj.unit',
  AGENCY_HEAD: 'scj.head',
  LEGAL_REVIEWER: 'scj.reviewer',
  SUPERVISOR: 'sfj.supervisor',
  SYSTEM_ADMIN: 'sysadmin',
  SECURITY_ADMIN: 'secadmin',
  AUDIT_ADMIN: 'auditadmin',
} as const;
export type RoleName = keyof typeof ROLE_USERS | 'ANONYMOUS';
export const ALL: RoleName[] = ['ANONYMOUS', ...(Object.keys(ROLE_USERS) as RoleName[])];
export const SIGNED_IN = ALL.filter((r) => r !== 'ANONYMOUS');
export const BUSINESS_READERS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR'];
