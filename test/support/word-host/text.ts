/**
 * Text positions in WordprocessingML paragraphs: a paragraph's text is what Word shows, the w:t
 * text and w:tab (a tab character) of its runs, inserted text (w:ins) included and deleted text
 * (w:del, whose runs hold w:delText) left out, as Range.text reads with changes shown as final.
 * A point is a character offset in one paragraph; markers (comment anchors) go between characters,
 * splitting a run where needed so the formatting (w:rPr) stays on both halves.
 */
import { isW, NS, wAll, wAncestor } from './ooxml';

export interface Point {
  p: Element;
  offset: number;
}

export interface RangeModel {
  start: Point;
  end: Point;
}

/** One run child that carries text: a w:t (its text) or a w:tab (one tab). */
interface Atom {
  node: Element;
  start: number;
  end: number;
}

/** Subtrees whose text Word does not show in the paragraph. */
const HIDDEN = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'txbxContent', 'instrText', 'delText']);

function atoms(p: Element): Atom[] {
  const out: Atom[] = [];
  let at = 0;
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.namespaceURI === NS.w && HIDDEN.has(child.localName)) continue;
      if (isW(child, 't') || isW(child, 'tab')) {
        const length = isW(child, 't') ? (child.textContent ?? '').length : 1;
        // A w:tab in w:pPr/w:tabs is a tab stop, not a character: only run children count.
        if (isW(child.parentElement, 'r')) out.push({ node: child, start: at, end: (at += length) });
      } else walk(child);
    }
  };
  walk(p);
  return out;
}

export function paragraphText(p: Element): string {
  return atoms(p)
    .map((a) => (isW(a.node, 'tab') ? '\t' : (a.node.textContent ?? '')))
    .join('');
}

/** Paragraphs of `container` in document order (cells' paragraphs included). */
export const paragraphsIn = (container: Element): Element[] => wAll(container, 'p');

export const collapsed = (r: RangeModel): boolean => r.start.p === r.end.p && r.start.offset === r.end.offset;

export function wholeOf(paragraphs: Element[]): RangeModel {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) throw new Error('Word host: a body without paragraphs');
  return { start: { p: first, offset: 0 }, end: { p: last, offset: paragraphText(last).length } };
}

/** Range.text: the paragraphs' text from start to end, paragraph marks read as '\r'. */
export function rangeText(container: Element, r: RangeModel): string {
  if (r.start.p === r.end.p) return paragraphText(r.start.p).slice(r.start.offset, r.end.offset);
  const all = paragraphsIn(container);
  const from = all.indexOf(r.start.p);
  const to = all.indexOf(r.end.p);
  return all
    .slice(from, to + 1)
    .map((p, i, list) => {
      const text = paragraphText(p);
      if (i === 0) return text.slice(r.start.offset);
      return i === list.length - 1 ? text.slice(0, r.end.offset) : text;
    })
    .join('\r');
}

function newText(doc: Document, text: string): Element {
  const t = doc.createElementNS(NS.w, 'w:t');
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.textContent = text;
  return t;
}

/** Moves `child` and the run children after it into a copy of the run (same w:rPr), placed after it. */
function splitRunBefore(child: Element): Element {
  const run = child.parentElement as Element;
  const before = [...run.children].slice(0, [...run.children].indexOf(child));
  if (before.every((c) => isW(c, 'rPr'))) return run;
  const copy = run.cloneNode(false) as Element;
  const rPr = before.find((c) => isW(c, 'rPr'));
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  let next: Element | null = child;
  while (next) {
    const following: Element | null = next.nextElementSibling;
    copy.appendChild(next);
    next = following;
  }
  run.after(copy);
  return copy;
}

/** The run that starts exactly at `offset` (splitting one if needed); undefined at the paragraph's end. */
function runAt(p: Element, offset: number): Element | undefined {
  const atom = atoms(p).find((a) => a.start <= offset && offset < a.end);
  if (!atom) return undefined;
  let node = atom.node;
  if (atom.start < offset) {
    const text = node.textContent ?? '';
    const cut = offset - atom.start;
    const tail = newText(node.ownerDocument, text.slice(cut));
    node.textContent = text.slice(0, cut);
    node.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    node.after(tail);
    node = tail;
  }
  return splitRunBefore(node);
}

/** The last run that ends exactly at `offset` (splitting one if needed); undefined at the start. */
function runBefore(p: Element, offset: number): Element | undefined {
  if (offset <= 0) return undefined;
  const after = runAt(p, offset);
  if (after) return previousRun(p, after);
  const list = atoms(p);
  return list[list.length - 1]?.node.parentElement ?? undefined;
}

function previousRun(p: Element, run: Element): Element | undefined {
  const runs = wAll(p, 'r').filter((r) => atoms(p).some((a) => a.node.parentElement === r));
  return runs[runs.indexOf(run) - 1];
}

/** Puts `node` at the paragraph's start, after its w:pPr. */
function prepend(p: Element, node: Node): void {
  const pPr = [...p.children].find((c) => isW(c, 'pPr'));
  if (pPr) pPr.after(node);
  else p.insertBefore(node, p.firstChild);
}

/** Inserts `node` before the character at `at` (or at the paragraph's end). */
export function insertBefore(at: Point, node: Node): void {
  const run = runAt(at.p, at.offset);
  if (run) run.before(node);
  else if (at.offset === 0) prepend(at.p, node);
  else at.p.appendChild(node);
}

/** Inserts `node` after the character before `at` (or at the paragraph's start). */
export function insertAfter(at: Point, node: Node): void {
  const run = runBefore(at.p, at.offset);
  if (run) run.after(node);
  else prepend(at.p, node);
}

/** Replaces the characters [start, end) of a paragraph with `text` (a user's typing). */
export function replaceText(p: Element, start: number, end: number, text: string): void {
  let placed = false;
  for (const atom of atoms(p)) {
    if (atom.end <= start || atom.start >= end) continue;
    if (isW(atom.node, 'tab')) {
      if (!placed) atom.node.before(newText(atom.node.ownerDocument, text));
      placed = true;
      atom.node.remove();
      continue;
    }
    const value = atom.node.textContent ?? '';
    const head = value.slice(0, Math.max(0, start - atom.start));
    const tail = value.slice(Math.max(0, end - atom.start));
    atom.node.textContent = head + (placed ? '' : text) + tail;
    atom.node.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    placed = true;
  }
}

/** The offset in `p` of a marker element inside it: the length of the text before it. */
export function offsetOf(p: Element, marker: Element): number {
  return atoms(p)
    .filter((a) => (marker.compareDocumentPosition(a.node) & 2) !== 0)
    .reduce((sum, a) => sum + a.end - a.start, 0);
}

/** The w:tc and w:tbl around a paragraph, innermost first. */
export const cellOf = (p: Element): Element | null => wAncestor(p, 'tc');
export const tableOf = (p: Element): Element | null => wAncestor(p, 'tbl');
