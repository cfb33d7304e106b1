/**
 * Finds the elements a report's findings point at: the w:tc of a table cell and the w:p of a body
 * paragraph, numbered exactly as src/sources/docx.ts numbers them (that reader made the locations).
 * Its rules, mirrored here:
 * - tables are numbered from 1 in the order they start (a nested table right after its outer one),
 *   counting those in text boxes, content controls (unless showing their placeholder) and the first
 *   mc:Choice (or the mc:Fallback) but not those in deleted content;
 * - rows from 1, leaving out rows deleted with tracking; column c is grid column c - 1, counting
 *   w:gridBefore and w:gridSpan and leaving out cells deleted with tracking (w:cellDel);
 * - body paragraphs from 1, counting only those with text, a text box's paragraphs right after the
 *   paragraph holding it; paragraphs inside table cells are not counted.
 * Each cell also says where Word's API finds it (src/word/places.ts): its w:tbl, w:tr and w:tc
 * indexes (a row or cell deleted with tracking still counts there) and whether the table is top-level.
 * Keep this in step with the reader.
 */
import { elements, firstChild, type ScanNode } from './scan';

export interface CellTarget {
  tc: ScanNode;
  /** Grid columns the cell covers. */
  left: number;
  right: number;
  /** False for a cell merged into the one before it or above it (it shows no value of its own). */
  holdsValue: boolean;
  /** For a cell merged into another (holdsValue false): the cell holding the merged area's value. */
  holder?: CellTarget;
  /** The cell's w:tbl, and where Word's API finds the cell in it (src/word/places.ts). */
  table: ScanNode;
  /** Index of the cell's w:tr among the table's w:tr, counting rows deleted with tracking. */
  rowIndex: number;
  /** Index of the w:tc among its w:tr's w:tc. */
  cellIndex: number;
  /** The table stands in the body itself: not in a cell, a text box or an mc:AlternateContent. */
  topLevel: boolean;
}

export interface DocumentTargets {
  /** `table:row` → the row's cells. */
  rows: Map<string, CellTarget[]>;
  /** Paragraph number → w:p. */
  paragraphs: Map<number, ScanNode>;
}

/** Names qualified with the document's WordprocessingML and markup-compatibility prefixes. */
export interface Names {
  w: (local: string) => string;
  mc: (local: string) => string;
}

export function findTargets(body: ScanNode, names: Names): DocumentTargets {
  const walker = new Walker(names);
  walker.blocks(body, false);
  return { rows: walker.rows, paragraphs: walker.paragraphs };
}

/** The cell a table-cell location points at: the one holding the value at that grid column. */
export function cellAt(
  targets: DocumentTargets,
  table: number,
  row: number,
  column: number,
): ScanNode | undefined {
  const cells = targets.rows.get(`${table}:${row}`) ?? [];
  const covering = cells.filter((c) => c.left <= column - 1 && column - 1 <= c.right);
  return (covering.find((c) => c.holdsValue) ?? covering[0])?.tc;
}

/** A merged area being followed down or across: its right grid column and the cell holding its value. */
interface Area {
  right: number;
  holder: CellTarget;
}

const SKIPPED_INLINE = [
  'pPr',
  'rPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'tcPr',
  'trPr',
  'tblPrEx',
  'del',
  'moveFrom',
  'instrText',
  'delText',
  'delInstrText',
  'footnoteReference',
  'endnoteReference',
];

class Walker {
  readonly rows = new Map<string, CellTarget[]>();
  readonly paragraphs = new Map<number, ScanNode>();
  private tables = 0;
  private paragraphCount = 0;
  /** Depth inside text boxes and mc:AlternateContent branches (tables there are not top-level). */
  private aside = 0;
  private readonly skipped: Set<string>;

  constructor(private readonly n: Names) {
    this.skipped = new Set(SKIPPED_INLINE.map(n.w));
  }

  blocks(container: ScanNode, inCell: boolean): void {
    const w = this.n.w;
    for (const el of elements(container)) {
      if (el.name === w('p')) this.paragraph(el, inCell);
      else if (el.name === w('tbl')) this.table(el, !inCell && this.aside === 0);
      else if (el.name === w('sdt')) {
        const content = this.sdtContent(el);
        if (content) this.blocks(content, inCell);
      } else if (el.name === w('customXml') || el.name === w('ins') || el.name === w('moveTo'))
        this.blocks(el, inCell);
      else if (el.name === this.n.mc('AlternateContent')) {
        const branch = this.branch(el);
        this.aside++;
        if (branch) this.blocks(branch, inCell);
        this.aside--;
      }
    }
  }

  private paragraph(p: ScanNode, inCell: boolean): void {
    const boxes: ScanNode[] = [];
    const hasText = this.inline(p, boxes);
    if (hasText && !inCell) this.paragraphs.set(++this.paragraphCount, p);
    this.aside++;
    for (const box of boxes) this.blocks(box, inCell);
    this.aside--;
  }

