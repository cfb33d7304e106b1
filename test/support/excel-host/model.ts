/** The in-memory workbook behind the simulated Excel host: plain data, no Office semantics. */

export type CellScalar = string | number | boolean | null;

export interface SheetModel {
  name: string;
  rows: CellScalar[][];
  /** Merged areas in A1, e.g. `A1:J1`. */
  merges?: string[];
  /** Number formats by A1 address; cells not listed are `General`. */
  numberFormats?: Record<string, string>;
  /** Solid fills by A1 address (`#FFFFFF` is a white fill, unlike an absent entry = No Fill). */
  fills?: Record<string, string>;
  fonts?: Record<string, { color?: string; bold?: boolean }>;
  notes?: Record<string, string>;
  /** Threaded comments by A1 address; `replies` by other people. */
  comments?: Record<
    string,
    { content: string; authorEmail?: string; replies?: { content: string; authorEmail: string }[] }
  >;
  protected?: boolean;
}

export interface Fill {
  color: string;
  /** A theme colour's lightening/darkening, -1..1; `color` reads back with the tint applied. */
  tintAndShade: number;
  /** Excel.FillPattern; `Solid` unless the cell has a pattern fill. */
  pattern: string;
  /** Colour of a pattern's lines, where a pattern is set. */
  patternColor?: string;
}

/** A threaded comment (ExcelApi 1.10) anchored on a cell, with its replies. */
export interface CommentModel {
  id: string;
  content: string;
  authorEmail: string;
  replies: { id: string; content: string; authorEmail: string }[];
}

/** One side of a cell's border, as Excel.RangeBorder sets it. */
export interface BorderLine {
  style: string;
  weight: string;
  color: string;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** What Range.dataValidation holds for a cell (ExcelApi 1.8). */
export interface ValidationModel {
  rule: Record<string, unknown> | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  ignoreBlanks: boolean;
}

export interface Cell {
  value: CellScalar;
  /** Formula without `=`; `value` is then what the host's evaluator computes (else null). */
  formula: string | null;
  numberFormat: string;
  fontName: string;
  fontSize: number;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: Partial<Record<Side, BorderLine>>;
  locked: boolean;
  validation: ValidationModel | null;
  fill: Fill | null;
  /** null: Automatic (reads back as `#000000`). */
  fontColor: string | null;
  bold: boolean;
  /** A legacy note (ExcelApi 1.18: Worksheet.notes, which the shipped runtime lacks). */
  note: string | null;
  comment: CommentModel | null;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const DEFAULT_FONT_COLOR = '#000000';
export const DEFAULT_FONT = { name: 'Calibri', size: 11 } as const;

/** A custom conditional format (ExcelApi 1.6) as the host keeps it. */
export interface ConditionalFormatModel {
  box: Box;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** Worksheet.pageLayout (ExcelApi 1.9); margins in points. */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  printArea: Box | null;
  printTitleRows: { first: number; last: number } | null;
  centerHeader: string;
  centerFooter: string;
}

const defaultPageLayout = (): PageLayoutModel => ({
  orientation: 'Portrait',
  paperSize: 'Letter',
  zoom: { scale: 100 },
  centerHorizontally: false,
  margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
  printArea: null,
  printTitleRows: null,
  centerHeader: '',
  centerFooter: '',
});

export class SheetState {
  readonly cells = new Map<string, Cell>();
  merges: Box[] = [];
  protected = false;
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Column widths and row heights in points, where set. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  pageLayout: PageLayoutModel = defaultPageLayout();
  /** Rows that start a new printed page (manual horizontal page breaks). */
  readonly pageBreaks = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        value: null,
        formula: null,
        numberFormat: 'General',
        fontName: DEFAULT_FONT.name,
        fontSize: DEFAULT_FONT.size,
        horizontal: 'General',
        vertical: 'Bottom',
        wrap: false,
        borders: {},
        locked: true,
        validation: null,
        fill: null,
        fontColor: null,
        bold: false,
        note: null,
        comment: null,
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Bounds of cells with a value (valuesOnly) or with any format/value; undefined when empty. */
  usedBox(valuesOnly: boolean): Box | undefined {
    let box: Box | undefined;
    for (const [key, cell] of this.cells) {
      const hasValue = (cell.value !== null && cell.value !== '') || cell.formula !== null;
      const hasFormat =
        cell.fill !== null ||
        cell.bold ||
        cell.fontColor !== null ||
        cell.numberFormat !== 'General' ||
        Object.keys(cell.borders).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, col] = key.split(',').map(Number);
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  selection: { sheetId: string; box: Box };
  settings: Map<string, string>;
  nextSheetId: number;
  /** Part of every worksheet ID: a reopened workbook gets new IDs (office-js-docs #297, office-js #1390). */
  session: number;
  /** Workbook.protection.protected: the structure is locked (no sheets added or deleted). */
  structureProtected: boolean;
}

let sessions = 0;

export const sheetId = (session: number, n: number): string => `{${session}-sheet-${n}}`;

export function buildWorkbook(
  sheets: readonly SheetModel[],
  settings: Record<string, unknown> = {},
): WorkbookState {
  // Excel's worksheet IDs are GUIDs in braces, constant within a session only: another session (a
  // reopened workbook) gives the same sheets new IDs (office-js-docs #297, office-js #1390).
  const session = ++sessions;
  const states = sheets.map((model, i) => loadSheet(sheetId(session, i + 1), model));
  if (states.length === 0) states.push(new SheetState(sheetId(session, 1), 'Sheet1'));
  return {
    sheets: states,
    activeSheetId: states[0].id,
    selection: { sheetId: states[0].id, box: { top: 0, left: 0, bottom: 0, right: 0 } },
    settings: new Map(Object.entries(settings).map(([k, v]) => [k, JSON.stringify(v)])),
    nextSheetId: states.length + 1,
    session,
    structureProtected: false,
  };
}

function loadSheet(id: string, model: SheetModel): SheetState {
  const sheet = new SheetState(id, model.name);
  model.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== '') sheet.cell(r, c).value = value;
    }),
  );
  sheet.merges = (model.merges ?? []).map((a) => mustParseBox(a));
  for (const [a1, format] of Object.entries(model.numberFormats ?? {})) at(sheet, a1).numberFormat = format;
  for (const [a1, color] of Object.entries(model.fills ?? {}))
    at(sheet, a1).fill = { color, tintAndShade: 0, pattern: 'Solid' };
  for (const [a1, font] of Object.entries(model.fonts ?? {})) {
    const cell = at(sheet, a1);
    if (font.color !== undefined) cell.fontColor = font.color;
    if (font.bold !== undefined) cell.bold = font.bold;
  }
  for (const [a1, text] of Object.entries(model.notes ?? {})) at(sheet, a1).note = text;
  for (const [a1, comment] of Object.entries(model.comments ?? {}))
    at(sheet, a1).comment = {
      id: `${id}-comment-${a1}`,
      content: comment.content,
      authorEmail: comment.authorEmail ?? 'colleague@example.gov.cn',
      replies: (comment.replies ?? []).map((r, i) => ({ ...r, id: `${id}-reply-${a1}-${i}` })),
    };
  sheet.protected = model.protected ?? false;
  return sheet;
}

