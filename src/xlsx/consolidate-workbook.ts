/**
 * The consolidated report as an .xlsx workbook: 汇总表 (the standard template holding the sums),
 * 分单位明细 (one row per input cell, one column per department, a SUM column and a check column
 * against 汇总表) and 汇总说明 (who is in, who is left out and why, cells not counted, and the
 * engine's check of 汇总表, which runs on the sheet as written before anything is saved).
 */
import * as ExcelJS from 'exceljs';
import { checkGrids } from '../check';
import {
  consolidate,
  consolidatedTemplate,
  departmentNote,
  skippedNote,
  describeDepartment,
  invalidPolicy,
  mixedYears,
  PLAIN_WORDS,
  SHEET_WORDS as W,
  TABLE_NAME,
  sheetReference,
  type ConsolidateOptions,
  type Consolidation,
  type Department,
  type FrontEndWords,
} from '../consolidate';
import type { Grid } from '../grid';
import { toA1 } from '../grid/a1';
import type { Locale, Report } from '../report/types';
import { gridOfWorksheet } from './grid-of-worksheet';
import { applyPrintSetup } from './print-setup';
import { addTemplateSheet } from './template';

/**
 * A department read by the caller: its sheets as grids, an exceljs workbook, or already described
 * (the CLI reads the engine's body and year of each input to refuse duplicates first).
 */
export type DepartmentGrids =
  | { name: string; grids: readonly Grid[] }
  | { name: string; workbook: ExcelJS.Workbook }
  | { name: string; department: Department };

export interface ConsolidateFilesOptions extends ConsolidateOptions {
  /** 机关名称 in the title of 汇总表 (e.g. the city); the title's placeholder without it. */
  body?: string | null;
  locale?: Locale;
  /** The front end's names for its controls, used in 汇总说明's notes. */
  words?: FrontEndWords;
}

export interface ConsolidatedWorkbook {
  workbook: ExcelJS.Workbook;
  consolidation: Consolidation;
  /** The engine's check of 汇总表 as written into the workbook. */
  report: Report;
  /** Paths that could not be read as workbooks, with the reason. */
  unreadable: { name: string; reason: string }[];
}

/**
 * Builds the consolidated workbook from departments already read (no file system: the CLI reads
 * paths in consolidate.ts, the browser page reads dropped files). `unreadable` names the inputs the
 * caller could not read, for 汇总说明.
 */
