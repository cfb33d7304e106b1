/**
 * The decisions of `disclosure-check check` (src/cli/check.ts), apart from files and workers: what is
 * checked and where copies go, which arguments are refused, the jobs, the review of each report, the
 * results in input order, and the exit code. Plain data in, plain data out.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FileJob } from '../batch/job';
import { applyReviews } from '../report/reviews';
import type { FileResult, Report } from '../report/types';
import { fileStatus } from '../report/verdict';
import { inputKind } from '../sources/node/read-file';
import type { CheckCommand, SuppressionsRequest } from './args';
import type { UsageProblem } from './messages';
import type { BatchEntry } from './paths';
import { acceptancesFor, addAcceptances, pruneAcceptances, type SuppressionsFile } from './suppressions';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** What is checked: the paths given, or the bundled sample (annotated into a folder of its own). */
export function chooseInputs(
  command: Pick<CheckCommand, 'paths' | 'annotate'>,
  sample: { workbook: string; folder: () => string },
): { sample: boolean; paths: string[]; annotateDir: string | null } {
  const isSample = command.paths.length === 0;
  return {
    sample: isSample,
    paths: isSample ? [sample.workbook] : command.paths,
    annotateDir: command.annotate ?? (isSample ? sample.folder() : null),
  };
}

/** Every input's absolute path, --previous's included: nothing is ever written over one. */
export function inputPaths(entries: readonly BatchEntry[], previous: string | null): Set<string> {
  const inputs = new Set(entries.map((e) => resolve(e.path)));
  if (previous !== null) inputs.add(resolve(previous));
  return inputs;
}

/** -o naming an input, or --annotate naming an input's own folder: refused before anything runs. */
export function usageProblem(
  output: string | null,
  annotateDir: string | null,
  entries: readonly BatchEntry[],
  inputs: ReadonlySet<string>,
): UsageProblem | null {
  if (output !== null && inputs.has(resolve(output))) return { kind: 'output-is-input', value: output };
  if (annotateDir !== null && entries.some((e) => dirname(resolve(e.path)) === resolve(annotateDir)))
    return { kind: 'annotate-beside-input', value: annotateDir };
  return null;
}

/**
 * `DIR/<name>.checked.xlsx`, unique within the batch and never an input's path. The job turns the
 * extension into `.docx` when the file was read as a Word document (its copy stays Word), so the
 * names are kept unique whatever the extension: `a.docx` and `a.txt` give `a` and `a (2)`.
 */
export function annotatedPaths(
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

/** What each input is checked with, decided before the batch runs. */
export interface JobPlan {
  /** Last year's report of each input, if any. */
  previousOf: (string | null)[];
  /** Where each input's annotated copy goes, if anywhere. */
  annotateTo: (string | null)[];
  suppressions: SuppressionsFile;
}

/** One job per input, in input order; arguments that matched nothing are listed by index, not run. */
export function buildJobs(
  entries: readonly BatchEntry[],
  command: CheckCommand,
  plan: JobPlan,
): { jobs: FileJob[]; noMatch: Map<number, string> } {
  const noMatch = new Map<number, string>();
  const jobs = entries.map((entry, i): FileJob => {
    if ('noMatch' in entry) noMatch.set(i, entry.path);
    const previous = plan.previousOf[i];
    return {
      path: entry.path,
      locale: command.locale,
      year: command.year,
      only: command.only,
      disable: command.disable,
      limits: command.limits,
      // A file is never its own last year.
      previous: previous !== null && resolve(previous) !== resolve(entry.path) ? previous : null,
      annotateTo: plan.annotateTo[i],
      ...(plan.suppressions.files.size > 0
        ? { accepted: acceptancesFor(plan.suppressions, entry.path) }
        : {}),
    };
  });
  return { jobs, noMatch };
}

/**
 * --suppress-all / --suppress-rule accept this run's open findings into `suppressions`;
 * --prune-suppressions drops its stale entries. The report as reviewed, and how many entries changed.
 */
export function reviewReport(
  review: SuppressionsRequest,
  suppressions: SuppressionsFile,
  path: string,
  report: Report,
): { report: Report; added: number; pruned: number } {
  let result = report;
  let added = 0;
  let pruned = 0;
  if (review.suppressAll || review.suppressRules.length > 0) {
    const chosen = report.findings.filter(
      (f) => review.suppressAll || review.suppressRules.includes(f.ruleId),
    );
    added = addAcceptances(suppressions, path, chosen, review.reason ?? '');
    const accepted = acceptancesFor(suppressions, path);
    result = applyReviews(
      result,
      accepted.filter((a) => chosen.some((f) => f.fingerprint === a.fingerprint)),
    );
  }
  if (review.prune && result.unmatched && result.unmatched.length > 0) {
    pruned = pruneAcceptances(suppressions, path, result.unmatched);
    result = { ...result, unmatched: [] };
  }
  return { report: result, added, pruned };
}

/** What the batch's results add up to, for the closing notes and the exit code. */
export interface Tally {
  unreadable: number;
  invalid: number;
  warnings: number;
  annotated: string[];
  paired: [string, string][];
}

export const emptyTally = (): Tally => ({
  unreadable: 0,
  invalid: 0,
  warnings: 0,
  annotated: [],
  paired: [],
});

/** The tally with one more file's result counted. */
export function addResult(tally: Tally, result: FileResult): Tally {
  const status = fileStatus(result);
  const next: Tally = {
    ...tally,
    unreadable: tally.unreadable + (status === 'unreadable' ? 1 : 0),
    invalid: tally.invalid + (status === 'invalid' ? 1 : 0),
  };
  if (!('report' in result)) return next;
  return {
    ...next,
    warnings: next.warnings + result.report.warnings,
    annotated: result.annotated ? [...next.annotated, result.annotated] : next.annotated,
    paired: result.previous ? [...next.paired, [result.path, result.previous]] : next.paired,
  };
}

/** Exit 2 when a file could not be read, 1 for errors or too many warnings (then said), else 0. */
export function exitCode(
  tally: Tally,
  maxWarnings: number | null,
): { code: number; tooManyWarnings: boolean } {
  if (tally.unreadable > 0) return { code: EXIT_USAGE, tooManyWarnings: false };
  if (tally.invalid > 0) return { code: EXIT_FINDINGS, tooManyWarnings: false };
  if (maxWarnings !== null && tally.warnings > maxWarnings)
    return { code: EXIT_FINDINGS, tooManyWarnings: true };
  return { code: EXIT_OK, tooManyWarnings: false };
}

/**
 * Results in input order while the jobs finish in theirs: an argument that matched nothing is given
 * `error` in its place, just before the next result after it (or at the end).
 */
export function inputOrder(
  count: number,
  noMatch: ReadonlyMap<number, string>,
  error: string,
  emit: (result: FileResult) => void,
): { result(index: number, result: FileResult): void; end(): void } {
  let emitted = 0;
  const upTo = (limit: number) => {
    for (; emitted < limit; emitted++) {
      const path = noMatch.get(emitted);
      if (path !== undefined) emit({ path, error });
    }
  };
  return {
    result(index, result) {
      upTo(index);
      emit(result);
      emitted = index + 1;
    },
    end: () => upTo(count),
  };
}
