import type { OfficeGlobals } from './host';

/**
 * Subscribes to Worksheet.onChanged of each sheet. The returned function removes the handlers in the
 * context they were added in (Office requires that).
 */
export async function watchSheets(
  host: OfficeGlobals,
  sheets: readonly string[],
  onChange: () => void,
): Promise<() => Promise<void>> {
  const handlers = await host.Excel.run(async (context) => {
    const results = sheets.map((name) =>
      context.workbook.worksheets.getItem(name).onChanged.add(async () => onChange()),
    );
    await context.sync();
    return results;
  });
  return async () => {
    if (handlers.length === 0) return;
    await host.Excel.run(handlers[0], async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}
