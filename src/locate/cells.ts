import { labelKey, parseLabel, parsedCell, type Grid, type LabelSegment } from '../grid';
import { BoundedCache } from '../grid/bounded-cache';

/** A text cell of a row, with its label segments and the last column its merge covers. */
export interface TextCell {
  col: number;
  /** Last column of the cell's merged area (the cell itself when not merged). */
  right: number;
  text: string;
  key: string;
  segments: LabelSegment[];
}

/** Text (non-number, non-blank) cells of a row, left to right. Cached per grid by the caller. */
export function textCells(grid: Grid, row: number): TextCell[] {
  const out: TextCell[] = [];
  // Stryker disable next-line EqualityOperator: equivalent: parsedCell reads the column past the last as blank
  for (let col = 0; col < grid.colCount; col++) {
    const parsed = parsedCell(grid, row, col);
    if (parsed.kind !== 'invalid' || typeof parsed.raw !== 'string') continue;
    const text = parsed.raw;
    const merge = grid.mergeAt(row, col);
    out.push({ col, right: merge ? merge.right : col, text, ...labelInfo(text) });
  }
  return out;
}

const labels = new BoundedCache<string, { key: string; segments: LabelSegment[] }>(20_000);

/** Label key and segments of a text, memoised: the same labels recur on every copy of a table. */
function labelInfo(text: string): { key: string; segments: LabelSegment[] } {
  return labels.remember(text, () => ({ key: labelKey(text), segments: parseLabel(text) }));
}

/** True when the cell holds a value a number cell may hold and is not blank. */
export function isFilledNumber(grid: Grid, row: number, col: number): boolean {
  const kind = parsedCell(grid, row, col).kind;
  return kind !== 'blank' && kind !== 'invalid';
}

export function isBlank(grid: Grid, row: number, col: number): boolean {
  return parsedCell(grid, row, col).kind === 'blank';
}

/** Caches the text cells of each row: every locator reads rows several times. */
export class RowCache {
  private readonly rows = new Map<number, TextCell[]>();
  constructor(readonly grid: Grid) {}
  text(row: number): TextCell[] {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = textCells(this.grid, row);
      this.rows.set(row, cells);
    }
    return cells;
  }
}
