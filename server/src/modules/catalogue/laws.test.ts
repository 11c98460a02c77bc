import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
let head: Session;
let officer: Session;
let lawId: string;

// A fictitious law, so that the demo library never collides with it.
const NAME = '青溪县测试管理条例';
const provisions = (articles: number[]) => articles.map((article) => ({ article, text: `第${article}条的条文` }));
const version = (label: string, effectiveFrom: string, articles: number[], effectiveUntil: string | null = null) => ({
  label,
  issuingDocument: `青溪县人民代表大会常务委员会公告（${label}）`,
  promulgatedOn: effectiveFrom,
  effectiveFrom,
  effectiveUntil,
  provisions: provisions(articles),
});

beforeAll(async () => {
  ctx = await createTestContext();
  head = await login(ctx.app, 'scj.head');
  officer = await login(ctx.app, 'scj.officer');
});
afterAll(() => ctx.close());

const applicable = (q: Record<string, string | number>) =>
  call(
    ctx.app,
    officer,
    'GET',
    `/api/laws/applicable?${new URLSearchParams(Object.entries({ lawId, ...q }).map(([k, v]) => [k, String(v)]))}`,
  );

describe('law library: versions (issue 4 §1)', () => {
  it('creates a law (law.manage only), audited under law:<id>; a duplicate name is a conflict', async () => {
    const input = {
      name: NAME,
      shortName: '测试条例',
      level: 'LOCAL_REGULATION',
      issuer: '青溪县人民代表大会常务委员会',
    };
    expect((await call(ctx.app, officer, 'POST', '/api/laws', input)).statusCode).toBe(403);
    const created = await call(ctx.app, head, 'POST', '/api/laws', input);
    expect(created.statusCode, created.body).toBe(200);
    lawId = created.json().id;
    expect(created.json()).toMatchObject({ name: NAME, versions: [] });
    expect((await call(ctx.app, head, 'POST', '/api/laws', input)).statusCode).toBe(409);
    const audit = await ctx.superuser.query(
      `SELECT event_type FROM audit_events WHERE subject_type = 'law' AND subject_id = $1`,
      [lawId],
    );
    expect(audit.rows.map((r) => r.event_type)).toEqual(['LAW_CREATED']);
  });

  it('adds append-only versions whose periods must not overlap; the refusal names the conflicting version', async () => {
    const add = (v: ReturnType<typeof version>) => call(ctx.app, head, 'POST', `/api/laws/${lawId}/versions`, v);
    expect((await add(version('2010年版', '2010-01-01', [1, 10], '2012-12-31'))).statusCode).toBe(200);
    const inside = await add(version('2012年修正', '2012-06-01', [1, 10]));
    expect(inside.statusCode).toBe(409);
    expect(inside.json().error.message).toContain('2010年版');
    expect((await add(version('2015年修订', '2015-10-01', [1, 10, 20]))).statusCode).toBe(200);
    // After the open-ended 2015 version: allowed, nothing is closed in the table.
    const v2021 = await add(version('2021年修正', '2021-04-29', [1, 10]));
    expect(v2021.statusCode, v2021.body).toBe(200);
    const reaching = await add(version('2018年修正', '2018-12-29', [1, 10, 20], '2021-05-01'));
    expect(reaching.statusCode).toBe(409);
    expect(reaching.json().error.message).toContain('"2021年修正"');
    const sameDay = await add(version('重复', '2015-10-01', [1]));
    expect(sameDay.statusCode).toBe(409);
    const backwards = await add(version('倒置', '2013-05-01', [1], '2013-01-01'));
    expect(backwards.statusCode).toBe(400);
    const stored = await ctx.superuser.query(
      'SELECT label, effective_until FROM law_versions WHERE law_id = $1 ORDER BY effective_from',
      [lawId],
    );
    expect(stored.rows).toEqual([
      { label: '2010年版', effective_until: '2012-12-31' },
      { label: '2015年修订', effective_until: null },
      { label: '2021年修正', effective_until: null },
    ]);
    await expect(
      ctx.superuser.query(`UPDATE law_versions SET effective_until = '2021-04-28' WHERE law_id = $1`, [lawId]),
    ).rejects.toThrow();
    const list = (await call(ctx.app, officer, 'GET', `/api/laws?q=${encodeURIComponent('测试管理')}`)).json();
    expect(list).toHaveLength(1);
    expect(list[0].versions.map((v: { provisions: number }) => v.provisions)).toEqual([2, 3, 2]);
  });
});

