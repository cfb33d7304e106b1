/**
 * One file of a batch, start to finish: read it (under the limits), read last year's report when
 * paired, check, and write the annotated copy when asked. Runs in a worker thread or in-process;
 * its input and output are plain data, so they cross the thread boundary as they are.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkGrids, type CheckOptions } from '../check';
import { BoundedCache } from '../grid/bounded-cache';
import type { Grid } from '../grid/types';
import { applyReviews, type Acceptance } from '../report/reviews';
import type { Locale, Report } from '../report/types';
import { readInput, type InputError, type InputSource } from '../sources/node/read-file';
import { annotateDocx } from '../docx/annotate';
import { annotatedWorkbook } from '../xlsx/annotate';
import type { Limits } from '../xlsx/limits';

export interface FileJob {
  path: string;
  locale: Locale;
  year: number | null;
  only: readonly string[] | null;
  disable: readonly string[];
  limits: Limits;
  /** Last year's report of the same body: given with --previous, or paired within the batch. */
  previous: string | null;
  /**
   * Where to write the annotated copy, decided by the batch (unique, never an input): `….checked.xlsx`,
   * written as `….checked.docx` instead when the file was read as a Word document.
   */
  annotateTo: string | null;
  /** Review states of this file (the suppressions file): applied before the copy is annotated. */
  accepted?: Acceptance[];
}

export type JobOutcome =
  | {
      path: string;
      report: Report;
      /** How the file was read (format, reader notices, conversion). */
      source: InputSource;
      /** Last year's report as the engine used it for some sheet; null when it was not used. */
      previous: string | null;
      annotated: string | null;
      annotateError?: string;
    }
  | { path: string; inputError: InputError }
  | { path: string; internalError: string };

/**
 * Grids of previous-year files, per worker: with --previous, every job names the same file. A few
 * only: a folder batch pairs each file with a different one.
 */
const previousCache = new BoundedCache<string, Promise<Grid[] | null>>(8);

function previousGrids(path: string, limits: Limits): Promise<Grid[] | null> {
  return previousCache.remember(path, () =>
    readInput(path, { limits }).then((r) => ('grids' in r ? r.grids : null)),
  );
}

export async function runJob(job: FileJob): Promise<JobOutcome> {
  const input = await readInput(job.path, { limits: job.limits, keepWorkbook: job.annotateTo !== null });
  if ('error' in input) return { path: job.path, inputError: input.error };
  try {
    const options: CheckOptions = { locale: job.locale, year: job.year };
    if (job.only) options.only = job.only;
    if (job.disable.length > 0) options.disable = job.disable;
    if (job.previous !== null) {
      const grids = await previousGrids(job.previous, job.limits);
      if (grids) options.previous = { grids, source: basename(job.previous) };
    }
    const checked = checkGrids(input.grids, options);
    // Accepted findings are neither counted nor marked in the annotated copy.
    const report = job.accepted ? applyReviews(checked, job.accepted) : checked;
    // Named only when the engine paired some sheet with it: a report of another body or year is
    // not used (cross-year/previous-mismatch says so), and the output must not claim otherwise.
    const previous =
      options.previous && report.sheetSummaries.some((s) => s.previous !== null) ? job.previous : null;
    let annotated: string | null = null;
    let annotateError: string | undefined;
    if (job.annotateTo !== null) {
      try {
        // A Word file stays Word (shaded cells and comments in a copy of the .docx); anything else
        // becomes an annotated workbook of what was read.
        const bytes = input.source.docx
          ? annotateDocx({ bytes: input.source.docx, report, locale: job.locale, source: basename(job.path) })
          : await annotatedWorkbook({
              workbook: input.workbook ?? null,
              grids: input.grids,
              report,
              source: basename(job.path),
              locale: job.locale,
            });
        const to = input.source.docx ? job.annotateTo.replace(/\.xlsx$/, '.docx') : job.annotateTo;
        await writeFile(to, bytes);
        annotated = to;
      } catch (e) {
        annotateError = e instanceof Error ? e.message : String(e);
      }
    }
    // The .docx bytes kept for annotating do not travel back to the main thread.
    const { docx: _kept, ...source } = input.source;
    return {
      path: job.path,
      report,
      source,
      previous,
      annotated,
      ...(annotateError ? { annotateError } : {}),
    };
  } catch (e) {
    // The engine promises not to throw on bad cells; if it does, say so for this file and go on.
    return { path: job.path, internalError: e instanceof Error ? e.message : String(e) };
  }
}
