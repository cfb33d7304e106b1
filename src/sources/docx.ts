/**
 * Reads a Word .docx into one grid, in document order: each body paragraph one row (text in
 * column A), each table's rows where the table stands, merged cells as merged areas. Pure
 * TypeScript (zip on fflate, our own strict XML parser): it runs in the browser as well. The same
 * reading serves Word's own body.getOoxml() (a flat OPC package, src/sources/flat-opc.ts).
 *
 * Text rules, one each:
 * - Empty paragraphs (blank after reading) are skipped and not counted: paragraph n of the origins
 *   is the n-th paragraph with text, as a reader counts them. A cell's empty paragraphs are skipped
 *   too; its other paragraphs are joined with '\n'.
 * - w:tab (and w:ptab, and the tab after a list label) is a single space, everywhere.
 * - w:br / w:cr are '\n' inside a table cell, a space in a body paragraph (a paragraph is one row).
 * - List numbering is rendered as Word shows it and put before the paragraph's text (numbering.ts).
 * - Tracked changes are read as accepted: w:ins and w:moveTo are read, w:del and w:moveFrom are
 *   not; rows deleted with tracking are dropped. They are counted in a 'tracked-changes' notice.
 *   (A deleted paragraph mark, which would join two paragraphs, leaves them as two rows.)
 * - Field codes (w:instrText) are not text; field results are. Footnote reference marks are not
 *   read (their numbers would stick to the text); headers, footers and footnotes are other parts.
 * - mc:AlternateContent: only its first mc:Choice is read, or its mc:Fallback when it has no
 *   Choice, never both (Word writes a text box twice, once per branch).
 * - Text boxes (w:txbxContent) in a body paragraph become paragraph rows right after it; in a table
 *   cell, their paragraphs join the cell's text.
 * - Content controls (w:sdt) are read through their w:sdtContent, except while they still show
 *   their placeholder prompt ("单击或点击此处输入文字"), which is not content.
 * - A cell whose whole text is a plain number becomes a number (fieldValue); paragraphs stay text.
 * - A table inside a table cell is read as its own table right after the outer one (next table
 *   number), with a 'nested-table' notice; the outer cell keeps its own paragraphs' text.
 */
import { EMPTY_ZIP_SIGNATURE, OLE_SIGNATURE, startsWith, ZIP_SIGNATURE } from '../grid/bytes';
import { ArrayGrid } from '../grid/grid';
import { fieldValue } from '../grid/text';
import type { CellValue, MergedArea, RowOrigin } from '../grid/types';
import { ListNumbering, paragraphList, wordNames } from './numbering';
import { SourceReadError, type ReadSourceOptions, type SourceDocument, type SourceNotice } from './types';
import { child, childElements, decodeXml, localName, parseXml, prefixOf, type XmlElement } from './xml';
import { openZip, resolvePartPath, type ZipArchive } from './zip';

export function readDocx(bytes: Uint8Array, options: ReadSourceOptions): SourceDocument {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  if (startsWith(bytes, OLE_SIGNATURE)) throw oleError(bytes);
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, EMPTY_ZIP_SIGNATURE))
    throw new SourceReadError('wrong-format', 'neither a zip (.docx) nor an OLE file');
  return readWordPackage(zipParts(openZip(bytes, options.limits)), options);
}

/**
 * The parts of a Word package, wherever they are stored: in a zip (.docx) or in one XML text (the
 * flat OPC package Word's body.getOoxml() returns, src/sources/flat-opc.ts). Names are part names
 * without the leading '/': `word/document.xml`.
 */
export interface PartSource {
  /** The stored name of a part, matched case-insensitively (OPC part names are), or undefined. */
  find(name: string): string | undefined;
  /** The XML text of a part found by `find`; throws SourceReadError (size limits, damage). */
  text(name: string): string;
  /** What the package holds, for the error when it has no Word document part. */
  describe(): string;
}

