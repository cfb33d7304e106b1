/**
 * 插入模板 → 报告文件… in Chromium, through the pane's own readers: the seed report as a web page, a
 * Word file and a PDF printed by LibreOffice (read by pdf.js in its Web Worker, loaded from the
 * build's pdfjs/ folder) fills the new sheet with the fixture's numbers. Jest's jsdom tests cannot
 * cover this: they inject the CLI's PDF reader. Also two tiny PDFs whose text needs pdf.js's data
 * files fetched by URL: a Chinese CID font with a predefined CMap, and a non-embedded Helvetica.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toA1 } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { readCell } from '../../src/rules/values';
import { buildTemplate } from '../../src/template/build';
import type { CellScalar, ExcelHost, SheetModel } from '../support/excel-host';
import { seedReportDocx } from '../support/docx-report';
import { fixtureGrid } from '../support/fixture';
import { seedReportHtml } from '../support/report-html';
import { cidFontPdf, minimalPdf, reportDocx } from '../support/report-pdf';
import { convert, findSoffice } from '../template/soffice';
import { openPane, type Pane } from './pane';

const soffice = findSoffice();
if (!soffice)
  console.warn(
    'LibreOffice (soffice) is not installed: skipping the PDF report, which it prints from .docx.',
  );

/** The active sheet: not a report, so every number must come from the file. */
const NOTES: SheetModel = { name: '备忘', rows: [['会议纪要'], [12]] };

/** Every cell of the template (totals typed in, so 总计 is filled too) and its value in the fixture. */
const EXPECTED = (() => {
  const source = fixtureGrid();
  const located = locateTables(source);
  return buildTemplate({ totals: 'input' }).tables.flatMap((table) =>
    table.cells.map((cell) => {
      const at = located.find((t) => t.table === table.table)?.cells.get(cellKey(cell.rowId, cell.columnId));
      if (!at) throw new Error(`${table.table} ${cell.rowId} × ${cell.columnId} is not in the fixture`);
      return {
        key: `${table.table} ${cell.rowId} × ${cell.columnId}`,
        address: toA1(cell.cell.row, cell.cell.col),
        value: readCell(source, at, cell.kind).value,
      };
    }),
  );
})();

