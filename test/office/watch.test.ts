/**
 * Telling the user's edits from the add-in's own (src/office/watch.ts) on the real runtime: by
 * `triggerSource` where Excel sends it (ExcelApi 1.14+), else by whether the add-in is writing.
 */
import { watchSheets } from '../../src/office/watch';
import { connectRuntime } from '../support/excel-host/runtime';
import { FLAVOUR } from './helpers';

const SHEET = '报告';

describe.each([
  // 1.15 sends triggerSource: a user's edit counts even while the add-in writes.
  ['1.15', false, 1],
  ['1.15', true, 1],
  // 1.13 sends none: an event while the add-in writes is taken for its own.
  ['1.13', false, 1],
  ['1.13', true, 0],
])('ExcelApi %s, the add-in writing: %s', (apiVersion, writing, changes) => {
  test(`a user's edit is ${changes ? 'a change' : 'taken for the add-in’s own'}`, async () => {
    const { host, globals } = connectRuntime(FLAVOUR, [{ name: SHEET, rows: [[1]] }], { apiVersion });
    const onChange = jest.fn();
    const stop = await watchSheets(globals, [SHEET], onChange, () => writing);
    await host.edit(SHEET, 'A1', 2);
    expect(onChange).toHaveBeenCalledTimes(changes);
    await stop();
    await host.edit(SHEET, 'A1', 3);
    expect(onChange).toHaveBeenCalledTimes(changes);
  });
});

test('ExcelApi 1.15: the add-in’s own write is told by its trigger source, not by isWriting', async () => {
  const { host, globals } = connectRuntime(FLAVOUR, [{ name: SHEET, rows: [[1]] }], { apiVersion: '1.15' });
  const onChange = jest.fn();
  const stop = await watchSheets(globals, [SHEET], onChange, () => false);
  await globals.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [[5]];
    await context.sync();
  });
  await new Promise((done) => setTimeout(done, 10)); // the host raises its events after the sync
  expect(host.watched).toEqual([SHEET]);
  expect(onChange).not.toHaveBeenCalled();
  await host.edit(SHEET, 'A1', 2);
  expect(onChange).toHaveBeenCalledTimes(1);
  await stop();
});
