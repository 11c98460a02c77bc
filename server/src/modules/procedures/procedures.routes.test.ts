import { ALL_GUARDS, PROCEDURE_IDS, PROCEDURES } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import type { ProcedureDefinitionView, ProcedureSummaryView } from './procedures.view';
import { ruleLegend } from './procedures.view';

/**
 * Procedure routes and portal pages (一图, issue 5 §5): the flowchart is public (事前公示) and cached by ETag;
 * the JSON definitions are for staff with case.read; the portal shows each flowchart with its legend and links
 * the catalogue's items to the flowcharts of their kind.
 */
let ctx: TestContext;
let officer: Session;
let sysadmin: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  sysadmin = await login(ctx.app, 'sysadmin');
});
afterAll(() => ctx.close());

const anon = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });
const SVG = '/api/public/procedures/GENERAL_PENALTY/flowchart.svg';

describe('GET /api/public/procedures/:id/flowchart.svg (no login)', () => {
  it('serves every procedure as SVG with an ETag, and 304 when it has not changed', async () => {
    for (const id of PROCEDURE_IDS) {
      const res = await anon(`/api/public/procedures/${id}/flowchart.svg`);
      expect(res.statusCode, id).toBe(200);
      expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(res.body.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(res.body).toContain(PROCEDURES[id].name);
    }
    const first = await anon(SVG);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers['cache-control']).toContain('public');
    expect((await anon(SVG)).headers.etag).toBe(etag);
    const again = await anon(SVG, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await anon(SVG, { 'if-none-match': `W/${etag}, "other"` })).statusCode).toBe(304);
    expect((await anon(SVG, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
  });

  it('highlights ?current=STATE with its own ETag', async () => {
    const plain = await anon(SVG);
    const res = await anon(`${SVG}?current=HEARING_PENDING`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<g class="zf-state" data-state="HEARING_PENDING" aria-current="step">');
    expect(res.body).toContain('（当前环节：待听证）');
    expect(res.headers.etag).not.toBe(plain.headers.etag);
    expect((await anon(`${SVG}?current=`)).body).toBe(plain.body);
  });

  it('answers 404 for an unknown procedure and 400 in Chinese for an unknown state', async () => {
    const missing = await anon('/api/public/procedures/NO_SUCH/flowchart.svg');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', message: '执法程序不存在或无权访问' });
    const bad = await anon(`${SVG}?current=${encodeURIComponent('<b>')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION');
    expect(bad.json().error.message).toBe('“行政处罚普通程序”没有“<b>”这个环节');
    // a state of another procedure is not a state of this one
    expect((await anon(`${SVG}?current=VALID`)).statusCode).toBe(400);
    expect((await anon(`${SVG}?current=${'A'.repeat(65)}`)).statusCode).toBe(400);
  });
});

describe('GET /api/procedures (staff, case.read)', () => {
  it('lists every procedure with its counts and public flowchart URL', async () => {
    const res = await call(ctx.app, officer, 'GET', '/api/procedures');
    expect(res.statusCode).toBe(200);
    const items: ProcedureSummaryView[] = res.json().items;
    expect(items.map((p) => p.id)).toEqual([...PROCEDURE_IDS]);
    expect(items[0]).toEqual({
      id: 'GENERAL_PENALTY',
      name: '行政处罚普通程序',
      stateCount: 25,
      transitionCount: PROCEDURES.GENERAL_PENALTY.transitions.length,
      flowchartUrl: SVG,
    });
  });

  it('returns a definition as JSON: states, transitions with labels, roles, guards, documents, AV', async () => {
    const res = await call(ctx.app, officer, 'GET', '/api/procedures/GENERAL_PENALTY');
    expect(res.statusCode).toBe(200);
    const def: ProcedureDefinitionView = res.json();
    expect(def.states).toHaveLength(25);
    expect(def.states[0]).toEqual({ id: 'CLUE_RECEIVED', label: '案源登记', initial: true, terminal: false });
    expect(def.states.find((s) => s.id === 'ARCHIVED')).toMatchObject({ label: '已归档', terminal: true });
    const file = def.transitions.find((t) => t.action === 'file')!;
    expect(file).toMatchObject({
      label: '立案',
      from: ['FILING_DECISION'],
      to: ['INVESTIGATING'],
      roles: ['UNIT_HEAD', 'AGENCY_HEAD'],
      roleLabels: ['承办机构负责人', '机关负责人'],
      documentsProduced: [{ code: 'FILING_APPROVAL', name: '立案审批表' }],
      avRequired: false,
      clocks: { start: [{ rule: 'APL-60', trigger: 'CASE_FILED' }] },
    });
    expect(file.guards.map((g) => g.rule)).toEqual(['APL-36', 'APL-42']);
    expect(file.guards[0].label).toEqual(expect.any(String));
    expect(def.transitions.find((t) => t.action === 'complete_review')!.to).toEqual(['LEGAL_REVIEW', 'HEAD_DECISION']);
    expect(def.rules.map((r) => r.rule)).toContain('DOC-REQUIRED');

    const measure: ProcedureDefinitionView = (
      await call(ctx.app, officer, 'GET', '/api/procedures/COERCIVE_MEASURE')
    ).json();
    expect(measure.transitions.some((t) => t.avRequired)).toBe(true);
    expect(measure.rules.map((r) => r.rule)).toContain('REC-AV-FULL');
  });

  it('refuses anonymous callers (401) and the administrators (403); 404 for an unknown id', async () => {
    expect((await call(ctx.app, null, 'GET', '/api/procedures')).statusCode).toBe(401);
    expect((await call(ctx.app, null, 'GET', '/api/procedures/GENERAL_PENALTY')).statusCode).toBe(401);
    expect((await call(ctx.app, sysadmin, 'GET', '/api/procedures/GENERAL_PENALTY')).statusCode).toBe(403);
    const missing = await call(ctx.app, officer, 'GET', '/api/procedures/NO_SUCH');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('执法程序不存在或无权访问');
  });
});

describe('legend', () => {
  it('every shared guard (ALL_GUARDS) appears, with its label, in the legend of a procedure that uses it', () => {
    const legends = PROCEDURE_IDS.flatMap((id) => ruleLegend(PROCEDURES[id]));
    for (const g of ALL_GUARDS) expect(legends, g.rule).toContainEqual({ rule: g.rule, label: g.label });
  });

  it('lists rule IDs in reading order, a rule with two conditions twice', () => {
    const rules = ruleLegend(PROCEDURES.COERCIVE_EXECUTION).map((r) => r.rule);
    expect(rules.filter((r) => r === 'ACL-53')).toHaveLength(2);
    expect(rules.indexOf('ACL-35')).toBeLessThan(rules.indexOf('ACL-53'));
    const penalty = ruleLegend(PROCEDURES.GENERAL_PENALTY).map((r) => r.rule);
    expect(penalty.indexOf('APL-36')).toBeLessThan(penalty.indexOf('APL-64'));
    expect(penalty.indexOf('APL-64')).toBeLessThan(penalty.indexOf('APL-64-1'));
  });
});

describe('portal pages', () => {
  it('/procedures lists every procedure; /procedures/:id shows the flowchart, legend and steps', async () => {
    const index = await anon('/procedures');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const id of PROCEDURE_IDS)
      expect(index.body).toContain(`<a href="/procedures/${id}">${PROCEDURES[id].name}</a>`);

    const page = await anon('/procedures/GENERAL_PENALTY');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>行政处罚普通程序</h1>');
    expect(page.body).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1" width="[\d.]+em"/);
    expect(page.body).toContain('<h2 id="rules">法定条件说明</h2>');
    for (const r of ruleLegend(PROCEDURES.GENERAL_PENALTY)) expect(page.body).toContain(r.label);
    expect(page.body).toContain('<span lang="en">APL</span> 为《中华人民共和国行政处罚法》');
    expect(page.body).toContain('<h2 id="steps">办理环节和操作</h2>');
    expect(page.body).toContain(`href="${SVG}"`);
    expect(page.body).not.toContain('<script');

    const elder = await anon('/procedures/COERCIVE_MEASURE', { cookie: 'zhifa_elder=1' });
    expect(elder.body).toContain('<body class="elder">');
    expect(elder.body).toContain('需音像记录');

    const missing = await anon('/procedures/NO_SUCH');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('页面不存在');
  });

  it('links the catalogue items (执法事项清单) to the flowcharts of their kind', async () => {
    const scj = await agencyId(ctx, '县市场监管局');
    const res = await anon(`/agencies/${scj}/catalogue/ITEMS`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<br><a href="/procedures/GENERAL_PENALTY">普通程序流程图</a>');
    expect(res.body).toContain('<br><a href="/procedures/SUMMARY_PENALTY">简易程序流程图</a>');
  });
});
