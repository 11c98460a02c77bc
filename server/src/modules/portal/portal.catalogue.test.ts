import { randomUUID } from 'node:crypto';
import { LIST_ENTRY_SCHEMAS, LIST_TYPES, type ListType } from '@zhifa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type TestContext } from '../../../test/helpers';
import { renderEntries } from './portal.catalogue.entries';
import { EVIL, FIXTURES } from './portal.catalogue.fixtures';

let ctx: TestContext;
let scj: string;
const hashes = new Map<number, string>();
// A name the demo data never uses, so that the search finds exactly this entry.
const RARE = '霉变桂圆干';
const RARE_ITEM = { ...FIXTURES.ITEMS[1], code: 'SCJ-CF-999', name: `对销售${RARE}的行政处罚` };

/** Publishes `entries` as the next version of a list through the staff API (draft → submit → approve → publish). */
async function publish(agency: string, listType: ListType, entries: unknown[], effectiveFrom: string): Promise<number> {
  const [unit, reviewer, head] = [
    await login(ctx.app, 'scj.unit'),
    await login(ctx.app, 'scj.reviewer'),
    await login(ctx.app, 'scj.head'),
  ];
  const created = await call(ctx.app, unit, 'POST', `/api/catalogue/agencies/${agency}/${listType}/draft`, {});
  expect(created.statusCode, created.body).toBe(200);
  const id: string = created.json().id;
  const saved = await call(ctx.app, unit, 'PUT', `/api/catalogue/lists/${id}`, {
    effectiveFrom,
    changeReason: '测试公布',
    entries,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  for (const [who, action] of [
    [unit, 'submit'],
    [reviewer, 'approve'],
    [head, 'publish'],
  ] as const) {
    const r = await call(ctx.app, who, 'POST', `/api/catalogue/lists/${id}/${action}`, { comment: '' });
    expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  }
  const { rows } = await ctx.superuser.query('SELECT version, content_hash FROM catalogue_lists WHERE id = $1', [id]);
  hashes.set(rows[0].version, rows[0].content_hash);
  return rows[0].version;
}

beforeAll(async () => {
  ctx = await createTestContext();
  scj = await agencyId(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

const get = (url: string, cookie?: string) => ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/** Every portal page: HTML, Chinese, one h1, no script, the layout's landmarks. */
function expectPortalPage(html: string) {
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).not.toMatch(/<script/i);
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html).toContain('<main id="main"');
}

describe('entry renderers (fixtures of every list type)', () => {
  it('the fixtures are valid entries of their list type', () => {
    for (const t of LIST_TYPES) {
      for (const e of FIXTURES[t])
        expect(LIST_ENTRY_SCHEMAS[t].safeParse(e).success, `${t} ${String(e.code)}`).toBe(true);
    }
  });

  it('renders every list type with each entry anchored at its code, escaping everything', () => {
    for (const t of LIST_TYPES) {
      const html = renderEntries({ agencyId: scj, listType: t }, FIXTURES[t], `测试${EVIL}`);
      expect(html, t).not.toMatch(/<script/i);
      expect(html, t).not.toContain('格式有误');
      if (t !== 'JURISDICTION_PROFILE' && t !== 'CHANNELS') {
        for (const e of FIXTURES[t]) expect(html, t).toContain(`id="${e.code}"`);
      }
    }
  });

  it('ITEMS: kind, unit, formatted citations, time limit, random inspection, AV level, benchmark links', () => {
    const html = renderEntries({ agencyId: scj, listType: 'ITEMS' }, FIXTURES.ITEMS, '执法事项清单');
    for (const th of [
      '编码',
      '事项名称',
      '类别',
      '承办机构',
      '设定和实施依据',
      '办理时限',
      '是否随机抽查',
      '音像记录要求',
    ]) {
      expect(html).toContain(`<th scope="col">${th}</th>`);
    }
    expect(html).toContain('食品经营许可&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('《中华人民共和国食品安全法》第一百二十二条第一款');
    expect(html).not.toContain('《《');
    expect(html).toContain('20 个工作日');
    expect(html).toContain('行政许可');
    expect(html).toContain(`href="/agencies/${scj}/catalogue/BENCHMARKS#JZ-SP-001"`);
  });

  it('BENCHMARKS: violation, legal basis and a tier table with fines in 元', () => {
    const html = renderEntries({ agencyId: scj, listType: 'BENCHMARKS' }, FIXTURES.BENCHMARKS, '');
    for (const th of ['阶次', '适用条件', '处罚种类', '罚款幅度']) expect(html).toContain(`<th scope="col">${th}</th>`);
    expect(html).toContain('>未取得食品经营许可从事食品经营活动</h3>');
    expect(html).toContain('50,000.00 元以上 80,000.00 元以下');
    expect(html).toContain('货值金额 10 倍以上 20 倍以下');
    expect(html).toContain('从轻处罚');
    expect(html).toContain('没收违法所得、罚款');
  });

  it('guides, the review catalogue in words, the four lists and the profile', () => {
    const guide = renderEntries({ agencyId: scj, listType: 'SERVICE_GUIDES' }, FIXTURES.SERVICE_GUIDES, '');
    for (const dt of ['受理机构', '决定机构', '办理条件', '申请材料', '办理流程', '办理时限', '收费标准', '办公时间']) {
      expect(guide).toContain(`<dt>${dt}</dt>`);
    }
    expect(guide).toContain('<li>营业执照复印件</li>');
    expect(guide).toContain('场所<br>有专职');
    const review = renderEntries({ agencyId: scj, listType: 'REVIEW_CATALOGUE' }, FIXTURES.REVIEW_CATALOGUE, '');
    expect(review).toContain('符合下列任一条件的');
    expect(review).toContain('对公民 10,000.00 元');
    expect(review).toContain('经过听证程序');
    const four = renderEntries({ agencyId: scj, listType: 'NO_PENALTY' }, FIXTURES.NO_PENALTY, '');
    expect(four).toContain('批评教育、责令改正');
    expect(four).toContain('《中华人民共和国行政处罚法》第三十三条第一款');
    const profile = renderEntries(
      { agencyId: scj, listType: 'JURISDICTION_PROFILE' },
      FIXTURES.JURISDICTION_PROFILE,
      '',
    );
    expect(profile).toContain('陈述、申辩期限（工作日）');
    expect(profile).toContain('10,000.00 元');
    expect(profile).toContain('听证标准（较大数额） · 市场监管');
    expect(profile).toContain(
      '<li>罚款：<ul><li>公民：10,000.00 元</li><li>法人或者其他组织：100,000.00 元</li></ul></li>',
    );
    expect(profile).toContain('查封扣押、强制拆除');
  });
});

describe('catalogue pages of an agency', () => {
  let v1 = 0;
  let v2 = 0;
  beforeAll(async () => {
    v1 = await publish(scj, 'ITEMS', FIXTURES.ITEMS.slice(0, 1), '2026-01-01');
    v2 = await publish(scj, 'ITEMS', [...FIXTURES.ITEMS, RARE_ITEM], '2026-03-01');
  });

  it('index: every list type, the current ITEMS version, links to the agency and its roster', async () => {
    const res = await get(`/agencies/${scj}/catalogue`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    expect(html).toContain('<h1>青溪县市场监督管理局事前公示</h1>');
    for (const name of [
      '执法事项清单',
      '随机抽查事项清单',
      '服务指南',
      '监督和救济渠道',
      '重大执法决定法制审核目录清单',
    ]) {
      expect(html).toContain(name);
    }
    expect(html).toContain(`<a href="/agencies/${scj}/catalogue/ITEMS">执法事项清单</a>`);
    expect(html).toContain(`第 ${v2} 版 · 自 2026-03-01 起施行 · 共 3 条`);
    expect(html).toContain(`href="/agencies/${scj}#roster-title"`);
    expect(html).toContain('action="/catalogue/search"');
  });

  it('list page: the current version with its entries, meta, downloads and the ledger note; markup escaped', async () => {
    const res = await get(`/agencies/${scj}/catalogue/ITEMS`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    expect(html).toContain('<h1>执法事项清单</h1>');
    expect(html).toContain('食品经营许可&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('id="SCJ-CF-014"');
    expect(html).toMatch(
      new RegExp(
        `第 ${v2} 版，自 2026-03-01 起施行，公布于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}（北京时间），内容摘要 SM3：`,
      ),
    );
    expect(html).toContain(hashes.get(v2)!);
    expect(html).toContain(`href="/agencies/${scj}/catalogue/ITEMS/versions"`);
    expect(html).toContain(`/api/public/catalogue/agencies/${scj}/ITEMS?version=${v2}`);
    expect(html).toContain('下载 Excel');
    expect(html).toContain('下载 CSV');
    expect(html).toContain('该版本的公布已记入透明日志');
    expect(html).toContain('href="/transparency"');
    // the publication is provable on /transparency once a checkpoint covers it
    const proof = html.match(/href="(\/transparency\/proof\?id=\d+)">查看该次公布的包含证明</)![1];
    await ctx.services.ledger.checkpoint('SCHEDULED');
    const proved = await get(proof);
    expect(proved.statusCode).toBe(200);
    expect(proved.body).toContain('catalogue');
    expect(html).not.toContain('这是历史版本');
    // the download and JSON links work
    for (const href of [...html.matchAll(/href="(\/api\/public\/[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))) {
      const r = await get(href);
      expect(r.statusCode, href).toBe(200);
    }
    expect(html).toMatch(/download\?format=xlsx&amp;version=/);
    expect(html).toMatch(/download\?format=csv&amp;version=/);
  });

  it('an older version is marked as history and links to the current one', async () => {
    const html = (await get(`/agencies/${scj}/catalogue/ITEMS?version=${v1}`)).body;
    expectPortalPage(html);
    expect(html).toContain('这是历史版本');
    expect(html).toContain(`查看现行版本（第 ${v2} 版）`);
    expect(html).toContain(hashes.get(v1)!);
    expect(html).not.toContain('SCJ-CF-014');
  });

  it('versions page: every published version, newest first, linked', async () => {
    const res = await get(`/agencies/${scj}/catalogue/ITEMS/versions`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    for (const th of ['版本', '施行日期', '公布时间', '条目数', '内容摘要（SM3）'])
      expect(html).toContain(`<th scope="col">${th}</th>`);
    expect(html.indexOf(hashes.get(v2)!)).toBeLessThan(html.indexOf(hashes.get(v1)!));
    expect(html).toContain(`href="/agencies/${scj}/catalogue/ITEMS?version=${v1}"`);
    expect(html).toContain('（现行）');
    expect(html.match(/>包含证明<\/a>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('a list not yet published says so; elder mode applies', async () => {
    const res = await get(`/agencies/${scj}/catalogue/NO_COERCIVE_MEASURE`, 'zhifa_elder=1');
    expect(res.statusCode).toBe(200);
    expectPortalPage(res.body);
    expect(res.body).toContain('<body class="elder">');
    if (!res.body.includes('内容摘要')) expect(res.body).toContain('尚未公布不予实施行政强制措施事项清单');
  });

  it('search finds the published entry by keyword and links to its anchor; a list-type filter narrows', async () => {
    const res = await get(`/catalogue/search?q=${encodeURIComponent(RARE)}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    expect(html).toContain(`按“${RARE}”查询到 1 个条目`);
    expect(html).toContain(`<a href="/agencies/${scj}/catalogue/ITEMS#SCJ-CF-999">对销售${RARE}的行政处罚</a>`);
    expect(html).toContain('执法事项清单');
    expect(html).toContain('青溪县市场监督管理局');
    expect(html).toContain(`value="${RARE}"`);
    const other = await get(`/catalogue/search?q=${encodeURIComponent(RARE)}&listType=BENCHMARKS`);
    expect(other.statusCode).toBe(200);
    expect(other.body).toContain(`在行政裁量权基准中没有找到与“${RARE}”相关的已公布条目`);
    expect(other.body).toContain('<option value="BENCHMARKS" selected>');
    const evil = await get(`/catalogue/search?q=${encodeURIComponent(EVIL)}`);
    expect(evil.statusCode).toBe(200);
    expectPortalPage(evil.body);
    expect(evil.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers unknown agencies, list types and versions with the Chinese 404 page', async () => {
    for (const url of [
      `/agencies/${randomUUID()}/catalogue`,
      '/agencies/not-a-uuid/catalogue',
      `/agencies/${scj}/catalogue/UNKNOWN`,
      `/agencies/${scj}/catalogue/items`,
      `/agencies/${randomUUID()}/catalogue/ITEMS`,
      `/agencies/${scj}/catalogue/ITEMS?version=999`,
      `/agencies/${scj}/catalogue/ITEMS?version=abc`,
      `/agencies/${scj}/catalogue/ITEMS?version=0`,
      `/agencies/${scj}/catalogue/UNKNOWN/versions`,
      `/agencies/${randomUUID()}/catalogue/ITEMS/versions`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body, url).toContain('页面不存在');
      expectPortalPage(res.body);
    }
  });
});

describe('catalogue search', () => {
  it('shows the form with a labelled input and a list-type select', async () => {
    const res = await get('/catalogue/search');
    expect(res.statusCode).toBe(200);
    expectPortalPage(res.body);
    expect(res.body).toContain('<label for="q">关键词</label>');
    expect(res.body).toContain('<label for="q:type">清单类别</label>');
    expect(res.body).toContain('<option value="ITEMS">执法事项清单</option>');
  });

  it('refuses a blank keyword, one over 60 characters and an unknown list type with a 400 page', async () => {
    for (const [url, message] of [
      ['/catalogue/search?q=', '请输入关键词'],
      [`/catalogue/search?q=${encodeURIComponent('食'.repeat(61))}`, '关键词不超过 60 个字'],
      ['/catalogue/search?q=x&listType=NOPE', '请选择清单类别'],
      [`/catalogue/search?q=${encodeURIComponent(`${EVIL}${'x'.repeat(60)}`)}`, '关键词不超过 60 个字'],
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expectPortalPage(res.body);
      expect(res.body).toContain(message);
      expect(res.body).toContain('aria-invalid="true"');
    }
  });

  it('says in Chinese when nothing is found', async () => {
    const res = await get(`/catalogue/search?q=${encodeURIComponent('不存在的关键词甲乙丙')}`);
    expect(res.statusCode).toBe(200);
    expectPortalPage(res.body);
    expect(res.body).toContain('没有找到与“不存在的关键词甲乙丙”相关的已公布条目');
  });
});
