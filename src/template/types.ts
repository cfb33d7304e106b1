/**
 * The report template as pure data: what every cell holds and looks like, merges, validation,
 * conditional formats and print setup. Renderers (src/xlsx, src/office) turn it into a sheet and
 * decide nothing themselves. Rows and columns are 0-based, as in src/grid.
 */
import type { Edition, TableId, Text, ValueKind } from '../format';
import type { MergedArea } from '../grid';
import type { CellRef } from '../locate/types';
import type { StyleId } from './styles';

export type TotalsMode = 'formula' | 'input';
export type Scalar = number | string | boolean | null;

export interface TemplateOptions {
  edition?: Edition;
  /** Report year; the title shows `（年度）` without it. */
  year?: number | null;
  /** 机关名称; the title shows `（机关名称）` without it. */
  body?: string | null;
  /** `formula` (default): totals are SUM formulas; `input`: staff type them and the sheet checks them. */
  totals?: TotalsMode;
  /** Values for the typed cells (see fillTemplate to take them from a located table). */
  values?: readonly TemplateFill[];
}

/** One value for a typed cell of the template; null leaves it empty. */
export interface TemplateFill {
  table: TableId;
  rowId: string;
  columnId: string;
  value: number | null;
}

/** Where a value cell of the format sits in the template and what it may hold. */
export interface TemplateValueCell {
  table: TableId;
  rowId: string;
  columnId: string;
  /** Official labels, for messages about the cell. */
  rowLabel: Text;
  columnLabel: Text;
  kind: ValueKind;
  /** Totals are formulas in `formula` mode and typed (and checked) in `input` mode. */
  role: 'input' | 'total';
  cell: CellRef;
}

export interface TemplateCell {
  row: number;
  col: number;
  /** A constant; absent for formula cells and for cells covered by a merge (style only). */
  value?: Scalar;
  /** Formula without the leading `=`, using only functions Excel, WPS and LibreOffice agree on. */
  formula?: string;
  /** The formula's value for the cell contents the template holds, cached so readers see numbers. */
  result?: Scalar;
  style: StyleId;
  /** Staff type into it: renderers unlock it. */
  unlocked?: boolean;
}

export interface TemplateValidation {
  cell: CellRef;
  kind: ValueKind;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** Red when `formula` (written for `cell`, absolute references) is true. */
export interface TemplateConditionalFormat {
  cell: CellRef;
  formula: string;
  style: 'fail';
  /** `value`: a table cell whose rule fails; `status`: a table's status cell when any of its rules fails. */
  target: 'value' | 'status';
}

export interface TemplatePageSetup {
  paper: 'A4';
  orientation: 'portrait';
  fitToWidth: 1;
  /** Inches, as Excel and exceljs take them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  printTitleRows: { first: number; last: number };
  printArea: MergedArea;
  /** Manual page breaks before these rows. */
  rowBreaks: number[];
}

export interface TemplateTable {
  table: TableId;
  edition: Edition;
  bounds: MergedArea;
  /** The cell that says in words whether the table's rules hold. */
  status: CellRef;
  cells: TemplateValueCell[];
}

export interface Template {
  sheetName: string;
  edition: Edition;
  year: number | null;
  body: string | null;
  totals: TotalsMode;
  /** Column widths in Excel character units. */
  columnWidths: number[];
  /** Row heights in points; undefined leaves the default. */
  rowHeights: (number | undefined)[];
  /** Every cell with content or style, row-major; cells covered by a merge carry its style. */
  cells: TemplateCell[];
  merges: MergedArea[];
  validations: TemplateValidation[];
  conditionalFormats: TemplateConditionalFormat[];
  /** Rows frozen at the top (the title). */
  frozenRows: number;
  page: TemplatePageSetup;
  tables: TemplateTable[];
}
