import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SheetModel } from '../support/excel-host';
import { buildOfficeRuntime, buildWordRuntime } from './build';
import { serveFolder, type ServedFolder } from './serve';

export const CHROMIUM = '/usr/bin/chromium';

/** Where global-setup.ts leaves the task pane build (or finds one to reuse). */
export const BUILD_ENV = 'TASKPANE_E2E_BUILD';
/** Set when global-setup.ts made the build, so teardown removes it. */
export const BUILT_HERE_ENV = 'TASKPANE_E2E_BUILT_HERE';

export interface Pane {
  page: Page;
  served: ServedFolder;
  /** Uncaught page errors and console errors, in order: a clean run has none. */
  problems: string[];
  /** URLs of the Web Workers the page started. */
  workers: string[];
  close(): Promise<void>;
}

/**
 * The built task pane in Chromium (zh-CN, 380 px wide like Excel's pane) over a simulated Excel host
 * holding `sheets`, started: resolves once 校验当前工作表 is on screen. `types` overrides the server's
 * content types by extension.
 */
export function openPane(
  sheets: SheetModel[],
  options: { types?: Record<string, string> } = {},
): Promise<Pane> {
  return openPaneOn((out) => buildOfficeRuntime(out, sheets, 'zh-CN'), '校验当前工作表', options.types);
}

/**
 * The same pane over a simulated Word on the web holding the document `packageXml` (flat OPC, as
 * body.getOoxml() gives it): resolves once 校验本文档 is on screen.
 */
export function openWordPane(packageXml: string): Promise<Pane> {
  return openPaneOn((out) => buildWordRuntime(out, packageXml, 'zh-CN'), '校验本文档');
}

/** The pane with `writeRuntime` making its office-runtime.js, started once `checkButton` shows. */
async function openPaneOn(
  writeRuntime: (out: string) => Promise<void>,
  checkButton: string,
  types?: Record<string, string>,
): Promise<Pane> {
  const build = process.env[BUILD_ENV];
  if (!build || !existsSync(build))
    throw new Error(`no task pane build (${BUILD_ENV}): run with -c test/e2e/jest.config.js`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
  const out = mkdtempSync(join(tmpdir(), 'taskpane-e2e-'));
  let served: ServedFolder | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await served?.close();
    rmSync(out, { recursive: true, force: true });
  };
  try {
    cpSync(build, out, { recursive: true });
    await writeRuntime(out);
    served = await serveFolder(out, types);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: 'zh-CN' });
    const problems: string[] = [];
    const workers: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${served.origin}/taskpane.html`);
    await page
      .getByRole('button', { name: checkButton })
      .waitFor({ timeout: 15000 })
      .catch(() => {
        throw new Error(`the task pane did not start: ${problems.join('; ') || 'no page error'}`);
      });
    return { page, served, problems, workers, close };
  } catch (e) {
    await close();
    throw e;
  }
}
