import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { ListType } from '@zhifa/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { agencies } from '../org/org.tables';
import { LIST_TYPE_LABELS } from './catalogue.labels';
import { catalogueSearch } from './catalogue.tables';

let jieba: Jieba | null = null;
/** The dictionary is loaded on first use (it takes a moment and most processes never search). */
function tokenizer(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Words only (letters and digits of any script): nothing that to_tsquery would read as an operator. */
const WORD = /^[\p{L}\p{N}]+$/u;

/** Index tokens: jieba's search mode (a compound and its parts: 食品安全 → 食品 安全 食品安全). */
export function indexTokens(text: string): string {
  const out = new Set<string>();
  for (const t of tokenizer().cutForSearch(text, false)) {
    const w = t.trim().toLowerCase();
    if (WORD.test(w)) out.add(w);
  }
  return [...out].join(' ');
}

/** Query tokens: jieba's precise mode, so "食品经营许可" needs 食品 & 经营 & 许可. */
export function queryTokens(q: string): string[] {
  const out = new Set<string>();
  for (const t of tokenizer().cut(q, false)) {
    const w = t.trim().toLowerCase();
    if (WORD.test(w)) out.add(w);
  }
  return [...out];
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The title shown in results: the item's name, or the violation of a benchmark / four-list entry. */
export function entryTitle(entry: Record<string, unknown>): string {
  const t = entry.name ?? entry.violation ?? entry.code;
  return String(t ?? '');
}

/**
 * Replaces the search rows of an agency's list type with the entries of the version just published
 * (drafts are never indexed, so a search finds only what the public may see).
 */
export async function rebuildSearch(
  tx: Tx,
  list: { id: string; agencyId: string; listType: ListType },
  entries: Record<string, unknown>[],
): Promise<void> {
  await tx
    .delete(catalogueSearch)
    .where(and(eq(catalogueSearch.agencyId, list.agencyId), eq(catalogueSearch.listType, list.listType)));
  const rows = entries.map((e) => ({
    listId: list.id,
    agencyId: list.agencyId,
    listType: list.listType,
    entryCode: String(e.code),
    title: entryTitle(e).slice(0, 500),
    tokens: indexTokens(strings(e, []).join(' ')),
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(catalogueSearch).values(rows.slice(i, i + 500));
}

export interface SearchHit {
  agencyId: string;
  agencyName: string;
  listType: ListType;
  listTypeLabel: string;
  code: string;
  title: string;
  /** Portal page of the entry: /agencies/<id>/catalogue/<listType>#<code> */
  link: string;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /** TOKENS: full-text match of jieba tokens; TITLE: the fallback substring match on titles. */
  matchedBy: 'TOKENS' | 'TITLE';
}

/**
 * Searches the published entries of every agency: all jieba tokens of the query must occur
 * (to_tsquery with &); when that finds nothing, a substring match on titles.
 */
export async function searchCatalogue(
  tx: Tx,
  q: string,
  opts: { listType?: ListType; page: number; pageSize: number },
): Promise<SearchResult> {
  const tokens = queryTokens(q);
  const typeFilter = opts.listType ? sql`AND s.list_type = ${opts.listType}` : sql``;
  const run = async (where: ReturnType<typeof sql>, rank: ReturnType<typeof sql>) => {
    const [{ total }] = (
      await tx.execute(sql`SELECT count(*)::int AS total FROM ${catalogueSearch} s WHERE ${where} ${typeFilter}`)
    ).rows as { total: number }[];
    const rows = (
      await tx.execute(sql`
        SELECT s.agency_id, a.name AS agency_name, s.list_type, s.entry_code, s.title
        FROM ${catalogueSearch} s JOIN ${agencies} a ON a.id = s.agency_id
        WHERE ${where} ${typeFilter}
        ORDER BY ${rank} DESC, a.sort_order, a.name, s.list_type, s.entry_code
        LIMIT ${opts.pageSize} OFFSET ${(opts.page - 1) * opts.pageSize}`)
    ).rows as { agency_id: string; agency_name: string; list_type: ListType; entry_code: string; title: string }[];
    return { total, rows };
  };
  let matchedBy: SearchResult['matchedBy'] = 'TOKENS';
  let found = { total: 0, rows: [] as Awaited<ReturnType<typeof run>>['rows'] };
  if (tokens.length) {
    const query = tokens.join(' & ');
    found = await run(
      sql`to_tsvector('simple', s.tokens) @@ to_tsquery('simple', ${query})`,
      sql`ts_rank(to_tsvector('simple', s.tokens), to_tsquery('simple', ${query}))`,
    );
  }
  if (found.total === 0) {
    matchedBy = 'TITLE';
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    // Earlier matches first (a bare constant in ORDER BY would be read as a column position).
    found = await run(sql`s.title ILIKE ${like}`, sql`-strpos(lower(s.title), lower(${q}))`);
  }
  return {
    items: found.rows.map((r) => ({
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      listType: r.list_type,
      listTypeLabel: LIST_TYPE_LABELS[r.list_type] ?? r.list_type,
      code: r.entry_code,
      title: r.title,
      link: `/agencies/${r.agency_id}/catalogue/${r.list_type}#${encodeURIComponent(r.entry_code)}`,
    })),
    total: found.total,
    page: opts.page,
    pageSize: opts.pageSize,
    matchedBy,
  };
}
