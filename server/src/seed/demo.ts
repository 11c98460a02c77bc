import {
  addDays,
  addYears,
  type CertificateAction,
  makeResidentIdNumber,
  todayInShanghai,
  yearOf,
} from '@zhifa/domain';
import { count, eq } from 'drizzle-orm';
import { seedCatalogue } from '../modules/catalogue/catalogue.seed';
import { insertCertificate } from '../modules/officers/certificates.service';
import { certificateEvents, certificates, officers, trainingRecords } from '../modules/officers/officers.tables';
import { agencies, regions } from '../modules/org/org.tables';
import { appendAudit, SYSTEM_ACTOR } from '../platform/audit/audit.service';
import { newId } from '../platform/ids';
import type { Services } from '../services';
import { DEMO_CATALOGUE } from './catalogue';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { GIVEN_F, GIVEN_M, POSTS, SURNAMES } from './names';

/**
 * The demo county 青溪县 is fictitious (code 430699 does not exist in GB/T 2260); every person,
 * ID number and phone number below is generated. No real person's data.
 */
export const DEMO_REGIONS = [
  { code: '430000', name: '湖南省', parentCode: null, level: 1 },
  { code: '430600', name: '岳阳市', parentCode: '430000', level: 2 },
  { code: '430699', name: '青溪县（虚构）', parentCode: '430600', level: 3 },
];

const COUNTY = '430699';
const AGENCIES = [
  { short: '县司法局', name: '青溪县司法局', sector: 'JUSTICE', supervisor: true },
  { short: '县市场监管局', name: '青溪县市场监督管理局', sector: 'MARKET' },
  { short: '县城管执法局', name: '青溪县城市管理和综合执法局', sector: 'URBAN' },
  { short: '生态环境分局', name: '岳阳市生态环境局青溪分局', sector: 'ECOLOGY' },
  { short: '县文旅广体局', name: '青溪县文化旅游广电体育局', sector: 'CULTURE_TOURISM' },
  { short: '县交通运输局', name: '青溪县交通运输局', sector: 'TRANSPORT' },
  { short: '县自然资源局', name: '青溪县自然资源局', sector: 'NATURAL_RESOURCES' },
  { short: '县应急管理局', name: '青溪县应急管理局', sector: 'EMERGENCY' },
  { short: '县卫生健康局', name: '青溪县卫生健康局', sector: 'HEALTH' },
  { short: '交通执法大队', name: '青溪县交通运输综合行政执法大队', sector: 'TRANSPORT', entrustedBy: '县交通运输局' },
] as const;

