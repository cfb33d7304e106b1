import type { WorkbookSheet } from './types';

/** The workbook's sheets in tab order, with the active one marked: one sync, reads only. */
export async function runListSheets(context: Excel.RequestContext): Promise<WorkbookSheet[]> {
  const sheets = context.workbook.worksheets;
  // Stryker disable next-line StringLiteral: equivalent: load('') loads every scalar, this one too
  sheets.load('items/name');
  const active = context.workbook.worksheets.getActiveWorksheet();
  // Stryker disable next-line StringLiteral: equivalent: load('') loads every scalar, this one too
  active.load('name');
  await context.sync();
  return sheets.items.map((s) => ({ name: s.name, active: s.name === active.name }));
}
