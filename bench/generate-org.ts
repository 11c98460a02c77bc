// The province of the data generator: fictitious cities and counties, N enforcement agencies (one per sector and
// county) with units, officers (ID and phone numbers encrypted as the app does), certificates valid over the whole
// generated period, and a user per officer and head, so that "my cases" and the role checks work as in the app.
import { addDays, addYears, type IsoDate, makeResidentIdNumber, maskIdNumber, maskPhone } from '@zhifa/domain';
import { certificateEvents, certificates, officers } from '../server/src/modules/officers/officers.tables';
import { agencies, regions, units } from '../server/src/modules/org/org.tables';
import { hashPassword } from '../server/src/platform/auth/auth.service';
import { userRoles, users } from '../server/src/platform/auth/auth.tables';
import type { FieldCipher } from '../server/src/platform/crypto';
import type { Database } from '../server/src/platform/db';
import { DEMO_PASSWORD } from '../server/src/seed/demo-accounts';
import { AuditStream, SYSTEM } from './generate-audit';
import type { Batch } from './generate-copy';
import { GIVEN_F, GIVEN_M, PLACE_FIRST, PLACE_SECOND, POSTS, SECTORS, type Sector, SURNAMES } from './generate-data';
import { beijingMoment, type Rng, uuidV7At } from './generate-util';

export interface GenUser {
  id: string;
  name: string;
}
export interface GenOfficer extends GenUser {
  officerId: string;
  unitId: string;
  isLegalReviewer: boolean;
  legalQualificationNo: string | null;
  certificates: { number: string; validFrom: IsoDate; validUntil: IsoDate }[];
}
export interface GenUnit {
  id: string;
  name: string;
  head: GenUser;
  officers: GenOfficer[];
}
export interface GenAgency {
  id: string;
  no: number;
  name: string;
  shortName: string;
  sector: Sector;
  regionCode: string;
  countyName: string;
  weight: number;
  head: GenUser;
  units: GenUnit[];
  reviewers: GenOfficer[];
}

const PROVINCE = { code: '430000', name: '湖南省', parentCode: null, level: 1 };

function personName(rng: Rng, gender: 'M' | 'F'): string {
  return rng.pick([...SURNAMES]) + rng.pick(gender === 'M' ? GIVEN_M : GIVEN_F);
}

/** Fictitious counties: 5 to a city, city codes 4381–4389, county codes xx01–xx05 (none exists in GB/T 2260). */
function counties(n: number): { code: string; name: string; city: string; cityName: string }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const city = 81 + Math.floor(i / 5);
    const first = PLACE_FIRST[i % PLACE_FIRST.length];
    const second = PLACE_SECOND[Math.floor(i / PLACE_FIRST.length) % PLACE_SECOND.length];
    const cityFirst = PLACE_FIRST[(city * 7) % PLACE_FIRST.length];
    out.push({
      code: `43${city}${String((i % 5) + 1).padStart(2, '0')}`,
      name: `${first}${second}县`,
      city: `43${city}00`,
      cityName: `${cityFirst}州市`,
    });
  }
  return out;
}

/**
 * Writes regions, agencies, units, officers, certificates and users (rows through Drizzle, their audit entries into
 * `batch`) and returns the in-memory model the case generator draws from.
 */
