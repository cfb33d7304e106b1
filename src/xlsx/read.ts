/**
 * Reads an .xlsx workbook (exceljs) into one Grid per worksheet: values as Excel shows them
 * (formula cells by their cached result), merged areas and number formats. Read-only: it works on
 * bytes the caller has read, so the input file is never opened for writing.
 */
import * as ExcelJS from 'exceljs';
import { OLE_SIGNATURE, startsWith, ZIP_SIGNATURE } from '../grid/bytes';
import { isEncryptedOoxml } from '../sources/sniff';
import type { ArrayGrid } from '../grid/grid';
import { gridOfWorksheet } from './grid-of-worksheet';
import type { Limits } from './limits';
import { inspectZip, ZipProblem } from './zip-inspect';

export { plainValue } from './grid-of-worksheet';

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

/** Tells what kind of container the bytes are before exceljs gets a chance to fail obscurely. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError('empty', 'the file is empty');
  if (isEncryptedOoxml(bytes)) throw new XlsxReadError('encrypted', 'the workbook is password-protected');
  if (startsWith(bytes, OLE_SIGNATURE))
    throw new XlsxReadError('legacy', 'the file is in the old binary format (.xls / .et), not .xlsx');
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new XlsxReadError('not-zip', 'the file is not an .xlsx workbook');
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

/** One worksheet as a Grid (the pure part, shared with the task pane, is in grid-of-worksheet.ts). */
export function worksheetGrid(ws: ExcelJS.Worksheet): ArrayGrid {
  return gridOfWorksheet(ws, ExcelJS.ValueType);
}
