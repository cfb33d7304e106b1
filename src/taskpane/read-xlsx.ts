/**
 * .xlsx in the task pane: the CLI's reader (src/xlsx/read.ts) needs Node (Buffer, node:zlib), so
 * the pane checks the zip against the limits with src/sources/zip.ts and then loads exceljs, which
 * is large, lazily: webpack puts the dynamic import in its own chunk, fetched only for an .xlsx.
 * Grids are built as the CLI builds them: values as Excel shows them, merges, number formats.
 */
import type * as ExcelJSTypes from 'exceljs';
import { ArrayGrid } from '../grid/grid';
import type { CellValue, MergedArea } from '../grid/types';
import { openZip } from '../sources/zip';
import { SourceReadError } from '../sources/types';
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
  return workbook.worksheets.map((ws) => worksheetGrid(ExcelJS, ws));
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

function worksheetGrid(ExcelJS: ExcelJSModule, ws: ExcelJSTypes.Worksheet): ArrayGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge repeat the top-left value; in a Grid only the top-left holds it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // `cell.result`: exceljs drops a cached formula result of 0 from `cell.value.result`.
      const value = plainValue(
        cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : cell.value,
      );
      if (value !== null) rowValues[colNumber - 1] = value;
      if (cell.numFmt && cell.numFmt !== 'General') rowFormats[colNumber - 1] = cell.numFmt;
    });
    values[rowNumber - 1] = rowValues;
    if (rowFormats.length > 0) formats[rowNumber - 1] = rowFormats;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return new ArrayGrid({ sheet: ws.name, values, merges: mergesOf(ws), numberFormats: formats });
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** exceljs keeps merges in the private `_merges` map (master address → 1-based range). */
function mergesOf(ws: ExcelJSTypes.Worksheet): MergedArea[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges ?? {};
  return Object.values(internal)
    .filter((m): m is MergeRange => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** What a user sees in the cell: rich text and links as text, errors as `#DIV/0!`, dates as ISO dates. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
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
