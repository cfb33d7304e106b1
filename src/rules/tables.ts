import { APPLICATIONS, PROACTIVE, REVIEWS, type ColumnDef, type Text, type ValueKind } from '../format';
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
  if (!cells) cellsOf.set(table, (cells = listCells(table)));
  return cells;
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
