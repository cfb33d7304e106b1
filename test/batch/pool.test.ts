/** The worker pool with real worker threads (TypeScript loaded by a bootstrap): order, timeout, recovery. */
import { join } from 'node:path';
import type { FileJob, JobOutcome } from '../../src/batch/job';
import { runBatch } from '../../src/batch/pool';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { fixtureWorkbook, fixtureText, tempDir, type TempDir } from '../cli/helpers';

jest.setTimeout(60_000);

const WORKER = join(__dirname, 'ts-worker.js');
let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const job = (path: string, over: Partial<FileJob> = {}): FileJob => ({
  path,
  locale: 'zh-CN',
  year: null,
  only: null,
  disable: [],
  limits: { ...DEFAULT_LIMITS },
  previous: null,
  annotateTo: null,
  ...over,
});

async function collect(jobs: FileJob[], workers: number) {
  const seen: { index: number; outcome: JobOutcome }[] = [];
  const progress: number[] = [];
  await runBatch(
    jobs,
    { workers, workerScript: WORKER, onProgress: (done) => progress.push(done) },
    (outcome, index) => void seen.push({ index, outcome }),
  );
  return { seen, progress };
}

test('outcomes come back in input order from two workers, each file checked', async () => {
  const small = dir.write('small.txt', 'no table\t1\n');
  const big = dir.write('big.txt', fixtureText());
  const jobs = [big, small, big, small, 'missing.xlsx', small].map((p) => job(p));
  const { seen, progress } = await collect(jobs, 2);
  expect(seen.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(seen.map((s) => s.outcome.path)).toEqual(jobs.map((j) => j.path));
  expect('report' in seen[0].outcome && seen[0].outcome.report.tables).toHaveLength(3);
  expect('inputError' in seen[4].outcome && seen[4].outcome.inputError.code).toBe('not-found');
  expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
});

test('a file over the time limit is stopped (its worker terminated) and the batch goes on', async () => {
  const book = dir.write('book.xlsx', await fixtureWorkbook());
  const quick = dir.write('quick.txt', 'x\t1\n');
  // Limits are per job: the first gets 1 ms, the rest the default.
  const jobs = [job(book, { limits: { ...DEFAULT_LIMITS, timeoutMs: 1 } }), job(quick), job(book)];
  const seen: JobOutcome[] = [];
  await runBatch(jobs, { workers: 1, workerScript: WORKER }, (o) => void seen.push(o));
  expect('inputError' in seen[0] && seen[0].inputError).toMatchObject({ code: 'timeout', limit: 1 });
  // The replacement worker is given a fresh clock only once it is ready, so the next files finish.
  expect(seen.slice(1).map((o) => ('report' in o ? o.path : o))).toEqual([quick, book]);
});
