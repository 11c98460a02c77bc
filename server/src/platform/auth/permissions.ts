import type { Scope } from '../db';

/**
 * Abilities: what a role lets its holder do, and where. The server decides; the web app only shows
 * buttons for abilities it is sent. A role is held in an agency; supervisors (司法局) read across all
 * agencies of their region; the three administrators hold no business ability (三员分立).
 */
export const ABILITIES = [
  'agency.read',
  'agency.manage',
  'officer.read',
  'officer.manage',
  'certificate.manage',
  'training.manage',
  'user.manage',
  'audit.read',
  'calendar.read',
  'calendar.manage',
  'record.read',
  'record.create',
  'record.manage',
  'device.read',
  'device.manage',
  'access.read',
  'ledger.read',
  'catalogue.read',
  'catalogue.edit',
  'catalogue.review',
  'catalogue.publish',
  'law.manage',
  'case.read',
  'case.create',
  'case.act',
] as const;
export type Ability = (typeof ABILITIES)[number];

/** Abilities that are global (not about one agency's data). */
const GLOBAL_ABILITIES: ReadonlySet<Ability> = new Set([
  'agency.read',
  'agency.manage',
  'user.manage',
  'audit.read',
  'calendar.read',
  'calendar.manage',
  'ledger.read',
  'law.manage',
]);

// record.manage covers legal holds and disposal; a disposal needs two different holders (request, approve).
// catalogue: editors draft, the agency's legal reviewer reviews, the agency head publishes (谁执法谁公示).
// case.act lets the holder try actions; the procedure definition decides which role may fire which action.
// access.read is the access register (调阅记录) of records: supervisors (their region) and the auditor.
export const ROLE_ABILITIES: Record<string, readonly Ability[]> = {
  OFFICER: [
    'agency.read',
    'officer.read',
    'calendar.read',
    'record.read',
    'record.create',
    'device.read',
    'catalogue.read',
    'case.read',
    'case.create',
    'case.act',
  ],
  UNIT_HEAD: [
    'agency.read',
    'officer.read',
    'training.manage',
    'calendar.read',
    'record.read',
    'record.create',
    'record.manage',
    'device.read',
    'device.manage',
    'catalogue.read',
    'catalogue.edit',
    'case.read',
    'case.create',
    'case.act',
  ],
  AGENCY_HEAD: [
    'agency.read',
    'officer.read',
    'officer.manage',
    'certificate.manage',
    'training.manage',
    'calendar.read',
    'record.read',
    'record.create',
    'record.manage',
    'device.read',
    'device.manage',
    'catalogue.read',
    'catalogue.edit',
    'catalogue.publish',
    'law.manage',
    'case.read',
    'case.create',
    'case.act',
  ],
  LEGAL_REVIEWER: [
    'agency.read',
    'officer.read',
    'calendar.read',
    'record.read',
    'device.read',
    'catalogue.read',
    'catalogue.review',
    'case.read',
    'case.act',
  ],
  SUPERVISOR: [
    'agency.read',
    'officer.read',
    'calendar.read',
    'record.read',
    'device.read',
    'access.read',
    'ledger.read',
    'catalogue.read',
    'case.read',
  ],
  SYSTEM_ADMIN: ['agency.read', 'agency.manage', 'calendar.read', 'calendar.manage', 'ledger.read', 'law.manage'],
  SECURITY_ADMIN: ['agency.read', 'user.manage'],
  AUDIT_ADMIN: ['audit.read', 'access.read', 'ledger.read'],
};

export interface Grant {
  id: string;
  role: string;
  agencyId: string | null;
  agencyName: string | null;
  /** For supervisors: every agency of the region of the supervising justice bureau. */
  coveredAgencyIds: string[];
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  grants: Grant[];
  ip: string | null;
  requestId: string;
}

export function abilitiesOf(actor: Pick<Actor, 'grants'>): Ability[] {
  const set = new Set<Ability>();
  for (const g of actor.grants) for (const a of ROLE_ABILITIES[g.role] ?? []) set.add(a);
  return [...set];
}

export function hasAbility(actor: Pick<Actor, 'grants'>, ability: Ability): boolean {
  return actor.grants.some((g) => (ROLE_ABILITIES[g.role] ?? []).includes(ability));
}

/** The agencies in which the actor holds `ability`; global abilities are not agency-bound. */
export function agenciesFor(actor: Pick<Actor, 'grants'>, ability: Ability): string[] {
  const ids = new Set<string>();
  for (const g of actor.grants) {
    if (!(ROLE_ABILITIES[g.role] ?? []).includes(ability)) continue;
    for (const id of g.coveredAgencyIds) ids.add(id);
  }
  return [...ids];
}

export function can(actor: Pick<Actor, 'grants'>, ability: Ability, target?: { agencyId: string }): boolean {
  if (!target || GLOBAL_ABILITIES.has(ability)) return hasAbility(actor, ability);
  return agenciesFor(actor, ability).includes(target.agencyId);
}

/** The row-level-security scope for reading data under `ability`. */
export function scopeFor(actor: Pick<Actor, 'grants'>, ability: Ability): Scope {
  return { kind: 'agencies', agencyIds: agenciesFor(actor, ability) };
}
