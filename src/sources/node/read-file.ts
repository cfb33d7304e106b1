/**
 * Reads one input file into grids: .xlsx/.xlsm through exceljs (every worksheet), .txt/.tsv/.csv as
 * text grids named after the file, and the documents the report really lives in through the
 * readers of src/sources: Word (.docx), web pages (.html, .mhtml) and PDF. Old binary formats
 * (.doc, .wps, .xls, .et, .rtf, .odt, .ods) are converted by LibreOffice when it is installed.
 * The content decides the format where it is clear (a .doc that is really a web page or a .docx,
 * an .xls that is an HTML table); the extension decides the rest.
 * Only reads: inputs are never opened for writing. Failure is a value ({ error }), never a throw,
 * so one bad file does not stop the others.
 * Node only (file system, LibreOffice, a pdf.js thread), like everything in src/sources/node: the
 * CLI and its batch workers read files here; the browser reads bytes through src/sources/index.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../../grid/types';
import { readTextGrid, TextReadError, type TextGridKind, type TextReadErrorCode } from '../../grid/text';
import { readDocument } from '../index';
import { extensionOf, READABLE, route, sheetNameOf, type Expected, type ReadAs } from '../route';
import { SourceReadError, type SourceErrorCode, type SourceFormat, type SourceNotice } from '../types';
import { DEFAULT_LIMITS, type Limits } from '../../xlsx/limits';
import { readXlsxWorkbook, XlsxReadError, type XlsxReadErrorCode } from '../../xlsx/read';
import { CONVERTIBLE, ConversionError, convertWithLibreOffice, findSoffice } from './convert';
import { readPdf } from './pdf-extract';

/** How a file is read, by its extension: a reader, or a LibreOffice conversion first. */
export type InputKind = 'xlsx' | TextGridKind | SourceFormat | 'convert';

export type InputErrorCode =
  | XlsxReadErrorCode
  | TextReadErrorCode
  | SourceErrorCode
  | 'unsupported' // an extension we do not read (.md, .jpg, …)
  | 'needs-libreoffice' // an old binary format (.doc, .xls, …) and no LibreOffice to convert it
  | 'conversion-failed' // LibreOffice could not convert it
  | 'not-found'
  | 'directory'
  | 'permission'
  | 'io'
  | 'too-large' // limits.maxFileBytes
  | 'timeout'; // limits.timeoutMs, set by the worker pool

export interface InputError {
  code: InputErrorCode;
  /** The file's extension, lower case with its dot ('' when none). */
  ext: string;
  /** Technical detail for codes where it helps (io, corrupt). */
  detail?: string;
  /** The limit a file exceeded (bytes, cells or milliseconds), for the limit codes. */
  limit?: number;
}

/** How the file was read: its format, what the reader noticed, and whether it was converted. */
export interface InputSource {
  format: SourceFormat | 'xlsx' | 'text';
  notices: SourceNotice[];
  /** The extension of an old format LibreOffice converted (`.doc`), when it was. */
  convertedFrom?: string;
  /** The .docx bytes read, kept when asked (for an annotated Word copy). */
  docx?: Uint8Array;
}

/** A read input: its grids, and for workbooks the loaded exceljs workbook when asked to keep it. */
export type InputResult =
  { grids: Grid[]; workbook?: ExcelJS.Workbook; source: InputSource } | { error: InputError };

export interface ReadInputOptions {
  limits?: Limits;
  /** Keep the exceljs workbook or the .docx bytes (for an annotated copy). */
  keepWorkbook?: boolean;
  /** LibreOffice for old formats; default findSoffice() (PATH, or $DISCLOSURE_CHECK_SOFFICE). */
  soffice?: string | null;
}

/** What the extension promises: a reader of src/sources/route.ts, or an old format to convert. */
function expectedOf(ext: string): Expected | undefined {
  const target = CONVERTIBLE[ext];
  return READABLE[ext] ?? (target ? { old: target } : undefined);
}

export function inputKind(path: string): InputKind | undefined {
  const expected = expectedOf(extensionOf(basename(path)));
  return expected === undefined || typeof expected === 'string' ? expected : 'convert';
}

