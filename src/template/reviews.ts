/** Table 四 (政府信息公开行政复议、行政诉讼情况): 15 number columns under a 3-row header. */
import { REVIEWS, type Edition } from '../format';
import type { CellRef } from '../locate/types';
import { editionEquations } from '../rules/equations';
import type { SheetBuilder } from './builder';
import { putChecks, totalFormulas } from './equations';
import { putValueCell, TABLE_ROW_HEIGHT } from './layout';
import { STATUS } from './messages';
import type { TemplateTable, TemplateValueCell, TotalsMode } from './types';

export function buildReviews(
  b: SheetBuilder,
  top: number,
  edition: Edition,
  totals: TotalsMode,
  status: CellRef,
): TemplateTable {
  const format = REVIEWS[edition];
  const width = format.columns.length;
  const header = { style: 'header' as const };
  b.put(top, 0, { ...header, value: format.header.review }, { cols: width });
  b.put(top, width, { ...header, value: format.header.litigation }, { cols: 2 * width });
  format.groups.forEach((group, g) => {
    const left = g * width;
    if (g > 0) b.put(top + 1, left, { ...header, value: group.label.zh }, { cols: width });
    format.columns.forEach((column, c) =>
      g === 0
        ? b.put(top + 1, left + c, { ...header, value: column.label.zh }, { rows: 2 })
        : b.put(top + 2, left + c, { ...header, value: column.label.zh }),
    );
  });
  // Each header row holds a one-row label, which `put` fits (taller than a table row); the third
  // needs two lines for labels such as 结果/维持.
  b.height(top + 2, 2 * TABLE_ROW_HEIGHT);

  const row = top + 3;
  b.height(row, TABLE_ROW_HEIGHT);
  // Groups side by side: group g's columns start at g × width.
  const groupAt = new Map<string, number>(format.groups.map((group, g) => [group.id, g * width]));
  const columnAt = new Map(format.columns.map((column, c) => [column.id, c]));
  // The equations name only the format's own groups and columns: a lookup cannot miss.
  const at = (groupId: string, columnId: string): CellRef => ({
    row,
    col: groupAt.get(groupId)! + columnAt.get(columnId)!,
  });
  const equations = editionEquations('reviews', edition);
  const formulaOf = totalFormulas(equations, at);
  const cells: TemplateValueCell[] = format.groups.flatMap((group) =>
    format.columns.map((column) => ({
      table: 'reviews' as const,
      rowId: group.id,
      columnId: column.id,
      rowLabel: group.label,
      columnLabel: column.label,
      kind: column.kind,
      role: column.role,
      cell: at(group.id, column.id),
    })),
  );
  for (const cell of cells) putValueCell(b, cell, totals, formulaOf(cell.rowId, cell.columnId));
  putChecks(b, equations, at, totals, status, STATUS.reviews);
  return {
    table: 'reviews',
    edition,
    bounds: { top, left: 0, bottom: row, right: 3 * width - 1 },
    status,
    cells,
  };
}