function at(sheet: SheetState, a1: string): Cell {
  const box = mustParseBox(a1);
  return sheet.cell(box.top, box.left);
}

/** Writes the model back as SheetModels (what "save" keeps), for reopen tests. */
export function saveSheet(sheet: SheetState): SheetModel {
  const box = sheet.usedBox(false);
  const rows: CellScalar[][] = [];
  const model: Required<Omit<SheetModel, 'name' | 'rows' | 'protected' | 'merges'>> = {
    numberFormats: {},
    fills: {},
    fonts: {},
    notes: {},
    comments: {},
  };
  if (box)
    for (let r = 0; r <= box.bottom; r++) {
      const row: CellScalar[] = [];
      for (let c = 0; c <= box.right; c++) row.push(sheet.peek(r, c)?.value ?? null);
      rows.push(row);
    }
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    const a1 = toA1(r, c);
    if (cell.numberFormat !== 'General') model.numberFormats[a1] = cell.numberFormat;
    if (cell.fill) model.fills[a1] = cell.fill.color;
    if (cell.fontColor !== null || cell.bold)
      model.fonts[a1] = { ...(cell.fontColor !== null ? { color: cell.fontColor } : {}), bold: cell.bold };
    if (cell.note !== null) model.notes[a1] = cell.note;
    if (cell.comment !== null)
      model.comments[a1] = {
        content: cell.comment.content,
        authorEmail: cell.comment.authorEmail,
        replies: cell.comment.replies.map(({ content, authorEmail }) => ({ content, authorEmail })),
      };
  }
  return {
    name: sheet.name,
    rows,
    merges: sheet.merges.map(boxA1),
    ...model,
    protected: sheet.protected,
  };
}

// ---- A1 helpers (kept local so the host does not depend on the code under test: src/grid/a1.ts) ----

export function colName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export const toA1 = (row: number, col: number): string => `${colName(col)}${row + 1}`;

export const boxA1 = (b: Box): string =>
  b.top === b.bottom && b.left === b.right
    ? toA1(b.top, b.left)
    : `${toA1(b.top, b.left)}:${toA1(b.bottom, b.right)}`;

function parseCell(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses `B2`, `B2:C5`, optionally prefixed by `Sheet!` or `'My Sheet'!`. */
export function parseAddress(address: string): { sheet?: string; box: Box } | undefined {
  const bang = address.lastIndexOf('!');
  let sheet: string | undefined;
  let rest = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    rest = address.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return {
    sheet,
    box: {
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    },
  };
}

export function mustParseBox(address: string): Box {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`bad address ${address}`);
  return parsed.box;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Whole columns `A:O` or whole rows `3:5` (optionally with `$`), as Worksheet.getRange accepts them. */
export function parseLines(address: string): Box | undefined {
  const text = address.replace(/\$/g, '').trim();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(text);
  if (cols) {
    const [a, b] = [cols[1], cols[2]].map((name) => mustParseBox(`${name}1`).left);
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROW, right: Math.max(a, b) };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(text);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COL };
  }
  return undefined;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
