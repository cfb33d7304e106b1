/**
 * Which rows, columns and cells of a read grid the report view draws (pure; GridView renders it).
 * Documents read from Word or PDF are one column of hundreds of paragraph rows and spreadsheets
 * may carry thousands of empty rows: only the used part is drawn, and past MAX_ROWS only the rows
 * around marked cells, so the page stays quick on any file.
 */
import { columnName, parseA1, toA1, type CellPosition } from '../grid/a1';
import { ArrayGrid } from '../grid/grid';
import type { CellValue, Grid, MergedArea } from '../grid/types';
import type { MarkedCell, MarkKind } from '../report/marks';
import type { GridData } from './types';

/** Rows drawn before only marked rows (and their neighbours) are kept. */
export const MAX_ROWS = 3000;
/** Rows kept on each side of a marked row past MAX_ROWS, so the mark is read in its context. */
export const NEIGHBOURS = 1;

/** One line of the table body: a grid row, or a run of rows not drawn (0-based, inclusive). */
export type RowLine = { kind: 'row'; row: number } | { kind: 'gap'; first: number; last: number };

/** A cell as drawn: merged areas once, at their first drawn row, spanning what is drawn of them. */
export interface DrawnCell {
  /** A1 address of the cell, or of the merged area's top-left cell. */
  address: string;
  value: CellValue;
  rowSpan: number;
  colSpan: number;
}

export interface GridLayout {
  grid: Grid;
  /** Columns drawn: 0 … cols - 1. */
  cols: number;
  /** Rows up to the last used one; those not in `lines` as rows are counted in `hidden`. */
  total: number;
  lines: RowLine[];
  hidden: number;
  /** For each drawn row, the last row of its unbroken run of drawn rows (merges stop there). */
  runEnd: Map<number, number>;
  /** For each drawn row, the first row of its run. */
  runStart: Map<number, number>;
}

