/**
 * Excel formulas that add up the departments' cells in one workbook: `SUM('财政局'!C12,'教育局'!C12)`.
 * SUM rather than `+` because SUM skips blanks and placeholders (`—`, `/`) in references, which the
 * engine also counts as 0, where `+` would give #VALUE!. Where Excel and the engine would disagree
 * (a number typed as text, `12件`, or one of a row's numbers sharing a cell, as copied from a PDF)
 * or the formula would pass Excel's length limit, the cell gets the value instead, and the caller
 * says so.
 */
import { toA1 } from '../grid';
import type { ConsolidatedCell, Contribution } from './types';

/** Excel's limit on a formula's length, in characters including the `=`. */
export const MAX_FORMULA_LENGTH = 8192;
/** Excel functions take at most 255 arguments. */
export const MAX_SUM_ARGUMENTS = 255;

export type FallbackReason = 'no-source' | 'text-source' | 'shared-source' | 'too-long';

export type CellPlan =
  { kind: 'formula'; formula: string } | { kind: 'value'; value: number; reason: FallbackReason };

/** `'Sheet'!A1`, quoted always (names with spaces, digits or CJK need it), quotes doubled. */
export function sheetReference(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${toA1(row, col)}`;
}

/** Whether Excel's SUM reads the cell as the engine does: text is skipped by SUM, errors spread. */
export function sumAgrees(part: Contribution): boolean {
  switch (part.kind) {
    case 'number':
    case 'blank':
    case 'placeholder':
      return true;
    case 'text-number':
    case 'unit-text':
      return part.value === 0;
    case 'invalid':
      // Unreadable text adds nothing on either side; an error value (#N/A) would spread in Excel.
      return !(typeof part.raw === 'string' && part.raw.startsWith('#'));
  }
}

/** The formula (without `=`) for a consolidated cell, or its value and why not a formula. */
export function planCell(cell: ConsolidatedCell, maxLength = MAX_FORMULA_LENGTH): CellPlan {
  const fallback = (reason: FallbackReason): CellPlan => ({ kind: 'value', value: cell.value, reason });
  if (cell.parts.length === 0) return fallback('no-source');
  if (!cell.parts.every(sumAgrees)) return fallback('text-source');
  // A cell holding a whole row's text (copied from PDF) is no number Excel can add.
  if (cell.parts.some((p) => p.shared)) return fallback('shared-source');
  const terms = cell.parts.map((p) => sheetReference(p.sheet, p.cell.row, p.cell.col));
  const sums: string[] = [];
  for (let i = 0; i < terms.length; i += MAX_SUM_ARGUMENTS)
    sums.push(`SUM(${terms.slice(i, i + MAX_SUM_ARGUMENTS).join(',')})`);
  const formula = sums.join('+');
  return formula.length + 1 > maxLength ? fallback('too-long') : { kind: 'formula', formula };
}
