import {
  APPLICATIONS,
  PROACTIVE,
  REVIEWS,
  type ColumnDef,
  type Edition,
  type ProactiveBlockDef,
  type RowDef,
  type Text,
  type ValueKind,
} from '../format';
import { cellKey, type CellRef, type LocatedTable } from '../locate/types';

/** One value cell of a located table, with the format's ids, labels and what it may hold. */
export interface TableCell {
  rowId: string;
  columnId: string;
  rowLabel: Text;
  columnLabel: Text;
  kind: ValueKind;
  /** Total cells are sums of others (the 总计 column, （七）总计, table 四 group totals). */
  role: 'input' | 'total';
  cell: CellRef;
}

const cellsOf = new WeakMap<LocatedTable, TableCell[]>();

/** Every value cell the table's edition defines and the locator found, in format order (cached). */
export function tableCells(table: LocatedTable): readonly TableCell[] {
  let cells = cellsOf.get(table);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; listed again, the cells are the same
  if (!cells) cellsOf.set(table, (cells = listCells(table)));
  return cells;
}

/** The format's label of a row (of a group, in table 四), whether or not the sheet has the row. */
export function formatRowLabel(
  table: Pick<LocatedTable, 'table' | 'edition'>,
  rowId: string,
): Text | undefined {
  if (table.table === 'applications')
    return APPLICATIONS[table.edition].rows.find((r) => r.id === rowId)?.label;
  if (table.table === 'reviews') return REVIEWS[table.edition].groups.find((g) => g.id === rowId)?.label;
  return proactiveRow(table.edition, rowId)?.row.label;
}

/** A row of table 二 with the block (clause and columns) it belongs to. */
export function proactiveRow(
  edition: Edition,
  rowId: string,
): { block: ProactiveBlockDef; row: RowDef } | undefined {
  for (const block of PROACTIVE[edition].blocks) {
    const row = block.rows.find((r) => r.id === rowId);
    if (row) return { block, row };
  }
  return undefined;
}

function listCells(table: LocatedTable): TableCell[] {
  const out: TableCell[] = [];
  const push = (rowId: string, rowLabel: Text, col: ColumnDef, role: 'input' | 'total') => {
    const cell = table.cells.get(cellKey(rowId, col.id));
    if (cell)
      out.push({ rowId, columnId: col.id, rowLabel, columnLabel: col.label, kind: col.kind, role, cell });
  };
  if (table.table === 'applications') {
    const format = APPLICATIONS[table.edition];
    for (const row of format.rows)
      for (const col of format.columns)
        push(row.id, row.label, col, row.role === 'total' || col.role === 'total' ? 'total' : 'input');
  } else if (table.table === 'reviews') {
    const format = REVIEWS[table.edition];
    for (const group of format.groups)
      for (const col of format.columns) push(group.id, group.label, col, col.role);
  } else {
    for (const block of PROACTIVE[table.edition].blocks)
      for (const row of block.rows) for (const col of block.columns) push(row.id, row.label, col, 'input');
  }
  return out;
}
