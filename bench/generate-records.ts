// Evidence and audio-video records of generated cases, written as the app writes them: the upload (uploads row,
// UPLOAD_STARTED / UPLOAD_COMPLETED in the upload's ledger stream — ingest.service admit + ingest.finish), the stored
// object and its `blobs` row (generate-files.ts), the record (records, record_versions v1 '创建', record_files with
// the id derived from the upload, RECORD_CAPTURED / RECORD_CREATED — records.create insertRecord), then the link
// to the case (case_record_links, CASE_RECORD_LINKED in the case's stream, version + 1 — CasesService.linkRecord).
// Also the approved reason for a missing recording (case_av_exemptions, requested then approved by the head).
import { avMetadata, evidenceMetadata } from '@zhifa/contracts';
import { type IsoDate, retainUntil } from '@zhifa/domain';
import { fileIdForUpload } from '../server/src/modules/records/records.create';
import { AuditStream } from './generate-audit';
import type { GenContext } from './generate-case';
import type { Batch } from './generate-copy';
import { type Content, EXTENSION } from './generate-files';
import type { GenAgency, GenOfficer, GenUnit } from './generate-org';
import { beijingIso, beijingMoment, type Rng, uuidV7At } from './generate-util';

/** The case a record is linked to, and the officers who collect and upload. */
export interface CaseRef {
  id: string;
  number: string;
  agency: GenAgency;
  unit: GenUnit;
  lead: GenOfficer;
  assistant: GenOfficer;
  place: string;
  audit: AuditStream;
}

export interface RecordPlan {
  kind: 'EVIDENCE' | 'AV_RECORD';
  content: Content;
  title: string;
  /** The activity named on the link (an AV record: one of AV_ACTIVITIES). */
  activity: string;
  evidence?: { evidenceType: string; method: string; description: string; source: string };
}

const ev = (
  content: Content,
  title: string,
  activity: string,
  evidenceType: string,
  method: string,
  description: string,
  source: string,
): RecordPlan => ({
  kind: 'EVIDENCE',
  content,
  title,
  activity,
  evidence: { evidenceType, method, description, source },
});

const SITE_PHOTO = ev(
  'PHOTO',
  '现场照片',
  'SITE_INSPECTION',
  'PHYSICAL',
  'INSPECTION',
  '违法现场及涉案物品照片',
  '执法人员现场拍摄',
);
const INQUIRY = ev(
  'SCAN',
  '询问笔录',
  'INQUIRY',
  'PARTY_STATEMENT',
  'INQUIRY',
  '对当事人的询问笔录（经当事人签字确认）',
  '执法人员询问制作',
);
const PAPERS = ev(
  'SCAN',
  '书证复印件',
  'EVIDENCE_COLLECTION',
  'DOCUMENTARY',
  'EXTRACTION',
  '当事人营业执照、进货票据等复印件（经当事人核对签字）',
  '当事人提供',
);
const SITE_RECORD = ev(
  'SCAN',
  '现场检查笔录',
  'SITE_INSPECTION',
  'INSPECTION_RECORD',
  'INSPECTION',
  '现场检查笔录（执法人员与当事人签字）',
  '执法人员现场制作',
);
const TEST_REPORT = ev('SCAN', '检验报告', 'SAMPLING', 'EXPERT_OPINION', 'APPRAISAL', '抽样检验报告', '检验机构出具');
const ITEM_PHOTO = ev(
  'PHOTO',
  '涉案物品照片',
  'SEAL_SEIZE',
  'PHYSICAL',
  'PRESERVATION',
  '查封、扣押物品照片（与物品清单对应）',
  '执法人员现场拍摄',
);

/**
 * Evidence collected before an action (chance, how many, from which kinds): the general procedure's investigation
 * always yields evidence (APL-40; REC-SCOPE wants it on file before a penalty case is closed), other procedures some.
 */
const EVIDENCE_BEFORE: Record<string, { p: number; min: number; max: number; kinds: readonly RecordPlan[] }> = {
  'GENERAL_PENALTY:conclude': { p: 1, min: 1, max: 3, kinds: [SITE_PHOTO, INQUIRY, PAPERS, SITE_RECORD, TEST_REPORT] },
  'GENERAL_PENALTY:transfer_criminal': { p: 1, min: 1, max: 3, kinds: [SITE_PHOTO, INQUIRY, PAPERS, TEST_REPORT] },
  'COERCIVE_MEASURE:execute': { p: 0.5, min: 1, max: 1, kinds: [ITEM_PHOTO] },
  'COERCIVE_MEASURE:emergency_execute': { p: 0.5, min: 1, max: 1, kinds: [ITEM_PHOTO] },
  'INSPECTION:record_findings': { p: 0.3, min: 1, max: 1, kinds: [SITE_PHOTO] },
  'CRIMINAL_TRANSFER:transfer': { p: 0.7, min: 1, max: 2, kinds: [TEST_REPORT, INQUIRY] },
};

