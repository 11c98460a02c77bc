import type { benchmarkEntry } from '@zhifa/contracts';
import { LIST_ENTRY_SCHEMAS, type ListType } from '@zhifa/contracts';
import {
  type ProfileValues,
  validateBenchmarkEntry,
  validateFourListEntry,
  validateNarrowing,
  validateProfileOverride,
  validateReviewCatalogue,
} from '@zhifa/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError, type FieldError } from '../../platform/errors';
import { agencies } from '../org/org.tables';
import { profileGroups, toDomainBenchmark, toDomainFourList, toReviewCriterion } from './catalogue.domain';
import { catalogueLists } from './catalogue.tables';

type Benchmark = z.output<typeof benchmarkEntry>;
export type Entry = Record<string, unknown> & { code: string };

/** What the entries of one list are checked against besides their schema. */
export interface ValidationContext {
  listType: ListType;
  /** BENCHMARKS: the parent agency (agencies.parent_id) and its published benchmark entries by code. */
  parent: { name: string; benchmarks: Map<string, Benchmark> } | null;
  /** ITEMS: codes of the agency's published BENCHMARKS and of its open benchmark draft. */
  benchmarkCodes: Set<string>;
}

/** A problem of one entry; `path` is relative to the entry ('' = the entry as a whole). */
export interface EntryIssue {
  index: number;
  path: string;
  message: string;
}

export interface CheckResult {
  /** Parsed entries (defaults filled in); null where the entry failed its schema. */
  entries: (Entry | null)[];
  errors: EntryIssue[];
  warnings: EntryIssue[];
}

export const FOUR_LIST_TYPES: readonly ListType[] = [
  'NO_PENALTY',
  'REDUCED_PENALTY',
  'LIGHTER_PENALTY',
  'NO_COERCIVE_MEASURE',
];
export const OPEN_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED'] as const;

/**
 * Checks every entry of a list: its schema (LIST_ENTRY_SCHEMAS), unique codes, and the domain's
 * business rules per list type — benchmarks (DISC-TIERS, DISC-FINE-TIERS, and narrowing of the
 * parent agency's published entry, DISC-FINE-TIERS "lower agencies may only narrow"), the four lists
 * (DISC-LISTS), the review catalogue (REV-SCOPE), jurisdiction profile overrides. Items that link a
 * benchmark code not found in the agency's benchmarks only warn (the benchmark may follow).
 */
export function checkEntries(ctx: ValidationContext, raw: readonly unknown[]): CheckResult {
  const schema = LIST_ENTRY_SCHEMAS[ctx.listType];
  const errors: EntryIssue[] = [];
  const warnings: EntryIssue[] = [];
  const entries: (Entry | null)[] = raw.map((r, index) => {
    const parsed = schema.safeParse(r);
    if (parsed.success) return parsed.data as Entry;
    for (const issue of parsed.error.issues)
      errors.push({ index, path: issue.path.map(String).join('.'), message: issue.message });
    return null;
  });
  const firstByCode = new Map<string, number>();
  raw.forEach((r, index) => {
    const code = typeof (r as { code?: unknown })?.code === 'string' ? (r as { code: string }).code.trim() : '';
    if (!code) return;
    const first = firstByCode.get(code);
    if (first === undefined) firstByCode.set(code, index);
    else errors.push({ index, path: 'code', message: `编码"${code}"与第 ${first + 1} 条重复` });
  });
  const add = (index: number, path: string, messages: string[]) => {
    for (const message of messages) errors.push({ index, path, message });
  };

  entries.forEach((e, index) => {
    if (!e) return;
    switch (ctx.listType) {
      case 'BENCHMARKS': {
        const b = e as unknown as Benchmark;
        add(index, '', validateBenchmarkEntry(toDomainBenchmark(b)));
        if (b.parentCode) {
          const parentEntry = ctx.parent?.benchmarks.get(b.parentCode);
          if (!ctx.parent) add(index, 'parentCode', ['本执法主体没有上级执法主体，不能引用上级裁量基准']);
          else if (!parentEntry)
            add(index, 'parentCode', [`上级执法主体"${ctx.parent.name}"未公布编码为"${b.parentCode}"的裁量基准`]);
          else add(index, '', validateNarrowing(toDomainBenchmark(parentEntry), toDomainBenchmark(b)));
        }
        break;
      }
      case 'REVIEW_CATALOGUE':
        // One entry at a time (duplicate codes are reported above, with their position).
        add(index, '', validateReviewCatalogue([toReviewCriterion(e as never)]));
        break;
      case 'ITEMS':
        ((e.benchmarkCodes as string[]) ?? []).forEach((code, j) => {
          if (!ctx.benchmarkCodes.has(code))
            warnings.push({
              index,
              path: `benchmarkCodes.${j}`,
              message: `裁量基准编码"${code}"不在本机关已公布或正在编制的裁量基准中`,
            });
        });
        break;
      default:
        if (FOUR_LIST_TYPES.includes(ctx.listType))
          add(index, '', validateFourListEntry(toDomainFourList(ctx.listType, e as never)));
    }
  });

  if (ctx.listType === 'JURISDICTION_PROFILE') {
    const valid = entries.filter((e): e is Entry => e !== null);
    const indexOf = new Map(valid.map((e) => [e, entries.indexOf(e)]));
    const { groups, problems } = profileGroups(valid as never);
    for (const p of problems) add(indexOf.get(valid[p.index]) ?? p.index, 'value', [p.message]);
    for (const [key, g] of groups) {
      const messages = validateProfileOverride({ [key]: g.value } as Partial<ProfileValues>);
      add(
        indexOf.get(valid[g.first]) ?? g.first,
        messages.some((m) => m.startsWith('未知')) ? 'code' : 'value',
        messages,
      );
    }
  }
  errors.sort((a, b) => a.index - b.index);
  return { entries, errors, warnings };
}

