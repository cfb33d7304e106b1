/**
 * A simulated Excel host behind Microsoft's real Office.js runtime. The runtime (proxies, load/sync,
 * null objects, tracked objects, event handler results, argument checks) is the shipped one; only the
 * host side of `OSF.DDA.RichApi.executeRichApiRequestAsync` and the event channel is simulated here.
 * No Node APIs: the same host runs in Jest (jsdom) and in the browser for the e2e test.
 */
import { ErrorCodes } from './errors';
import {
  boxA1,
  buildWorkbook,
  colName,
  parseAddress,
  saveSheet,
  type BorderLine,
  type CellScalar,
  type ConditionalFormatModel,
  type PageLayoutModel,
  type SheetModel,
  type SheetState,
  type Side,
  type ValidationModel,
} from './model';
import { executeRequest, References, type RequestBody, type ResponseBody } from './protocol';
import { cellValue, tinted } from './range';
import type { Evaluate, Failure, HostState, NoFillReading, TintedColorReading } from './state';
import { WORKSHEET_CHANGED_EVENT, WorkbookHost } from './workbook';

export type { SheetModel, CellScalar, ValidationModel } from './model';
export type { Evaluate, Failure, NoFillReading, TintedColorReading } from './state';
export { ErrorCodes } from './errors';

export interface ExcelHostOptions {
  /** Highest ExcelApi minor version the host supports, e.g. '1.15' (default: the shipped runtime's highest). */
  apiVersion?: string;
  /** Workbook settings (what Excel.SettingCollection persists in the file). */
  settings?: Record<string, unknown>;
  /** Request limit in bytes; Excel on the web allows 5 MB (default: unlimited, as on the desktop). */
  maxPayloadBytes?: number;
  /** Response limit in bytes; Excel on the web allows 5 MB (default: unlimited). */
  maxResponseBytes?: number;
  /** Computes formula cells when values are read; without it they read as empty. */
  evaluate?: Evaluate;
  /** Excel on the web losing fills and borders of cells merged after formatting (office-js #6405). */
  webMergeQuirk?: boolean;
  noFill?: NoFillReading;
  tintedColor?: TintedColorReading;
  /** Excel on Windows' Range.select on another sheet (office-js #5118); see HostState. */
  selectNeedsActiveSheet?: boolean;
  /** Whether fill/font/merge writes raise Worksheet.onChanged (default true; see HostState). */
  formatWritesRaiseChanged?: boolean;
  structureProtected?: boolean;
}

/** Payload limits count bytes of UTF-8 (a Chinese character is three); TextEncoder works in jsdom and Chromium. */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** What Excel on the web allows per request and per response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The highest ExcelApi version the runtime in @microsoft/office-js 1.1.110 implements (no Worksheet.notes). */
export const RUNTIME_API_VERSION = '1.15';

export interface CellView {
  value: CellScalar;
  /** null = No Fill (distinct from '#FFFFFF', a white fill). */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  /** Note text, else comment text, else null. */
  note: string | null;
}

/** Everything the host keeps about one cell, for template tests. */
export interface CellDetail {
  value: CellScalar;
  /** Without `=`; null for constants. */
  formula: string | null;
  numberFormat: string;
  font: { name: string; size: number; bold: boolean; color: string | null };
  fill: string | null;
  fillDetail: { color: string; tintAndShade: number; pattern: string; patternColor?: string } | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  /** Sides drawn, by this cell's border or its neighbour's facing one. */
  borders: Record<Side, boolean>;
  locked: boolean;
  validation: ValidationModel | null;
  comment: { content: string; replies: number } | null;
}

export interface SheetView {
  id: string;
  merges: string[];
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  frozenRows: number;
  conditionalFormats: (Omit<ConditionalFormatModel, 'box'> & { address: string })[];
  pageLayout: Omit<PageLayoutModel, 'printArea'> & { printArea: string | null };
  pageBreaks: number[];
}

type Callback = (result: unknown) => void;

