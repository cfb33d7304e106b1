import { TABLE_IDS } from '../../format';
import { tableCells } from '../tables';
import type { RuleContext } from '../types';
import { pairedTables } from './pairs';

/**
 * Number cells of tables 二, 三 and 四 holding the same value as last year's cell of the same row
 * and column. A cell counts only where both years have a number and at least one is not zero:
 * a small body's tables are mostly zeros every year, which says nothing about copying.
 */
export function unchangedCells(context: RuleContext): { same: number; compared: number } {
  let same = 0;
  let compared = 0;
  for (const id of TABLE_IDS) {
    const paired = pairedTables(context, id);
    for (const [now, before] of paired?.pairs ?? [])
      for (const cell of tableCells(now)) {
        const a = context.read(now, cell.rowId, cell.columnId)?.value ?? null;
        const b = paired?.previous.read(before, cell.rowId, cell.columnId)?.value ?? null;
        if (a === null || b === null || (a === 0 && b === 0)) continue;
        compared++;
        if (a === b) same++;
      }
  }
  return { same, compared };
}
