import type { CertificateView, OfficerDetail, OfficerInput, OfficerListQuery } from '@zhifa/contracts';
import {
  applyCertificateAction,
  CERTIFICATE_ACTIONS,
  certificateDisplayState,
  maskIdNumber,
  maskPhone,
  todayInShanghai,
  trainingProgress,
  yearOf,
} from '@zhifa/domain';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import QRCode from 'qrcode';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Config } from '../../platform/config';
import type { FieldCipher } from '../../platform/crypto';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { agencies, regions, units } from '../org/org.tables';
import { certificateNumberTaken, insertCertificate } from './certificates.service';
import { type ListOptions, listOfficers } from './officers.list';
import { certificateEvents, certificates, officers, trainingRecords } from './officers.tables';
import { checkCertificate, checkIdNumber, checkPhone, type FieldProblem } from './officers.validation';

type OfficerPatch = {
  unitId?: string | null;
  name?: string;
  phone?: string;
  post?: string;
  isLegalReviewer?: boolean;
  legalQualificationNo?: string;
  employmentStatus?: 'ACTIVE' | 'LEFT';
};

const fail = (problems: FieldProblem[]) =>
  new AppError('VALIDATION', problems.map((p) => p.message).join('；'), problems);

/**
 * Officers, their certificates and training. Reads are scoped to the agencies where the actor may
 * read officers (and row-level security enforces the same); each read of a person is recorded.
 */
export class OfficersService {
  constructor(
    private readonly database: Database,
    private readonly cipher: FieldCipher,
    private readonly config: Config,
  ) {}

