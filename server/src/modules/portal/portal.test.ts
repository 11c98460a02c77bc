import { addDays, addYears, makeResidentIdNumber, todayInShanghai } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type TestContext } from '../../../test/helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const get = (url: string, cookie?: string) => ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/** Every portal page: HTML in UTF-8, Chinese, one h1, landmarks, and no script at all. */
function expectPortalPage(html: string) {
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).not.toMatch(/<script/i);
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(html).toContain(landmark);
  expect(html).toContain('href="#main"');
  expect(html).toContain('本平台数据由各执法主体发布（谁执法谁公示）');
  expect(html).toContain('<a href="/app">工作人员登录</a>');
}

/** Nothing personal beyond names: no masked value, no 18-digit ID number, no mobile number. */
function expectNoPersonalData(html: string) {
  expect(html).not.toContain('****');
  expect(html).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/);
  expect(html).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
}

/** Names in the roster table (row headers). */
function rosterNames(html: string): string[] {
  return [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
}

describe('portal home page', () => {
  it('lists the agencies by kind with officer counts, the certificate form and the supervision channel', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expectPortalPage(html);
    expectNoPersonalData(html);
    expect(html).toContain('<title>首页 - 行政执法公示平台</title>');
    expect(html).not.toContain('青溪县行政执法公示平台');
    const scj = await agencyId(ctx, '县市场监管局');
    expect(html).toContain(`<a href="/agencies/${scj}">青溪县市场监督管理局</a>`);
    expect(html).toContain('青溪县城市管理和综合执法局');
    expect(html).toMatch(/行政机关（9 个）/);
    expect(html).toMatch(/受委托组织（1 个）/);
    // the count on the home page is the number of officers the agency's roster page lists
    const listed = await ctx.superuser.query(
      `SELECT count(DISTINCT o.id)::int AS n FROM officers o JOIN certificates c ON c.officer_id = o.id
        WHERE o.agency_id = $1 AND o.employment_status = 'ACTIVE' AND c.status = 'VALID'
          AND c.valid_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND c.valid_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date`,
      [scj],
    );
    const card = html.slice(html.indexOf(`/agencies/${scj}`));
    expect(card).toMatch(new RegExp(`^[\\s\\S]*?持证执法人员：${listed.rows[0].n} 名`));
    expect(html).toContain('action="/certificates"');
    expect(html).toContain('<label for="home-number">执法证件编号</label>');
    expect(html).toContain('三项制度');
    expect(html).toContain('0730-12345');
    expect(html).toContain('12345 政务服务便民热线');
    expect(html).toContain('<button type="submit" aria-pressed="false">长者模式</button>');
  });

  it('serves its stylesheet as cacheable CSS', async () => {
    const html = (await get('/')).body;
    const href = html.match(/<link rel="stylesheet" href="([^"]+)">/)![1];
    const res = await get(href);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(res.body).toContain('body.elder');
  });
});

