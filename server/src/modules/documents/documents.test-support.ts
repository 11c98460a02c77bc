import yauzl from 'yauzl';
import type { cases } from '../cases/cases.tables';
import type { IssueInput, IssueParty } from './documents.types';

/** Sample case data for the renderer tests and the bench (generated people; the ID number is checksum-valid). */

export const SAMPLE_ID_NUMBER = '430699198001010018';

export const PERSON: IssueParty = {
  id: '00000000-0000-7000-8000-000000000001',
  kind: 'NATURAL_PERSON',
  name: '张三',
  gender: 'M',
  birthDate: '1980-01-01',
  idType: 'RESIDENT_ID',
  idNumber: SAMPLE_ID_NUMBER,
  address: '青溪县城关镇人民路1号',
  phone: '13800138000',
};

export const COMPANY: IssueParty = {
  id: '00000000-0000-7000-8000-000000000002',
  kind: 'LEGAL_PERSON',
  name: '青溪县示例食品有限公司',
  creditCode: '91430699MA4L000001',
  legalRepresentative: '李四',
  address: '青溪县工业园区8号',
  phone: '0730-1234567',
};

export function sampleCase(over: Partial<typeof cases.$inferSelect> = {}): typeof cases.$inferSelect {
  const now = new Date('2026-11-20T02:00:00Z');
  return {
    id: '00000000-0000-7000-8000-0000000000c1',
    agencyId: '00000000-0000-7000-8000-0000000000a1',
    unitId: null,
    procedure: 'GENERAL_PENALTY',
    state: 'HEAD_DECISION',
    version: 7,
    caseNumber: '县市场监管局立〔2026〕12号',
    cause: '销售过期食品',
    source: 'INSPECTION',
    sourceDetail: '日常监督检查',
    clueReceivedOn: '2026-09-01',
    matterCode: null,
    category: 'MARKET',
    region: '430699',
    facts: {},
    partySummary: '张*',
    nextDueOn: null,
    nextDueRule: null,
    closedOn: null,
    createdBy: '00000000-0000-7000-8000-0000000000b1',
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export const PENALTY_FACTS: Record<string, unknown> = {
  filedOn: '2026-09-03',
  violationFacts: '2026年8月28日，当事人在其经营场所销售超过保质期的饼干12包，货值金额360元。',
  evidence: [
    { name: '现场检查笔录', proves: '当事人经营场所存放超过保质期的食品' },
    { name: '询问笔录', proves: '当事人承认销售上述食品' },
  ],
  provisionsViolated: '《中华人民共和国食品安全法》第三十四条第十项',
  provisionsApplied: '《中华人民共和国食品安全法》第一百二十四条第一款第五项',
  discretion: '当事人初次违法且积极配合调查，适用从轻处罚档次。',
  penalty: { types: ['WARNING', 'FINE', 'CONFISCATE_ILLEGAL_GAINS'], fineFen: 5_000_000, confiscatedFen: 36_000 },
  penaltyContent: '没收违法所得并处罚款。',
  statementHandling: '当事人在陈述申辩期内未提出陈述申辩意见。',
};

export function sampleInput(over: Partial<IssueInput> = {}): IssueInput {
  return {
    actor: { userId: '00000000-0000-7000-8000-0000000000b1', displayName: '王执法' },
    agency: {
      id: '00000000-0000-7000-8000-0000000000a1',
      name: '青溪县市场监督管理局',
      shortName: '青溪市监',
      regionCode: '430699',
      regionName: '青溪县',
      address: '青溪县人民路100号',
      phone: '0730-7654321',
    },
    caseRow: sampleCase(),
    parties: [PERSON],
    officers: [
      { id: 'o1', name: '王执法', certificateNumbers: ['43069920260001'] },
      { id: 'o2', name: '赵执法', certificateNumbers: ['43069920260002'] },
    ],
    eventId: null,
    action: 'decide',
    date: '2026-11-23',
    codes: ['PENALTY_DECISION'],
    facts: PENALTY_FACTS,
    ...over,
  };
}

/** The entries of a zip (a .docx) by name; rejects when the bytes are not a valid zip. */
export function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
