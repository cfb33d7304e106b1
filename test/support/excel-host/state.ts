import { ErrorCodes, fail } from './errors';
import type { CellScalar, WorkbookState } from './model';

/** Computes a formula (without `=`) for the host; `read` gives other cells' values, 0-based. */
export type Evaluate = (formula: string, read: (row: number, col: number) => CellScalar) => CellScalar;

/**
 * How No Fill reads back. The docs are silent; both are seen in the wild, so tests run against each:
 * `null-tint`: color `#FFFFFF` with tintAndShade null; `white`: `#FFFFFF` with tintAndShade 0, exactly
 * like a white fill (office-js #6218). The fill's `pattern` reads `None` in both.
 */
export type NoFillReading = 'null-tint' | 'white';

/**
 * How a tinted theme fill's colour reads back; the docs (RangeFill.color, tintAndShade) do not say.
 * `shown`: the colour on screen, tint applied; `theme`: the theme colour before the tint.
 */
export type TintedColorReading = 'shown' | 'theme';

/** Something that goes wrong on purpose. Sheet changes happen right before the n-th next request. */
export type Failure =
  | { kind: 'cell-edit' }
  | { kind: 'protect'; sheet: string; beforeSync?: number }
  | { kind: 'api-version'; version: string }
  | { kind: 'delete-sheet'; sheet: string; beforeSync: number }
  | { kind: 'rename-sheet'; sheet: string; to: string; beforeSync: number }
  /** Requests over maxBytes are refused before they run (responses keep their own limit). */
  | { kind: 'payload'; maxBytes: number }
  /** Responses over maxBytes fail after the request ran (Excel on the web: 5 MB). */
  | { kind: 'response-payload'; maxBytes: number }
  /**
   * The `op`-th write (a method call or property set, 0-based; negative counts from the end) of the
   * n-th next request fails with `code`; the writes before it stay applied, as in Office. With
   * `reads`, every action counts (loads too): a read that fails.
   */
  | { kind: 'op-fails'; beforeSync: number; op: number; code?: string; reads?: boolean };

/** Cell values and formulas are data; fills, fonts, borders, merges and the like are format. */
export type WriteKind = 'data' | 'format';

/** A registered event handler target (Worksheet.onChanged registers `_RegisterDataChangedEvent`). */
export interface Registration {
  eventType: number;
  targetId: string;
}

/** Everything the host objects share: the workbook model, limits, counters and injected failures. */
export interface HostState {
  state: WorkbookState;
  evaluate?: Evaluate;
  /** Excel on the web's loss of fills and borders when cells are merged after being formatted (office-js #6405). */
  webMergeQuirk: boolean;
  noFill: NoFillReading;
  tintedColor: TintedColorReading;
  /**
   * Excel on Windows: Range.select does nothing unless the range's sheet was already the active one
   * when the request began, so activating in the same request is not enough (office-js #5118).
   */
  selectNeedsActiveSheet: boolean;
  /** The active sheet when the current request began. */
  activeAtRequestStart: string;
  apiVersion: number;
  cellEdit: boolean;
  delayedForCellEdit: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requests: number;
  /** Requests that only released kept references (Excel.run's clean-up). */
  releases: number;
  pendingSheetChanges: { atRequest: number; apply: () => void }[];
  failingOps: { atRequest: number; op: number; code: string; reads?: boolean }[];
  longestAddress: number;
  largestRequest: number;
  /** Members the test host does not implement that a request used: the test fails on any. */
  unsupported: string[];
  /** Sheets written by the request being executed, by sheet id (for change events). */
  written: Map<string, { addresses: Set<string>; data: boolean }>;
  /**
   * Whether format-only writes (fills, fonts, merges) raise Worksheet.onChanged. The docs say "data
   * changes" without defining format; the issue tracker reports events for both, so tests run either way.
   */
  formatWritesRaiseChanged: boolean;
  registrations: Registration[];
  nextCommentId: number;
}

export function requireApi(host: HostState, minor: number, what: string): void {
  if (host.apiVersion < minor)
    fail(ErrorCodes.apiNotFound, `${what} needs ExcelApi 1.${minor}; this host has 1.${host.apiVersion}`);
}

/** Records a member the host lacks and fails the request so the test cannot pass silently. */
export function unsupported(host: { unsupported: string[] }, what: string): never {
  host.unsupported.push(what);
  return fail(ErrorCodes.unsupported, `unsupported: ${what}`);
}
