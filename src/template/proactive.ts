/**
 * Table 二 (主动公开政府信息情况): one block per clause of 条例 第二十条, each a clause row, a
 * `信息内容` header row and its item rows. A block's number columns share the nine columns right of
 * the label, the last one taking what is left (a block with one column spans all nine).
 */
import { PROACTIVE, type Edition } from '../format';
import type { CellRef } from '../locate/types';
import type { SheetBuilder } from './builder';
import { a1, COLUMN_COUNT, putStatus, putValueCell, TABLE_ROW_HEIGHT } from './layout';
import { STATUS } from './messages';
import type { TemplateTable, TemplateValueCell, TotalsMode } from './types';

const LABEL_COLS = 6;
const NUMBER_COL_SPAN = 3;

export function buildProactive(
  b: SheetBuilder,
  top: number,
  edition: Edition,
  totals: TotalsMode,
  status: CellRef,
): TemplateTable {
  const format = PROACTIVE[edition];
  const cells: TemplateValueCell[] = [];
  let r = top;
  for (const block of format.blocks) {
    b.put(r, 0, { value: block.clause, style: 'header' }, { cols: COLUMN_COUNT });
    b.height(r++, TABLE_ROW_HEIGHT);
    const spans = block.columns.map((_, i) => {
      const left = LABEL_COLS + i * NUMBER_COL_SPAN;
      const last = i === block.columns.length - 1;
      return { left, cols: last ? COLUMN_COUNT - left : NUMBER_COL_SPAN };
    });
    b.put(r, 0, { value: format.contentHeader, style: 'header' }, { cols: LABEL_COLS });
    block.columns.forEach((column, i) =>
      b.put(r, spans[i].left, { value: column.label.zh, style: 'header' }, { cols: spans[i].cols }),
    );
    b.height(r++, TABLE_ROW_HEIGHT);
    for (const row of block.rows) {
      b.put(r, 0, { value: row.label.zh, style: 'label-center' }, { cols: LABEL_COLS });
      block.columns.forEach((column, i) => {
        const cell: TemplateValueCell = {
          table: 'proactive',
          rowId: row.id,
          columnId: column.id,
          rowLabel: row.label,
          columnLabel: column.label,
          kind: column.kind,
          role: 'input',
          cell: { row: r, col: spans[i].left },
        };
        putValueCell(b, cell, totals, undefined, { cols: spans[i].cols });
        cells.push(cell);
      });
      b.height(r++, TABLE_ROW_HEIGHT);
    }
  }

  // Table 二 has no totals; its rules are the cell rules: every cell a number, none negative
  // (本年增/减 of the 2019 edition may be).
  const all = cells.map((c) => a1(c.cell));
  const nonNegative = cells.filter((c) => c.kind !== 'delta').map((c) => a1(c.cell));
  const condition = `AND(COUNT(${all.join(',')})=${all.length},MIN(${nonNegative.join(',')})>=0)`;
  putStatus(b, status, condition, STATUS.proactive);
  return {
    table: 'proactive',
    edition,
    bounds: { top, left: 0, bottom: r - 1, right: COLUMN_COUNT - 1 },
    status,
    cells,
  };
}
