/**
 * Activates the sheet, then selects the cell, in two syncs: selecting a cell on another sheet in the
 * same request as activating it is unreliable in Excel on Windows (office-js #5118).
 * ItemNotFound if the sheet is gone.
 */
export async function runSelect(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  await context.sync();
  worksheet.getRange(address).select();
  await context.sync();
}
