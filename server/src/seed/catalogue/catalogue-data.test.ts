import { LIST_ENTRY_SCHEMAS, type ListType, lawInput, lawVersionInput } from '@zhifa/contracts';
import { validateBenchmarkEntry, validateFourListEntry } from '@zhifa/domain';
import { describe, expect, it } from 'vitest';
import { toDomainBenchmark, toDomainFourList } from '../../modules/catalogue/catalogue.domain';
import { checkEntries, FOUR_LIST_TYPES } from '../../modules/catalogue/catalogue.validation';
import { DEMO_CATALOGUE } from './index';

/**
 * The demo catalogue is plain data that the catalogue loader stores as published lists; these checks keep it
 * loadable (schemas, DISC-TIERS / DISC-FORMULA benchmarks, DISC-LISTS four lists) and coherent (every cited
 * article exists in the demo law library; item ↔ benchmark ↔ guide links resolve). No database needed.
 */
const DEMO_AGENCIES = [
  '县司法局',
  '县市场监管局',
  '县城管执法局',
  '生态环境分局',
  '县文旅广体局',
  '县交通运输局',
  '县自然资源局',
  '县应急管理局',
  '县卫生健康局',
  '交通执法大队',
];
/** DISC-LISTS: these agencies publish at least 3 entries per four-list, the others at least 2. */
const MAIN_AGENCIES = ['县市场监管局', '县城管执法局', '生态环境分局', '县交通运输局'];
const ENTRUSTED = '交通执法大队';

type Ref = { lawName: string; article: number; paragraph?: number | null; item?: number | null };

const lists = DEMO_CATALOGUE.lists;
const listOf = (agency: string, type: ListType) =>
  lists.find((l) => l.agencyShortName === agency && l.listType === type)?.entries ?? [];
const parsed = (type: ListType, entry: unknown) => LIST_ENTRY_SCHEMAS[type].parse(entry) as Record<string, unknown>;

/** Every legal reference of an entry (basisViolated, basisApplied, basis). */
function refsOf(entry: Record<string, unknown>): Ref[] {
  return ['basisViolated', 'basisApplied', 'basis'].flatMap((k) =>
    Array.isArray(entry[k]) ? (entry[k] as Ref[]) : [],
  );
}

