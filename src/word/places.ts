/**
 * Where a finding is in the document open in Word, in the terms Word's JavaScript API addresses:
 * - a table cell as (k-th of body.tables with nestingLevel 1, w:tr index, w:tc index) for
 *   table.getCell(row, cell);
 * - a paragraph as a text to body.search (matchCase) and which of its results it is.
 * Found in the body's flat OPC package (body.getOoxml()): the finding's location was numbered by
 * the reader (src/sources/docx.ts) and src/docx/targets.ts finds the same elements.
 *
 * Null whenever the place is not certain, and the finding is then listed but not marked: a table
 * in a cell, a text box or an mc:AlternateContent (Word does not reach it through body.tables), a
 * column under w:gridBefore, a paragraph in a text box, or a paragraph no search text is sure to
 * find. A search text must find the same number of earlier matches whether Word shows tracked
 * changes and field codes or not, and whether its search folds full-/half-width forms and quotes
 * or not; and it must not occur in text boxes, equations or shapes, whose place among the search
 * results is not known.
 */
import { findTargets, type CellTarget, type Names } from '../docx/targets';
import { elements, firstChild, type ScanNode } from '../docx/scan';
import type { FindingLocation } from '../report/types';
import { wordDocumentPart } from '../sources/docx';
import { flatParts, scanFlatOpc, scannedPart } from '../sources/flat-opc';
import { wordNames } from '../sources/numbering';
import { SourceReadError } from '../sources/types';
import { prefixOf } from '../sources/xml';
import { DEFAULT_LIMITS } from '../xlsx/limits';

export type WordPlace =
  | {
      kind: 'cell';
      /** 0-based among body.tables with nestingLevel 1, in document order. */
      table: number;
      /** Index of the w:tr among its table's w:tr (rows deleted with tracking count). */
      row: number;
      /** Index of the w:tc in that w:tr. */
      cell: number;
    }
  | {
      kind: 'paragraph';
      /** Text of the paragraph to search for: plain characters only (no '^'), at most 200. */
      text: string;
      /** 0-based: how many matches of `text` body.search returns before this paragraph's. */
      occurrence: number;
    };

export interface WordPlaces {
  /**
   * `sentence`: for a finding about a sentence, the sentence as the finding quotes it (its
   * `data.quote`), searched for first so that a comment sits on it rather than on the paragraph.
   */
  placeOf(location: FindingLocation, sentence?: string): WordPlace | null;
}

/** Longest search text: Word's search takes 255 characters; shorter is as good for finding. */
export const MAX_SEARCH_TEXT = 200;

const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Elements whose text the walk below reads (w:t, and deleted text and field codes for one view). */
const KEPT_TEXT = new Set(['t', 'delText', 'instrText', 'delInstrText']);
/** Stands for anything the search text cannot include (a tab, a break, a symbol, a shape…). */
const GAP = '\u0000';

/** Reads the package once; throws SourceReadError as the reader does for a damaged package. */
export function wordPlaces(packageXml: string, limits = DEFAULT_LIMITS): WordPlaces {
  const pkg = scanFlatOpc(packageXml, limits, (local) => KEPT_TEXT.has(local));
  const root = scannedPart(pkg, wordDocumentPart(flatParts(pkg)), (local) => KEPT_TEXT.has(local));
  const w = wordNames(root);
  const mcPrefix = prefixOf(root, MC_NAMESPACE) ?? 'mc';
  const names: Names = { w, mc: (local) => (mcPrefix === '' ? local : `${mcPrefix}:${local}`) };
  const body = firstChild(root, w('body'));
  if (!body) throw new SourceReadError('wrong-format', 'the document part has no body');

  const targets = findTargets(body, names);
  const tables = topLevelTables(body, names);
  const text = new SearchText(names);
  text.blocks(body, false, false);
  const paragraphIndex = new Map(text.paragraphs.map((p, i) => [p.node, i]));

  return {
    placeOf(location, sentence) {
      if (location.kind === 'table-cell') {
        const cell = coveringCell(targets.rows.get(`${location.table}:${location.row}`), location.column);
        const target = cell && (cell.holdsValue ? cell : cell.holder);
        if (!target?.topLevel) return null;
        const table = tables.indexOf(target.table);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: unreachable: a table findTargets takes as top-level is one topLevelTables walks to (it skips fewer wrappers)
        return table < 0 ? null : { kind: 'cell', table, row: target.rowIndex, cell: target.cellIndex };
      }
      if (location.kind === 'paragraph') {
        const p = targets.paragraphs.get(location.paragraph);
        const index = p && paragraphIndex.get(p);
        return index === undefined ? null : text.placeOf(index, sentence);
      }
      return null;
    },
  };
}

/** The cell at a 1-based grid column, as targets' cellAt picks it (the one holding the value first). */
function coveringCell(cells: CellTarget[] | undefined, column: number): CellTarget | undefined {
  const covering = (cells ?? []).filter((c) => c.left <= column - 1 && column - 1 <= c.right);
  return covering.find((c) => c.holdsValue) ?? covering[0];
}

