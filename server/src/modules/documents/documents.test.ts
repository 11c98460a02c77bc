import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { newId } from '../../platform/ids';
import { caseOfficers, caseParties, cases } from '../cases/cases.tables';
import { caseDocumentIssuer } from './documents.case-input';
import { issueDocuments } from './documents.issue';
import { renderFiles } from './documents.render';
import { findDocument } from './documents.repository';
import { COMPANY, PENALTY_FACTS, PERSON, SAMPLE_ID_NUMBER, unzip } from './documents.test-support';
import type { DocumentDeps, DocumentRow, IssueInput, IssueParty } from './documents.types';
import { verifySeal } from './seal';

/** Issuing documents from a case row inserted directly, then reading them over HTTP under each user's scope. */

let ctx: TestContext;
let officer: Session;
let cgjHead: Session;
let scj: string;
let agency: IssueInput['agency'];
let deps: DocumentDeps;

const scope = () => ({ kind: 'agencies' as const, agencyIds: [scj] });

async function newCase(cause = '销售过期食品'): Promise<typeof cases.$inferSelect> {
  return ctx.services.database.tx(scope(), async (tx) => {
    const [row] = await tx
      .insert(cases)
      .values({
        id: newId(),
        agencyId: scj,
        procedure: 'GENERAL_PENALTY',
        state: 'HEAD_DECISION',
        caseNumber: `测试立〔2026〕${newId().slice(-8)}号`,
        cause,
        source: 'INSPECTION',
        clueReceivedOn: '2026-09-01',
        category: 'MARKET',
        region: '430699',
        createdBy: officer.userId,
      })
      .returning();
    return row;
  });
}

function input(caseRow: typeof cases.$inferSelect, over: Partial<IssueInput> = {}): IssueInput {
  return {
    actor: { userId: officer.userId, displayName: '测试执法人员' },
    agency,
    caseRow,
    parties: [PERSON],
    officers: [
      { id: newId(), name: '王执法', certificateNumbers: ['43069920260001'] },
      { id: newId(), name: '赵执法', certificateNumbers: ['43069920260002'] },
    ],
    eventId: null,
    action: 'decide',
    date: '2026-11-23',
    codes: ['PENALTY_DECISION'],
    facts: PENALTY_FACTS,
    ...over,
  };
}

const issue = (i: IssueInput, d: DocumentDeps = deps) =>
  ctx.services.database.tx(scope(), (tx) => issueDocuments(tx, d, i));

async function auditOf(caseId: string): Promise<{ event_type: string; payload: Record<string, unknown> }[]> {
  const r = await ctx.superuser.query('SELECT event_type, payload FROM audit_events WHERE stream = $1 ORDER BY seq', [
    `case:${caseId}`,
  ]);
  return r.rows;
}

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  cgjHead = await login(ctx.app, 'cgj.head');
  scj = await agencyId(ctx, '县市场监管局');
  const a = await ctx.superuser.query('SELECT name, short_name, region_code FROM agencies WHERE id = $1', [scj]);
  agency = {
    id: scj,
    name: a.rows[0].name,
    shortName: a.rows[0].short_name,
    regionCode: a.rows[0].region_code,
    regionName: '青溪县',
  };
  deps = { blobStore: ctx.services.blobStore, config: ctx.config, cipher: ctx.services.cipher };
});
afterAll(() => ctx.close());

