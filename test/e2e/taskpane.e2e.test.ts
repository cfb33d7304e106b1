import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CellView, ExcelHost } from '../support/excel-host';
import { openPane, type Pane } from './pane';
import { e2eWorkbook, SHEET } from './workbook';

const SCREENSHOTS = join(__dirname, '__screenshots__');
const workbook = e2eWorkbook();

let pane: Pane;
let page: Page;

/** Cell formats read from the simulated host inside the page. */
function formats(addresses: string[]): Promise<CellView[]> {
  return page.evaluate(
    ({ sheet, addresses }) => {
      const double = (window as unknown as { excelHost: ExcelHost }).excelHost;
      return addresses.map((a) => double.cell(sheet, a));
    },
    { sheet: SHEET, addresses },
  );
}

/** Every cell of the sheet, so "restored exactly" covers cells the test did not think of. */
const everyAddress = (() => {
  const columns = Math.max(...workbook.sheet.rows.map((r) => r.length));
  const letters = (n: number): string =>
    (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));
  return workbook.sheet.rows.flatMap((_, r) =>
    Array.from({ length: columns }, (_, c) => `${letters(c)}${r + 1}`),
  );
})();

beforeAll(async () => {
  pane = await openPane([workbook.sheet]);
  page = pane.page;
});

afterAll(() => pane?.close());

afterEach(() => expect(pane.problems).toEqual([]));

test('check, list the injected errors, select one, clear marks back to the exact formats', async () => {
  const before = await formats(everyAddress);

  await page.getByRole('button', { name: '校验当前工作表' }).click();
  await page.locator('[data-testid="verdict"], [data-testid="failure"]').first().waitFor();
  const failure = page.getByTestId('failure');
  if (await failure.isVisible())
    throw new Error(`the check failed in the pane: ${await failure.textContent()}`);
  await page.getByRole('heading', { name: '未通过' }).waitFor();
  // The findings list is a lazy chunk (App.tsx): the verdict can show while it still loads.
  await page.locator('[data-finding]').first().waitFor();

  // Every injected error is listed, under its rule, and the suspect cell comes first.
  const listed = await page.locator('[data-finding]').evaluateAll((rows) =>
    rows.map((row) => ({
      rule: row.closest('[data-rule]')?.getAttribute('data-rule'),
      text: row.textContent ?? '',
    })),
  );
  for (const { address, ruleId } of workbook.injected)
    expect(listed.some((f) => f.rule === ruleId && f.text.includes(address))).toBe(true);
  expect(listed[0].rule).toBe('applications/suspect-cell');

  // The check painted the finding cells.
  const painted = await formats(workbook.injected.map((i) => i.address));
  workbook.injected.forEach((inj, i) =>
    expect(painted[i].fill).not.toEqual(before[everyAddress.indexOf(inj.address)].fill),
  );

  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-findings.png'), fullPage: true });

  // Clicking a finding selects its cell in the workbook.
  const target = workbook.injected[2];
  await page.locator('[data-finding]', { hasText: target.address }).first().click();
  await page.waitForFunction(
    (address) => (window as unknown as { excelHost: ExcelHost }).excelHost.selection.address === address,
    target.address,
  );
  expect(
    await page.evaluate(() => (window as unknown as { excelHost: ExcelHost }).excelHost.selection),
  ).toEqual({
    sheet: SHEET,
    address: target.address,
  });

  // 清除标记 restores every cell's fill, font and note exactly, white fills included.
  await page.getByRole('toolbar').getByRole('button', { name: '清除标记' }).click();
  await page.getByTestId('notice').waitFor();
  expect(await formats(everyAddress)).toEqual(before);
  const white = Object.keys(workbook.filled).find((a) => workbook.filled[a] === '#FFFFFF') ?? '';
  expect((await formats([white]))[0].fill).toBe('#FFFFFF');
});
