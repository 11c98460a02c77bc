import type { ListType } from '@zhifa/contracts';
import { CellError, type Codec } from './catalogue.codecs';
import { type Column, fineCells, fineFromCells, getPath, LAYOUTS, setPath } from './catalogue.columns';

/** One data row of a sheet: its spreadsheet row number and the text of each column (by key). */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/** A problem reported to the user: spreadsheet row, column header, Chinese message. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

const WHOLE_ROW = '（整行）';

function writeColumns(columns: Column[], obj: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const col of columns) out[col.key] = col.codec.write(getPath(obj, col.path));
  return out;
}

/** The rows of one entry in the file (BENCHMARKS: one row per tier, entry columns repeated). */
export function entryToRows(listType: ListType, entry: Record<string, unknown>): Record<string, string>[] {
  const layout = LAYOUTS[listType];
  const base = writeColumns(layout.entry, entry);
  if (!layout.tier) return [base];
  const tiers = (entry.tiers as Record<string, unknown>[] | undefined) ?? [];
  if (tiers.length === 0) return [base];
  return tiers.map((t) => {
    const cells = writeColumns(
      layout.tier!.filter((c) => !c.path.startsWith('fine.')),
      t,
    );
    const fine = fineCells(t.fine as Parameters<typeof fineCells>[0]);
    return { ...base, ...cells, fineMode: fine.mode, fineMin: fine.min, fineMax: fine.max, fineBase: fine.base };
  });
}

/** Rows belonging to one entry: one row each, except BENCHMARKS where a row without 编码 continues the entry above. */
export function groupRows(listType: ListType, rows: SheetRow[]): SheetRow[][] {
  if (!LAYOUTS[listType].tier) return rows.map((r) => [r]);
  const groups: SheetRow[][] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    const code = r.cells.code ?? '';
    if (last && (code === '' || code === (last[0].cells.code ?? ''))) last.push(r);
    else groups.push([r]);
  }
  return groups;
}

/**
 * Builds an entry from its rows. Cells that cannot be read are reported against their column and
 * left out, so that the schema check afterwards reports only what is still missing or wrong.
 */
export function entryFromRows(
  listType: ListType,
  group: SheetRow[],
): { entry: Record<string, unknown>; errors: RowError[] } {
  const layout = LAYOUTS[listType];
  const errors: RowError[] = [];
  const header = (key: string) =>
    [...layout.entry, ...(layout.tier ?? [])].find((c) => c.key === key)?.header ?? WHOLE_ROW;
  const read = (r: SheetRow, col: Column | { key: string; codec: Codec }): unknown => {
    try {
      return col.codec.read((r.cells[col.key] ?? '').trim());
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      errors.push({ row: r.row, column: header(col.key), message: e.message });
      return undefined;
    }
  };
  const entry: Record<string, unknown> = {};
  const first = group[0];
  for (const col of layout.entry) {
    const v = read(first, col);
    if (v !== undefined) setPath(entry, col.path, v);
    for (const r of group.slice(1)) {
      const other = (r.cells[col.key] ?? '').trim();
      if (other !== '' && other !== (first.cells[col.key] ?? '').trim())
        errors.push({
          row: r.row,
          column: col.header,
          message: `同一裁量基准的各行"${col.header}"应一致（与第 ${first.row} 行不同）`,
        });
    }
  }
  if (layout.tier) {
    entry.tiers = group.map((r) => {
      const tier: Record<string, unknown> = { conditions: { factors: [] }, penaltyTypes: [] };
      for (const col of layout.tier!.filter((c) => !c.path.startsWith('fine.'))) {
        const v = read(r, col);
        if (v !== undefined) setPath(tier, col.path, v);
      }
      const modeCol = layout.tier!.find((c) => c.key === 'fineMode')!;
      const mode = read(r, modeCol) as string | undefined;
      tier.fine = fineFromCells(
        mode,
        (key, codec) => read(r, { key, codec }) as number | undefined,
        (r.cells.fineBase ?? '').trim(),
        (key, message) => errors.push({ row: r.row, column: header(key), message }),
      );
      return tier;
    });
  }
  return { entry, errors };
}

const startsWith = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

function columnFor(columns: Column[], path: string): string {
  const hit = columns.filter((c) => startsWith(path, c.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return hit?.header ?? WHOLE_ROW;
}

/** Where a validation problem at `path` (relative to the entry) sits in the file. */
export function locateIssue(listType: ListType, group: SheetRow[], path: string): { row: number; column: string } {
  const layout = LAYOUTS[listType];
  const m = /^tiers\.(\d+)(?:\.(.*))?$/.exec(path);
  if (layout.tier && m) {
    const r = group[Number(m[1])] ?? group[0];
    const rest = m[2] ?? '';
    const fine = /^fine\.(min|max|base|mode)/i.exec(rest);
    const key = fine
      ? { min: 'fineMin', max: 'fineMax', base: 'fineBase', mode: 'fineMode' }[fine[1].toLowerCase()]
      : undefined;
    const column = key
      ? (layout.tier.find((c) => c.key === key)?.header ?? WHOLE_ROW)
      : rest === 'fine'
        ? '罚款方式'
        : columnFor(layout.tier, rest);
    return { row: r.row, column };
  }
  return { row: group[0].row, column: path === '' ? WHOLE_ROW : columnFor(layout.entry, path) };
}
