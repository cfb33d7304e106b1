import { REVIEWS } from '../../src/format';
import { ArrayGrid, toA1, type CellValue } from '../../src/grid';
import { textCells } from '../../src/locate/cells';
import {
  placeReviewsColumns,
  readReviewsHeader,
  reviewsTable,
  reviewsValueRow,
  type ReviewsHeader,
} from '../../src/locate/reviews-layout';
import { GROUP_COLUMNS, GROUP_HEADER } from './weight-grids';

const format = REVIEWS['2021'];
const _ = null;

/** The header rows under a `行政复议 … 行政诉讼` row at row 0, as the text cells the locator reads. */
function header(rows: CellValue[][], reviewCol = 0, litigationCol = 5): ReviewsHeader {
  const grid = new ArrayGrid({ sheet: 'S', values: [['行政复议'], ...rows] });
  const read = rows.map((_r, i) => ({ row: i + 1, cells: textCells(grid, i + 1) }));
  return readReviewsHeader(format, 0, read, reviewCol, litigationCol);
}

describe('readReviewsHeader', () => {
  it('takes the group starts from the group labels and every column label’s columns', () => {
    const h = header([GROUP_HEADER, [...GROUP_COLUMNS, ...GROUP_COLUMNS, ...GROUP_COLUMNS]]);
    expect(h.starts).toEqual([0, 5, 10]);
    expect(h.bottom).toBe(2);
    expect(h.labelled.get('upheld')).toEqual([0, 5, 10]);
    expect(h.labelled.get('total')).toEqual([4, 9, 14]);
  });

  it.each([
    ['no group labels: 未经复议直接起诉 under 行政诉讼, 复议后起诉 five columns on', [[]], 7, [0, 7, 12]],
    [
      '复议后起诉 alone: 未经复议直接起诉 under 行政诉讼',
      [[_, _, _, _, _, _, _, _, _, _, _, '复议后起诉']],
      5,
      [0, 5, 11],
    ],
    [
      '未经复议直接起诉 alone: 复议后起诉 five columns after it',
      [[_, _, _, _, _, _, '未经复议直接起诉']],
      5,
      [0, 6, 11],
    ],
  ])('%s', (_name, rows, litigationCol, starts) => {
    expect(header(rows, 0, litigationCol).starts).toEqual(starts);
  });

  it('ends at the last row holding a label; rows of other text do not count', () => {
    expect(header([GROUP_HEADER, ['注：单位为件'], []]).bottom).toBe(1);
    expect(header([[], ['说明']]).bottom).toBe(0);
    expect(header([[], GROUP_COLUMNS]).bottom).toBe(2);
  });

  it('reads aliases of the column labels (维持, 合计)', () => {
    const h = header([['维持', '纠正', '其他', '未审结', '合计']]);
    expect([...h.labelled.keys()]).toEqual(['upheld', 'corrected', 'other', 'pending', 'total']);
  });
});

describe('reviewsValueRow', () => {
  const valueRow = (rows: CellValue[][], headerBottom = 0) =>
    reviewsValueRow(new ArrayGrid({ sheet: 'S', values: rows }), headerBottom, 0, 5);

  it.each([
    ['the row under the header', [['h'], [0]], 1],
    ['past blank rows', [['h'], [], [], [0]], 3],
    ['the row under the header when the three rows under it are blank', [['h'], [], [], [], [0]], 1],
    ['a value in the last column of 复议后起诉 (column O)', [['h'], [], [..._14(), 1]], 2],
    ['not a value past the table (column P)', [['h'], [], [..._14(), _, 1]], 1],
    ['past the end of the sheet: the row under the header', [['h']], 1],
  ])('%s', (_name, rows, expected) => {
    expect(valueRow(rows as CellValue[][])).toBe(expected);
  });

  it('starts at the table’s first column', () => {
    const grid = new ArrayGrid({ sheet: 'S', values: [['h'], ['注'], [_, _, 0]] });
    expect(reviewsValueRow(grid, 0, 2, 7)).toBe(2);
  });
});

function _14(): CellValue[] {
  return new Array<CellValue>(14).fill(null);
}

