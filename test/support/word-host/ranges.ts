/**
 * What Word does with ranges that the host simulates: getRange locations, search, insertOoxml and
 * the selection, on the paragraph model of text.ts.
 */
import { ErrorCodes, fail } from '../excel-host/errors';
import { unsupported } from '../excel-host/state';
import { NS, parseXml, wAncestor, wChildren, type WordPackage } from './ooxml';
import { cellsOf, nestingLevel, rowsOf, tablesIn } from './tables';
import {
  collapsed,
  paragraphsIn,
  paragraphText,
  rangeText,
  wholeOf,
  type Point,
  type RangeModel,
} from './text';
import type { WordSelection, WordState } from './state';

const point = (p: Point): RangeModel => ({ start: p, end: p });

/**
 * Range.getRange / Body.getRange / Table.getRange (word.rangelocation): 'Whole' and 'Content' the
 * range itself, 'Start' and 'End' its collapsed ends. 'After' and 'Before' are the points just
 * outside it; for a table, 'After' is where the paragraph after the table begins (Word keeps one).
 */
export function subRange(host: WordState, range: RangeModel, location: unknown, what: string): RangeModel {
  switch (location ?? 'Whole') {
    case 'Whole':
    case 'Content':
      return range;
    case 'Start':
    case 'Before':
      return point(range.start);
    case 'End':
    case 'After':
      return point(range.end);
    default:
      return unsupported(host, `${what}.getRange(${JSON.stringify(location)})`);
  }
}

/** The table's range, and 'After' it: the start of the block that follows the table. */
export function tableRange(host: WordState, tbl: Element, location: unknown): RangeModel {
  if (location === 'After') {
    let next = tbl.nextElementSibling;
    if (!next || !(next.namespaceURI === NS.w && (next.localName === 'p' || next.localName === 'tbl'))) {
      // Word always has a paragraph after a table (a cell and the body end with one).
      next = tbl.ownerDocument.createElementNS(NS.w, 'w:p');
      tbl.after(next);
    }
    const p = next.localName === 'p' ? next : paragraphsIn(next)[0];
    return point({ p, offset: 0 });
  }
  return subRange(host, wholeOf(paragraphsIn(tbl)), location, 'Table');
}

/** Body.search "Can be a maximum of 255 characters" (word.body). */
const MAX_SEARCH = 255;

/**
 * Body.search(text, {matchCase}): plain text matches inside each paragraph (a match does not cross
 * a paragraph mark), in document order, table cells included. Other search options are not
 * simulated (they fail the test as unsupported when used).
 */
export function search(container: Element, text: unknown, matchCase: boolean): RangeModel[] {
  if (typeof text !== 'string' || text === '' || text.length > MAX_SEARCH)
    fail('SearchStringInvalidOrTooLong', 'The search string is empty or longer than 255 characters.');
  const needle = matchCase ? (text as string) : (text as string).toLowerCase();
  const out: RangeModel[] = [];
  for (const p of paragraphsIn(container)) {
    const hay = matchCase ? paragraphText(p) : paragraphText(p).toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length))
      out.push({ start: { p, offset: at }, end: { p, offset: at + needle.length } });
  }
  return out;
}

/**
 * Range.insertOoxml(ooxml, location) of a flat OPC package: its body's blocks (w:p, w:tbl; not the
 * w:sectPr) are spliced in whole at a paragraph boundary, and its styles the document lacks are
 * added (Word merges the package's styles). Word would split the paragraph at a point inside it;
 * the host puts the blocks after the paragraph holding the point (before it, at its very start):
 * the add-in inserts its template at the cursor's end or after a table, where that is the same.
 * 'Replace' of a non-empty range is simulated for a whole body only. Returns the inserted range.
 */
