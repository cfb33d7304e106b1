import { ArrayGrid, parseRangeA1, toA1, type CellValue, type Grid, type MergedArea } from '../grid';
import { failure, FailureSignal, officeErrorCode } from './errors';
import { savedFormatOf, DEFAULT_FORMAT, type CellFormatProperties, type SavedFormat } from './snapshot';

/** What to read of each sheet. */
export interface ReadOptions {
  /** Number formats and each cell's fill and font (the check and its format snapshot need them). */
  formats: boolean;
  /** Merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** The sheet's notes (ExcelApi 1.18), to find the add-in's own. */
  notes: boolean;
  /** Used range of values only (汇总: formatted blank cells do not matter there). */
  valuesOnly: boolean;
}

/** One sheet as read: plain data, whatever number of requests it took. */
export interface SheetData {
  name: string;
  /** Position of the used range (the grid keeps absolute coordinates). */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat?: unknown[][];
  formats?: CellFormatProperties[][];
  merges: MergedArea[];
  /** More than 512 merged areas, which Excel will not return (getMergedAreasOrNullObject): none read. */
  mergesUnread: boolean;
  notes?: Excel.NoteCollection;
}

/**
 * Bytes of response per cell read, for planning a split read: values and number formats are short,
 * getCellProperties with fill and font is about 110 bytes of JSON per cell.
 */
const BYTES_PER_CELL = { formats: 170, values: 40 };
/** Plan each request's response well below Excel on the web's 5 MB response limit. */
export const RESPONSE_BUDGET = 3 * 1024 * 1024;

/**
 * Reads the sheets in one sync. Two limits can refuse that request: the web's 5 MB response (about
 * 30,000 cells with formats) and getMergedAreasOrNullObject's 512 areas per range (docs:
 * Range.getMergedAreasOrNullObject). Then nothing of it was loaded, so it reads again, carefully: the used
 * ranges' sizes first, then bands of rows in batches planned by measured size, then the merges, halving
 * the sheets until the one with too many is found (it is read without merges, and the caller says so).
 * `alsoQueue` re-queues the caller's other loads with every attempt (a refused request loaded nothing).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  alsoQueue: () => void = () => undefined,
): Promise<SheetData[]> {
  alsoQueue();
  const whole = names.map((name) => queueWhole(context, name, options));
  try {
    await context.sync();
    return whole.map((queued) => queued());
  } catch (error) {
    if (!isLimit(error)) throw error;
  }
  return readCarefully(context, names, options, alsoQueue);
}

/** readSheets, naming the sheets renamed or deleted meanwhile (Excel's ItemNotFound names none). */
export async function readNamed(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  alsoQueue?: () => void,
): Promise<SheetData[]> {
  try {
    return await readSheets(context, names, options, alsoQueue);
  } catch (error) {
    if (officeErrorCode(error) !== 'ItemNotFound') throw error;
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    // Sheet names are case-insensitive in Excel.
    const present = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
    const missing = names.filter((n) => !present.has(n.toLowerCase()));
    if (missing.length === 0) throw error;
    throw new FailureSignal(failure('sheet-missing', { sheets: missing.join('”、“') }));
  }
}

function isLimit(error: unknown): boolean {
  return officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded' || isMergeLimit(error);
}

/** The 512-areas failure has no code of its own; it is told by where it happened. */
function isMergeLimit(error: unknown): boolean {
  const info = (error as { debugInfo?: { errorLocation?: string; statement?: string } } | null)?.debugInfo;
  // Stryker disable next-line StringLiteral: equivalent: any text without getMergedAreas reads the same as ''
  return /getMergedAreas/i.test(`${info?.errorLocation ?? ''} ${info?.statement ?? ''}`);
}

const usedRange = (context: Excel.RequestContext, name: string, options: ReadOptions): Excel.Range =>
  // Not valuesOnly for the check: formatted blank cells inside a table belong to the grid and the snapshot.
  context.workbook.worksheets.getItem(name).getUsedRange(options.valuesOnly);

