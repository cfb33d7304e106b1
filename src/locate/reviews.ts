import { REVIEWS, type ColumnDef, type ReviewsFormat } from '../format';
import { labelKey, type Grid } from '../grid';
import { isBlank, isFilledNumber, RowCache, type TextCell } from './cells';
import { flatRowOf } from './flatten';
import { cellKey, type CellRef, type LocatedTable } from './types';

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
    const litigation = cells.find((c) => c.key === litigationKey && review && c.col > review.col);
    if (!review || !litigation) continue;
    const table = locateAt(grid, cache, format, row, review.col, litigation.col, found.length);
    if (table) {
      found.push(table);
      row = table.bounds.bottom;
    }
  }
  return found;
}

function columnOf(cell: TextCell, columns: readonly ColumnDef[]): ColumnDef | undefined {
  return columns.find((c) => [c.label.zh, ...(c.aliases ?? [])].some((l) => labelKey(l) === cell.key));
}

function locateAt(
  grid: Grid,
  cache: RowCache,
  format: ReviewsFormat,
  top: number,
  reviewCol: number,
  litigationCol: number,
  index: number,
): LocatedTable | undefined {
  const flat = flatValueRow(grid, top);
  if (flat)
    return flatTable(grid.sheet, format, flat.numbers, { top, left: reviewCol, bottom: flat.row }, index);
  const [review, direct, afterReview] = format.groups;
  // Group starts: 行政复议 at its own cell; the two litigation groups from their labels below.
  const starts = new Map<string, number>([[review.id, reviewCol]]);
  let headerBottom = top;
  const labelled = new Map<string, number[]>();
  for (let row = top + 1; row <= Math.min(top + 3, grid.rowCount - 1); row++) {
    const cells = cache.text(row);
    if (cells.length === 0) continue;
    let any = false;
    for (const cell of cells) {
      if (cell.key === labelKey(direct.label.zh)) starts.set(direct.id, cell.col);
      else if (cell.key === labelKey(afterReview.label.zh)) starts.set(afterReview.id, cell.col);
      else {
        const col = columnOf(cell, format.columns);
        if (!col) continue;
        labelled.set(col.id, [...(labelled.get(col.id) ?? []), cell.col]);
      }
      any = true;
    }
    if (any) headerBottom = row;
  }
  if (!starts.has(direct.id)) starts.set(direct.id, litigationCol);
  if (!starts.has(afterReview.id)) starts.set(afterReview.id, (starts.get(direct.id) ?? litigationCol) + 5);

  // Each group's columns: the labels found inside its span, else the 5 columns from its start.
  const groupIds = format.groups.map((g) => g.id);
  const cells = new Map<string, CellRef>();
  const missingColumns: { columnId: string; near: CellRef }[] = [];
  // The numbers sit on the first non-empty row under the header (all blank: the row right under it).
  let valueRow = headerBottom + 1;
  for (let r = headerBottom + 1; r <= Math.min(headerBottom + 3, grid.rowCount - 1); r++)
    if (!rowIsEmpty(grid, r, reviewCol, litigationCol - reviewCol + 10)) {
      valueRow = r;
      break;
    }

  let right = litigationCol;
  groupIds.forEach((gid, g) => {
    const start = starts.get(gid) ?? reviewCol + g * 5;
    const end = g + 1 < groupIds.length ? (starts.get(groupIds[g + 1]) ?? start + 5) - 1 : start + 4;
    format.columns.forEach((col, i) => {
      const inSpan = (labelled.get(col.id) ?? []).find((c) => c >= start && c <= end);
      const at = inSpan ?? start + i;
      cells.set(cellKey(gid, col.id), { row: valueRow, col: at });
      right = Math.max(right, at);
      // A column label absent from the whole header (the others present) is a missing column.
      if (g === 0 && labelled.size > 0 && !labelled.has(col.id))
        missingColumns.push({ columnId: col.id, near: { row: headerBottom, col: at } });
    });
  });

  return {
    table: 'reviews',
    edition: format.edition,
    sheet: grid.sheet,
    index,
    bounds: { top, left: reviewCol, bottom: valueRow, right },
    cells,
    rowLabels: new Map(),
    missingRows: [],
    missingColumns,
    outdatedLabels: [],
  };
}

function rowIsEmpty(grid: Grid, row: number, from: number, width: number): boolean {
  for (let c = from; c < from + width; c++) if (!isBlank(grid, row, c)) return false;
  return true;
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
  return {
    table: 'reviews',
    edition: format.edition,
    sheet,
    index,
    bounds: {
      ...span,
      left: Math.min(span.left, numbers[0]),
      right: numbers[numbers.length - 1],
    },
    cells,
    rowLabels: new Map(),
    missingRows: [],
    missingColumns: [],
    outdatedLabels: [],
    ...(unaligned
      ? {
          unalignedRows: [
            {
              cell: { row: span.bottom, col: numbers[0] },
              expected: width,
              columnIds: format.groups.flatMap((g) => format.columns.map((c) => `${g.id}|${c.id}`)),
              actual: numbers.length,
            },
          ],
        }
      : {}),
  };
}

/** Header lines of copied text wrap: the numbers are on the first flattened row a few lines down. */
const FLAT_HEADER_LINES = 6;

/** The flattened row of numbers under a table 四 header, unless a row of real number cells comes first. */
function flatValueRow(grid: Grid, top: number): { row: number; numbers: readonly number[] } | undefined {
  for (let row = top + 1; row <= Math.min(top + FLAT_HEADER_LINES, grid.rowCount - 1); row++) {
    const flat = flatRowOf(grid, row);
    if (flat) return { row, numbers: flat.numbers };
    for (let col = 0; col < grid.colCount; col++) if (isFilledNumber(grid, row, col)) return undefined;
  }
  return undefined;
}
