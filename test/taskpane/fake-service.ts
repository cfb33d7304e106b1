import { checkGrids, type CheckOptions } from '../../src/check';
import type { Text } from '../../src/format';
import type { Grid } from '../../src/grid';
import type {
  CheckProgress,
  CheckRequest,
  CheckResult,
  CheckScope,
  ClearResult,
  ConsolidateSheetsOptions,
  ConsolidateSheetsResult,
  InsertTemplateOptions,
  InsertTemplateResult,
  OfficeFailure,
  Outcome,
  UnrestoredSheet,
  WorkbookService,
  WorkbookSheet,
} from '../../src/office/types';
import { consolidateGrids } from '../../src/office/consolidate';
import { ruleIdsTagged } from '../../src/rules';
import { applyReviews, type Acceptance } from '../../src/report/reviews';
import type { Locale, Report } from '../../src/report/types';
import { reportSheet } from '../support/report-sheet';

/**
 * A WorkbookService over real engine reports: `check` runs the engine on the grids it was given
 * (so the pane shows what the engine really finds), and records every call the UI makes.
 */
export class FakeWorkbookService implements WorkbookService {
  checks: { scope: CheckScope; locale: Locale }[] = [];
  /** The options of each check, as the pane sent them. */
  requests: CheckRequest[] = [];
  selections: { sheet: string; address: string }[] = [];
  clears = 0;
  unwatched = 0;
  watchers: { sheets: readonly string[]; onChange: () => void }[] = [];
  /** The next check/select/clear fails with this, once. */
  failNext: OfficeFailure | null = null;
  /** The next check runs but its marking fails with this (the failure carries the result). */
  failMarking: OfficeFailure | null = null;
  marks: boolean;
  degraded: CheckResult['degraded'] = [];
  templates: InsertTemplateOptions[] = [];
  /** What insertTemplate answers (the sheet name gets a suffix per call, as Excel's unique names do). */
  templateResult: Omit<InsertTemplateResult, 'sheet'> = { skipped: [] };
  /** The review states "stored in the workbook": read by each check, replaced by saveReviews. */
  acceptances: Acceptance[] = [];
  /** Every list saveReviews was given, in order. */
  savedReviews: Acceptance[][] = [];
  /** Changes the engine's report before the pane gets it (hand-built findings, indicators). */
  editReport: (report: Report) => Report = (report) => report;
  private readonly engine: CheckOptions;

  constructor(
    public grids: Grid[],
    options: { marks?: boolean; engine?: CheckOptions } = {},
  ) {
    this.marks = options.marks ?? false;
    this.engine = options.engine ?? {};
  }

  async check(
    scope: CheckScope,
    locale: Locale,
    onProgress?: (p: CheckProgress) => void,
    request: CheckRequest = {},
  ): Promise<Outcome<CheckResult>> {
    this.checks.push({ scope, locale });
    this.requests.push(request);
    const failed = this.takeFailure();
    if (failed) return failed;
    const grids = scope === 'sheet' ? this.grids.slice(0, 1) : this.grids;
    if (scope === 'workbook')
      grids.forEach((g, i) => onProgress?.({ done: i, total: grids.length, sheet: g.sheet }));
    const options: CheckOptions = { ...this.engine, locale };
    if (request.year) options.year = request.year;
    if (typeof request.previous === 'object') {
      const sheet = request.previous.sheet;
      const grid = this.grids.find((g) => g.sheet === sheet);
      if (grid) options.previous = { grids: [grid], source: sheet, sameWorkbook: true };
    }
    if (request.previous === 'none') options.disable = ruleIdsTagged('cross-year');
    const report = this.editReport(checkGrids(grids, options));
    const result: CheckResult = {
      scope,
      report,
      checkedAt: new Date(2024, 2, 5, 9, 30),
      // As ExcelWorkbookService does: accepted findings are not painted.
      painted: applyReviews(report, this.acceptances).findings.length,
      notes: 0,
      degraded: this.degraded,
      acceptances: [...this.acceptances],
    };
    // As ExcelWorkbookService does when the check ran but marking failed (a protected sheet).
    const markingFailure = this.failMarking;
    this.failMarking = null;
    if (markingFailure) return { ok: false, error: { ...markingFailure, result: { ...result, painted: 0 } } };
    if (result.painted > 0) this.marks = true;
    return { ok: true, value: result };
  }

