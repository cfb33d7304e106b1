/**
 * `disclosure-check check PATH...`: expands the paths, pairs last year's reports, runs the files
 * on the worker pool and streams the report (text, JSON or CSV) to stdout or -o FILE in input
 * order. With no path at all it checks the bundled sample and annotates it into SAMPLE_FOLDER.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { runBatch } from '../batch/pool';
import type { FileJob, JobOutcome } from '../batch/job';
import { identify, pairPrevious, type Identity } from '../batch/pairing';
import { csvPresenter } from '../report/present-csv';
import { jsonPresenter } from '../report/present-json';
import { textPresenter } from '../report/present-text';
import type { FileResult, Presenter } from '../report/types';
import { fileStatus } from '../report/verdict';
import type { Locale, Report } from '../report/types';
import type { CheckCommand } from './args';
import { convertedMessage, noticeMessage } from '../sources/messages';
import { inputKind, readInput } from '../sources/node/read-file';
import {
  checkNotes,
  inputErrorMessage,
  internalErrorMessage,
  usageMessage,
  type UsageProblem,
} from './messages';
import { expandPaths, type BatchEntry } from './paths';
import { INSTALLED, type Launch } from './launch';
import { applyReviews } from '../report/reviews';
import {
  acceptancesFor,
  addAcceptances,
  DEFAULT_SUPPRESSIONS_FILE,
  loadSuppressions,
  pruneAcceptances,
  saveSuppressions,
} from './suppressions';
import { progressBar } from './progress';

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

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

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
  const { locale } = command;
  const launch = env.launch ?? INSTALLED;
  const usage = (problem: UsageProblem) => {
    io.stderr(usageMessage(problem, locale, launch));
    return EXIT_USAGE;
  };
  const notes = checkNotes(locale);
  const sample = command.paths.length === 0;
  const paths = sample ? [SAMPLE_WORKBOOK] : command.paths;
  const annotateDir = command.annotate ?? (sample ? (env.sampleFolder ?? sampleFolder()) : null);

  const entries = await expandPaths(paths, { skipDirs: annotateDir ? [annotateDir] : [] });
  const inputs = new Set(entries.map((e) => resolve(e.path)));
  if (command.previous !== null) inputs.add(resolve(command.previous));
  if (command.output !== null && inputs.has(resolve(command.output)))
    return usage({ kind: 'output-is-input', value: command.output });

  let annotateTo: (string | null)[] = entries.map(() => null);
  if (annotateDir !== null) {
    const dir = resolve(annotateDir);
    if (entries.some((e) => dirname(resolve(e.path)) === dir))
      return usage({ kind: 'annotate-beside-input', value: annotateDir });
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      io.stderr(notes.annotateDirFailed(annotateDir, e instanceof Error ? e.message : String(e)));
      return EXIT_USAGE;
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
  if ('kind' in loaded) {
    io.stderr(notes.suppressionsFailed(loaded));
    return EXIT_USAGE;
  }
  const suppressions = loaded;
  const reviewCounts = { added: 0, pruned: 0 };

  let previousOf: (string | null)[] = entries.map(() => command.previous);
  if (command.previous !== null) {
    const last = await readInput(command.previous, { limits: command.limits });
    if ('error' in last) {
      io.stderr(notes.previousUnreadable(command.previous, inputErrorMessage(last.error, locale)));
      return EXIT_USAGE;
    }
  } else if (entries.length > 1) previousOf = await pairWithinBatch(entries);

  const jobs: FileJob[] = [];
  const noMatch = new Map<number, string>();
  entries.forEach((entry, i) => {
    if ('noMatch' in entry) noMatch.set(i, entry.path);
    jobs.push({
      path: entry.path,
      locale,
      year: command.year,
      only: command.only,
      disable: command.disable,
      limits: command.limits,
      previous:
        previousOf[i] !== null && resolve(previousOf[i] as string) !== resolve(entry.path)
          ? previousOf[i]
          : null,
      annotateTo: annotateTo[i],
      ...(suppressions.files.size > 0 ? { accepted: acceptancesFor(suppressions, entry.path) } : {}),
    });
  });

  let sink: WriteStream | null = null;
  if (command.output !== null) {
    try {
      sink = await openOutput(command.output);
    } catch (e) {
      io.stderr(notes.outputFailed(command.output, e instanceof Error ? e.message : String(e)));
      return EXIT_USAGE;
    }
  }
  const write = (text: string) => {
    if (text === '') return;
    if (sink) sink.write(text);
    else io.stdout(text);
  };

  /** --suppress-all / --suppress-rule accept this run's open findings; --prune-suppressions drops stale entries. */
  const reviewed = (path: string, report: Report): Report => {
    let result = report;
    if (accepting) {
      const chosen = report.findings.filter(
        (f) => review.suppressAll || review.suppressRules.includes(f.ruleId),
      );
      reviewCounts.added += addAcceptances(suppressions, path, chosen, review.reason ?? '');
      result = applyReviews(
        result,
        acceptancesFor(suppressions, path).filter((a) => chosen.some((f) => f.fingerprint === a.fingerprint)),
      );
    }
    if (review.prune && result.unmatched && result.unmatched.length > 0) {
      reviewCounts.pruned += pruneAcceptances(suppressions, path, result.unmatched);
      result = { ...result, unmatched: [] };
    }
    return result;
  };

  const presenter = makePresenter(command, sink !== null);
  const bar = io.stderrIsTTY && jobs.length >= PROGRESS_MIN_FILES ? progressBar(io.stderr) : null;
  const results = { unreadable: 0, invalid: 0, warnings: 0 };
  const annotated: string[] = [];
  const paired: [string, string][] = [];
  write(presenter.header());

  // Arguments that matched nothing are reported in place, without a job.
  const realJobs = jobs.filter((_, i) => !noMatch.has(i));
  const indexOf = jobs.map((_, i) => i).filter((i) => !noMatch.has(i));
  let emitted = 0;
  const emitNoMatchUpTo = (limit: number) => {
    for (; emitted < limit; emitted++) {
      const path = noMatch.get(emitted);
      if (path !== undefined) present({ path, error: notes.noMatch });
    }
  };
  const present = (result: FileResult) => {
    const status = fileStatus(result);
    if (status === 'unreadable') results.unreadable++;
    if (status === 'invalid') results.invalid++;
    if ('report' in result) {
      results.warnings += result.report.warnings;
      if (result.annotated) annotated.push(result.annotated);
      if (result.previous) paired.push([result.path, result.previous]);
    }
    write(presenter.file(result));
  };

  await runBatch(
    realJobs,
    {
      workers: command.jobs ?? undefined,
      workerScript: env.workerScript,
      execArgv: env.execArgv,
      onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
    },
    (outcome, k) => {
      const index = indexOf[k];
      emitNoMatchUpTo(index);
      if ('report' in outcome) outcome.report = reviewed(outcome.path, outcome.report);
      present(toFileResult(outcome, locale, command.quiet));
      emitted = index + 1;
      if ('annotateError' in outcome && outcome.annotateError)
        io.stderr(notes.annotateFailed(outcome.path, outcome.annotateError));
    },
  );
  emitNoMatchUpTo(jobs.length);
  bar?.done();
  if (reviewCounts.added > 0 || reviewCounts.pruned > 0) {
    try {
      await saveSuppressions(suppressions);
      io.stderr(notes.suppressionsSaved(suppressions.path, reviewCounts.added, reviewCounts.pruned));
    } catch (e) {
      io.stderr(
        notes.suppressionsFailed({
          kind: 'unreadable',
          path: suppressions.path,
          detail: e instanceof Error ? e.message : String(e),
        }),
      );
      return EXIT_USAGE;
    }
  }
  write(presenter.footer());
  if (command.format === 'text') {
    if (paired.length > 0) write(notes.paired(paired));
    if (annotated.length > 0) write(notes.annotated(annotated, annotateDir as string));
    if (sample) io.stderr(notes.sample(SAMPLE_WORKBOOK, launch));
  }
  if (sink) await closeOutput(sink);

  if (results.unreadable > 0) return EXIT_USAGE;
  if (results.invalid > 0) return EXIT_FINDINGS;
  if (command.maxWarnings !== null && results.warnings > command.maxWarnings) {
    io.stderr(notes.tooManyWarnings(results.warnings, command.maxWarnings));
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

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

/**
 * `DIR/<name>.checked.xlsx`, unique within the batch and never an input's path. The job turns the
 * extension into `.docx` when the file was read as a Word document (its copy stays Word), so the
 * names are kept unique whatever the extension: `a.docx` and `a.txt` give `a` and `a (2)`.
 */
function annotatedPaths(
  entries: readonly BatchEntry[],
  dir: string,
  inputs: ReadonlySet<string>,
): (string | null)[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    if ('noMatch' in entry || inputKind(entry.path) === undefined) return null;
    const stem = basename(entry.path, extname(entry.path));
    for (let i = 1; ; i++) {
      const path = join(dir, `${stem}${i === 1 ? '' : ` (${i})`}.checked.xlsx`);
      const key = resolve(path).toLowerCase();
      const asWord = path.replace(/\.xlsx$/, '.docx');
      if (!taken.has(key) && !inputs.has(resolve(path)) && !inputs.has(resolve(asWord))) {
        taken.add(key);
        return path;
      }
    }
  });
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
