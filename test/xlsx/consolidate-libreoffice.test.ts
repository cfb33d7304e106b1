/**
 * The consolidated workbooks recalculated by LibreOffice, not by us: every formula's cached result
 * is removed before writing, `soffice --headless` converts with recalculation forced, and what it
 * computed is read back. Two workbooks: the CLI's (values in 汇总表, SUM and check columns in
 * 分单位明细) and the Excel form (汇总表's input cells are SUM formulas over department sheets of
 * the same workbook, as the task pane writes them). Skipped, with a message, without LibreOffice.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import {
  consolidate,
  consolidatedTemplate,
  describeDepartment,
  planCell,
  SHEET_WORDS,
} from '../../src/consolidate';
import type { Grid } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { readCell } from '../../src/rules/values';
import { buildTemplate } from '../../src/template/build';
import { consolidateFiles } from '../../src/xlsx/consolidate';
import { readXlsx } from '../../src/xlsx/read';
import { addTemplateSheet } from '../../src/xlsx/template';
import { addGridSheet, expectedSums, fillKey, generatedDepartment } from '../consolidate/departments';
import { convert, findSoffice } from '../template/soffice';

const soffice = findSoffice();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: skipping the consolidation recalculation tests.');
const describeWithLibreOffice = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

/** Leaves every formula without its cached result, so only a recalculation can fill it. */
function uncache(workbook: ExcelJS.Workbook): number {
  let formulas = 0;
  for (const ws of workbook.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        formulas++;
      }),
    );
  return formulas;
}

/** Every cell of tables 二, 三 and 四 on the sheet, by fill key. */
function tableValues(sheet: Grid): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const table of locateTables(sheet))
    for (const [key, at] of table.cells) {
      const [rowId, columnId] = key.split('|');
      values.set(fillKey({ table: table.table, rowId, columnId }), readCell(sheet, at, 'count').value);
    }
  return values;
}

describeWithLibreOffice('LibreOffice recalculates the consolidated workbooks', () => {
  const departments = [0, 1, 2].map((i) => generatedDepartment(i, { seed: 4242 }));
  const sums = expectedSums(departments);
  let dir: string;
  const recalculated: Record<'values' | 'formulas', Grid[]> = { values: [], formulas: [] };
  let formulaCells = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'consolidate-lo-'));
    const out = join(dir, 'out');
    mkdirSync(out);

    const { workbook: values } = await consolidateFiles(
      departments.map((d) => ({ name: d.name, grids: [d.grid] })),
    );
    expect(uncache(values)).toBeGreaterThan(100);

    // The Excel form: department sheets, and 汇总表 whose input cells are formulas over them.
    const formulas = new ExcelJS.Workbook();
    const consolidation = consolidate(departments.map((d) => describeDepartment(d.name, [d.grid])));
    const template = consolidatedTemplate(consolidation);
    const sheet = await addTemplateSheet(formulas, { ...template, sheetName: SHEET_WORDS.reportSheet });
    for (const d of departments) addGridSheet(formulas, d.grid);
    const where = new Map(template.tables.flatMap((t) => t.cells).map((c) => [fillKey(c), c.cell]));
    for (const cell of consolidation.cells) {
      const plan = planCell(cell);
      const at = where.get(fillKey(cell));
      if (plan.kind !== 'formula' || !at) throw new Error(`no formula for ${fillKey(cell)}`);
      sheet.getCell(at.row + 1, at.col + 1).value = { formula: plan.formula } as ExcelJS.CellFormulaValue;
      formulaCells++;
    }
    uncache(formulas);

    for (const [name, workbook] of Object.entries({ values, formulas }))
      writeFileSync(join(dir, `${name}.xlsx`), new Uint8Array(await workbook.xlsx.writeBuffer()));
    convert(soffice ?? '', 'xlsx', out, [join(dir, 'values.xlsx'), join(dir, 'formulas.xlsx')]);
    recalculated.values = await readXlsx(await readFile(join(out, 'values.xlsx')));
    recalculated.formulas = await readXlsx(await readFile(join(out, 'formulas.xlsx')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sheetOf = (which: 'values' | 'formulas', name: string): Grid => {
    const grid = recalculated[which].find((g) => g.sheet === name);
    if (!grid) throw new Error(`no sheet ${name}`);
    return grid;
  };

  test.each(['values', 'formulas'] as const)(
    '%s: 汇总表 as LibreOffice computes it holds the sums and checks clean',
    (which) => {
      const report = sheetOf(which, SHEET_WORDS.reportSheet);
      const values = tableValues(report);
      expect(values.size).toBe(buildTemplate().tables.flatMap((t) => t.cells).length);
      for (const [key, value] of values)
        expect([key, value]).toEqual([key, expect.closeTo(sums.get(key) ?? NaN, 6)]);
      const check = checkGrids([report]);
      expect(check.findings.map((f) => f.message)).toEqual([]);
      expect(check.valid).toBe(true);
    },
  );

  test('formulas: every input cell of 汇总表 was a formula over the department sheets', () => {
    expect(formulaCells).toBe(consolidate([]).cells.length);
  });

  test('values: 分单位明细’s SUM column and check column as LibreOffice computes them', () => {
    const breakdown = sheetOf('values', SHEET_WORDS.breakdownSheet);
    const rows = breakdown.rowCount - 2;
    expect(rows).toBeGreaterThan(150);
    for (let r = 2; r < breakdown.rowCount; r++) {
      const parts = departments.map((_, i) => Number(breakdown.value(r, 6 + i)));
      expect(breakdown.value(r, 4)).toBeCloseTo(
        parts.reduce((a, b) => a + b, 0),
        6,
      );
      expect(breakdown.value(r, 5)).toBe(SHEET_WORDS.agrees);
    }
  });
});
