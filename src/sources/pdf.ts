/**
 * PDF layout: positioned text runs (from any extractor) → one grid. Pure TypeScript, no pdfjs:
 * the extraction lives in src/sources/node/pdf-extract.ts (Node) and may live elsewhere in the browser.
 *
 * Coordinates are PDF user space turned top-down: `x` is the run's left edge from the page's left
 * edge, `y` its baseline measured DOWN from the page's top edge, `height` the font size.
 *
 * Steps: runs → lines (by baseline) → cells (runs closer than half a font size merge: CJK text
 * has no spaces) → page furniture dropped (running headers/footers, page numbers) → tables
 * (blocks of lines whose numbers stand in columns; the columns come from the numbers' x ranges,
 * header text goes to the column it is centred over) and paragraphs (wrapped lines joined).
 */
import { ArrayGrid } from '../grid/grid';
import { fieldValue } from '../grid/text';
import type { CellValue, MergedArea, RowOrigin } from '../grid/types';
import { SourceReadError, type ReadSourceOptions, type SourceDocument, type SourceNotice } from './types';

export interface PdfTextRun {
  text: string;
  /** Left edge, from the page's left edge. */
  x: number;
  /** Baseline, measured down from the page's top edge. */
  y: number;
  width: number;
  /** Font size (the run's height). */
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

/** Runs of one line closer than this many font sizes are one cell. */
const MERGE_GAP = 0.5;
/** Baselines closer than this many font sizes are one line. */
const SAME_LINE = 0.35;

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  page: number;
  pageHeight: number;
  y: number;
  size: number;
  cells: Cell[];
  x0: number;
  x1: number;
}

export function pdfPagesToDocument(pages: PdfPage[], options: ReadSourceOptions): SourceDocument {
  const perPage = pages.map((page, i) => pageLines(page, i + 1));
  if (perPage.every((lines) => lines.length === 0))
    throw new SourceReadError('no-text-layer', `none of the ${pages.length} pages carries text (a scan?)`);
  const { kept, dropped } = dropFurniture(perPage, pages);
  const lines = kept.flat();
  const out = new GridBuilder(options);
  layout(lines, out);
  const notices: SourceNotice[] = dropped > 0 ? [{ code: 'pdf-furniture-dropped', count: dropped }] : [];
  return { format: 'pdf', grids: [out.build()], notices };
}

// ---------------------------------------------------------------------------------------------
// Lines and cells

function pageLines(page: PdfPage, pageNo: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() !== '' && r.height > 0);
  // Top to bottom (a stable sort: runs at one height keep pdf.js's order); each line is sorted by x below.
  runs.sort((a, b) => a.y - b.y);
  const groups: PdfTextRun[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(run.y - last[0].y) <= SAME_LINE * Math.min(run.height, last[0].height))
      last.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((r) => r.height));
    const cells: Cell[] = [];
    for (const run of group) {
      const last = cells[cells.length - 1];
      const gap = last ? run.x - last.x1 : Infinity;
      // Stryker disable next-line EqualityOperator: equivalent: runs exactly half a size apart, as two cells, are put back together by the line or the column they fall in
      if (last && gap < MERGE_GAP * size) {
        last.text = joinText(last.text, run.text, gap > 0.15 * size);
        last.x1 = Math.max(last.x1, run.x + run.width);
      } else cells.push({ text: run.text, x0: run.x, x1: run.x + run.width });
    }
    for (const c of cells) c.text = c.text.trim();
    return {
      page: pageNo,
      pageHeight: page.height,
      y: group[0].y,
      size,
      cells,
      x0: cells[0].x0,
      x1: cells[cells.length - 1].x1,
    };
  });
}

