/** A raw cell value as a source hands it over: typed numbers stay numbers, everything else is text. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive. Only its top-left cell holds a value (as in Excel). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Where a grid row came from in a document (a Word file, a web page, a PDF), numbered as a user
 * counts: tables and paragraphs from 1 in document order, table rows from 1 within their table.
 * A table row's cells keep their grid columns: tables start at column A, so grid column c is the
 * table's (c + 1)-th grid column (Word's w:gridCol, HTML's column after col/rowspans).
 */
export type RowOrigin =
  | { readonly kind: 'paragraph'; readonly paragraph: number; readonly page?: number }
  | { readonly kind: 'table'; readonly table: number; readonly row: number; readonly page?: number }
  | TextLineOrigin;

/**
 * A place in a text file as an editor's status bar counts it: line and column from 1, the column
 * in characters (Unicode code points, so 汉 or an emoji is one; a tab is one) from the line's start.
 */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A row of a delimited text file (.txt, .tsv, .csv). A row is usually one line, but a quoted CSV
 * field may hold line breaks, so each field keeps its own position: field k of the row is grid
 * column k and starts at `fields[k]` (at its opening quote when quoted). `end` is just past the
 * row's last character, where a field missing from the row would be typed.
 */
export interface TextLineOrigin {
  readonly kind: 'text';
  /** The line the row starts on (that of `fields[0]`). */
  readonly line: number;
  readonly fields: readonly TextPosition[];
  readonly end: TextPosition;
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
  /** For grids read from a document: where the row came from. Spreadsheets have none. */
  rowOrigin?(row: number): RowOrigin | undefined;
}
