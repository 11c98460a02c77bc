import type { AccessRegisterEntry, accessRegisterQuery, Paged } from '@zhifa/contracts';
import { and, desc, eq, gte, ilike, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents } from '../../platform/audit/audit.tables';
import { type Actor, agenciesFor, ROLE_ABILITIES } from '../../platform/auth/permissions';
import type { Database, Scope } from '../../platform/db';
import { agencies } from '../org/org.tables';
import { ACCESS_EVENT_TYPES, eventLabel } from './records.presenters';
import { likePattern, NO_AGENCY } from './records.queries';
import { records } from './records.tables';

export type AccessRegisterQuery = z.output<typeof accessRegisterQuery>;

/** One line of the access register (调阅记录): who looked at which record, when, from where, why. */
export type { AccessRegisterEntry };

/**
 * Where the actor may search the register. A grant of `access.read` held in an agency covers the
 * agencies of that grant (a supervisor's covers its region, see loadGrants); one held without an
 * agency (the audit administrator, 三员分立) covers every agency.
 */
export function accessScope(actor: Actor): Scope {
  const global = actor.grants.some((g) => g.agencyId === null && ROLE_ABILITIES[g.role]?.includes('access.read'));
  return global ? { kind: 'all' } : { kind: 'agencies', agencyIds: agenciesFor(actor, 'access.read') };
}

const text = (payload: unknown, key: string): string | null => {
  const v = (payload as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

/** Every view, stream, download, share and export of a record, newest first, paged. */
export async function accessRegister(
  database: Database,
  actor: Actor,
  q: AccessRegisterQuery,
): Promise<Paged<AccessRegisterEntry>> {
  const scope = accessScope(actor);
  return database.tx(scope, async (tx) => {
    const conds: SQL[] = [
      eq(auditEvents.subjectType, 'record'),
      inArray(auditEvents.eventType, [...ACCESS_EVENT_TYPES]),
    ];
    if (scope.kind === 'agencies')
      conds.push(inArray(auditEvents.agencyId, scope.agencyIds.length ? scope.agencyIds : [NO_AGENCY]));
    if (q.from) conds.push(gte(auditEvents.occurredAt, new Date(q.from)));
    if (q.to) conds.push(lte(auditEvents.occurredAt, new Date(q.to)));
    if (q.recordId) conds.push(eq(auditEvents.subjectId, q.recordId));
    if (q.actor) conds.push(ilike(auditEvents.actorName, likePattern(q.actor)));
    const where = and(...conds);
    const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where);
    const rows = await tx
      .select({ e: auditEvents, title: records.title, agencyName: agencies.name })
      .from(auditEvents)
      .leftJoin(records, sql`${records.id}::text = ${auditEvents.subjectId}`)
      .leftJoin(agencies, eq(agencies.id, auditEvents.agencyId))
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    return {
      items: rows.map(({ e, title, agencyName }) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        eventType: e.eventType,
        label: eventLabel(e.eventType),
        actorUserId: e.actorUserId,
        actorName: e.actorName,
        ip: e.ip,
        reason: text(e.payload, 'reason'),
        to: text(e.payload, 'to'),
        fileId: text(e.payload, 'fileId'),
        recordId: e.subjectId,
        recordTitle: title,
        agencyId: e.agencyId,
        agencyName,
        hash: e.hash,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  });
}