export interface ExcelHost {
  /** The host side of `OSF.DDA.RichApi.executeRichApiRequestAsync(message, callback)`. */
  execute(message: unknown[], callback: Callback): void;
  /**
   * Round trips the add-in asked for: requests received, less those that only release references.
   * (At the end of Excel.run the runtime sends one `_RemoveReference` request for the ranges Excel kept.)
   */
  readonly syncCount: number;
  /** Every request received. */
  readonly requests: number;
  readonly apiVersion: string;
  readonly activeSheet: string;
  readonly selection: { sheet: string; address: string };
  readonly sheetNames: string[];
  readonly delayedForCellEdit: number;
  readonly longestAddress: number;
  readonly largestRequest: number;
  /** Members a request used that this host does not implement; tests assert it stays empty. */
  readonly unsupported: readonly string[];
  /** Sheets with a registered Worksheet.onChanged handler. */
  readonly watched: string[];
  /** References the runtime asked the host to keep and has not released. */
  readonly keptReferences: number;
  cell(sheet: string, a1: string): CellView;
  inspect(sheet: string, a1: string): CellDetail;
  sheet(name: string): SheetView;
  inject(failure: Failure): void;
  /** The user types a value: raises Worksheet.onChanged where registered. */
  edit(sheet: string, a1: string, value: CellScalar): Promise<void>;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  /** Sets a cell's fill as the user would (theme colour with tint, or a pattern). */
  setFill(
    sheet: string,
    a1: string,
    fill: { color: string; tintAndShade?: number; pattern?: string; patternColor?: string } | null,
  ): void;
  protectSheet(name: string, on: boolean): void;
  save(): { sheets: SheetModel[]; settings: Record<string, unknown> };
  setting(key: string): unknown;
  /** Connects the event channel: the runtime's own dispatcher for RichApi event messages. */
  onEvent(dispatch: (message: unknown) => void): void;
  /** Answers Office.context.requirements.isSetSupported as this host would. */
  isSetSupported(name: string, version?: string): boolean;
}