/**
 * The tables body.tables lists with nestingLevel 1, in document order: every w:tbl of the body's
 * own story (through content controls, custom XML and revisions; one branch of an
 * mc:AlternateContent), none in a cell or a text box.
 */
function topLevelTables(body: ScanNode, names: Names): ScanNode[] {
  const { w, mc } = names;
  const out: ScanNode[] = [];
  const walk = (node: ScanNode): void => {
    for (const el of elements(node)) {
      if (el.name === w('tbl')) out.push(el);
      else if (el.name === w('p') || el.name === w('txbxContent')) continue;
      else if (el.name === mc('AlternateContent')) {
        const branch = firstChild(el, mc('Choice')) ?? firstChild(el, mc('Fallback'));
        if (branch) walk(branch);
      } else walk(el);
    }
  };
  walk(body);
  return out;
}

/** A paragraph of the body's story as search sees it, in two views of its revisions and fields. */
interface SearchParagraph {
  node: ScanNode;
  /** With deleted text and field codes (Word showing all markup and field codes). */
  markup: string;
  /** Without them (Word showing the final text). */
  final: string;
  /** Stretches of text in both views, between gaps and hidden text: where search texts come from. */
  plain: string[];
}

/** The paragraphs body.search looks through, and text it may find outside them. */
class SearchText {
  readonly paragraphs: SearchParagraph[] = [];
  /** Text of text boxes, shapes, equations, placeholders…: a search text must not occur in it. */
  private readonly elsewhere: string[] = [];
  private readonly skipped: Set<string>;
  private readonly gaps: Set<string>;
  private readonly through: Set<string>;

  constructor(private readonly n: Names) {
    const w = n.w;
    this.skipped = new Set(
      [
        'pPr',
        'rPr',
        'sectPr',
        'tblPr',
        'tblGrid',
        'tcPr',
        'trPr',
        'tblPrEx',
        'fldChar',
        'bookmarkStart',
        'bookmarkEnd',
        'commentRangeStart',
        'commentRangeEnd',
        'proofErr',
        'permStart',
        'permEnd',
        'lastRenderedPageBreak',
      ].map(w),
    );
    // Characters search needs a ^ code for, or objects: nothing may be searched across them.
    this.gaps = new Set(
      [
        'tab',
        'ptab',
        'br',
        'cr',
        'sym',
        'noBreakHyphen',
        'softHyphen',
        'footnoteReference',
        'endnoteReference',
        'commentReference',
        'annotationRef',
        'separator',
        'continuationSeparator',
        'pgNum',
      ].map(w),
    );
    this.through = new Set(
      ['r', 'hyperlink', 'smartTag', 'fldSimple', 'customXml', 'dir', 'bdo', 'ins', 'moveTo'].map(w),
    );
  }

  /** Block content: paragraphs, tables, rows, cells and what wraps them. */
  blocks(container: ScanNode, hidden: boolean, aside: boolean): void {
    const { w, mc } = this.n;
    for (const el of elements(container)) {
      if (this.skipped.has(el.name)) continue;
      if (el.name === w('p')) this.paragraph(el, hidden, aside);
      else if (el.name === w('tr')) {
        const trPr = firstChild(el, w('trPr'));
        this.blocks(el, hidden || !!(trPr && firstChild(trPr, w('del'))), aside);
      } else if (el.name === w('del') || el.name === w('moveFrom')) this.blocks(el, true, aside);
      else if (el.name === w('sdt')) this.blocks(el, hidden, aside || this.showsPlaceholder(el));
      else if (el.name === mc('AlternateContent') || el.name === w('txbxContent'))
        this.blocks(el, hidden, true);
      else this.blocks(el, hidden, aside); // tables, cells, sdtContent, customXml, ins, moveTo…
    }
  }

  private paragraph(p: ScanNode, hidden: boolean, aside: boolean): void {
    const pieces: { text: string; hidden: boolean }[] = [];
    this.inline(p, hidden, pieces);
    let markup = '';
    let final = '';
    const plain: string[] = [''];
    for (const piece of pieces) {
      markup += piece.text;
      if (!piece.hidden) final += piece.text;
      if (piece.hidden || piece.text === GAP) plain.push('');
      else plain[plain.length - 1] += piece.text;
    }
    if (aside) this.elsewhere.push(markup);
    else this.paragraphs.push({ node: p, markup, final, plain: plain.filter((s) => s !== '') });
  }