  /** Sheets the next 清除标记 reports as not found. */
  missingOnClear: UnrestoredSheet[] = [];
  /** Comments the next 清除标记 reports as kept (others replied). */
  keptOnClear: string[] = [];
  /** What else the next 清除标记 says (the Word service's notes); none when empty. */
  notesOnClear: Text[] = [];

  async clearMarks(): Promise<Outcome<ClearResult>> {
    this.clears++;
    const failed = this.takeFailure();
    if (failed) return failed;
    if (!this.marks)
      return {
        ok: false,
        error: { code: 'no-marks', message: { zh: '没有可清除的标记。', en: 'No marks to clear.' } },
      };
    this.marks = false;
    const notes = this.notesOnClear.length ? { notes: this.notesOnClear } : {};
    return {
      ok: true,
      value: { restored: 7, missing: this.missingOnClear, keptComments: this.keptOnClear, ...notes },
    };
  }

  async select(sheet: string, address: string): Promise<Outcome<void>> {
    this.selections.push({ sheet, address });
    return this.takeFailure() ?? { ok: true, value: undefined };
  }

  async watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>> {
    const watcher = { sheets, onChange };
    this.watchers.push(watcher);
    return async () => {
      this.unwatched++;
      this.watchers = this.watchers.filter((w) => w !== watcher);
    };
  }

  async hasMarks(): Promise<boolean> {
    return this.marks;
  }

  async insertTemplate(options: InsertTemplateOptions): Promise<Outcome<InsertTemplateResult>> {
    this.templates.push(options);
    const failed = this.takeFailure();
    if (failed) return failed;
    const n = this.templates.length;
    return { ok: true, value: { sheet: n === 1 ? '年报模板' : `年报模板 (${n})`, ...this.templateResult } };
  }

  consolidations: ConsolidateSheetsOptions[] = [];

  /** Runs the real consolidation (engine, template, check) on the chosen grids; nothing to write. */
  async consolidate(options: ConsolidateSheetsOptions): Promise<Outcome<ConsolidateSheetsResult>> {
    this.consolidations.push(options);
    const failed = this.takeFailure();
    if (failed) return failed;
    const grids = this.grids.filter((g) => options.sheets.includes(g.sheet));
    const made = consolidateGrids(grids, options, '汇总表');
    if ('refused' in made) return { ok: false, error: made.refused };
    return { ok: true, value: { ...made.summary, values: [], skippedFeatures: [] } };
  }

  async listSheets(): Promise<Outcome<WorkbookSheet[]>> {
    return (
      this.takeFailure() ?? {
        ok: true,
        value: this.grids.map((g, i) => ({ name: g.sheet, active: i === 0 })),
      }
    );
  }

  async saveReviews(acceptances: readonly Acceptance[]): Promise<Outcome<void>> {
    this.savedReviews.push([...acceptances]);
    const failed = this.takeFailure();
    if (failed) return failed;
    this.acceptances = [...acceptances];
    return { ok: true, value: undefined };
  }

  /** Simulates the user editing a checked cell. */
  editCells(): void {
    for (const w of this.watchers) w.onChange();
  }

  private takeFailure(): { ok: false; error: OfficeFailure } | undefined {
    const error = this.failNext;
    this.failNext = null;
    return error ? { ok: false, error } : undefined;
  }
}

/**
 * A report sheet with two injected errors: table 三 自然人 × 予以公开 raised by 2 (the engine names it
 * as the suspect cell, with row and column totals failing) and 商业企业 × 本年新收 stored as text.
 */
export function sheetWithErrors(): Grid {
  const sheet = reportSheet();
  const granted = sheet.at('applications', 'granted', 'natural-person');
  sheet.set('applications', 'granted', 'natural-person', Number(sheet.rows[granted.row][granted.col]) + 2);
  const received = sheet.at('applications', 'new', 'commercial');
  sheet.set('applications', 'new', 'commercial', String(sheet.rows[received.row][received.col]));
  return sheet.grid();
}