/** Office's numeric error codes for refused requests (RichApiMessageUtility.OfficeJsErrorCode_*). */
const OFFICE_CODES = {
  invalidApiCallInContext: 5004,
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;

const minor = (version: string): number => Number(version.split('.')[1] ?? 0);

/** The state every host object shares, for a workbook of `sheets`. */
export function createHostState(sheets: readonly SheetModel[], options: ExcelHostOptions = {}): HostState {
  const host: HostState = {
    state: buildWorkbook(sheets, options.settings),
    evaluate: options.evaluate,
    webMergeQuirk: options.webMergeQuirk ?? false,
    noFill: options.noFill ?? 'null-tint',
    tintedColor: options.tintedColor ?? 'shown',
    selectNeedsActiveSheet: options.selectNeedsActiveSheet ?? false,
    activeAtRequestStart: '',
    formatWritesRaiseChanged: options.formatWritesRaiseChanged ?? true,
    apiVersion: minor(options.apiVersion ?? RUNTIME_API_VERSION),
    cellEdit: false,
    delayedForCellEdit: 0,
    maxRequestBytes: options.maxPayloadBytes ?? Infinity,
    maxResponseBytes: options.maxResponseBytes ?? options.maxPayloadBytes ?? Infinity,
    requests: 0,
    releases: 0,
    pendingSheetChanges: [],
    failingOps: [],
    longestAddress: 0,
    largestRequest: 0,
    unsupported: [],
    written: new Map(),
    registrations: [],
    nextCommentId: 1,
  };
  host.state.structureProtected = options.structureProtected ?? false;
  return host;
}

export function createExcelHost(sheets: readonly SheetModel[], options: ExcelHostOptions = {}): ExcelHost {
  const host = createHostState(sheets, options);
  const refs = new References();
  let dispatch: ((message: unknown) => void) | undefined;

  const sheetNamed = (name: string): SheetState => {
    const sheet = host.state.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`Excel host: no sheet ${name}`);
    return sheet;
  };
  const boxOf = (a1: string) => {
    const box = parseAddress(a1)?.box;
    if (!box) throw new Error(`Excel host: bad address ${a1}`);
    return box;
  };

  /** Raises Worksheet.onChanged through the runtime's event path, after the response, as Excel does. */
  const raiseChanged = (sheetId: string, address: string, triggerSource: string) => {
    if (
      !dispatch ||
      !host.registrations.some((r) => r.eventType === WORKSHEET_CHANGED_EVENT && r.targetId === sheetId)
    )
      return Promise.resolve();
    const args = {
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheetId,
      shiftDirection: 'None',
      // WorksheetChangedEventArgs.triggerSource is ExcelApi 1.14; older hosts do not send it. Its enum
      // (learn.microsoft.com/javascript/api/excel/excel.eventtriggersource) has only ThisLocalAddin and
      // Unknown, so a user's edit comes as Unknown; `source` (Local/Remote) says whose machine it was.
      ...(host.apiVersion >= 14 ? { triggerSource } : {}),
    };
    const send = dispatch;
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        send({
          entries: [
            {
              messageCategory: 65536,
              messageType: WORKSHEET_CHANGED_EVENT,
              targetId: sheetId,
              message: JSON.stringify(args),
            },
          ],
        });
        resolve();
      }, 0),
    );
  };

  const answer = (callback: Callback, body: ResponseBody) =>
    setTimeout(() => callback({ status: 'succeeded', value: { data: [200, [], JSON.stringify(body)] } }), 0);
  // A refused request: the runtime builds an error response with no body from Office's numeric code
  // (RichApiMessageUtility.buildResponseOnError, RequestContext._processOfficeJsErrorResponse).
  const refuse = (callback: Callback, code: number, message: string) =>
    setTimeout(() => callback({ status: 'failed', error: { code, message } }), 0);

  const api: ExcelHost = {
    execute(message, callback) {
      host.requests++;
      for (const change of host.pendingSheetChanges.filter((c) => c.atRequest === host.requests))
        change.apply();
      const flags = Number(message[6] ?? 0);
      const text = String(message[4] ?? '');
      const bytes = utf8Bytes(text);
      if (bytes <= host.maxRequestBytes) host.largestRequest = Math.max(host.largestRequest, bytes);
      if (bytes > host.maxRequestBytes)
        return refuse(callback, OFFICE_CODES.requestPayloadSizeLimitExceeded, `request of ${bytes} bytes`);
      if (host.cellEdit) {
        // Excel.RunOptions.delayForCellEdit sets request flag 64 (onBeforeExcelRun in the runtime).
        if ((flags & 64) === 0)
          return refuse(callback, OFFICE_CODES.invalidApiCallInContext, 'Excel is in cell-editing mode.');
        host.delayedForCellEdit++;
        host.cellEdit = false;
      }
      host.written.clear();
      const request = JSON.parse(text) as RequestBody;
      const releases = request.Actions.filter((a) => a.Name === '_RemoveReference');
      if (releases.length && request.Actions.every((a) => a.ActionType === 1 || releases.includes(a)))
        host.releases++;
      host.activeAtRequestStart = host.state.activeSheetId;
      const body = executeRequest(host, refs, request, { global: (h) => new WorkbookHost(h) });
      // Limits are in bytes of the UTF-8 JSON (Chinese text is three bytes a character).
      const size = utf8Bytes(JSON.stringify(body));
      // The request ran, but its answer is refused: nothing queued in it is loaded.
      if (size > host.maxResponseBytes)
        refuse(callback, OFFICE_CODES.responsePayloadSizeLimitExceeded, `response of ${size} bytes`);
      else answer(callback, body);
      for (const [sheetId, written] of host.written)
        if (written.data || host.formatWritesRaiseChanged)
          void raiseChanged(sheetId, [...written.addresses].join(',') || 'A1', 'ThisLocalAddin');
    },
    get syncCount() {
      return host.requests - host.releases;
    },
    get requests() {
      return host.requests;
    },
    get apiVersion() {
      return `1.${host.apiVersion}`;
    },
    get activeSheet() {
      return host.state.sheets.find((s) => s.id === host.state.activeSheetId)?.name ?? '';
    },
    get selection() {
      const sel = host.state.selection;
      return {
        sheet: host.state.sheets.find((s) => s.id === sel.sheetId)?.name ?? '',
        address: boxA1(sel.box),
      };
    },
    get sheetNames() {
      return host.state.sheets.map((s) => s.name);
    },
    get delayedForCellEdit() {
      return host.delayedForCellEdit;
    },
    get longestAddress() {
      return host.longestAddress;
    },
    get largestRequest() {
      return host.largestRequest;
    },
    get unsupported() {
      return host.unsupported;
    },
    get watched() {
      return host.registrations
        .filter((r) => r.eventType === WORKSHEET_CHANGED_EVENT)
        .map((r) => host.state.sheets.find((s) => s.id === r.targetId)?.name ?? r.targetId);
    },
    get keptReferences() {
      return refs.size;
    },
    cell(sheet, a1) {
      const box = boxOf(a1);
      const cell = sheetNamed(sheet).peek(box.top, box.left);
      return {
        value: cell?.value ?? null,
        // The colour on screen, however the host reads it back.
        fill: cell?.fill ? tinted(cell.fill.color, cell.fill.tintAndShade) : null,
        // Office.js reads Automatic as black and cannot tell them apart, so neither does this view.
        fontColor: cell?.fontColor ?? '#000000',
        bold: cell?.bold ?? false,
        note: cell?.note ?? cell?.comment?.content ?? null,
      };
    },
    inspect(sheet, a1) {
      const { top: r, left: c } = boxOf(a1);
      const state = sheetNamed(sheet);
      const cell = state.peek(r, c) ?? state.cell(r, c);
      const drawn = (own: BorderLine | undefined, neighbour: BorderLine | undefined) =>
        own !== undefined || neighbour !== undefined;
      return {
        value: cellValue(host, state, r, c),
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        font: { name: cell.fontName, size: cell.fontSize, bold: cell.bold, color: cell.fontColor },
        fill: cell.fill ? tinted(cell.fill.color, cell.fill.tintAndShade) : null,
        fillDetail: cell.fill ? { ...cell.fill } : null,
        horizontal: cell.horizontal,
        vertical: cell.vertical,
        wrap: cell.wrap,
        borders: {
          top: drawn(cell.borders.top, state.peek(r - 1, c)?.borders.bottom),
          bottom: drawn(cell.borders.bottom, state.peek(r + 1, c)?.borders.top),
          left: drawn(cell.borders.left, state.peek(r, c - 1)?.borders.right),
          right: drawn(cell.borders.right, state.peek(r, c + 1)?.borders.left),
        },
        locked: cell.locked,
        validation: cell.validation,
        comment: cell.comment
          ? { content: cell.comment.content, replies: cell.comment.replies.length }
          : null,
      };
    },
    sheet(name) {
      const state = sheetNamed(name);
      const { printArea, ...layout } = state.pageLayout;
      return {
        id: state.id,
        merges: state.merges.map(boxA1),
        columnWidths: Object.fromEntries([...state.columnWidths].map(([c, w]) => [colName(c), w])),
        rowHeights: Object.fromEntries([...state.rowHeights].map(([r, h]) => [r + 1, h])),
        frozenRows: state.frozenRows,
        conditionalFormats: state.conditionalFormats.map(({ box, ...cf }) => ({
          address: boxA1(box),
          ...cf,
        })),
        pageLayout: { ...structuredClone(layout), printArea: printArea ? boxA1(printArea) : null },
        pageBreaks: [...state.pageBreaks].sort((a, b) => a - b).map((r) => r + 1),
      };
    },
    inject(failure) {
      const at = (beforeSync: number) => host.requests + beforeSync;
      switch (failure.kind) {
        case 'cell-edit':
          host.cellEdit = true;
          break;
        case 'protect':
          if (failure.beforeSync === undefined) sheetNamed(failure.sheet).protected = true;
          else
            host.pendingSheetChanges.push({
              atRequest: at(failure.beforeSync),
              apply: () => (sheetNamed(failure.sheet).protected = true),
            });
          break;
        case 'api-version':
          host.apiVersion = minor(failure.version);
          break;
        case 'payload':
          host.maxRequestBytes = failure.maxBytes;
          break;
        case 'response-payload':
          host.maxResponseBytes = failure.maxBytes;
          break;
        case 'delete-sheet':
          host.pendingSheetChanges.push({
            atRequest: at(failure.beforeSync),
            apply: () => api.deleteSheet(failure.sheet),
          });
          break;
        case 'rename-sheet':
          host.pendingSheetChanges.push({
            atRequest: at(failure.beforeSync),
            apply: () => api.renameSheet(failure.sheet, failure.to),
          });
          break;
        case 'op-fails':
          host.failingOps.push({
            atRequest: at(failure.beforeSync),
            op: failure.op,
            code: failure.code ?? ErrorCodes.generalException,
            reads: failure.reads,
          });
          break;
      }
    },
    async edit(sheet, a1, value) {
      const state = sheetNamed(sheet);
      const box = boxOf(a1);
      state.cell(box.top, box.left).value = value;
      await raiseChanged(state.id, a1, 'Unknown');
      // Let the handlers' promises settle.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    renameSheet(from, to) {
      sheetNamed(from).name = to;
    },
    deleteSheet(name) {
      const sheet = sheetNamed(name);
      host.state.sheets = host.state.sheets.filter((s) => s !== sheet);
      if (host.state.activeSheetId === sheet.id && host.state.sheets[0])
        host.state.activeSheetId = host.state.sheets[0].id;
    },
    setFill(sheet, a1, fill) {
      const box = boxOf(a1);
      const cell = sheetNamed(sheet).cell(box.top, box.left);
      cell.fill = fill
        ? {
            color: fill.color,
            tintAndShade: fill.tintAndShade ?? 0,
            pattern: fill.pattern ?? 'Solid',
            ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
          }
        : null;
    },
    protectSheet(name, on) {
      sheetNamed(name).protected = on;
    },
    save() {
      return {
        sheets: host.state.sheets.map(saveSheet),
        settings: Object.fromEntries([...host.state.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])),
      };
    },
    setting(key) {
      const raw = host.state.settings.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
    },
    onEvent(d) {
      dispatch = d;
    },
    isSetSupported(name, version) {
      const want = version === undefined ? 0 : minor(version);
      if (name === 'ExcelApi') return want <= host.apiVersion;
      // Excel.RunOptions.delayForCellEdit (ExcelApi 1.11) is checked by the runtime as its own set.
      if (name === 'DelayForCellEdit') return host.apiVersion >= 11;
      return false;
    },
  };
  return api;
}

