import type { OfficeGlobals } from './host';

/**
 * Subscribes to Worksheet.onChanged of each sheet. The returned function removes the handlers in the
 * request context they were added in: `Excel.run(handler.context, …)` (docs: "Remove an event handler";
 * passing the EventHandlerResult itself is rejected with InvalidArgument). Removing never throws: a
 * sheet deleted or a context gone only means there is nothing left to remove.
 *
 * Events the add-in raised itself (painting, 清除标记, 插入模板, 汇总) are ignored: Excel marks them
 * with `triggerSource: ThisLocalAddin` (ExcelApi 1.14); older hosts send no triggerSource, and then an
 * event raised while `isWriting()` is taken for the add-in's own.
 */
export async function watchSheets(
  host: OfficeGlobals,
  sheets: readonly string[],
  onChange: () => void,
  isWriting: () => boolean,
): Promise<() => Promise<void>> {
  const isOwnChange = ({ triggerSource }: { triggerSource?: string }) =>
    triggerSource === 'ThisLocalAddin' || (triggerSource === undefined && isWriting());
  const handlers = await host.Excel.run(async (context) => {
    const results = sheets.map((name) =>
      context.workbook.worksheets.getItem(name).onChanged.add(async (event) => {
        if (!isOwnChange(event)) onChange();
      }),
    );
    await context.sync();
    return results;
  });
  // A second stop sends nothing: the runtime has already let the handlers go.
  return async () => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: without handlers the catch below would swallow the TypeError just the same
    if (handlers.length === 0) return;
    try {
      await host.Excel.run(handlers[0].context, async (context) => {
        for (const handler of handlers) handler.remove();
        await context.sync();
      });
    } catch {
      // The sheet or the context is gone: its handlers went with it.
    }
  };
}
