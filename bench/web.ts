import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { main } from '../src/cli/main';
import { initialScripts } from './bundle';
import { writeDepartmentWorkbooks } from './cli';

/** Goals of issue 12: the page's time against the CLI's on one worker, its longest main-thread task, its first JS. */
export const WEB_GOAL_RATIO = 1.5;
export const WEB_GOAL_LONG_TASK_MS = 200;
export const WEB_GOAL_INITIAL_BYTES = 200 * 1024;

const CHROMIUM = '/usr/bin/chromium';

export interface WebBench {
  files: number;
  cliMs: number;
  pageMs: number;
  ratio: number;
  /** Longest main-thread task while the page checked (Chromium's Long Tasks API; 0 when none ≥ 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Checking workers the page started (it starts one per core beyond its own, at least one). */
  workers: number;
  initialFiles: string[];
  initialGzipBytes: number;
}

/**
 * 100 generated department workbooks checked by the CLI on one worker and by the page (dist/web.html
 * from file://, in Chromium, the folder picked), in one run. `build` is a production build folder.
 */
export async function webBench(build: string, files = 100): Promise<WebBench | null> {
  const html = join(build, 'web.html');
  if (!existsSync(CHROMIUM) || !existsSync(html)) return null;
  const initialFiles = initialScripts(readFileSync(html, 'utf8'));
  const initialGzipBytes = initialFiles.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(build, f)), { level: 9 }).length,
    0,
  );
  const root = mkdtempSync(join(tmpdir(), 'web-bench-'));
  const dir = join(root, 'reports');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    mkdirSync(dir);
    await writeDepartmentWorkbooks(dir, files);
    const time = async (fn: () => Promise<void>) => {
      const t0 = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const cli = () =>
      main(['check', dir, '--format', 'json', '--jobs', '1'], {
        stdout: () => undefined,
        stderr: () => undefined,
      }).then(() => undefined);
    await cli(); // warm-up: file cache
    const cliMs = await time(cli);

    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    let workers = 0;
    page.on('worker', () => workers++);
    await page.addInitScript((count: number) => {
      const w = window as unknown as { longTasks: number[]; started: number; finished: number };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      // The page's own clock: from the folder picker's change event to the last row on screen with
      // the progress bar gone (the CLI is timed in-process too, without starting a process).
      document.addEventListener('change', () => (w.started = performance.now()), true);
      new MutationObserver(() => {
        if (w.finished || !w.started) return;
        const rows = document.querySelectorAll('tr[data-file]').length;
        if (rows === count && !document.querySelector('[data-testid=progress]'))
          w.finished = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    }, files);
    await page.goto(pathToFileURL(html).href);
    await page.getByTestId('drop-zone').waitFor();
    // Starting the page's workers belongs to the page's time: nothing is loaded before the first file.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    await page.getByTestId('folder-input').setInputFiles(dir);
    await page
      .locator('tr[data-file]')
      .nth(files - 1)
      .waitFor({ timeout: 600000 });
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 600000 });
    const pageMs = await page.evaluate(() => {
      const w = window as unknown as { started: number; finished: number };
      return w.finished - w.started;
    });
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return {
      files,
      cliMs,
      pageMs,
      ratio: pageMs / cliMs,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      longTasks: longTasks.length,
      workers,
      initialFiles,
      initialGzipBytes,
    };
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const build = process.argv[2] ?? 'dist';
  webBench(build).then(
    (r) => console.log(JSON.stringify(r, null, 1)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
