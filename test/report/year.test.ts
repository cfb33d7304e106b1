import { gridFromRows, type CellValue } from '../../src/grid';
import { detectYear } from '../../src/report/year';

/** A sheet with `title` at (row, col) and nothing else. */
function sheetWith(title: CellValue, { row = 0, col = 0, sheet = 'Sheet1' } = {}) {
  const values: CellValue[][] = Array.from({ length: row + 1 }, () => Array<CellValue>(col + 1).fill(null));
  values[row][col] = title;
  return gridFromRows(sheet, values);
}

describe('detectYear from a title', () => {
  it.each([
    ['郑州市政务服务办公室2021年政府信息公开工作年度报告', 2021],
    ['某某县人民政府2020年度政府信息公开工作年度报告', 2020],
    ['某某局 2022 年政府信息公开年度报告', 2022],
    ['某某局2022    年政府信息公开年报告', 2022],
    ['某某局２０２３年政府信息公开工作年度报告', 2023],
    // Up to 40 characters between the year and the title's words…
    [`2024年${'某'.repeat(40)}政府信息公开工作年度报告`, 2024],
    // …but not more, nor across a sentence's end: that is prose mentioning a year.
    [`2024年${'某'.repeat(41)}政府信息公开工作年度报告`, null],
    ['2019年起实施。政府信息公开工作年度报告', null],
    ['2019年起实施；政府信息公开工作年度报告', null],
    ['2019年起实施;政府信息公开工作年度报告', null],
    ['2019年起实施\n政府信息公开工作年度报告', null],
    ['1999年政府信息公开工作年度报告', null],
    ['2021政府信息公开工作年度报告', null],
    ['政府信息公开工作年度报告', null],
    ['2021年政府信息公开工作', null],
  ])('%s → %s', (title, year) => {
    expect(detectYear(sheetWith(title))).toBe(year);
  });

  it('reads the first title, row by row', () => {
    const grid = gridFromRows('Sheet1', [
      [null, '某局2021年政府信息公开工作年度报告'],
      ['某局2020年政府信息公开工作年度报告', null],
    ]);
    expect(detectYear(grid)).toBe(2021);
  });

  it.each([
    ['within the first 400 rows and 30 columns', { row: 399, col: 29 }, 2021],
    ['not below row 400', { row: 400, col: 0 }, null],
    ['not right of column 30', { row: 0, col: 30 }, null],
  ])('looks %s', (_, at, year) => {
    expect(detectYear(sheetWith('某局2021年政府信息公开工作年度报告', at))).toBe(year);
  });

  it('skips cells longer than 200 characters (a paragraph, not a title) and numbers', () => {
    const title = '某局2021年政府信息公开工作年度报告';
    expect(detectYear(sheetWith(title.padEnd(200, '。')))).toBe(2021);
    expect(detectYear(sheetWith(title.padEnd(201, '。')))).toBeNull();
    expect(detectYear(sheetWith(2021))).toBeNull();
  });
});

describe('detectYear from the sheet name, when no title gives it', () => {
  it.each([
    ['2021年报', 2021],
    ['2021 年', 2021],
    ['２０２２年', 2022],
    ['2021', null],
    ['年报', null],
    ['1998年', null],
  ])('%s → %s', (sheet, year) => {
    expect(detectYear(sheetWith('表三', { sheet }))).toBe(year);
  });

  it('a title outweighs the sheet name', () => {
    expect(detectYear(sheetWith('某局2021年政府信息公开工作年度报告', { sheet: '2020年' }))).toBe(2021);
  });
});
