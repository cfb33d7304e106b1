import type { Acceptance } from '../report/reviews';
import type { Locale } from '../report/types';
import { PaintFailed, runCheck } from './check';
import { runClear } from './clear';
import { consolidateFailure, runConsolidate } from './consolidate';
import { failure, FailureSignal, toFailure } from './errors';
import type { OfficeGlobals } from './host';
import { fill, ROLLBACK_FAILED } from './messages';
import { detectFeatures, REQUIRED_API, type ExcelFeatures } from './requirements';
import { runSaveReviews } from './reviews';
import { runSelect } from './select';
import { runListSheets } from './sheets';
import { runInsertTemplate, templateFailure } from './template';
import { detectTemplateFeatures, TEMPLATE_REQUIRED_API } from './template-features';
import { parseSnapshot, SNAPSHOT_KEY, storedSize, type Snapshot } from './snapshot';
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
  Outcome,
  WorkbookService,
  WorkbookSheet,
} from './types';
import { watchSheets } from './watch';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** WorkbookService over Excel.run: every Office failure becomes an Outcome, never a thrown error. */
export class ExcelWorkbookService implements WorkbookService {
  /** Write operations in flight (their change events are the add-in's own, not the user's). */
  private writing = 0;

  constructor(private readonly host: OfficeGlobals) {}

  /**
   * Runs a writing operation and keeps counting it until Excel has had a turn to deliver the change
   * events it raised, so that hosts without `triggerSource` (before ExcelApi 1.14) do not make the
   * pane's own marks look like the user's edits.
   */
  private async ownWrites<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.writing--;
    }
  }

  async check(
    scope: CheckScope,
    locale: Locale,
    onProgress?: (p: CheckProgress) => void,
    request: CheckRequest = {},
  ): Promise<Outcome<CheckResult>> {
    return this.ownWrites(() => this.checkNow(scope, locale, onProgress, request));
  }

  private checkNow(
    scope: CheckScope,
    locale: Locale,
    onProgress: ((p: CheckProgress) => void) | undefined,
    request: CheckRequest,
  ): Promise<Outcome<CheckResult>> {
    return this.guarded(async (features) => {
      try {
        const run = await this.run(features, (context) =>
          runCheck(context, scope, locale, features, onProgress, request),
        );
        return run.result;
      } catch (error) {
        if (!(error instanceof PaintFailed)) throw error;
        // Nothing half-done: put back every cell this or the earlier paint touched.
        const rolledBack = await this.rollback(features, error.snapshot);
        const sheets = rolledBack.missing.join('”、“');
        const failed = toFailure(error.failedWith, { sheets });
        if (rolledBack.ok) throw new FailureSignal(failed);
        throw new FailureSignal({ ...failed, message: fill(ROLLBACK_FAILED, { sheets }) });
      }
    });
  }

  async clearMarks(): Promise<Outcome<ClearResult>> {
    return this.ownWrites(() =>
      this.guarded((features) => this.run(features, (context) => runClear(context, features))),
    );
  }

  async select(sheet: string, address: string): Promise<Outcome<void>> {
    return this.guarded((features) => this.run(features, (context) => runSelect(context, sheet, address)), {
      sheets: sheet,
    });
  }

  async watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>> {
    return watchSheets(this.host, sheets, onChange, () => this.writing > 0);
  }

  async hasMarks(): Promise<boolean> {
    if (!detectFeatures(this.host).base) return false;
    try {
      return await this.host.Excel.run(async (context) => {
        const stored = context.workbook.settings.getItemOrNullObject(SNAPSHOT_KEY);
        stored.load('value');
        await context.sync();
        return !stored.isNullObject && storedSize(parseSnapshot(stored.value)) > 0;
      });
    } catch {
      return false;
    }
  }

  async insertTemplate(options: InsertTemplateOptions): Promise<Outcome<InsertTemplateResult>> {
    // Its own floor, lower than the check's: older Excel gets the template with fewer features.
    const features = detectTemplateFeatures(this.host);
    if (!features.floor)
      return { ok: false, error: failure('requirement', { version: TEMPLATE_REQUIRED_API }) };
    try {
      const value = await this.ownWrites(() =>
        this.run(features.read, (context) => runInsertTemplate(context, options, features)),
      );
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: templateFailure(error) };
    }
  }

  async consolidate(options: ConsolidateSheetsOptions): Promise<Outcome<ConsolidateSheetsResult>> {
    const features = detectTemplateFeatures(this.host);
    if (!features.floor)
      return { ok: false, error: failure('requirement', { version: TEMPLATE_REQUIRED_API }) };
    try {
      const value = await this.ownWrites(() =>
        this.run(features.read, (context) => runConsolidate(context, options, features)),
      );
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: consolidateFailure(error) };
    }
  }

  async listSheets(): Promise<Outcome<WorkbookSheet[]>> {
    return this.guarded((features) => this.run(features, (context) => runListSheets(context)));
  }

  async saveReviews(acceptances: readonly Acceptance[]): Promise<Outcome<void>> {
    // Settings only: no cell changes, so no change events to keep apart from the user's.
    return this.guarded((features) => this.run(features, (context) => runSaveReviews(context, acceptances)));
  }

  private run<T>(features: ExcelFeatures, batch: Batch<T>): Promise<T> {
    // Where supported, wait for the user to leave cell-edit mode instead of failing.
    return features.delayForCellEdit
      ? this.host.Excel.run({ delayForCellEdit: true }, batch)
      : this.host.Excel.run(batch);
  }

  private async guarded<T>(
    work: (features: ExcelFeatures) => Promise<T>,
    vars: Record<string, string> = {},
  ): Promise<Outcome<T>> {
    const features = detectFeatures(this.host);
    if (!features.base) return { ok: false, error: failure('requirement', { version: REQUIRED_API }) };
    try {
      return { ok: true, value: await work(features) };
    } catch (error) {
      if (error instanceof FailureSignal) return { ok: false, error: error.failure };
      return { ok: false, error: toFailure(error, vars) };
    }
  }

  /** The sheets it could not reach (renamed or deleted), or, when the rollback failed, every marked one. */
  private async rollback(
    features: ExcelFeatures,
    snapshot: Snapshot,
  ): Promise<{ ok: boolean; missing: string[] }> {
    try {
      const outcome = await this.run(features, (context) => runClear(context, features, snapshot));
      return { ok: true, missing: outcome.missing.map((m) => m.sheet) };
    } catch {
      return { ok: false, missing: Object.keys(snapshot.sheets) };
    }
  }
}