const isEmpty = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * How many rows and columns hold something: a value, a merged area anchored on a value (a title
 * spread over the table's width), or a cell that must be shown (`keep`: marked or selected).
 */
export function usedExtent(
  data: GridData,
  keep: readonly CellPosition[] = [],
): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  data.values.forEach((line, r) => {
    for (let c = line.length - 1; c >= 0; c--)
      if (!isEmpty(line[c])) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
  });
  for (const m of data.merges)
    if (!isEmpty(data.values[m.top]?.[m.left] ?? null)) {
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
  for (const p of keep) {
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  return { rows, cols };
}

/**
 * The rows drawn out of `total`: all of them up to `cap`, else the first `cap` plus each row of
 * `keep` and its `around` neighbours. Sorted, without repeats.
 */
export function visibleRows(
  total: number,
  keep: Iterable<number>,
  cap: number = MAX_ROWS,
  around: number = NEIGHBOURS,
): number[] {
  const count = Math.min(total, cap);
  const rows = Array.from({ length: count }, (_, i) => i);
  if (total <= cap) return rows;
  const extra = new Set<number>();
  for (const k of keep)
    for (let r = k - around; r <= k + around; r++) if (r >= cap && r < total) extra.add(r);
  return rows.concat([...extra].sort((a, b) => a - b));
}

/** The body's lines: the drawn rows, with a gap line wherever rows are skipped (also at the end). */
export function rowLines(rows: readonly number[], total: number): RowLine[] {
  const lines: RowLine[] = [];
  let next = 0;
  for (const row of rows) {
    if (row > next) lines.push({ kind: 'gap', first: next, last: row - 1 });
    lines.push({ kind: 'row', row });
    next = row + 1;
  }
  if (next < total) lines.push({ kind: 'gap', first: next, last: total - 1 });
  return lines;
}

/** Lays out one grid: used extent (with `keep` cells always in), drawn rows and their runs. */
export function layoutGrid(
  data: GridData,
  keep: readonly CellPosition[] = [],
  cap: number = MAX_ROWS,
): GridLayout {
  const grid = new ArrayGrid(data);
  const { rows: total, cols } = usedExtent(data, keep);
  const rows = visibleRows(
    total,
    keep.map((p) => p.row),
    cap,
  );
  const runStart = new Map<number, number>();
  const runEnd = new Map<number, number>();
  let start = 0;
  rows.forEach((row, i) => {
    if (i === 0 || rows[i - 1] !== row - 1) start = row;
    runStart.set(row, start);
    if (i === rows.length - 1 || rows[i + 1] !== row + 1)
      for (let r = start; r <= row; r++) runEnd.set(r, row);
  });
  return { grid, cols, total, lines: rowLines(rows, total), hidden: total - rows.length, runStart, runEnd };
}

/**
 * The cells drawn on one row, left to right. A merged area is drawn at its first drawn row (its
 * own top, or the first row after a gap when its top is not drawn) with the value and address of
 * its top-left cell, spanning the drawn rows and columns it covers; the cells it covers are left out.
 */
export function cellsOfRow(layout: GridLayout, row: number): DrawnCell[] {
  const { grid, cols } = layout;
  const start = layout.runStart.get(row) ?? row;
  const end = layout.runEnd.get(row) ?? row;
  const cells: DrawnCell[] = [];
  for (let col = 0; col < cols; col++) {
    const m = grid.mergeAt(row, col);
    if (!m) {
      cells.push({ address: toA1(row, col), value: grid.value(row, col), rowSpan: 1, colSpan: 1 });
      continue;
    }
    if (col !== m.left || row !== Math.max(m.top, start)) continue;
    cells.push({
      address: toA1(m.top, m.left),
      value: grid.value(m.top, m.left),
      rowSpan: Math.min(m.bottom, end) - row + 1,
      colSpan: Math.min(m.right, cols - 1) - m.left + 1,
    });
  }
  return cells;
}

/**
 * Text runs on into the empty cells to its right, as in Excel and WPS: a paragraph of a Word report
 * (one cell in column A) reads as a line, not as a narrow column. A cell in `keep` (marked or
 * selected) stays a cell of its own, and so does every merged cell; nothing is hidden, only empty
 * cells are joined to the text before them.
 */
export function withTextOverflow(cells: readonly DrawnCell[], keep: ReadonlySet<string>): DrawnCell[] {
  const out: DrawnCell[] = [];
  let run: { cell: DrawnCell; nextCol: number } | null = null;
  for (const cell of cells) {
    const at = parseA1(cell.address);
    const single = cell.rowSpan === 1 && cell.colSpan === 1;
    if (
      run &&
      at &&
      at.col === run.nextCol &&
      single &&
      (cell.value === null || cell.value === '') &&
      !keep.has(cell.address)
    ) {
      run.cell.colSpan++;
      run.nextCol++;
      continue;
    }
    const drawn = { ...cell };
    out.push(drawn);
    run =
      at && single && typeof cell.value === 'string' && cell.value !== '' && !keep.has(cell.address)
        ? { cell: drawn, nextCol: at.col + 1 }
        : null;
  }
  return out;
}

/** The address a cell is drawn under: its merged area's top-left cell, else itself. */
export function drawnAddress(grid: Grid, address: string): string {
  const p = parseA1(address);
  if (!p) return address;
  const m: MergedArea | undefined = grid.mergeAt(p.row, p.col);
  return m ? toA1(m.top, m.left) : toA1(p.row, p.col);
}

const STRENGTH: Record<MarkKind, number> = { suspect: 3, error: 2, warning: 1 };

/**
 * One sheet's marks (from planMarks) keyed by drawn address: a mark on a cell covered by a merged
 * area shows on the merged cell, the strongest one when several of its cells are marked.
 */
export function drawnMarks(
  grid: Grid,
  marks: ReadonlyMap<string, MarkedCell> | undefined,
): Map<string, MarkedCell> {
  const drawn = new Map<string, MarkedCell>();
  for (const [address, mark] of marks ?? []) {
    const key = drawnAddress(grid, address);
    const seen = drawn.get(key);
    if (!seen) drawn.set(key, { kind: mark.kind, messages: [...mark.messages] });
    else {
      if (STRENGTH[mark.kind] > STRENGTH[seen.kind]) seen.kind = mark.kind;
      for (const message of mark.messages) if (!seen.messages.includes(message)) seen.messages.push(message);
    }
  }
  return drawn;
}

/** Positions of the given A1 addresses (malformed ones left out): the cells a layout must keep. */
export function positionsOf(addresses: Iterable<string>): CellPosition[] {
  const out: CellPosition[] = [];
  for (const a of addresses) {
    const p = parseA1(a);
    if (p) out.push(p);
  }
  return out;
}

/** Column header letters for columns 0 … cols - 1. */
export const columnLetters = (cols: number): string[] =>
  Array.from({ length: cols }, (_, c) => columnName(c));
