/**
 * The sheet's column grid. The four tables have 4, 10 and 15 columns in the official format, so
 * the sheet uses 15 equal columns (table 四's count) and the other tables merge them: table 三's
 * label columns take 1 + 2 + 5 columns and its seven numbers one each; table 二's 信息内容 takes six
 * and its (up to three) number columns three each.
 */
import { toA1 } from '../grid/a1';
import type { CellRef } from '../locate/types';
import { VALIDATION } from './messages';
import type { SheetBuilder, Span } from './builder';
import type { TemplateValueCell, TotalsMode } from './types';

export const COLUMN_COUNT = 15;
export const COLUMN_WIDTH = 7.5;
export const COLUMN_WIDTHS: readonly number[] = new Array<number>(COLUMN_COUNT).fill(COLUMN_WIDTH);

/** Headings take the left part of their row; the table's status cell the right part. */
export const HEADING_COLS = 8;

export const STATUS_SPAN = { cols: COLUMN_COUNT - HEADING_COLS };

/** Minimum height of a table row, points. */
export const TABLE_ROW_HEIGHT = 20;

export const a1 = (ref: CellRef): string => toA1(ref.row, ref.col);
export const range = (from: CellRef, to: CellRef): string => `${a1(from)}:${a1(to)}`;

/**
 * Writes one value cell of a table: a formula (totals in formula mode) or a 0 that staff overwrite,
 * unlocked and validated. Every value cell starts as 0 because the format wants 0, not a blank,
 * where nothing happened.
 */
export function putValueCell(
  b: SheetBuilder,
  cell: TemplateValueCell,
  totals: TotalsMode,
  formula: string | undefined,
  span?: Span,
): void {
  const { row, col } = cell.cell;
  if (cell.role === 'total' && totals === 'formula' && formula) {
    b.put(row, col, { formula, style: 'total' }, span);
    return;
  }
  b.put(row, col, { value: 0, style: cell.role === 'total' ? 'total' : cell.kind, unlocked: true }, span);
  b.validations.push({ cell: cell.cell, kind: cell.kind, ...VALIDATION[cell.kind] });
}

/**
 * A table's status cell: says in words whether `condition` (the AND of its rules) holds, and turns
 * red when it does not.
 */
export function putStatus(
  b: SheetBuilder,
  status: CellRef,
  condition: string,
  [pass, fail]: readonly [string, string],
): void {
  b.put(
    status.row,
    status.col,
    { formula: `IF(${condition},"${pass}","${fail}")`, style: 'status' },
    STATUS_SPAN,
  );
  b.conditionalFormats.push({ cell: status, formula: `NOT(${condition})`, style: 'fail', target: 'status' });
}
