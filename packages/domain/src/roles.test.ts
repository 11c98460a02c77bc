import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  BUSINESS_ROLES,
  checkRoleAssignment,
  checkRoleSet,
  isRole,
  ROLE_LABELS,
  ROLES,
  type Role,
} from './roles.js';

describe('roles', () => {
  it('every role has a Chinese label and belongs to exactly one group', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect([...ADMIN_ROLES, ...BUSINESS_ROLES].sort()).toEqual([...ROLES].sort());
    expect(ROLE_LABELS.SUPERVISOR).toBe('司法局监督人员');
    expect(isRole('OFFICER')).toBe(true);
    expect(isRole('ROOT')).toBe(false);
  });
});

describe('checkRoleAssignment (三员分立)', () => {
  it('三员分立 (GB/T 22239): business roles combine freely', () => {
    expect(checkRoleAssignment(['OFFICER'], 'LEGAL_REVIEWER')).toEqual({ ok: true });
    expect(checkRoleAssignment(['OFFICER', 'UNIT_HEAD'], 'AGENCY_HEAD')).toEqual({ ok: true });
    expect(checkRoleAssignment([], 'SYSTEM_ADMIN')).toEqual({ ok: true });
  });
  it('三员分立 (GB/T 22239): the three administrator roles are mutually exclusive', () => {
    expect(checkRoleAssignment(['SYSTEM_ADMIN'], 'AUDIT_ADMIN')).toEqual({
      ok: false,
      message:
        '三员分立：审计管理员不能与系统管理员兼任（系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色）',
    });
  });
  it('三员分立 (GB/T 22239): an administrator role cannot be added to a business user, naming all conflicts', () => {
    const r = checkRoleAssignment(['OFFICER', 'LEGAL_REVIEWER'], 'SECURITY_ADMIN');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('安全管理员不能与执法人员、法制审核人员兼任');
  });
  it('三员分立 (GB/T 22239): a business role cannot be added to an administrator', () => {
    expect(checkRoleAssignment(['AUDIT_ADMIN'], 'OFFICER')).toEqual({
      ok: false,
      message: '三员分立：执法人员不能与审计管理员兼任（管理员不得兼任业务角色）',
    });
  });
  it('re-adding a held role is allowed', () => {
    expect(checkRoleAssignment(['SYSTEM_ADMIN'], 'SYSTEM_ADMIN')).toEqual({ ok: true });
  });
  it('exhaustive: for every pair of distinct roles, allowed iff both are business roles', () => {
    for (const a of ROLES) {
      for (const b of ROLES) {
        if (a === b) continue;
        const bothBusiness =
          (BUSINESS_ROLES as readonly Role[]).includes(a) && (BUSINESS_ROLES as readonly Role[]).includes(b);
        expect(checkRoleAssignment([a], b).ok).toBe(bothBusiness);
      }
    }
  });
  it('property: checkRoleSet accepts exactly the sets that are one admin role alone or business roles only', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROLES), { maxLength: 6 }), (roles) => {
        const distinct = new Set(roles);
        const admins = [...distinct].filter((r) => (ADMIN_ROLES as readonly Role[]).includes(r));
        const valid = admins.length === 0 || distinct.size === 1;
        expect(checkRoleSet(roles).length === 0).toBe(valid);
      }),
    );
  });
});
