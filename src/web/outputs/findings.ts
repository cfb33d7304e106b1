/**
 * The findings of a whole batch, to download: a workbook for the office (汇总, one row per file;
 * 问题清单, one row per finding) and the CLI's CSV, the same bytes `disclosure-check check --format
 * csv` writes for the same reports, so scripts built on the CLI take the page's file as well.
 */
import * as ExcelJS from 'exceljs';
import { describeFindingLocation } from '../../report/location';
import { csvPresenter } from '../../report/present-csv';
import type { FileResult } from '../../report/types';
import type { Ratio } from '../../report/indicators';
import type { Finding, Locale, Report, Scalar } from '../../report/types';
import { partlyMissing, tableNames, verdictOf } from '../../report/verdict';
import type { TableId } from '../../format';
import { applyPrintSetup } from '../../xlsx/print-setup';
import type { CheckedFile, FileStatus } from '../types';

interface SheetWords {
  summarySheet: string;
  findingsSheet: string;
  summaryHeaders: readonly string[];
  findingsHeaders: readonly string[];
  status: Record<FileStatus, string>;
  severity: Record<Finding['severity'], string>;
  noTable: string;
  missing(tables: readonly TableId[]): string;
}

const WORDS: Record<Locale, SheetWords> = {
  'zh-CN': {
    summarySheet: '汇总',
    findingsSheet: '问题清单',
    summaryHeaders: [
      '文件',
      '单位',
      '年度',
      '状态',
      '错误数',
      '警告数',
      '上年对照',
      '公开率',
      '纠错率',
      '原因',
    ],
    findingsHeaders: ['文件', '单位', '位置', '级别', '规则', '说明', '应为', '实际', '已确认理由'],
    status: { valid: '通过', invalid: '未通过', unreadable: '无法读取' },
    severity: { error: '错误', warning: '警告' },
    noTable: '未找到年报表格（表二、表三、表四）',
    missing: (tables) => `未找到${tableNames(tables, 'zh-CN')}，该部分未校验`,
  },
  en: {
    summarySheet: 'Summary',
    findingsSheet: 'Findings',
    summaryHeaders: [
      'File',
      'Body',
      'Year',
      'Status',
      'Errors',
      'Warnings',
      'Last year',
      'Disclosure rate',
      'Correction rate',
      'Reason',
    ],
    findingsHeaders: [
      'File',
      'Body',
      'Where',
      'Severity',
      'Rule',
      'Message',
      'Expected',
      'Actual',
      'Accepted because',
    ],
    status: { valid: 'passed', invalid: 'failed', unreadable: 'unreadable' },
    severity: { error: 'error', warning: 'warning' },
    noTable: 'no table of the annual report found (tables 二, 三, 四)',
    missing: (tables) => `not found: ${tableNames(tables, 'en')}; not checked`,
  },
};

/** Column widths in Excel's character units (a Chinese character counts about two). */
const SUMMARY_WIDTHS = [36, 18, 8, 10, 8, 8, 30, 10, 10, 50];
/** Narrower than the text wants, wrapped instead: one A4 landscape page wide stays above 70 %. */
const FINDINGS_WIDTHS = [30, 14, 28, 8, 22, 56, 10, 10, 20];
const RATE_FORMAT = '0.0%';

/** The batch as an .xlsx: 汇总 and 问题清单, ready to filter and to print. */
export async function findingsWorkbook(files: readonly CheckedFile[], locale: Locale): Promise<Uint8Array> {
  const t = WORDS[locale];
  const workbook = new ExcelJS.Workbook();
  const summary = addTableSheet(workbook, t.summarySheet, t.summaryHeaders, SUMMARY_WIDTHS);
  for (const file of files) addRow(summary, summaryRow(file, t));
  rateColumns(summary);
  applyPrintSetup(summary, { titleRows: HEADER_ROW, locale });

  const findings = addTableSheet(workbook, t.findingsSheet, t.findingsHeaders, FINDINGS_WIDTHS);
  for (const file of files) {
    if (!file.report) continue;
    for (const f of file.report.findings) addRow(findings, findingRow(file, f, null, t, locale));
    for (const { finding, reason } of file.report.accepted ?? [])
      addRow(findings, findingRow(file, finding, reason, t, locale));
  }
  for (const column of [1, 3, 6, 9])
    findings.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  applyPrintSetup(findings, { titleRows: HEADER_ROW, locale });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What a cell of these sheets holds; null leaves it empty. */
type CellInput = Scalar;

function summaryRow(file: CheckedFile, t: SheetWords): CellInput[] {
  const { report } = file;
  const indicators = report?.sheetSummaries.find((s) => s.indicators)?.indicators ?? null;
  return [
    file.path,
    file.body,
    file.year,
    t.status[file.status],
    report ? report.errors : null,
    report ? report.warnings : null,
    file.previous,
    rate(indicators?.disclosureRate ?? null),
    rate(indicators?.correctionRate?.overall ?? null),
    report ? reportNote(report, t) : file.error,
  ];
}

const rate = (ratio: Ratio | null): number | null => ratio?.value ?? null;

/** Why a read file is not a plain pass beyond its counts: no table, or tables missing. */
function reportNote(report: Report, t: SheetWords): string | null {
  if (verdictOf(report) === 'no-table') return t.noTable;
  const missing = partlyMissing(report);
  return missing.length > 0 ? t.missing(missing) : null;
}

function findingRow(
  file: CheckedFile,
  f: Finding,
  reason: string | null,
  t: SheetWords,
  locale: Locale,
): CellInput[] {
  return [
    file.path,
    file.body,
    describeFindingLocation(f, locale),
    t.severity[f.severity],
    f.ruleId,
    f.message,
    f.expected,
    f.actual,
    reason,
  ];
}

const HEADER_ROW = { first: 1, last: 1 };

/** A sheet whose first row is a frozen, filtered header (printed as print-setup.ts decides). */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  ws.columns = widths.map((width) => ({ width }));
  const header = ws.getRow(1);
  header.values = [...headers];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, values: readonly CellInput[]): void {
  ws.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v)));
}

function rateColumns(ws: ExcelJS.Worksheet): void {
  for (const column of [8, 9]) ws.getColumn(column).numFmt = RATE_FORMAT;
}

/** Characters XML 1.0 cannot hold (a workbook with them does not open), and Excel's cell limit. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const MAX_CELL_TEXT = 32767;

/**
 * Text for a cell. exceljs writes a string as a string (a shared string, never a formula), so
 * `=HYPERLINK(…)` from a hostile file stays text: nothing to escape here, unlike in the CSV.
 */
function safeText(text: string): string {
  return text.replace(NOT_XML, '').slice(0, MAX_CELL_TEXT);
}

// ---------------------------------------------------------------------------------------------
// CSV.

/** What the CLI hands its presenters for the same file (src/cli/check.ts toFileResult). */
export function fileResultOf(file: CheckedFile): FileResult {
  if (!file.report) return { path: file.path, error: file.error ?? '' };
  return {
    path: file.path,
    report: file.report,
    previous: file.previous,
    annotated: null,
    format: file.format,
    notes: [...file.notices],
  };
}

/** The batch as the CLI's CSV (with the byte-order mark the CLI writes to a file, for Excel). */
export function findingsCsv(files: readonly CheckedFile[], locale: Locale): string {
  const presenter = csvPresenter({ bom: true, locale });
  return presenter.header() + files.map((f) => presenter.file(fileResultOf(f))).join('') + presenter.footer();
}
