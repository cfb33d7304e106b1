import { createWorkbookService, type OfficeGlobals } from '../../src/office';
import { checkGrid } from '../../src/check';
import { ArrayGrid, parseA1, type CellValue } from '../../src/grid';
import {
  createExcelDouble,
  installOfficeGlobals,
  type ExcelDouble,
  type ExcelDoubleOptions,
  type SheetModel,
} from '../support/excel-double';
import { fixtureRows } from '../support/fixture';

/** The fixture report as a sheet; `unitTexts` numbers become `12件` (one warning each). */
export function reportModel(
  name = '年报',
  options: { unitTexts?: number; breakTotal?: boolean } = {},
): SheetModel {
  let left = options.unitTexts ?? 0;
  const rows: CellValue[][] = cleanFixture().map((row) =>
    row.map((v) => (typeof v === 'number' && left-- > 0 ? `${v}件` : v)),
  );
  if (options.breakTotal) {
    // 一、本年新收 of table 三 (applications), first number column: its row total no longer adds up.
    const r = rows.findIndex((row) => String(row[0] ?? '').startsWith('一、本年新收'));
    const c = rows[r].findIndex((v) => typeof v === 'number');
    rows[r][c] = (rows[r][c] as number) + 7;
  }
  return { name, rows: rows.map((row) => row.map((v) => (v === '' ? null : v))) };
}

/**
 * The fixture with the paragraphs that draw findings outside the tables blanked, so the sheet starts
 * with zero findings whatever text rules the engine gains.
 */
function cleanFixture(): CellValue[][] {
  const rows = fixtureRows();
  for (let pass = 0; pass < 10; pass++) {
    const outside = checkGrid(new ArrayGrid({ sheet: 'x', values: rows })).findings.filter(
      (f) => f.table === null,
    );
    if (outside.length === 0) break;
    // A paragraph finding points at its first cell; blank its row.
    for (const f of outside) {
      const at = parseA1(f.address);
      if (at) rows[at.row] = rows[at.row].map(() => null);
    }
  }
  return rows;
}

export function setup(sheets: SheetModel[], options: ExcelDoubleOptions & { displayLanguage?: string } = {}) {
  const double = createExcelDouble(sheets, options);
  const globals = {};
  installOfficeGlobals(globals, double, { displayLanguage: options.displayLanguage });
  // The double implements the subset of Excel.RequestContext the adapter uses.
  const service = createWorkbookService(globals as unknown as OfficeGlobals);
  return { double, service };
}

/** Every cell's visible format on a sheet, to compare before/after. */
export function formats(double: ExcelDouble, sheet: SheetModel): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
      const cell = double.cell(sheet.name, a1);
      out.push(`${a1}:${cell.fill}:${cell.fontColor}:${cell.bold}:${cell.note}`);
    }),
  );
  return out;
}
