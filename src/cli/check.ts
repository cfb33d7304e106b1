/**
 * `disclosure-check check PATH...`: expands the paths, pairs last year's reports, runs the files
 * on the worker pool and streams the report (text, JSON or CSV) to stdout or -o FILE in input
 * order. With no path at all it checks the bundled sample and annotates it into SAMPLE_FOLDER.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { runBatch } from '../batch/pool';
import type { FileJob, JobOutcome } from '../batch/job';
import { identify, pairPrevious, type Identity } from '../batch/pairing';
import { csvPresenter } from '../report/present-csv';
import { jsonPresenter } from '../report/present-json';
import { textPresenter } from '../report/present-text';
import type { FileResult, Presenter } from '../report/types';
import type { Locale, Report } from '../report/types';
import type { CheckCommand } from './args';
import { convertedMessage, noticeMessage } from '../sources/messages';
import { inputKind, readInput } from '../sources/node/read-file';
import { checkNotes, inputErrorMessage, internalErrorMessage, usageMessage } from './messages';
import { expandPaths, type BatchEntry } from './paths';
import { INSTALLED, type Launch } from './launch';
import {
  DEFAULT_SUPPRESSIONS_FILE,
  loadSuppressions,
  saveSuppressions,
  type SuppressionsFile,
} from './suppressions';
import { progressBar } from './progress';
import {
  addResult,
  annotatedPaths,
  buildJobs,
  chooseInputs,
  emptyTally,
  EXIT_USAGE,
  exitCode,
  inputOrder,
  inputPaths,
  reviewReport,
  usageProblem,
  type JobPlan,
  type Tally,
} from './check-plan';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './check-plan';

export interface CheckIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  stderrIsTTY?: boolean;
}

/** How the batch runs; tests point it at a worker script of their own. */
export interface CheckEnv {
  workerScript?: string | null;
  execArgv?: string[];
  /** How the program was started, for advice that names a command (default: installed). */
  launch?: Launch;
  /** Where the sample's annotated copy goes (default: sampleFolder()). */
  sampleFolder?: string;
}

/** Batches at least this long get a progress bar (on a terminal). */
const PROGRESS_MIN_FILES = 20;

/** The sample workbook `npm run check` checks: examples/ next to src/ and lib/ alike. */
export const SAMPLE_WORKBOOK = join(__dirname, '../../examples/sample-2021.xlsx');

/**
 * One folder for the sample's annotated copy, overwritten at each run rather than a new one every
 * time. Named after the user: /tmp is shared on Linux, and another user's folder is not writable.
 */
export function sampleFolder(): string {
  let user = 'user';
  try {
    user = userInfo().username.replace(/[^\w.-]/g, '_') || user;
  } catch {
    // No user name (a container with an unknown uid): the plain name is still one folder.
  }
  return join(tmpdir(), `disclosure-check-sample-${user}`);
}

export async function runCheck(command: CheckCommand, io: CheckIO, env: CheckEnv = {}): Promise<number> {
  const launch = env.launch ?? INSTALLED;
  const notes = checkNotes(command.locale);
  const folder = () => env.sampleFolder ?? sampleFolder();
  const { sample, paths, annotateDir } = chooseInputs(command, { workbook: SAMPLE_WORKBOOK, folder });
  const entries = await expandPaths(paths, { skipDirs: annotateDir ? [annotateDir] : [] });
  const inputs = inputPaths(entries, command.previous);
  const problem = usageProblem(command.output, annotateDir, entries, inputs);
  if (problem) {
    io.stderr(usageMessage(problem, command.locale, launch));
    return EXIT_USAGE;
  }
  const prepared = await prepare(command, entries, annotateDir, inputs);
  if ('failed' in prepared) {
    io.stderr(prepared.failed);
    return EXIT_USAGE;
  }
  const { plan, stream } = prepared;
  const write = (text: string) => {
    if (text === '') return;
    if (stream) stream.write(text);
    else io.stdout(text);
  };
  const presenter = makePresenter(command, stream !== null);
  write(presenter.header());
  const run = await runJobs(command, env, io, buildJobs(entries, command, plan), plan.suppressions, (r) =>
    write(presenter.file(r)),
  );
  const saved = await saveReviews(plan.suppressions, run, notes);
  if (saved !== null) io.stderr(saved.message);
  if (saved?.failed) return EXIT_USAGE;
  write(presenter.footer());
  if (command.format === 'text') {
    if (run.tally.paired.length > 0) write(notes.paired(run.tally.paired));
    if (run.tally.annotated.length > 0) write(notes.annotated(run.tally.annotated, annotateDir as string));
    if (sample) io.stderr(notes.sample(SAMPLE_WORKBOOK, launch));
  }
  if (stream) await closeOutput(stream);
  const exit = exitCode(run.tally, command.maxWarnings);
  if (exit.tooManyWarnings)
    io.stderr(notes.tooManyWarnings(run.tally.warnings, command.maxWarnings as number));
  return exit.code;
}

