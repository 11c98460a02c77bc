import { type AuditActor, SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Ability, type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Scope } from '../../platform/db';

/**
 * Who performs a catalogue change: a signed-in user, or the system (demo data, migrations of
 * catalogues). The system passes every ability check but goes through the same validation,
 * hashing, search indexing and audit as a user; routes only ever pass a signed-in user.
 */
export type Performer = Actor | typeof SYSTEM_ACTOR;

export function isSystem(p: Performer): p is typeof SYSTEM_ACTOR {
  return p === SYSTEM_ACTOR;
}

export function auditActor(p: Performer): AuditActor {
  return isSystem(p) ? SYSTEM_ACTOR : actorOf(p);
}

export function performerId(p: Performer): string | null {
  return isSystem(p) ? null : p.userId;
}

export function performerName(p: Performer): string {
  return isSystem(p) ? (SYSTEM_ACTOR.name ?? '系统') : p.displayName;
}

export function allowed(p: Performer, ability: Ability, agencyId: string): boolean {
  return isSystem(p) || can(p, ability, { agencyId });
}

/** The row-level-security scope for work under `ability` (the system sees everything). */
export function scopeOf(p: Performer, ability: Ability): Scope {
  return isSystem(p) ? { kind: 'all' } : { kind: 'agencies', agencyIds: agenciesFor(p, ability) };
}

/** Agencies whose drafts the performer may see: any catalogue ability counts. */
export function visibleAgencies(p: Actor): string[] {
  const ids = new Set<string>();
  for (const a of ['catalogue.read', 'catalogue.edit', 'catalogue.review', 'catalogue.publish'] as const)
    for (const id of agenciesFor(p, a)) ids.add(id);
  return [...ids];
}

export { SYSTEM_ACTOR };
