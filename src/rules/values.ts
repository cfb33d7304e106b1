import type { ValueKind } from '../format';
import { parsedCell, type Grid, type ParsedNumber } from '../grid';
import type { CellRef } from '../locate/types';

/** A table cell as the rules see it: where it is, what it should hold, and what it holds. */
export interface CellReading {
  cell: CellRef;
  kind: ValueKind;
  parsed: ParsedNumber;
  /** The value sums use: blanks and placeholders as 0; null when unreadable. */
  value: number | null;
}

export function readCell(grid: Grid, cell: CellRef, kind: ValueKind): CellReading {
  const parsed = parsedCell(grid, cell.row, cell.col);
  return { cell, kind, parsed, value: parsed.value };
}
