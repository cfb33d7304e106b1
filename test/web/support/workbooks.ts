/** Department reports for the page's tests (workbooks: test/support/report-workbook.ts). */
import { departmentSheet, reportWorkbook } from '../../support/report-workbook';
import type { ReportSheet } from '../../support/report-sheet';
import { cellA1 } from '../../support/a1';

export { departmentSheet, reportWorkbook };

/**
 * A report with exactly one error: table 四's 行政复议 总计 one more than its parts
 * (reviews/group-total), at the returned address.
 */
export function sheetWithOneError(body: string, year: number): { sheet: ReportSheet; address: string } {
  const sheet = departmentSheet(body, year);
  const at = sheet.at('reviews', 'review', 'total');
  sheet.set('reviews', 'review', 'total', (sheet.rows[at.row][at.col] as number) + 1);
  return { sheet, address: cellA1(at.row, at.col) };
}