  private inline(el: ScanNode, hidden: boolean, out: { text: string; hidden: boolean }[]): void {
    const w = this.n.w;
    for (const c of elements(el)) {
      if (this.skipped.has(c.name)) continue;
      if (c.name === w('t')) out.push({ text: textOf(c), hidden });
      else if (c.name === w('delText') || c.name === w('instrText') || c.name === w('delInstrText'))
        out.push({ text: textOf(c), hidden: true });
      else if (this.gaps.has(c.name)) out.push({ text: GAP, hidden: false });
      else if (this.through.has(c.name)) this.inline(c, hidden, out);
      else if (c.name === w('del') || c.name === w('moveFrom')) this.inline(c, true, out);
      else if (c.name === w('sdt') && !this.showsPlaceholder(c)) {
        const content = firstChild(c, w('sdtContent'));
        if (content) this.inline(content, hidden, out);
      } else {
        // A shape, a text box, an equation, ruby, a placeholder, mc:AlternateContent…: a gap in
        // the paragraph, and its text is text search might find elsewhere.
        out.push({ text: GAP, hidden: false });
        this.outside(c, hidden);
      }
    }
  }

  /** Text under an element that search may find but whose place among the results is unknown. */
  private outside(el: ScanNode, hidden: boolean): void {
    const { w } = this.n;
    if (el.name === w('txbxContent')) {
      this.blocks(el, hidden, true);
      return;
    }
    const loose: string[] = [];
    for (const c of el.children) {
      if (typeof c === 'string') loose.push(c);
      else this.outside(c, hidden);
    }
    if (loose.length > 0) this.elsewhere.push(loose.join(''));
  }

  private showsPlaceholder(sdt: ScanNode): boolean {
    const w = this.n.w;
    const pr = firstChild(sdt, w('sdtPr'));
    const placeholder = pr && firstChild(pr, w('showingPlcHdr'));
    const val = placeholder?.attrs[w('val')];
    return !!placeholder && val !== '0' && val !== 'false';
  }

  /**
   * A search text for paragraph `index` and its occurrence, or null when none is certain. The
   * finding's sentence (cut with '…' when long), when given, is tried first.
   */
  placeOf(index: number, quote = ''): WordPlace | null {
    let fallback: WordPlace | null = null;
    const sentence = quote.replace(/…+$/u, '').trim();
    const tried = sentence ? [...candidates([sentence])].slice(0, 1) : [];
    for (const text of [...tried, ...candidates(this.paragraphs[index].plain)]) {
      const counted = this.occurrence(text, index);
      if (!counted) continue;
      if (counted.total === 1) return { kind: 'paragraph', text, occurrence: counted.before };
      fallback ??= { kind: 'paragraph', text, occurrence: counted.before };
    }
    return fallback;
  }

  /**
   * Matches of `text` before paragraph `index`, the same in every view, and in all; undefined when
   * the views disagree, the paragraph does not show it in one of them, or it occurs elsewhere.
   */
  private occurrence(text: string, index: number): { before: number; total: number } | undefined {
    let before: number | undefined;
    let total = 0;
    for (const fold of [same, foldWidth]) {
      const needle = fold(text);
      if (this.elsewhere.some((t) => fold(t).includes(needle))) return undefined;
      for (const view of ['markup', 'final'] as const) {
        let count = 0;
        for (let i = 0; i < index; i++) count += matches(fold(this.paragraphs[i][view]), needle);
        if (!fold(this.paragraphs[index][view]).includes(needle)) return undefined;
        if (before !== undefined && before !== count) return undefined;
        before = count;
        if (fold === same && view === 'final')
          total = this.paragraphs.reduce((sum, p) => sum + matches(p.final, needle), 0);
      }
    }
    return before === undefined ? undefined : { before, total };
  }
}

/** Characters a search text cannot hold as they are: '^' (Word's codes), controls, odd spaces. */
function unsearchable(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0xad ||
    code === 0x5e /* ^ */ ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/** Search texts to try, in order: each stretch of plain text, trimmed, at most MAX_SEARCH_TEXT long. */
function* candidates(plain: readonly string[]): Generator<string> {
  for (const stretch of plain) {
    let from = 0;
    for (let i = 0; i <= stretch.length; i++) {
      if (i < stretch.length && !unsearchable(stretch.charCodeAt(i))) continue;
      let text = stretch.slice(from, i).trim();
      from = i + 1;
      if (text.length > MAX_SEARCH_TEXT) {
        // Never cut a surrogate pair in half.
        const high = /[\ud800-\udbff]/.test(text[MAX_SEARCH_TEXT - 1]);
        text = text.slice(0, high ? MAX_SEARCH_TEXT - 1 : MAX_SEARCH_TEXT).trimEnd();
      }
      if (text !== '') yield text;
    }
  }
}

/** Non-overlapping matches, as successive searches find them. */
function matches(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

const same = (text: string): string => text;

/** Full-width ASCII and the ideographic space as half-width, curly quotes as straight ones. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u2018\u2019\u201c\u201d]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u2018' || c === '\u2019') return "'";
    if (c === '\u201c' || c === '\u201d') return '"';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

function textOf(node: ScanNode): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}
