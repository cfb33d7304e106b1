/**
 * Reads an .xlsx workbook (exceljs) into one Grid per worksheet: values as Excel shows them
 * (formula cells by their cached result), merged areas and number formats. Read-only: it works on
 * bytes the caller has read, so the input file is never opened for writing.
 */
import * as ExcelJS from 'exceljs';
import { ArrayGrid } from '../grid/grid';
import type { CellValue, MergedArea } from '../grid/types';
import type { Limits } from './limits';
import { inspectZip, ZipProblem } from './zip-inspect';

/** Why a workbook could not be read; the front end renders the message per locale. */
export type XlsxReadErrorCode =
  | 'empty' // 0 bytes
  | 'encrypted' // password-protected OOXML (a CFB container holding EncryptionInfo)
  | 'legacy' // another CFB file: Excel 97-2003 .xls, WPS .et, Word .doc
  | 'not-zip' // not an OOXML container at all
  | 'corrupt' // a zip exceljs could not read as a workbook
  | 'no-sheets' // a zip without worksheets (a renamed .docx, …)
  | 'truncated' // a zip cut short: no central directory, or entries beyond the end
  | 'unpacked-too-large' // limits.maxUnpackedBytes (zip bombs)
  | 'too-many-cells'; // limits.maxCellsPerSheet

export class XlsxReadError extends Error {
  constructor(
    readonly code: XlsxReadErrorCode,
    message: string,
    /** What exceljs said, for `corrupt`. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Tells what kind of container the bytes are before exceljs gets a chance to fail obscurely. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError('empty', 'the file is empty');
  if (startsWith(bytes, CFB_MAGIC)) {
    // Encrypted OOXML keeps the package in a CFB stream named "EncryptionInfo" (UTF-16LE name).
    const marker = Buffer.from('EncryptionInfo', 'utf16le');
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker))
      throw new XlsxReadError('encrypted', 'the workbook is password-protected');
    throw new XlsxReadError('legacy', 'the file is in the old binary format (.xls / .et), not .xlsx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError('not-zip', 'the file is not an .xlsx workbook');
}

export interface ReadXlsxOptions {
  /** When given, the zip is inspected against them before exceljs loads it. */
  limits?: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>;
}

/** Reads every worksheet, in tab order. Throws XlsxReadError when the bytes are not a readable workbook. */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<ArrayGrid[]> {
  return (await readXlsxWorkbook(bytes, options)).grids;
}

/** As readXlsx, keeping the loaded workbook too (for an annotated copy without loading it twice). */
export async function readXlsxWorkbook(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): Promise<{ workbook: ExcelJS.Workbook; grids: ArrayGrid[] }> {
  sniff(bytes);
  if (options.limits) {
    try {
      inspectZip(bytes, options.limits);
    } catch (e) {
      if (e instanceof ZipProblem) throw new XlsxReadError(e.code, e.message, e.message);
      throw e;
    }
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter as an ArrayBuffer look-alike; at run time it takes a Node Buffer.
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new XlsxReadError('corrupt', `the workbook is damaged or not a workbook (${detail})`, detail);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new XlsxReadError('no-sheets', 'the file holds no worksheets');
  return { workbook, grids: sheets.map(worksheetGrid) };
}

export function worksheetGrid(ws: ExcelJS.Worksheet): ArrayGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge report the top-left value; in a Grid only the top-left holds it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = colNumber - 1;
      const value =
        cell.type === ExcelJS.ValueType.Formula
          ? // `cell.result`, not `cell.value.result`: exceljs drops a cached result of 0 from the latter.
            plainValue(cell.result as unknown)
          : plainValue(cell.value);
      if (value !== null) rowValues[c] = value;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') rowFormats[c] = fmt;
    });
    values[r] = rowValues;
    if (rowFormats.length > 0) formats[r] = rowFormats;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= []; // rows exceljs skipped as empty
  return new ArrayGrid({ sheet: ws.name, values, merges: mergesOf(ws), numberFormats: formats });
}

/** exceljs keeps merges in the private `_merges` map (master address → Range, 1-based). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  // Private field, read to avoid `ws.model`, which serialises the whole sheet to list merges.
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  if (!internal) return [];
  const merges: MergedArea[] = [];
  for (const m of Object.values(internal)) {
    if (!m) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Flattens an exceljs value to what a user sees: rich text and hyperlinks as their text, errors
 * as `#DIV/0!`, dates as ISO dates (`2021-12-31`, with the time only when there is one).
 */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return o.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
    if (typeof o.error === 'string') return o.error;
    if ('hyperlink' in o || 'text' in o) return plainValue(o.text);
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  }
  return null;
}

function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  // exceljs builds dates in UTC; a whole day is shown without its midnight.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
