/**
 * The browser page (dist/web.html) as a reviewer opens it: from the file system (file://), in
 * Debian's Chromium, with every request the page or its workers make recorded, and the input files
 * written by real tools (exceljs for workbooks, the `docx` package for Word).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUILD_ENV } from './pane';

const CHROMIUM = '/usr/bin/chromium';

export interface WebPage {
  page: Page;
  /** Every URL requested by the page and its workers. */
  requests: string[];
  /** Uncaught errors and console errors: a clean run has none. */
  problems: string[];
  close(): Promise<void>;
}

/** The built page from file:// (default), or at `url` when the test serves the build itself. */
export async function openWebPage(options: { locale?: string; url?: string } = {}): Promise<WebPage> {
  const build = process.env[BUILD_ENV];
  if (!build || !existsSync(join(build, 'web.html')))
    throw new Error(`no build with web.html (${BUILD_ENV}): run with -c test/e2e/jest.config.js`);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: options.locale ?? 'zh-CN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(options.url ?? pathToFileURL(join(build, 'web.html')).href);
    await page.getByTestId('drop-zone').waitFor({ timeout: 15000 });
    return { page, requests, problems, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** Requests that left the machine: anything but the page's own files and the blobs it made. */
export const buildDir = (): string => {
  const build = process.env[BUILD_ENV];
  if (!build) throw new Error(`no build (${BUILD_ENV}): run with -c test/e2e/jest.config.js`);
  return build;
};

export const outside = (requests: readonly string[]): string[] =>
  requests.filter((url) => !/^(file|blob|data):/.test(url));

export { departmentSheet, reportWorkbook } from '../support/report-workbook';

/** A folder of files for the page's folder picker; removed by the returned function. */
export function folderOf(files: Record<string, Uint8Array>): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'web-e2e-'));
  const dir = join(root, '各单位年报');
  mkdirSync(dir);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
