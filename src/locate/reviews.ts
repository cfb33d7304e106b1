import { REVIEWS, type ReviewsFormat } from '../format';
import { labelKey, type Grid } from '../grid';
import { isFilledNumber, RowCache, type TextCell } from './cells';
import { flatRowOf } from './flatten';
import { placeReviewsColumns, readReviewsHeader, reviewsTable, reviewsValueRow } from './reviews-layout';
import { cellKey, type CellRef, type LocatedTable } from './types';
import { FLAT_HEADER_LINES, REVIEWS_HEADER_ROWS } from './weights';

/**
 * Finds table 四: a `行政复议` cell with `行政诉讼` to its right on the same row, the group and
 * column labels below, and the one row of 15 numbers under the header. The table is the same in
 * both editions; its edition is settled later from the other tables.
 */
export function locateReviews(grid: Grid, cache = new RowCache(grid)): LocatedTable[] {
  const format = REVIEWS['2021'];
  const found: LocatedTable[] = [];
  const reviewKey = labelKey(format.header.review);
  const litigationKey = labelKey(format.header.litigation);
  for (let row = 0; row < grid.rowCount; row++) {
    const cells = cache.text(row);
    const review = cells.find((c) => c.key === reviewKey);
    // Stryker disable next-line EqualityOperator: equivalent for >=: the cell at review's column is review, not 行政诉讼
    const litigation = cells.find((c) => c.key === litigationKey && review && c.col > review.col);
    if (!review || !litigation) continue;
    const table = locateAt(grid, cache, format, row, review.col, litigation.col, found.length);
    found.push(table);
    row = table.bounds.bottom;
  }
  return found;
}

/** Table 四 whose header row (`行政复议 … 行政诉讼`) is at `top`: read from a flattened row or from cells. */
function locateAt(
  grid: Grid,
  cache: RowCache,
  format: ReviewsFormat,
  top: number,
  reviewCol: number,
  litigationCol: number,
  index: number,
): LocatedTable {
  const flat = flatValueRow(grid, top);
  if (flat)
    return flatTable(grid.sheet, format, flat.numbers, { top, left: reviewCol, bottom: flat.row }, index);
  const rows: { row: number; cells: readonly TextCell[] }[] = [];
  // Rows past the sheet's last read as blank (Grid.value) and unsplit: no loop here clamps to the row count.
  for (let row = top + 1; row <= top + REVIEWS_HEADER_ROWS; row++) rows.push({ row, cells: cache.text(row) });
  const header = readReviewsHeader(format, top, rows, reviewCol, litigationCol);
  const valueRow = reviewsValueRow(grid, header.bottom, reviewCol, litigationCol);
  const { cells, missingColumns, right } = placeReviewsColumns(format, header, valueRow, litigationCol);
  return reviewsTable(
    grid.sheet,
    format,
    index,
    { top, left: reviewCol, bottom: valueRow, right },
    { cells, missingColumns },
  );
}

/**
 * Table 四 whose 15 numbers came as one flattened row: taken in the format's order (groups, then
 * columns), as the header's words rarely keep their columns in copied text. Any other count could
 * mean any columns (blank cells vanish from PDF text): the table is found but none of it is read,
 * and the row is listed as unaligned.
 */
function flatTable(
  sheet: string,
  format: ReviewsFormat,
  numbers: readonly number[],
  span: { top: number; left: number; bottom: number },
  index: number,
): LocatedTable {
  const width = format.groups.length * format.columns.length;
  const cells = new Map<string, CellRef>();
  const unaligned = numbers.length !== width;
  if (!unaligned)
    format.groups.forEach((group, g) =>
      format.columns.forEach((col, i) =>
        cells.set(cellKey(group.id, col.id), {
          row: span.bottom,
          col: numbers[g * format.columns.length + i],
        }),
      ),
    );
  const bounds = { ...span, left: Math.min(span.left, numbers[0]), right: numbers[numbers.length - 1] };
  const unalignedRows = unaligned
    ? [
        {
          cell: { row: span.bottom, col: numbers[0] },
          expected: width,
          columnIds: format.groups.flatMap((g) => format.columns.map((c) => cellKey(g.id, c.id))),
          actual: numbers.length,
        },
      ]
    : undefined;
  return reviewsTable(sheet, format, index, bounds, { cells, missingColumns: [], unalignedRows });
}

/** The flattened row of numbers under a table 四 header, unless a row of real number cells comes first. */
function flatValueRow(grid: Grid, top: number): { row: number; numbers: readonly number[] } | undefined {
  for (let row = top + 1; row <= top + FLAT_HEADER_LINES; row++) {
    const flat = flatRowOf(grid, row);
    if (flat) return { row, numbers: flat.numbers };
    // Stryker disable next-line EqualityOperator: equivalent for <=: the column past the last reads blank (Grid's contract)
    for (let col = 0; col < grid.colCount; col++) if (isFilledNumber(grid, row, col)) return undefined;
  }
  return undefined;
}