let pane: Pane;
let page: Page;
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  files.set('2021年报.html', seedReportHtml());
  files.set('2021年报.docx', await seedReportDocx());
  if (soffice) {
    const dir = mkdtempSync(join(tmpdir(), 'template-from-file-'));
    try {
      writeFileSync(join(dir, 'report.docx'), await reportDocx({ furniture: true }));
      convert(soffice, 'pdf', dir, [join(dir, 'report.docx')]);
      files.set('2021年报.pdf', new Uint8Array(readFileSync(join(dir, 'report.pdf'))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  pane = await openPane([NOTES]);
  page = pane.page;
});

afterAll(() => pane?.close());

afterEach(async () => {
  // A test that failed with the dialog open must not block the next one.
  const cancel = page.getByRole('dialog').getByRole('button', { name: '取消' });
  if (await cancel.isVisible()) await cancel.click();
  expect(pane.problems).toEqual([]);
});

const host = (p: Page) =>
  p.evaluate(() => (window as unknown as { excelHost: ExcelHost }).excelHost.sheetNames);

/** Opens 插入模板 with 报告文件… chosen and totals typed in. */
async function openFileDialog(): Promise<void> {
  // No includeHidden: after each insert the pane must be back for assistive technology.
  await page.getByRole('toolbar').getByRole('button', { name: '插入模板' }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('radio', { name: '报告文件…' }).check();
  await page.getByRole('radio', { name: '手工填写（表内自动核对）' }).check();
}

/** Chooses the file in the dialog and waits until the pane has read it; throws what the pane said on failure. */
async function chooseFile(name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
  const outcome = page
    .locator('[data-testid="report-file-read"], [data-testid="report-file-error"]')
    .filter({ hasText: name });
  await outcome.waitFor({ timeout: 30000 });
  if ((await outcome.getAttribute('data-testid')) === 'report-file-error')
    throw new Error(`the pane could not read ${name}: ${await outcome.textContent()}`);
}

/** Clicks 插入 and returns the name of the sheet it added. */
async function insert(): Promise<string> {
  const before = await host(page);
  await page.getByRole('dialog').getByRole('button', { name: '插入', exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const added = (await host(page)).filter((n) => !before.includes(n));
  expect(added).toHaveLength(1);
  return added[0];
}

function values(sheet: string, addresses: string[]): Promise<CellScalar[]> {
  return page.evaluate(
    ({ sheet, addresses }) => {
      const double = (window as unknown as { excelHost: ExcelHost }).excelHost;
      return addresses.map((a) => double.inspect(sheet, a).value);
    },
    { sheet, addresses },
  );
}

const withLibreOffice = soffice ? test : test.skip;

describe.each([
  { name: '2021年报.html', run: test },
  { name: '2021年报.docx', run: test },
  { name: '2021年报.pdf', run: withLibreOffice },
])('$name', ({ name, run }) => {
  run('fills the new template sheet with every number of tables 二, 三 and 四', async () => {
    await openFileDialog();
    const bytes = files.get(name);
    if (!bytes) throw new Error(`${name} was not made`);
    await chooseFile(name, bytes);
    const sheet = await insert();

    const result = page.getByTestId('template-result');
    await expect(result.textContent()).resolves.toContain(`已从“${name}”填入 ${EXPECTED.length} 个数`);
    expect(await page.getByTestId('template-unread').count()).toBe(0);

    const got = await values(
      sheet,
      EXPECTED.map((e) => e.address),
    );
    expect(EXPECTED.map((e, i) => [e.key, got[i]])).toEqual(EXPECTED.map((e) => [e.key, e.value]));
    // Spelled out for the reader: table 三's 本年新收 by 自然人 and in total, and the 总计 row's total.
    const at = (key: string) => got[EXPECTED.findIndex((e) => e.key === key)];
    expect(at('applications new × natural-person')).toBe(1);
    expect(at('applications new × total')).toBe(1);
    expect(at('applications outcome-total × total')).toBe(1);
  });
});

test('PDFs whose text needs pdf.js’s data files: the CMap and the standard font are fetched by URL, in a Web Worker', async () => {
  await openFileDialog();
  // Without its CMap the CID font's codes map to nothing: the PDF would read as having no text.
  await chooseFile('cmap.pdf', cidFontPdf('本年新收 12', 72, 700, 12));
  expect(pane.served.requests).toContainEqual({ path: '/pdfjs/cmaps/UniGB-UCS2-H.bcmap', status: 200 });
  await chooseFile('helvetica.pdf', minimalPdf('Total 42', 72, 700, 12));
  expect(pane.served.requests).toContainEqual({
    path: '/pdfjs/standard_fonts/LiberationSans-Regular.ttf', // pdf.js's stand-in for Helvetica
    status: 200,
  });
  expect(pane.served.requests.filter((r) => r.status === 404)).toEqual([]);
  expect(pane.workers).toContainEqual(expect.stringMatching(/\/pdfjs\/pdf\.worker\.min\.mjs$/));
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
});

/** Elements outside the dialog's portal still hidden from assistive technology. */
/** The pane's containers hidden from assistive technology (tabster's focus dummies are always hidden). */
const PANE_HIDDEN = '#root[aria-hidden="true"], #legacy-host[aria-hidden="true"]';

// Unmounting an open Fluent dialog leaves the aria-hidden its modalizer put on #root
// (microsoft/fluentui#35139): App.tsx keeps the dialog mounted and closes it through `open`.
test('closing 插入模板 gives the pane back to assistive technology', async () => {
  await openFileDialog();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  // Tabster gives the page back a moment after the dialog closes; unmounted while open, it never does.
  await page.waitForFunction((selector) => document.querySelector(selector) === null, PANE_HIDDEN, {
    timeout: 5000,
  });
  expect(await page.locator(PANE_HIDDEN).count()).toBe(0);
});