describe('从旧兼从轻 over the library (APL-37)', () => {
  it('keeps the old law when both versions contain the article (penalty scales are not modelled yet)', async () => {
    const r = await applicable({ article: 10, actDate: '2020-05-01', decisionDate: '2021-06-01' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      citation: `《${NAME}》第十条`,
      rule: 'OLD_LAW',
      version: { label: '2015年修订', effectiveUntil: '2021-04-28', treatsAsViolation: true, text: '第10条的条文' },
      decisionVersion: { label: '2021年修正' },
    });
    expect(r.json().reasoning.join('\n')).toContain('第三十七条');
    expect(r.json().limitations[0]).toContain('尚未录入');
  });

  it('applies the new law when it dropped the article (不认为是违法)', async () => {
    const r = (await applicable({ article: 20, actDate: '2020-05-01', decisionDate: '2021-06-01' })).json();
    expect(r.rule).toBe('NEW_LAW_NOT_VIOLATION');
    expect(r.version).toMatchObject({ label: '2021年修正', treatsAsViolation: false, text: null });
    expect(r.reasoning.join('\n')).toContain('不认为该行为是违法行为');
  });

  it('same version; not in force in a gap; refused before the first version or with a decision before the act', async () => {
    expect((await applicable({ article: 10, actDate: '2022-01-01', decisionDate: '2022-03-01' })).json().rule).toBe(
      'SAME_VERSION',
    );
    const gap = (await applicable({ article: 10, actDate: '2014-01-01', decisionDate: '2014-02-01' })).json();
    expect(gap).toMatchObject({ rule: 'NOT_VIOLATION_AT_ACT', version: { id: null, label: '未施行期间' } });
    const early = await applicable({ article: 10, actDate: '2005-01-01', decisionDate: '2021-06-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('没有施行中的条款版本');
    const reversed = await applicable({ article: 10, actDate: '2021-06-01', decisionDate: '2021-01-01' });
    expect(reversed.statusCode).toBe(400);
  });
});

describe('import from Markdown or JSON (LAW_IMPORT.md)', () => {
  const markdown = [
    '# 中华人民共和国青溪测试法',
    '简称：青溪测试法',
    '层级：法律',
    '制定机关：全国人民代表大会常务委员会',
    '',
    '## 2021年修订',
    '公布文件：中华人民共和国主席令第七十号',
    '公布日期：2021-01-22',
    '施行日期：2021-07-15',
    '第一章　总则',
    '第一条　为了规范测试，制定本法。',
    '第九条　行政处罚的种类：',
    '（一）警告、通报批评；',
    '（二）罚款、没收违法所得、没收非法财物；',
    '第三十三条　违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。',
    '当事人有证据足以证明没有主观过错的，不予行政处罚。',
  ].join('\n');

  it('imports a Markdown law with articles, paragraphs and items; a second import adds nothing', async () => {
    const r = await call(ctx.app, head, 'POST', '/api/laws/import', { markdown });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ created: true, versionsAdded: 1, law: { level: 'LAW', shortName: '青溪测试法' } });
    const detail = (await call(ctx.app, officer, 'GET', `/api/laws/${r.json().law.id}`)).json();
    const list = detail.versions[0].provisionList;
    expect(
      list.map((p: { article: number; paragraph: number | null; item: number | null }) => [
        p.article,
        p.paragraph,
        p.item,
      ]),
    ).toEqual([
      [1, null, null],
      [9, null, null],
      [9, 1, null],
      [9, 1, 1],
      [9, 1, 2],
      [33, null, null],
      [33, 1, null],
      [33, 2, null],
    ]);
    expect(
      list.find((p: { article: number; paragraph: number | null }) => p.article === 33 && p.paragraph === 2).text,
    ).toBe('当事人有证据足以证明没有主观过错的，不予行政处罚。');
    const again = await call(ctx.app, head, 'POST', '/api/laws/import', { markdown });
    expect(again.json()).toMatchObject({ created: false, versionsAdded: 0, versionsSkipped: 1 });
  });

  it('reports Markdown problems with line numbers in Chinese', async () => {
    const bad = [
      '# 错误示例法',
      '简称：错误示例',
      '层级：宪法',
      '制定机关：某机关',
      '## 2020年版',
      '施行日期：2020-13-01',
      '第三条　甲',
      '第二条　乙',
      '第12条 丙',
    ].join('\n');
    const r = await call(ctx.app, head, 'POST', '/api/laws/import', { markdown: bad });
    expect(r.statusCode).toBe(400);
    const messages = r.json().error.fields.map((f: { message: string }) => f.message);
    expect(messages).toContain('第 8 行：条文编号"第二条"应大于上一条（第 7 行）');
    expect(messages).toContain('第 9 行：条文编号应使用汉字数字，如"第十二条"');
    const second = await call(ctx.app, head, 'POST', '/api/laws/import', {
      markdown: [
        '# 错误示例法',
        '简称：错误示例',
        '层级：宪法',
        '制定机关：某机关',
        '## 2020年版',
        '施行日期：2020-13-01',
        '第一条　甲',
      ].join('\n'),
    });
    const m2 = second
      .json()
      .error.fields.map((f: { message: string }) => f.message)
      .join('\n');
    expect(m2).toMatch(/第 1 行：层级应为/);
    expect(m2).toMatch(/第 5 行：施行日期/);
    expect(m2).toMatch(/第 5 行：公布文件/);
  });

  it('imports the JSON shape', async () => {
    const r = await call(ctx.app, head, 'POST', '/api/laws/import', {
      law: { name: '青溪县测试办法', shortName: '测试办法', level: 'LOCAL_RULE', issuer: '青溪县人民政府' },
      versions: [version('2024年版', '2024-01-01', [1, 2, 3])],
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().law.versions[0]).toMatchObject({ label: '2024年版', provisions: 3 });
    const bad = await call(ctx.app, head, 'POST', '/api/laws/import', {
      law: { name: '', shortName: '测试', level: 'LAW', issuer: '某机关' },
      versions: [version('2024年版', '2024-01-01', [1])],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('law.name');
    const both = await call(ctx.app, head, 'POST', '/api/laws/import', { markdown: '# x', law: { name: 'x' } });
    expect(both.statusCode).toBe(400);
  });
});