/** Reads the document part of a Word package (with its numbering and styles) into one grid. */
export function readWordPackage(source: PartSource, options: ReadSourceOptions): SourceDocument {
  const parts = findParts(source);
  const part = (path: string | undefined): XmlElement | undefined =>
    path === undefined ? undefined : parseXml(source.text(path), path);

  const document = parseXml(source.text(parts.document), parts.document, {
    // Text is w:t (and m:t of equations) only: field codes (w:instrText), deleted text (w:delText,
    // w:delInstrText) and the like are dropped as the part is parsed.
    keepText: (name) => localName(name) === 't',
  });
  const q = wordNames(document);
  const body = child(document, q('body'));
  if (localName(document.name) !== 'document' || !body)
    throw new SourceReadError('wrong-format', `${parts.document} is not a Word document body`);
  const numbering = new ListNumbering(part(parts.numbering), part(parts.styles));
  const reader = new BodyReader(q, prefixOf(document, MC_NAMESPACE) ?? 'mc', numbering, options);
  reader.blocks(body, reader.bodySink, false);

  const notices: SourceNotice[] = [];
  if (reader.changes > 0) notices.push({ code: 'tracked-changes', count: reader.changes });
  if (reader.nestedTables > 0) notices.push({ code: 'nested-table', count: reader.nestedTables });
  const grid = new ArrayGrid({
    sheet: options.sheet,
    values: reader.rows,
    merges: reader.merges,
    origins: reader.origins,
  });
  return { format: 'docx', grids: [grid], notices };
}

/** The parts of a .docx: every read draws on the zip's one budget of unpacked bytes. */
function zipParts(zip: ZipArchive): PartSource {
  return {
    find: (name) => zip.find(name),
    text: (name) => decodeXml(zip.read(name)),
    describe: () => describeZip(zip),
  };
}

// ---------------------------------------------------------------------------------------------
// The document body.

/** A table read but not yet placed: rows of cell values, merges relative to its first row. */
interface TableModel {
  rows: CellValue[][];
  merges: MergedArea[];
  nested: TableModel[];
}

/** Where a container's blocks go: the grid (body), or a cell's paragraphs and nested tables. */
interface BlockSink {
  paragraph(text: string): void;
  table(model: TableModel): void;
}

/** A vertical merge being collected: its bottom grows while w:vMerge continues. */
interface OpenMerge {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

class BodyReader {
  readonly rows: CellValue[][] = [];
  readonly origins: RowOrigin[] = [];
  readonly merges: MergedArea[] = [];
  changes = 0;
  nestedTables = 0;
  private paragraphs = 0;
  private tables = 0;
  private width = 0;
  private readonly n: Record<
    | 'p'
    | 'tab'
    | 'ptab'
    | 'br'
    | 'cr'
    | 'tbl'
    | 'tr'
    | 'tc'
    | 'tcPr'
    | 'trPr'
    | 'pPr'
    | 'rPr'
    | 'gridSpan'
    | 'vMerge'
    | 'hMerge'
    | 'gridBefore'
    | 'val'
    | 'ins'
    | 'del'
    | 'moveTo'
    | 'moveFrom'
    | 'sdt'
    | 'sdtContent'
    | 'sdtPr'
    | 'showingPlcHdr'
    | 'customXml'
    | 'txbxContent'
    | 'noBreakHyphen'
    | 'sym'
    | 'char'
    | 'cellIns'
    | 'cellDel'
    | 'AlternateContent'
    | 'Choice'
    | 'Fallback',
    string
  >;
  private readonly maxCells: number;

  readonly bodySink: BlockSink = {
    paragraph: (text) => {
      this.paragraphs++;
      this.addRow([text], { kind: 'paragraph', paragraph: this.paragraphs });
    },
    table: (model) => this.emitTable(model),
  };