describe('agency page (事前公示: 执法主体 and 执法人员清单)', () => {
  it('shows the agency facts and a roster with names, units, posts, certificate numbers, categories and regions', async () => {
    const id = await agencyId(ctx, '县市场监管局');
    const res = await get(`/agencies/${id}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    expectNoPersonalData(html);
    expect(html).toContain('<h1>青溪县市场监督管理局</h1>');
    for (const text of ['行政机关', '青溪大道', '414099', '0730-12345', '法制股', '执法一队', '执法人员清单']) {
      expect(html).toContain(text);
    }
    for (const th of ['姓名', '内设机构', '职务', '执法证件编号', '执法类别', '执法区域']) {
      expect(html).toContain(`<th scope="col">${th}</th>`);
    }
    expect(html).toContain('市场监管');
    expect(html).toContain('青溪县（虚构）');
    expect(html).toMatch(/43069902\d{4}/);
    expect(html).not.toMatch(/reviewerRatio|validCertificates|abilities/);
    const valid = await ctx.superuser.query(
      "SELECT count(*)::int AS n FROM certificates WHERE agency_id = $1 AND status = 'VALID' AND valid_until >= CURRENT_DATE",
      [id],
    );
    expect(rosterNames(html)).toHaveLength(valid.rows[0].n);
    expect(html).toContain('第 1 / 1 页');
  });

  it('publishes the entrustment of an entrusted organisation (APL Art. 20)', async () => {
    const html = (await get(`/agencies/${await agencyId(ctx, '交通执法大队')}`)).body;
    expect(html).toContain('受委托组织');
    expect(html).toContain(`<a href="/agencies/${await agencyId(ctx, '县交通运输局')}">青溪县交通运输局</a>`);
    expect(html).toContain('受委托实施道路运输、路政管理领域的行政处罚');
    expect(html).toContain('2024-01-01 至 2028-12-31');
  });

  it('pages the roster 20 at a time, searches it, and never shows ID or phone numbers', async () => {
    const id = await agencyId(ctx, '县市场监管局');
    const head = await login(ctx.app, 'scj.head');
    const today = todayInShanghai(new Date());
    const idNumbers: string[] = [];
    for (let i = 0; i < 12; i++) {
      const idNumber = makeResidentIdNumber('430699', `1990-03-${String(i + 1).padStart(2, '0')}`, 500 + i);
      idNumbers.push(idNumber);
      const res = await call(ctx.app, head, 'POST', '/api/officers', {
        agencyId: id,
        name: `公示测${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`,
        gender: 'M',
        idNumber,
        phone: `1391234${String(5600 + i)}`,
        post: '科员',
        certificate: {
          number: `PT-2026-${String(i).padStart(3, '0')}`,
          issuer: '湖南省人民政府',
          issuedOn: addDays(today, -10),
          validFrom: addDays(today, -10),
          validUntil: addYears(today, 5),
          categories: ['MARKET'],
          regions: ['430699'],
        },
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const first = await get(`/agencies/${id}`);
    const second = await get(`/agencies/${id}?page=2`);
    for (const page of [first, second]) {
      expectPortalPage(page.body);
      expectNoPersonalData(page.body);
      for (const n of idNumbers) expect(page.body).not.toContain(n);
    }
    const pages = Math.ceil((rosterNames(first.body).length + rosterNames(second.body).length) / 20);
    expect(pages).toBe(2);
    expect(rosterNames(first.body)).toHaveLength(20);
    expect(first.body).toContain('第 1 / 2 页');
    expect(first.body).toContain(
      `href="/agencies/${id}?page=2#roster-title" rel="next" aria-label="下一页（第 2 页）"`,
    );
    expect(second.body).toContain('第 2 / 2 页');
    expect(second.body).toContain(`href="/agencies/${id}#roster-title" rel="prev" aria-label="上一页（第 1 页）"`);
    expect(rosterNames(second.body).some((n) => rosterNames(first.body).includes(n))).toBe(false);
    // out-of-range and malformed page numbers
    expect((await get(`/agencies/${id}?page=99`)).body).toContain('第 2 / 2 页');
    expect((await get(`/agencies/${id}?page=abc`)).body).toContain('第 1 / 2 页');

    const byName = await get(`/agencies/${id}?q=${encodeURIComponent('公示测丙')}`);
    expect(byName.statusCode).toBe(200);
    expect(rosterNames(byName.body)).toEqual(['公示测丙']);
    expect(byName.body).toContain('value="公示测丙"');
    const byNumber = await get(`/agencies/${id}?q=PT-2026-00`);
    expect(rosterNames(byNumber.body)).toHaveLength(10);
    expect(byNumber.body).toContain('第 1 / 1 页');
    const none = await get(`/agencies/${id}?q=${encodeURIComponent('不存在的人')}`);
    expect(rosterNames(none.body)).toHaveLength(0);
    expect(none.body).toContain('没有符合条件的执法人员');
    const wildcard = await get(`/agencies/${id}?q=%25`);
    expect(rosterNames(wildcard.body)).toHaveLength(20);
  });

  it('answers an unknown or malformed agency id with a Chinese 404 page', async () => {
    for (const url of ['/agencies/00000000-0000-7000-8000-000000000000', '/agencies/not-an-id', "/agencies/1'--"]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expectPortalPage(res.body);
      expect(res.body).toContain('页面不存在');
    }
  });
});

describe('certificate check (事中公示: 亮证执法)', () => {
  async function validNumber(): Promise<{ id: string; number: string }> {
    const r = await ctx.superuser.query(
      "SELECT id, number FROM certificates WHERE status='VALID' AND valid_until >= CURRENT_DATE AND agency_id=$1 ORDER BY number LIMIT 1",
      [await agencyId(ctx, '县市场监管局')],
    );
    return r.rows[0];
  }

  it('shows the form with a labelled input', async () => {
    const res = await get('/certificates');
    expect(res.statusCode).toBe(200);
    expectPortalPage(res.body);
    expect(res.body).toContain('<label for="number">执法证件编号</label>');
    expect(res.body).toContain('name="number"');
    expect(res.body).toContain('<button class="button" type="submit">查询</button>');
    expect(res.body).not.toContain('核验结果');
  });

  it('says a valid certificate is valid and shows holder, agency, categories, regions and validity', async () => {
    const { number } = await validNumber();
    const res = await get(`/certificates?number=${encodeURIComponent(` ${number} `)}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectPortalPage(html);
    expectNoPersonalData(html);
    expect(html).toContain('<div class="result ok">');
    expect(html).toContain('该证件有效');
    const holder = await ctx.superuser.query(
      'SELECT o.name, c.valid_from::text AS vf, c.valid_until::text AS vu FROM certificates c JOIN officers o ON o.id = c.officer_id WHERE c.number = $1',
      [number],
    );
    expect(html).toContain(holder.rows[0].name);
    expect(html).toContain(`${holder.rows[0].vf} 至 ${holder.rows[0].vu}`);
    expect(html).toContain(`<a href="/agencies/${await agencyId(ctx, '县市场监管局')}">青溪县市场监督管理局</a>`);
    expect(html).toContain('市场监管');
    expect(html).toContain('青溪县（虚构）');
    expect(html).toContain(`value="${number}"`);
  });

  it('reports a certificate suspended through the API as 暂扣', async () => {
    const { id, number } = await validNumber();
    const head = await login(ctx.app, 'scj.head');
    const res = await call(ctx.app, head, 'POST', `/api/certificates/${id}/status`, {
      action: 'SUSPEND',
      reason: '调查期间暂扣',
    });
    expect(res.statusCode, res.body).toBe(200);
    const html = (await get(`/certificates?number=${number}`)).body;
    expect(html).not.toContain('该证件有效');
    expect(html).toContain('<div class="result bad">');
    expect(html).toContain('该证件已被暂扣，持证人目前不得从事行政执法活动');
    expect(html).toContain('0730-12345');
    expectNoPersonalData(html);
  });

  it('states for every other status that the holder may not enforce with it', async () => {
    const expected: Record<string, string> = {
      RECALLED: '该证件已被收回',
      REVOKED: '该证件已被吊销',
      CANCELLED: '该证件已注销',
      LOST: '该证件已挂失',
      EXPIRED: '该证件已过期',
    };
    const rows = await ctx.superuser.query(
      `SELECT DISTINCT ON (s) s, number FROM (
         SELECT CASE WHEN status = 'VALID' AND valid_until < CURRENT_DATE THEN 'EXPIRED' ELSE status END AS s, number
         FROM certificates) t
       WHERE s IN ('RECALLED','REVOKED','CANCELLED','LOST','EXPIRED') ORDER BY s, number`,
    );
    expect(rows.rows.map((r) => r.s).sort()).toEqual(Object.keys(expected).sort());
    for (const r of rows.rows) {
      const html = (await get(`/certificates?number=${r.number}`)).body;
      expect(html).toContain(expected[r.s]);
      expect(html).toContain('不得使用该证件从事行政执法活动');
      expect(html).not.toContain('该证件有效');
    }
  });

  it('reports an unknown number with the supervision phone', async () => {
    const res = await get('/certificates?number=999999999999');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      '未查询到编号为 999999999999 的执法证件，请核对编号；如遇冒用执法证件，可拨打监督电话举报',
    );
    expect(res.body).toContain('0730-12345');
  });

  it('refuses malformed numbers with a 400 page that still shows the form, escaping the input', async () => {
    for (const bad of ['<script>alert(1)</script>', '4306 9902', 'x'.repeat(41), '编号123', '']) {
      const res = await get(`/certificates?number=${encodeURIComponent(bad)}`);
      expect(res.statusCode).toBe(400);
      expectPortalPage(res.body);
      expect(res.body).toContain('<label for="number">执法证件编号</label>');
      expect(res.body).toContain('aria-invalid="true"');
      expect(res.body).toMatch(/class="error-message" id="number-error">[^<]*(编号|请输入)/);
      expect(res.body).not.toContain('核验结果');
    }
    const xss = await get(`/certificates?number=${encodeURIComponent('"><img src=x>')}`);
    expect(xss.body).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
    expect(xss.body).not.toContain('<img');
  });
});

describe('elder mode (长者模式)', () => {
  it('sets a cookie, redirects back, and every page then carries class="elder"', async () => {
    const id = await agencyId(ctx, '县城管执法局');
    const back = `/agencies/${id}?q=${encodeURIComponent('王')}`;
    const on = await get(`/elder-mode?on=1&back=${encodeURIComponent(back)}`);
    expect(on.statusCode).toBe(303);
    expect(on.headers.location).toBe(`/agencies/${id}?q=%E7%8E%8B`);
    const setCookie = String(on.headers['set-cookie']);
    expect(setCookie).toMatch(/zhifa_elder=1/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=31536000/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0];
    for (const url of ['/', `/agencies/${id}`, '/certificates', '/certificates?number=bad!']) {
      const html = (await get(url, cookie)).body;
      expect(html).toContain('<body class="elder">');
      expect(html).toContain('<button type="submit" aria-pressed="true">退出长者模式</button>');
      expect(html).toContain('name="on" value="0"');
    }
    expect((await get('/')).body).toContain('<body>');

    const off = await get('/elder-mode?on=0&back=/certificates', cookie);
    expect(off.statusCode).toBe(303);
    expect(off.headers.location).toBe('/certificates');
    expect(String(off.headers['set-cookie'])).toMatch(/zhifa_elder=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/);
  });

  it('only returns to local paths', async () => {
    const refused = [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      '/\r\nSet-Cookie: x=1',
    ];
    for (const back of refused) {
      const res = await get(`/elder-mode?on=1&back=${encodeURIComponent(back)}`);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location, back).toBe('/');
    }
    // an already percent-encoded path stays encoded: it cannot split the header
    const encoded = await get(`/elder-mode?on=1&back=${encodeURIComponent('/%0d%0aSet-Cookie:x=1')}`);
    expect(encoded.headers.location).toBe('/%0d%0aSet-Cookie:x=1');
    const res = await get('/elder-mode?on=1&back=/certificates?number=430699020001');
    expect(res.headers.location).toBe('/certificates?number=430699020001');
  });

  it('puts the current page into the toggle form so that it returns there', async () => {
    const html = (await get('/certificates?number=999999999999')).body;
    expect(html).toContain('<form class="elder-toggle" method="get" action="/elder-mode">');
    expect(html).toContain('name="back" value="/certificates?number=999999999999"');
  });
});
