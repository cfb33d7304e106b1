import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  CheckResult,
  CheckRequest,
  CheckScope,
  ConsolidateSheetsOptions,
  ConsolidateSheetsResult,
  DuplicateSheets,
  InsertTemplateOptions,
  InsertTemplateResult,
  OfficeFailure,
  UnrestoredSheet,
  WorkbookService,
} from '../office/types';
import type { Text } from '../format';
import type { Acceptance, ReviewedReport } from '../report/reviews';
import type { Finding, Locale } from '../report/types';
import type { BusyTask } from './components/Progress';
import { reviewedReport, withAcceptance, withoutAcceptances } from './reviews';

/** A short confirmation shown after an action succeeded. */
export type Notice =
  | {
      kind: 'cleared';
      count: number;
      missing: UnrestoredSheet[];
      keptComments: string[];
      /** What else the service wants said (Word: cells edited since marking kept as they are). */
      notes: Text[];
    }
  | { kind: 'template'; result: InsertTemplateResult }
  | { kind: 'consolidated'; result: ConsolidateSheetsResult };

export interface CheckerState {
  busy: BusyTask | null;
  result: CheckResult | null;
  /** The checked cells changed after the check. */
  stale: boolean;
  failure: OfficeFailure | null;
  /** The workbook holds marks (from this check or an earlier session). */
  hasMarks: boolean;
  /** Marks found on start, before any check in this session. */
  marksFromEarlier: boolean;
  selected: Finding | null;
  notice: Notice | null;
  /**
   * 插入模板 or 汇总 is adding to the workbook or document (kept apart from `busy`, whose progress
   * display belongs to checks).
   */
  addingContent: boolean;
  /** The workbook's review states: read by the last check, then as saved from the pane. */
  acceptances: Acceptance[];
  /** A change of the review states is being saved (one at a time, so none is lost). */
  reviewing: boolean;
}

export interface Checker extends CheckerState {
  check(scope: CheckScope): Promise<void>;
  recheck(): Promise<void>;
  clearMarks(): Promise<void>;
  select(finding: Finding): Promise<void>;
  /** Selects one cell of a grouped finding. */
  selectCell(finding: Finding, address: string): Promise<void>;
  /** The last check's report with the review states applied (recounted), or null before a check. */
  reviewed: ReviewedReport | null;
  /** Saves an acceptance; resolves with the failure (for the dialog to show) or null when saved. */
  accept(finding: Finding, reason: string): Promise<OfficeFailure | null>;
  /** Removes acceptances (撤销确认, or stale ones) by fingerprint. */
  unaccept(fingerprints: readonly string[]): Promise<OfficeFailure | null>;
  /** Resolves when done; the outcome shows as a notice or a failure. */
  insertTemplate(options: InsertTemplateOptions): Promise<void>;
  /**
   * 汇总: adds the consolidated sheet; the outcome shows as a notice or a failure, except chosen
   * sheets that are one report: those groups are resolved with, for the dialog to show.
   */
  consolidate(options: Omit<ConsolidateSheetsOptions, 'locale'>): Promise<DuplicateSheets[] | null>;
  dismissFailure(): void;
}

type Unwatch = () => Promise<void>;

