import type { ListType } from '@zhifa/contracts';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/excel';
import { allColumns, LAYOUTS } from './catalogue.columns';
import { entryToRows, type SheetRow } from './catalogue.rows';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** The import template: Chinese headers, a note per column, text format, header row frozen. */
export async function templateWorkbook(listType: ListType): Promise<Buffer> {
  return workbook(listType, []);
}

/** Entries as a workbook in the template's layout (so an export can be edited and imported again). */
export async function workbook(
  listType: ListType,
  entries: Record<string, unknown>[],
  caption?: string,
): Promise<Buffer> {
  const columns = allColumns(listType);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Zhifa';
  const ws = wb.addWorksheet(LAYOUTS[listType].sheet);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16, style: { numFmt: '@' } }));
  columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true };
    cell.note = c.note;
  });
  for (const e of entries) for (const row of entryToRows(listType, e)) ws.addRow(row);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  if (caption) {
    const info = wb.addWorksheet('版本信息');
    for (const line of caption.split('\n')) info.addRow([line]);
    info.getColumn(1).width = 80;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV, UTF-8 with a byte-order mark (so that Excel opens Chinese text correctly), CRLF line ends. */
export function csv(listType: ListType, entries: Record<string, unknown>[]): Buffer {
  const columns = allColumns(listType);
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const e of entries)
    for (const row of entryToRows(listType, e)) lines.push(columns.map((c) => csvCell(row[c.key] ?? '')).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

/** RFC 4180 parsing (quoted cells, doubled quotes, CRLF or LF); a leading BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

/**
 * Reads the first sheet of an xlsx (or a CSV file) into rows keyed by column; columns are found
 * by their header text, so their order may differ from the template. Empty rows are skipped.
 */
export async function readSheet(
  listType: ListType,
  buffer: Buffer,
  fileName: string,
): Promise<{ rows: SheetRow[]; missingHeaders: string[] }> {
  let grid: string[][];
  if (/\.csv$/i.test(fileName)) grid = parseCsv(buffer.toString('utf8'));
  else {
    const wb = new (await loadExcel()).Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    grid = [];
    ws?.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      grid[n - 1] = Array.from(cells, (x) => x ?? '');
    });
  }
  const columns = allColumns(listType);
  const header = grid[0] ?? [];
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    const text = (h ?? '').replace(/\s/g, '');
    const col = columns.find((c) => c.header.replace(/\s/g, '') === text);
    if (col && !positions.has(col.key)) positions.set(col.key, i);
  });
  const required = listType === 'JURISDICTION_PROFILE' ? ['code', 'value'] : ['code'];
  const missingHeaders = required.filter((k) => !positions.has(k)).map((k) => columns.find((c) => c.key === k)!.header);
  const rows: SheetRow[] = [];
  for (let n = 1; n < grid.length; n++) {
    const line = grid[n] ?? [];
    const cells: Record<string, string> = {};
    let any = false;
    for (const [key, i] of positions) {
      const t = (line[i] ?? '').trim();
      cells[key] = t;
      if (t) any = true;
    }
    if (any) rows.push({ row: n + 1, cells });
  }
  return { rows, missingHeaders };
}
