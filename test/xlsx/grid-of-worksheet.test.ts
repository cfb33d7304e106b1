/**
 * The one exceljs worksheet → Grid builder, behind both the CLI's reader and the task pane's, on a
 * workbook saved by LibreOffice Calc (its own XML, formulas with the results it computed).
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArrayGrid } from '../../src/grid/grid';
import { readXlsxGrids } from '../../src/taskpane/read-xlsx';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { gridOfWorksheet } from '../../src/xlsx/grid-of-worksheet';
import { readXlsx } from '../../src/xlsx/read';
import { convert, findSoffice } from '../template/soffice';

jest.setTimeout(120_000);

/** Table 四's review half: merged headers, a rate with a format, totals as uncalculated formulas. */
function reviews(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表四');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '行政复议';
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].forEach((label, c) => {
    ws.getCell(2, c + 1).value = label;
    ws.mergeCells(2, c + 1, 3, c + 1);
  });
  ws.getRow(4).values = [3, 0, 0];
  ws.getCell('D4').value = { formula: 'B4-C4' } as ExcelJS.CellFormulaValue; // 0 once calculated
  ws.getCell('E4').value = { formula: 'SUM(A4:D4)' } as ExcelJS.CellFormulaValue;
  ws.getCell('A5').value = 0.25;
  ws.getCell('A5').numFmt = '0.0%';
  wb.addWorksheet('空白');
  return wb;
}

test('gridOfWorksheet on a worksheet in memory: covered cells empty, merges 0-based, formats kept', () => {
  const grid = gridOfWorksheet(reviews().getWorksheet('表四') as ExcelJS.Worksheet, ExcelJS.ValueType);
  expect(grid.merges).toEqual([
    { top: 0, left: 0, bottom: 0, right: 4 },
    ...[0, 1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
  ]);
  expect([grid.value(0, 0), grid.value(0, 1), grid.value(1, 4), grid.value(2, 4)]).toEqual([
    '行政复议',
    null,
    '总计',
    null,
  ]);
  expect([grid.value(3, 0), grid.value(3, 1), grid.value(4, 0), grid.numberFormat(4, 0)]).toEqual([
    3,
    0,
    0.25,
    '0.0%',
  ]);
  // Never calculated: no cached result, so no value.
  expect([grid.value(3, 3), grid.value(3, 4)]).toEqual([null, null]);
});

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the Calc-saved workbook tests.');
(soffice ? describe : describe.skip)('a workbook saved by LibreOffice Calc', () => {
  let dir = '';
  let bytes = new Uint8Array();
  let cli: ArrayGrid[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grid-of-worksheet-'));
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'reviews.xlsx'), new Uint8Array(await reviews().xlsx.writeBuffer()));
    convert(soffice as string, 'xlsx', out, [join(dir, 'reviews.xlsx')]);
    bytes = new Uint8Array(readFileSync(join(out, 'reviews.xlsx')));
    cli = await readXlsx(bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('formulas read as the results Calc computed, a 0 included', () => {
    const [grid] = cli;
    expect([grid.value(3, 3), grid.value(3, 4)]).toEqual([0, 3]);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect([grid.value(0, 0), grid.value(0, 1)]).toEqual(['行政复议', null]);
    expect(grid.numberFormat(4, 0)).toBe('0.0%');
  });

  test('the task pane builds the same grids as the CLI', async () => {
    const pane = await readXlsxGrids(bytes, DEFAULT_LIMITS);
    expect(pane.map((g) => g.sheet)).toEqual(['表四', '空白']);
    expect(pane).toEqual(cli);
  });
});