  constructor(
    private readonly q: (local: string) => string,
    mc: string,
    private readonly numbering: ListNumbering,
    options: ReadSourceOptions,
  ) {
    const m = (local: string) => (mc === '' ? local : `${mc}:${local}`);
    this.n = {
      p: q('p'),
      tab: q('tab'),
      ptab: q('ptab'),
      br: q('br'),
      cr: q('cr'),
      tbl: q('tbl'),
      tr: q('tr'),
      tc: q('tc'),
      tcPr: q('tcPr'),
      trPr: q('trPr'),
      pPr: q('pPr'),
      rPr: q('rPr'),
      gridSpan: q('gridSpan'),
      vMerge: q('vMerge'),
      hMerge: q('hMerge'),
      gridBefore: q('gridBefore'),
      val: q('val'),
      ins: q('ins'),
      del: q('del'),
      moveTo: q('moveTo'),
      moveFrom: q('moveFrom'),
      sdt: q('sdt'),
      sdtContent: q('sdtContent'),
      sdtPr: q('sdtPr'),
      showingPlcHdr: q('showingPlcHdr'),
      customXml: q('customXml'),
      txbxContent: q('txbxContent'),
      noBreakHyphen: q('noBreakHyphen'),
      sym: q('sym'),
      char: q('char'),
      cellIns: q('cellIns'),
      cellDel: q('cellDel'),
      AlternateContent: m('AlternateContent'),
      Choice: m('Choice'),
      Fallback: m('Fallback'),
    };
    this.maxCells = options.limits.maxCellsPerSheet;
  }

  /** Walks the block-level content of the body, a cell, a text box or a content control. */
  blocks(container: XmlElement, sink: BlockSink, inCell: boolean): void {
    const n = this.n;
    for (const el of container.children) {
      if (typeof el === 'string') continue;
      if (el.name === n.p) this.paragraph(el, sink, inCell);
      else if (el.name === n.tbl) sink.table(this.table(el));
      else if (el.name === n.sdt) {
        const content = this.sdtContent(el);
        if (content) this.blocks(content, sink, inCell);
      } else if (el.name === n.customXml) this.blocks(el, sink, inCell);
      else if (el.name === n.ins || el.name === n.moveTo) {
        // An inserted or moved-in block is a tracked change, read as accepted (as inside a paragraph).
        this.changes++;
        this.blocks(el, sink, inCell);
      } else if (el.name === n.AlternateContent) {
        const branch = this.branch(el);
        if (branch) this.blocks(branch, sink, inCell);
      } else if (el.name === n.del || el.name === n.moveFrom) this.changes++;
    }
  }

  /** A paragraph: its list label and text to the sink (unless blank), then its text boxes. */
  private paragraph(p: XmlElement, sink: BlockSink, inCell: boolean): void {
    const pPr = child(p, this.n.pPr);
    if (pPr) this.countMarkChanges(pPr);
    const label = this.numbering.next(paragraphList(pPr, this.q));
    const parts: string[] = [];
    const boxes: XmlElement[] = [];
    this.inline(p, parts, boxes, inCell);
    const text = parts.join('');
    if (text.trim() !== '') sink.paragraph(label + text);
    for (const box of boxes) this.blocks(box, sink, inCell);
  }

  /** A paragraph mark inserted or deleted with tracking (w:pPr/w:rPr/w:ins|w:del) is a change too. */
  private countMarkChanges(pPr: XmlElement): void {
    const rPr = child(pPr, this.n.rPr);
    if (!rPr) return;
    for (const el of childElements(rPr))
      if (
        el.name === this.n.ins ||
        el.name === this.n.del ||
        el.name === this.n.moveTo ||
        el.name === this.n.moveFrom
      )
        this.changes++;
  }

  /** Collects the text of a paragraph's runs (and of hyperlinks, fields, controls… around them). */
  private inline(el: XmlElement, out: string[], boxes: XmlElement[], inCell: boolean): void {
    const n = this.n;
    for (const c of el.children) {
      if (typeof c === 'string') {
        out.push(c);
        continue;
      }
      const name = c.name;
      if (name === n.tab || name === n.ptab) out.push(' ');
      else if (name === n.br || name === n.cr) out.push(inCell ? '\n' : ' ');
      // Its w:rPr's w:ins/w:del mark the paragraph mark (countMarkChanges). Other properties, bookmarks
      // and field characters hold no text the parse kept (only that of w:t and m:t): they fall through
      // to the last branch and add nothing.
      else if (name === n.pPr) continue;
      else if (name === n.del || name === n.moveFrom) this.changes++;
      else if (name === n.ins || name === n.moveTo) {
        this.changes++;
        this.inline(c, out, boxes, inCell);
      } else if (name === n.txbxContent) boxes.push(c);
      else if (name === n.AlternateContent) {
        const branch = this.branch(c);
        if (branch) this.inline(branch, out, boxes, inCell);
      } else if (name === n.sdt) {
        const content = this.sdtContent(c);
        if (content) this.inline(content, out, boxes, inCell);
      } else if (name === n.noBreakHyphen) out.push('-');
      else if (name === n.sym) {
        // Symbol-font characters sit in the private-use area and mean nothing as text.
        // Stryker disable next-line StringLiteral: equivalent: any text that is not hex parses to NaN as '' does
        const code = Number.parseInt(c.attrs[n.char] ?? '', 16);
        if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) out.push(String.fromCodePoint(code));
      } else this.inline(c, out, boxes, inCell); // hyperlinks, smart tags, fields, drawings, equations…
    }
  }

