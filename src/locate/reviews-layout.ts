import { labelTexts, type ColumnDef, type ReviewsFormat } from '../format';
import { labelKey, type Grid } from '../grid';
import { isBlank, type TextCell } from './cells';
import { cellKey, type CellRef, type LocatedTable } from './types';
import { REVIEWS_RIGHT_SLACK, REVIEWS_VALUE_ROWS } from './weights';

/**
 * The parts of reading table 四 from real cells (not from a flattened row), each a function of its
 * inputs only: what the header rows show, which row holds the numbers, where each number sits.
 */

/** What the header rows under the `行政复议 … 行政诉讼` row show. */
export interface ReviewsHeader {
  /** First column of each group, in the format's group order. */
  starts: readonly number[];
  /** Columns at which each column label (by column id) was found, left to right. */
  labelled: ReadonlyMap<string, readonly number[]>;
  /** Last row holding a group or column label; the `行政复议` row when none does. */
  bottom: number;
}

function columnOf(cell: TextCell, columns: readonly ColumnDef[]): ColumnDef | undefined {
  return columns.find((c) => labelTexts(c).some((l) => labelKey(l) === cell.key));
}

/**
 * The header, from the text cells of the rows under the `行政复议` row at `top`. 行政复议 starts at
 * its own cell; the two litigation groups at their labels, else 未经复议直接起诉 under 行政诉讼 and
 * 复议后起诉 one group's width further.
 */
export function readReviewsHeader(
  format: ReviewsFormat,
  top: number,
  rows: readonly { row: number; cells: readonly TextCell[] }[],
  reviewCol: number,
  litigationCol: number,
): ReviewsHeader {
  const [, direct, afterReview] = format.groups;
  const directKey = labelKey(direct.label.zh);
  const afterReviewKey = labelKey(afterReview.label.zh);
  let directCol: number | undefined;
  let afterReviewCol: number | undefined;
  const labelled = new Map<string, number[]>();
  let bottom = top;
  for (const { row, cells } of rows) {
    let any = false;
    for (const cell of cells) {
      if (cell.key === directKey) directCol = cell.col;
      else if (cell.key === afterReviewKey) afterReviewCol = cell.col;
      else {
        const col = columnOf(cell, format.columns);
        if (!col) continue;
        labelled.set(col.id, [...(labelled.get(col.id) ?? []), cell.col]);
      }
      any = true;
    }
    if (any) bottom = row;
  }
  directCol ??= litigationCol;
  afterReviewCol ??= directCol + format.columns.length;
  return { starts: [reviewCol, directCol, afterReviewCol], labelled, bottom };
}

/**
 * The row of numbers: the first row under the header with anything in the table's columns, within
 * `REVIEWS_VALUE_ROWS`; the row right under the header when all of them are blank. Rows past the
 * grid's end read as blank, so the window needs no clamp to the grid.
 */
export function reviewsValueRow(
  grid: Grid,
  headerBottom: number,
  reviewCol: number,
  litigationCol: number,
): number {
  const last = headerBottom + REVIEWS_VALUE_ROWS;
  const right = litigationCol + REVIEWS_RIGHT_SLACK;
  for (let row = headerBottom + 1; row <= last; row++)
    for (let col = reviewCol; col < right; col++) if (!isBlank(grid, row, col)) return row;
  return headerBottom + 1;
}

/** Where each format cell of table 四 sits, and which column labels the header lacks. */
export interface ReviewsPlacement {
  cells: Map<string, CellRef>;
  missingColumns: { columnId: string; near: CellRef }[];
  /** Rightmost column of the table. */
  right: number;
}

/**
 * Each group's columns: a column label found inside the group's span, else the column at its
 * place from the group's start. A column label absent from the whole header, when others are
 * present, is a missing column (listed once, under the first group).
 */
export function placeReviewsColumns(
  format: ReviewsFormat,
  header: ReviewsHeader,
  valueRow: number,
  litigationCol: number,
): ReviewsPlacement {
  const { starts, labelled } = header;
  const cells = new Map<string, CellRef>();
  const missingColumns: { columnId: string; near: CellRef }[] = [];
  let right = litigationCol;
  format.groups.forEach((group, g) => {
    const start = starts[g];
    const end = g + 1 < starts.length ? starts[g + 1] - 1 : start + format.columns.length - 1;
    format.columns.forEach((col, i) => {
      const at = (labelled.get(col.id) ?? []).find((c) => c >= start && c <= end) ?? start + i;
      cells.set(cellKey(group.id, col.id), { row: valueRow, col: at });
      right = Math.max(right, at);
      if (g === 0 && labelled.size > 0 && !labelled.has(col.id))
        missingColumns.push({ columnId: col.id, near: { row: header.bottom, col: at } });
    });
  });
  return { cells, missingColumns, right };
}

/** A located table 四 from its parts (the fields no table 四 has are empty). */
export function reviewsTable(
  sheet: string,
  format: ReviewsFormat,
  index: number,
  bounds: LocatedTable['bounds'],
  parts: Pick<LocatedTable, 'cells' | 'missingColumns' | 'unalignedRows'>,
): LocatedTable {
  return {
    table: 'reviews',
    edition: format.edition,
    sheet,
    index,
    bounds,
    cells: parts.cells,
    rowLabels: new Map(),
    missingRows: [],
    missingColumns: parts.missingColumns,
    outdatedLabels: [],
    ...(parts.unalignedRows ? { unalignedRows: parts.unalignedRows } : {}),
  };
}