/** The sheet name a text file's or document's grid gets: its file name without the extension. */
export function textSheetName(path: string): string {
  return sheetNameOf(basename(path));
}

export async function readInput(path: string, options: ReadInputOptions = {}): Promise<InputResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ext = extensionOf(basename(path));
  const fail = (code: InputErrorCode, more: Omit<InputError, 'code' | 'ext'> = {}): InputResult => ({
    error: { code, ext, ...more },
  });
  const fsError = (e: unknown): InputResult =>
    fail(fsErrorCode(e), { detail: shorten(e instanceof Error ? e.message : String(e)) });
  // Existence first: "not found" or "a directory" says more than "unsupported type" for `reports/`.
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('directory');
    if (info.size > limits.maxFileBytes)
      return fail('too-large', { limit: limits.maxFileBytes, detail: String(info.size) });
  } catch (e) {
    return fsError(e);
  }
  const expected = expectedOf(ext);
  if (!expected) return fail('unsupported');

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fsError(e);
  }

  let how = route(expected, bytes);
  // Text named .xlsx: exceljs' reader names what is wrong ("not an .xlsx workbook").
  if ('error' in how && how.error === 'wrong-format' && expected === 'xlsx') how = { read: 'xlsx' };
  let convertedFrom: string | undefined;
  if ('old' in how) {
    const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
    if (soffice === null) return fail('needs-libreoffice');
    try {
      bytes = await convertWithLibreOffice(soffice, path, ext, how.old, limits.timeoutMs);
    } catch (e) {
      if (e instanceof ConversionError) return fail('conversion-failed', { detail: shorten(e.detail) });
      throw e;
    }
    convertedFrom = ext;
    how = { read: how.old };
  }
  if ('error' in how) return fail(how.error);

  try {
    const result = await readAs(how.read, path, bytes, limits, options.keepWorkbook === true);
    if (convertedFrom) result.source.convertedFrom = convertedFrom;
    if (result.grids.some((g) => usedCells(g) > limits.maxCellsPerSheet))
      return fail('too-many-cells', { limit: limits.maxCellsPerSheet });
    return result;
  } catch (e) {
    if (e instanceof XlsxReadError || e instanceof SourceReadError) {
      const code = e.code;
      const limit =
        code === 'unpacked-too-large'
          ? limits.maxUnpackedBytes
          : code === 'too-many-cells'
            ? limits.maxCellsPerSheet
            : undefined;
      return fail(code, { detail: shorten(e.detail), limit });
    }
    if (e instanceof TextReadError) return fail(e.code);
    throw e; // a bug, not bad input
  }
}

async function readAs(
  format: ReadAs,
  path: string,
  bytes: Uint8Array,
  limits: Limits,
  keep: boolean,
): Promise<{ grids: Grid[]; workbook?: ExcelJS.Workbook; source: InputSource }> {
  if (format === 'xlsx') {
    const { workbook, grids } = await readXlsxWorkbook(bytes, { limits });
    const source: InputSource = { format, notices: [] };
    return keep ? { grids, workbook, source } : { grids, source };
  }
  const sheet = textSheetName(path);
  if (format === 'tsv' || format === 'csv')
    return { grids: [readTextGrid(sheet, bytes, format).grid], source: { format: 'text', notices: [] } };
  const document = await readDocument(bytes, format, {
    sheet,
    limits,
    readPdf: (pdf, common) => readPdf(pdf, { ...common, timeoutMs: limits.timeoutMs }),
  });
  const source: InputSource = { format, notices: document.notices };
  if (keep && format === 'docx') source.docx = bytes;
  return { grids: document.grids, source };
}

/**
 * The used rectangle (A1 to the last used row and column): what the engine's scans cost, and
 * what the zip inspection's count of cell tags can never exceed.
 */
function usedCells(grid: Grid): number {
  return grid.rowCount * grid.colCount;
}

/** The input error for a Node file-system error, by its `code` (Node's "Common system errors"). */
export function fsErrorCode(e: unknown): InputErrorCode {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EISDIR') return 'directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  return 'io';
}

/** First line of a library message, capped: enough to search for, not a wall of text. */
function shorten(detail: string | undefined): string | undefined {
  if (detail === undefined) return undefined;
  const line = detail.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
