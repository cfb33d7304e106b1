import { locateTables } from '../../src/locate';
import { grid, table3, type Row } from './weight-grids';

const _ = null;
const COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Table 四 as published, in columns A–O: group labels, column labels, one row of numbers. */
const table4: Row[] = [
  ['行政复议', _, _, _, _, '行政诉讼'],
  [_, _, _, _, _, '未经复议直接起诉', _, _, _, _, '复议后起诉'],
  [...COLUMNS, ...COLUMNS, ...COLUMNS],
  new Array<number>(15).fill(0),
];

/** Two tables side by side on the same rows: `left`'s columns, a blank column, then `right`'s. */
function sideBySide(left: readonly Row[], right: readonly Row[], width: number): Row[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_row, i) => {
    const l = left[i] ?? [];
    return [...l, ...new Array<null>(width + 1 - l.length).fill(_), ...(right[i] ?? [])];
  });
}

describe('locateTables', () => {
  it('lists tables that start on the same row from left to right', () => {
    // Table 三 is found before table 四; on the same top row the one further left comes first.
    const rows = sideBySide(table4, table3('2021').rows, 15);
    const tables = locateTables(grid(rows));
    expect(tables.map((t) => `${t.table}@${t.bounds.top},${t.bounds.left}`)).toEqual([
      'reviews@0,0',
      'applications@0,16',
    ]);
  });
});
