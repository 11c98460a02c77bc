import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/excel';

/** Column order of the roster workbook (导入模板). Header text is what people see in Excel. */
export const ROSTER_COLUMNS = [
  { key: 'agency', header: '执法主体', width: 26, note: '留空则为页面所选执法主体' },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6, note: '男 / 女' },
  { key: 'idNumber', header: '身份证号码', width: 22, note: '请以文本格式填写' },
  { key: 'phone', header: '手机号码', width: 14 },
  { key: 'unit', header: '内设机构', width: 16 },
  { key: 'post', header: '职务', width: 12 },
  { key: 'legalReviewer', header: '法制审核人员', width: 12, note: '是 / 否' },
  { key: 'legalQualificationNo', header: '法律职业资格证书编号', width: 22 },
  { key: 'certificateNumber', header: '证件编号', width: 18 },
  { key: 'issuer', header: '发证机关', width: 18 },
  { key: 'issuedOn', header: '发证日期', width: 12, note: 'YYYY-MM-DD' },
  { key: 'validFrom', header: '有效期起', width: 12 },
  { key: 'validUntil', header: '有效期至', width: 12 },
  { key: 'categories', header: '执法类别', width: 16, note: '多个用顿号分隔，如：市场监管、卫生健康' },
  { key: 'regions', header: '执法区域', width: 16, note: '行政区划代码，多个用顿号分隔；留空为主体所在区划' },
] as const;

export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];
export type RawRosterRow = Record<RosterKey, string> & { row: number };

export async function rosterTemplate(example: Partial<Record<RosterKey, string>>): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('执法人员名单');
  ws.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  ROSTER_COLUMNS.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true };
    if ('note' in c) cell.note = c.note;
  });
  ws.addRow(example);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    // Excel dates arrive as UTC midnight of the civil date.
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'number') {
    // Long digit strings typed as numbers lose precision in Excel; keep what is there, the
    // validator reports it (e.g. an ID number in scientific notation).
    return Number.isInteger(v) ? String(v) : String(v);
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return String(v).trim();
}

/** Reads the first sheet; columns are found by header text so that their order may differ. */
export async function readRoster(buffer: Buffer): Promise<{ rows: RawRosterRow[]; missingHeaders: string[] }> {
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], missingHeaders: ROSTER_COLUMNS.map((c) => c.header) };
  const headerRow = ws.getRow(1);
  const positions = new Map<RosterKey, number>();
  headerRow.eachCell((cell, col) => {
    const text = cellText(cell.value).replace(/\s/g, '');
    const column = ROSTER_COLUMNS.find((c) => c.header === text);
    if (column) positions.set(column.key, col);
  });
  const required: RosterKey[] = ['name', 'idNumber', 'certificateNumber'];
  const missingHeaders = required
    .filter((k) => !positions.has(k))
    .map((k) => ROSTER_COLUMNS.find((c) => c.key === k)!.header);
  const rows: RawRosterRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const raw = { row: rowNumber } as RawRosterRow;
    let any = false;
    for (const c of ROSTER_COLUMNS) {
      const pos = positions.get(c.key);
      const text = pos ? cellText(row.getCell(pos).value).trim() : '';
      raw[c.key] = text;
      if (text) any = true;
    }
    if (any) rows.push(raw);
  });
  return { rows, missingHeaders };
}

export async function officersWorkbook(
  rows: {
    agencyName: string;
    name: string;
    gender: string;
    idNumberMasked: string;
    unitName: string | null;
    post: string;
    certificateNumber: string | null;
    certificateStatus: string | null;
    categories: string;
    trainingHours: number;
    isLegalReviewer: boolean;
  }[],
): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('执法人员');
  ws.columns = [
    { header: '执法主体', key: 'agencyName', width: 26 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '性别', key: 'gender', width: 6 },
    { header: '身份证号码（脱敏）', key: 'idNumberMasked', width: 22 },
    { header: '内设机构', key: 'unitName', width: 16 },
    { header: '职务', key: 'post', width: 12 },
    { header: '证件编号', key: 'certificateNumber', width: 18 },
    { header: '证件状态', key: 'certificateStatus', width: 10 },
    { header: '执法类别', key: 'categories', width: 18 },
    { header: '本年培训学时', key: 'trainingHours', width: 12 },
    { header: '法制审核人员', key: 'isLegalReviewer', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow({ ...r, isLegalReviewer: r.isLegalReviewer ? '是' : '否' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
