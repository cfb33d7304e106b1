import type { Acceptance } from '../report/reviews';
import type { Locale } from '../report/types';
import { classifyError, FailureSignal } from '../office/errors';
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
  WorkbookService,
  WorkbookSheet,
} from '../office/types';
import { SourceReadError } from '../sources/types';
import { runWordCheck } from './check';
import { runWordClear } from './clear';
import { detectWordFeatures, WORD_REQUIRED_API, WORD_SHADING_API, type WordFeatures } from './features';
import type { WordGlobals } from './host';
import { wordFailure } from './messages';
import type { WordPlace } from './places';
import { queueStoredTexts, queueStoreText } from './properties';
import { contentFingerprint, DOCUMENT_SHEET, readBody } from './read';
import { runWordSelect } from './select';
import type { NoneMode } from './shading';
import { MARKS_KEY, parseMarks, REVIEWS_KEY } from './snapshot';
import { runWordTemplate } from './template';
import { watchOnReturn, type FocusEvents } from './watch';

const CONSOLIDATE_IN_EXCEL = {
  zh: '汇总需要在 Excel 中进行：把各单位的报告放在一个工作簿的不同工作表中，再点“汇总”。文档未做任何改动。',
  en: 'Consolidation runs in Excel: put each department’s report on its own sheet of one workbook and click Consolidate. Nothing was changed.',
};

/** Word on the web's request and response limit (Office add-ins resource limits). */
export const WORD_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function toWordFailure(error: unknown): OfficeFailure {
  if (error instanceof FailureSignal) return error.failure;
  if (error instanceof SourceReadError) return wordFailure('unknown', {}, `${error.code}: ${error.detail}`);
  // Word raises the codes Excel does; the words are Word's (wordFailure).
  const { kind, detail } = classifyError(error);
  return wordFailure(kind, { limit: '5 MB' }, detail);
}

/** The pane's service over Word.run: every Word failure becomes an Outcome, never a thrown error. */
export class WordDocumentService implements WorkbookService {
  /** Where each finding of the last check is, by grid address (for 选中). */
  private places = new Map<string, WordPlace>();
  /** How this Word takes "no shading" (learned once; see shading.ts). */
  private readonly noneMode: { value: NoneMode } = { value: 'unknown' };
  private checkedText: string | null = null;

  constructor(
    private readonly host: WordGlobals,
    private readonly events: FocusEvents = globalThis as unknown as FocusEvents,
  ) {}

  private features(): WordFeatures {
    return detectWordFeatures(this.host);
  }

  private async guarded<T>(
    work: (features: WordFeatures) => Promise<T>,
    floor = WORD_REQUIRED_API,
  ): Promise<Outcome<T>> {
    const features = this.features();
    const enough = floor === WORD_REQUIRED_API ? features.read : features.shading;
    if (!enough) return { ok: false, error: wordFailure('requirement', { version: floor }) };
    try {
      return { ok: true, value: await work(features) };
    } catch (error) {
      return { ok: false, error: toWordFailure(error) };
    }
  }

  async check(
    _scope: CheckScope,
    locale: Locale,
    onProgress?: (p: CheckProgress) => void,
    request: CheckRequest = {},
  ): Promise<Outcome<CheckResult>> {
    return this.guarded(async (features) => {
      onProgress?.({ done: 0, total: 1, sheet: DOCUMENT_SHEET });
      const run = await this.host.Word.run((context) =>
        runWordCheck(context, locale, features, request, this.noneMode),
      );
      this.places = run.places;
      this.checkedText = run.fingerprint;
      onProgress?.({ done: 1, total: 1, sheet: DOCUMENT_SHEET });
      return run.result;
    });
  }

  async clearMarks(): Promise<Outcome<ClearResult>> {
    return this.guarded(async (features) => {
      const run = await this.host.Word.run((context) => runWordClear(context, features, this.noneMode));
      return {
        restored: run.restored,
        missing: [],
        keptComments: run.keptComments,
        notes: run.notes,
      };
    }, WORD_SHADING_API);
  }

  async select(_sheet: string, address: string): Promise<Outcome<void>> {
    const place = this.places.get(address);
    if (!place) return { ok: false, error: wordFailure('sheet-missing') };
    return this.guarded(() => this.host.Word.run((context) => runWordSelect(context, place)));
  }

  async watch(_sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>> {
    const checked = this.checkedText;
    if (checked === null) return async () => undefined;
    return watchOnReturn(this.events, () => this.fingerprintNow(), checked, onChange);
  }

  /** The document's text now, or null when it cannot be read at the moment. */
  private async fingerprintNow(): Promise<string | null> {
    if (!this.features().read) return null;
    const ooxml = await this.host.Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      return result.value;
    });
    return contentFingerprint(readBody(ooxml).grids);
  }

  async hasMarks(): Promise<boolean> {
    if (!this.features().shading) return false;
    try {
      return await this.host.Word.run(async (context) => {
        const stored = queueStoredTexts(context);
        await context.sync();
        const marks = parseMarks(stored().get(MARKS_KEY));
        return marks.cells.length > 0 || marks.comments.length > 0;
      });
    } catch {
      return false;
    }
  }

  async insertTemplate(options: InsertTemplateOptions): Promise<Outcome<InsertTemplateResult>> {
    return this.guarded(async (features) =>
      this.host.Word.run((context) => runWordTemplate(context, options, features, WORD_WEB_PAYLOAD_LIMIT)),
    );
  }

  async consolidate(_options: ConsolidateSheetsOptions): Promise<Outcome<ConsolidateSheetsResult>> {
    // 汇总 adds up department sheets of a workbook: the pane does not offer it in Word.
    return { ok: false, error: { code: 'refused', message: CONSOLIDATE_IN_EXCEL } };
  }

  async listSheets(): Promise<Outcome<WorkbookSheet[]>> {
    return { ok: true, value: [{ name: DOCUMENT_SHEET, active: true }] };
  }

  async saveReviews(acceptances: readonly Acceptance[]): Promise<Outcome<void>> {
    return this.guarded(
      () =>
        this.host.Word.run(async (context) => {
          const stored = queueStoredTexts(context);
          await context.sync();
          queueStoreText(
            context,
            stored(),
            REVIEWS_KEY,
            acceptances.length ? JSON.stringify(acceptances) : null,
          );
          await context.sync();
        }),
      WORD_SHADING_API,
    );
  }
}
