/**
 * The text colour (and bold) of a marked cell's runs, as the workbook marks set the font: white bold
 * on the dark red of a suspect cell, dark red on light red for an error, brown on yellow for a
 * warning. Word checks the order of a run's properties against the schema, so each property goes
 * where CT_RPr's sequence puts it (ECMA-376 Part 1, 17.3.2.28 rPr), replacing one already there.
 */
import type { Splices } from './edits';
import { insertInto } from './package';
import { elements, firstChild, type ScanNode } from './scan';

/** CT_RPr's elements in schema order (w:rPrChange, the tracked change of the properties, last). */
// prettier-ignore
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline',
  'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing',
  'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText',
  'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];
const RANK = new Map(RPR_ORDER.map((name, i) => [name, i]));
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

export interface RunFormat {
  /** RRGGBB. */
  color: string;
  bold: boolean;
}

/** Formats every run of the cell (not those of a table nested in it). */
export function formatCellRuns(
  splices: Splices,
  tc: ScanNode,
  w: (l: string) => string,
  format: RunFormat,
): void {
  for (const run of runsOf(tc, w)) formatRun(splices, run, w, format);
}

function runsOf(node: ScanNode, w: (l: string) => string): ScanNode[] {
  const out: ScanNode[] = [];
  for (const el of elements(node)) {
    if (el.name === w('r')) out.push(el);
    else if (el.name !== w('tbl') && el.name !== w('tcPr')) out.push(...runsOf(el, w));
  }
  return out;
}

function formatRun(splices: Splices, run: ScanNode, w: (l: string) => string, format: RunFormat): void {
  const wanted: [string, string][] = [];
  if (format.bold) wanted.push(['b', `<${w('b')}/>`]);
  wanted.push(['color', `<${w('color')} ${w('val')}="${format.color}"/>`]);
  const rPr = firstChild(run, w('rPr'));
  if (!rPr) {
    // rPr is the first child of a run.
    splices.insert(run.openEnd, `<${w('rPr')}>${wanted.map(([, xml]) => xml).join('')}</${w('rPr')}>`);
    return;
  }
  if (rPr.selfClosing) {
    splices.replace(
      rPr.start,
      rPr.end,
      `<${w('rPr')}>${wanted.map(([, xml]) => xml).join('')}</${w('rPr')}>`,
    );
    return;
  }
  const children = elements(rPr);
  for (const [name, xml] of wanted) {
    const existing = children.find((c) => local(c.name) === name);
    if (existing) {
      splices.replace(existing.start, existing.end, xml);
      continue;
    }
    const rank = RANK.get(name) as number;
    const before = children.filter((c) => (RANK.get(local(c.name)) ?? -1) < rank).pop();
    if (before) splices.insert(before.end, xml);
    else insertInto(splices, rPr, 'start', xml);
  }
}
