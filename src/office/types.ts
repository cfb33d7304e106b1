import type { Edition, TableId, Text } from '../format';
import type { Grid } from '../grid/types';
import type { Acceptance } from '../report/reviews';
import type { Locale, Report } from '../report/types';
import type { TotalsMode } from '../template/types';

/**
 * What the task pane asks of the workbook. `src/office/` implements it over Excel.run; the UI receives
 * it through props/context and never touches `Excel` itself (tests pass a fake).
 */
export type CheckScope = 'sheet' | 'workbook';

export interface CheckProgress {
  done: number;
  total: number;
  sheet?: string;
}

export type OfficeFailureCode =
  | 'cell-edit' // the user is editing a cell
  | 'protected' // the sheet is protected: we explain, never unprotect
  | 'sheet-missing' // renamed or deleted between check and paint/select/restore
  | 'changed' // something else the add-in had read (a note, a comment) was removed meanwhile
  | 'requirement' // the Office version lacks a needed API set
  | 'payload' // a request was too large even after chunking
  | 'no-marks' // 清除标记 with nothing to restore
  | 'refused' // the input cannot be used as chosen (汇总: one report twice, editions that differ)
  | 'unknown';

export interface OfficeFailure {
  code: OfficeFailureCode;
  message: Text;
  /** Technical detail for the log (Office error code and message). */
  detail?: string;
  /** When the check itself ran but marking failed (e.g. a protected sheet): its result, with nothing painted. */
  result?: CheckResult;
  /** 汇总 refused: chosen sheets that are one report (same body and year, or same cells), per group. */
  duplicates?: DuplicateSheets[];
}

/** Sheets that are one department's report of one year, and what they share (for the dialog). */
export interface DuplicateSheets {
  sheets: string[];
  note: Text;
}

/** Marks 清除标记 could not remove: the sheet is gone (deleted, or renamed and the workbook reopened). */
export interface UnrestoredSheet {
  /** The sheet's name when it was marked. */
  sheet: string;
  cells: number;
}

