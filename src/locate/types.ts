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
}
