/**
 * The annotated copy of a checked workbook (`check --annotate DIR`): flagged cells filled in the
 * add-in's colours (src/report/marks.ts), a note on each with its messages, and a first sheet
 * 校验结果 with the summary and one row per finding linking to its cell. Works on a workbook
 * already loaded for reading, or builds one from text grids; the input file is never touched.
 */
import * as ExcelJS from 'exceljs';
import { TABLE_SECTION } from '../format';
import type { Grid } from '../grid/types';
import { MARK_STYLES, planMarks, type MarkKind } from '../report/marks';
import { formatScalar } from '../report/render';
import type { Locale, Report, Severity } from '../report/types';
import { partlyMissing, tableNames } from '../report/verdict';
import { applyPrintSetup, hasOwnPrintSetup, headerText } from './print-setup';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export const RESULTS_SHEET = '校验结果';
/** The results sheet's column headings: frozen, and repeated on every printed page. */
const HEADER_ROW = 6;

const TEXT = {
  'zh-CN': {
    title: (file: string) => `校验结果：${file}`,
    summary: (r: Report) =>
      `${r.errors} 个错误，${r.warnings} 个警告；找到 ${r.tables.length} 张表` +
      (r.tables.length > 0
        ? `（${r.tables.map((t) => `表${TABLE_SECTION[t.table]} ${t.sheet}!${t.range}`).join('；')}）`
        : '') +
      (partlyMissing(r).length > 0 ? `；未找到${tableNames(partlyMissing(r), 'zh-CN')}` : ''),
    /** Between the summary and the clean line. */
    stop: '。',
    clean: '没有发现问题。',
    cleanPartial: '找到的表格中没有发现问题，未找到的表格没有校验。',
    legend: '标注颜色：深红 = 最可能填错的格；浅红 = 错误；浅黄 = 警告。点击“单元格”一列可跳到该格。',
    tool: `由 ${TOOL_NAME} ${TOOL_VERSION} 生成；原文件未作任何改动。`,
    headers: ['序号', '工作表', '单元格', '级别', '说明', '应为', '实际', '规则'],
    severity: { error: '错误', warning: '警告' } as Record<Severity, string>,
  },
  en: {
    title: (file: string) => `Check results: ${file}`,
    summary: (r: Report) =>
      `${r.errors} error(s), ${r.warnings} warning(s); ${r.tables.length} table(s) found` +
      (r.tables.length > 0
        ? ` (${r.tables.map((t) => `table ${TABLE_SECTION[t.table]} ${t.sheet}!${t.range}`).join('; ')})`
        : '') +
      (partlyMissing(r).length > 0 ? `; not found: ${tableNames(partlyMissing(r), 'en')}` : ''),
    stop: '. ',
    clean: 'No problems found.',
    cleanPartial: 'No problems in the tables found; the tables not found were not checked.',
    legend:
      'Colours: dark red = the cell most likely mistyped; light red = error; light yellow = warning. ' +
      'Click a cell in the "Cell" column to go there.',
    tool: `Written by ${TOOL_NAME} ${TOOL_VERSION}; the original file was not changed.`,
    headers: ['#', 'Sheet', 'Cell', 'Severity', 'Message', 'Expected', 'Actual', 'Rule'],
    severity: { error: 'error', warning: 'warning' } as Record<Severity, string>,
  },
} satisfies Record<Locale, unknown>;

export interface AnnotateInput {
  /** The workbook as loaded for checking (xlsx inputs); null for text inputs, built from grids. */
  workbook: ExcelJS.Workbook | null;
  grids: readonly Grid[];
  report: Report;
  /** The input's file name, for the title of the results sheet. */
  source: string;
  locale: Locale;
}

