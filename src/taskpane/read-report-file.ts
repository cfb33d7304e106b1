/**
 * A report file chosen in the task pane (插入模板 → 报告文件), read into grids with the CLI's readers:
 * Word, web pages and PDF through src/sources, text through src/grid/text, .xlsx through exceljs.
 * As in the CLI the content decides where it is clear (a .doc that is a web page, a .docx that is
 * an old binary) and the extension decides the rest. The pane cannot convert old binary formats
 * (the CLI uses LibreOffice), so it says how to save them as .docx / .xlsx. Failure is a value.
 */
import type { Grid } from '../grid/types';
import { readTextGrid, TextReadError, type TextReadErrorCode } from '../grid/text';
import { readDocument, type ReadDocumentOptions } from '../sources';
import {
  extensionOf,
  READABLE,
  route,
  sheetNameOf,
  type Expected,
  type OldFormat,
  type ReadAs,
} from '../sources/route';
import {
  SourceReadError,
  type SourceErrorCode,
  type SourceFormat,
  type SourceNotice,
} from '../sources/types';
import { DEFAULT_LIMITS, type Limits } from '../xlsx/limits';

export interface ReportFile {
  name: string;
  bytes: Uint8Array;
}

export type ReportFileFormat = SourceFormat | 'xlsx' | 'text';

export type ReportFileErrorCode =
  | SourceErrorCode
  | TextReadErrorCode
  | 'too-large' // limits.maxFileBytes
  | 'unsupported' // an extension no reader takes (.jpg, .zip, …)
  | 'legacy-word' // Word 97-2003 .doc, WPS .wps, RTF: save as .docx
  | 'legacy-sheet' // Excel 97-2003 .xls, WPS .et: save as .xlsx
  | 'failed'; // the reader itself failed (a bug, or the PDF reader could not load)

export type ReportFileRead =
  | { grids: Grid[]; format: ReportFileFormat; notices: SourceNotice[] }
  | {
      error: ReportFileErrorCode;
      /** The file's extension, lower case with its dot ('' when none). */
      ext: string;
      /** The limit exceeded (bytes or cells), for the limit codes. */
      limit?: number;
      /** Technical detail for the console. */
      detail?: string;
    };

export interface ReadReportFileOptions {
  limits?: Limits;
  /** The PDF reader; default pdf.js in the browser. Tests pass the CLI's (Jest cannot load pdf.js). */
  readPdf?: ReadDocumentOptions['readPdf'];
  /** The .xlsx reader; default exceljs, loaded lazily. */
  readXlsx?(bytes: Uint8Array, limits: Limits): Promise<Grid[]>;
}

/** Old binary formats: Office cannot convert them here, so the pane says how to save them. */
const OLD: Readonly<Record<string, OldFormat>> = {
  '.doc': 'docx',
  '.dot': 'docx',
  '.wps': 'docx',
  '.wpt': 'docx',
  '.rtf': 'docx',
  '.xls': 'xlsx',
  '.xlt': 'xlsx',
  '.et': 'xlsx',
  '.ett': 'xlsx',
};

function expectedOf(ext: string): Expected | undefined {
  const old = OLD[ext];
  return READABLE[ext] ?? (old ? { old } : undefined);
}

export async function readReportFile(
  file: ReportFile,
  options: ReadReportFileOptions = {},
): Promise<ReportFileRead> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ext = extensionOf(file.name);
  const fail = (
    error: ReportFileErrorCode,
    more: { limit?: number; detail?: string } = {},
  ): ReportFileRead => ({
    error,
    ext,
    ...more,
  });
  const expected = expectedOf(ext);
  if (!expected) return fail('unsupported');
  if (file.bytes.length > limits.maxFileBytes) return fail('too-large', { limit: limits.maxFileBytes });
  const how = route(expected, file.bytes);
  if ('error' in how) return fail(how.error);
  if ('old' in how) return fail(how.old === 'xlsx' ? 'legacy-sheet' : 'legacy-word');

  try {
    const read = await readAs(how.read, file, limits, options);
    if (read.grids.some((g) => g.rowCount * g.colCount > limits.maxCellsPerSheet))
      return fail('too-many-cells', { limit: limits.maxCellsPerSheet });
    return read;
  } catch (e) {
    if (e instanceof SourceReadError) {
      const limit =
        e.code === 'unpacked-too-large'
          ? limits.maxUnpackedBytes
          : e.code === 'too-many-cells'
            ? limits.maxCellsPerSheet
            : undefined;
      return fail(e.code, { detail: e.detail, ...(limit === undefined ? {} : { limit }) });
    }
    if (e instanceof TextReadError) return fail(e.code, { detail: e.message });
    // Not bad input: a reader that could not load (a chunk that failed to download) or a bug.
    return fail('failed', { detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

async function readAs(
  format: ReadAs,
  file: ReportFile,
  limits: Limits,
  options: ReadReportFileOptions,
): Promise<{ grids: Grid[]; format: ReportFileFormat; notices: SourceNotice[] }> {
  const sheet = sheetNameOf(file.name);
  if (format === 'tsv' || format === 'csv')
    return { grids: [readTextGrid(sheet, file.bytes, format).grid], format: 'text', notices: [] };
  if (format === 'xlsx') {
    const readXlsx =
      options.readXlsx ??
      ((bytes: Uint8Array, l: Limits) => import('./read-xlsx').then((m) => m.readXlsxGrids(bytes, l)));
    return { grids: await readXlsx(file.bytes, limits), format, notices: [] };
  }
  const readPdf =
    options.readPdf ??
    ((bytes: Uint8Array, common: Parameters<NonNullable<ReadDocumentOptions['readPdf']>>[1]) =>
      import('./read-pdf').then((m) => m.readPdfInBrowser(bytes, common)));
  const document = await readDocument(file.bytes, format, { sheet, limits, readPdf });
  return { grids: document.grids, format, notices: document.notices };
}
