import { locateWithFlattened, sourceCellOf } from '../../src/locate';
import { locateReviews } from '../../src/locate/reviews';
import { cellKey } from '../../src/locate/types';
import { FIFTEEN, grid, header4, type Row } from './weight-grids';

describe('locateReviews: the header rows', () => {
  it('reads the column labels below the 行政复议 row only, not a label in the row above it', () => {
    // 总计 over the third column (C1), then table 四 from row 2: 复议's 总计 stays in E, its fifth column.
    const rows: Row[] = [[null, null, '总计'], ...header4(), FIFTEEN];
    const table = locateReviews(grid(rows))[0];
    expect(table.bounds).toEqual({ top: 1, left: 0, bottom: 4, right: 14 });
    expect(table.cells.get(cellKey('review', 'total'))).toEqual({ row: 4, col: 4 });
    expect(table.cells.get(cellKey('review', 'other'))).toEqual({ row: 4, col: 2 });
  });
});

describe('locateReviews: the row of numbers', () => {
  it('reads a row of number cells under the header, not a line of copied numbers below it', () => {
    // The next department's numbers pasted as one line of text two rows further down.
    const rows: Row[] = [...header4(), FIFTEEN, [], [FIFTEEN.map((_n, i) => i + 1).join(' ')]];
    const { grid: view, tables } = locateWithFlattened(grid(rows));
    const table = tables.find((t) => t.table === 'reviews');
    const upheld = table?.cells.get(cellKey('review', 'upheld'));
    expect(upheld && sourceCellOf(view, upheld)).toEqual({ row: 3, col: 0 });
    expect(table?.bounds.bottom).toBe(3);
  });
});
