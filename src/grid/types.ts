/** A raw cell value as a source hands it over: typed numbers stay numbers, everything else is text. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive. Only its top-left cell holds a value (as in Excel). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A read-only 2-D view of one sheet's cells. Rows and columns are 0-based. */
export interface Grid {
  readonly sheet: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly MergedArea[];
  /** Raw value; null for an empty cell or a cell outside the used range. */
  value(row: number, col: number): CellValue;
  /** Number format code where the source has one (Excel), else undefined. */
  numberFormat(row: number, col: number): string | undefined;
  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): MergedArea | undefined;
}
