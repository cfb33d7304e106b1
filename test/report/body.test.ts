import { gridFromRows } from '../../src/grid';
import { detectBody } from '../../src/report/body';

describe('detectBody', () => {
  it.each([
    ['郑州市政务服务办公室2021年政府信息公开工作年度报告', '郑州市政务服务办公室'],
    ['# 某某县人民政府 2020 年度政府信息公开工作年度报告', '某某县人民政府'],
    ['某某局２０２２年政府信息公开年度报告', '某某局'],
    ['**某某局** 2021年政府信息公开工作年度报告', '某某局'],
    ['## 某某局 ## 2021年政府信息公开工作年度报告', '某某局'],
    ['政府信息公开工作年度报告', null],
    ['2021年政府信息公开工作年度报告', null],
    // Up to 40 characters name the body; more are a sentence about some report, not a title.
    [`${'某'.repeat(39)}局2021年政府信息公开工作年度报告`, `${'某'.repeat(39)}局`],
    [`${'某'.repeat(40)}局2021年政府信息公开工作年度报告`, null],
  ])('%s → %s', (title, want) => {
    expect(detectBody(gridFromRows('S', [[title]]))).toBe(want);
  });

  // A title sits at the top: the first 60 rows and 10 columns.
  it.each([
    [59, 0, '某某局'],
    [60, 0, null],
    [0, 9, '某某局'],
    [0, 10, null],
  ])('a title at row %i, column %i → %s', (row, col, want) => {
    const rows: (string | null)[][] = Array.from({ length: row + 1 }, () => []);
    rows[row][col] = '某某局2021年政府信息公开工作年度报告';
    expect(detectBody(gridFromRows('S', rows))).toBe(want);
  });
});