/** The globals a page or jsdom window has once the runtime script has run. */
export interface RuntimeWindow {
  Excel: unknown;
  Office: { context?: unknown } & Record<string, unknown>;
  OfficeExtension: {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
  OSF: {
    DDA: { RichApi: { executeRichApiRequestAsync?: (message: unknown[], callback: Callback) => void } };
    _OfficeAppFactory?: { getContext(): unknown };
  };
}

/**
 * Connects a window that has loaded the real runtime to the host: the RichApi request channel, the
 * RichApi event channel, and what Office.context learns from the host at start-up (requirement sets,
 * display language). Event delivery uses the runtime's own test hooks in `OfficeExtension`
 * (`_testSetRichApiMessageReadyImpl`, `_testTriggerRichApiMessageEvent`), which feed
 * GenericEventRegistration exactly as the host's RichApiMessage event does.
 */
export function attachHost(
  win: RuntimeWindow,
  host: ExcelHost,
  options: { displayLanguage?: string } = {},
): void {
  win.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) => host.execute(message, callback);
  win.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  host.onEvent((message) => win.OfficeExtension._testTriggerRichApiMessageEvent(message));
  // Office.context is a getter over OSF._OfficeAppFactory.getContext(). The factory belongs to office.js,
  // the loader that fetches excel-*.js and fills the context in from its start-up handshake with the
  // host; here the host answers with its requirement sets and display language.
  const context = {
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
  };
  win.OSF._OfficeAppFactory = { ...win.OSF._OfficeAppFactory, getContext: () => context };
  // Office.onReady resolves once that handshake is done: here at once, for Excel.
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  win.Office.onReady = (callback?: (ready: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  };
}

export const RUNTIME_FILES = {
  win32: 'excel-win32-16.01.js',
  mac: 'excel-mac-16.00.js',
  web: 'excel-web-16.00.js',
} as const;
export type Flavour = keyof typeof RUNTIME_FILES;
export const FLAVOURS = Object.keys(RUNTIME_FILES) as Flavour[];