export function evidenceBefore(rng: Rng, procedure: string, action: string): RecordPlan[] {
  const rule = EVIDENCE_BEFORE[`${procedure}:${action}`];
  if (!rule || !rng.chance(rule.p)) return [];
  const n = rng.int(rule.min, rule.max);
  return Array.from({ length: n }, () => rng.pick(rule.kinds));
}

const AV_TITLES: Record<string, string> = {
  SEAL_SEIZE: '查封扣押现场执法记录仪视频',
  DEMOLITION: '强制拆除现场执法记录仪视频',
  ON_SPOT_PENALTY: '当场处罚执法记录仪视频',
  SITE_INSPECTION: '现场检查执法记录仪视频',
  HEARING: '听证会全程录像',
};
/** Recordings made although not mandatory (share of the activities that are recorded). */
export const VOLUNTARY_AV: Record<string, number> = { ON_SPOT_PENALTY: 0.15, SITE_INSPECTION: 0.25, HEARING: 0.6 };
/** Share of mandatory-AV activities covered by an approved reason instead of a recording. */
export const AV_EXEMPTION_SHARE = 0.15;

export const avPlan = (activity: string): RecordPlan => ({
  kind: 'AV_RECORD',
  content: 'VIDEO',
  title: AV_TITLES[activity] ?? '执法记录仪视频',
  activity,
});

const MIN = 60_000;
const DAY = 86_400_000;

/** `n` ascending moments strictly between `from` and `to` (office hours on days in between when the gap is long). */
export function momentsBetween(rng: Rng, from: Date, to: Date, n: number): Date[] {
  const a = from.getTime();
  const b = to.getTime();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = a + (b - a) * (0.2 + 0.6 * rng.next());
    if (b - a > DAY) {
      const day = new Date(t + 8 * 3_600_000).toISOString().slice(0, 10) as IsoDate;
      t = Math.min(b - 2 * MIN, Math.max(a + 2 * MIN, beijingMoment(day, 9 * 60 + rng.int(0, 480)).getTime()));
    }
    out.push(t);
  }
  out.sort((x, y) => x - y);
  for (let i = 1; i < out.length; i++) if (out[i] <= out[i - 1]) out[i] = out[i - 1] + 1000;
  return out.map((t) => new Date(t));
}

const stamp = (d: Date) => beijingIso(d).slice(0, 16).replace(/[-:T]/g, '');

/** One record, uploaded by the lead officer and linked to the case at `linkAt` (the steps a few minutes apart). */
export function addRecord(g: GenContext, batch: Batch, c: CaseRef, plan: RecordPlan, linkAt: Date): void {
  const { rng } = g;
  const user = { id: c.lead.id, name: c.lead.name };
  const agencyId = c.agency.id;
  const uploadAt = new Date(linkAt.getTime() - rng.int(6, 30) * MIN);
  const doneAt = new Date(uploadAt.getTime() + rng.int(5, 90) * 1000);
  const createdAt = new Date(linkAt.getTime() - rng.int(1, 4) * MIN);
  const recordId = uuidV7At(createdAt.getTime(), rng);
  const uploadId = uuidV7At(uploadAt.getTime(), rng);
  let metadata: unknown;
  let captured: Date;
  if (plan.kind === 'EVIDENCE') {
    captured = new Date(uploadAt.getTime() - rng.int(10, 180) * MIN);
    metadata = evidenceMetadata.parse({
      ...plan.evidence,
      collectedBy: [c.lead.officerId, c.assistant.officerId],
      collectedAt: beijingIso(captured),
      place: c.place,
    });
  } else {
    const ended = new Date(uploadAt.getTime() - rng.int(3, 30) * MIN);
    captured = new Date(ended.getTime() - rng.int(4, 50) * MIN);
    metadata = avMetadata.parse({
      deviceType: 'BODY_CAM',
      deviceSerialNo: `DSJ${String(c.agency.no).padStart(3, '0')}-${String(rng.int(1, 40)).padStart(3, '0')}`,
      deviceOwnerUnit: c.unit.name,
      operators: [c.lead.officerId],
      activity: plan.activity,
      startedAt: beijingIso(captured),
      endedAt: beijingIso(ended),
      locationText: c.place,
      announcedToParty: true,
    });
  }
  const name =
    plan.content === 'VIDEO'
      ? `DSJ_${stamp(captured)}.${EXTENSION.VIDEO}`
      : plan.content === 'PHOTO'
        ? `IMG_${stamp(captured)}_${rng.int(1000, 9999)}.${EXTENSION.PHOTO}`
        : `${plan.title}.${EXTENSION.SCAN}`;
  const blob = g.files.file(batch, plan.content, plan.title, `${c.number} ${plan.title} ${recordId}`, doneAt);

  // The upload (admit: RECEIVING + UPLOAD_STARTED; finish: the object, its row, COMPLETE + UPLOAD_COMPLETED).
  batch.add('uploads', [
    uploadId,
    agencyId,
    user.id,
    blob.fileKind,
    name,
    blob.size,
    'COMPLETE',
    blob.sha256,
    uploadAt,
    new Date(uploadAt.getTime() + g.uploadExpiryDays * DAY),
    doneAt,
  ]);
  const up = new AuditStream(batch, 'upload', uploadId);
  up.append('UPLOAD_STARTED', user, agencyId, { uploadId, size: blob.size, fileKind: blob.fileKind }, uploadAt);
  up.append(
    'UPLOAD_COMPLETED',
    user,
    agencyId,
    { uploadId, sha256: blob.sha256, sm3: blob.sm3, size: blob.size },
    doneAt,
  );
  up.close();

  // The record (createRecord), kept with the case file.
  const createdOn = beijingIso(createdAt).slice(0, 10) as IsoDate;
  batch.add('records', [
    recordId,
    agencyId,
    plan.kind,
    'CASE',
    c.number,
    plan.title,
    1,
    'CASE_EVIDENCE',
    retainUntil('CASE_EVIDENCE', createdOn),
    false,
    false,
    user.id,
    createdAt,
  ]);
  batch.add('record_versions', [
    uuidV7At(createdAt.getTime(), rng),
    recordId,
    agencyId,
    1,
    { json: metadata },
    '创建',
    user.id,
    user.name,
    createdAt,
  ]);
  batch.add('record_files', [fileIdForUpload(uploadId), recordId, agencyId, blob.sha256, name, user.id, createdAt]);
  const rec = new AuditStream(batch, 'record', recordId);
  rec.append(
    'RECORD_CAPTURED',
    user,
    agencyId,
    {
      capturedAt: beijingIso(captured),
      by: plan.kind === 'EVIDENCE' ? [c.lead.officerId, c.assistant.officerId] : [c.lead.officerId],
    },
    createdAt,
  );
  rec.append(
    'RECORD_CREATED',
    user,
    agencyId,
    {
      kind: plan.kind,
      ownerType: 'CASE',
      ownerId: c.number,
      files: [{ sha256: blob.sha256, sm3: blob.sm3, size: blob.size }],
    },
    createdAt,
  );
  rec.close();

  // The link (CasesService.linkRecord): a change beside the state machine, audited in the case's stream.
  batch.add('case_record_links', [c.id, recordId, agencyId, plan.activity, user.id, linkAt]);
  c.audit.append('CASE_RECORD_LINKED', user, agencyId, { recordId, activity: plan.activity }, linkAt);
  g.stats.records++;
  if (plan.kind === 'AV_RECORD') g.stats.avRecords++;
}

