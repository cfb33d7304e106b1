/**
 * One place that decides how a sheet the product writes is printed: A4, one page wide (as many
 * pages tall as it takes), title rows repeated, landscape where the columns are wide, a header
 * naming the file and sheet and a footer numbering the pages. planPrint decides (pure, tested on
 * its own); applyPrintSetup writes it onto an exceljs sheet. No exceljs at run time here: the
 * add-in's Office.js writer (src/office/template-render.ts) takes its header and footer from here.
 */
import type * as ExcelJS from 'exceljs';
import { columnName, parseRangeA1 } from '../grid/a1';
import type { Locale } from '../report/types';

export type Orientation = 'portrait' | 'landscape';

/** Margins in inches, as exceljs and Excel's page setup take them. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** Ours: narrower sides than Excel's default 0.7", so more of a wide sheet fits at full size. */
export const PRINT_MARGINS: Margins = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** ISO A4 in points; exceljs/Excel paper size 9. */
const A4 = { short: 595.3, long: 841.9 };
export const A4_PAPER = 9;

/** Below this, 11-point text prints under about 7 points: split over more pages wide instead. */
export const MIN_SCALE = 0.6;
/** Portrait while the sheet fits it at (nearly) full size; landscape beyond. */
const PORTRAIT_MIN_SCALE = 0.9;
/** Excel's standard column width in characters when neither the column nor the sheet sets one. */
const DEFAULT_WIDTH = 8.43;

/** Excel header/footer codes: &P page, &N pages, &F file name, &A sheet name. */
const FOOTER: Record<Locale, string> = { 'zh-CN': '第 &P 页，共 &N 页', en: 'Page &P of &N' };
export const pageFooter = (locale: Locale = 'zh-CN'): string => FOOTER[locale];
/** The file and the sheet, whatever either is called when printed. */
export const PAGE_HEADER = '&F　&A';
/** Excel takes at most 255 characters for a whole header: room for the codes and doubled `&`s. */
const MAX_HEADER_TEXT = 120;

/** Plain text for a header: `&` doubled so Excel prints it instead of reading a code. */
export function headerText(text: string): string {
  const short = text.length > MAX_HEADER_TEXT ? `${text.slice(0, MAX_HEADER_TEXT - 1)}…` : text;
  return short.replace(/&/g, '&&');
}

/** Excel column width in characters to points (7 px a character plus 5 px padding, at 96 dpi). */
export function widthToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

export interface PrintPlan {
  orientation: Orientation;
  /** Pages wide to fit to: 1 unless that would print below MIN_SCALE. */
  pagesWide: number;
  /** The scale Excel will print at (never above 1: fitting does not enlarge). */
  scale: number;
}

/** The printable width of A4 in points for an orientation and side margins (inches). */
export function printableWidth(orientation: Orientation, margins: Pick<Margins, 'left' | 'right'>): number {
  const paper = orientation === 'portrait' ? A4.short : A4.long;
  return paper - (margins.left + margins.right) * 72;
}

/**
 * Orientation and pages wide for columns of these widths (points): portrait if they fit it at
 * nearly full size, else landscape; one page wide unless that would print below MIN_SCALE.
 */
export function planPrint(
  widths: readonly number[],
  margins: Pick<Margins, 'left' | 'right'> = PRINT_MARGINS,
  orientation?: Orientation,
): PrintPlan {
  const total = Math.max(
    1,
    widths.reduce((a, b) => a + b, 0),
  );
  const scaleOn = (o: Orientation, pages: number) =>
    Math.min(1, (printableWidth(o, margins) * pages) / total);
  const chosen = orientation ?? (scaleOn('portrait', 1) >= PORTRAIT_MIN_SCALE ? 'portrait' : 'landscape');
  let pagesWide = 1;
  while (scaleOn(chosen, pagesWide) < MIN_SCALE) pagesWide++;
  return { orientation: chosen, pagesWide, scale: scaleOn(chosen, pagesWide) };
}

/** 1-based, inclusive. */
export interface LineSpan {
  first: number;
  last: number;
}

