/**
 * Web pages (.html/.htm) as one grid: the page's text in reading order, one paragraph per row in
 * column A, and each table where it stands with its rowspans and colspans as merged areas. Built
 * for the pages government sites publish (a `TRS_Editor` div of `<p>` and `<table>`, old
 * table-layout sites) and for Word's and LibreOffice's HTML export (MsoNormal paragraphs, `<o:p>`,
 * conditional comments). Parsed once by htmlparser2 and walked once, without recursion, so deeply
 * nested hostile markup cannot overflow the stack.
 */
import { ElementType, parseDocument } from 'htmlparser2';
import { OLE_SIGNATURE, PDF_SIGNATURE, startsWith, ZIP_SIGNATURE } from '../grid/bytes';
import { ArrayGrid } from '../grid/grid';
import { fieldValue } from '../grid/text';
import type { CellValue, MergedArea, RowOrigin } from '../grid/types';
import { decodeHtml, encodingOf } from './charset';
import { SourceReadError, type ReadSourceOptions, type SourceDocument, type SourceNotice } from './types';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

export function readHtml(
  bytes: Uint8Array,
  options: ReadSourceOptions,
  declaredCharset?: string,
): SourceDocument {
  checkBytes(bytes, declaredCharset);
  const { text } = decodeHtml(bytes, declaredCharset);
  if (text.trim() === '') throw new SourceReadError('empty', 'the page is blank');
  return readHtmlText(text, options);
}

/** Reads an already decoded page (the MHTML reader's html part goes through readHtml instead). */
export function readHtmlText(text: string, options: ReadSourceOptions): SourceDocument {
  // htmlparser2's HTML mode decodes entities and lower-cases tag and attribute names (its defaults;
  // tested on upper-case pages), so the walk below matches `td`, `rowspan`… only.
  const dom = parseDocument(text);
  const tables = measureTables(dom.children);
  const reader = new PageReader(options, tables);
  walk(dom.children, reader);
  reader.flush();
  const doc = reader.result();
  if (doc.grids[0].rowCount === 0) throw new SourceReadError('empty', 'the page has no text');
  return doc;
}

/** What the bytes are when they are plainly another format (zip, PDF, OLE), else undefined. */
export function otherFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ZIP_SIGNATURE)) return 'a zip archive (.docx/.xlsx)';
  if (startsWith(bytes, PDF_SIGNATURE)) return 'a PDF';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'an OLE file (.doc/.xls)';
  return undefined;
}

/** Rejects bytes that are empty, another format, or binary. */
function checkBytes(bytes: Uint8Array, declaredCharset: string | undefined): void {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  const other = otherFormat(bytes);
  if (other) throw new SourceReadError('wrong-format', `${other}, not a web page`);
  // UTF-16 text is full of NULs; anything else with a NUL is binary. A declared charset is known by
  // its WHATWG label, as the decoder knows it ("utf-16", "unicode", "ucs-2"…).
  const declared = declaredCharset === undefined ? undefined : encodingOf(declaredCharset);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    declared === 'utf-16le' ||
    declared === 'utf-16be';
  if (!utf16 && bytes.includes(0)) throw new SourceReadError('wrong-format', 'binary data, not a web page');
}

// ---- the walk ----

interface Visitor {
  /** Returns whether to walk the element's children (and call `exit` after them). */
  enter(el: DomElement): boolean;
  /** May return nodes to walk next, before the element's following siblings. */
  exit(el: DomElement): readonly DomNode[] | undefined;
  text(data: string): void;
}

/** Depth-first, in document order, with an explicit stack. */
function walk(roots: readonly DomNode[], visitor: Visitor): void {
  const stack: { node: DomNode; exiting: boolean }[] = [];
  const pushAll = (nodes: readonly DomNode[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], exiting: false });
  };
  pushAll(roots);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node } = frame;
    if ('attribs' in node) {
      if (frame.exiting) {
        const next = visitor.exit(node);
        if (next) pushAll(next);
      } else if (visitor.enter(node)) {
        stack.push({ node, exiting: true });
        pushAll(node.children);
      }
    } else if (node.type === ElementType.Text) {
      visitor.text(node.data);
    }
    // Comments (Word's conditional comments among them), directives and CDATA show nothing.
  }
}

/** Elements whose content a reader never sees. */
// prettier-ignore
const NOT_SHOWN = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg',
  'math', 'select', 'textarea', 'button', 'input', 'xml', 'map', 'audio', 'video', 'canvas',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)\b/i;

