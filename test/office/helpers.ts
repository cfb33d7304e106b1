import { createWorkbookService } from '../../src/office';
import { checkGrid } from '../../src/check';
import { ArrayGrid, parseA1, type CellValue } from '../../src/grid';
import {
  WEB_PAYLOAD_LIMIT,
  type ExcelHost,
  type ExcelHostOptions,
  type Flavour,
  type SheetModel,
} from '../support/excel-host';
import { connectRuntime } from '../support/excel-host/runtime';
import { fixtureRows } from '../support/fixture';
import { cellA1 } from '../support/a1';
import type { Finding } from '../../src/report/types';

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

/**
 * The cells a report marks, each with its own message: a grouped finding (every blank or unit-text
 * cell of a table) stands for each of its parts.
 */
export function markedCells(findings: readonly Finding[]): { address: string; message: string }[] {
  return findings.flatMap((f) => f.parts ?? [f]).map(({ address, message }) => ({ address, message }));
}

/** The runtime flavour this Jest project runs the office suites under (jest.config.js sets it). */
export const FLAVOUR: Flavour = (globalThis as { EXCEL_FLAVOUR?: Flavour }).EXCEL_FLAVOUR ?? 'win32';

/**
 * Host behaviours of the flavour: Excel on the web's 5 MB payloads and its merge quirk (office-js
 * #6405); Excel on Windows selecting only on the sheet already active (office-js #5118).
 */
export function flavourOptions(flavour: Flavour = FLAVOUR): ExcelHostOptions {
  if (flavour === 'web') return { maxPayloadBytes: WEB_PAYLOAD_LIMIT, webMergeQuirk: true };
  return flavour === 'win32' ? { selectNeedsActiveSheet: true } : {};
}

const hosts: ExcelHost[] = [];
// Any Excel API member the add-in used that the host does not implement fails the test that used it.
afterEach(() => {
  const used = hosts.splice(0).flatMap((h) => h.unsupported);
  expect(used).toEqual([]);
});

/** The add-in's service over the real runtime of this project's flavour, and the host behind it. */
export function setup(sheets: SheetModel[], options: ExcelHostOptions & { displayLanguage?: string } = {}) {
  const { host, globals } = connectRuntime(FLAVOUR, sheets, { ...flavourOptions(), ...options });
  hosts.push(host);
  const service = createWorkbookService(globals);
  return { double: host, host, service };
}

/** Every cell's visible format on a sheet, to compare before/after. */
export function formats(double: ExcelHost, sheet: SheetModel): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const a1 = cellA1(r, c);
      const cell = double.cell(sheet.name, a1);
      out.push(`${a1}:${cell.fill}:${cell.fontColor}:${cell.bold}:${cell.note}`);
    }),
  );
  return out;
}
