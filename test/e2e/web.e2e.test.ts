/**
 * The browser page 审核台 end to end: dist/web.html opened from file:// in Chromium, a folder of
 * department reports picked (workbooks by exceljs, a Word file by the `docx` package, a damaged
 * file), the batch table's statuses, one report's findings and marked cells, the downloads read
 * back (the zip of marked copies and 审核意见, one 审核意见, the blank template), and no request
 * leaving the machine. Screenshots of the table and of one report are saved each run.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download } from 'playwright-core';
import { readDocx } from '../../src/sources/docx';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { seedReportDocx } from '../support/docx-report';
import { departmentSheet, folderOf, openWebPage, outside, reportWorkbook, type WebPage } from './web';

const SCREENSHOTS = join(__dirname, '__screenshots__');

async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const doc = await readDocx(bytes, { sheet: 'x', limits: DEFAULT_LIMITS });
  const grid = doc.grids[0];
  const lines: string[] = [];
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      if (v !== null) lines.push(String(v));
    }
  return lines.join('\n');
}

describe('审核台 (dist/web.html from file://)', () => {
  let web: WebPage;
  let folder: ReturnType<typeof folderOf>;
  /** The cell 教育局 got wrong: （一）予以公开 × 自然人, one more than its parts allow. */
  let wrongCell: string;

  beforeAll(async () => {
    const education = departmentSheet('某某市教育局', 2024);
    const at = education.at('applications', 'granted', 'natural-person');
    const value = education.rows[at.row][at.col] as number;
    education.set('applications', 'granted', 'natural-person', value + 1);
    wrongCell = `${String.fromCharCode(65 + at.col)}${at.row + 1}`;
    folder = folderOf({
      '财政局2024年报.xlsx': await reportWorkbook(departmentSheet('某某市财政局', 2024)),
      '财政局2023年报.xlsx': await reportWorkbook(departmentSheet('某某市财政局', 2023)),
      '教育局2024年报.xlsx': await reportWorkbook(education),
      '政务服务办公室年报.docx': await seedReportDocx(),
      '损坏的文件.xlsx': new TextEncoder().encode('PK\u0003\u0004 这不是一个完整的工作簿'),
      '~$教育局2024年报.xlsx': new Uint8Array([1, 2, 3]),
    });
    web = await openWebPage();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await web?.close();
    folder?.remove();
  });

  it('checks a picked folder: one row per report with its status, last year paired, Office lock files skipped', async () => {
    const { page } = web;
    await page.getByTestId('folder-input').setInputFiles(folder.dir);
    await page.locator('tr[data-file]').nth(4).waitFor({ timeout: 120000 });
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 120000 });
    const rows = await page
      .locator('tr[data-file]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-file'), tr.getAttribute('data-status')]));
    expect(Object.fromEntries(rows)).toEqual({
      '财政局2024年报.xlsx': 'valid',
      '财政局2023年报.xlsx': 'valid',
      '教育局2024年报.xlsx': 'invalid',
      '政务服务办公室年报.docx': 'valid',
      '损坏的文件.xlsx': 'unreadable',
    });
    // Last year's report of the same body is used for the cross-year rules.
    await expect(page.locator('tr[data-file="财政局2024年报.xlsx"]').textContent()).resolves.toContain(
      '财政局2023年报.xlsx',
    );
    await expect(page.locator('tr[data-file="损坏的文件.xlsx"]').textContent()).resolves.toContain(
      '无法读取',
    );
  });

  it('shows who has not reported once the list of departments is given', async () => {
    const { page } = web;
    await page.getByRole('button', { name: '应报单位名单' }).click();
    await page
      .getByRole('textbox', { name: '应报单位名单' })
      .fill('单位名称\n某某市财政局\n某某市教育局\n郑州市政务服务办公室\n某某市卫生健康委员会\n');
    await page.getByRole('button', { name: '应用' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(
      page.locator('tr[data-missing]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-missing'))),
    ).resolves.toEqual(['某某市卫生健康委员会']);
    await page.screenshot({ path: join(SCREENSHOTS, 'web-batch.png'), fullPage: true });
  });

  it('opens a report: its findings with their rules, the wrong cell marked, a click selects it', async () => {
    const { page } = web;
    await page.locator('tr[data-file="教育局2024年报.xlsx"]').click();
    const report = page.locator('[data-report="教育局2024年报.xlsx"]');
    await report.waitFor();
    expect(await report.getAttribute('data-verdict')).toBe('fail');
    const rules = await page
      .locator('[data-finding][data-rule]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r?.startsWith('applications/'))).toBe(true);
    const marked = await page
      .locator('td[data-mark]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-address')));
    expect(marked).toContain(wrongCell);
    const suspect = page.locator(`[data-finding][data-rule="applications/suspect-cell"]`).first();
    await suspect.click();
    await expect(page.locator('td[data-selected="true"]').getAttribute('data-address')).resolves.toBe(
      wrongCell,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'web-report.png'), fullPage: true });
  });

  it('downloads the 审核意见 of the open report, naming the body, the verdict and the wrong cell', async () => {
    const { page } = web;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载审核意见' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('某某市教育局2024审核意见.docx');
    const text = await docxText(await bytesOf(download));
    expect(text).toContain('某某市教育局');
    expect(text).toContain('未通过');
    expect(text).toContain(wrongCell);
  });

  it('downloads every marked copy and 审核意见 as one zip: Word stays Word, workbooks carry 校验结果', async () => {
    const { page } = web;
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.getByRole('button', { name: '下载', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="zip"]').click(),
    ]);
    const entries = unzipSync(await bytesOf(download));
    const names = Object.keys(entries).sort();
    expect(names).toEqual(
      [
        '政务服务办公室年报.checked.docx',
        '财政局2023年报.checked.xlsx',
        '财政局2024年报.checked.xlsx',
        '教育局2024年报.checked.xlsx',
        // Its title names the body on a line of its own and no year: the file name stands in.
        '政务服务办公室审核意见.docx',
        '某某市财政局2023审核意见.docx',
        '某某市财政局2024审核意见.docx',
        '某某市教育局2024审核意见.docx',
        '损坏的文件审核意见.docx',
      ].sort(),
    );
    // The Word file's copy carries a comment on the sentence whose parts do not add up.
    const word = unzipSync(entries['政务服务办公室年报.checked.docx']);
    expect(strFromU8(word['word/comments.xml'])).toContain('33');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(entries['教育局2024年报.checked.xlsx'].buffer as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe('校验结果');
    const marked = workbook.getWorksheet('年报')?.getCell(wrongCell).fill;
    expect(marked && 'fgColor' in marked ? marked.fgColor?.argb : null).toBeTruthy();
    expect(await docxText(entries['损坏的文件审核意见.docx'])).toContain('无法读取');
  });

  it('downloads the blank template as a workbook with the official tables', async () => {
    const { page } = web;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载空白模板' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(download)).buffer as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join('|')).toContain('收到和处理政府信息公开申请情况');
  });

  it('sent nothing anywhere and logged no error', () => {
    expect(outside(web.requests)).toEqual([]);
    expect(web.problems).toEqual([]);
  });
});
