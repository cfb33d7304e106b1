import type { CellRef } from '../locate/types';

/**
 * Cells in first-seen order, each once: readings tried one after another share cells (本年新收 and
 * its sum with 上年结转 both read 本年新收), and `related` names each cell once.
 */
export function distinctCells(cells: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const key = `${c.row},${c.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
