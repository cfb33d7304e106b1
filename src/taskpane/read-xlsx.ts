/**
 * .xlsx in the task pane: the CLI's reader (src/xlsx/read.ts) needs Node (Buffer, node:zlib), so
 * the pane checks the zip against the limits with src/sources/zip.ts and then loads exceljs, which
 * is large, lazily: webpack puts the dynamic import in its own chunk, fetched only for an .xlsx.
 * Grids are built by the CLI's builder (src/xlsx/grid-of-worksheet.ts).
 */
import type * as ExcelJSTypes from 'exceljs';
import type { ArrayGrid } from '../grid/grid';
import { openZip } from '../sources/zip';
import { SourceReadError } from '../sources/types';
import { gridOfWorksheet } from '../xlsx/grid-of-worksheet';
import type { Limits } from '../xlsx/limits';

type ExcelJSModule = typeof ExcelJSTypes;

/** A worksheet part: `xl/worksheets/sheet1.xml` (any folder casing). */
const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;
/** A cell element, with or without a namespace prefix: `<c r="A1">`, `<x:c …>`, `<c/>`. */
const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;

/**
 * Reads every worksheet, in tab order. Throws SourceReadError for a damaged or oversized zip
 * (checked before exceljs sees it), 'wrong-format' for a zip without worksheets (a renamed .docx).
 */
export async function readXlsxGrids(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>,
): Promise<ArrayGrid[]> {
  return (await readXlsxWorkbook(bytes, limits)).grids;
}

/** As readXlsxGrids, keeping the loaded workbook (the browser page annotates it without a reload). */
export async function readXlsxWorkbook(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>,
): Promise<{ workbook: ExcelJSTypes.Workbook; grids: ArrayGrid[] }> {
  if (!checkZip(bytes, limits)) throw new SourceReadError('wrong-format', 'a zip without worksheets');
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types the parameter as a Node Buffer; JSZip underneath takes a Uint8Array anywhere.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new SourceReadError('corrupt', `exceljs: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (workbook.worksheets.length === 0) throw new SourceReadError('wrong-format', 'no worksheets');
  return { workbook, grids: workbook.worksheets.map((ws) => gridOfWorksheet(ws, ExcelJS.ValueType)) };
}

/**
 * Inflates every entry once under the unpacked-bytes budget (exceljs would inflate them all, with no
 * limit) and counts each worksheet's cells. True when the zip holds a worksheet.
 */
function checkZip(bytes: Uint8Array, limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>): boolean {
  const zip = openZip(bytes, limits);
  const text = new TextDecoder('latin1');
  let sheets = 0;
  for (const name of zip.names) {
    if (name.endsWith('/')) continue;
    const content = zip.read(name);
    if (!WORKSHEET.test(name)) continue;
    sheets++;
    const cells = text.decode(content).match(CELL_TAG)?.length ?? 0;
    if (cells > limits.maxCellsPerSheet)
      throw new SourceReadError('too-many-cells', `${name}: ${cells} cells`, limits.maxCellsPerSheet);
  }
  return sheets > 0;
}

/** The module, whether the bundler hands over its namespace or a CommonJS default export. */
async function loadExcelJS(): Promise<ExcelJSModule> {
  const ns: ExcelJSModule | { default: ExcelJSModule } = await import(
    /* webpackChunkName: "exceljs" */ 'exceljs'
  );
  return 'Workbook' in ns ? ns : ns.default;
}
