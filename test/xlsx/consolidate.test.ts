import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { SHEET_WORDS } from '../../src/consolidate';
import { ArrayGrid, type Grid } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { readCell } from '../../src/rules/values';
import { consolidateFiles, writeWorkbook } from '../../src/xlsx/consolidate';
import { readXlsx } from '../../src/xlsx/read';
import { cellA1 } from '../support/a1';
import { buildTemplate } from '../../src/template/build';
import {
  departmentBytes,
  expectedSums,
  fillKey,
  generatedDepartment,
  type GeneratedDepartment,
} from '../consolidate/departments';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'consolidate-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeDepartment(d: GeneratedDepartment, grid: Grid = d.grid): Promise<string> {
  const path = join(dir, `${d.name}.xlsx`);
  writeFileSync(path, await departmentBytes(grid));
  return path;
}

/** What a reader of the written file finds on 汇总表: every input cell's number, by fill key. */
async function readBack(workbook: ExcelJS.Workbook) {
  const grids = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const sheet = grids.find((g) => g.sheet === SHEET_WORDS.reportSheet);
  if (!sheet) throw new Error('no 汇总表');
  const values = new Map<string, number | null>();
  for (const table of locateTables(sheet))
    for (const [key, at] of table.cells) {
      const [rowId, columnId] = key.split('|');
      values.set(fillKey({ table: table.table, rowId, columnId }), readCell(sheet, at, 'count').value);
    }
  return { grids, sheet, values, report: checkGrids([sheet]) };
}

const rows = (grid: Grid) =>
  Array.from({ length: grid.rowCount }, (_, r) =>
    Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c)),
  );

describe('three department files', () => {
  const departments = [0, 1, 2].map((i) => generatedDepartment(i));
  let result: Awaited<ReturnType<typeof consolidateFiles>>;
  let back: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    const paths = await Promise.all(departments.map((d) => writeDepartment(d)));
    result = await consolidateFiles(paths, { body: '某某市' });
    back = await readBack(result.workbook);
  });

  test('汇总表 holds the cell-wise sums, totals included, and checks clean as written', () => {
    const sums = expectedSums(departments);
    expect(back.values.size).toBe(buildTemplate().tables.flatMap((t) => t.cells).length);
    for (const [key, value] of back.values)
      expect([key, value]).toEqual([key, expect.closeTo(sums.get(key) ?? NaN, 6)]);
    expect(back.report.findings.map((f) => f.message)).toEqual([]);
    expect(back.report.valid).toBe(true);
    expect(result.report.valid).toBe(true);
    expect(String(back.sheet.value(0, 0))).toBe('某某市2022年政府信息公开工作年度报告');
  });

  test('the departments are named after their files', () => {
    expect(result.consolidation.departments.map((d) => d.name)).toEqual(departments.map((d) => d.name));
  });

  test('分单位明细: one row per input cell, a column per department, a SUM and a check column', () => {
    const breakdown = back.grids.find((g) => g.sheet === SHEET_WORDS.breakdownSheet);
    if (!breakdown) throw new Error('no breakdown');
    expect(rows(breakdown)[1]).toEqual([...SHEET_WORDS.breakdownHeader, ...departments.map((d) => d.name)]);
    const body = rows(breakdown).slice(2);
    expect(body).toHaveLength(result.consolidation.cells.length);
    const sums = expectedSums(departments);
    const located = locateTables(back.sheet);
    body.forEach((row, i) => {
      const cell = result.consolidation.cells[i];
      const key = fillKey(cell);
      const parts = row.slice(6) as number[];
      expect(parts).toEqual(departments.map((d) => d.fills.find((f) => fillKey(f) === key)?.value));
      expect(row[4]).toBeCloseTo(sums.get(key) ?? NaN, 6);
      expect(row[5]).toBe(SHEET_WORDS.agrees);
      // The address points at the 汇总表 cell holding the same number.
      const address = String(row[3]).replace(/^'.*'!/, '');
      const at = located.find((t) => t.table === cell.table)?.cells.get(cellKey(cell.rowId, cell.columnId));
      expect(at && cellA1(at.row, at.col)).toBe(address);
    });
  });

  test('汇总说明 lists every department as included and the check as passed', () => {
    const notes = back.grids.find((g) => g.sheet === SHEET_WORDS.notesSheet);
    if (!notes) throw new Error('no notes');
    const text = rows(notes)
      .flat()
      .filter((v) => v !== null);
    expect(text).toContain(SHEET_WORDS.checkPassed);
    expect(text).toContain(SHEET_WORDS.includedHeading(3));
    expect(text).toContain(SHEET_WORDS.excludedHeading(0));
    for (const d of departments) expect(text).toContain(d.name);
  });
});