/** Deterministic pseudo-random numbers, so the demo county is the same on every machine. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function isDemoSeeded(services: Services): Promise<boolean> {
  const [{ n }] = await services.database.tx({ kind: 'all' }, (tx) => tx.select({ n: count() }).from(agencies));
  return n > 0;
}

export async function seedDemo(services: Services): Promise<{ agencies: number; officers: number; users: number }> {
  const { database, org, officers: officerService, users } = services;
  const rand = prng(20261123);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const today = todayInShanghai(new Date());
  const year = yearOf(today);

  await database.tx({ kind: 'all' }, async (tx) => {
    for (const r of DEMO_REGIONS) await tx.insert(regions).values(r).onConflictDoNothing();
  });

  const agencyIds = new Map<string, string>();
  let sort = 0;
  for (const a of AGENCIES) {
    const entrustedBy = 'entrustedBy' in a ? agencyIds.get(a.entrustedBy)! : null;
    const id = await org.createAgency(
      null,
      {
        name: a.name,
        shortName: a.short,
        creditCode: '',
        regionCode: COUNTY,
        kind: entrustedBy ? 'ENTRUSTED_ORG' : 'ADMIN_ORGAN',
        sector: a.sector,
        isSupervisor: 'supervisor' in a,
        parentId: null,
        entrustingAgencyId: entrustedBy,
        entrustmentScope: entrustedBy
          ? '受委托实施道路运输、路政管理领域的行政处罚及与之相关的行政检查（行政强制措施不得委托，行政强制法第十七条）'
          : '',
        entrustmentFrom: entrustedBy ? '2024-01-01' : null,
        entrustmentUntil: entrustedBy ? '2028-12-31' : null,
        address: `青溪县青溪大道${100 + sort * 12}号`,
        postcode: '414099',
        phone: `0730-88${String(10000 + sort * 137).slice(1)}`,
        website: '',
        supervisionPhone: '0730-12345',
        complaintChannel: '12345 政务服务便民热线；青溪县司法局行政执法监督科（青溪大道 8 号）',
        legalReviewUnitId: null,
      },
      { sortOrder: sort++ },
    );
    agencyIds.set(a.short, id);
    await org.createUnit(null, id, { name: '法制股', kind: 'LEGAL_REVIEW', phone: '' });
    await org.createUnit(null, id, {
      name: a.sector === 'JUSTICE' ? '行政执法协调监督股' : '执法一队',
      kind: 'ENFORCEMENT',
      phone: '',
    });
    if (a.sector !== 'JUSTICE') await org.createUnit(null, id, { name: '执法二队', kind: 'ENFORCEMENT', phone: '' });
    await org.createUnit(null, id, { name: '办公室', kind: 'OFFICE', phone: '' });
  }

  // ~12 officers per agency; certificates in every status; one or two legal reviewers each.
  const statusPlan: (CertificateAction | 'EXPIRED' | null)[] = [
    'SUSPEND',
    'RECALL',
    'REVOKE',
    'CANCEL',
    'REPORT_LOST',
    'EXPIRED',
  ];
  let officerCount = 0;
  let seq = 0;
  /** Officer records by agency and index, so that the demo accounts act as officers (我的案件, 法制审核). */
  const demoOfficers = new Map<string, { id: string; unitId: string | null }>();
  for (const [ai, a] of AGENCIES.entries()) {
    const agencyId = agencyIds.get(a.short)!;
    const agencyUnits = (await org.getAgency(null, agencyId)).units.filter((u) => u.kind !== 'OFFICE');
    const n = a.sector === 'JUSTICE' ? 8 : 12 + (ai % 3);
    await database.tx({ kind: 'agencies', agencyIds: [agencyId] }, async (tx) => {
      for (let i = 0; i < n; i++) {
        seq++;
        const gender = rand() < 0.6 ? 'M' : 'F';
        const birth = `${1970 + Math.floor(rand() * 28)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
        // Odd 17th digit for men, even for women (GB 11643).
        const idNumber = makeResidentIdNumber(COUNTY, birth, (seq * 2 + (gender === 'M' ? 1 : 0)) % 1000);
        const reviewer = i === 1 || (i === 2 && ai % 2 === 0);
        const name = pick(SURNAMES.split('')) + pick(gender === 'M' ? GIVEN_M : GIVEN_F);
        const officerId = newId();
        const unit = reviewer
          ? agencyUnits.find((u) => u.kind === 'LEGAL_REVIEW')
          : (agencyUnits[1 + (i % Math.max(1, agencyUnits.length - 1))] ?? agencyUnits[0]);
        await tx.insert(officers).values(
          officerService.officerRow(
            officerId,
            {
              agencyId,
              unitId: unit?.id ?? null,
              name,
              gender,
              post: pick(POSTS),
              isLegalReviewer: reviewer,
              legalQualificationNo: reviewer ? `A${2015 + (seq % 9)}${COUNTY}${String(seq).padStart(4, '0')}` : '',
            },
            idNumber,
            `13${String(700000000 + seq * 7919).slice(0, 9)}`,
          ),
        );
        demoOfficers.set(`${a.short}:${i}`, { id: officerId, unitId: unit?.id ?? null });
        await appendAudit(tx, SYSTEM_ACTOR, {
          type: 'OFFICER_CREATED',
          subjectType: 'officer',
          subjectId: officerId,
          agencyId,
          payload: { name, source: 'IMPORT' },
        });
        const issuedOn = addDays(today, -Math.floor(rand() * 1400) - 30);
        const plan = i >= n - 2 ? statusPlan[(ai * 2 + (n - 1 - i)) % statusPlan.length] : null;
        const validUntil = plan === 'EXPIRED' ? addDays(today, -20) : addYears(issuedOn, 5);
        const certId = await insertCertificate(tx, null, officerId, agencyId, {
          number: `${COUNTY}${String(ai + 1).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
          type: 'NATIONAL_UNIFORM',
          issuer: '湖南省人民政府',
          issuedOn,
          validFrom: issuedOn,
          validUntil,
          categories: [a.sector],
          regions: [COUNTY],
        });
        if (plan && plan !== 'EXPIRED') {
          const to = {
            SUSPEND: 'SUSPENDED',
            RECALL: 'RECALLED',
            REVOKE: 'REVOKED',
            CANCEL: 'CANCELLED',
            REPORT_LOST: 'LOST',
          }[plan as string]!;
          await tx.update(certificates).set({ status: to }).where(eq(certificates.id, certId));
          await tx.insert(certificateEvents).values({
            id: newId(),
            certificateId: certId,
            agencyId,
            action: plan,
            fromStatus: 'VALID',
            toStatus: to,
            reason: {
              SUSPEND: '涉嫌违规执法，调查期间暂扣',
              RECALL: '调离执法岗位',
              REVOKE: '出借执法证件',
              CANCEL: '退休',
              REPORT_LOST: '本人报告遗失，已登报声明作废',
            }[plan as string]!,
            actorName: '系统（演示数据）',
          });
        }
        for (let t = 0; t < 3; t++) {
          const hours = 4 + Math.floor(rand() * 20);
          await tx.insert(trainingRecords).values({
            id: newId(),
            officerId,
            agencyId,
            year,
            course: pick([
              '行政处罚法专题培训',
              '行政执法程序规范',
              '执法全过程记录实务',
              '法制审核要点',
              '行业法律法规更新',
              '执法文书制作',
            ]),
            hours: hours.toFixed(1),
            completedOn: `${year}-${String(1 + Math.floor(rand() * 10)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
            provider: '青溪县司法局',
          });
        }
        officerCount++;
      }
    });
  }

  // Demo users: the three administrators and one of each business role. Business accounts are officers of
  // their agency (officer 1 is always a legal reviewer); the unit head heads the demo officer's unit.
  const ACCOUNT_OFFICER: Record<string, number> = {
    'scj.officer': 0,
    'scj.reviewer': 1,
    'scj.unit': 3,
    'scj.head': 4,
    'cgj.head': 4,
  };
  const officerOf = (acc: (typeof DEMO_ACCOUNTS)[number]) =>
    acc.username in ACCOUNT_OFFICER ? demoOfficers.get(`${acc.agency}:${ACCOUNT_OFFICER[acc.username]}`) : undefined;
  const scjUnit = demoOfficers.get('县市场监管局:0')?.unitId ?? null;
  const unitHead = demoOfficers.get('县市场监管局:3');
  if (unitHead && scjUnit) {
    await database.tx({ kind: 'all' }, (tx) =>
      tx.update(officers).set({ unitId: scjUnit }).where(eq(officers.id, unitHead.id)),
    );
  }
  for (const acc of DEMO_ACCOUNTS) {
    await users.create(
      null,
      {
        username: acc.username,
        displayName: acc.displayName,
        password: acc.password,
        officerId: officerOf(acc)?.id ?? null,
        roles: [{ role: acc.role, agencyId: acc.agency ? agencyIds.get(acc.agency)! : null }],
      },
      { isDemo: true },
    );
  }
  // 事前公示: the law library and each agency's published catalogue (items, benchmarks, lists, guides …).
  await seedCatalogue(services, DEMO_CATALOGUE);
  await database.tx({ kind: 'all' }, (tx) =>
    appendAudit(tx, SYSTEM_ACTOR, {
      type: 'SYSTEM_SEEDED',
      subjectType: 'system',
      subjectId: 'demo',
      payload: { agencies: AGENCIES.length, officers: officerCount },
    }),
  );
  return { agencies: AGENCIES.length, officers: officerCount, users: DEMO_ACCOUNTS.length };
}
