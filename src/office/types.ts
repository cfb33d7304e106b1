import type { Text } from '../format';
import type { Locale, Report } from '../report/types';

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
  | 'requirement' // the Office version lacks a needed API set
  | 'payload' // a request was too large even after chunking
  | 'no-marks' // 清除标记 with nothing to restore
  | 'unknown';

export interface OfficeFailure {
  code: OfficeFailureCode;
  message: Text;
  /** Technical detail for the log (Office error code and message). */
  detail?: string;
  /** When the check itself ran but marking failed (e.g. a protected sheet): its result, with nothing painted. */
  result?: CheckResult;
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
}

export interface WorkbookService {
  check(
    scope: CheckScope,
    locale: Locale,
    onProgress?: (p: CheckProgress) => void,
  ): Promise<Outcome<CheckResult>>;
  /** Restores exactly the formats the last paint replaced (snapshot stored in the workbook). */
  clearMarks(): Promise<Outcome<{ restored: number; missingSheets?: string[] }>>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, address: string): Promise<Outcome<void>>;
  /** Calls onChange when a checked sheet's cells change; returns an unsubscribe function. */
  watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>>;
  /** Whether the workbook holds marks from an earlier check (e.g. after reopening). */
  hasMarks(): Promise<boolean>;
}