const LATIN_END = /[A-Za-z0-9.,;:%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Joins two pieces of text: a space only between Latin words that stand apart (none beside a space). */
function joinText(a: string, b: string, apart: boolean): string {
  return apart && LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])\\s+(?=[A-Za-z0-9])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([A-Za-z0-9%])\\s+(?=[${CJK}])`, 'g');
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/**
 * Removes the gaps typesetters put between Chinese and Latin text (`信息 33 条`) and the spaces
 * pdf extractors put at gaps inside Chinese text: the published text has neither.
 */
function tidy(text: string): string {
  return text
    .replace(SPACE_AFTER_CJK, '$1')
    .replace(SPACE_BEFORE_CJK, '$1')
    .replace(SPACE_BETWEEN_CJK, '$1')
    .trim();
}

const lineText = (line: Line): string => tidy(line.cells.map((c) => c.text).join(' '));

// ---------------------------------------------------------------------------------------------
// Page furniture

const PAGE_NUMBER = [
  /^[-–—－\s]*\d{1,4}[-–—－\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s+\d{1,4}(\s+of\s+\d{1,4})?$/i,
];
/** Running headers and footers stand in the outer part of the page. */
const MARGIN_ZONE = 0.12;

/**
 * Drops running headers/footers (a line at the same place with the same text, digits aside, on
 * most pages) and page numbers (a page-number-looking line first or last on its page, in the
 * margin zone).
 */
function dropFurniture(perPage: Line[][], pages: PdfPage[]): { kept: Line[][]; dropped: number } {
  const inMargin = (line: Line) => {
    const h = pages[line.page - 1].height;
    return line.y < h * MARGIN_ZONE || line.y > h * (1 - MARGIN_ZONE);
  };
  const key = (line: Line) => `${Math.round(line.y / 2)}|${lineText(line).replace(/\d+/g, '#')}`;
  const seen = new Map<string, number>();
  for (const lines of perPage)
    for (const k of new Set(lines.filter(inMargin).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeatMin = Math.max(2, Math.ceil(perPage.length / 2));
  let dropped = 0;
  const kept = perPage.map((lines) =>
    lines.filter((line, i) => {
      const edge = i === 0 || i === lines.length - 1;
      const pageNumber = edge && PAGE_NUMBER.some((re) => re.test(lineText(line)));
      // A line with numbers in columns is a table row (one department's report per page repeats its
      // first row at the top of every page); running headers and footers never hold such numbers.
      const furniture =
        inMargin(line) && !isTableRow(line) && (pageNumber || (seen.get(key(line)) ?? 0) >= repeatMin);
      if (furniture) dropped++;
      return !furniture;
    }),
  );
  return { kept, dropped };
}

// ---------------------------------------------------------------------------------------------
// Tables and paragraphs

const NUMBER = /^[-+]?\d[\d,，]*(\.\d+)?%?$/;
const isNumberCell = (c: Cell) => NUMBER.test(c.text);
const isNumeric = (line: Line) => line.cells.some(isNumberCell);
/** Three or more number cells: a row of a table (a footer holds at most a page number and a count). */
const isTableRow = (line: Line) => line.cells.filter(isNumberCell).length >= 3;
/** A section heading of the report (`三、收到和处理…`): tables never start with one. */
const SECTION = /^[一二三四五六七八九十]+、/;
/** Markers that start a paragraph or a label: `（一）` `一、` `1.` `1、`. */
const MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d))/;
/** Non-numeric lines a table may hold between two rows of numbers (headers of a next block). */
const MAX_INNER_TEXT_LINES = 6;
/** Lines above the first row of numbers that may be the table's header. */
const MAX_HEADER_LINES = 6;

interface Column {
  x0: number;
  x1: number;
}

interface Table {
  lines: Line[];
  columns: Column[];
  size: number;
}

function layout(lines: Line[], out: GridBuilder): void {
  const tables: { start: number; end: number; table: Table }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isNumeric(lines[i])) {
      i++;
      continue;
    }
    const start = headerStart(lines, i, tables.length > 0 ? tables[tables.length - 1].end : 0);
    const table: Table = { lines: [], columns: [], size: lines[i].size };
    addColumns(table, lines[i]);
    let end = i + 1;
    let j = i + 1;
    while (j < lines.length) {
      // The next row of numbers within reach, its text lines in between not breaking the table.
      let k = j;
      while (
        k < lines.length &&
        !isNumeric(lines[k]) &&
        k - j < MAX_INNER_TEXT_LINES &&
        !breaks(table, lines[k])
      )
        k++;
      if (k >= lines.length || !isNumeric(lines[k]) || !fits(table, lines[k])) break;
      addColumns(table, lines[k]);
      end = k + 1;
      j = k + 1;
    }
    // Continuation lines of the last row's label.
    while (
      end < lines.length &&
      !isNumeric(lines[end]) &&
      isLabelLine(table, lines[end]) &&
      near(lines[end - 1], lines[end])
    )
      end++;
    table.lines = lines.slice(start, end);
    tables.push({ start, end, table });
    i = end;
  }
  let at = 0;
  for (const t of tables) {
    paragraphs(lines.slice(at, t.start), out);
    emitTable(t.table, out);
    at = t.end;
  }
  paragraphs(lines.slice(at), out);
}

/** First line of the table whose first row of numbers is `first`: its header lines above. */
function headerStart(lines: Line[], first: number, floor: number): number {
  const numbersStart = Math.min(...lines[first].cells.filter(isNumberCell).map((c) => c.x0));
  let start = first;
  for (let k = first - 1; k >= floor && first - k <= MAX_HEADER_LINES; k--) {
    const line = lines[k];
    const below = lines[k + 1];
    if (isNumeric(line) || (line.page === below.page && below.y - line.y > 3 * line.size)) break;
    // A header may stand at the foot of the page before its first row.
    if (line.page !== below.page && line.y < line.pageHeight * 0.6) break;
    if (line.size > lines[first].size * 1.15) break;
    const text = line.cells[0].text;
    if (SECTION.test(text) && line.cells.length === 1) break;
    // One text running from the label area across the numbers is a paragraph, not a header.
    if (line.cells.length === 1 && line.x0 < numbersStart - line.size && line.x1 > numbersStart + line.size)
      break;
    start = k;
  }
  return start;
}

/** A text line that cannot stand inside the table: a paragraph or a heading across its columns. */
function breaks(table: Table, line: Line): boolean {
  if (line.size > table.size * 1.15) return true;
  const left = table.columns[0].x0;
  return line.cells.length === 1 && line.x0 < left - line.size && line.x1 > left + line.size;
}

/** Label text only (left of the numbers). */
function isLabelLine(table: Table, line: Line): boolean {
  return line.x1 < table.columns[0].x0 - table.size * 0.5 && !MARKER.test(line.cells[0].text);
}

/** Consecutive lines of one wrapped text (same page, a line's spacing apart). */
function near(a: Line, b: Line): boolean {
  return a.page === b.page && b.y - a.y <= 1.8 * Math.max(a.size, b.size);
}

/** A row of numbers fits the table when most of its numbers stand in the table's columns. */
function fits(table: Table, line: Line): boolean {
  const numbers = line.cells.filter(isNumberCell);
  const tol = table.size * 0.3;
  const inColumns = numbers.filter((c) =>
    table.columns.some((col) => c.x0 <= col.x1 + tol && c.x1 >= col.x0 - tol),
  );
  return inColumns.length * 2 >= numbers.length;
}

/** Widens the table's columns by the row's numbers; overlapping ranges are one column. */
function addColumns(table: Table, line: Line): void {
  const tol = table.size * 0.3;
  for (const c of line.cells.filter(isNumberCell)) {
    const hit = table.columns.filter((col) => c.x0 <= col.x1 + tol && c.x1 >= col.x0 - tol);
    const merged: Column = {
      x0: Math.min(c.x0, ...hit.map((h) => h.x0)),
      x1: Math.max(c.x1, ...hit.map((h) => h.x1)),
    };
    table.columns = table.columns.filter((col) => !hit.includes(col)).concat(merged);
  }
  table.columns.sort((a, b) => a.x0 - b.x0);
}

// ---------------------------------------------------------------------------------------------
// Table rows

/** A header cell: its text, the columns it spans (-1 = the label column) and its first line. */
interface HeaderCell {
  text: string;
  from: number;
  to: number;
  y: number;
  lastY: number;
  size: number;
  page: number;
}

/** A row of the table as cells placed in table columns; column -1 is the label column. */
interface Row {
  page: number;
  labels: Cell[];
  /** Text per table column (0 = the first column of numbers). */
  values: Map<number, string>;
  /** Grid columns merged on this row (a number under a title over several columns). */
  spans: [number, number][];
}

function emitTable(table: Table, out: GridBuilder): void {
  const cols = table.columns;
  const centres = cols.map((c) => (c.x0 + c.x1) / 2);
  const labelLimit = cols[0].x0 - table.size * 0.5;
  const hasLabels = table.lines.some((l) => l.cells.some((c) => c.x1 < labelLimit));
  const offset = hasLabels ? 1 : 0;
  const tableNo = out.nextTable();

  const nearestColumn = (c: Cell): number => nearestIndex(centres, (c.x0 + c.x1) / 2);

  // Rows and header blocks in order; runs of rows are kept until a header, to rejoin wrapped labels.
  let header: Line[] = [];
  let rows: Row[] = [];
  let current: Row | undefined;
  /** Column runs spanned by the titles of the last header: merged number cells below share them. */
  let headerSpans = new Set<string>();
  const flush = () => {
    rejoinWrappedLabels(rows, table.size);
    for (const row of rows) emitRow(row, offset, tableNo, out);
    rows = [];
    current = undefined;
    if (header.length > 0) {
      const cells = headerCells(header, table, labelLimit);
      headerSpans = new Set(cells.filter((c) => c.to > c.from).map((c) => `${c.from}:${c.to}`));
      emitHeader(cells, offset, tableNo, out);
    }
    header = [];
  };

  for (const line of table.lines) {
    if (isNumeric(line)) {
      if (header.length > 0) flush();
      current = { page: line.page, labels: [], values: new Map(), spans: [] };
      rows.push(current);
      const rest = line.cells.filter((c) => c.x1 >= labelLimit);
      current.labels = line.cells.filter((c) => c.x1 < labelLimit).map((c) => ({ ...c }));
      const spans = spansOf(rest, table);
      rest.forEach((c, i) => {
        // A number centred under a title over several columns (a merged cell) takes its columns.
        const [from, to] = headerSpans.has(`${spans[i][0]}:${spans[i][1]}`)
          ? spans[i]
          : [nearestColumn(c), -1];
        if (to > from) current?.spans.push([from + offset, to + offset]);
        const had = current?.values.get(from);
        current?.values.set(from, had === undefined ? c.text : `${had} ${c.text}`);
      });
      continue;
    }
    if (current && header.length === 0 && isLabelLine(table, line) && beforeRow(table, line)) {
      // A wrapped label: each piece continues the label piece it stands under.
      for (const c of line.cells) {
        const under = current.labels.find((l) => Math.abs(l.x0 - c.x0) <= table.size);
        if (under) under.text = joinText(under.text, c.text, true);
        else current.labels.push({ ...c });
      }
      continue;
    }
    if (header.length === 0) {
      // Rows before a header are final: emit them first, in order.
      rejoinWrappedLabels(rows, table.size);
      for (const row of rows) emitRow(row, offset, tableNo, out);
      rows = [];
      current = undefined;
    }
    header.push(line);
  }
  flush();
}

/**
 * A label line continues the row above when only label lines stand between it and the next row of
 * numbers; a label line before a header line (`第二十条第（五）项` over `信息内容 …`) is a header.
 */
function beforeRow(table: Table, line: Line): boolean {
  for (let k = table.lines.indexOf(line) + 1; k < table.lines.length; k++) {
    const next = table.lines[k];
    if (isNumeric(next)) return true;
    if (!isLabelLine(table, next)) return false;
  }
  return true;
}

/**
 * A merged label cell wrapped onto the next row's line (`三、本年` / `度办理结果` beside
 * `（二）部分公开`): an unnumbered piece on a row whose own label, to its right, has a marker is the
 * rest of the piece above it.
 */
function rejoinWrappedLabels(rows: Row[], size: number): void {
  for (let r = 1; r < rows.length; r++) {
    const above = rows[r - 1].labels;
    const here = rows[r].labels;
    for (const piece of [...here]) {
      if (MARKER.test(piece.text)) continue;
      if (!here.some((l) => l.x0 > piece.x0 && MARKER.test(l.text))) continue;
      const into = above.find((l) => Math.abs(l.x0 - piece.x0) <= size);
      if (!into) continue;
      into.text = joinText(into.text, piece.text, true);
      here.splice(here.indexOf(piece), 1);
    }
  }
}

function emitRow(row: Row, offset: number, tableNo: number, out: GridBuilder): void {
  const values: CellValue[] = [];
  if (offset === 1)
    values[0] = tidy(
      row.labels
        .sort((a, b) => a.x0 - b.x0)
        .map((l) => l.text)
        .join(' '),
    );
  for (const [k, text] of row.values) values[k + offset] = fieldValue(tidy(text));
  out.tableRow(values, row.spans, tableNo, row.page);
}

/**
 * Header lines → header cells: label-area text to the label column, the rest to the columns it
 * is centred over (a title over several columns spans them), pieces of a wrapped title joined.
 */
function headerCells(lines: Line[], table: Table, labelLimit: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (const line of lines) {
    const label = line.cells.filter((c) => c.x1 < labelLimit);
    const rest = line.cells.filter((c) => c.x1 >= labelLimit);
    const at = { y: line.y, lastY: line.y, size: line.size, page: line.page };
    if (label.length > 0) {
      const piece = { text: label.map((c) => c.text).join(' '), from: -1, to: -1, ...at };
      // A label line alone (a title row across the table) is not continued by the next row's label.
      const prev = [...cells].reverse().find((c) => c.from === -1);
      if (prev && rest.length > 0 && !cells.some((c) => c.from >= 0 && c.y === prev.y)) cells.push(piece);
      else place(cells, piece);
    }
    const spans = spansOf(rest, table);
    rest.forEach((c, i) => place(cells, { text: c.text, from: spans[i][0], to: spans[i][1], ...at }));
  }
  return cells;
}

/**
 * The columns each cell of a line (left to right, right of the labels) stands over: the widest
 * run of columns centred on it that stays clear of its neighbours (a title over 5 columns spans
 * them; a title among titles gets its own column).
 */
function spansOf(cells: Cell[], table: Table): [number, number][] {
  const cols = table.columns;
  const centres = cols.map((c) => (c.x0 + c.x1) / 2);
  const pitch =
    cols.length > 1 ? (centres[centres.length - 1] - centres[0]) / (cols.length - 1) : table.size * 4;
  const left = (k: number) => (k === 0 ? centres[0] - pitch / 2 : (centres[k - 1] + centres[k]) / 2);
  const right = (k: number) =>
    k === cols.length - 1 ? centres[k] + pitch / 2 : (centres[k] + centres[k + 1]) / 2;
  const mids = cells.map((c) => (c.x0 + c.x1) / 2);
  const own = mids.map((mid) => nearestIndex(centres, mid));
  let lo = 0;
  return cells.map((_, i) => {
    const hi = i + 1 < cells.length ? Math.max(own[i], own[i + 1] - 1) : cols.length - 1;
    let from = own[i];
    let to = own[i];
    for (let a = Math.min(lo, own[i]); a <= own[i]; a++)
      for (let b = hi; b >= own[i]; b--)
        if (b - a > to - from && Math.abs((left(a) + right(b)) / 2 - mids[i]) <= pitch * 0.25) {
          from = a;
          to = b;
        }
    lo = to + 1;
    return [from, to];
  });
}

function nearestIndex(centres: number[], x: number): number {
  let best = 0;
  for (let k = 1; k < centres.length; k++)
    if (Math.abs(centres[k] - x) < Math.abs(centres[best] - x)) best = k;
  return best;
}

/** Adds a header piece, or appends it to the piece of the same columns on the line above. */
function place(cells: HeaderCell[], piece: HeaderCell): void {
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (c.from !== piece.from || c.to !== piece.to) continue;
    if (c.page === piece.page && piece.y - c.lastY > 0 && piece.y - c.lastY <= 1.6 * piece.size) {
      c.text = joinText(c.text, piece.text, true);
      c.lastY = piece.y;
      return;
    }
    break;
  }
  cells.push(piece);
}

/** Header cells → grid rows: cells whose first lines share a baseline make one row. */
function emitHeader(cells: HeaderCell[], offset: number, tableNo: number, out: GridBuilder): void {
  const rows: HeaderCell[][] = [];
  for (const c of [...cells].sort((a, b) => a.page - b.page || a.y - b.y)) {
    const last = rows[rows.length - 1];
    if (last && last[0].page === c.page && Math.abs(last[0].y - c.y) <= SAME_LINE * c.size) last.push(c);
    else rows.push([c]);
  }
  for (const row of rows) {
    const values: CellValue[] = [];
    const spans: [number, number][] = [];
    for (const c of row) {
      const from = c.from < 0 ? 0 : c.from + offset;
      const to = c.to < 0 ? 0 : c.to + offset;
      const had = values[from];
      values[from] = typeof had === 'string' ? `${had} ${tidy(c.text)}` : tidy(c.text);
      if (to > from) spans.push([from, to]);
    }
    out.tableRow(values, spans, tableNo, row[0].page);
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * Consecutive lines of one paragraph are joined. A paragraph ends at a line that stops short of
 * the right margin, a gap, or a size change; a line that is indented or starts with a marker
 * starts one.
 */
function paragraphs(lines: Line[], out: GridBuilder): void {
  if (lines.length === 0) return;
  const leftMargin = Math.min(...lines.map((l) => l.x0));
  const rightMargin = Math.max(...lines.map((l) => l.x1));
  let current: { text: string; page: number } | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const text = lineText(line);
    const starts =
      !current ||
      !prev ||
      !continues(prev, line) ||
      prev.x1 < rightMargin - 2 * prev.size ||
      line.x0 > leftMargin + line.size ||
      MARKER.test(text);
    if (starts) {
      if (current) out.paragraph(current.text, current.page);
      current = { text, page: line.page };
    } else if (current) current.text = tidy(joinText(current.text, text, true));
    prev = line;
  }
  if (current) out.paragraph(current.text, current.page);
}

/** The next line of the same paragraph may follow on the next page. */
function continues(prev: Line, line: Line): boolean {
  if (Math.abs(prev.size - line.size) > 0.1 * prev.size) return false;
  return line.page !== prev.page || line.y - prev.y <= 2 * line.size;
}

// ---------------------------------------------------------------------------------------------
// The grid

class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly merges: MergedArea[] = [];
  private readonly origins: RowOrigin[] = [];
  private paragraphs = 0;
  private tables = 0;
  private tableRows = 0;
  private cells = 0;

  constructor(private readonly options: ReadSourceOptions) {}

  nextTable(): number {
    this.tableRows = 0;
    return ++this.tables;
  }

  paragraph(text: string, page: number): void {
    this.push([text], { kind: 'paragraph', paragraph: ++this.paragraphs, page });
  }

  tableRow(values: CellValue[], spans: [number, number][], table: number, page: number): void {
    const row = this.values.length;
    for (const [from, to] of spans) this.merges.push({ top: row, left: from, bottom: row, right: to });
    this.push(
      Array.from(values, (v) => v ?? null),
      { kind: 'table', table, row: ++this.tableRows, page },
    );
  }

  private push(values: CellValue[], origin: RowOrigin): void {
    this.cells += values.length;
    const limit = this.options.limits.maxCellsPerSheet;
    if (this.cells > limit) throw new SourceReadError('too-many-cells', `more than ${limit} cells`, limit);
    this.values.push(values);
    this.origins.push(origin);
  }

  build(): ArrayGrid {
    return new ArrayGrid({
      sheet: this.options.sheet,
      values: this.values,
      merges: this.merges,
      origins: this.origins,
    });
  }
}