/** Queues everything for one sheet; the returned function reads the result after the sync. */
function queueWhole(context: Excel.RequestContext, name: string, options: ReadOptions): () => SheetData {
  const used = usedRange(context, name, options);
  used.load('values,rowIndex,columnIndex');
  if (options.formats) used.load('numberFormat');
  const formats = options.formats ? queueFormats(used) : undefined;
  const merges = options.merges ? queueMerges(used) : undefined;
  const notes = options.notes ? queueNotes(context, name) : undefined;
  return () => ({
    name,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    ...(options.formats ? { numberFormat: used.numberFormat, formats: formats?.value } : {}),
    merges: merges ? areasOf(merges) : [],
    mergesUnread: false,
    // Stryker disable next-line ObjectLiteral: untestable here: notes are read only on ExcelApi 1.18, which the npm runtime (1.1.110) lacks
    ...(notes ? { notes } : {}),
  });
}

const queueFormats = (range: Excel.Range) =>
  range.getCellProperties({
    format: {
      fill: { color: true, tintAndShade: true, pattern: true, patternColor: true },
      font: { color: true, bold: true },
    },
  }) as OfficeExtension.ClientResult<CellFormatProperties[][]>;

function queueMerges(range: Excel.Range): Excel.RangeAreas {
  const merges = range.getMergedAreasOrNullObject();
  merges.load('address');
  return merges;
}

const queueNotes = (context: Excel.RequestContext, name: string): Excel.NoteCollection =>
  // Stryker disable next-line StringLiteral: untestable here: Worksheet.notes (ExcelApi 1.18) is not in the npm runtime (1.1.110)
  context.workbook.worksheets.getItem(name).notes.load('items/content');

const areasOf = (merges: Excel.RangeAreas): MergedArea[] =>
  merges.isNullObject ? [] : parseAreas(merges.address);

/** Rows [top, bottom) of one sheet's used range: the unit of a split read. */
interface Band {
  sheet: number;
  top: number;
  bottom: number;
}

async function readCarefully(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  alsoQueue: () => void,
): Promise<SheetData[]> {
  alsoQueue();
  const sizes = names.map((name) => {
    const used = usedRange(context, name, options);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  const notes = names.map((name) => (options.notes ? queueNotes(context, name) : undefined));
  await context.sync();

  const sheets: SheetData[] = names.map((name, i) => ({
    name,
    rowIndex: sizes[i].rowIndex,
    columnIndex: sizes[i].columnIndex,
    values: [],
    ...(options.formats ? { numberFormat: [], formats: [] } : {}),
    merges: [],
    mergesUnread: false,
    // Stryker disable next-line ObjectLiteral: untestable here: notes are read only on ExcelApi 1.18, which the npm runtime (1.1.110) lacks
    ...(notes[i] ? { notes: notes[i] } : {}),
  }));
  const perCell = options.formats ? BYTES_PER_CELL.formats : BYTES_PER_CELL.values;
  const cost = (band: Band) => (band.bottom - band.top) * sizes[band.sheet].columnCount * perCell;
  const rowsPerBand = (i: number) =>
    Math.max(1, Math.floor(RESPONSE_BUDGET / (Math.max(1, sizes[i].columnCount) * perCell)));
  const bands: Band[] = sizes.flatMap((size, sheet) =>
    Array.from({ length: Math.ceil(size.rowCount / rowsPerBand(sheet)) }, (_, k) => ({
      sheet,
      top: k * rowsPerBand(sheet),
      bottom: Math.min(size.rowCount, (k + 1) * rowsPerBand(sheet)),
    })),
  );
  // Batches and their halves are read in sheet and row order, so each band is appended to its sheet.
  await readBands(context, bands, cost, (band) => {
    const size = sizes[band.sheet];
    const address = `${toA1(size.rowIndex + band.top, size.columnIndex)}:${toA1(
      size.rowIndex + band.bottom - 1,
      size.columnIndex + size.columnCount - 1,
    )}`;
    const range = context.workbook.worksheets.getItem(names[band.sheet]).getRange(address);
    range.load('values');
    if (options.formats) range.load('numberFormat');
    const formats = options.formats ? queueFormats(range) : undefined;
    return () => {
      const sheet = sheets[band.sheet];
      sheet.values.push(...range.values);
      if (options.formats) {
        sheet.numberFormat?.push(...range.numberFormat);
        sheet.formats?.push(...(formats?.value ?? []));
      }
    };
  });
  if (options.merges) await readMerges(context, sheets, options);
  return sheets;
}

type QueueBand = (band: Band) => () => void;

/** Reads the bands in batches planned to about RESPONSE_BUDGET each. */
async function readBands(
  context: Excel.RequestContext,
  bands: readonly Band[],
  cost: (band: Band) => number,
  queue: QueueBand,
): Promise<void> {
  const batches: Band[][] = [];
  let bytes = Infinity;
  for (const band of bands) {
    if (bytes + cost(band) > RESPONSE_BUDGET) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(band);
    bytes += cost(band);
  }
  for (const batch of batches) await readBatch(context, batch, queue);
}

/** One batch; if Excel still refuses its response, it is halved (a single band by its rows). */
async function readBatch(
  context: Excel.RequestContext,
  batch: readonly Band[],
  queue: QueueBand,
): Promise<void> {
  const finish = batch.map(queue);
  try {
    await context.sync();
    finish.forEach((f) => f());
  } catch (error) {
    if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw error;
    const [band] = batch;
    const middle = Math.floor((band.top + band.bottom) / 2);
    const halves =
      batch.length > 1
        ? [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))]
        : band.bottom - band.top > 1
          ? [[{ ...band, bottom: middle }], [{ ...band, top: middle }]]
          : undefined;
    if (!halves) throw error;
    for (const half of halves) await readBatch(context, half, queue);
  }
}