  /** Whether the inline content shows any non-blank text; collects the text boxes it holds. */
  private inline(el: ScanNode, boxes: ScanNode[]): boolean {
    const w = this.n.w;
    let text = false;
    for (const c of el.children) {
      if (typeof c === 'string') {
        text ||= c.trim() !== '';
        continue;
      }
      if (this.skipped.has(c.name)) continue;
      if (c.name === w('txbxContent')) boxes.push(c);
      else if (c.name === w('noBreakHyphen')) text = true;
      else if (c.name === w('sym')) {
        const code = Number.parseInt(c.attrs[w('char')] ?? '', 16);
        text ||=
          Number.isFinite(code) &&
          (code < 0xe000 || code > 0xf8ff) &&
          String.fromCodePoint(code).trim() !== '';
      } else if (c.name === this.n.mc('AlternateContent')) {
        const branch = this.branch(c);
        if (branch) text = this.inline(branch, boxes) || text;
      } else if (c.name === w('sdt')) {
        const content = this.sdtContent(c);
        if (content) text = this.inline(content, boxes) || text;
      } else text = this.inline(c, boxes) || text;
    }
    return text;
  }

  private table(tbl: ScanNode, topLevel: boolean): void {
    const w = this.n.w;
    const number = ++this.tables;
    let row = 0;
    let rowIndex = -1;
    /** Vertical merges still open, by their left grid column (the reader's `open`). */
    const open = new Map<number, Area>();
    for (const tr of this.within(tbl, w('tr'))) {
      rowIndex++; // Word's row index counts a row deleted with tracking; the reader's number does not
      const trPr = firstChild(tr, w('trPr'));
      if (trPr && firstChild(trPr, w('del'))) continue;
      row++;
      const cells: CellTarget[] = [];
      const continued = new Set<number>();
      let previous: { left: number; area: Area; thisRow: boolean } | undefined;
      let col = this.count(trPr && firstChild(trPr, w('gridBefore')));
      let cellIndex = -1;
      for (const tc of this.within(tr, w('tc'))) {
        cellIndex++; // Word's cell index counts a cell deleted with tracking; the reader skips it
        const tcPr = firstChild(tc, w('tcPr'));
        if (tcPr && firstChild(tcPr, w('cellDel'))) continue;
        const span = Math.max(1, this.count(tcPr && firstChild(tcPr, w('gridSpan'))));
        const right = col + span - 1;
        const vMerge = tcPr && firstChild(tcPr, w('vMerge'));
        const restart = vMerge?.attrs[w('val')] === 'restart';
        const hMerge = tcPr && firstChild(tcPr, w('hMerge'));
        const upper = open.get(col);
        const cell: CellTarget = {
          tc,
          left: col,
          right,
          holdsValue: false,
          table: tbl,
          rowIndex,
          cellIndex,
          topLevel,
        };
        if (hMerge && hMerge.attrs[w('val')] !== 'restart' && previous?.thisRow) {
          // Legacy horizontal merge: the cell widens the one before it.
          open.delete(previous.left);
          previous.area.right = right;
          cell.holder = previous.area.holder;
          if (restart) open.set(previous.left, previous.area);
        } else if (vMerge && !restart && upper && upper.right === right) {
          continued.add(col);
          cell.holder = upper.holder;
          previous = { left: col, area: upper, thisRow: false };
        } else {
          cell.holdsValue = true;
          const area: Area = { right, holder: cell };
          open.delete(col);
          if (restart) {
            open.set(col, area);
            continued.add(col);
          }
          previous = { left: col, area, thisRow: true };
        }
        cells.push(cell);
        // The reader reads a cell's blocks (and numbers its nested tables) only when it holds a value.
        if (cell.holdsValue) this.blocks(tc, true);
        col += span;
      }
      for (const left of [...open.keys()]) if (!continued.has(left)) open.delete(left);
      this.rows.set(`${number}:${row}`, cells);
    }
  }

  /** Rows of a table or cells of a row, through content controls and custom XML. */
  private *within(container: ScanNode, name: string): Generator<ScanNode> {
    for (const el of elements(container)) {
      if (el.name === name) yield el;
      else if (el.name === this.n.w('sdt')) {
        const content = this.sdtContent(el);
        if (content) yield* this.within(content, name);
      } else if (el.name === this.n.w('customXml')) yield* this.within(el, name);
    }
  }

  private sdtContent(sdt: ScanNode): ScanNode | undefined {
    const w = this.n.w;
    const pr = firstChild(sdt, w('sdtPr'));
    const placeholder = pr && firstChild(pr, w('showingPlcHdr'));
    const val = placeholder?.attrs[w('val')];
    if (placeholder && val !== '0' && val !== 'false') return undefined;
    return firstChild(sdt, w('sdtContent'));
  }

  private branch(alternate: ScanNode): ScanNode | undefined {
    return firstChild(alternate, this.n.mc('Choice')) ?? firstChild(alternate, this.n.mc('Fallback'));
  }

  private count(el: ScanNode | undefined): number {
    const v = el ? Number.parseInt(el.attrs[this.n.w('val')] ?? '', 10) : 0;
    return Number.isFinite(v) && v > 0 ? v : 0;
  }
}