function isShown(el: DomElement): boolean {
  if (NOT_SHOWN.has(el.name)) return false;
  if (el.attribs.hidden !== undefined) return false;
  const style = el.attribs.style;
  return style === undefined || !HIDDEN_STYLE.test(style);
}

/** Elements that start and end a line (CSS display: block, list-item, table parts). */
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// ---- whitespace, as a browser renders it ----

/** East Asian wide characters: a line break in the source between two of them renders as nothing. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Collapses white space as CSS `white-space: normal` does: runs of spaces, tabs and line breaks
 * (and &nbsp;, read as a space) become one space, ends are trimmed; a source line break between two
 * Chinese characters disappears (CSS Text 3 segment break rule), so hard-wrapped sources read whole.
 */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[ \t\n\r\f\u00a0]+/g, (run: string, at: number, s: string) =>
      /[\n\r]/.test(run) &&
      !run.includes('\u00a0') &&
      // Stryker disable next-line StringLiteral: equivalent: only a wide character matters, and a run at the start has none before it
      WIDE.test(s[at - 1] ?? '') &&
      // Stryker disable next-line StringLiteral: equivalent: only a wide character matters, and a run at the end has none after it
      WIDE.test(s[at + run.length] ?? '')
        ? ''
        : ' ',
    )
    .trim();
}

/** Text of one line being gathered from text nodes across inline elements. */
class LineBuffer {
  private parts: string[] = [];
  add(text: string): void {
    this.parts.push(text);
  }
  /** The collapsed line ('' when blank), and a fresh start. */
  take(): string {
    if (this.parts.length === 0) return '';
    const line = collapseWhitespace(this.parts.join(''));
    this.parts = [];
    return line;
  }
}

