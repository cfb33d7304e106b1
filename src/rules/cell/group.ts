import type { LocatedTable } from '../../locate/types';
import type { TableCell } from '../tables';
import type { RawFinding, RuleContext } from '../types';

/** Cell labels a group message names before "等": enough to see where, short enough to read. */
const NAMED = 3;

/** A cell of one kind of problem, as it would be reported alone. */
export interface CellProblem {
  tc: TableCell;
  finding: RawFinding;
}

/** One cell's problem as it would be reported alone: the cell, its ids, what is expected and what it holds. */
export function cellProblem(
  tc: TableCell,
  table: LocatedTable,
  finding: Pick<RawFinding, 'messageId' | 'expected' | 'actual' | 'data'>,
): CellProblem {
  return { tc, finding: { ...finding, cell: tc.cell, table, row: tc.rowId, column: tc.columnId } };
}

/**
 * Reports the cells of one table with one kind of problem: a single cell as its own finding, several
 * as one finding that counts them ("表三 125 格为空，应填 0"), lists every cell in `related` and
 * carries each one's own finding as a part, so that every cell is still marked with its message.
 */
export function reportGroup(
  context: RuleContext,
  table: LocatedTable,
  messageId: string,
  problems: readonly CellProblem[],
  group: Pick<RawFinding, 'expected' | 'actual'> & { data?: RawFinding['data'] } = {},
): void {
  if (problems.length === 0) return;
  if (problems.length === 1) {
    context.report(problems[0].finding);
    return;
  }
  const label = (tc: TableCell, zh: boolean) => {
    const row = zh ? tc.rowLabel.zh : tc.rowLabel.en;
    const column = zh ? tc.columnLabel.zh : tc.columnLabel.en;
    return `${row} × ${column}`;
  };
  const named = (zh: boolean) => {
    const names = problems.slice(0, NAMED).map((p) => label(p.tc, zh));
    const more = problems.length > NAMED;
    return zh ? `${names.join('、')}${more ? ' 等' : ''}` : `${names.join('; ')}${more ? ' and more' : ''}`;
  };
  context.report({
    messageId,
    cell: problems[0].finding.cell,
    related: problems.slice(1).map((p) => p.finding.cell),
    table,
    // One finding per table and kind: the kind names it in the fingerprint.
    key: messageId,
    expected: group.expected ?? null,
    actual: group.actual ?? null,
    data: { count: problems.length, cells: named(true), cellsEn: named(false), ...group.data },
    parts: problems.map((p) => p.finding),
  });
}
