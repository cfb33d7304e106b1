/**
 * What the browser page (审核台) knows about each file of a batch. Everything here is plain data:
 * it is built in the checking Web Worker and posted to the page, which draws the batch table and
 * one report's view from it and never runs the engine itself.
 */
import type { Edition } from '../format';
import type { CellValue, MergedArea, RowOrigin } from '../grid/types';
import type { Report } from '../report/types';

/** The page's test contract (`data-status` of a batch row); `missing` only for 缺报 rows. */
export type FileStatus = 'valid' | 'invalid' | 'unreadable';

/** A grid as posted by the worker: ArrayGrid's init data (rebuild with `new ArrayGrid(data)`). */
export interface GridData {
  sheet: string;
  values: CellValue[][];
  merges: MergedArea[];
  /** Per row, where it came from in a document; absent for spreadsheets. */
  origins?: (RowOrigin | undefined)[];
}

/** One checked file of the batch. */
export interface CheckedFile {
  /** Position in the batch (stable key). */
  id: number;
  /** The file's name without folders: the row's `data-file`. */
  name: string;
  /** Path within the dropped or picked folder (`科室/某某局2024年报.docx`); the name for single files. */
  path: string;
  size: number;
  status: FileStatus;
  /** The engine's report (accepted findings already taken out); null when unreadable. */
  report: Report | null;
  /** Why the file could not be read, in the page's language (with what to do); null otherwise. */
  error: string | null;
  /** How it was read: 'xlsx', 'text', 'docx', 'html', 'mhtml', 'pdf'; null when unreadable. */
  format: string | null;
  /** Reader notices in the page's language (a table split over pages, a converted layout, …). */
  notices: string[];
  /** Reporting body and year: from the first sheet with tables, else from the file name. */
  body: string | null;
  year: number | null;
  editions: Edition[];
  /** Name of last year's file of the same body used by the cross-year rules; null when none. */
  previous: string | null;
  /** The grids as read, for the report view (tables drawn with the marked cells). */
  grids: GridData[];
}