export async function generateOrg(
  database: Database,
  cipher: FieldCipher,
  batch: Batch,
  rng: Rng,
  opts: { agencies: number; cases: number; start: IsoDate; today: IsoDate },
): Promise<{ agencies: GenAgency[]; officers: number; users: number }> {
  const countyList = counties(Math.ceil(opts.agencies / SECTORS.length));
  const regionRows: (typeof regions.$inferInsert)[] = [PROVINCE];
  for (const c of countyList) {
    if (!regionRows.some((r) => r.code === c.city))
      regionRows.push({ code: c.city, name: `${c.cityName}（虚构）`, parentCode: '430000', level: 2 });
    regionRows.push({ code: c.code, name: `${c.name}（虚构）`, parentCode: c.city, level: 3 });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const createdAt = beijingMoment(addDays(opts.start, -60), 9 * 60);
  const ms = createdAt.getTime();
  const out: GenAgency[] = [];
  const agencyRows: (typeof agencies.$inferInsert)[] = [];
  const unitRows: (typeof units.$inferInsert)[] = [];
  const officerRows: (typeof officers.$inferInsert)[] = [];
  const certRows: (typeof certificates.$inferInsert)[] = [];
  const certEventRows: (typeof certificateEvents.$inferInsert)[] = [];
  const userRows: (typeof users.$inferInsert)[] = [];
  const roleRows: (typeof userRoles.$inferInsert)[] = [];
  const sectorWeight = SECTORS.reduce((s, x) => s + x.weight, 0);
  let officerSeq = 0;

  const addUser = (agencyId: string, username: string, name: string, role: string, officerId: string | null) => {
    const id = uuidV7At(ms, rng);
    userRows.push({ id, username, displayName: name, passwordHash, officerId, isDemo: true, createdAt });
    roleRows.push({ id: uuidV7At(ms, rng), userId: id, role, agencyId });
    const s = new AuditStream(batch, 'user', id);
    s.append('USER_CREATED', SYSTEM, null, { username }, createdAt);
    s.append('USER_ROLE_GRANTED', SYSTEM, null, { role, agencyId }, createdAt);
    s.close();
    return { id, name };
  };

  for (let i = 0; i < opts.agencies; i++) {
    const county = countyList[Math.floor(i / SECTORS.length)];
    const sector = SECTORS[i % SECTORS.length];
    const id = uuidV7At(ms, rng);
    const no = i + 1;
    const name = `${county.name}${sector.agency}`;
    const shortName = `${county.name.slice(0, 2)}${sector.abbr}`;
    const weight = sector.weight * (0.6 + rng.next() * 0.8);
    agencyRows.push({
      id,
      name,
      shortName,
      creditCode: null,
      regionCode: county.code,
      kind: 'ADMIN_ORGAN',
      sector: sector.code,
      address: `${county.name}${rng.pick(['人民路', '政务中心', '行政中心'])}${10 + i}号`,
      sortOrder: i,
      createdAt,
      updatedAt: createdAt,
    });
    const agencyAudit = new AuditStream(batch, 'agency', id);
    agencyAudit.append('AGENCY_CREATED', SYSTEM, id, { name }, createdAt);
    const expectedCases = (opts.cases * weight) / (sectorWeight * (opts.agencies / SECTORS.length));
    const officerCount = Math.max(8, Math.min(150, Math.round(expectedCases / 110)));
    const reviewerCount = 2 + Math.floor(officerCount / 40);
    const unitCount = Math.max(1, Math.round((officerCount - reviewerCount) / 10));
    const head = addUser(id, `a${String(no).padStart(3, '0')}.head`, personName(rng, 'M'), 'AGENCY_HEAD', null);
    const agency: GenAgency = {
      id,
      no,
      name,
      shortName,
      sector,
      regionCode: county.code,
      countyName: county.name,
      weight,
      head,
      units: [],
      reviewers: [],
    };
    const legalUnitId = uuidV7At(ms, rng);
    unitRows.push({ id: legalUnitId, agencyId: id, name: '法制股', kind: 'LEGAL_REVIEW', sortOrder: 0 });
    agencyAudit.append('UNIT_CREATED', SYSTEM, id, { agencyId: id, name: '法制股' }, createdAt);
    agencyRows[agencyRows.length - 1].legalReviewUnitId = legalUnitId;
    const unitNames = ['执法一队', '执法二队', '执法三队', '执法四队', '执法五队', '执法六队', '执法七队', '执法八队'];
    for (let u = 0; u < unitCount; u++) {
      const unitId = uuidV7At(ms, rng);
      const unitName = unitNames[u] ?? `执法${u + 1}队`;
      unitRows.push({ id: unitId, agencyId: id, name: unitName, kind: 'ENFORCEMENT', sortOrder: u + 1 });
      agencyAudit.append('UNIT_CREATED', SYSTEM, id, { agencyId: id, name: unitName }, createdAt);
      const unitHead = addUser(
        id,
        `a${String(no).padStart(3, '0')}.unit${u + 1}`,
        personName(rng, 'F'),
        'UNIT_HEAD',
        null,
      );
      agency.units.push({ id: unitId, name: unitName, head: unitHead, officers: [] });
    }
    agencyAudit.close();

    for (let k = 0; k < officerCount; k++) {
      officerSeq++;
      const reviewer = k < reviewerCount;
      const gender = rng.chance(0.62) ? 'M' : 'F';
      const oname = personName(rng, gender);
      const birth = addDays('1966-01-01', officerSeq % 11000);
      const seq = ((Math.floor(officerSeq / 11000) * 2 + (gender === 'M' ? 1 : 0)) % 1000) as number;
      const idNumber = makeResidentIdNumber(county.code, birth, seq);
      const phone = `13${String(600000000 + ((officerSeq * 7919) % 399999999)).padStart(9, '0')}`;
      const officerId = uuidV7At(ms, rng);
      const unit = reviewer ? null : agency.units[k % agency.units.length];
      const qualification = reviewer
        ? `A${2012 + (officerSeq % 10)}${county.code}${String(officerSeq).padStart(5, '0')}`
        : null;
      officerRows.push({
        id: officerId,
        agencyId: id,
        unitId: unit?.id ?? legalUnitId,
        name: oname,
        gender,
        idNumberEnc: cipher.encrypt(idNumber),
        idNumberIndex: cipher.blindIndex(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        phoneEnc: cipher.encrypt(phone),
        phoneMasked: maskPhone(phone),
        post: rng.pick(POSTS),
        isLegalReviewer: reviewer,
        legalQualificationNo: qualification,
        createdAt,
        updatedAt: createdAt,
      });
      const audit = new AuditStream(batch, 'officer', officerId);
      audit.append('OFFICER_CREATED', SYSTEM, id, { name: oname, source: 'IMPORT' }, createdAt);
      // Certificates (5 years each) chained so that one is valid on every day of the generated period.
      const certs: GenOfficer['certificates'] = [];
      let from = addDays(opts.start, -rng.int(30, 700));
      for (let c = 0; certs.length === 0 || certs[certs.length - 1].validUntil < opts.today; c++) {
        const number = `${county.code}${String(no).padStart(3, '0')}${String(k + 1).padStart(3, '0')}${c}`;
        const validUntil = addDays(addYears(from, 5), -1);
        const certId = uuidV7At(ms, rng);
        certRows.push({
          id: certId,
          officerId,
          agencyId: id,
          number,
          type: 'NATIONAL_UNIFORM',
          issuer: '湖南省人民政府',
          issuedOn: from,
          validFrom: from,
          validUntil,
          categories: [sector.code],
          regions: [county.code],
          status: 'VALID',
          createdAt,
          updatedAt: createdAt,
        });
        certEventRows.push({
          id: uuidV7At(ms, rng),
          certificateId: certId,
          agencyId: id,
          action: 'ISSUE',
          fromStatus: null,
          toStatus: 'VALID',
          reason: '核发执法证件',
          actorName: '系统',
          occurredAt: createdAt,
        });
        audit.append('CERTIFICATE_ISSUED', SYSTEM, id, { number, officerId }, createdAt);
        certs.push({ number, validFrom: from, validUntil });
        from = addDays(validUntil, 1);
      }
      audit.close();
      const username = `a${String(no).padStart(3, '0')}.o${String(k + 1).padStart(3, '0')}`;
      const user = addUser(id, username, oname, reviewer ? 'LEGAL_REVIEWER' : 'OFFICER', officerId);
      const o: GenOfficer = {
        ...user,
        officerId,
        unitId: unit?.id ?? legalUnitId,
        isLegalReviewer: reviewer,
        legalQualificationNo: qualification,
        certificates: certs,
      };
      if (reviewer) agency.reviewers.push(o);
      else unit!.officers.push(o);
    }
    out.push(agency);
  }

  await database.tx({ kind: 'all' }, async (tx) => {
    await tx.insert(regions).values(regionRows).onConflictDoNothing();
    const chunk = async <T>(rows: T[], fn: (part: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += 500) await fn(rows.slice(i, i + 500));
    };
    await chunk(agencyRows, (p) => tx.insert(agencies).values(p));
    await chunk(unitRows, (p) => tx.insert(units).values(p));
    await chunk(officerRows, (p) => tx.insert(officers).values(p));
    await chunk(certRows, (p) => tx.insert(certificates).values(p));
    await chunk(certEventRows, (p) => tx.insert(certificateEvents).values(p));
    await chunk(userRows, (p) => tx.insert(users).values(p));
    await chunk(roleRows, (p) => tx.insert(userRoles).values(p));
  });
  return { agencies: out, officers: officerRows.length, users: userRows.length };
}