export function fieldPath(issue: EntryIssue): string {
  return issue.path ? `entries.${issue.index}.${issue.path}` : `entries.${issue.index}`;
}

/** Throws the 400 answer with a field path per problem (e.g. entries.3.basisApplied.0.article). */
export function assertValid(result: CheckResult): Entry[] {
  if (result.errors.length) {
    const fields: FieldError[] = result.errors.map((e) => ({ path: fieldPath(e), message: e.message }));
    const head = fields
      .slice(0, 3)
      .map((f) => `第 ${Number(f.path.split('.')[1]) + 1} 条：${f.message}`)
      .join('；');
    throw new AppError('VALIDATION', `清单有 ${fields.length} 处错误：${head}${fields.length > 3 ? '……' : ''}`, fields);
  }
  return result.entries as Entry[];
}

/** The current published entries of a list, or null when none is published. */
export async function publishedEntries(tx: Tx, agencyId: string, listType: ListType): Promise<Entry[] | null> {
  const [row] = await tx
    .select({ entries: catalogueLists.entries })
    .from(catalogueLists)
    .where(
      and(
        eq(catalogueLists.agencyId, agencyId),
        eq(catalogueLists.listType, listType),
        eq(catalogueLists.status, 'PUBLISHED'),
      ),
    );
  return row ? (row.entries as Entry[]) : null;
}

export async function loadValidationContext(tx: Tx, agencyId: string, listType: ListType): Promise<ValidationContext> {
  const ctx: ValidationContext = { listType, parent: null, benchmarkCodes: new Set() };
  if (listType === 'BENCHMARKS') {
    const [own] = await tx.select({ parentId: agencies.parentId }).from(agencies).where(eq(agencies.id, agencyId));
    if (own?.parentId) {
      const [parent] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, own.parentId));
      const entries = (await publishedEntries(tx, own.parentId, 'BENCHMARKS')) ?? [];
      ctx.parent = {
        name: parent?.name ?? '上级执法主体',
        benchmarks: new Map(entries.map((e) => [e.code, e as unknown as Benchmark])),
      };
    }
  }
  if (listType === 'ITEMS') {
    const rows = await tx
      .select({ entries: catalogueLists.entries })
      .from(catalogueLists)
      .where(
        and(
          eq(catalogueLists.agencyId, agencyId),
          eq(catalogueLists.listType, 'BENCHMARKS'),
          inArray(catalogueLists.status, ['PUBLISHED', ...OPEN_STATUSES]),
        ),
      );
    for (const r of rows) for (const e of r.entries as Entry[]) ctx.benchmarkCodes.add(e.code);
  }
  return ctx;
}
