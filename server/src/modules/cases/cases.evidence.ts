import { AV_ACTIVITIES } from '@zhifa/contracts';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/permissions';
import type { Tx } from '../../platform/db';
import { forbidden, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { records } from '../records/records.tables';
import type { CaseRow } from './cases.snapshot';
import { caseAvExemptions, caseRecordLinks } from './cases.tables';

// The case's evidence and audio-video side (REC-AV-FULL): records linked to activities, and the recorded, approved
// reasons for an activity without a recording. Each returns the ledger entry that CasesService.change writes.

/** Links an evidence or AV record of the same agency to the case, naming the activity it documents. */
export async function linkRecord(tx: Tx, actor: Actor, row: CaseRow, input: { recordId: string; activity: string }) {
  const [r] = await tx
    .select({ id: records.id, kind: records.kind, agencyId: records.agencyId })
    .from(records)
    .where(eq(records.id, input.recordId));
  if (!r || r.agencyId !== row.agencyId)
    throw invalid('所选记录不存在或不属于本执法主体', [{ path: 'recordId', message: '记录不存在' }]);
  if (r.kind === 'AV_RECORD' && !(AV_ACTIVITIES as readonly string[]).includes(input.activity)) {
    throw invalid('请选择音像记录对应的执法活动', [{ path: 'activity', message: '执法活动无效' }]);
  }
  await tx
    .insert(caseRecordLinks)
    .values({
      caseId: row.id,
      recordId: r.id,
      agencyId: row.agencyId,
      activity: input.activity,
      linkedBy: actor.userId,
    })
    .onConflictDoNothing();
  return { type: 'CASE_RECORD_LINKED' as const, payload: { recordId: r.id, activity: input.activity } };
}

/** Records why an activity has no recording; a head approves it (approveAvExemption). */
export async function requestAvExemption(
  tx: Tx,
  actor: Actor,
  row: CaseRow,
  input: { activity: string; reason: string },
) {
  if (!(AV_ACTIVITIES as readonly string[]).includes(input.activity))
    throw invalid('执法活动无效', [{ path: 'activity', message: '执法活动无效' }]);
  const exemptionId = newId();
  await tx.insert(caseAvExemptions).values({
    id: exemptionId,
    caseId: row.id,
    agencyId: row.agencyId,
    activity: input.activity,
    reason: input.reason,
    requestedBy: actor.userId,
  });
  return { type: 'CASE_AV_EXEMPTION_REQUESTED' as const, payload: { exemptionId, activity: input.activity } };
}

/** A head approves the recorded reason; the requester cannot approve their own (two persons). */
export async function approveAvExemption(tx: Tx, actor: Actor, row: CaseRow, exemptionId: string) {
  const roles = actor.grants.filter((g) => g.agencyId === row.agencyId).map((g) => g.role);
  if (!roles.some((r) => r === 'AGENCY_HEAD' || r === 'UNIT_HEAD')) throw forbidden();
  const [x] = await tx
    .select()
    .from(caseAvExemptions)
    .where(and(eq(caseAvExemptions.id, exemptionId), eq(caseAvExemptions.caseId, row.id)));
  if (!x) throw notFound('未音像记录理由');
  if (x.approvedAt) throw invalid('该理由已经批准');
  if (x.requestedBy === actor.userId) throw invalid('不能批准本人登记的未音像记录理由');
  await tx
    .update(caseAvExemptions)
    .set({ approvedBy: actor.userId, approvedAt: new Date() })
    .where(eq(caseAvExemptions.id, exemptionId));
  return { type: 'CASE_AV_EXEMPTION_APPROVED' as const, payload: { exemptionId } };
}
