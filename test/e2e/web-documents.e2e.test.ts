/**
 * The page reading documents in its blob worker: the seed report as a web page and as a PDF that
 * LibreOffice printed (pdf.js's parser bundled into the worker, no file fetched) from file://, and,
 * served over HTTP as an intranet would, a PDF whose text needs one of pdf.js's CMaps, fetched
 * from the page's own pdfjs/ folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cidFontPdf, reportDocx } from '../support/report-pdf';
import { seedReportHtml } from '../support/report-html';
import { convert, findSoffice } from '../template/soffice';
import { serveFolder, type ServedFolder } from './serve';
import { buildDir, folderOf, openWebPage, outside, type WebPage } from './web';

const soffice = findSoffice();
if (!soffice)
  console.warn(
    'LibreOffice (soffice) is not installed: skipping the PDF report, which it prints from .docx.',
  );
const withLibreOffice = soffice ? it : it.skip;

async function printedPdf(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'web-pdf-'));
  try {
    writeFileSync(join(dir, 'report.docx'), await reportDocx({ furniture: true }));
    convert(soffice as string, 'pdf', dir, [join(dir, 'report.docx')]);
    return new Uint8Array(readFileSync(join(dir, 'report.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The findings of the open report: rule and cell, as listed. */
async function findingsOf(web: WebPage): Promise<string[]> {
  return web.page
    .locator('[data-finding][data-rule]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

describe('审核台 reads documents in its worker', () => {
  let web: WebPage | undefined;
  let folder: ReturnType<typeof folderOf> | undefined;

  afterEach(async () => {
    await web?.close();
    folder?.remove();
    web = undefined;
    folder = undefined;
  });

  withLibreOffice(
    'from file://: the web page and the PDF of the seed report give its one finding',
    async () => {
      folder = folderOf({
        '政务服务办2021年报.html': seedReportHtml(),
        '政务服务办2021年报.pdf': await printedPdf(),
      });
      web = await openWebPage();
      const { page } = web;
      await page.getByTestId('folder-input').setInputFiles(folder.dir);
      await page.locator('tr[data-file]').nth(1).waitFor({ timeout: 120000 });
      await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 120000 });
      for (const name of ['政务服务办2021年报.html', '政务服务办2021年报.pdf']) {
        const row = page.locator(`tr[data-file="${name}"]`);
        expect([name, await row.getAttribute('data-status')]).toEqual([name, 'valid']);
        await row.click();
        await page.locator(`[data-report="${name}"]`).waitFor();
        expect(await findingsOf(web)).toEqual(['narrative/itemized-sum']);
        await page.getByRole('button', { name: '返回列表' }).click();
      }
      expect(outside(web.requests)).toEqual([]);
      expect(web.problems).toEqual([]);
    },
  );

  it('served over HTTP: a PDF needing a CMap is read, the CMap fetched from the page’s own folder', async () => {
    let served: ServedFolder | undefined;
    try {
      served = await serveFolder(buildDir());
      folder = folderOf({ 'cmap.pdf': cidFontPdf('本年新收 12', 72, 700, 12) });
      web = await openWebPage({ url: `${served.origin}/web.html` });
      const { page } = web;
      await page.getByTestId('file-input').setInputFiles(join(folder.dir, 'cmap.pdf'));
      // One file: its report opens directly. It has no tables, but its text was read.
      const report = page.locator('[data-report="cmap.pdf"]');
      await report.waitFor({ timeout: 60000 });
      expect(await report.getAttribute('data-verdict')).toBe('no-table');
      const row = await page.locator('tr', { has: page.locator('td[data-address="A1"]') }).textContent();
      expect(row).toMatch(/本年新收\s*12/);
      expect(served.requests).toContainEqual({ path: '/pdfjs/cmaps/UniGB-UCS2-H.bcmap', status: 200 });
      const origin = served.origin;
      expect(web.requests.filter((url) => !url.startsWith(origin) && !/^(blob|data):/.test(url))).toEqual([]);
      expect(web.problems).toEqual([]);
    } finally {
      await served?.close();
    }
  });
});