/** An approved reason for a missing recording: requested by the lead officer, approved by the agency head. */
export function addAvExemption(g: GenContext, batch: Batch, c: CaseRef, activity: string, reqAt: Date, okAt: Date) {
  const id = uuidV7At(reqAt.getTime(), g.rng);
  const user = { id: c.lead.id, name: c.lead.name };
  batch.add('case_av_exemptions', [
    id,
    c.id,
    c.agency.id,
    activity,
    g.rng.pick([
      '执法记录仪故障，已由两名执法人员现场签字确认并拍照留存',
      '现场突发情况，执法记录仪电量耗尽，已由在场见证人签字确认',
      '执法记录仪存储卡损坏，已报设备管理部门，现场情况以笔录及照片记录',
    ]),
    user.id,
    reqAt,
    c.agency.head.id,
    okAt,
  ]);
  c.audit.append('CASE_AV_EXEMPTION_REQUESTED', user, c.agency.id, { exemptionId: id, activity }, reqAt);
  c.audit.append('CASE_AV_EXEMPTION_APPROVED', c.agency.head, c.agency.id, { exemptionId: id }, okAt);
  g.stats.avExemptions++;
}

/**
 * What is recorded between the previous step (`from`) and an action (`at`): the evidence its investigation
 * gathered, and for an activity with AV — a recording, or (mandatory activities, some) an approved reason for its
 * absence. Returns the changes beside the state machine made (each bumps the case's version).
 */
export function recordBeforeAct(
  g: GenContext,
  batch: Batch,
  c: CaseRef,
  procedure: string,
  action: string,
  av: { activity: string | undefined; mandatory: boolean },
  from: Date,
  at: Date,
): { versions: number; evidence: number } {
  const plans = evidenceBefore(g.rng, procedure, action);
  const evidence = plans.length;
  let exempt = false;
  if (av.activity && av.mandatory) {
    if (g.rng.chance(AV_EXEMPTION_SHARE)) exempt = true;
    else plans.push(avPlan(av.activity));
  } else if (av.activity && g.rng.chance(VOLUNTARY_AV[av.activity] ?? 0)) plans.push(avPlan(av.activity));
  if (plans.length === 0 && !exempt) return { versions: 0, evidence: 0 };
  const times = momentsBetween(g.rng, from, at, plans.length + (exempt ? 2 : 0));
  for (let i = 0; i < plans.length; i++) addRecord(g, batch, c, plans[i], times[i]);
  if (exempt && av.activity) addAvExemption(g, batch, c, av.activity, times[plans.length], times[plans.length + 1]);
  return { versions: plans.length + (exempt ? 2 : 0), evidence };
}
