import type ExcelJS from 'exceljs';

/**
 * exceljs is loaded on first use: it is large, and most processes never read or write a workbook
 * (keeps the server's resident memory down).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
