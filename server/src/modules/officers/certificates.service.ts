import type { CertificateInput, OfficerDetail } from '@zhifa/contracts';
import { applyCertificateAction, type CertificateAction } from '@zhifa/domain';
import { and, eq } from 'drizzle-orm';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, can } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { OfficersService } from './officers.service';
import { certificateEvents, certificates, officers } from './officers.tables';
import { checkCertificate } from './officers.validation';

/** Certificate numbers are unique across all agencies, so the check looks beyond the actor's scope. */
export async function certificateNumberTaken(database: Database, number: string): Promise<boolean> {
  return database.tx({ kind: 'all' }, async (tx) => {
    const [row] = await tx.select({ id: certificates.id }).from(certificates).where(eq(certificates.number, number));
    return !!row;
  });
}

/** Issues a certificate (status VALID) with its first history entry, inside the caller's transaction. */
export async function insertCertificate(
  tx: Tx,
  actor: Actor | null,
  officerId: string,
  agencyId: string,
  c: CertificateInput,
  reason = '核发执法证件',
): Promise<string> {
  const certId = newId();
  await tx.insert(certificates).values({ id: certId, officerId, agencyId, ...c, status: 'VALID' });
  await tx.insert(certificateEvents).values({
    id: newId(),
    certificateId: certId,
    agencyId,
    action: 'ISSUE',
    fromStatus: null,
    toStatus: 'VALID',
    reason,
    actorUserId: actor?.userId ?? null,
    actorName: actor?.displayName ?? '系统',
  });
  await appendAudit(tx, actor ? actorOf(actor) : SYSTEM_ACTOR, {
    type: 'CERTIFICATE_ISSUED',
    subjectType: 'officer',
    subjectId: officerId,
    agencyId,
    payload: { number: c.number, officerId },
  });
  return certId;
}

/**
 * 行政执法证 lifecycle (DOMAIN §12.8): issuing and status changes. Every change needs a reason, is kept
 * in certificate_events and is audited.
 */
export class CertificatesService {
  constructor(
    private readonly database: Database,
    private readonly officers: OfficersService,
  ) {}

  async issueCertificate(actor: Actor, officerId: string, c: CertificateInput): Promise<OfficerDetail> {
    return this.database.tx(this.officers.readScope(actor), async (tx) => {
      const [o] = await tx.select().from(officers).where(eq(officers.id, officerId));
      if (!o || !can(actor, 'officer.read', { agencyId: o.agencyId })) throw notFound('执法人员');
      if (!can(actor, 'certificate.manage', { agencyId: o.agencyId }))
        throw new AppError('FORBIDDEN', '无权核发该执法主体人员的证件');
      const problems = checkCertificate(c, await this.officers.knownRegions(tx), '');
      if (await certificateNumberTaken(this.database, c.number))
        problems.push({ path: 'number', message: '证件编号已存在' });
      if (problems.length) {
        const fields = problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
        throw new AppError('VALIDATION', fields.map((f) => f.message).join('；'), fields);
      }
      await insertCertificate(tx, actor, officerId, o.agencyId, c);
      return this.officers.detail(tx, actor, officerId);
    });
  }

  /** A status change is a compare-and-set on the status it was computed from, with its reason kept. */
  async changeCertificateStatus(
    actor: Actor,
    certificateId: string,
    action: CertificateAction,
    reason: string,
  ): Promise<OfficerDetail> {
    return this.database.tx(this.officers.readScope(actor), async (tx) => {
      const [c] = await tx.select().from(certificates).where(eq(certificates.id, certificateId));
      if (!c || !can(actor, 'officer.read', { agencyId: c.agencyId })) throw notFound('执法证件');
      if (!can(actor, 'certificate.manage', { agencyId: c.agencyId }))
        throw new AppError('FORBIDDEN', '无权变更该证件状态');
      const result = applyCertificateAction(c.status as never, action);
      if (!result.ok) throw new AppError('CONFLICT', result.message);
      const updated = await tx
        .update(certificates)
        .set({ status: result.status, updatedAt: new Date() })
        .where(and(eq(certificates.id, certificateId), eq(certificates.status, c.status)))
        .returning({ id: certificates.id });
      if (!updated.length) throw new AppError('CONFLICT', '证件状态已被他人修改，请刷新后重试');
      await tx.insert(certificateEvents).values({
        id: newId(),
        certificateId,
        agencyId: c.agencyId,
        action,
        fromStatus: c.status,
        toStatus: result.status,
        reason,
        actorUserId: actor.userId,
        actorName: actor.displayName,
      });
      await appendAudit(tx, actorOf(actor), {
        type: 'CERTIFICATE_STATUS_CHANGED',
        subjectType: 'officer',
        subjectId: c.officerId,
        agencyId: c.agencyId,
        payload: { number: c.number, action, from: c.status, to: result.status, reason },
      });
      return this.officers.detail(tx, actor, c.officerId);
    });
  }
}