/** The task pane's behaviour over a WorkbookService, independent of how it is drawn. */
export function useChecker(service: WorkbookService, locale: Locale, request: CheckRequest = {}): Checker {
  // The latest options, read when a check starts (a re-check uses the options as they are now).
  const requestRef = useRef(request);
  requestRef.current = request;
  const [state, setState] = useState<CheckerState>({
    busy: null,
    result: null,
    stale: false,
    failure: null,
    hasMarks: false,
    marksFromEarlier: false,
    selected: null,
    notice: null,
    addingContent: false,
    acceptances: [],
    reviewing: false,
  });
  const patch = useCallback((p: Partial<CheckerState>) => setState((s) => ({ ...s, ...p })), []);
  // Each check gets a number; a watch that resolves after a newer check must not mark it stale.
  const generation = useRef(0);
  const unwatch = useRef<Unwatch | null>(null);

  const stopWatching = useCallback(async () => {
    const stop = unwatch.current;
    unwatch.current = null;
    if (stop) await stop();
  }, []);

  useEffect(() => {
    let live = true;
    service.hasMarks().then(
      (marks) => {
        if (live && marks) patch({ hasMarks: true, marksFromEarlier: true });
      },
      () => undefined, // unknown: the button stays off until a check paints
    );
    return () => {
      live = false;
      generation.current++;
      void stopWatching();
    };
  }, [service, patch, stopWatching]);

  const check = useCallback(
    async (scope: CheckScope) => {
      const mine = ++generation.current;
      await stopWatching();
      patch({ busy: { kind: 'check', scope, progress: null }, failure: null, notice: null });
      const asked = requestRef.current;
      const outcome = await service.check(
        scope,
        locale,
        (progress) => {
          if (generation.current === mine) patch({ busy: { kind: 'check', scope, progress } });
        },
        asked,
      );
      if (generation.current !== mine) return;
      // A check that ran but could not mark (e.g. a protected sheet) still shows its findings.
      const result = outcome.ok ? outcome.value : outcome.error.result;
      if (!result) {
        patch({ busy: null, failure: outcome.ok ? null : outcome.error });
        return;
      }
      setState((s) => ({
        ...s,
        busy: null,
        result,
        failure: outcome.ok ? null : outcome.error,
        stale: false,
        selected: null,
        hasMarks: s.hasMarks || result.painted > 0,
        marksFromEarlier: false,
        acceptances: result.acceptances,
      }));
      // Last year's sheet feeds the cross-year rules: editing it also makes the result stale.
      const watched = [...result.report.sheets];
      if (typeof asked.previous === 'object' && !watched.includes(asked.previous.sheet))
        watched.push(asked.previous.sheet);
      const stop = await service.watch(watched, () => {
        if (generation.current === mine) patch({ stale: true });
      });
      if (generation.current === mine) unwatch.current = stop;
      else await stop();
    },
    [service, locale, patch, stopWatching],
  );

  const lastScope = state.result?.scope ?? 'sheet';
  const recheck = useCallback(() => check(lastScope), [check, lastScope]);

  const clearMarks = useCallback(async () => {
    patch({ busy: { kind: 'clear' }, failure: null, notice: null });
    const outcome = await service.clearMarks();
    if (outcome.ok)
      patch({
        busy: null,
        hasMarks: false,
        marksFromEarlier: false,
        notice: {
          kind: 'cleared',
          count: outcome.value.restored,
          missing: outcome.value.missing,
          keptComments: outcome.value.keptComments,
          notes: outcome.value.notes ?? [],
        },
      });
    else
      patch({
        busy: null,
        failure: outcome.error,
        // Nothing left to restore: the button has no more work.
        ...(outcome.error.code === 'no-marks' ? { hasMarks: false, marksFromEarlier: false } : {}),
      });
  }, [service, patch]);

  const selectCell = useCallback(
    async (finding: Finding, address: string) => {
      patch({ selected: finding, failure: null });
      const outcome = await service.select(finding.sheet, address);
      if (!outcome.ok) patch({ failure: outcome.error });
    },
    [service, patch],
  );
  const select = useCallback((finding: Finding) => selectCell(finding, finding.address), [selectCell]);

  // The list a save starts from: the state's, read when the save starts, not a render's copy.
  const acceptancesRef = useRef(state.acceptances);
  acceptancesRef.current = state.acceptances;
  /** `shown`: the caller shows a failure itself (the accept dialog), so the pane's bar stays away. */
  const saveAcceptances = useCallback(
    async (next: Acceptance[], shown = false): Promise<OfficeFailure | null> => {
      patch({ reviewing: true, failure: null, notice: null });
      const outcome = await service.saveReviews(next);
      if (outcome.ok) {
        patch({ reviewing: false, acceptances: next });
        return null;
      }
      patch({ reviewing: false, failure: shown ? null : outcome.error });
      return outcome.error;
    },
    [service, patch],
  );
  const accept = useCallback(
    (finding: Finding, reason: string) =>
      saveAcceptances(withAcceptance(acceptancesRef.current, finding, reason), true),
    [saveAcceptances],
  );
  const unaccept = useCallback(
    (fingerprints: readonly string[]) =>
      saveAcceptances(withoutAcceptances(acceptancesRef.current, fingerprints)),
    [saveAcceptances],
  );
  const reviewed = useMemo(
    () => (state.result ? reviewedReport(state.result, state.acceptances) : null),
    [state.result, state.acceptances],
  );

  const insertTemplate = useCallback(
    async (options: InsertTemplateOptions) => {
      patch({ addingContent: true, failure: null, notice: null });
      const outcome = await service.insertTemplate(options);
      if (outcome.ok) patch({ addingContent: false, notice: { kind: 'template', result: outcome.value } });
      else patch({ addingContent: false, failure: outcome.error });
    },
    [service, patch],
  );

  const dismissFailure = useCallback(() => patch({ failure: null }), [patch]);

  const consolidate = useCallback(
    async (options: Omit<ConsolidateSheetsOptions, 'locale'>) => {
      patch({ addingContent: true, failure: null, notice: null });
      const outcome = await service.consolidate({ ...options, locale });
      if (outcome.ok)
        patch({ addingContent: false, notice: { kind: 'consolidated', result: outcome.value } });
      else if (outcome.error.duplicates) patch({ addingContent: false });
      else patch({ addingContent: false, failure: outcome.error });
      return outcome.ok ? null : (outcome.error.duplicates ?? null);
    },
    [service, locale, patch],
  );

  return {
    ...state,
    check,
    recheck,
    clearMarks,
    select,
    selectCell,
    reviewed,
    accept,
    unaccept,
    insertTemplate,
    consolidate,
    dismissFailure,
  };
}
