/**
 * A report file chosen in the task pane (插入模板 → 报告文件), read into grids with the CLI's readers:
 * Word, web pages and PDF through src/sources, text through src/grid/text, .xlsx through exceljs.
 * As in the CLI the content decides where it is clear (a .doc that is a web page, a .docx that is
 * an old binary) and the extension decides the rest. The pane cannot convert old binary formats
 * (the CLI uses LibreOffice), so it says how to save them as .docx / .xlsx. Failure is a value.
 */
import type { Grid } from '../grid/types';
import { readTextGrid, TextReadError, type TextGridKind, type TextReadErrorCode } from '../grid/text';
import { readDocument, type ReadDocumentOptions } from '../sources';
import { isEncryptedOoxml, sniffBytes } from '../sources/sniff';
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

type Kind = TextGridKind | SourceFormat | 'xlsx' | 'legacy-word' | 'legacy-sheet';

const KINDS: Record<string, Kind> = {
  '.docx': 'docx',
  '.docm': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.txt': 'tsv',
  '.tsv': 'tsv',
  '.csv': 'csv',
  '.doc': 'legacy-word',
  '.dot': 'legacy-word',
  '.wps': 'legacy-word',
  '.wpt': 'legacy-word',
  '.rtf': 'legacy-word',
  '.xls': 'legacy-sheet',
  '.xlt': 'legacy-sheet',
  '.et': 'legacy-sheet',
  '.ett': 'legacy-sheet',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The grid name of a document or text file: the file name without its extension. */
export function sheetNameOf(name: string): string {
  const ext = extensionOf(name);
  return ext ? name.slice(0, -ext.length) : name;
}

const isSheetKind = (kind: Kind) => kind === 'xlsx' || kind === 'csv' || kind === 'legacy-sheet';

type Plan = { read: TextGridKind | SourceFormat | 'xlsx' } | { error: ReportFileErrorCode };

function plan(kind: Kind, bytes: Uint8Array): Plan {
  const sniffed = sniffBytes(bytes);
  if (sniffed === 'empty') return { error: 'empty' };
  // Text keeps its own reader: it names a zip or binary content precisely.
  if (kind === 'tsv' || kind === 'csv') return { read: kind };
  switch (sniffed) {
    case 'zip':
      return { read: isSheetKind(kind) ? 'xlsx' : 'docx' };
    case 'ole':
      if (isEncryptedOoxml(bytes)) return { error: 'encrypted' };
      return { error: isSheetKind(kind) ? 'legacy-sheet' : 'legacy-word' };
    case 'rtf':
      return { error: 'legacy-word' };
    case 'pdf':
    case 'mhtml':
    case 'html':
      return { read: sniffed };
    default:
      if (kind === 'html' || kind === 'mhtml') return { read: kind }; // a fragment without <html>
      return { error: 'wrong-format' };
  }
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
  const kind = KINDS[ext];
  if (!kind) return fail('unsupported');
  if (file.bytes.length > limits.maxFileBytes) return fail('too-large', { limit: limits.maxFileBytes });
  const how = plan(kind, file.bytes);
  if ('error' in how) return fail(how.error);

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
  format: TextGridKind | SourceFormat | 'xlsx',
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
