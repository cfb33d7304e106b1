import { parseNumberCell, type ParsedNumber } from './number';
import type { Grid } from './types';

const byGrid = new WeakMap<Grid, (ParsedNumber | undefined)[]>();

/**
 * `parseNumberCell` of a grid cell, computed once per cell: the locator tries several alignments
 * per row and several rules read the same cells, so every cell is parsed at most once per grid.
 */
export function parsedCell(grid: Grid, row: number, col: number): ParsedNumber {
  if (row < 0 || col < 0 || row >= grid.rowCount || col >= grid.colCount) return BLANK;
  let cache = byGrid.get(grid);
  if (!cache) byGrid.set(grid, (cache = []));
  const i = row * grid.colCount + col;
  let parsed = cache[i];
  if (!parsed) cache[i] = parsed = parseNumberCell(grid.value(row, col));
  return parsed;
}

const BLANK: ParsedNumber = { kind: 'blank', value: 0, raw: null };
