/**
 * Tables and cell shading in document.xml. Rows are a table's w:tr children, cells a row's w:tc
 * children (Table.getCell(rowIndex, cellIndex), learn.microsoft.com/javascript/api/word/word.table);
 * a merged cell is one w:tc, as in the file.
 */
import { ErrorCodes, fail } from '../excel-host/errors';
import { NS, wAll, wAncestor, wChildren } from './ooxml';

export const tablesIn = (container: Element): Element[] => wAll(container, 'tbl');

/** Table.nestingLevel: 1 for a table in the body, one more per table around it. */
export function nestingLevel(tbl: Element): number {
  let level = 1;
  for (let t = wAncestor(tbl, 'tbl'); t; t = wAncestor(t, 'tbl')) level++;
  return level;
}

export const rowsOf = (tbl: Element): Element[] => wChildren(tbl, 'tr');
export const cellsOf = (tr: Element): Element[] => wChildren(tr, 'tc');

/** Table.getCell: "Throws an ItemNotFound error if the specified table cell doesn't exist." (word.table) */
export function cellAt(tbl: Element, row: unknown, cell: unknown): Element {
  return (
    cellOrNull(tbl, row, cell) ??
    fail(ErrorCodes.itemNotFound, `There is no cell (${String(row)}, ${String(cell)}) in the table.`)
  );
}

/** Table.getCellOrNullObject (WordApi 1.3): the cell, or undefined (a null object) when out of range. */
export function cellOrNull(tbl: Element, row: unknown, cell: unknown): Element | undefined {
  const tr = Number.isInteger(row) ? rowsOf(tbl)[row as number] : undefined;
  return tr && Number.isInteger(cell) ? cellsOf(tr)[cell as number] : undefined;
}

/**
 * TableCell.shadingColor as Word reads it: '#RRGGBB' from the cell's own w:shd fill, and '' for a
 * cell without one (office-js #4632: "returning an empty string", no w:shd in the XML). A fill of
 * 'auto' is no colour either.
 */
export function shadingOf(tc: Element): string {
  const fill = shd(tc)?.getAttributeNS(NS.w, 'fill');
  return fill && fill.toLowerCase() !== 'auto' ? `#${fill.toUpperCase()}` : '';
}

/** The cell's own fill for tests: '#RRGGBB', or null when the cell has no shading of its own. */
export const fillOf = (tc: Element): string | null => shadingOf(tc) || null;

const shd = (tc: Element): Element | undefined => {
  const tcPr = wChildren(tc, 'tcPr')[0];
  return tcPr ? wChildren(tcPr, 'shd')[0] : undefined;
};

/** Colour names Word takes beside '#RRGGBB' ("#RRGGBB format or ... the color name", word.tablecell). */
const NAMED: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
};

/** Elements after w:shd in CT_TcPr's sequence (ECMA-376 §17.4.70): w:shd goes before the first. */
const AFTER_SHD = new Set([
  'noWrap',
  'tcMar',
  'textDirection',
  'tcFitText',
  'vAlign',
  'hideMark',
  'headers',
  'cellIns',
  'cellDel',
  'cellMerge',
  'tcPrChange',
]);

/** What setting '' does: removes the shading, leaves it, or is refused as not a colour. */
export type ClearShading = 'removes' | 'ignored' | 'rejects';

/**
 * Sets TableCell.shadingColor: Word writes `<w:shd w:val="clear" w:color="auto" w:fill="RRGGBB"/>`
 * in the cell's w:tcPr. Setting '' (what Word reads for no shading) is not documented: office-js
 * #5460 ("How to set ... No Color", fix pending) asks for it; `clear` says what the host does.
 */
export function setShading(tc: Element, value: unknown, clear: ClearShading): void {
  const text = String(value ?? '').trim();
  if (text === '') {
    if (clear === 'rejects') fail(ErrorCodes.invalidArgument, 'The color is not valid.');
    if (clear === 'removes') shd(tc)?.remove();
    return;
  }
  const hex = /^#?([0-9a-f]{6})$/i.exec(text)?.[1] ?? NAMED[text.toLowerCase()];
  if (!hex) fail(ErrorCodes.invalidArgument, `"${text}" is not a colour.`);
  const doc = tc.ownerDocument;
  let tcPr = wChildren(tc, 'tcPr')[0];
  if (!tcPr) {
    tcPr = doc.createElementNS(NS.w, 'w:tcPr');
    tc.insertBefore(tcPr, tc.firstChild);
  }
  let el = shd(tc);
  if (!el) {
    el = doc.createElementNS(NS.w, 'w:shd');
    const next = [...tcPr.children].find((c) => c.namespaceURI === NS.w && AFTER_SHD.has(c.localName));
    tcPr.insertBefore(el, next ?? null);
  }
  for (const attr of [...el.attributes]) el.removeAttributeNode(attr);
  el.setAttributeNS(NS.w, 'w:val', 'clear');
  el.setAttributeNS(NS.w, 'w:color', 'auto');
  el.setAttributeNS(NS.w, 'w:fill', (hex as string).toUpperCase());
}