export async function consolidatedWorkbook(
  sources: readonly DepartmentGrids[],
  options: ConsolidateFilesOptions = {},
  unreadable: ConsolidatedWorkbook['unreadable'] = [],
): Promise<ConsolidatedWorkbook> {
  // The breakdown has a column per department: two inputs of one name (a body's two years on the
  // page, same-named files in two folders) must not share one.
  const names = uniqueNames(sources.map((s) => s.name));
  const departments: Department[] = sources.map((source, i) =>
    'department' in source
      ? { ...source.department, name: names[i] }
      : describeDepartment(names[i], gridsOf(source), { locale: options.locale }),
  );
  const consolidation = consolidate(departments, options);
  const template = { ...consolidatedTemplate(consolidation, options.body ?? null), sheetName: W.reportSheet };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'disclosure-check';
  workbook.calcProperties = { fullCalcOnLoad: true };
  const sheet = await addTemplateSheet(workbook, template);
  // Checked as written: the grid comes from the worksheet, not from our model of it.
  const report = checkGrids([gridOfWorksheet(sheet, ExcelJS.ValueType)], {
    locale: options.locale,
    year: consolidation.year,
  });
  addBreakdown(
    workbook,
    consolidation,
    template.tables.flatMap((t) => t.cells),
  );
  addNotes(workbook, consolidation, report, unreadable, options.words ?? PLAIN_WORDS);
  return { workbook, consolidation, report, unreadable };
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name} (${n})`;
    seen.add(unique);
    return unique;
  });
}

function gridsOf(source: Exclude<DepartmentGrids, { department: Department }>): readonly Grid[] {
  if ('grids' in source) return source.grids;
  return source.workbook.worksheets.map((ws) => gridOfWorksheet(ws, ExcelJS.ValueType));
}

type ValueCell = { table: string; rowId: string; columnId: string; cell: { row: number; col: number } };

const FIRST_DEPARTMENT_COL = W.breakdownHeader.length;

function addBreakdown(
  workbook: ExcelJS.Workbook,
  consolidation: Consolidation,
  templateCells: readonly ValueCell[],
): void {
  const ws = workbook.addWorksheet(W.breakdownSheet, {
    views: [{ state: 'frozen', xSplit: FIRST_DEPARTMENT_COL, ySplit: 2 }],
  });
  const included = consolidation.departments.filter((d) => d.excluded === null).map((d) => d.name);
  const column = new Map(included.map((name, i) => [name, FIRST_DEPARTMENT_COL + i]));
  const lastCol = FIRST_DEPARTMENT_COL + Math.max(included.length, 1) - 1;
  ws.getCell(1, 1).value = W.breakdownTitle;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  const header = ws.getRow(2);
  [...W.breakdownHeader, ...included].forEach((text, c) => (header.getCell(c + 1).value = text));
  header.font = { bold: true };
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 18;

  const where = new Map(templateCells.map((c) => [`${c.table}|${c.rowId}|${c.columnId}`, c.cell]));
  consolidation.cells.forEach((cell, i) => {
    const r = i + 3;
    const row = ws.getRow(r);
    const at = where.get(`${cell.table}|${cell.rowId}|${cell.columnId}`);
    const target = at ? sheetReference(W.reportSheet, at.row, at.col) : '';
    row.getCell(1).value = TABLE_NAME[cell.table].zh;
    row.getCell(2).value = cell.rowLabel.zh;
    row.getCell(3).value = cell.columnLabel.zh;
    row.getCell(4).value = target;
    const sum = `SUM(${toA1(r - 1, FIRST_DEPARTMENT_COL)}:${toA1(r - 1, lastCol)})`;
    row.getCell(5).value = { formula: sum, result: cell.value };
    if (target)
      row.getCell(6).value = {
        formula: `IF(ROUND(${toA1(r - 1, 4)}-${target},6)=0,"${W.agrees}","${W.differs}")`,
        result: W.agrees,
      };
    for (const part of cell.parts) {
      const c = column.get(part.department);
      // What the sums count: numbers as read by the engine; unreadable text as it is (SUM skips it).
      if (c !== undefined) row.getCell(c + 1).value = part.value ?? String(part.raw ?? '');
    }
  });
  // Title and headings on every page; the row labels (表, 行, 列) too if it needs pages side by side.
  applyPrintSetup(ws, { titleRows: { first: 1, last: 2 }, titleColumns: { first: 1, last: 3 } });
}

function addNotes(
  workbook: ExcelJS.Workbook,
  consolidation: Consolidation,
  report: Report,
  unreadable: ConsolidatedWorkbook['unreadable'],
  words: FrontEndWords,
): void {
  const ws = workbook.addWorksheet(W.notesSheet);
  [16, 10, 8, 8, 8, 48, 12, 48].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  const heading = (text: string) => {
    r += r > 1 ? 1 : 0;
    ws.getCell(r, 1).value = text;
    ws.getCell(r++, 1).font = { bold: true, size: 12 };
  };
  const line = (values: readonly (string | number | null)[], bold = false) => {
    const row = ws.getRow(r++);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    if (bold) row.font = { bold: true };
  };

  heading(W.checkHeading);
  line([
    report.errors > 0
      ? W.checkFailed(report.errors, report.warnings)
      : report.warnings > 0
        ? W.checkWarnings(report.warnings)
        : W.checkPassed,
  ]);
  for (const f of report.findings) line([`${f.address} ${f.message}`]);

  heading(W.choicesHeading);
  line([invalidPolicy(consolidation, words).zh]);
  const years = mixedYears(consolidation);
  if (years) line([years.zh]);

  const included = consolidation.departments.filter((d) => d.excluded === null);
  heading(W.includedHeading(included.length));
  line(W.includedHeader, true);
  for (const d of included) {
    const notes = [
      departmentNote(d, consolidation, words)?.zh,
      d.otherYear && d.year !== null ? W.otherYear(d.year) : undefined,
      d.duplicates.length ? W.duplicates(d.duplicates.map((t) => TABLE_NAME[t].zh).join('、')) : undefined,
    ].filter(Boolean);
    line([
      d.name,
      d.editions.join('/') || consolidation.edition,
      d.year,
      d.errors,
      d.warnings,
      d.used.map((u) => `${TABLE_NAME[u.table].zh} ${u.sheet}!${u.range}`).join('；'),
      d.missing.map((t) => TABLE_NAME[t].zh).join('、') || null,
      notes.join('；') || null,
    ]);
  }

  const excluded = consolidation.departments.filter((d) => d.excluded !== null);
  heading(W.excludedHeading(excluded.length));
  if (excluded.length) line(W.excludedHeader, true);
  else line([W.none]);
  for (const d of excluded)
    line([d.name, departmentNote(d, consolidation, words)?.zh ?? null, d.errorMessages.join('\n') || null]);

  heading(W.skippedHeading(consolidation.skipped.length));
  if (consolidation.skipped.length) line(W.skippedHeader, true);
  else line([W.none]);
  for (const s of consolidation.skipped)
    line([s.department, TABLE_NAME[s.table].zh, s.rowLabel.zh, s.columnLabel.zh, skippedNote(s).zh]);

  if (unreadable.length) {
    heading(W.unreadableHeading(unreadable.length));
    line(W.unreadableHeader, true);
    for (const u of unreadable) line([u.name, u.reason]);
  }
  applyPrintSetup(ws);
}
