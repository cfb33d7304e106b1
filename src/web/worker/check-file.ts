/**
 * One file, read and checked inside the page's worker: the pane's reader for every format (the
 * browser's exceljs and pdf.js), the engine, and the result as plain data for the page.
 */
import { checkGrids, type CheckOptions } from '../../check';
import { ArrayGrid } from '../../grid/grid';
import type { Grid } from '../../grid/types';
import type { SheetSummary, Locale } from '../../report/types';
import { detectBody } from '../../report/body';
import { identityFromName } from '../../batch/identity';
import { readReportFile, type ReportFileRead } from '../../taskpane/read-report-file';
import { readXlsxWorkbook } from '../../taskpane/read-xlsx';
import { noticeMessage } from '../../sources/messages';
import { translator } from '../../taskpane/i18n';
import type { MessageKey } from '../../taskpane/i18n';
import type * as ExcelJS from 'exceljs';
import { wordsOf } from '../i18n';
import { isPageReadError, workerWords } from '../i18n/worker';
import type { GridData } from '../types';
import { unreadableResult, type FileResult, type PreviousReport } from './protocol';
import { readPdfInWorker } from './read-pdf';

const MB = 1024 * 1024;

/** A file as read: its grids, and what the annotated copy needs (the workbook, the .docx bytes). */
export interface ReadFile {
  read: ReportFileRead;
  workbook: ExcelJS.Workbook | null;
}

export async function readFile(name: string, bytes: Uint8Array): Promise<ReadFile> {
  let workbook: ExcelJS.Workbook | null = null;
  const read = await readReportFile(
    { name, bytes },
    {
      readPdf: readPdfInWorker,
      readXlsx: async (data, limits) => {
        const loaded = await readXlsxWorkbook(data, limits);
        workbook = loaded.workbook;
        return loaded.grids;
      },
    },
  );
  return { read, workbook };
}

export function gridData(grid: Grid): GridData {
  const values = [];
  const origins = [];
  let hasOrigins = false;
  for (let r = 0; r < grid.rowCount; r++) {
    const row = [];
    for (let c = 0; c < grid.colCount; c++) row.push(grid.value(r, c));
    // Trailing empty cells carry nothing.
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    values.push(row);
    const origin = grid.rowOrigin?.(r);
    origins.push(origin);
    if (origin) hasOrigins = true;
  }
  return {
    sheet: grid.sheet,
    values,
    merges: grid.merges.map((m) => ({ ...m })),
    ...(hasOrigins ? { origins } : {}),
  };
}

export const gridOf = (data: GridData): ArrayGrid => new ArrayGrid(data);

/** The message for a file that could not be read, with what to do, in the page's language. */
export function readErrorMessage(read: Extract<ReportFileRead, { error: unknown }>, locale: Locale): string {
  const words = wordsOf(workerWords, locale);
  if (read.error === 'failed') return words('readerMissing', { detail: read.detail ?? '' });
  if (isPageReadError(read.error)) return words(`read.${read.error}`, { ext: read.ext || '—' });
  const limit =
    read.limit === undefined
      ? undefined
      : read.error === 'too-many-cells'
        ? String(read.limit)
        : `${Math.round(read.limit / MB)} MB`;
  // Typed so that a reader error without a message in the pane's catalogs fails to compile.
  const key: MessageKey = `fileError.${read.error}`;
  return translator(locale).t(key, { ext: read.ext || '—', limit });
}

/** The sheet that names the report: the first with tables, else the first. */
function mainSummary(summaries: readonly SheetSummary[]): SheetSummary | undefined {
  return summaries.find((s) => s.tables > 0) ?? summaries[0];
}

export async function checkFile(
  name: string,
  bytes: Uint8Array,
  locale: Locale,
  previous: PreviousReport | null,
): Promise<FileResult> {
  const { read } = await readFile(name, bytes);
  const named = identityFromName(name);
  if ('error' in read) return unreadableResult(name, readErrorMessage(read, locale), named);
  const options: CheckOptions = { locale };
  if (previous) options.previous = { grids: previous.grids.map(gridOf), source: previous.name };
  const report = checkGrids(read.grids, options);
  const main = mainSummary(report.sheetSummaries);
  return {
    name,
    status: report.valid ? 'valid' : 'invalid',
    report,
    error: null,
    format: read.format,
    notices: read.notices.map((n) => noticeMessage(n, locale)),
    body: main?.body ?? read.grids.map(detectBody).find((b) => b !== null) ?? named.body,
    year: main?.year ?? report.year ?? named.year,
    editions: [...new Set(report.sheetSummaries.flatMap((s) => s.editions))],
    // Named only when the engine paired some sheet with it (as the CLI does).
    previous: previous && report.sheetSummaries.some((s) => s.previous !== null) ? previous.name : null,
    grids: read.grids.map(gridData),
  };
}