/**
 * Merged areas of every sheet in one sync; when Excel refuses (a sheet with more than 512), the sheets
 * are halved until that sheet is alone, and it is marked `mergesUnread`.
 */
async function readMerges(
  context: Excel.RequestContext,
  sheets: readonly SheetData[],
  options: ReadOptions,
): Promise<void> {
  const queued = sheets.map((sheet) => queueMerges(usedRange(context, sheet.name, options)));
  try {
    await context.sync();
    sheets.forEach((sheet, i) => (sheet.merges = areasOf(queued[i])));
  } catch (error) {
    if (!isMergeLimit(error)) throw error;
    if (sheets.length === 1) {
      sheets[0].mergesUnread = true;
      return;
    }
    const half = Math.ceil(sheets.length / 2);
    await readMerges(context, sheets.slice(0, half), options);
    await readMerges(context, sheets.slice(half), options);
  }
}

/** Builds the engine's grid with absolute coordinates (the used range may start below/right of A1). */
export function gridOf(sheet: SheetData): Grid {
  const values: CellValue[][] = Array.from({ length: sheet.rowIndex }, () => []);
  const numberFormats: (string | undefined)[][] = Array.from({ length: sheet.rowIndex }, () => []);
  const pad = new Array<null>(sheet.columnIndex).fill(null);
  sheet.values.forEach((row, r) => {
    values.push([...pad, ...row.map((v) => (v === '' ? null : (v as CellValue)))]);
    if (sheet.numberFormat)
      numberFormats.push([...pad.map(() => undefined), ...(sheet.numberFormat[r] as string[])]);
  });
  return new ArrayGrid({
    sheet: sheet.name,
    values,
    ...(sheet.numberFormat ? { numberFormats } : {}),
    merges: sheet.merges,
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

/** The format of each cell in the used range, before any paint; cells outside it have Excel's defaults. */
export function formatLookup(sheet: SheetData): (address: string) => SavedFormat {
  const byAddress = new Map<string, SavedFormat>();
  (sheet.formats ?? []).forEach((row, r) =>
    row.forEach((props, c) =>
      byAddress.set(toA1(sheet.rowIndex + r, sheet.columnIndex + c), savedFormatOf(props)),
    ),
  );
  return (address) => byAddress.get(address) ?? DEFAULT_FORMAT;
}
