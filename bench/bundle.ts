import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { gzipSync } from 'zlib';

/** Goal of issue 3: the task pane's initial JavaScript, gzipped. */
export const BUNDLE_GOAL_BYTES = 150 * 1024;

// Compiled to bench/out/bench/, three levels below the repository.
const ROOT = path.resolve(__dirname, '../../..');

/** The local scripts a built page loads at start (Office.js, loaded by URL, is not ours to count). */
export function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  return srcs.filter((src) => !/^(https?:)?\/\//.test(src) && !src.endsWith('office.js'));
}

function productionBuild(outDir: string): void {
  const webpack = path.join(ROOT, 'node_modules/webpack/bin/webpack.js');
  const run = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`production build failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * A production build for the benchmarks that need one: the current source built into a temporary
 * folder (removed afterwards), or an existing build named by BUNDLE_DIST (e.g. BUNDLE_DIST=dist after
 * `npm run build`).
 */
export async function withProductionBuild<T>(
  use: (outDir: string, source: string) => Promise<T>,
): Promise<T> {
  const given = process.env.BUNDLE_DIST;
  const outDir = given ? path.resolve(given) : mkdtempSync(path.join(tmpdir(), 'bundle-bench-'));
  try {
    if (!given) productionBuild(outDir);
    return await use(outDir, given ? outDir : 'fresh production build');
  } finally {
    if (!given) rmSync(outDir, { recursive: true, force: true });
  }
}

/** Size of the task pane's initial JavaScript (every script taskpane.html loads, minified), raw and gzipped. */
export function bundleBench(
  outDir: string,
  source: string,
): { files: string[]; rawBytes: number; gzipBytes: number; source: string } {
  const page = path.join(outDir, 'taskpane.html');
  if (!existsSync(page)) throw new Error(`${page} not found: run npm run build first`);
  const files = initialScripts(readFileSync(page, 'utf8'));
  if (files.length === 0) throw new Error(`${page} loads no local script`);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(outDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes, source };
}
