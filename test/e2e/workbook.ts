import { toA1, type CellValue } from '../../src/grid';
import { ArrayGrid } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey, type LocatedTable } from '../../src/locate/types';
import type { TableId } from '../../src/format';
import type { SheetModel } from '../support/excel-host';
import { fixtureRows } from '../support/fixture';

export const SHEET = '2021年报';

/** One injected error: where it is and what the pane must list for it. */
export interface Injected {
  address: string;
  ruleId: string;
}

export interface E2eWorkbook {
  sheet: SheetModel;
  injected: Injected[];
  /** Cells given fills before the check, so clearing must restore them (white is not No Fill). */
  filled: Record<string, string>;
}

/**
 * The fixture report as a worksheet with three injected errors: 自然人 × 予以公开 in table 三 raised
 * by 2 (the suspect cell), 商业企业 × 本年新收 stored as text, and table 四 行政复议 总计 off by one.
 */
export function e2eWorkbook(): E2eWorkbook {
  const rows = fixtureRows();
  const tables = locateTables(new ArrayGrid({ sheet: SHEET, values: rows }));
  const at = (table: TableId, rowId: string, columnId: string) => {
    const located = tables.find((t): t is LocatedTable => t.table === table);
    const cell = located?.cells.get(cellKey(rowId, columnId));
    if (!cell) throw new Error(`fixture has no ${table} ${rowId} × ${columnId}`);
    return { ...cell, address: toA1(cell.row, cell.col) };
  };
  const change = (cell: { row: number; col: number }, value: (old: CellValue) => CellValue) => {
    rows[cell.row][cell.col] = value(rows[cell.row][cell.col]);
  };

  const suspect = at('applications', 'granted', 'natural-person');
  change(suspect, (v) => Number(v) + 2);
  const text = at('applications', 'new', 'commercial');
  change(text, (v) => String(v));
  const reviewTotal = at('reviews', 'review', 'total');
  change(reviewTotal, (v) => Number(v) + 1);

  const filled = { [suspect.address]: '#FFFFFF', [text.address]: '#FFF2CC' };
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet: {
      name: SHEET,
      rows: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]),
      fills: filled,
    },
    injected: [
      { address: suspect.address, ruleId: 'applications/suspect-cell' },
      { address: text.address, ruleId: 'cell/text-number' },
      { address: reviewTotal.address, ruleId: 'reviews/group-total' },
    ],
    filled,
  };
}