type Notes = ReturnType<typeof checkNotes>;

/**
 * What the jobs need that takes files: the copies' folder (made), the suppressions (read), last
 * year's report (read to be sure it can be, or paired within the batch). The first failure is said.
 */
async function planJobs(
  command: CheckCommand,
  entries: readonly BatchEntry[],
  annotateDir: string | null,
  inputs: ReadonlySet<string>,
): Promise<JobPlan | { failed: string }> {
  const notes = checkNotes(command.locale);
  let annotateTo: (string | null)[] = entries.map(() => null);
  if (annotateDir !== null) {
    try {
      await mkdir(resolve(annotateDir), { recursive: true });
    } catch (e) {
      return { failed: notes.annotateDirFailed(annotateDir, messageOf(e)) };
    }
    annotateTo = annotatedPaths(entries, annotateDir, inputs);
  }
  const review = command.suppressions;
  const accepting = review.suppressAll || review.suppressRules.length > 0;
  // A file named to accept into may not exist yet; one named only to read must.
  const loaded = await loadSuppressions(
    review.file ?? DEFAULT_SUPPRESSIONS_FILE,
    review.file !== null && !accepting,
  );
  if ('kind' in loaded) return { failed: notes.suppressionsFailed(loaded) };
  if (command.previous === null)
    return {
      annotateTo,
      suppressions: loaded,
      previousOf: entries.length > 1 ? await pairWithinBatch(entries) : entries.map(() => null),
    };
  const last = await readInput(command.previous, { limits: command.limits });
  if ('error' in last)
    return {
      failed: notes.previousUnreadable(command.previous, inputErrorMessage(last.error, command.locale)),
    };
  return { annotateTo, suppressions: loaded, previousOf: entries.map(() => command.previous) };
}

/** Runs the jobs on the worker pool, each result reviewed, counted and handed on in input order. */
async function runJobs(
  command: CheckCommand,
  env: CheckEnv,
  io: CheckIO,
  { jobs, noMatch }: { jobs: FileJob[]; noMatch: Map<number, string> },
  suppressions: SuppressionsFile,
  present: (result: FileResult) => void,
): Promise<{ tally: Tally; added: number; pruned: number }> {
  const notes = checkNotes(command.locale);
  const bar = io.stderrIsTTY && jobs.length >= PROGRESS_MIN_FILES ? progressBar(io.stderr) : null;
  let tally = emptyTally();
  let added = 0;
  let pruned = 0;
  const order = inputOrder(jobs.length, noMatch, notes.noMatch, (result) => {
    tally = addResult(tally, result);
    present(result);
  });
  // Arguments that matched nothing are reported in place, without a job.
  const indexOf = jobs.map((_, i) => i).filter((i) => !noMatch.has(i));
  const onProgress = bar ? (done: number, total: number) => bar.update(done, total) : undefined;
  const options = {
    workers: command.jobs ?? undefined,
    workerScript: env.workerScript,
    execArgv: env.execArgv,
    onProgress,
  };
  await runBatch(
    indexOf.map((i) => jobs[i]),
    options,
    (outcome, k) => {
      if ('report' in outcome) {
        const reviewed = reviewReport(command.suppressions, suppressions, outcome.path, outcome.report);
        outcome.report = reviewed.report;
        added += reviewed.added;
        pruned += reviewed.pruned;
      }
      order.result(indexOf[k], toFileResult(outcome, command.locale, command.quiet));
      if ('annotateError' in outcome && outcome.annotateError)
        io.stderr(notes.annotateFailed(outcome.path, outcome.annotateError));
    },
  );
  order.end();
  bar?.done();
  return { tally, added, pruned };
}

