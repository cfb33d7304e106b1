/**
 * Reads one input file into grids: .xlsx/.xlsm through exceljs (every worksheet), .txt/.tsv/.csv as
 * text grids named after the file. Only reads: inputs are never opened for writing.
 * Failure is a value ({ error }), never a throw, so one bad file does not stop the others.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../grid/types';
import { readTextGrid, TextReadError, type TextGridKind, type TextReadErrorCode } from '../grid/text';
import { DEFAULT_LIMITS, type Limits } from '../xlsx/limits';
import { readXlsxWorkbook, XlsxReadError, type XlsxReadErrorCode } from '../xlsx/read';

export type InputKind = 'xlsx' | TextGridKind;

export type InputErrorCode =
  | XlsxReadErrorCode
  | TextReadErrorCode
  | 'unsupported' // an extension we do not read (.xls, .et, .docx, .pdf, …)
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

/** A read input: its grids, and for workbooks the loaded exceljs workbook when asked to keep it. */
export type InputResult = { grids: Grid[]; workbook?: ExcelJS.Workbook } | { error: InputError };

export interface ReadInputOptions {
  limits?: Limits;
  /** Keep the exceljs workbook (for an annotated copy). */
  keepWorkbook?: boolean;
}

const KINDS: Record<string, InputKind> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.txt': 'tsv',
  '.tsv': 'tsv',
  '.csv': 'csv',
};

export function inputKind(path: string): InputKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

/** The sheet name a text file's grid gets: its file name without the extension. */
export function textSheetName(path: string): string {
  return basename(path, extname(path));
}

export async function readInput(path: string, options: ReadInputOptions = {}): Promise<InputResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ext = extname(path).toLowerCase();
  const fsError = (e: unknown): InputResult => ({
    error: { code: fsErrorCode(e), ext, detail: shorten(e instanceof Error ? e.message : String(e)) },
  });
  // Existence first: "not found" or "a directory" says more than "unsupported type" for `reports/`.
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { error: { code: 'directory', ext } };
    if (info.size > limits.maxFileBytes)
      return { error: { code: 'too-large', ext, limit: limits.maxFileBytes, detail: String(info.size) } };
  } catch (e) {
    return fsError(e);
  }
  const kind = inputKind(path);
  if (!kind) return { error: { code: 'unsupported', ext } };

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fsError(e);
  }

  try {
    if (kind === 'xlsx') {
      const { workbook, grids } = await readXlsxWorkbook(bytes, { limits });
      if (grids.some((g) => usedCells(g) > limits.maxCellsPerSheet))
        return { error: { code: 'too-many-cells', ext, limit: limits.maxCellsPerSheet } };
      return options.keepWorkbook ? { grids, workbook } : { grids };
    }
    if (bytes.length === 0) return { error: { code: 'empty', ext } };
    const grid = readTextGrid(textSheetName(path), bytes, kind).grid;
    if (usedCells(grid) > limits.maxCellsPerSheet)
      return { error: { code: 'too-many-cells', ext, limit: limits.maxCellsPerSheet } };
    return { grids: [grid] };
  } catch (e) {
    if (e instanceof XlsxReadError) {
      const limit =
        e.code === 'unpacked-too-large'
          ? limits.maxUnpackedBytes
          : e.code === 'too-many-cells'
            ? limits.maxCellsPerSheet
            : undefined;
      return { error: { code: e.code, ext, detail: shorten(e.detail), limit } };
    }
    if (e instanceof TextReadError) return { error: { code: e.code, ext } };
    throw e; // a bug, not bad input
  }
}

/**
 * The used rectangle (A1 to the last used row and column): what the engine's scans cost, and
 * what the zip inspection's count of cell tags can never exceed.
 */
function usedCells(grid: Grid): number {
  return grid.rowCount * grid.colCount;
}

function fsErrorCode(e: unknown): InputErrorCode {
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
