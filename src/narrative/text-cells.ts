import type { Grid } from '../grid';
import type { CellRef, LocatedTable } from '../locate/types';

/** A cell holding report prose: a paragraph from Word, a line of a text file. */
export interface TextCell {
  cell: CellRef;
  text: string;
}

/** Shorter strings are labels or headings, not sentences. */
const MIN_LENGTH = 6;

const cache = new WeakMap<Grid, WeakMap<readonly LocatedTable[], TextCell[]>>();

/** The sheet's prose: string cells outside every located table, in reading order. */
export function textCells(grid: Grid, tables: readonly LocatedTable[]): TextCell[] {
  let byTables = cache.get(grid);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; building it again gives the same cells
  if (!byTables) cache.set(grid, (byTables = new WeakMap()));
  let cells = byTables.get(tables);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; building it again gives the same cells
  if (!cells) byTables.set(tables, (cells = collect(grid, tables)));
  return cells;
}

function collect(grid: Grid, tables: readonly LocatedTable[]): TextCell[] {
  const inside = (row: number, col: number) =>
    tables.some(
      (t) => row >= t.bounds.top && row <= t.bounds.bottom && col >= t.bounds.left && col <= t.bounds.right,
    );
  const cells: TextCell[] = [];
  for (let row = 0; row < grid.rowCount; row++)
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || v.trim().length < MIN_LENGTH || inside(row, col)) continue;
      cells.push({ cell: { row, col }, text: v });
    }
  return cells;
}