  /** The content of a content control, or undefined while it shows its placeholder prompt. */
  private sdtContent(sdt: XmlElement): XmlElement | undefined {
    const pr = child(sdt, this.n.sdtPr);
    const placeholder = pr && child(pr, this.n.showingPlcHdr);
    if (placeholder && placeholder.attrs[this.n.val] !== '0' && placeholder.attrs[this.n.val] !== 'false')
      return undefined;
    return child(sdt, this.n.sdtContent);
  }

  /** mc:AlternateContent: its first mc:Choice, else its mc:Fallback. */
  private branch(alternate: XmlElement): XmlElement | undefined {
    return child(alternate, this.n.Choice) ?? child(alternate, this.n.Fallback);
  }

  /** The rows of a w:tbl (through content controls and custom XML around rows or cells). */
  private *within(container: XmlElement, name: string): Generator<XmlElement> {
    for (const el of container.children) {
      if (typeof el === 'string') continue;
      if (el.name === name) yield el;
      else if (el.name === this.n.sdt) {
        const content = this.sdtContent(el);
        if (content) yield* this.within(content, name);
      } else if (el.name === this.n.customXml) yield* this.within(el, name);
    }
  }

  /** Reads a table, placing each cell by grid column, with its merged areas and nested tables. */
  private table(tbl: XmlElement): TableModel {
    const n = this.n;
    const model: TableModel = { rows: [], merges: [], nested: [] };
    const open = new Map<number, OpenMerge>();
    const close = (m: OpenMerge) => {
      if (m.bottom > m.top || m.right > m.left) model.merges.push({ ...m });
    };
    for (const tr of this.within(tbl, n.tr)) {
      const trPr = child(tr, n.trPr);
      if (trPr) {
        if (child(trPr, n.del)) {
          this.changes++;
          continue; // a row deleted with tracking: gone once accepted
        }
        if (child(trPr, n.ins)) this.changes++;
      }
      const r = model.rows.length;
      const row: CellValue[] = [];
      model.rows.push(row);
      const continued = new Set<number>();
      let col = this.count(trPr && child(trPr, n.gridBefore));
      let previous: OpenMerge | undefined;
      const cells = [...this.within(tr, n.tc)];
      for (const [i, tc] of cells.entries()) {
        const tcPr = child(tc, n.tcPr);
        if (tcPr && child(tcPr, n.cellDel)) {
          this.changes++;
          continue; // a cell deleted with tracking: gone once accepted, the cells after it move left
        }
        if (tcPr && child(tcPr, n.cellIns)) this.changes++;
        const span = this.span(tcPr);
        if (col + span > this.maxCells)
          throw new SourceReadError(
            'too-many-cells',
            `a table row ${col + span} columns wide`,
            this.maxCells,
          );
        const right = col + span - 1;
        const vState = this.mergeState(tcPr, n.vMerge);
        const hState = this.mergeState(tcPr, n.hMerge);
        const above = open.get(col);
        if (hState === 'continue' && previous && previous.right >= right) {
          // Legacy horizontal merge continued from the row above: already covered.
        } else if (hState === 'continue' && previous && previous.top === r) {
          // Legacy horizontal merge: this cell widens the one before it.
          open.delete(previous.left);
          previous.right = right;
          if (vState !== 'restart') close(previous);
          else open.set(previous.left, previous);
        } else if (
          vState === 'continue' &&
          above &&
          above.right === (hState === 'restart' ? this.legacyRight(cells, i, right) : right)
        ) {
          above.bottom = r; // covered by the cell above: only the top-left holds the value
          continued.add(col);
          previous = above;
        } else {
          row[col] = this.cell(tc, model.nested);
          const area: OpenMerge = { top: r, left: col, right, bottom: r };
          if (above) close(above);
          open.delete(col);
          if (vState === 'restart') {
            open.set(col, area);
            continued.add(col);
          } else close(area);
          previous = area;
        }
        col += span;
      }
      for (const [left, m] of open)
        if (!continued.has(left)) {
          close(m);
          open.delete(left);
        }
    }
    for (const m of open.values()) close(m);
    return model;
  }

