import { ArrayGrid, parseRangeA1, toA1, type CellValue, type Grid, type MergedArea } from '../grid';
import type { ExcelFeatures } from './requirements';
import { savedFormatOf, DEFAULT_FORMAT, type CellFormatProperties, type SavedFormat } from './snapshot';

/** The loads queued for one sheet; read them only after the sync. */
export interface SheetReading {
  name: string;
  used: Excel.Range;
  formats: OfficeExtension.ClientResult<CellFormatProperties[][]>;
  merges?: Excel.RangeAreas;
  notes?: Excel.NoteCollection;
}

/** Queues everything a check needs from one sheet; no sync here, so N sheets still cost one round trip. */
export function queueSheetRead(
  context: Excel.RequestContext,
  name: string,
  features: ExcelFeatures,
): SheetReading {
  const sheet = context.workbook.worksheets.getItem(name);
  // Not valuesOnly: formatted blank cells inside a table belong to the grid and to the format snapshot.
  const used = sheet.getUsedRange(false);
  used.load('values,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
  const formats = used.getCellProperties({
    format: { fill: { color: true, tintAndShade: true, pattern: true }, font: { color: true, bold: true } },
  }) as OfficeExtension.ClientResult<CellFormatProperties[][]>;
  const reading: SheetReading = { name, used, formats };
  if (features.merges) {
    reading.merges = used.getMergedAreasOrNullObject();
    reading.merges.load('address');
  }
  if (features.notes) {
    reading.notes = sheet.notes;
    reading.notes.load('items/content');
  }
  return reading;
}

/**
 * Builds the engine's grid with absolute coordinates (the used range may start below/right of A1).
 * `withNumberFormats`: false for readings that loaded values only (汇总 reads no formats).
 */
export function gridOf(
  reading: Pick<SheetReading, 'name' | 'used' | 'merges'>,
  withNumberFormats = true,
): Grid {
  const { used } = reading;
  const values: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const numberFormats: (string | undefined)[][] = Array.from({ length: used.rowIndex }, () => []);
  const pad = new Array<null>(used.columnIndex).fill(null);
  used.values.forEach((row, r) => {
    values.push([...pad, ...row.map((v) => (v === '' ? null : (v as CellValue)))]);
    if (withNumberFormats)
      numberFormats.push([...pad.map(() => undefined), ...(used.numberFormat[r] as string[])]);
  });
  return new ArrayGrid({
    sheet: reading.name,
    values,
    ...(withNumberFormats ? { numberFormats } : {}),
    merges: mergesOf(reading),
  });
}

/** `'Sheet 1'!A1:B2,'Sheet 1'!C3` -> merged areas (the sheet part may contain commas when quoted). */
export function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^,'!]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (const match of address.matchAll(pattern)) {
    const box = parseRangeA1(match[1].replace(/\$/g, ''));
    if (box) areas.push(box);
  }
  return areas;
}

function mergesOf(reading: Pick<SheetReading, 'merges'>): MergedArea[] {
  if (!reading.merges || reading.merges.isNullObject) return [];
  return parseAreas(reading.merges.address);
}

/** The format of each cell in the used range, before any paint; cells outside it have Excel's defaults. */
export function formatLookup(reading: SheetReading): (address: string) => SavedFormat {
  const { used } = reading;
  const rows = reading.formats.value;
  const byAddress = new Map<string, SavedFormat>();
  rows.forEach((row, r) =>
    row.forEach((props, c) =>
      byAddress.set(toA1(used.rowIndex + r, used.columnIndex + c), savedFormatOf(props)),
    ),
  );
  return (address) => byAddress.get(address) ?? DEFAULT_FORMAT;
}
