/**
 * Flattened rows. Text copied from a PDF (or `pdftotext -layout` output) puts a table row's label
 * and numbers in one cell (`一、本年新收… 1 0 0 0 0 0 1`), or the numbers space-separated in one
 * cell beside the label, and header words in one cell separated by spaces. `splitFlattenedRows`
 * presents such rows as if each token sat in its own cell, and remembers for every virtual cell the
 * real cell it came from, so that findings can point at real cells (the add-in paints by address).
 *
 * What is split, and why only that:
 * - a data row: a cell holding a label followed by whitespace-separated numbers, or a cell of 3+
 *   numbers only, in a row with no number in a cell of its own (a well-formed row holding `1 2` in
 *   one value cell is a typo that cell/text-number reports, not a flattened row);
 * - a header row, only on a sheet that has flattened data rows: a text cell whose pieces, split at
 *   runs of 2+ spaces (or tabs), or at single spaces when every word is a label of the format,
 *   include 2+ labels of the format (`自然人 法人或其他组织 总计`). `结果 维持` stays one cell.
 * A lone full-width space is an ordinary space (Chinese text puts one between words). Sentences
 * (with 。；！？) and long texts are never split: they are prose.
 */
import { APPLICATIONS, EDITIONS, labelTexts, PROACTIVE, REVIEWS } from '../format';
import { labelKey, type CellValue, type Grid, type MergedArea, type RowOrigin } from '../grid';
import { isFilledNumber } from './cells';
import type { Bounds, CellRef } from './types';

/** A data row whose numbers came out of split cells: where they sit in the virtual grid. */
export interface FlatRow {
  /** Virtual columns of the row's numbers, left to right. */
  readonly numbers: readonly number[];
}

/** One piece of a split cell. */
export interface Piece {
  value: CellValue;
  number: boolean;
}

const WIDE_GAP = /(?:\t|[\s\u00a0\u3000]{2,})[\s\u00a0\u3000]*/;
const TOKEN = /[^\s\u00a0\u3000]+/g;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const SEPARATED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLACEHOLDER = /^(?:[-—–―－/／]+|无)$/;
/**
 * Digits glued to the end of a label (`予以公开0`): after a Han character or a closing bracket. The `^`
 * changes no match (the leftmost one starts at the start, `.*` taking everything before) but spares a
 * long cell that does not match a retry from every position.
 */
const GLUED = /^(.*[\p{Script=Han}）)」』”])([+-]?\d+(?:\.\d+)?)$/u;
const SENTENCE = /[。！？；!?;]/;
const DIGIT = /[0-9０-９]/;
/** Longer than any official label, even section + group + item in one cell. */
const MAX_LABEL = 80;
/** A label with a single number after it: short, or it may be a line of prose ending in a number. */
const MAX_LABEL_ONE_NUMBER = 30;
/** Numbers alone in a cell: `1 2` is a typo in one value; 3+ is a row. */
const MIN_BARE_NUMBERS = 3;

let known: Set<string> | undefined;
/** Label keys of every column and header word of the format (both editions). */
function knownLabels(): Set<string> {
  if (known) return known;
  const labels: string[] = [];
  for (const e of EDITIONS) {
    const a = APPLICATIONS[e];
    labels.push(a.header.applicants, a.header.naturalPerson, a.header.organisations, a.header.total);
    for (const c of a.columns) labels.push(...labelTexts(c));
    const r = REVIEWS[e];
    labels.push(r.header.review, r.header.litigation, ...r.groups.map((g) => g.label.zh));
    for (const c of r.columns) labels.push(...labelTexts(c));
    const p = PROACTIVE[e];
    labels.push(p.contentHeader);
    for (const b of p.blocks) for (const c of b.columns) labels.push(...labelTexts(c));
  }
  known = new Set(labels.map(labelKey));
  return known;
}

const isKnown = (text: string): boolean => knownLabels().has(labelKey(text));

function isNumberToken(token: string): boolean {
  const half = token.normalize('NFKC');
  return NUMBER.test(half) || SEPARATED.test(half);
}

/** A token's cell value: plain numbers as numbers; full-width digits, `1,234`, `—` stay text for the cell rules. */
function tokenValue(token: string): CellValue {
  if (!NUMBER.test(token)) return token;
  const n = Number(token);
  return n === 0 ? 0 : n; // no -0
}

/** Text pieces at runs of 2+ spaces, then at single spaces where every word is a format label. */
function textPieces(text: string): string[] {
  const out: string[] = [];
  for (const segment of text.split(WIDE_GAP)) {
    const s = segment.trim();
    if (!s) continue;
    const words = s.split(/[\s\u00a0\u3000]+/);
    if (words.length > 1 && words.every(isKnown)) out.push(...words);
    else out.push(s);
  }
  return out;
}

