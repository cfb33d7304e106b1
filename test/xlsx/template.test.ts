import * as ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { EDITIONS, type Edition } from '../../src/format';
import { toA1 } from '../../src/grid/a1';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { buildTemplate } from '../../src/template/build';
import { cellReader } from '../../src/template/calc';
import { applyValues, isTyped } from '../../src/template/fill';
import { evaluateFormula } from '../../src/template/formula';
import { STATUS } from '../../src/template/messages';
import type { Template, TotalsMode } from '../../src/template/types';
import { readXlsx } from '../../src/xlsx/read';
import { addTemplateSheet, templateWorkbookBytes, uniqueName } from '../../src/xlsx/template';
import { consistentFills, seeded } from '../template/data';
import { expected } from '../template/oracle';

const TOTALS_RULES = [
  'applications/balance',
  'applications/outcome-total',
  'applications/row-total',
  'reviews/group-total',
];
const CASES = EDITIONS.flatMap((e) => (['formula', 'input'] as TotalsMode[]).map((m) => [e, m] as const));
const yearOf = (edition: Edition) => (edition === '2021' ? 2022 : 2020);

async function roundTrip(template: Template) {
  const grids = await readXlsx(await templateWorkbookBytes(template));
  return { grids, report: checkGrids(grids) };
}

/** Cells the template's own conditional formats paint red, as A1 addresses. */
function redCells(template: Template): string[] {
  const read = cellReader(template.cells);
  return template.conditionalFormats
    .filter((cf) => cf.target === 'value' && evaluateFormula(cf.formula, read) === true)
    .map((cf) => toA1(cf.cell.row, cf.cell.col))
    .sort();
}

describe.each(CASES)('round trip of the %s edition, totals %s', (edition, totals) => {
  const blank = buildTemplate({ edition, totals, year: yearOf(edition), body: '某某市某某局' });

  test('blank: the engine finds tables 二, 三, 四 of the edition exactly where the template put them, no findings', async () => {
    const { grids, report } = await roundTrip(blank);
    expect(report.findings).toEqual([]);
    expect(report.year).toBe(yearOf(edition));
    const located = locateTables(grids[0]);
    expect(located.map((t) => [t.table, t.edition])).toEqual([
      ['proactive', edition],
      ['applications', edition],
      ['reviews', edition],
    ]);
    for (const table of blank.tables) {
      const found = located.find((t) => t.table === table.table);
      for (const c of table.cells) expect(found?.cells.get(cellKey(c.rowId, c.columnId))).toEqual(c.cell);
    }
  });

  test.each([1, 2, 3])('filled with consistent random data (seed %i): still clean', async (seed) => {
    const filled = applyValues(blank, consistentFills(edition, seed));
    const { report } = await roundTrip(filled);
    expect(report.findings).toEqual([]);
    expect(redCells(filled)).toEqual([]);
  });

  test.each([11, 12, 13, 14])(
    'one inconsistent input (seed %i): the engine and the conditional formats flag the same cells',
    async (seed) => {
      const int = seeded(seed);
      const filled = applyValues(blank, consistentFills(edition, seed));
      // In formula mode only table 三 can disagree with itself (its balance rule); table 四's totals follow.
      const candidates = filled.tables
        .filter((t) => t.table === 'applications' || (totals === 'input' && t.table === 'reviews'))
        .flatMap((t) => t.cells)
        .filter((c) => isTyped(filled, c));
      const victim = candidates[int(candidates.length - 1)];
      const current = cellReader(filled.cells)(victim.cell) as number;
      const broken = applyValues(filled, [{ ...victim, value: current + 1 + int(4) }]);

      const { report } = await roundTrip(broken);
      const flagged = report.findings
        .filter((f) => TOTALS_RULES.includes(f.ruleId))
        .map((f) => f.address)
        .sort();
      expect(flagged.length).toBeGreaterThan(0);
      expect(redCells(broken)).toEqual([...new Set(flagged)].sort());

      const table = broken.tables.find((t) => t.table === victim.table);
      if (!table) throw new Error(`no table ${victim.table}`);
      const status = cellReader(broken.cells)(table.status);
      expect(status).toBe(
        victim.table === 'applications' ? STATUS.applications[totals][1] : STATUS.reviews[1],
      );
      const red = broken.conditionalFormats.filter(
        (cf) => cf.target === 'status' && evaluateFormula(cf.formula, cellReader(broken.cells)) === true,
      );
      expect(red.map((cf) => cf.cell)).toEqual([table.status]);
    },
  );
});

describe('what the exceljs renderer writes', () => {
  const template = applyValues(buildTemplate({ year: 2021 }), consistentFills('2021', 5));
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateWorkbookBytes(template)) as unknown as ArrayBuffer);
    ws = wb.worksheets[0];
  });

  /** The sheet cell of a format cell of the template; throws when the template has none. */
  const sheetCell = (table: number, rowId: string, columnId: string) => {
    const found = template.tables[table].cells.find((c) => c.rowId === rowId && c.columnId === columnId);
    if (!found) throw new Error(`no ${rowId} × ${columnId} in table ${table}`);
    return ws.getCell(toA1(found.cell.row, found.cell.col));
  };

  test('formulas with cached results, typed cells unlocked and validated, merges', () => {
    const cell = sheetCell(1, 'outcome-total', 'total');
    expect(cell.formula).toMatch(/^SUM\(/);
    // The cached result is FORMAT.md's sum of the typed numbers (test/template/oracle.ts).
    const sum = expected(template).totals.get(cell.address);
    expect(sum).toBeGreaterThan(0);
    expect(cell.result).toBe(sum);
    const typed = sheetCell(1, 'new', 'research');
    expect(typed.protection?.locked).toBe(false);
    expect(typed.dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(typed.dataValidation.error).toContain('不小于 0 的整数');
    expect(typed.numFmt).toBe('0');
    expect(typed.font?.name).toBe('宋体');
    const fee = template.tables[0].cells.find((c) => c.kind === 'amount');
    if (!fee) throw new Error('table 二 has no amount');
    const amount = sheetCell(0, fee.rowId, fee.columnId);
    expect(amount.numFmt).toBe('0.00');
    expect(amount.dataValidation).toMatchObject({ type: 'decimal' });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges.length).toBe(template.merges.length);
  });

  test('page setup: A4 portrait, fit to one page wide, print area and titles; title frozen; no protection', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const area = template.page.printArea;
    expect(ws.pageSetup.printArea).toBe(`A1:${toA1(area.bottom, area.right)}`);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
  });

  test('protection on request keeps typed cells editable', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = await addTemplateSheet(wb, template, { protect: {} });
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  test('the sheet name is made unique in a workbook that already has one', () => {
    const wb = new ExcelJS.Workbook();
    expect(uniqueName(wb, '年报模板')).toBe('年报模板');
    wb.addWorksheet('年报模板');
    wb.addWorksheet('年报模板 (2)');
    expect(uniqueName(wb, '年报模板')).toBe('年报模板 (3)');
  });
});
