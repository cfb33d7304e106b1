import { locateWithFlattened, sourceCellOf } from '../../src/locate';
import { locateReviews } from '../../src/locate/reviews';
import { cellKey } from '../../src/locate/types';
import { FIFTEEN, grid, header4, type Row } from './weight-grids';

describe('locateReviews: where table 四 starts', () => {
  it.each([
    { name: '行政诉讼 after another label', row: ['案件类型', '行政诉讼'] },
    { name: '行政复议 before another label', row: ['行政复议', '被纠错'] },
    { name: '行政诉讼 before 行政复议', row: ['行政诉讼', '行政复议'] },
  ])('a row with $name is not its header', ({ row }) => {
    expect(locateReviews(grid([row, FIFTEEN]))).toEqual([]);
  });

  it('starts at 行政复议 after a label printed to its left on the same row', () => {
    const [title, ...rest] = header4();
    const table = locateReviews(
      grid([['四、', ...title], ...rest.map((r) => [null, ...r]), [null, ...FIFTEEN]]),
    )[0];
    expect(table.bounds.left).toBe(1);
    expect(table.cells.get(cellKey('review', 'total'))).toEqual({ row: 3, col: 5 });
  });
});

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

  it('reads its line of numbers below the header, not table 三’s last line right above it', () => {
    // Text from a PDF without the 四、 heading: table 三's last row, its label and 7 numbers on one line,
    // just above 行政复议. Under a mutant that starts reading above the header, the scan never ends:
    // Stryker's hit limit stops it (a Timeout).
    const rows: Row[] = [
      ['四、结转下年度继续办理 0 0 0 0 0 0 0'],
      ...header4(),
      [FIFTEEN.map((_n, i) => i + 1).join(' ')],
    ];
    const { grid: view, tables } = locateWithFlattened(grid(rows));
    const table = tables.find((t) => t.table === 'reviews');
    const total = table?.cells.get(cellKey('litigation-after-review', 'total'));
    expect(total && sourceCellOf(view, total)).toEqual({ row: 4, col: 0 });
    expect(total && view.value(total.row, total.col)).toBe(15);
    expect(table?.bounds.top).toBe(1);
    expect(table?.unalignedRows).toBeUndefined();
  });
});