  /** A cell's width in grid columns (w:gridSpan, at least 1). */
  private span(tcPr: XmlElement | undefined): number {
    return Math.max(1, this.count(tcPr && child(tcPr, this.n.gridSpan)));
  }

  /** The right grid column of a legacy merge starting at cells[i] (right): its w:hMerge cells after it. */
  private legacyRight(cells: readonly XmlElement[], i: number, right: number): number {
    let end = right;
    for (const tc of cells.slice(i + 1)) {
      const tcPr = child(tc, this.n.tcPr);
      if (this.mergeState(tcPr, this.n.hMerge) !== 'continue') break;
      end += this.span(tcPr);
    }
    return end;
  }

  /** A cell's w:vMerge or w:hMerge: `restart` starts a merge, any other value continues one. */
  private mergeState(tcPr: XmlElement | undefined, name: string): 'restart' | 'continue' | undefined {
    const merge = tcPr && child(tcPr, name);
    if (!merge) return undefined;
    return merge.attrs[this.n.val] === 'restart' ? 'restart' : 'continue';
  }

  /** A decimal w:val as a count (gridSpan, gridBefore); 0 when absent or not a number. */
  private count(el: XmlElement | undefined): number {
    // Stryker disable next-line StringLiteral: equivalent: any text that is not a number parses to NaN as '' does
    const v = el ? Number.parseInt(el.attrs[this.n.val] ?? '', 10) : 0;
    return Number.isFinite(v) && v > 0 ? v : 0;
  }

  /** A cell's value: its non-blank paragraphs joined with '\n'; a plain number becomes a number. */
  private cell(tc: XmlElement, nested: TableModel[]): CellValue {
    const lines: string[] = [];
    const sink: BlockSink = {
      paragraph: (text) => lines.push(text),
      table: (model) => nested.push(model),
    };
    this.blocks(tc, sink, true);
    return fieldValue(lines.join('\n'));
  }

  /** Places a table's rows in the grid, numbers it, then its nested tables after it. */
  private emitTable(model: TableModel): void {
    const number = ++this.tables;
    const top = this.rows.length;
    model.rows.forEach((row, i) => this.addRow(row, { kind: 'table', table: number, row: i + 1 }));
    for (const m of model.merges)
      this.merges.push({ top: top + m.top, left: m.left, bottom: top + m.bottom, right: m.right });
    for (const inner of model.nested) {
      this.nestedTables++;
      this.emitTable(inner);
    }
  }

