/**
 * Messages between the page and its checking workers (types, and the one result both sides make). Each request carries an id; the worker
 * answers it once, with the result or with a failure message (never a stack trace for the user).
 * Bytes travel as ArrayBuffers (transferred, not copied, where the sender no longer needs them).
 */
import type { Locale, Report } from '../../report/types';
import type { CheckedFile, GridData } from '../types';

/**
 * What a check of one file gives back, every finding open: the page adds id, path and size, and
 * applies its review states.
 */
export type FileResult = Omit<CheckedFile, 'id' | 'path' | 'size'>;

/**
 * A file that could not be read (by the worker, or by the browser before it got there): its
 * reason, and who and which year its name says it is, when it does.
 */
export function unreadableResult(
  name: string,
  error: string,
  named: { body: string | null; year: number | null } = { body: null, year: null },
): FileResult {
  return {
    name,
    status: 'unreadable',
    report: null,
    error,
    format: null,
    notices: [],
    body: named.body,
    year: named.year,
    editions: [],
    previous: null,
    grids: [],
  };
}

/** Last year's report of the same body, as the page already holds it. */
export interface PreviousReport {
  name: string;
  grids: GridData[];
}

export interface DepartmentInput {
  /** What 汇总说明 calls it (the body, when its title names one). */
  name: string;
  /** The file it came from, to name in messages (two files of one body share `name`). */
  file?: string;
  grids: GridData[];
}

export type Task =
  | {
      kind: 'check';
      name: string;
      bytes: ArrayBuffer;
      locale: Locale;
      previous: PreviousReport | null;
    }
  | {
      kind: 'annotate';
      name: string;
      bytes: ArrayBuffer;
      locale: Locale;
      /** The report as the page shows it (accepted findings out): what the copy marks. */
      report: Report;
    }
  | { kind: 'opinion'; file: CheckedFile; locale: Locale; date: string }
  | { kind: 'findings-xlsx'; files: CheckedFile[]; locale: Locale }
  | { kind: 'findings-csv'; files: CheckedFile[]; locale: Locale }
  | { kind: 'consolidate'; departments: DepartmentInput[]; locale: Locale; body: string | null }
  | {
      kind: 'template';
      /** The report to fill from (its name for messages, its body for the title); null for a blank one. */
      source: { name: string; body: string | null; grids: GridData[] } | null;
      year: number | null;
      locale: Locale;
    }
  | { kind: 'zip'; entries: { name: string; bytes: ArrayBuffer }[] };

export interface TaskRequest {
  id: number;
  task: Task;
}

/** A file the worker made for download. */
export interface MadeFile {
  bytes: ArrayBuffer;
  /** A line for the page to show (e.g. how many departments the 汇总 counted), if any. */
  summary?: string;
}

export type TaskReply =
  | { id: number; ok: true; kind: 'check'; result: FileResult }
  | { id: number; ok: true; kind: 'file'; file: MadeFile }
  | { id: number; ok: false; message: string };

/** The first message of a worker: its modules are loaded. */
export const READY = 'ready';

/** The first message to a worker: where the page is, for pdf.js's CMaps and fonts. */
export interface WorkerSetup {
  baseUrl: string;
}
