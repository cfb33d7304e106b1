/**
 * The simulated host behind the real runtime: what it answers, and that it fails loudly where it
 * does not know an API. Runs under each flavour's runtime (jest.config.js projects).
 */
import { FLAVOURS, type SheetModel } from '.';
import { connectRuntime } from './runtime';

const sheet: SheetModel = {
  name: '年报',
  rows: [
    ['标题', null],
    [1, 2],
  ],
  fills: { A2: '#FFFFFF' },
  merges: ['A1:B1'],
};

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
const runner = (globals: { Excel: unknown }): Run => {
  const excel = globals.Excel as { run: Run };
  return (batch) => excel.run(batch);
};

describe.each(FLAVOURS)('the %s runtime over the simulated host', (flavour) => {
  it('reads values, merges and settings; a null object is null', async () => {
    const { globals } = connectRuntime(flavour, [sheet], { settings: { k: { a: 1 } } });
    const out = await runner(globals)(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      used.load('values,rowIndex');
      const merged = used.getMergedAreasOrNullObject().load('address');
      const setting = context.workbook.settings.getItemOrNullObject('k').load('value');
      const missing = context.workbook.settings.getItemOrNullObject('none').load('value');
      await context.sync();
      return {
        values: used.values,
        address: merged.address,
        value: setting.value,
        none: missing.isNullObject,
      };
    });
    expect(out).toEqual({
      values: [
        ['标题', ''],
        [1, 2],
      ],
      address: "'年报'!A1:B1",
      value: { a: 1 },
      none: true,
    });
  });

  it('throws PropertyNotLoaded for a property read before load() and sync()', async () => {
    const { globals } = connectRuntime(flavour, [sheet]);
    await runner(globals)(async (context) => {
      const range = context.workbook.worksheets.getItem('年报').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
    });
  });

  it.each(['null-tint', 'white'] as const)(
    'reads No Fill as white with pattern None (%s tint)',
    async (noFill) => {
      const { globals } = connectRuntime(flavour, [sheet], { noFill });
      const props = await runner(globals)(async (context) => {
        const range = context.workbook.worksheets.getItem('年报').getRange('A2:B2');
        const result = range.getCellProperties({
          format: { fill: { color: true, tintAndShade: true, pattern: true } },
        });
        await context.sync();
        return result.value.map((row) => row.map((c) => c.format?.fill));
      });
      expect(props).toEqual([
        [
          { color: '#FFFFFF', tintAndShade: 0, pattern: 'Solid' },
          { color: '#FFFFFF', tintAndShade: noFill === 'white' ? 0 : null, pattern: 'None' },
        ],
      ]);
    },
  );

  it('fails a request using a member it does not implement, and records it', async () => {
    const { globals, host } = connectRuntime(flavour, [sheet]);
    const attempt = runner(globals)(async (context) => {
      context.workbook.worksheets.getItem('年报').getRange('A1').format.autofitColumns();
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'UnsupportedByTestHost' });
    expect(host.unsupported).toEqual(['RangeFormat.AutofitColumns()']);
  });

  it('a refused response loads nothing of its request', async () => {
    const { globals, host } = connectRuntime(flavour, [sheet]);
    host.inject({ kind: 'response-payload', maxBytes: 10 });
    await runner(globals)(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('rejects Excel.run(eventHandlerResult), as the runtime does (pass its context)', async () => {
    const { globals } = connectRuntime(flavour, [sheet]);
    const handler = await runner(globals)(async (context) => {
      const result = context.workbook.worksheets.getItem('年报').onChanged.add(async () => undefined);
      await context.sync();
      return result;
    });
    const excel = globals.Excel as { run(object: unknown, batch: () => Promise<void>): Promise<void> };
    await expect(excel.run(handler, async () => undefined)).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });

  it('refuses more than 512 merged areas in one getMergedAreasOrNullObject result', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const { globals } = connectRuntime(flavour, [{ name: 'S', rows: [[1]], merges }]);
    const attempt = runner(globals)(async (context) => {
      context.workbook.worksheets
        .getItem('S')
        .getRange('A1:B1100')
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses zoom with no side fitted or a part page, and sheet names Excel forbids', async () => {
    const { globals } = connectRuntime(flavour, [sheet]);
    await runner(globals)(async (context) => {
      const layout = context.workbook.worksheets.getItem('年报').pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
      layout.zoom = { horizontalFitToPages: 0, verticalFitToPages: 0 };
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      layout.zoom = { horizontalFitToPages: 1.5 };
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.worksheets.add('a/b');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});