/** Writes the suppressions file when this run changed it: what to say, and whether it failed. */
async function saveReviews(
  suppressions: SuppressionsFile,
  { added, pruned }: { added: number; pruned: number },
  notes: Notes,
): Promise<{ message: string; failed: boolean } | null> {
  if (added === 0 && pruned === 0) return null;
  try {
    await saveSuppressions(suppressions);
    return { message: notes.suppressionsSaved(suppressions.path, added, pruned), failed: false };
  } catch (e) {
    const problem = { kind: 'unreadable', path: suppressions.path, detail: messageOf(e) } as const;
    return { message: notes.suppressionsFailed(problem), failed: true };
  }
}

/** The jobs' plan, then -o FILE opened for the report (null: stdout); or the first failure, said. */
async function prepare(
  command: CheckCommand,
  entries: readonly BatchEntry[],
  annotateDir: string | null,
  inputs: ReadonlySet<string>,
): Promise<{ plan: JobPlan; stream: WriteStream | null } | { failed: string }> {
  const plan = await planJobs(command, entries, annotateDir, inputs);
  if ('failed' in plan) return plan;
  const sink = await openSink(command.output, checkNotes(command.locale));
  return 'failed' in sink ? sink : { plan, stream: sink.stream };
}

/** -o FILE opened for the report, or null for stdout. */
async function openSink(
  output: string | null,
  notes: Notes,
): Promise<{ stream: WriteStream | null } | { failed: string }> {
  if (output === null) return { stream: null };
  try {
    return { stream: await openOutput(output) };
  } catch (e) {
    return { failed: notes.outputFailed(output, messageOf(e)) };
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function makePresenter(command: CheckCommand, toFile: boolean): Presenter {
  if (command.format === 'json') return jsonPresenter();
  if (command.format === 'csv') return csvPresenter({ bom: toFile, locale: command.locale });
  return textPresenter(command.locale, { maxWarnings: command.maxWarnings });
}

export function toFileResult(outcome: JobOutcome, locale: Locale, quiet: boolean): FileResult {
  if ('inputError' in outcome)
    return { path: outcome.path, error: inputErrorMessage(outcome.inputError, locale) };
  if ('internalError' in outcome)
    return { path: outcome.path, error: internalErrorMessage(outcome.internalError, locale) };
  const { source } = outcome;
  const notes = source.notices.map((n) => noticeMessage(n, locale));
  if (source.convertedFrom) notes.unshift(convertedMessage(source.convertedFrom, locale));
  return {
    path: outcome.path,
    report: quiet ? errorsOnly(outcome.report) : outcome.report,
    previous: outcome.previous,
    annotated: outcome.annotated,
    format: source.format,
    notes,
  };
}

/** --quiet: warnings are neither shown nor counted (as ESLint does). */
function errorsOnly(report: Report): Report {
  return { ...report, findings: report.findings.filter((f) => f.severity === 'error'), warnings: 0 };
}

async function pairWithinBatch(entries: readonly BatchEntry[]): Promise<(string | null)[]> {
  const ids: Identity[] = [];
  for (const entry of entries)
    ids.push(
      'noMatch' in entry || inputKind(entry.path) === undefined
        ? { year: null, body: null }
        : await identify(entry.path),
    );
  return pairPrevious(ids).map((j) => (j === null ? null : entries[j].path));
}

async function openOutput(path: string): Promise<WriteStream> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new Error('EISDIR: a folder');
  const stream = createWriteStream(path);
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', fail);
  });
  return stream;
}

function closeOutput(stream: WriteStream): Promise<void> {
  return new Promise((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok())));
}
