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