export interface PrintSetupOptions {
  /** Rows repeated at the top of every page (1-based). */
  titleRows?: LineSpan;
  /** Columns repeated at the left, only when the sheet needs more than one page wide (1-based). */
  titleColumns?: LineSpan;
  /** Decided from the used width when absent. */
  orientation?: Orientation;
  /** The header, in Excel codes (see headerText for plain text); the file and sheet by default. */
  header?: string;
  /** The footer's words. */
  locale?: Locale;
  margins?: Margins;
  /**
   * `A1:H40`: what is printed (and measured); the used range otherwise. (Not a cure for long text
   * running on into empty columns: LibreOffice fits that to the page width even with a print area.)
   */
  printArea?: string;
  horizontalCentered?: boolean;
}

/** exceljs's page setup as loaded from a file: it has this flag, its types do not. */
type LoadedPageSetup = Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };

/** Sets A4, fit to width, titles, header and footer on the sheet; returns what it decided. */
export function applyPrintSetup(ws: ExcelJS.Worksheet, options: PrintSetupOptions = {}): PrintPlan {
  const margins = options.margins ?? PRINT_MARGINS;
  const { printArea } = options;
  const widths = usedWidths(ws, printArea);
  const plan = planPrint(widths, margins, options.orientation);
  const columns = options.titleColumns;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER,
    orientation: plan.orientation,
    fitToPage: true,
    fitToWidth: plan.pagesWide,
    fitToHeight: 0, // as many pages tall as it takes
    margins,
    ...(options.horizontalCentered !== undefined ? { horizontalCentered: options.horizontalCentered } : {}),
    ...(printArea ? { printArea } : {}),
    // exceljs reads a sheet without a first page number as 1 and writes it back as set, which
    // restarts the numbering on that sheet (LibreOffice honours it): continue the file's instead.
    ...((ws.pageSetup as LoadedPageSetup).useFirstPageNumber === true ? {} : { firstPageNumber: undefined }),
    ...(options.titleRows ? { printTitlesRow: `${options.titleRows.first}:${options.titleRows.last}` } : {}),
    ...(columns && plan.pagesWide > 1
      ? { printTitlesColumn: `${columnName(columns.first - 1)}:${columnName(columns.last - 1)}` }
      : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&C${options.header ?? PAGE_HEADER}`,
    oddFooter: `&C${pageFooter(options.locale)}`,
  };
  return plan;
}

/**
 * Whether the user set up printing on this sheet themselves (a file saved without any page setup
 * loads with exceljs's defaults: no paper size, portrait, 100 %, Excel's margins, no titles, no
 * header or footer). Any of them set counts: we never replace part of someone's setup.
 */
export function hasOwnPrintSetup(ws: ExcelJS.Worksheet): boolean {
  const p = ws.pageSetup;
  const h = ws.headerFooter ?? {};
  return (
    p.paperSize !== undefined ||
    p.orientation === 'landscape' ||
    p.fitToPage === true ||
    (p.scale !== undefined && p.scale !== 100) ||
    Boolean(p.printArea || p.printTitlesRow || p.printTitlesColumn) ||
    (p.margins !== undefined && !sameMargins(p.margins, EXCEL_MARGINS)) ||
    [h.oddHeader, h.oddFooter, h.evenHeader, h.evenFooter, h.firstHeader, h.firstFooter].some(Boolean)
  );
}

/** Excel's (and exceljs's) default margins: what a file never set up carries. */
const EXCEL_MARGINS: Margins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const sameMargins = (a: Margins, b: Margins): boolean =>
  (Object.keys(b) as (keyof Margins)[]).every((k) => Math.abs(a[k] - b[k]) < 0.005);

/** Widths in points of the columns printed: the print area's, else up to the last used column. */
function usedWidths(ws: ExcelJS.Worksheet, printArea?: string): number[] {
  const area = printArea ? parseRangeA1(printArea) : undefined;
  const first = area ? area.left + 1 : 1;
  const last = area ? area.right + 1 : ws.columnCount;
  const standard = ws.properties.defaultColWidth ?? DEFAULT_WIDTH;
  const widths: number[] = [];
  for (let c = first; c <= last; c++) {
    const column = ws.getColumn(c);
    widths.push(column.hidden ? 0 : widthToPoints(column.width ?? standard));
  }
  return widths;
}