export interface ClearResult {
  /** Cells given back their own format. */
  restored: number;
  missing: UnrestoredSheet[];
  /** `Sheet!A1` of the add-in's comments left in place because others replied to them. */
  keptComments: string[];
  /** What else the user should know (Word: cells changed since marking, white for "no shading"). */
  notes?: Text[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: OfficeFailure };

export interface CheckResult {
  scope: CheckScope;
  report: Report;
  checkedAt: Date;
  /** Cells painted on the sheet(s). */
  painted: number;
  /** Notes/comments written (0 where the API set is missing). */
  notes: number;
  /** Features skipped on this Office version, in words for the user. */
  degraded: Text[];
  /**
   * The review states stored in the workbook when the check ran (a damaged value reads as none).
   * `report` holds every finding; the accepted ones were left unpainted.
   */
  acceptances: Acceptance[];
}

/** What 插入模板 asks for. */
export interface InsertTemplateOptions {
  edition: Edition;
  /** Report year for the title; null leaves `（年度）`. */
  year: number | null;
  /** 机关名称 for the title; null or blank leaves `（机关名称）`. */
  body: string | null;
  totals: TotalsMode;
  /**
   * `active-sheet`: fill the template from the tables the engine finds on the active sheet; a report
   * file: from the tables in its grids (read in the pane, see src/taskpane/read-report-file.ts).
   */
  fill: 'none' | 'active-sheet' | FillFromFile;
}

/** A report file the pane has read: its name (for the summary) and its grids. */
export interface FillFromFile {
  file: string;
  grids: readonly Grid[];
}

/** A template cell left empty because its source value could not be read. */
export interface UnreadValue {
  table: TableId;
  /** `行标签 × 列标签`. */
  label: Text;
  /** Where the value was looked for (`Sheet!B7`), when the source table has the cell. */
  source?: string;
  /** That place in a report file's own terms (`第 2 个表格第 7 行第 3 列`), for a file. */
  where?: Text;
  /** What that cell held, as text. */
  raw?: string;
}

export interface TemplateFillSummary {
  /** The sheet filled from; for a report file, the file's name. */
  sheet: string;
  /** Set when the numbers came from a report file rather than a sheet of the workbook. */
  file?: boolean;
  /** Numbers copied. */
  filled: number;
  /**
   * The source range of each table filled; `where` describes it in a report file (`第 2 个表格`,
   * `Sheet1!A23:D36`), where a bare range would not say which table or sheet.
   */
  used: { table: TableId; range: string; where?: Text }[];
  /** Tables the sheet does not hold (their cells keep the template's zeros). */
  notFound: TableId[];
  unread: UnreadValue[];
}

export interface InsertTemplateResult {
  /** The new sheet's name (年报模板, 年报模板 (2), …), now active. */
  sheet: string;
  /** Features this Office version skipped, in words for the user. */
  skipped: Text[];
  /** Present when filling from the active sheet was asked for and possible. */
  fill?: TemplateFillSummary;
}

/** What 汇总 asks for: the departments' sheets, in the order they are added up. */
export interface ConsolidateSheetsOptions {
  sheets: readonly string[];
  /** Leave out departments whose tables have errors (they are listed either way). */
  excludeInvalid: boolean;
  /** 机关名称 for the title of the consolidated sheet; null leaves `（机关名称）`. */
  body: string | null;
  locale: Locale;
}

export interface ConsolidatedDepartment {
  sheet: string;
  included: boolean;
  errors: number;
  warnings: number;
  /** Tables the sheet lacks (counted as 0). */
  missing: TableId[];
  /** Why it is left out, or a caution (included with errors); null when all is well. */
  note: Text | null;
}

export interface ConsolidateSheetsResult {
  /** The new sheet (汇总表, 汇总表 (2), …), now active. */
  sheet: string;
  edition: Edition;
  year: number | null;
  departments: ConsolidatedDepartment[];
  /** Departments' cells that add nothing (unreadable or missing), with the reason. */
  skipped: { sheet: string; label: Text; note: Text }[];
  /** Cells of the new sheet holding a value rather than a SUM formula, and why. */
  values: { address: string; label: Text; reason: Text }[];
  /** The engine's check of the consolidated sheet, run on the sums before it was written. */
  report: Report;
  /** The choice about departments with errors (included by default), stated in every result. */
  policy: Text;
  /** Cautions about the run as a whole (report years that differ). */
  warnings: Text[];
  /** Template features this Office version skipped, in words for the user. */
  skippedFeatures: Text[];
}

/** A sheet of the open workbook, for choosing the departments to consolidate. */
export interface WorkbookSheet {
  name: string;
  active: boolean;
}

/** What the user chose in the pane's check options. */
export interface CheckRequest {
  /** Report year when the titles do not say it; null: from the titles or sheet names. */
  year?: number | null;
  /**
   * Last year's report for the cross-year rules: a sheet of this workbook, 'none' to compare with
   * nothing, or 'auto' (default) to pair sheets by the years and bodies in their titles.
   */
  previous?: { sheet: string } | 'none' | 'auto';
}

export interface WorkbookService {
  check(
    scope: CheckScope,
    locale: Locale,
    onProgress?: (p: CheckProgress) => void,
    request?: CheckRequest,
  ): Promise<Outcome<CheckResult>>;
  /** Restores exactly the formats the last paint replaced (snapshot stored in the workbook). */
  clearMarks(): Promise<Outcome<ClearResult>>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, address: string): Promise<Outcome<void>>;
  /** Calls onChange when a checked sheet's cells change; returns an unsubscribe function. */
  watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>>;
  /** Whether the workbook holds marks from an earlier check (e.g. after reopening). */
  hasMarks(): Promise<boolean>;
  /** Adds the report template as a new sheet and activates it; other sheets are never touched. */
  insertTemplate(options: InsertTemplateOptions): Promise<Outcome<InsertTemplateResult>>;
  /**
   * 汇总: adds a sheet whose input cells sum the chosen department sheets; other sheets are only read.
   */
  consolidate(options: ConsolidateSheetsOptions): Promise<Outcome<ConsolidateSheetsResult>>;
  /** The workbook's sheets in tab order (for choosing departments). */
  listSheets(): Promise<Outcome<WorkbookSheet[]>>;
  /**
   * Replaces the review states stored in the workbook (read back by the next check as
   * `CheckResult.acceptances`); an empty list removes them. Cells are not repainted.
   */
  saveReviews(acceptances: readonly Acceptance[]): Promise<Outcome<void>>;
}
