/**
 * Department reports as workbooks written by exceljs (as an office's Excel would save them), from
 * the rule tests' report sheet: one sheet 年报 holding the whole report.
 */
import * as ExcelJS from 'exceljs';
import type { CellValue } from '../../src/grid';
import { reportSheet, type ReportSheet } from './report-sheet';

export function departmentSheet(body: string, year: number): ReportSheet {
  return reportSheet({ title: `${body}${year}年政府信息公开工作年度报告` });
}

export async function reportWorkbook(sheet: ReportSheet): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('年报');
  sheet.rows.forEach((row: CellValue[], r: number) =>
    row.forEach((value, c) => {
      if (value !== null && value !== '') ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