describe('demo law library', () => {
  it('validates every law and version, with unique articles per version and gap-free version chains', () => {
    const names = new Set<string>();
    for (const { law, versions } of DEMO_CATALOGUE.laws) {
      expect(() => lawInput.parse(law), law.name).not.toThrow();
      expect(names.has(law.name), `duplicate law ${law.name}`).toBe(false);
      names.add(law.name);
      const parsedVersions = versions.map((v) => lawVersionInput.parse(v));
      for (const v of parsedVersions) {
        const keys = v.provisions.map((p) => `${p.article}/${p.paragraph ?? ''}/${p.item ?? ''}`);
        expect(new Set(keys).size, `${law.name} ${v.label}: duplicate provisions`).toBe(keys.length);
        expect(v.effectiveFrom >= v.promulgatedOn, `${law.name} ${v.label}: in force before promulgation`).toBe(true);
      }
      const sorted = [...parsedVersions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      sorted.forEach((v, i) => {
        if (i < sorted.length - 1) {
          expect(v.effectiveUntil, `${law.name} ${v.label}: only the last version is open-ended`).not.toBeNull();
          expect(v.effectiveUntil! < sorted[i + 1].effectiveFrom, `${law.name}: versions overlap`).toBe(true);
        } else expect(v.effectiveUntil ?? null).toBeNull();
      });
    }
  });

  it('has the two versions of the 行政处罚法 needed for 从旧兼从轻 (APL-37): 2017 Art. 33 and 2021 Art. 51', () => {
    const apl = DEMO_CATALOGUE.laws.find((l) => l.law.name === '中华人民共和国行政处罚法');
    expect(apl?.versions.map((v) => v.effectiveFrom)).toEqual(['2018-01-01', '2021-07-15']);
    expect(apl?.versions[0].provisions.find((p) => p.article === 33)?.text).toContain('五十元以下');
    expect(apl?.versions[1].provisions.find((p) => p.article === 51)?.text).toContain('二百元以下');
  });
});

describe('demo catalogue lists', () => {
  it('covers every demo agency, each with at least 20 items', () => {
    const agencies = new Set(lists.map((l) => l.agencyShortName));
    expect([...agencies].sort()).toEqual([...DEMO_AGENCIES].sort());
    for (const agency of DEMO_AGENCIES) expect(listOf(agency, 'ITEMS').length, agency).toBeGreaterThanOrEqual(20);
  });

  it('has one list per agency and list type, and every entry validates against its schema', () => {
    const seen = new Set<string>();
    for (const list of lists) {
      const key = `${list.agencyShortName}:${list.listType}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      list.entries.forEach((entry, i) => {
        const result = LIST_ENTRY_SCHEMAS[list.listType].safeParse(entry);
        expect(result.success ? [] : result.error.issues, `${key} #${i + 1}`).toEqual([]);
      });
    }
  });

  it('passes the catalogue validation the loader applies (unique codes, domain rules, profiles)', () => {
    for (const list of lists) {
      const benchmarkCodes = new Set(
        listOf(list.agencyShortName, 'BENCHMARKS').map((e) => (e as { code: string }).code),
      );
      const result = checkEntries({ listType: list.listType, parent: null, benchmarkCodes }, list.entries);
      const key = `${list.agencyShortName}:${list.listType}`;
      expect(result.errors, key).toEqual([]);
      expect(result.warnings, key).toEqual([]);
    }
  });

  it('benchmarks pass validateBenchmarkEntry and four-list entries pass validateFourListEntry (DISC-TIERS, DISC-LISTS)', () => {
    for (const list of lists) {
      for (const entry of list.entries) {
        const e = parsed(list.listType, entry);
        if (list.listType === 'BENCHMARKS') {
          expect(validateBenchmarkEntry(toDomainBenchmark(e as never)), String(e.code)).toEqual([]);
        }
        if (FOUR_LIST_TYPES.includes(list.listType)) {
          expect(validateFourListEntry(toDomainFourList(list.listType, e as never)), String(e.code)).toEqual([]);
        }
      }
    }
  });

  it('cites only laws of the library and articles that exist in a version of the law', () => {
    const articles = new Map<string, Set<number>>();
    for (const { law, versions } of DEMO_CATALOGUE.laws) {
      articles.set(law.name, new Set(versions.flatMap((v) => v.provisions.map((p) => p.article))));
    }
    const missing: string[] = [];
    for (const list of lists) {
      for (const entry of list.entries) {
        const e = parsed(list.listType, entry);
        for (const r of refsOf(e)) {
          const known = articles.get(r.lawName);
          if (!known) missing.push(`${e.code}: ${r.lawName}`);
          else if (!known.has(r.article)) missing.push(`${e.code}: ${r.lawName} 第${r.article}条`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('links items to their benchmarks and guides to their items; entry codes are unique across agencies', () => {
    const allCodes = new Map<string, string>();
    // Profile entries are parameter keys (statementWindowWd …), the same in every agency.
    for (const list of lists.filter((l) => l.listType !== 'JURISDICTION_PROFILE')) {
      for (const entry of list.entries) {
        const code = (entry as { code: string }).code;
        const where = `${list.agencyShortName}:${list.listType}`;
        expect(allCodes.get(code), `${code} in ${where} and ${allCodes.get(code)}`).toBeUndefined();
        allCodes.set(code, where);
      }
    }
    for (const agency of DEMO_AGENCIES) {
      const benchmarks = new Set(listOf(agency, 'BENCHMARKS').map((e) => (e as { code: string }).code));
      const items = listOf(agency, 'ITEMS').map((e) => parsed('ITEMS', e));
      const itemCodes = new Set(items.map((i) => i.code as string));
      const linked = new Set(items.flatMap((i) => i.benchmarkCodes as string[]));
      for (const code of linked) expect(benchmarks.has(code), `${agency} item links ${code}`).toBe(true);
      for (const code of benchmarks)
        expect(linked.has(code), `${agency} benchmark ${code} not linked from an item`).toBe(true);
      for (const g of listOf(agency, 'SERVICE_GUIDES').map((e) => parsed('SERVICE_GUIDES', e))) {
        if (g.itemCode) expect(itemCodes.has(g.itemCode as string), `${agency} guide ${g.code}`).toBe(true);
      }
      for (const i of items) {
        if (i.kind === 'INSPECTION' && i.randomInspection)
          expect(listOf(agency, 'RANDOM_INSPECTION').length, agency).toBeGreaterThan(0);
        if (i.kind === 'LICENSE')
          expect(listOf(agency, 'SERVICE_GUIDES').length, `${agency} licenses without guides`).toBeGreaterThan(0);
      }
    }
  });

  it('publishes the four lists, channels and a review catalogue for every agency (DISC-LISTS, REV-SCOPE)', () => {
    for (const agency of DEMO_AGENCIES) {
      const min = MAIN_AGENCIES.includes(agency) ? 3 : 2;
      for (const type of FOUR_LIST_TYPES) {
        // ACL-17: coercive measures cannot be entrusted, so the entrusted team has no measures to waive.
        if (agency === ENTRUSTED && type === 'NO_COERCIVE_MEASURE') continue;
        expect(listOf(agency, type).length, `${agency} ${type}`).toBeGreaterThanOrEqual(min);
      }
      expect(listOf(agency, 'CHANNELS').length, agency).toBeGreaterThanOrEqual(2);
      expect(listOf(agency, 'REVIEW_CATALOGUE').length, agency).toBeGreaterThanOrEqual(4);
      expect(listOf(agency, 'BENCHMARKS').length, agency).toBeGreaterThanOrEqual(1);
    }
  });
});
