import type { Edition, TableId } from '../format';

/** A cell of the sheet, 0-based. */
export interface CellRef {
  row: number;
  col: number;
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Key of a format cell in `LocatedTable.cells`. */
export const cellKey = (rowId: string, columnId: string): string => `${rowId}|${columnId}`;

/**
 * A row copied from a PDF (label and numbers in one cell) whose count of numbers fits none of the
 * table's readings: blank cells vanish from such text, so which number is which column is unknown.
 */
export interface UnalignedRow {
  /** The format row; absent for table 四, whose one row of numbers has no label. */
  rowId?: string;
  /** The row's first number, in the grid the table was located on. */
  cell: CellRef;
  /** Numbers the row should hold, and the columns they stand for. */
  expected: number;
  columnIds: readonly string[];
  /** Numbers it holds. */
  actual: number;
}

/** One table of the format found on a sheet: where each of its format cells sits. */
export interface LocatedTable {
  table: TableId;
  edition: Edition;
  sheet: string;
  /** 0-based ordinal among the tables of the same id on this sheet (several departments' 三). */
  index: number;
  bounds: Bounds;
  /** Format cell (`cellKey(row, column)`) → the sheet cell holding its value. */
  cells: ReadonlyMap<string, CellRef>;
  /** Where each matched row's label sits (first label cell). */
  rowLabels: ReadonlyMap<string, CellRef>;
  /** Rows and columns of the edition that could not be matched, with the nearest cell to point at. */
  missingRows: readonly { rowId: string; near: CellRef }[];
  missingColumns: readonly { columnId: string; near: CellRef }[];
  /** Labels written in an older spelling (2021 table using 规范性文件). */
  outdatedLabels: readonly { rowId: string; cell: CellRef; found: string }[];
  /** Flattened rows found but not read (not in `cells`); optional: only split views have them. */
  unalignedRows?: readonly UnalignedRow[];
}
