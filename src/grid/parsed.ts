import { parseNumberCell, type ParsedNumber } from './number';
import type { Grid } from './types';

const byGrid = new WeakMap<Grid, (ParsedNumber | undefined)[]>();

/**
 * `parseNumberCell` of a grid cell, computed once per cell: the locator tries several alignments
 * per row and several rules read the same cells, so every cell is parsed at most once per grid.
 */
export function parsedCell(grid: Grid, row: number, col: number): ParsedNumber {
  // Outside the sheet reads as blank; a column outside it would also alias a cell of the row above or below.
  if (col < 0 || col >= grid.colCount) return BLANK;
  // Stryker disable next-line ConditionalExpression: equivalent: a row above the sheet parses as blank too (Grid.value is null outside the used range), into a negative slot no cell uses
  if (row < 0) return BLANK;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent: a row past the last parses as blank too (into cache slots no cell uses); the guard only keeps the cache small
  if (row >= grid.rowCount) return BLANK;
  let cache = byGrid.get(grid);
  if (!cache) byGrid.set(grid, (cache = []));
  const i = row * grid.colCount + col;
  let parsed = cache[i];
  if (!parsed) cache[i] = parsed = parseNumberCell(grid.value(row, col));
  return parsed;
}

const BLANK: ParsedNumber = { kind: 'blank', value: 0, raw: null };
