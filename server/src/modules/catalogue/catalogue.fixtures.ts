import type { ListType } from '@zhifa/contracts';
import { expect } from 'vitest';
import { call, type Session, type TestContext } from '../../../test/helpers';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.service';

/** Test data and helpers shared by the catalogue's integration tests (not a test file itself). */

export const FOOD_LAW = '中华人民共和国食品安全法';

export function item(code: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    name,
    kind: 'PENALTY',
    unitName: '执法稽查科',
    basisViolated: [{ lawName: FOOD_LAW, article: 35, paragraph: 1 }],
    basisApplied: [{ lawName: FOOD_LAW, article: 122, paragraph: 1 }],
    timeLimit: { amount: 90, unit: 'CALENDAR_DAY' },
    randomInspection: false,
    avLevel: 'KEY_STEPS',
    ...extra,
  };
}

/** A benchmark entry with a 5 000–100 000 元 statutory fine split into three tiers. */
export function benchmark(
  code: string,
  tiers: { LIGHTER: [number, number]; GENERAL: [number, number]; HEAVIER: [number, number] },
  parentCode: string | null = null,
): Record<string, unknown> {
  const tier = (t: 'LIGHTER' | 'GENERAL' | 'HEAVIER', text: string) => ({
    tier: t,
    conditions: { factors: [], text },
    penaltyTypes: ['FINE'],
    fine: { mode: 'RANGE', minFen: tiers[t][0] * 100, maxFen: tiers[t][1] * 100 },
  });
  return {
    code,
    violation: '未取得食品生产经营许可从事食品经营活动',
    basisViolated: [{ lawName: FOOD_LAW, article: 35, paragraph: 1 }],
    basisApplied: [{ lawName: FOOD_LAW, article: 122, paragraph: 1 }],
    statutory: { penaltyTypes: ['FINE'], fineMinFen: 500_000, fineMaxFen: 10_000_000 },
    tiers: [tier('LIGHTER', '货值金额较小'), tier('GENERAL', '一般情形'), tier('HEAVIER', '情节严重')],
    parentCode,
  };
}

export async function currentVersion(ctx: TestContext, agencyId: string, listType: ListType): Promise<number> {
  const r = await ctx.superuser.query(
    'SELECT coalesce(max(version), 0)::int AS v FROM catalogue_lists WHERE agency_id = $1 AND list_type = $2',
    [agencyId, listType],
  );
  return r.rows[0].v;
}

/** Opens a draft as `editor` and saves `entries` into it; returns the version id. */
export async function draftWith(
  ctx: TestContext,
  editor: Session,
  agencyId: string,
  listType: ListType,
  entries: Record<string, unknown>[],
  effectiveFrom = '2026-01-01',
): Promise<string> {
  const created = await call(ctx.app, editor, 'POST', `/api/catalogue/agencies/${agencyId}/${listType}/draft`, {});
  expect(created.statusCode, created.body).toBe(200);
  const id = created.json().id;
  const saved = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${id}`, {
    effectiveFrom,
    changeReason: '测试',
    entries,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return id;
}

/** Takes a version through submit → approve → publish with the three demo roles. */
export async function publishThrough(
  ctx: TestContext,
  s: { editor: Session; reviewer: Session; head: Session },
  id: string,
): Promise<void> {
  for (const [who, action] of [
    [s.editor, 'submit'],
    [s.reviewer, 'approve'],
    [s.head, 'publish'],
  ] as const) {
    const r = await call(ctx.app, who, 'POST', `/api/catalogue/lists/${id}/${action}`, { comment: '' });
    expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  }
}

/** Multipart body with one file, as a browser sends it. */
export function multipart(file: Buffer, name: string) {
  const boundary = `----zhifa${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Publishes a list as the system (the demo-data path): draft → save → submit → approve → publish. */
export async function publishAsSystem(
  ctx: TestContext,
  agencyId: string,
  listType: ListType,
  entries: Record<string, unknown>[],
  effectiveFrom = '2026-01-01',
): Promise<string> {
  const c = ctx.services.catalogue;
  const open = await ctx.superuser.query(
    `SELECT id FROM catalogue_lists WHERE agency_id = $1 AND list_type = $2 AND status IN ('DRAFT', 'RETURNED')`,
    [agencyId, listType],
  );
  const draft = open.rows[0] ?? (await c.createDraft(SYSTEM_ACTOR, agencyId, listType, { effectiveFrom }));
  await c.save(SYSTEM_ACTOR, draft.id, { effectiveFrom, changeReason: '测试', entries });
  await c.submit(SYSTEM_ACTOR, draft.id);
  await c.approve(SYSTEM_ACTOR, draft.id);
  await c.publish(SYSTEM_ACTOR, draft.id);
  return draft.id;
}