describe('placeReviewsColumns', () => {
  const at = (h: ReviewsHeader, group: string, column: string) => {
    const c = placeReviewsColumns(format, h, 3, 5).cells.get(`${group}|${column}`);
    return c ? toA1(c.row, c.col) : 'none';
  };
  const plain: ReviewsHeader = { starts: [0, 5, 10], labelled: new Map(), bottom: 2 };

  it('puts each group’s columns at their place from its start when no label says otherwise', () => {
    expect(at(plain, 'review', 'upheld')).toBe('A4');
    expect(at(plain, 'review', 'total')).toBe('E4');
    expect(at(plain, 'litigation-direct', 'upheld')).toBe('F4');
    expect(at(plain, 'litigation-after-review', 'total')).toBe('O4');
    const placed = placeReviewsColumns(format, plain, 3, 5);
    expect(placed.cells.size).toBe(15);
    expect(placed.right).toBe(14);
    expect(placed.missingColumns).toEqual([]);
  });

  it('follows a column label inside its group’s span, not one in another group', () => {
    const h: ReviewsHeader = { ...plain, labelled: new Map([['total', [5, 11]]]) };
    expect(at(h, 'review', 'total')).toBe('E4'); // 5 is in the next group: not this one's
    expect(at(h, 'litigation-direct', 'total')).toBe('F4');
    expect(at(h, 'litigation-after-review', 'total')).toBe('L4');
  });

  it('follows a label up to the next group’s start when a group is wider than five columns', () => {
    // An extra column inside 行政复议 (a remark, a split cell) pushes its 总计 to F.
    const h: ReviewsHeader = { starts: [0, 6, 11], labelled: new Map([['total', [5, 10, 15]]]), bottom: 2 };
    expect(at(h, 'review', 'total')).toBe('F4');
    expect(at(h, 'litigation-direct', 'total')).toBe('K4');
  });

  it('ends the last group five columns from its start: a 总计 further right is not its column', () => {
    const h: ReviewsHeader = { ...plain, labelled: new Map([['total', [4, 9, 15]]]) };
    expect(at(h, 'litigation-after-review', 'total')).toBe('O4');
  });

  it('lists a column label absent from a header that shows others, once, under the first group', () => {
    const labelled = new Map(
      ['upheld', 'corrected', 'other', 'total'].map((id, i) => [id, [i < 3 ? i : 4]] as const),
    );
    const placed = placeReviewsColumns(format, { ...plain, labelled }, 3, 5);
    expect(placed.missingColumns).toEqual([{ columnId: 'pending', near: { row: 2, col: 3 } }]);
  });

  it('reaches at least 行政诉讼’s column', () => {
    const narrow: ReviewsHeader = { starts: [0, 1, 2], labelled: new Map(), bottom: 0 };
    expect(placeReviewsColumns(format, narrow, 1, 20).right).toBe(20);
  });
});

describe('reviewsTable', () => {
  it('is a table 四 of the format’s edition with no row labels, rows or outdated labels', () => {
    const cells = new Map([['review|upheld', { row: 3, col: 0 }]]);
    const t = reviewsTable(
      'S',
      REVIEWS['2019'],
      2,
      { top: 0, left: 0, bottom: 3, right: 14 },
      {
        cells,
        missingColumns: [],
      },
    );
    expect(t).toEqual({
      table: 'reviews',
      edition: '2019',
      sheet: 'S',
      index: 2,
      bounds: { top: 0, left: 0, bottom: 3, right: 14 },
      cells,
      rowLabels: new Map(),
      missingRows: [],
      missingColumns: [],
      outdatedLabels: [],
    });
    expect('unalignedRows' in t).toBe(false);
  });

  it('carries unaligned rows when there are some', () => {
    const unalignedRows = [{ cell: { row: 1, col: 0 }, expected: 15, columnIds: [], actual: 14 }];
    const t = reviewsTable(
      'S',
      format,
      0,
      { top: 0, left: 0, bottom: 1, right: 13 },
      {
        cells: new Map(),
        missingColumns: [],
        unalignedRows,
      },
    );
    expect(t.unalignedRows).toBe(unalignedRows);
  });
});
