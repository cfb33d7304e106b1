import type { Grid } from '../grid';
import type { LocatedTable } from '../locate/types';
import { isTableLabel } from './labels';
import { textCells, type TextCell } from './text-cells';

const cache = new WeakMap<readonly TextCell[], TextCell[]>();

/** The text cells the narrative rules read: prose, without table labels left outside the tables. */
export function proseCells(grid: Grid, tables: readonly LocatedTable[]): TextCell[] {
  const all = textCells(grid, tables);
  let prose = cache.get(all);
  if (!prose) cache.set(all, (prose = all.filter((tc) => !isTableLabel(tc.text))));
  return prose;
}
