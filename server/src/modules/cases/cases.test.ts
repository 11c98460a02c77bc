import { addDays, makeResidentIdNumber } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createCase,
  daysAgo,
  ORGANISATION_PARTY,
  qualifiedOfficers,
  refused,
  TODAY,
} from '../../../test/cases/support';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { unzip } from '../documents/documents.test-support';
import { completedUpload, evidenceBody } from '../records/records.test-support';

let ctx: TestContext;
let officer: Session;
let head: Session;
let reviewer: Session;
let other: Session;
let officerIds: string[];

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  head = await login(ctx.app, 'scj.head');
  reviewer = await login(ctx.app, 'scj.reviewer');
  other = await login(ctx.app, 'cgj.head');
  officerIds = await qualifiedOfficers(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

const generalCase = (officers: string[]) => ({
  procedure: 'GENERAL_PENALTY',
  cause: '销售过期食品',
  source: 'COMPLAINT',
  sourceDetail: '12315 投诉转办',
  clueReceivedOn: daysAgo(70),
  category: 'MARKET',
  parties: [ORGANISATION_PARTY],
  officers: officers.map((officerId, i) => ({ officerId, role: i === 0 ? 'LEAD' : 'ASSISTANT' })),
  facts: { violation: { actDate: daysAgo(75), harmedLifeHealthOrFinancialSafety: false } },
});

describe('general-procedure penalty case over HTTP (DOMAIN §12.1)', () => {
  it('walks from the lead to the archive, with numbering, clocks, timeline and ledger entries', async () => {
    let c = await createCase(ctx, officer, generalCase(officerIds));
    expect(c.state).toBe('CLUE_RECEIVED');
    expect(c.body.caseNumber).toMatch(/^县市场监管局立〔\d{4}〕\d+号$/);
    expect((c.body.parties as { creditCode: string }[])[0].creditCode).toBe(ORGANISATION_PARTY.creditCode);

    c = await act(ctx, officer, c, 'verify', daysAgo(70));
    c = await act(ctx, head, c, 'file', daysAgo(69));
    const limit = (c.body.clocks as { rule: string; dueOn: string }[]).find((k) => k.rule === 'APL-60');
    expect(limit?.dueOn).toBeTruthy();
    c = await act(ctx, officer, c, 'conclude', daysAgo(60));
    c = await act(ctx, officer, c, 'propose_penalty', daysAgo(60), {
      proposedPenalty: { types: ['WARNING', 'FINE'], fineFen: 500_000 },
    });
    c = await act(ctx, officer, c, 'serve_prenotice', daysAgo(59));
    // APL-62: the statement window (SAMR-5wd) has not closed on the day after service.
    const early = await refused(ctx, officer, c, 'close_statements', daysAgo(58));
    expect(early.rule).toBe('APL-62');
    expect(early.message).toContain('陈述申辩期限');
    c = await act(ctx, officer, c, 'close_statements', daysAgo(45));
    c = await act(ctx, officer, c, 'complete_review', daysAgo(45));
    if (c.state === 'LEGAL_REVIEW') {
      c = await act(ctx, officer, c, 'submit_review', daysAgo(44));
      c = await act(ctx, reviewer, c, 'review_approved', daysAgo(42));
    }
    expect(c.state).toBe('HEAD_DECISION');
    const decision = {
      partyNameAndAddress: '青溪县好邻居超市有限公司，青溪县城关镇人民路 18 号',
      factsAndEvidence: '当事人销售超过保质期的食品，有现场笔录、询问笔录为证',
      penaltyAndLegalBasis: '依据《中华人民共和国食品安全法》第一百二十四条，警告并处罚款五千元',
      performanceMannerAndDeadline: '自收到本决定书之日起十五日内缴至指定银行',
      remedyRouteAndDeadline: '六十日内申请行政复议或者六个月内提起行政诉讼',
      agencyNameAndDate: '青溪县市场监督管理局',
    };
    c = await act(ctx, head, c, 'decide', daysAgo(40), { decision });
    expect(c.state).toBe('DECIDED');
    c = await act(ctx, officer, c, 'serve_later', daysAgo(39), { service: { method: 'IN_PERSON' } });
    const clocks = c.body.clocks as { rule: string; status: string; dueOn: string }[];
    expect(clocks.find((k) => k.rule === 'APL-67' && k.status === 'RUNNING')?.dueOn).toBeTruthy();
    c = await act(ctx, officer, c, 'begin_performance', daysAgo(39));
    c = await act(ctx, officer, c, 'pay_in_full', daysAgo(35));
    // REC-SCOPE: no evidence on file yet — the case may not be closed.
    const incomplete = await refused(ctx, head, c, 'close', daysAgo(30));
    expect(incomplete.rule).toBe('REC-SCOPE');
    expect(incomplete.message).toContain('证据材料');
    const agency = await agencyId(ctx, '县市场监管局');
    const upload = await completedUpload(ctx, {
      userId: officer.userId,
      agencyId: agency,
      bytes: Buffer.from(`photo ${c.id}`),
    });
    const rec = await call(ctx.app, officer, 'POST', '/api/records', {
      ...evidenceBody(agency, [upload.uploadId], officerIds, { ownerId: c.body.caseNumber }),
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const linked = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/records`, {
      recordId: rec.json().id,
      activity: 'EVIDENCE_COLLECTION',
    });
    expect(linked.statusCode, linked.body).toBe(200);
    c = { ...c, version: linked.json().version };
    c = await act(ctx, head, c, 'close', daysAgo(30));
    c = await act(ctx, officer, c, 'archive', daysAgo(30));
    expect(c.state).toBe('ARCHIVED');
    // The party's remedy windows still run, but a closed case is nobody's urgent work.
    expect((c.body.clocks as { rule: string; status: string }[]).some((k) => k.status === 'RUNNING')).toBe(true);
    expect(c.body.nextDueOn).toBeNull();
    expect(c.body.urgency).toBe('NONE');
    await ctx.services.cases.raiseClockAlerts(addDays(TODAY, 400));
    const raisedForClosed = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM case_alerts WHERE case_id = $1 AND raised_at > now() - interval '1 minute'`,
      [c.id],
    );
    expect(raisedForClosed.rows[0].n).toBe(0);

    // The e-case file: standard order, complete, every document numbered and sealed (两书同达 for the company).
    const file = (await call(ctx.app, officer, 'GET', `/api/cases/${c.id}/file`)).json();
    expect(file.complete).toBe(true);
    expect(file.sections.map((x: { key: string }) => x.key).slice(0, 2)).toEqual(['cover', 'filing']);
    const docs = c.body.documents as { code: string; number: string; sealed: boolean }[];
    const codes = docs.map((d) => d.code);
    for (const code of [
      'FILING_APPROVAL',
      'PENALTY_PRENOTICE',
      'PENALTY_DECISION',
      'CREDIT_REPAIR_NOTICE',
      'SERVICE_RECEIPT',
      'CLOSE_APPROVAL',
      'FILE_COVER',
    ]) {
      expect(codes).toContain(code);
    }
    expect(new Set(docs.map((d) => d.number)).size).toBe(docs.length);
    expect(docs.every((d) => d.sealed)).toBe(true);

    // The export bundle: printable file, every document's Word file, the evidence package of the linked record.
    const bundle = await call(ctx.app, officer, 'GET', `/api/cases/${c.id}/file/bundle`);
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toBe('application/zip');
    const zip = await unzip(bundle.rawPayload);
    const names = [...zip.keys()];
    expect(names).toContain('卷宗.html');
    expect(names).toContain('manifest.json');
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(docs.length);
    expect(names.some((n) => n.startsWith('evidence/') && n.endsWith('.zip'))).toBe(true);
    const printable = zip.get('卷宗.html')!.toString('utf8');
    expect(printable).toContain('卷内目录');
    expect(printable).toContain('行政处罚决定书');

    const events = c.body.events as { seq: number; action: string }[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const ledger = await ctx.superuser.query(
      `SELECT payload->>'action' AS action FROM audit_events WHERE stream = $1 AND event_type = 'CASE_ACTION' ORDER BY seq`,
      [`case:${c.id}`],
    );
    expect(ledger.rows.map((r) => r.action)).toEqual(events.slice(1).map((e) => e.action));
    const running = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM case_clocks WHERE case_id = $1 AND status = 'RUNNING' AND rule IN ('APL-60','APL-61','APL-67')`,
      [c.id],
    );
    expect(running.rows[0].n).toBe(0);
  });

  it('APL-42: filing with one qualified officer is refused with the rule and a Chinese reason', async () => {
    let c = await createCase(ctx, officer, generalCase(officerIds.slice(0, 1)));
    c = await act(ctx, officer, c, 'verify', daysAgo(10));
    const r = await refused(ctx, head, c, 'file', daysAgo(9));
    expect(r.rule).toBe('APL-42');
    expect(r.message).toContain('执法人员不得少于两人');
    const page = await call(ctx.app, officer, 'GET', `/api/cases/${c.id}`);
    const file = page.json().actions.find((a: { action: string }) => a.action === 'file');
    expect(file.allowed).toBe(false);
    expect(file.refusals.map((x: { rule?: string }) => x.rule)).toContain('APL-42');
  });

  it('ROLE: an officer may not file; system-owned facts are refused in patches', async () => {
    let c = await createCase(ctx, officer, generalCase(officerIds));
    c = await act(ctx, officer, c, 'verify', daysAgo(10));
    const r = await refused(ctx, officer, c, 'file', daysAgo(9));
    expect(r.code).toBe('REFUSED');
    const res = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/actions`, {
      action: 'conclude',
      version: c.version,
      facts: { preNotice: { servedOn: daysAgo(30) } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('由系统');
  });

  it('a stale version is a conflict; future dates and another agency are refused', async () => {
    const c = await createCase(ctx, officer, generalCase(officerIds));
    const stale = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/actions`, {
      action: 'verify',
      version: c.version + 5,
    });
    expect(stale.statusCode).toBe(409);
    const future = await call(ctx.app, officer, 'POST', `/api/cases/${c.id}/actions`, {
      action: 'verify',
      version: c.version,
      date: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect((await call(ctx.app, other, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404);
  });

  it('validates party identifiers (USCC check character, resident ID checksum) in Chinese', async () => {
    const bad = await call(ctx.app, officer, 'POST', '/api/cases', {
      ...generalCase(officerIds),
      parties: [{ ...ORGANISATION_PARTY, creditCode: '91430600MA4L16LX5W' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/统一社会信用代码|校验/);
  });

  it('agents: one to two per party (APL-64), validated identity, listed with the power of attorney', async () => {
    const c = await createCase(ctx, officer, generalCase(officerIds));
    const partyId = (c.body.parties as { id: string }[])[0].id;
    const person = {
      kind: 'NATURAL_PERSON',
      name: '林晓东',
      gender: 'M',
      birthDate: '1985-03-07',
      idType: 'RESIDENT_ID',
      idNumber: makeResidentIdNumber('430699', '1985-03-07', 31),
      address: '青溪县城关镇解放路 9 号',
    };
    const add = (over = {}) =>
      call(ctx.app, officer, 'POST', `/api/cases/${c.id}/agents`, {
        agentFor: partyId,
        scope: '一般代理',
        person,
        ...over,
      });
    expect((await add()).statusCode).toBe(200);
    const second = await add();
    expect(second.statusCode).toBe(200);
    const agents = second.json().parties.filter((p: { agentFor: string | null }) => p.agentFor === partyId);
    expect(agents).toHaveLength(2);
    expect(agents[0].idNumberMasked).not.toContain(person.idNumber.slice(6, 14));
    const third = await add();
    expect(third.statusCode).toBe(400);
    expect(third.json().error.message).toContain('一至二人');
    expect(second.json().partySummary).toBe(ORGANISATION_PARTY.name);
  });

  it('lists my cases by urgency and searches by number, cause and party', async () => {
    const res = await call(ctx.app, officer, 'GET', '/api/cases?mine=true&q=%E8%B6%85%E5%B8%82');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0].partySummary).toContain('超市');
    const none = await call(ctx.app, other, 'GET', '/api/cases?q=%E8%B6%85%E5%B8%82');
    expect(none.json().total).toBe(0);
    // One character (a surname, say), part of a case number, a cause: the grams index serves each length.
    const search = async (q: string) =>
      (await call(ctx.app, officer, 'GET', `/api/cases?q=${encodeURIComponent(q)}&pageSize=100`)).json() as {
        total: number;
        items: { caseNumber: string; cause: string; partySummary: string }[];
      };
    const one = await search('超');
    const found = one.items.map((x) => x.caseNumber);
    for (const item of page.items) expect(found).toContain(item.caseNumber);
    const sample = page.items[0];
    const numberPart = sample.caseNumber.slice(sample.caseNumber.indexOf('〔'));
    expect((await search(numberPart)).items.map((x) => x.caseNumber)).toContain(sample.caseNumber);
    expect((await search(sample.cause.slice(1, 3))).items.map((x) => x.caseNumber)).toContain(sample.caseNumber);
    expect((await search('不存在的词语')).total).toBe(0);

    // case_search runs outside row-level security, so it must apply the caller's scope itself: the app role,
    // scoped to another agency, finds nothing even when it names this agency.
    const [mine, theirs] = [await agencyId(ctx, '县市场监管局'), await agencyId(ctx, '县城管执法局')];
    await ctx.superuser.query('BEGIN');
    try {
      await ctx.superuser.query('SET LOCAL ROLE zhifa_app');
      await ctx.superuser.query(
        `SELECT set_config('zhifa.scope', 'agencies', true), set_config('zhifa.agencies', $1, true)`,
        [theirs],
      );
      const leak = await ctx.superuser.query(`SELECT count(*)::int AS n FROM case_search($1::uuid[], '超', '%超%')`, [
        `{${mine},${theirs}}`,
      ]);
      expect(leak.rows[0].n).toBe(0);
      await ctx.superuser.query(`SELECT set_config('zhifa.agencies', $1, true)`, [mine]);
      const own = await ctx.superuser.query(`SELECT count(*)::int AS n FROM case_search($1::uuid[], '超', '%超%')`, [
        `{${mine}}`,
      ]);
      expect(own.rows[0].n).toBeGreaterThan(0);
    } finally {
      await ctx.superuser.query('ROLLBACK');
    }
  });
});