describe('fifty departments', () => {
  test('sums and checks clean as written', async () => {
    const departments = Array.from({ length: 50 }, (_, i) => generatedDepartment(i, { seed: 77 }));
    const result = await consolidateFiles(departments.map((d) => ({ name: d.name, grids: [d.grid] })));
    const back = await readBack(result.workbook);
    const sums = expectedSums(departments);
    for (const [key, value] of back.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    expect(back.report.findings).toEqual([]);
  });
});

describe('departments left out, and files that cannot be read', () => {
  const good = [0, 1].map((i) => generatedDepartment(i));
  const broken = generatedDepartment(2);
  const brokenRows = rows(broken.grid);
  const at = locateTables(broken.grid)
    .find((t) => t.table === 'reviews')
    ?.cells.get(cellKey('review', 'total'));
  if (!at) throw new Error('not located');
  brokenRows[at.row][at.col] = (brokenRows[at.row][at.col] as number) + 2;
  const brokenGrid = new ArrayGrid({ sheet: broken.name, values: brokenRows, merges: broken.grid.merges });
  const old = generatedDepartment(3, { edition: '2019', year: 2020 });

  test('with excludeInvalid, the invalid and the other-edition departments are listed and left out', async () => {
    const paths = [
      ...(await Promise.all(good.map((d) => writeDepartment(d)))),
      await writeDepartment(broken, brokenGrid),
      await writeDepartment(old),
      join(dir, 'missing.xlsx'),
    ];
    const result = await consolidateFiles(paths, { excludeInvalid: true });
    expect(result.consolidation.departments.map((d) => [d.name, d.excluded])).toEqual([
      [good[0].name, null],
      [good[1].name, null],
      [broken.name, 'errors'],
      [old.name, 'edition'],
    ]);
    expect(result.unreadable.map((u) => u.name)).toEqual([join(dir, 'missing.xlsx')]);
    const back = await readBack(result.workbook);
    const sums = expectedSums(good);
    for (const [key, value] of back.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    expect(back.report.valid).toBe(true);

    const notes = back.grids.find((g) => g.sheet === SHEET_WORDS.notesSheet);
    const text = notes ? rows(notes).flat().join('\n') : '';
    expect(text).toContain(SHEET_WORDS.excludedHeading(2));
    expect(text).toMatch(/表格有 \d+ 处错误，按要求未纳入汇总/);
    expect(text).toContain('2019 版');
    expect(text).toContain(SHEET_WORDS.unreadableHeading(1));
    const breakdown = back.grids.find((g) => g.sheet === SHEET_WORDS.breakdownSheet);
    expect(breakdown && rows(breakdown)[1].slice(6)).toEqual(good.map((d) => d.name));
  });

  test('without it, the invalid department is summed; its wrong table 四 total does not carry over', async () => {
    const result = await consolidateFiles([
      ...good.map((d) => ({ name: d.name, grids: [d.grid] })),
      { name: broken.name, grids: [brokenGrid] },
    ]);
    expect(result.consolidation.departments[2]).toMatchObject({ excluded: null });
    expect(result.consolidation.departments[2].errors).toBeGreaterThan(0);
    // Table 四's totals are formulas in 汇总表: the department's wrong total does not carry over.
    expect(result.report.valid).toBe(true);
  });
});

describe('writeWorkbook', () => {
  test('never overwrites an existing file without force', async () => {
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'keep me');
    const { workbook } = await consolidateFiles([{ name: 'a', grids: [generatedDepartment(0).grid] }]);
    await expect(writeWorkbook(path, workbook)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    await writeWorkbook(path, workbook, { force: true });
    expect((await readXlsx(readFileSync(path))).map((g) => g.sheet)).toEqual([
      SHEET_WORDS.reportSheet,
      SHEET_WORDS.breakdownSheet,
      SHEET_WORDS.notesSheet,
    ]);
  });
});
