import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, type TestContext } from '../../../test/helpers';
import { DEMO_CATALOGUE } from '../../seed/catalogue';
import { benchmark, item } from './catalogue.fixtures';
import { type DemoCatalogue, seedCatalogue } from './catalogue.seed';

let ctx: TestContext;
const SHORT = '青溪测试种子局';
beforeAll(async () => {
  ctx = await createTestContext();
  // An agency of its own, so that the demo catalogue (which may already be in the template) never overlaps.
  await ctx.superuser.query(
    `INSERT INTO agencies (id, name, short_name, region_code, kind, sector)
     VALUES (gen_random_uuid(), '青溪县测试种子管理局', $1, '430699', 'ADMIN_ORGAN', 'MARKET')`,
    [SHORT],
  );
});
afterAll(() => ctx.close());

const LAW = {
  law: {
    name: '青溪县种子测试条例',
    shortName: '种子条例',
    level: 'LOCAL_REGULATION' as const,
    issuer: '青溪县人大常委会',
  },
  versions: [
    {
      label: '2025年版',
      issuingDocument: '公告第1号',
      promulgatedOn: '2025-01-01',
      effectiveFrom: '2025-03-01',
      provisions: [{ article: 1, text: '第一条' }],
    },
  ],
};

describe('seedCatalogue: demo data through the same code paths', () => {
  it('loads the demo catalogue of server/src/seed/catalogue (every list published, hashed, indexed, audited)', async () => {
    const result = await seedCatalogue(ctx.services, DEMO_CATALOGUE);
    const published = await ctx.superuser.query(
      `SELECT a.short_name, l.list_type, l.content_hash, l.published_by_name FROM catalogue_lists l
       JOIN agencies a ON a.id = l.agency_id WHERE l.status = 'PUBLISHED'`,
    );
    for (const l of DEMO_CATALOGUE.lists)
      expect(
        published.rows.some((r) => r.short_name === l.agencyShortName && r.list_type === l.listType),
        `${l.agencyShortName} ${l.listType}`,
      ).toBe(true);
    expect(published.rows.every((r) => /^[0-9a-f]{64}$/.test(r.content_hash))).toBe(true);
    expect(result.lists).toBeLessThanOrEqual(DEMO_CATALOGUE.lists.length);
    const again = await seedCatalogue(ctx.services, DEMO_CATALOGUE);
    expect(again).toEqual({ laws: 0, lists: 0 });
  });

  it('publishes as the system and fails loudly on an invalid entry, naming the agency and the list', async () => {
    const data: DemoCatalogue = {
      laws: [LAW],
      lists: [
        {
          agencyShortName: SHORT,
          listType: 'ITEMS',
          effectiveFrom: '2026-01-01',
          entries: [item('S-1', '种子事项', { benchmarkCodes: ['S-B'] })],
        },
        {
          agencyShortName: SHORT,
          listType: 'BENCHMARKS',
          effectiveFrom: '2026-01-01',
          entries: [benchmark('S-B', { LIGHTER: [5000, 20000], GENERAL: [20000, 60000], HEAVIER: [60000, 100000] })],
        },
      ],
    };
    expect(await seedCatalogue(ctx.services, data)).toEqual({ laws: 1, lists: 2 });
    const yjj = await agencyId(ctx, SHORT);
    const pub = await call(ctx.app, null, 'GET', `/api/public/catalogue/agencies/${yjj}/ITEMS`);
    expect(pub.json()).toMatchObject({ entryCount: 1, publishedByName: '系统' });
    const audit = await ctx.superuser.query(
      `SELECT actor_name FROM audit_events WHERE event_type = 'CATALOGUE_PUBLISHED' AND subject_id = $1`,
      [`${yjj}:ITEMS`],
    );
    expect(audit.rows).toEqual([{ actor_name: '系统' }]);

    const bad: DemoCatalogue = {
      laws: [],
      lists: [
        {
          agencyShortName: SHORT,
          listType: 'CHANNELS',
          effectiveFrom: '2026-01-01',
          entries: [{ code: 'X-1', kind: 'COMPLAINT', name: '投诉', postcode: '12' }],
        },
      ],
    };
    await expect(seedCatalogue(ctx.services, bad)).rejects.toThrow(/青溪测试种子局 CHANNELS.*entries\.0\.postcode/s);
    await expect(
      seedCatalogue(ctx.services, { laws: [], lists: [{ ...bad.lists[0], agencyShortName: '不存在局' }] }),
    ).rejects.toThrow(/没有这个执法主体/);
  });
});