  readScope(actor: Actor) {
    return { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'officer.read') };
  }

  /** The officer list within the actor's read scope; every list view or export is recorded. */
  list(actor: Actor, q: OfficerListQuery, opts: ListOptions = {}) {
    return listOfficers(this.database, actor, this.readScope(actor), q, opts);
  }

  async get(actor: Actor, id: string): Promise<OfficerDetail> {
    return this.database.tx(this.readScope(actor), async (tx) => {
      const detail = await this.detail(tx, actor, id);
      await appendAudit(tx, actorOf(actor), {
        type: 'OFFICER_VIEWED',
        subjectType: 'officer',
        subjectId: id,
        agencyId: detail.agencyId,
        payload: { fields: ['basic', 'idNumberMasked', 'phoneMasked', 'certificates', 'training'] },
      });
      return detail;
    });
  }

  /** The officer as the actor may see it, inside the caller's transaction (no access record). */
  async detail(tx: Tx, actor: Actor, id: string): Promise<OfficerDetail> {
    const [row] = await tx
      .select({ o: officers, agencyName: agencies.name, unitName: units.name })
      .from(officers)
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .leftJoin(units, eq(units.id, officers.unitId))
      .where(eq(officers.id, id));
    // Row-level security already hides other agencies' officers; the check below is the service-layer twin.
    if (!row || !can(actor, 'officer.read', { agencyId: row.o.agencyId })) throw notFound('执法人员');
    const o = row.o;
    const today = todayInShanghai(new Date());
    const year = yearOf(today);
    const certRows = await tx
      .select()
      .from(certificates)
      .where(eq(certificates.officerId, id))
      .orderBy(desc(certificates.issuedOn));
    const events = certRows.length
      ? await tx
          .select()
          .from(certificateEvents)
          .where(
            inArray(
              certificateEvents.certificateId,
              certRows.map((c) => c.id),
            ),
          )
          .orderBy(asc(certificateEvents.occurredAt))
      : [];
    const training = await tx
      .select()
      .from(trainingRecords)
      .where(and(eq(trainingRecords.officerId, id), eq(trainingRecords.year, year)))
      .orderBy(desc(trainingRecords.completedOn));
    const hours = training.reduce((s, t) => s + Number(t.hours), 0);
    const mayChange = can(actor, 'certificate.manage', { agencyId: o.agencyId });
    const certificatesView: CertificateView[] = [];
    for (const c of certRows) {
      const publicCheckUrl = `${this.config.publicUrl}/certificates?number=${encodeURIComponent(c.number)}`;
      certificatesView.push({
        id: c.id,
        number: c.number,
        type: c.type,
        issuer: c.issuer,
        issuedOn: c.issuedOn,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        categories: c.categories,
        regions: c.regions,
        status: c.status,
        displayStatus: certificateDisplayState(c, today),
        events: events
          .filter((e) => e.certificateId === c.id)
          .map((e) => ({
            id: e.id,
            action: e.action,
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            reason: e.reason,
            actorName: e.actorName,
            occurredAt: e.occurredAt.toISOString(),
          })),
        publicCheckUrl,
        qrSvg: await QRCode.toString(publicCheckUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
        abilities: {
          changeStatus: mayChange,
          allowedActions: mayChange
            ? CERTIFICATE_ACTIONS.filter((a) => applyCertificateAction(c.status as never, a).ok)
            : [],
        },
      });
    }
    return {
      id: o.id,
      agencyId: o.agencyId,
      agencyName: row.agencyName,
      unitId: o.unitId,
      unitName: row.unitName,
      name: o.name,
      gender: o.gender,
      idNumberMasked: o.idNumberMasked,
      phoneMasked: o.phoneMasked,
      post: o.post,
      isLegalReviewer: o.isLegalReviewer,
      legalQualificationNo: o.legalQualificationNo,
      employmentStatus: o.employmentStatus,
      certificates: certificatesView,
      training: {
        year,
        ...trainingProgress(hours),
        records: training.map((t) => ({
          id: t.id,
          year: t.year,
          course: t.course,
          hours: Number(t.hours),
          completedOn: t.completedOn,
          provider: t.provider,
        })),
      },
      abilities: {
        update: can(actor, 'officer.manage', { agencyId: o.agencyId }),
        issueCertificate: mayChange,
        recordTraining: can(actor, 'training.manage', { agencyId: o.agencyId }),
      },
    };
  }

  /** Known region codes, for validating certificate regions. */
  async knownRegions(tx: Tx): Promise<Set<string>> {
    return new Set((await tx.select({ code: regions.code }).from(regions)).map((r) => r.code));
  }

  async create(actor: Actor, input: OfficerInput): Promise<OfficerDetail> {
    if (!can(actor, 'officer.manage', { agencyId: input.agencyId }))
      throw new AppError('FORBIDDEN', '无权在该执法主体新增执法人员');
    const today = todayInShanghai(new Date());
    const problems: FieldProblem[] = [];
    const id = checkIdNumber(input.idNumber, today);
    if (id.problem) problems.push(id.problem);
    const phone = checkPhone(input.phone);
    if (phone.problem) problems.push(phone.problem);
    if (input.isLegalReviewer && !input.legalQualificationNo) {
      problems.push({
        path: 'legalQualificationNo',
        message: '法制审核人员应填写法律职业资格证书编号（行政处罚法第五十八条）',
      });
    }
    const scope = { kind: 'agencies' as const, agencyIds: [input.agencyId] };
    return this.database.tx(scope, async (tx) => {
      if (input.unitId) {
        const [u] = await tx
          .select()
          .from(units)
          .where(and(eq(units.id, input.unitId), eq(units.agencyId, input.agencyId)));
        if (!u) problems.push({ path: 'unitId', message: '内设机构不属于该执法主体' });
      }
      if (input.certificate) problems.push(...checkCertificate(input.certificate, await this.knownRegions(tx)));
      if (id.normalized && (await this.idNumberTaken(id.normalized))) {
        problems.push({ path: 'idNumber', message: '该身份证号码已登记为执法人员' });
      }
      if (input.certificate && (await certificateNumberTaken(this.database, input.certificate.number))) {
        problems.push({ path: 'certificate.number', message: '证件编号已存在' });
      }
      if (problems.length) throw fail(problems);
      const officerId = newId();
      await tx.insert(officers).values(this.officerRow(officerId, input, id.normalized!, phone.normalized));
      await appendAudit(tx, actorOf(actor), {
        type: 'OFFICER_CREATED',
        subjectType: 'officer',
        subjectId: officerId,
        agencyId: input.agencyId,
        payload: { name: input.name, source: 'FORM' },
      });
      if (input.certificate) await insertCertificate(tx, actor, officerId, input.agencyId, input.certificate);
      return this.detail(tx, actor, officerId);
    });
  }

  officerRow(
    id: string,
    input: Pick<
      OfficerInput,
      'agencyId' | 'unitId' | 'name' | 'gender' | 'post' | 'isLegalReviewer' | 'legalQualificationNo'
    >,
    idNumber: string,
    phone?: string,
  ) {
    return {
      id,
      agencyId: input.agencyId,
      unitId: input.unitId ?? null,
      name: input.name,
      gender: input.gender,
      idNumberEnc: this.cipher.encrypt(idNumber),
      idNumberIndex: this.cipher.blindIndex(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      phoneEnc: phone ? this.cipher.encrypt(phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      post: input.post ?? '',
      isLegalReviewer: input.isLegalReviewer ?? false,
      legalQualificationNo: input.legalQualificationNo || null,
    };
  }

  /** ID numbers are unique across agencies: one person, one officer record (found by blind index). */
  async idNumberTaken(normalized: string): Promise<boolean> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [row] = await tx
        .select({ id: officers.id })
        .from(officers)
        .where(eq(officers.idNumberIndex, this.cipher.blindIndex(normalized)));
      return !!row;
    });
  }

  async update(actor: Actor, id: string, patch: OfficerPatch): Promise<OfficerDetail> {
    return this.database.tx(this.readScope(actor), async (tx) => {
      const [o] = await tx.select().from(officers).where(eq(officers.id, id));
      if (!o || !can(actor, 'officer.read', { agencyId: o.agencyId })) throw notFound('执法人员');
      if (!can(actor, 'officer.manage', { agencyId: o.agencyId }))
        throw new AppError('FORBIDDEN', '无权修改该执法人员');
      const problems: FieldProblem[] = [];
      const set: Partial<typeof officers.$inferInsert> = { updatedAt: new Date() };
      const changed: string[] = [];
      if (patch.unitId !== undefined && patch.unitId !== o.unitId) {
        if (patch.unitId) {
          const [u] = await tx
            .select()
            .from(units)
            .where(and(eq(units.id, patch.unitId), eq(units.agencyId, o.agencyId)));
          if (!u) problems.push({ path: 'unitId', message: '内设机构不属于该执法主体' });
        }
        set.unitId = patch.unitId;
        changed.push('unitId');
      }
      if (patch.phone !== undefined) {
        const phone = checkPhone(patch.phone);
        if (phone.problem) problems.push(phone.problem);
        set.phoneEnc = phone.normalized ? this.cipher.encrypt(phone.normalized) : null;
        set.phoneMasked = phone.normalized ? maskPhone(phone.normalized) : null;
        changed.push('phone');
      }
      for (const key of ['name', 'post', 'isLegalReviewer', 'employmentStatus'] as const) {
        if (patch[key] !== undefined && patch[key] !== o[key]) {
          (set as Record<string, unknown>)[key] = patch[key];
          changed.push(key);
        }
      }
      if (patch.legalQualificationNo !== undefined && (patch.legalQualificationNo || null) !== o.legalQualificationNo) {
        set.legalQualificationNo = patch.legalQualificationNo || null;
        changed.push('legalQualificationNo');
      }
      const reviewer = patch.isLegalReviewer ?? o.isLegalReviewer;
      const qualification =
        patch.legalQualificationNo !== undefined ? patch.legalQualificationNo : o.legalQualificationNo;
      if (reviewer && !qualification)
        problems.push({
          path: 'legalQualificationNo',
          message: '法制审核人员应填写法律职业资格证书编号（行政处罚法第五十八条）',
        });
      if (problems.length) throw fail(problems);
      await tx.update(officers).set(set).where(eq(officers.id, id));
      await appendAudit(tx, actorOf(actor), {
        type: 'OFFICER_UPDATED',
        subjectType: 'officer',
        subjectId: id,
        agencyId: o.agencyId,
        payload: { changed },
      });
      return this.detail(tx, actor, id);
    });
  }

  async recordTraining(
    actor: Actor,
    officerId: string,
    t: { course: string; hours: number; completedOn: string; provider: string },
  ): Promise<OfficerDetail> {
    return this.database.tx(this.readScope(actor), async (tx) => {
      const [o] = await tx.select().from(officers).where(eq(officers.id, officerId));
      if (!o || !can(actor, 'officer.read', { agencyId: o.agencyId })) throw notFound('执法人员');
      if (!can(actor, 'training.manage', { agencyId: o.agencyId }))
        throw new AppError('FORBIDDEN', '无权登记该人员的培训');
      if (t.completedOn > todayInShanghai(new Date()))
        throw fail([{ path: 'completedOn', message: '培训日期不能晚于今天' }]);
      const year = yearOf(t.completedOn);
      await tx.insert(trainingRecords).values({
        id: newId(),
        officerId,
        agencyId: o.agencyId,
        year,
        course: t.course,
        hours: t.hours.toFixed(1),
        completedOn: t.completedOn,
        provider: t.provider,
      });
      await appendAudit(tx, actorOf(actor), {
        type: 'TRAINING_RECORDED',
        subjectType: 'officer',
        subjectId: officerId,
        agencyId: o.agencyId,
        payload: { officerId, year, hours: t.hours },
      });
      return this.detail(tx, actor, officerId);
    });
  }
}
