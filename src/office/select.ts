/** Activates the sheet and selects the cell, in one sync (ItemNotFound if the sheet is gone). */
export async function runSelect(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