/** Marks the workbook and adds the results sheet; returns the bytes of the annotated .xlsx. */
export async function annotatedWorkbook(input: AnnotateInput): Promise<Uint8Array> {
  const { workbook, sheetNames } = input.workbook
    ? { workbook: input.workbook, sheetNames: new Map<string, string>() }
    : workbookFromGrids(input.grids);
  markCells(workbook, input.report, sheetNames);
  // The user's sheets print A4, one page wide, unless they set up printing themselves.
  for (const ws of workbook.worksheets)
    if (!hasOwnPrintSetup(ws)) applyPrintSetup(ws, { locale: input.locale });
  addResultsSheet(workbook, input, sheetNames);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function markCells(
  workbook: ExcelJS.Workbook,
  report: Report,
  sheetNames: ReadonlyMap<string, string>,
): void {
  for (const [sheet, cells] of planMarks(report.findings)) {
    const ws = workbook.getWorksheet(sheetNames.get(sheet) ?? sheet);
    if (!ws) continue;
    for (const [address, mark] of cells) {
      const cell = ws.getCell(address);
      paint(cell, mark.kind);
      const ours = mark.messages.join('\n');
      const existing = noteText(cell.note);
      cell.note = existing ? `${existing}\n—\n${ours}` : ours;
    }
  }
}

/**
 * A new style object per cell: exceljs shares style objects between cells loaded with the same
 * style id, so assigning into `cell.fill` would paint every cell sharing it.
 */
function paint(cell: ExcelJS.Cell, kind: MarkKind): void {
  const style = MARK_STYLES[kind];
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } },
    font: { ...(cell.style.font ?? {}), color: { argb: argb(style.fontColor) }, bold: style.bold },
  };
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function addResultsSheet(
  workbook: ExcelJS.Workbook,
  input: AnnotateInput,
  sheetNames: ReadonlyMap<string, string>,
): void {
  const t = TEXT[input.locale];
  const { report } = input;
  const ws = workbook.addWorksheet(uniqueName(workbook, RESULTS_SHEET));
  // First tab, and the one that opens: exceljs orders sheets by its (untyped) `orderNo`.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  const others = workbook.worksheets.filter((w) => w !== ws);
  order(ws).orderNo = Math.min(0, ...others.map((w) => order(w).orderNo)) - 1;
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  // One selected tab only, or Excel opens with a group of sheets selected (exceljs writes
  // `tabSelected` but leaves it out of its types).
  for (const other of others)
    other.views = (other.views ?? []).map(
      (v) => ({ ...v, tabSelected: false }) as unknown as ExcelJS.WorksheetView,
    );

  ws.columns = [6, 16, 14, 8, 80, 10, 10, 28].map((width) => ({ width }));
  ws.getCell('A1').value = t.title(input.source);
  ws.getCell('A1').font = { bold: true, size: 14 };
  const clean = partlyMissing(report).length > 0 ? t.cleanPartial : t.clean;
  ws.getCell('A2').value =
    report.findings.length > 0 ? t.summary(report) : `${t.summary(report)}${t.stop}${clean}`;
  ws.getCell('A3').value = t.legend;
  ws.getCell('A4').value = t.tool;
  const header = ws.getRow(HEADER_ROW);
  header.values = t.headers;
  header.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, tabSelected: true } as unknown as ExcelJS.WorksheetView];

  report.findings.forEach((f, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const sheet = sheetNames.get(f.sheet) ?? f.sheet;
    row.values = [
      i + 1,
      sheet,
      { text: f.address, hyperlink: `${quoteSheet(sheet)}!${f.address}` },
      t.severity[f.severity],
      f.message,
      f.expected === null ? '' : formatScalar(f.expected),
      f.actual === null ? '' : formatScalar(f.actual),
      f.ruleId,
    ];
    row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    const kind: MarkKind = f.ruleId === 'applications/suspect-cell' ? 'suspect' : f.severity;
    paint(row.getCell(4), kind);
  });
  applyPrintSetup(ws, {
    titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    header: headerText(t.title(input.source)),
    locale: input.locale,
  });
}

/** `'My sheet'` quoted as Excel formulas and links want it (always quoted: safe for every name). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function uniqueName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function excelSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
  return cleaned.trim() === '' ? 'Sheet1' : cleaned;
}

/** A workbook holding the text grids, one sheet each; maps grid sheet names to the names used. */
export function workbookFromGrids(grids: readonly Grid[]): {
  workbook: ExcelJS.Workbook;
  sheetNames: Map<string, string>;
} {
  const workbook = new ExcelJS.Workbook();
  const sheetNames = new Map<string, string>();
  for (const grid of grids) {
    const ws = workbook.addWorksheet(uniqueName(workbook, excelSheetName(grid.sheet)));
    sheetNames.set(grid.sheet, ws.name);
    for (let r = 0; r < grid.rowCount; r++)
      for (let c = 0; c < grid.colCount; c++) {
        const v = grid.value(r, c);
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return { workbook, sheetNames };
}