const looksLikeLabel = (text: string): boolean => [...text].length <= MAX_LABEL && !SENTENCE.test(text);

/**
 * A cell's text as a label and the numbers after it: `（三）不予公开 1. 属于国家秘密 0 0 0 0 0 0 0`,
 * `予以公开0 0 0` (the first number glued on), `1 0 0 0 0 0 1`. Undefined when the text does not
 * end in numbers the way a flattened row does (`2021年`, `结果 维持`, a sentence).
 */
export function splitDataCell(text: string): Piece[] | undefined {
  if (!DIGIT.test(text)) return undefined; // most cells of a sheet: labels and prose without numbers
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  let first = tokens.length;
  while (first > 0 && (isNumberToken(tokens[first - 1].text) || PLACEHOLDER.test(tokens[first - 1].text)))
    first--;
  const run = tokens.slice(first).map((t) => t.text);
  // A lone dash or 无 after a label is text, not a row of values.
  if (run.length === 0 || (run.length === 1 && !isNumberToken(run[0]))) return undefined;
  // The run is not empty, so tokens[first] is its first number.
  let label = text.slice(0, tokens[first].start).trim();
  if (first === 0) label = '';
  const glued = label ? GLUED.exec(label) : null;
  if (glued) {
    label = glued[1];
    run.unshift(glued[2]);
  }
  if (label) {
    if (!looksLikeLabel(label)) return undefined;
    if (run.length === 1 && [...label].length > MAX_LABEL_ONE_NUMBER) return undefined;
  } else if (run.length < MIN_BARE_NUMBERS) return undefined;
  return [
    ...textPieces(label).map((value) => ({ value, number: false })),
    ...run.map((token) => ({ value: tokenValue(token), number: true })),
  ];
}

/** A text cell of a header row as its labels; undefined unless it holds 2+ labels of the format. */
export function splitHeaderCell(text: string): Piece[] | undefined {
  const pieces = textPieces(text);
  // Two known labels at least (fewer pieces cannot hold two).
  if (!pieces.every(looksLikeLabel) || pieces.filter(isKnown).length < 2) return undefined;
  return pieces.map((value) => ({ value, number: false }));
}

/** One split row of the virtual grid. */
interface VirtualRow {
  values: CellValue[];
  /** Real column of each virtual column. */
  source: number[];
  /** Virtual columns whose real cell was split (they have no number format or merge of their own). */
  split: boolean[];
  /** Rightmost real cell that was split: where virtual cells past the row's end point. */
  lastSplit: number;
  flat?: FlatRow;
}

/** A grid whose flattened rows are split into cells; rows left alone read through unchanged. */
export class FlattenedGrid implements Grid {
  readonly sheet: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly MergedArea[];

  constructor(
    readonly base: Grid,
    private readonly rows: ReadonlyMap<number, VirtualRow>,
  ) {
    this.sheet = base.sheet;
    this.rowCount = base.rowCount;
    let cols = base.colCount;
    for (const r of rows.values()) cols = Math.max(cols, r.values.length);
    this.colCount = cols;
    // A merge across a split row no longer covers the same cells there: drop it.
    this.merges = base.merges.filter((m) => !this.touchesSplitRow(m));
  }

  private touchesSplitRow(m: MergedArea): boolean {
    for (let r = m.top; r <= m.bottom; r++) if (this.rows.has(r)) return true;
    return false;
  }

  value(row: number, col: number): CellValue {
    const v = this.rows.get(row);
    if (!v) return this.base.value(row, col);
    const value = v.values[col];
    return value === undefined || value === '' ? null : value;
  }

  numberFormat(row: number, col: number): string | undefined {
    const v = this.rows.get(row);
    if (!v) return this.base.numberFormat(row, col);
    return col < v.values.length && !v.split[col] ? this.base.numberFormat(row, v.source[col]) : undefined;
  }

  mergeAt(row: number, col: number): MergedArea | undefined {
    if (this.rows.has(row)) return undefined;
    const m = this.base.mergeAt(row, col);
    return m && !this.touchesSplitRow(m) ? m : undefined;
  }

  rowOrigin(row: number): RowOrigin | undefined {
    return this.base.rowOrigin?.(row);
  }

  /** The real cell a virtual cell came from. */
  sourceCell(row: number, col: number): CellRef {
    const v = this.rows.get(row);
    if (!v) return { row, col };
    if (col < v.source.length) return { row, col: v.source[col] };
    return { row, col: v.lastSplit };
  }

  /** Whether the virtual cell is a piece of a split real cell (not a cell of the sheet of its own). */
  isSplit(row: number, col: number): boolean {
    const v = this.rows.get(row);
    return v !== undefined && (col >= v.split.length || v.split[col]);
  }