export function insertOoxml(
  host: WordState,
  range: RangeModel,
  ooxml: unknown,
  location: unknown,
): RangeModel {
  const blocks = packageBlocks(host.pkg, ooxml);
  const first = range.start.p;
  const last = range.end.p;
  const whole = isWhole(range);
  switch (location) {
    case 'Replace':
      if (collapsed(range)) {
        if (range.start.offset === 0) first.before(...blocks);
        else first.after(...blocks);
      } else if (whole) {
        const container = whole;
        const old = [...container.children].filter(
          (c) => c.namespaceURI === NS.w && ['p', 'tbl', 'sdt'].includes(c.localName),
        );
        old[0].before(...blocks);
        for (const el of old) el.remove();
        if (!paragraphsIn(container).length) container.appendChild(host.pkg.xml.createElementNS(NS.w, 'w:p'));
      } else return unsupported(host, 'Range.insertOoxml(…, "Replace") of part of a body');
      break;
    case 'Before':
    case 'Start':
      first.before(...blocks);
      break;
    case 'After':
    case 'End':
      last.after(...blocks);
      break;
    default:
      return fail(ErrorCodes.invalidArgument, `insertOoxml cannot insert at "${String(location)}".`);
  }
  const inserted = blocks.flatMap((b) => (b.localName === 'p' ? [b] : paragraphsIn(b)));
  return inserted.length ? wholeOf(inserted) : point(range.start);
}

/** The container (w:body or w:tc) a range covers whole, if it does. */
function isWhole(range: RangeModel): Element | undefined {
  const container = wAncestor(range.start.p, 'tc') ?? wAncestor(range.start.p, 'body');
  if (!container) return undefined;
  const all = wholeOf(paragraphsIn(container));
  const same = (a: Point, b: Point) => a.p === b.p && a.offset === b.offset;
  return same(all.start, range.start) && same(all.end, range.end) ? container : undefined;
}

function packageBlocks(pkg: WordPackage, ooxml: unknown): Element[] {
  if (typeof ooxml !== 'string') return fail(ErrorCodes.invalidArgument, 'insertOoxml needs OOXML text.');
  let xml: XMLDocument;
  try {
    xml = parseXml(pkg.api, ooxml);
  } catch {
    return fail(ErrorCodes.invalidArgument, 'The OOXML is not well-formed.');
  }
  const part = (name: string) =>
    [...xml.getElementsByTagNameNS(NS.pkg, 'part')].find((p) => p.getAttributeNS(NS.pkg, 'name') === name);
  const root = (name: string) => part(name)?.getElementsByTagNameNS(NS.pkg, 'xmlData')[0]?.firstElementChild;
  const body = root('/word/document.xml');
  const bodyEl = body && wChildren(body, 'body')[0];
  if (!bodyEl) return fail(ErrorCodes.invalidArgument, 'The OOXML package has no /word/document.xml body.');
  const ours = pkg.root('/word/styles.xml');
  const theirs = root('/word/styles.xml');
  if (ours && theirs) {
    const have = new Set(wChildren(ours, 'style').map((s) => s.getAttributeNS(NS.w, 'styleId')));
    for (const style of wChildren(theirs, 'style'))
      if (!have.has(style.getAttributeNS(NS.w, 'styleId'))) ours.appendChild(pkg.xml.importNode(style, true));
  }
  return [...bodyEl.children]
    .filter((c) => c.namespaceURI === NS.w && ['p', 'tbl'].includes(c.localName))
    .map((c) => pkg.xml.importNode(c, true) as Element);
}

/** Where a range is, for tests: its text, body paragraph, or cell of a table of nesting level 1. */
export function describe(body: Element, range: RangeModel): WordSelection {
  const p = range.start.p;
  let tc = wAncestor(p, 'tc');
  while (tc && nestingLevel(wAncestor(tc, 'tbl') as Element) > 1) tc = wAncestor(tc, 'tc');
  const tr = tc && wAncestor(tc, 'tr');
  const tbl = tr && wAncestor(tr, 'tbl');
  const top = topTables(body);
  return {
    text: rangeText(body, range),
    paragraph: wChildren(body, 'p').includes(p) ? wChildren(body, 'p').indexOf(p) : null,
    cell:
      tbl && tr && tc
        ? { table: top.indexOf(tbl), row: rowsOf(tbl).indexOf(tr), cell: cellsOf(tr).indexOf(tc) }
        : null,
  };
}

export const topTables = (body: Element): Element[] => tablesIn(body).filter((t) => nestingLevel(t) === 1);
