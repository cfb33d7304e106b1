/**
 * Generated department reports for the consolidation tests: consistent, varied numbers (seeded),
 * in two layouts (the standard template and the free layout of test/support/report-sheet.ts).
 */
import type { Edition } from '../../src/format';
import * as ExcelJS from 'exceljs';
import { ArrayGrid, type Grid } from '../../src/grid';
import { templateGrid } from '../../src/consolidate/check';
import { buildTemplate } from '../../src/template/build';
import type { TemplateFill } from '../../src/template/types';
import { reportSheet } from '../support/report-sheet';
import { consistentFills } from '../template/data';

export interface GeneratedDepartment {
  name: string;
  grid: ArrayGrid;
  /** Every value written, totals included. */
  fills: TemplateFill[];
}

const key = (f: { table: string; rowId: string; columnId: string }) => `${f.table}|${f.rowId}|${f.columnId}`;

/** Department `i`: even ones in the template layout, odd ones in the report-sheet layout. */
export function generatedDepartment(
  i: number,
  options: { edition?: Edition; year?: number; seed?: number } = {},
): GeneratedDepartment {
  const edition = options.edition ?? '2021';
  const year = options.year ?? 2022;
  const name = `第${i + 1}局`;
  const fills = consistentFills(edition, (options.seed ?? 1000) + i);
  if (i % 2 === 0) {
    const template = buildTemplate({ edition, year, body: name, totals: 'input', values: fills });
    return { name, grid: templateGrid(template, name), fills };
  }
  const sheet = reportSheet({ edition, title: `${name}${year}年政府信息公开工作年度报告` });
  for (const f of fills) sheet.set(f.table, f.rowId, f.columnId, f.value);
  return { name, grid: new ArrayGrid({ sheet: name, values: sheet.rows, merges: sheet.merges }), fills };
}

/** Cell-wise sums of the departments' values, by `table|rowId|columnId`. */
export function expectedSums(departments: readonly { fills: TemplateFill[] }[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const d of departments)
    for (const f of d.fills) sums.set(key(f), (sums.get(key(f)) ?? 0) + (f.value ?? 0));
  return sums;
}

export { key as fillKey };

/** Writes a grid (values and merges) as a worksheet, as a department's own file would hold it. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(grid.sheet);
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

export async function departmentBytes(grid: Grid): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addGridSheet(workbook, grid);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