  /** The numbers of a flattened data row; undefined for rows that were not split or hold no numbers. */
  flatRow(row: number): FlatRow | undefined {
    return this.rows.get(row)?.flat;
  }
}

function buildRow(grid: Grid, row: number, pieces: Map<number, Piece[]>): VirtualRow {
  const values: CellValue[] = [];
  const source: number[] = [];
  const split: boolean[] = [];
  const numbers: number[] = [];
  let lastSplit = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const p = pieces.get(col);
    if (!p) {
      values.push(grid.value(row, col));
      source.push(col);
      split.push(false);
      continue;
    }
    lastSplit = col;
    for (const piece of p) {
      if (piece.number) numbers.push(values.length);
      values.push(piece.value);
      source.push(col);
      split.push(true);
    }
  }
  return { values, source, split, lastSplit, flat: numbers.length > 0 ? { numbers } : undefined };
}

/**
 * The grid with its flattened rows split into cells, or undefined when no row is flattened (normal
 * sheets cost one pass over their text cells and are used as they are).
 */
export function splitFlattenedRows(grid: Grid): FlattenedGrid | undefined {
  const dataRows = new Map<number, Map<number, Piece[]>>();
  const textRows: number[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const pieces = new Map<number, Piece[]>();
    let plainNumber = false;
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      const split = typeof v === 'string' ? splitDataCell(v) : undefined;
      if (split) pieces.set(col, split);
      // A number in a cell of its own (any spelling): the row is a real table row.
      else if (isFilledNumber(grid, row, col)) plainNumber = true;
    }
    if (plainNumber) continue;
    if (pieces.size > 0) dataRows.set(row, pieces);
    else textRows.push(row);
  }
  if (dataRows.size === 0) return undefined;

  const rows = new Map<number, VirtualRow>();
  for (const [row, pieces] of dataRows) rows.set(row, buildRow(grid, row, pieces));
  for (const row of textRows) {
    const pieces = new Map<number, Piece[]>();
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      const header = typeof v === 'string' ? splitHeaderCell(v) : undefined;
      if (header) pieces.set(col, header);
    }
    if (pieces.size > 0) rows.set(row, buildRow(grid, row, pieces));
  }
  return new FlattenedGrid(grid, rows);
}

/** The numbers of a flattened data row of `grid`, when the grid is a split view and the row one. */
export function flatRowOf(grid: Grid, row: number): FlatRow | undefined {
  return grid instanceof FlattenedGrid ? grid.flatRow(row) : undefined;
}

/** The real cell behind a cell of `grid` (itself unless the grid is a split view). */
export function sourceCellOf(grid: Grid, cell: CellRef): CellRef {
  return grid instanceof FlattenedGrid ? grid.sourceCell(cell.row, cell.col) : cell;
}

/** Whether a cell of `grid` is a piece of a split real cell: a formula cannot reference it alone. */
export function isSplitCell(grid: Grid, cell: CellRef): boolean {
  return grid instanceof FlattenedGrid && grid.isSplit(cell.row, cell.col);
}

/**
 * A finding's cells moved to the real cells they came from; related cells that land on the same
 * real cell (the parts of a flattened row) are listed once, and not when they are the cell itself.
 */
export function toRealCells<T extends { cell: CellRef; related?: readonly CellRef[] }>(
  grid: Grid,
  raw: T,
): T {
  if (!(grid instanceof FlattenedGrid)) return raw;
  const cell = grid.sourceCell(raw.cell.row, raw.cell.col);
  if (!raw.related) return { ...raw, cell };
  const seen = new Set([`${cell.row}:${cell.col}`]);
  const related: CellRef[] = [];
  for (const r of raw.related) {
    const real = grid.sourceCell(r.row, r.col);
    const key = `${real.row}:${real.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push(real);
  }
  return { ...raw, cell, related };
}

/** The real cells a table's bounds cover: the span of the real cells behind its non-empty virtual cells. */
export function realBounds(grid: Grid, bounds: Bounds): Bounds {
  if (!(grid instanceof FlattenedGrid)) return bounds;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let row = bounds.top; row <= bounds.bottom; row++)
    for (let col = bounds.left; col <= bounds.right; col++) {
      if (grid.value(row, col) === null) continue;
      const real = grid.sourceCell(row, col);
      left = Math.min(left, real.col);
      right = Math.max(right, real.col);
    }
  if (right < 0) {
    left = grid.sourceCell(bounds.top, bounds.left).col;
    right = Math.max(left, grid.sourceCell(bounds.bottom, bounds.right).col);
  }
  return { top: bounds.top, left, bottom: bounds.bottom, right };
}