describe('issuing documents', () => {
  let caseRow: typeof cases.$inferSelect;
  let issued: Awaited<ReturnType<typeof issueDocuments>>;
  const agentOfCompany: IssueParty = { ...PERSON, agentFor: COMPANY.id };

  beforeAll(async () => {
    caseRow = await newCase();
    issued = await issue(
      input(caseRow, {
        parties: [COMPANY, agentOfCompany],
        codes: ['SERVICE_RECEIPT', 'DECISION_APPROVAL', 'PENALTY_DECISION'],
      }),
    );
  });

  it('numbers each kind gaplessly and serves the credit-repair notice with a decision on an organisation', () => {
    expect(issued.map((d) => d.code)).toEqual([
      'DECISION_APPROVAL',
      'PENALTY_DECISION',
      'CREDIT_REPAIR_NOTICE',
      'SERVICE_RECEIPT',
    ]);
    const short = agency.shortName;
    expect(issued.map((d) => d.number)).toEqual([
      `${short}决审〔2026〕1号`,
      `${short}罚〔2026〕1号`,
      `${short}信修〔2026〕1号`,
      `${short}送达〔2026〕1号`,
    ]);
    for (const d of issued) {
      expect(d.rendered).toBe(true);
      expect(d.templateVersion).toBe(1);
      expect(d.sealKeyId).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('keeps unmasked identifiers out of the stored content', async () => {
    const r = await ctx.superuser.query('SELECT content::text AS c FROM documents WHERE case_id = $1', [caseRow.id]);
    for (const row of r.rows) {
      expect(row.c).not.toContain(SAMPLE_ID_NUMBER);
      expect(row.c).not.toContain(PERSON.phone);
    }
  });

  it('serves metadata, the sealed Word file and the A4 page to the agency officer, and audits each read', async () => {
    const decision = issued.find((d) => d.code === 'PENALTY_DECISION')!;
    const meta = await call(ctx.app, officer, 'GET', `/api/documents/${decision.id}`);
    expect(meta.statusCode, meta.body).toBe(200);
    const view = meta.json();
    expect(view).toMatchObject({ code: 'PENALTY_DECISION', number: decision.number, sealed: true, rendered: true });
    expect(view.seal.keyId).toBe(decision.sealKeyId);

    const docx = await call(ctx.app, officer, 'GET', `/api/documents/${decision.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(String(docx.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('行政处罚决定书')}`,
    );
    const bytes = docx.rawPayload;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(view.docxSha256);
    expect(verifySeal(view.seal.publicKeyPem, bytes, view.seal.signature, view.digestSm3)).toBe(true);
    const xml = (await unzip(bytes)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('行政处罚决定书');
    expect(xml).toContain('伍万元整');

    const html = await call(ctx.app, officer, 'GET', `/api/documents/${decision.id}/html`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(String(html.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(html.body).toContain(decision.number);
    expect(html.body).toContain(COMPANY.name);
    expect(html.body).not.toMatch(/<script/i);

    const receipt = issued.find((d) => d.code === 'SERVICE_RECEIPT')!;
    const receiptHtml = await call(ctx.app, officer, 'GET', `/api/documents/${receipt.id}/html`);
    expect(receiptHtml.body).toContain(`《行政处罚决定书》（${decision.number}）`);
    expect(receiptHtml.body).toContain(`《行政处罚信息信用修复告知书》（${issued[2].number}）`);

    const events = await auditOf(caseRow.id);
    const types = events.map((e) => e.event_type);
    expect(types.filter((t) => t === 'DOCUMENT_ISSUED')).toHaveLength(4);
    expect(types.filter((t) => t === 'DOCUMENT_RENDERED')).toHaveLength(4);
    const viewed = events.filter((e) => e.event_type === 'DOCUMENT_VIEWED').map((e) => e.payload.format);
    expect(viewed).toEqual(['META', 'DOCX', 'HTML', 'HTML']);
    expect(events.find((e) => e.event_type === 'DOCUMENT_ISSUED')!.payload).toMatchObject({
      code: 'DECISION_APPROVAL',
      templateVersion: 1,
    });
  });

  it("is not found for another agency's user", async () => {
    const before = (await auditOf(caseRow.id)).length;
    for (const suffix of ['', '/html', '/docx']) {
      const res = await call(ctx.app, cgjHead, 'GET', `/api/documents/${issued[1].id}${suffix}`);
      expect(res.statusCode, suffix).toBe(404);
    }
    const sign = await call(ctx.app, cgjHead, 'POST', `/api/documents/${issued[1].id}/signatures`, {
      role: 'PARTY',
      personName: '李四',
    });
    expect(sign.statusCode).toBe(404);
    expect((await auditOf(caseRow.id)).length).toBe(before);
  });

  it('records signatures and refusals (with a note), audited', async () => {
    const id = issued[1].id;
    const refused = await call(ctx.app, officer, 'POST', `/api/documents/${id}/signatures`, {
      role: 'PARTY',
      personName: '李四',
      refused: true,
    });
    expect(refused.statusCode).toBe(400);
    const ok = await call(ctx.app, officer, 'POST', `/api/documents/${id}/signatures`, {
      role: 'PARTY',
      personName: '李四',
      refused: true,
      note: '当事人拒绝签名，见证人张某在场',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().signatures).toMatchObject([{ role: 'PARTY', personName: '李四', refused: true }]);
    const events = await auditOf(caseRow.id);
    expect(events.at(-1)).toMatchObject({ event_type: 'DOCUMENT_SIGNED', payload: { documentId: id, refused: true } });
  });

  it('never changes an issued document', async () => {
    await expect(
      ctx.services.database.tx(scope(), (tx) =>
        tx.execute(sql`UPDATE documents SET content = '{}'::jsonb WHERE id = ${issued[1].id}`),
      ),
    ).rejects.toThrow();
  });
});

describe('the issuer for the cases module', () => {
  it('loads the agency, the decrypted parties and the case officers with their certificates', async () => {
    const caseRow = await newCase('适配器测试');
    const demo = await ctx.superuser.query(
      `SELECT o.id, o.name, c.number FROM officers o JOIN certificates c ON c.officer_id = o.id
        WHERE o.agency_id = $1 AND c.status = 'VALID' AND c.valid_from <= '2026-11-23' AND c.valid_until >= '2026-11-23'
        ORDER BY o.name LIMIT 2`,
      [scj],
    );
    expect(demo.rows.length).toBe(2);
    const { cipher } = ctx.services;
    await ctx.services.database.tx(scope(), async (tx) => {
      await tx.insert(caseParties).values({
        id: newId(),
        caseId: caseRow.id,
        agencyId: scj,
        kind: 'NATURAL_PERSON',
        name: PERSON.name,
        gender: 'M',
        birthDate: '1980-01-01',
        idType: 'RESIDENT_ID',
        idNumberEnc: cipher.encrypt(SAMPLE_ID_NUMBER),
        idNumberMasked: '430699********0018',
        address: PERSON.address ?? '',
      });
      await tx.insert(caseOfficers).values([
        { caseId: caseRow.id, officerId: demo.rows[0].id, agencyId: scj, role: 'ASSISTANT' },
        { caseId: caseRow.id, officerId: demo.rows[1].id, agencyId: scj, role: 'LEAD' },
      ]);
    });
    const issuer = caseDocumentIssuer(deps);
    const [doc] = await ctx.services.database.tx(scope(), (tx) =>
      issuer(tx, {
        actor: { userId: officer.userId, displayName: '测试执法人员' },
        caseRow,
        eventId: null,
        action: 'file',
        date: '2026-11-23',
        codes: ['FILING_APPROVAL'],
        facts: { summary: '群众举报，经核查属实。' },
      }),
    );
    expect(doc.number).toMatch(/立审〔2026〕\d+号$/);
    const html = (await call(ctx.app, officer, 'GET', `/api/documents/${doc.id}/html`)).body;
    expect(html).toContain(SAMPLE_ID_NUMBER);
    expect(html).toContain(`${demo.rows[1].name}（执法证号：${demo.rows[1].number}）、${demo.rows[0].name}`);
    expect(html).toContain('群众举报，经核查属实。');
  });
});

describe('numbering and rendering on first download', () => {
  it('gives 20 concurrent issues the numbers 1..20 with no gap', async () => {
    const caseRow = await newCase('并发测试');
    const results = await Promise.all(Array.from({ length: 20 }, () => issue(input(caseRow, { date: '2027-03-01' }))));
    const seqs = results.map((r) => Number(/〔2027〕(\d+)号$/.exec(r[0].number)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives a rolled-back number back', async () => {
    const caseRow = await newCase('回滚测试');
    await expect(
      ctx.services.database.tx(scope(), async (tx) => {
        await issueDocuments(tx, deps, input(caseRow, { date: '2028-01-05', codes: ['ORDER_CORRECT'] }));
        throw new Error('the case action failed');
      }),
    ).rejects.toThrow('the case action failed');
    const [again] = await issue(input(caseRow, { date: '2028-01-06', codes: ['ORDER_CORRECT'] }));
    expect(again.number).toBe(`${agency.shortName}责改〔2028〕1号`);
  });

  it('renders on first download when rendering at issue is off, reproducibly, with the full ID number', async () => {
    const caseRow = await newCase('延迟生成测试');
    const lazy = { ...deps, config: { ...deps.config, documents: { renderOnIssue: false } } };
    const [doc] = await issue(input(caseRow), lazy);
    expect(doc.rendered).toBe(false);
    const meta = await call(ctx.app, officer, 'GET', `/api/documents/${doc.id}`);
    expect(meta.json()).toMatchObject({ rendered: false, seal: null });

    const html = await call(ctx.app, officer, 'GET', `/api/documents/${doc.id}/html`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain(`居民身份证：${SAMPLE_ID_NUMBER}`);
    const view = (await call(ctx.app, officer, 'GET', `/api/documents/${doc.id}`)).json();
    expect(view.rendered).toBe(true);

    const row = (await ctx.services.database.tx(scope(), (tx) => findDocument(tx, doc.id))) as DocumentRow;
    const again = await renderFiles(deps, row);
    expect(createHash('sha256').update(again.docx).digest('hex')).toBe(row.docxSha256);
    expect(createHash('sha256').update(again.html).digest('hex')).toBe(row.htmlSha256);
    const types = (await auditOf(caseRow.id)).map((e) => e.event_type);
    expect(types).toEqual([
      'DOCUMENT_ISSUED',
      'DOCUMENT_VIEWED',
      'DOCUMENT_RENDERED',
      'DOCUMENT_VIEWED',
      'DOCUMENT_VIEWED',
    ]);
  });

  it('lists the templates with their fields', async () => {
    const res = await call(ctx.app, officer, 'GET', '/api/document-templates');
    expect(res.statusCode).toBe(200);
    const decision = res.json().items.find((t: { code: string }) => t.code === 'PENALTY_DECISION');
    expect(decision).toMatchObject({ title: '行政处罚决定书', version: 1, numbering: '罚', sealed: true });
    expect(decision.fields.map((f: { key: string }) => f.key)).toContain('fineFen');
  });
});
