import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { benchmark, FOOD_LAW, item, publishAsSystem } from './catalogue.fixtures';

let ctx: TestContext;
let editor: Session;
let scj: string;
let cgj: string;

beforeAll(async () => {
  ctx = await createTestContext();
  editor = await login(ctx.app, 'scj.unit');
  scj = await agencyId(ctx, '县市场监管局');
  cgj = await agencyId(ctx, '县城管执法局');
});
afterAll(() => ctx.close());

async function save(listType: string, entries: unknown[]) {
  const created = await call(ctx.app, editor, 'POST', `/api/catalogue/agencies/${scj}/${listType}/draft`, {});
  const id = created.statusCode === 200 ? created.json().id : await openDraft(listType);
  return call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${id}`, {
    effectiveFrom: '2026-01-01',
    changeReason: '测试',
    entries,
  });
}

async function openDraft(listType: string): Promise<string> {
  const r = await ctx.superuser.query(
    `SELECT id FROM catalogue_lists WHERE agency_id = $1 AND list_type = $2 AND status = 'DRAFT'`,
    [scj, listType],
  );
  return r.rows[0].id;
}

const paths = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res.json().error.fields.map((f) => f.path);

describe('entries are validated with field paths (LIST_ENTRY_SCHEMAS and the domain rules)', () => {
  it('answers 400 naming each entry and field: entries.3.basisApplied.0.article', async () => {
    const entries = [
      item('V-0', '正常事项'),
      item('bad code!', '编码错误'),
      item('V-0', '编码重复'),
      item('V-3', '依据错误', { basisApplied: [{ lawName: FOOD_LAW, article: 'x' }] }),
      { ...item('V-4', '缺少依据'), basisApplied: [] },
      item('V-5', '类别错误', { kind: 'NOPE' }),
    ];
    const res = await save('ITEMS', entries);
    expect(res.statusCode).toBe(400);
    const p = paths(res);
    expect(p).toContain('entries.3.basisApplied.0.article');
    expect(p).toContain('entries.1.code');
    expect(p).toContain('entries.2.code');
    expect(p).toContain('entries.4.basisApplied');
    expect(p).toContain('entries.5.kind');
    expect(p).not.toContain('entries.0.code');
    const dup = res.json().error.fields.find((f: { path: string }) => f.path === 'entries.2.code');
    expect(dup.message).toBe('编码"V-0"与第 1 条重复');
    expect(res.json().error.message).toMatch(/^清单有 \d+ 处错误：第 2 条/);
  });

  it('items linking an unknown benchmark code are saved with a warning only', async () => {
    const res = await save('ITEMS', [item('V-0', '事项', { benchmarkCodes: ['NO-SUCH'] })]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings).toEqual([
      { path: 'entries.0.benchmarkCodes.0', message: expect.stringContaining('NO-SUCH') },
    ]);
  });

  it('four lists: a 不予处罚 entry must state an APL Art. 33 ground and require education', async () => {
    const base = {
      code: 'NP-1',
      violation: '未按规定公示食品经营许可证',
      basis: [{ lawName: '中华人民共和国行政处罚法', article: 33, paragraph: 1 }],
      conditions: ['初次违法', '危害后果轻微', '及时改正'],
      followUp: ['EDUCATION'],
    };
    const bad = await save('NO_PENALTY', [{ ...base, followUp: [] }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'entries.0', message: expect.stringContaining('教育') });
    const good = await save('NO_PENALTY', [base]);
    expect(good.statusCode, good.body).toBe(200);
  });

  it('jurisdiction profile overrides are checked against the limits the law fixes', async () => {
    const bad = await save('JURISDICTION_PROFILE', [{ code: 'hearingRequestWd', value: 3 }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({
      path: 'entries.0.value',
      message: expect.stringContaining('不得少于 5 个工作日'),
    });
    const unknown = await save('JURISDICTION_PROFILE', [{ code: 'noSuchKey', value: 1 }]);
    expect(paths(unknown)).toEqual(['entries.0.code']);
  });
});

describe('a lower agency may only narrow its parent agency’s benchmark (DISC-FINE-TIERS)', () => {
  it('names the entry and the bound it breaks; refuses a parent code the parent has not published', async () => {
    await ctx.superuser.query('UPDATE agencies SET parent_id = $1 WHERE short_name = $2', [cgj, '县市场监管局']);
    await publishAsSystem(ctx, cgj, 'BENCHMARKS', [
      benchmark('P-1', { LIGHTER: [5000, 20000], GENERAL: [20000, 60000], HEAVIER: [60000, 100000] }),
    ]);
    const wider = await save('BENCHMARKS', [
      benchmark('C-1', { LIGHTER: [5000, 20000], GENERAL: [20000, 70000], HEAVIER: [70000, 100000] }, 'P-1'),
    ]);
    expect(wider.statusCode).toBe(400);
    const messages = wider
      .json()
      .error.fields.map((f: { message: string }) => f.message)
      .join('\n');
    expect(messages).toContain('裁量基准"C-1"');
    expect(messages).toContain('60000.00 元');
    expect(wider.json().error.fields[0].path).toBe('entries.0');

    const missing = await save('BENCHMARKS', [
      benchmark('C-1', { LIGHTER: [5000, 20000], GENERAL: [20000, 60000], HEAVIER: [60000, 100000] }, 'P-9'),
    ]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0]).toMatchObject({
      path: 'entries.0.parentCode',
      message: expect.stringContaining('P-9'),
    });

    const narrower = await save('BENCHMARKS', [
      benchmark('C-1', { LIGHTER: [6000, 20000], GENERAL: [20000, 50000], HEAVIER: [60000, 90000] }, 'P-1'),
    ]);
    expect(narrower.statusCode, narrower.body).toBe(200);
  });

  it('a benchmark tier above the statutory maximum is refused even without a parent', async () => {
    const res = await save('BENCHMARKS', [
      benchmark('C-2', { LIGHTER: [5000, 20000], GENERAL: [20000, 60000], HEAVIER: [60000, 200000] }),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toContain('法定最高限额');
  });
});

describe('evaluations over published lists', () => {
  it('review-required evaluates the published review catalogue (REV-SCOPE, APL-58)', async () => {
    await publishAsSystem(ctx, scj, 'REVIEW_CATALOGUE', [
      {
        code: 'RC-1',
        name: '较大数额罚款',
        amountThresholds: { naturalPersonFen: 1_000_000, organisationFen: 5_000_000 },
        mode: 'ANY',
      },
    ]);
    const decision = {
      agencyId: scj,
      itemKind: 'PENALTY',
      penaltyTypes: ['FINE'],
      fineFen: 6_000_000,
      partyType: 'ORGANISATION',
    };
    const officer = await login(ctx.app, 'scj.officer');
    const big = await call(ctx.app, officer, 'POST', '/api/catalogue/review-required', decision);
    expect(big.statusCode, big.body).toBe(200);
    expect(big.json().required).toBe(true);
    expect(big.json().reasons.map((r: { code: string }) => r.code)).toContain('LOCAL_CATALOGUE:RC-1');
    expect(big.json().catalogue.version).toBeGreaterThan(0);
    const small = await call(ctx.app, officer, 'POST', '/api/catalogue/review-required', { ...decision, fineFen: 100 });
    expect(small.json()).toMatchObject({ required: false, reasons: [] });
    const other = await call(ctx.app, officer, 'POST', '/api/catalogue/review-required', {
      ...decision,
      agencyId: cgj,
    });
    expect(other.statusCode).toBe(404);
    const direct = await ctx.services.catalogue.reviewRequiredFor(scj, {
      itemKind: 'PENALTY',
      penaltyTypes: ['FINE'],
      fineFen: 6_000_000,
      confiscationFen: 0,
      partyType: 'ORGANISATION',
      hearingHeld: false,
      complex: false,
      publicInterest: false,
      multipleLegalRelationships: false,
    });
    expect(direct.required).toBe(true);
  });

  it('the jurisdiction profile shows each value with its source', async () => {
    await publishAsSystem(ctx, scj, 'JURISDICTION_PROFILE', [
      { code: 'statementWindowWd', value: 7, note: '本省规定' },
      { code: 'nightHours.start', value: '21:00' },
      { code: 'nightHours.end', value: '07:00' },
    ]);
    const res = await call(ctx.app, editor, 'GET', `/api/catalogue/agencies/${scj}/profile`);
    expect(res.statusCode, res.body).toBe(200);
    const { profile, layer, problems } = res.json();
    expect(problems).toEqual([]);
    expect(layer.version).toBeGreaterThan(0);
    expect(profile.statementWindowWd).toMatchObject({ value: 7, source: { level: 'AGENCY', rule: '本省规定' } });
    expect(profile.nightHours.value).toEqual({ start: '21:00', end: '07:00' });
    expect(profile.hearingRequestWd).toMatchObject({ value: 5, source: { level: 'NATIONAL' } });
  });
});