  private addRow(row: CellValue[], origin: RowOrigin): void {
    this.rows.push(row);
    this.origins.push(origin);
    if (row.length > this.width) this.width = row.length;
    if (this.rows.length * this.width > this.maxCells)
      throw new SourceReadError(
        'too-many-cells',
        `${this.rows.length} rows × ${this.width} columns`,
        this.maxCells,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Package structure: which part is the document, and where its numbering and styles are.

const OFFICE_DOCUMENT = /\/officeDocument$/;
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Parts {
  document: string;
  numbering: string | undefined;
  styles: string | undefined;
}

/** The name of a Word package's document part, found as the reader finds it (src/word/places.ts). */
export function wordDocumentPart(source: PartSource): string {
  return findParts(source).document;
}

function findParts(source: PartSource): Parts {
  const rootRels = relationships(source, '_rels/.rels', '');
  const target = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type))?.target;
  const document =
    (target !== undefined ? source.find(target) : undefined) ?? source.find('word/document.xml');
  if (!document || !/\.xml$/i.test(document) || /^(xl|ppt)\//i.test(document))
    throw new SourceReadError('wrong-format', `no word/document.xml: ${source.describe()}`);
  const folder = document.slice(0, document.lastIndexOf('/') + 1);
  const file = document.slice(folder.length);
  const rels = relationships(source, `${folder}_rels/${file}.rels`, folder);
  const part = (type: RegExp, fallback: string): string | undefined => {
    const t = rels.find((r) => type.test(r.type))?.target;
    return (t !== undefined ? source.find(t) : undefined) ?? source.find(`${folder}${fallback}`);
  };
  return {
    document,
    numbering: part(/\/numbering$/, 'numbering.xml'),
    styles: part(/\/styles$/, 'styles.xml'),
  };
}

/** The internal relationships of a .rels part, targets resolved to part names. */
function relationships(source: PartSource, path: string, base: string): { type: string; target: string }[] {
  const name = source.find(path);
  if (!name) return [];
  const root = parseXml(source.text(name), name);
  const out: { type: string; target: string }[] = [];
  for (const r of childElements(root)) {
    if (localName(r.name) !== 'Relationship' || r.attrs.TargetMode === 'External') continue;
    const { Type: type, Target: target } = r.attrs;
    if (type !== undefined && target !== undefined) out.push({ type, target: resolvePartPath(base, target) });
  }
  return out;
}

function describeZip(zip: ZipArchive): string {
  const has = (name: string) => zip.find(name) !== undefined;
  if (has('xl/workbook.xml')) return 'the zip is an Excel workbook (.xlsx)';
  if (has('ppt/presentation.xml')) return 'the zip is a PowerPoint presentation (.pptx)';
  if (has('content.xml') && has('mimetype')) return 'the zip is an OpenDocument file (.odt/.ods)';
  const sample = zip.names.slice(0, 5).join(', ');
  return `a zip of ${zip.names.length} entries (${sample}${zip.names.length > 5 ? ', …' : ''})`;
}

// ---------------------------------------------------------------------------------------------
// Old Office files: an encrypted .docx is an OLE compound file holding EncryptionInfo.

const END_OF_CHAIN = 0xfffffffe;

function oleError(bytes: Uint8Array): SourceReadError {
  const names = oleDirectoryNames(bytes);
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage'))
    return new SourceReadError('encrypted', 'a password-protected Office file (OLE with EncryptionInfo)');
  return new SourceReadError(
    'wrong-format',
    'an OLE compound file (a Word 97-2003 .doc or another old Office file), not a .docx',
  );
}

/** The names in an OLE compound file's directory, following its sector chain through the FAT. */
function oleDirectoryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) throw new SourceReadError('truncated', 'OLE header cut short');
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw new SourceReadError('corrupt', `OLE sector shift ${shift}`);
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const offset = (s: number): number => {
    if (s >= sectors) throw new SourceReadError('truncated', `OLE sector ${s} beyond the end of the file`);
    return (s + 1) * size;
  };
  // The FAT's own sectors: 109 listed in the header, more in the DIFAT chain.
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) fat.push(view.getUint32(76 + 4 * i, true));
  let difat = view.getUint32(68, true);
  for (let guard = 0; difat < END_OF_CHAIN && guard < sectors; guard++) {
    const at = offset(difat);
    for (let i = 0; i < size / 4 - 1; i++) fat.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + size - 4, true);
  }
  const perSector = size / 4;
  const next = (s: number): number => {
    const fatSector = fat[Math.floor(s / perSector)];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN)
      throw new SourceReadError('corrupt', 'OLE allocation table damaged');
    return view.getUint32(offset(fatSector) + 4 * (s % perSector), true);
  };
  const names: string[] = [];
  const utf16 = new TextDecoder('utf-16le');
  let s = view.getUint32(48, true);
  for (let guard = 0; s < END_OF_CHAIN; guard++) {
    if (guard > sectors) throw new SourceReadError('corrupt', 'OLE directory chain loops');
    const at = offset(s);
    for (let e = at; e < at + size; e += 128) {
      const length = view.getUint16(e + 64, true);
      if (length >= 2 && length <= 64) names.push(utf16.decode(bytes.subarray(e, e + length - 2)));
    }
    s = next(s);
  }
  return names;
}
