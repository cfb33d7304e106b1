import type { TableId } from '../../format';
import type { LocatedTable } from '../../locate/types';
import type { PreviousReport, RuleContext } from '../types';

/**
 * This year's tables of a kind with last year's counterpart: the k-th copy with the k-th copy when
 * both reports hold the same number of copies (one per department), otherwise none.
 */
export function pairedTables(
  context: RuleContext,
  table: TableId,
): { previous: PreviousReport; pairs: [now: LocatedTable, before: LocatedTable][] } | undefined {
  const previous = context.previous;
  if (!previous) return undefined;
  const now = context.tables.filter((t) => t.table === table);
  const before = previous.tables.filter((t) => t.table === table);
  if (now.length === 0 || now.length !== before.length) return undefined;
  return { previous, pairs: now.map((t, i) => [t, before[i]]) };
}