/** A table cell's lines: `<br>` and block children (several `<p>`) break them. */
class CellText {
  private readonly lines: string[] = [];
  readonly buffer = new LineBuffer();
  constructor(
    readonly colspan: number,
    readonly rowspan: number,
  ) {}
  breakLine(): void {
    const line = this.buffer.take();
    if (line !== '') this.lines.push(line);
  }
  text(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

// ---- tables ----

/** Spans past these are authoring errors; browsers clamp at the same numbers. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function span(value: string | undefined, max: number, zero: number): number {
  const n = value === undefined ? NaN : parseInt(value.trim(), 10);
  if (n === 0) return zero;
  if (!(n >= 1)) return 1;
  return Math.min(n, max);
}

export type RowGroupKind = 'head' | 'body' | 'foot';

/** A cell as the table algorithm sees it; `rowspan` 0 means "to the end of the row group". */
export interface CellSpec {
  text: string;
  colspan: number;
  rowspan: number;
}

interface TableModel {
  readonly el: DomElement;
  groups: { kind: RowGroupKind; rows: CellText[][] }[];
  /** The row group open now (null between groups: the next bare `<tr>` opens a body). */
  group: { kind: RowGroupKind; rows: CellText[][] } | null;
  row: CellText[] | null;
  cell: CellText | null;
  caption: LineBuffer | null;
  captionText: string;
  /** Tables inside this table's cells: read after it, as tables of their own. */
  nested: DomElement[];
}

/** A table laid out on a grid: values at each cell's top-left slot, spans as merged areas. */
export interface TableLayout {
  rows: CellValue[][];
  merges: MergedArea[];
  /** Slots the table covers (merged ones included): what the cell limit counts. */
  slots: number;
}

/**
 * The HTML table algorithm: each cell takes the first column its row has free (slots below a
 * rowspan are taken), `rowspan="0"` reaches the end of its row group and rowspans stop there, a
 * colspan that would run into a taken slot is cut short so merged areas never overlap. Row groups
 * come thead first, tbodies in order, tfoot last, as they are shown. `budget` is called with the
 * slots about to be taken, before they are allocated.
 */
export function layoutTable(
  groups: readonly { kind: RowGroupKind; rows: readonly (readonly CellSpec[])[] }[],
  budget: (slots: number) => void,
): TableLayout {
  const order = [
    ...groups.filter((g) => g.kind === 'head'),
    ...groups.filter((g) => g.kind === 'body'),
    ...groups.filter((g) => g.kind === 'foot'),
  ];
  const rows: CellValue[][] = [];
  const taken: boolean[][] = [];
  const merges: MergedArea[] = [];
  let slots = 0;
  for (const group of order) {
    const start = rows.length;
    const end = start + group.rows.length;
    for (let r = start; r < end; r++) {
      rows.push([]);
      taken[r] ??= [];
    }
    group.rows.forEach((cells, i) => {
      const r = start + i;
      let col = 0;
      for (const cell of cells) {
        while (taken[r][col]) col++;
        let cols = 1;
        while (cols < cell.colspan && !taken[r][col + cols]) cols++;
        const height = Math.min(cell.rowspan === 0 ? end - r : cell.rowspan, end - r);
        budget(cols * height);
        slots += cols * height;
        for (let y = r; y < r + height; y++) for (let x = col; x < col + cols; x++) taken[y][x] = true;
        const value = fieldValue(cell.text);
        if (value !== null) rows[r][col] = value;
        if (cols > 1 || height > 1)
          merges.push({ top: r, left: col, bottom: r + height - 1, right: col + cols - 1 });
        col += cols;
      }
    });
  }
  return { rows, merges, slots };
}

// ---- which tables are page layout ----

interface TableInfo {
  rows: number;
  /** Most cells with content in one row. */
  widest: number;
  /** Most rows of any table inside this one. */
  nestedRows: number;
}

/**
 * Measures every table in one walk. A table is page layout, not data, when it is marked
 * role="presentation", when no row has two cells with content (a frame around the article), or
 * when a table inside it has more rows than it has (old sites put the whole page in a table).
 */
function measureTables(roots: readonly DomNode[]): Map<DomElement, TableInfo> {
  const infos = new Map<DomElement, TableInfo>();
  /** Open tables, each with the contentful cells of its open row (null between rows). */
  const open: { info: TableInfo; rowCells: number | null; stray: number }[] = [];
  /** Open cells: whether each has content yet. */
  const cells: boolean[] = [];
  walk(roots, {
    enter(el) {
      if (!isShown(el)) return false;
      const top = open[open.length - 1];
      if (el.name === 'table') {
        if (cells.length > 0) cells[cells.length - 1] = true;
        const info = { rows: 0, widest: 0, nestedRows: 0 };
        infos.set(el, info);
        open.push({ info, rowCells: null, stray: 0 });
      } else if (el.name === 'tr' && top) {
        top.info.rows++;
        top.rowCells = 0;
      } else if ((el.name === 'td' || el.name === 'th') && top) {
        cells.push(false);
      }
      return true;
    },
    exit(el) {
      const top = open[open.length - 1];
      if (!top) return undefined;
      if (el.name === 'table') {
        open.pop();
        const outer = open[open.length - 1];
        if (outer)
          outer.info.nestedRows = Math.max(outer.info.nestedRows, top.info.rows, top.info.nestedRows);
      } else if (el.name === 'tr') {
        top.info.widest = Math.max(top.info.widest, top.rowCells ?? 0);
        top.rowCells = null;
      } else if (el.name === 'td' || el.name === 'th') {
        if (!cells.pop()) return undefined;
        // Cells outside any <tr> make one row, as the reader lays them out.
        if (top.rowCells === null) top.info.widest = Math.max(top.info.widest, ++top.stray);
        else top.rowCells++;
      }
      return undefined;
    },
    text(data) {
      if (cells.length > 0 && /[^\s\u00a0]/.test(data)) cells[cells.length - 1] = true;
    },
  });
  return infos;
}

function isLayoutTable(el: DomElement, info: TableInfo | undefined): boolean {
  if (el.attribs.role === 'presentation' || el.attribs.role === 'none') return true;
  return !info || info.widest <= 1 || info.nestedRows > info.rows;
}

// ---- the page reader ----

class PageReader implements Visitor {
  private readonly values: CellValue[][] = [];
  private readonly origins: RowOrigin[] = [];
  private readonly merges: MergedArea[] = [];
  private paragraphs = 0;
  private tableCount = 0;
  private nestedCount = 0;
  private slots = 0;
  private readonly flow = new LineBuffer();
  /** The data table being read: at most one, as tables inside it wait until it ends. */
  private table: TableModel | null = null;
  private preDepth = 0;

  constructor(
    private readonly options: ReadSourceOptions,
    private readonly tables: Map<DomElement, TableInfo>,
  ) {}

  enter(el: DomElement): boolean {
    if (!isShown(el)) return false;
    const t = this.table;
    if (el.name === 'table') {
      if (t) {
        t.nested.push(el);
        return false;
      }
      this.flush();
      if (!isLayoutTable(el, this.tables.get(el)))
        this.table = {
          el,
          groups: [],
          group: null,
          row: null,
          cell: null,
          caption: null,
          captionText: '',
          nested: [],
        };
      return true;
    }
    if (el.name === 'pre') this.preDepth++;
    if (t) this.enterTablePart(t, el);
    else if (el.name === 'br' || BLOCKS.has(el.name)) this.flush();
    return el.name !== 'br';
  }

  private enterTablePart(t: TableModel, el: DomElement): void {
    switch (el.name) {
      case 'thead':
      case 'tbody':
      case 'tfoot':
        t.group = { kind: el.name === 'thead' ? 'head' : el.name === 'tfoot' ? 'foot' : 'body', rows: [] };
        t.groups.push(t.group);
        t.row = null;
        return;
      case 'tr':
        t.row = [];
        this.currentGroup(t).rows.push(t.row);
        return;
      case 'td':
      case 'th': {
        if (!t.row) {
          // A cell outside any <tr>: browsers give it a row of its own.
          t.row = [];
          this.currentGroup(t).rows.push(t.row);
        }
        t.cell = new CellText(
          span(el.attribs.colspan, MAX_COLSPAN, 1),
          span(el.attribs.rowspan, MAX_ROWSPAN, 0),
        );
        t.row.push(t.cell);
        return;
      }
      case 'caption':
        t.caption = new LineBuffer();
        return;
      default:
        if (t.cell && (el.name === 'br' || BLOCKS.has(el.name))) t.cell.breakLine();
    }
  }

  private currentGroup(t: TableModel): { kind: RowGroupKind; rows: CellText[][] } {
    if (!t.group) {
      t.group = { kind: 'body', rows: [] };
      t.groups.push(t.group);
    }
    return t.group;
  }

  exit(el: DomElement): readonly DomNode[] | undefined {
    if (el.name === 'pre') this.preDepth--;
    const t = this.table;
    if (!t) {
      if (BLOCKS.has(el.name)) this.flush();
      return undefined;
    }
    switch (el.name) {
      case 'table':
        // Always t.el: a table inside a cell is kept for later, not entered (see enter).
        this.table = null;
        this.emitTable(t);
        this.nestedCount += t.nested.length;
        return t.nested;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        t.group = null;
        t.row = null;
        return undefined;
      case 'tr':
        t.row = null;
        return undefined;
      case 'td':
      case 'th':
        t.cell = null;
        return undefined;
      case 'caption':
        // Stryker disable next-line StringLiteral: unreachable: a caption is left only after entering it opened the buffer
        t.captionText = t.caption?.take() ?? '';
        t.caption = null;
        return undefined;
      default:
        if (t.cell && BLOCKS.has(el.name)) t.cell.breakLine();
        return undefined;
    }
  }

  text(data: string): void {
    const t = this.table;
    const sink = t ? (t.cell?.buffer ?? t.caption) : this.flow;
    if (!sink) return; // white space between rows and cells
    if (this.preDepth === 0) {
      sink.add(data);
      return;
    }
    // In <pre>, each source line is its own line.
    data.split(/\r\n?|\n/).forEach((line, i) => {
      if (i > 0) {
        if (t) t.cell?.breakLine();
        else this.flush();
      }
      sink.add(line);
    });
  }

  /** Ends the paragraph being gathered: a row when it has text. */
  flush(): void {
    const line = this.flow.take();
    if (line === '') return;
    this.spend(1);
    this.values.push([line]);
    this.origins.push({ kind: 'paragraph', paragraph: ++this.paragraphs });
  }

  private emitTable(t: TableModel): void {
    if (t.captionText !== '') {
      this.flow.add(t.captionText);
      this.flush();
    }
    const groups = t.groups.map((g) => ({
      kind: g.kind,
      rows: g.rows.map((cells) =>
        cells.map((c) => ({ text: c.text(), colspan: c.colspan, rowspan: c.rowspan })),
      ),
    }));
    const layout = layoutTable(groups, (n) => this.spend(n));
    const table = ++this.tableCount;
    const top = this.values.length;
    layout.rows.forEach((row, r) => {
      this.values.push(row);
      this.origins.push({ kind: 'table', table, row: r + 1 });
    });
    for (const m of layout.merges)
      this.merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  }

  /** Counts grid slots against the cell limit before they are allocated. */
  private spend(n: number): void {
    this.slots += n;
    const max = this.options.limits.maxCellsPerSheet;
    if (this.slots > max)
      throw new SourceReadError('too-many-cells', `the page holds more than ${max} cells`, max);
  }

  result(): SourceDocument {
    const grid = new ArrayGrid({
      sheet: this.options.sheet,
      values: this.values,
      merges: this.merges,
      origins: this.origins,
    });
    const notices: SourceNotice[] =
      this.nestedCount > 0 ? [{ code: 'nested-table', count: this.nestedCount }] : [];
    return { format: 'html', grids: [grid], notices };
  }
}
