/**
 * An exceljs worksheet → one Grid: values as Excel shows them (formula cells by their cached
 * result), merged areas and number formats. Shared by the CLI's reader (src/xlsx/read.ts) and the
 * task pane's (src/taskpane/read-xlsx.ts), so it imports nothing from Node and no exceljs value:
 * the pane loads exceljs in its own chunk, and the caller hands over its ValueType enum.
 */
import type { ValueType, Worksheet } from 'exceljs';
import { ArrayGrid } from '../grid/grid';
import type { CellValue, MergedArea } from '../grid/types';

/** The cell types told apart, from the caller's exceljs (`ExcelJS.ValueType`). */
export type WorksheetValueTypes = Pick<typeof ValueType, 'Merge' | 'Formula'>;

export function gridOfWorksheet(ws: Worksheet, types: WorksheetValueTypes): ArrayGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge report the top-left value; in a Grid only the top-left holds it.
      if (cell.type === types.Merge) return;
      const c = colNumber - 1;
      const value =
        cell.type === types.Formula
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

function mergesOf(ws: Worksheet): MergedArea[] {
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
