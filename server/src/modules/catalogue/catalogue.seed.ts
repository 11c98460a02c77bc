import { type ListType, lawInput, lawVersionInput } from '@zhifa/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/errors';
import type { Services } from '../../services';
import { agencies } from '../org/org.tables';
import { catalogueLists } from './catalogue.tables';

/** Demo catalogue data (server/src/seed/catalogue/): laws of the library and published lists per agency. */
export interface DemoCatalogue {
  laws: { law: z.input<typeof lawInput>; versions: z.input<typeof lawVersionInput>[] }[];
  lists: { agencyShortName: string; listType: ListType; effectiveFrom: string; entries: unknown[] }[];
}

/**
 * Loads demo catalogue data through the same code paths as users (validation, SM3 hashing, search
 * indexing, audit and the ledger), acting as the system: laws via LawsService.import, and per list
 * a draft → submitted → reviewed → PUBLISHED version. Benchmarks are published before the other
 * lists and parents before children (narrowing is checked against the parent's published entries).
 * Lists that already have a version and laws already in the library are skipped, so it can run
 * again. An invalid demo entry fails loudly, naming the agency, the list and every problem.
 */
export async function seedCatalogue(services: Services, data: DemoCatalogue): Promise<{ laws: number; lists: number }> {
  const { laws, catalogue, database } = services;
  let lawCount = 0;
  for (const l of data.laws) {
    const law = lawInput.safeParse(l.law);
    const versions = l.versions.map((v) => lawVersionInput.safeParse(v));
    const bad = [law, ...versions].find((r) => !r.success);
    if (bad && !bad.success)
      throw new Error(
        `演示法律法规《${l.law.name}》无效：${bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`,
      );
    const r = await laws.import(SYSTEM_ACTOR, { law: law.data!, versions: versions.map((v) => v.data!) }).catch((e) => {
      throw new Error(`演示法律法规《${l.law.name}》无法导入：${e instanceof Error ? e.message : String(e)}`);
    });
    if (r.created || r.versionsAdded) lawCount++;
  }
  const rows = await database.tx({ kind: 'all' }, (tx) =>
    tx.select({ id: agencies.id, shortName: agencies.shortName, parentId: agencies.parentId }).from(agencies),
  );
  const byName = new Map(rows.map((a) => [a.shortName, a]));
  const depth = (id: string | null, seen = new Set<string>()): number => {
    const a = rows.find((x) => x.id === id);
    if (!a?.parentId || seen.has(a.id)) return 0;
    seen.add(a.id);
    return 1 + depth(a.parentId, seen);
  };
  const ordered = [...data.lists].sort((a, b) => {
    const ba = a.listType === 'BENCHMARKS' ? 0 : 1;
    const bb = b.listType === 'BENCHMARKS' ? 0 : 1;
    if (ba !== bb) return ba - bb;
    return depth(byName.get(a.agencyShortName)?.id ?? null) - depth(byName.get(b.agencyShortName)?.id ?? null);
  });
  let listCount = 0;
  for (const list of ordered) {
    const agency = byName.get(list.agencyShortName);
    const where = `演示清单"${list.agencyShortName} ${list.listType}"`;
    if (!agency) throw new Error(`${where}：没有这个执法主体`);
    const existing = await database.tx({ kind: 'all' }, (tx) =>
      tx
        .select({ id: catalogueLists.id, listType: catalogueLists.listType })
        .from(catalogueLists)
        .where(eq(catalogueLists.agencyId, agency.id)),
    );
    if (existing.some((e) => e.listType === list.listType)) continue;
    try {
      const draft = await catalogue.createDraft(SYSTEM_ACTOR, agency.id, list.listType, {
        effectiveFrom: list.effectiveFrom,
        changeReason: '首次公布',
      });
      await catalogue.save(SYSTEM_ACTOR, draft.id, {
        effectiveFrom: list.effectiveFrom,
        changeReason: '首次公布',
        entries: list.entries as Record<string, unknown>[],
      });
      await catalogue.submit(SYSTEM_ACTOR, draft.id, '演示数据');
      await catalogue.approve(SYSTEM_ACTOR, draft.id, '演示数据');
      await catalogue.publish(SYSTEM_ACTOR, draft.id, '演示数据');
      listCount++;
    } catch (e) {
      if (e instanceof AppError)
        throw new Error(`${where}无效：${e.message}\n${e.fields.map((f) => `  ${f.path}: ${f.message}`).join('\n')}`);
      throw e;
    }
  }
  return { laws: lawCount, lists: listCount };
}
