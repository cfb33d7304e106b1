/**
 * A model-backed Excel JavaScript API double for tests (unit tests and the browser e2e bundle: no Node
 * APIs here). It is strict where office-js-mock is loose: properties throw until load()+sync(), writes
 * apply only at sync(), operations run in order and a failing one leaves the earlier ones applied.
 */
import { DoubleContext, type DoubleHost, type Evaluate, type Failure } from './context';
import { DoubleOfficeError, ErrorCodes } from './errors';
import {
  buildWorkbook,
  parseAddress,
  boxA1,
  colName,
  saveSheet,
  type BorderLine,
  type CellScalar,
  type ConditionalFormatModel,
  type PageLayoutModel,
  type Side,
  type ValidationModel,
  type SheetModel,
  type SheetState,
} from './model';
import { cellValue } from './range';
import { RequestContextDouble } from './workbook';

export type { SheetModel, CellScalar, ValidationModel } from './model';
export type { Evaluate, Failure } from './context';
export { DoubleOfficeError, ErrorCodes } from './errors';
export { RequestContextDouble } from './workbook';

export interface ExcelDoubleOptions {
  /** Highest ExcelApi minor version the host supports, e.g. '1.18' (default) or '1.12'. */
  apiVersion?: string;
  /** Workbook settings (what Excel.SettingCollection persists in the file). */
  settings?: Record<string, unknown>;
  /** Request/response limit in bytes; Excel on the web allows 5 MB. */
  maxPayloadBytes?: number;
  /** Computes formula cells when values are read; without it they read as empty. */
  evaluate?: Evaluate;
  /** Model Excel on the web losing fills and borders of cells merged after formatting (office-js #6405). */
  webMergeQuirk?: boolean;
}

export interface CellView {
  value: CellScalar;
  /** null = No Fill (distinct from '#FFFFFF', a white fill). */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  /** Note text, else comment text, else null. */
  note: string | null;
}

/** Everything the double keeps about one cell, for template tests. */
export interface CellDetail {
  value: CellScalar;
  /** Without `=`; null for constants. */
  formula: string | null;
  numberFormat: string;
  font: { name: string; size: number; bold: boolean; color: string };
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  /** Sides drawn, by this cell's border or its neighbour's facing one. */
  borders: Record<Side, boolean>;
  locked: boolean;
  validation: ValidationModel | null;
}

export interface SheetView {
  merges: string[];
  /** Points by column letter / by 1-based row number, where set. */
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  frozenRows: number;
  conditionalFormats: (Omit<ConditionalFormatModel, 'box'> & { address: string })[];
  pageLayout: Omit<PageLayoutModel, 'printArea'> & { printArea: string | null };
  /** Rows (1-based) a printed page starts at. */
  pageBreaks: number[];
}

type Batch<T> = (context: RequestContextDouble) => Promise<T>;

export interface ExcelDouble {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: { delayForCellEdit?: boolean } | { context: unknown }, batch: Batch<T>): Promise<T>;
  readonly syncCount: number;
  readonly apiVersion: string;
  readonly activeSheet: string;
  readonly selection: { sheet: string; address: string };
  readonly sheetNames: string[];
  /** Batches that waited for the user to leave cell-edit mode (delayForCellEdit). */
  readonly delayedForCellEdit: number;
  readonly longestAddress: number;
  readonly largestRequest: number;
  cell(sheet: string, a1: string): CellView;
  inspect(sheet: string, a1: string): CellDetail;
  sheet(name: string): SheetView;
  inject(failure: Failure): void;
  /** The user types a value: fires onChanged handlers. */
  edit(sheet: string, a1: string, value: CellScalar): Promise<void>;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  /** What saving the file keeps: sheets and settings, to build a "reopened" double. */
  save(): { sheets: SheetModel[]; settings: Record<string, unknown> };
  setting(key: string): unknown;
}

const minor = (version: string): number => Number(version.split('.')[1] ?? 0);

export function createExcelDouble(
  sheets: readonly SheetModel[],
  options: ExcelDoubleOptions = {},
): ExcelDouble {
  const host: DoubleHost = {
    state: buildWorkbook(sheets, options.settings),
    evaluate: options.evaluate,
    webMergeQuirk: options.webMergeQuirk ?? false,
    apiVersion: minor(options.apiVersion ?? '1.18'),
    syncCount: 0,
    cellEdit: false,
    delayedForCellEdit: 0,
    maxPayloadBytes: options.maxPayloadBytes ?? 5 * 1024 * 1024,
    maxResponseBytes: options.maxPayloadBytes ?? 5 * 1024 * 1024,
    pendingSheetChanges: [],
    failingOps: [],
    longestAddress: 0,
    largestRequest: 0,
  };
  const sheetNamed = (name: string): SheetState => {
    const sheet = host.state.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`Excel double: no sheet ${name}`);
    return sheet;
  };

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    const first = args.length > 1 ? (args[0] as Record<string, unknown>) : {};
    if ('context' in first && first.context instanceof DoubleContext) {
      const ctx = new RequestContextDouble(first.context);
      return finish(ctx, await batch(ctx));
    }
    const ctx = new RequestContextDouble(new DoubleContext(host, first.delayForCellEdit === true));
    return finish(ctx, await batch(ctx));
  }

  /** Office.js flushes whatever the batch left queued: that is one more round trip. */
  async function finish<T>(ctx: RequestContextDouble, result: T): Promise<T> {
    if (ctx.inner.hasPending) await ctx.inner.sync();
    return result;
  }

  const double: ExcelDouble = {
    run: run as ExcelDouble['run'],
    get syncCount() {
      return host.syncCount;
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
    cell(sheet, a1) {
      const box = parseAddress(a1)?.box;
      if (!box) throw new Error(`Excel double: bad address ${a1}`);
      const cell = sheetNamed(sheet).peek(box.top, box.left);
      return {
        value: cell?.value ?? null,
        fill: cell?.fill?.color ?? null,
        fontColor: cell?.fontColor ?? '#000000',
        bold: cell?.bold ?? false,
        note: cell?.note ?? cell?.comment ?? null,
      };
    },
    inspect(sheet, a1) {
      const box = parseAddress(a1)?.box;
      if (!box) throw new Error(`Excel double: bad address ${a1}`);
      const state = sheetNamed(sheet);
      const { top: r, left: c } = box;
      const cell = state.peek(r, c) ?? state.cell(r, c);
      const drawn = (own: BorderLine | undefined, neighbour: BorderLine | undefined) =>
        own !== undefined || neighbour !== undefined;
      return {
        value: cellValue(host, state, r, c),
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        font: { name: cell.fontName, size: cell.fontSize, bold: cell.bold, color: cell.fontColor },
        fill: cell.fill?.color ?? null,
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
      };
    },
    sheet(name) {
      const state = sheetNamed(name);
      const { printArea, ...layout } = state.pageLayout;
      return {
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
      switch (failure.kind) {
        case 'cell-edit':
          host.cellEdit = true;
          break;
        case 'protect':
          if (failure.beforeSync === undefined) sheetNamed(failure.sheet).protected = true;
          else
            host.pendingSheetChanges.push({
              atSync: host.syncCount + failure.beforeSync,
              apply: () => (sheetNamed(failure.sheet).protected = true),
            });
          break;
        case 'api-version':
          host.apiVersion = minor(failure.version);
          break;
        case 'payload':
          host.maxPayloadBytes = failure.maxBytes;
          break;
        case 'delete-sheet':
          host.pendingSheetChanges.push({
            atSync: host.syncCount + failure.beforeSync,
            apply: () => double.deleteSheet(failure.sheet),
          });
          break;
        case 'op-fails':
          host.failingOps.push({
            atSync: host.syncCount + failure.beforeSync,
            op: failure.op,
            code: failure.code ?? ErrorCodes.generalException,
          });
          break;
        case 'rename-sheet':
          host.pendingSheetChanges.push({
            atSync: host.syncCount + failure.beforeSync,
            apply: () => double.renameSheet(failure.sheet, failure.to),
          });
          break;
      }
    },
    async edit(sheet, a1, value) {
      const state = sheetNamed(sheet);
      const box = parseAddress(a1)?.box;
      if (!box) throw new Error(`Excel double: bad address ${a1}`);
      state.cell(box.top, box.left).value = value;
      const event = {
        type: 'WorksheetChanged',
        worksheetId: state.id,
        address: a1,
        changeType: 'RangeEdited',
        source: 'Local',
      };
      await Promise.all([...state.changeHandlers].map((h) => h(event)));
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
  };
  return double;
}

export interface OfficeGlobalsOptions {
  displayLanguage?: string;
  /** Overrides what isSetSupported answers for ExcelApi (default: the double's apiVersion). */
  supported?: string;
}

/** Sets `target.Office` and `target.Excel` as Office.js would, backed by the double. */
export function installOfficeGlobals(
  target: object,
  double: ExcelDouble,
  options: OfficeGlobalsOptions = {},
): void {
  const HostType = { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' };
  const Office = {
    HostType,
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: HostType.Excel, platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== 'ExcelApi') return false;
          const have = minor(options.supported ?? double.apiVersion);
          return version === undefined || minor(version) <= have;
        },
      },
    },
  };
  const Excel = {
    run: double.run,
    ErrorCodes: {
      accessDenied: ErrorCodes.accessDenied,
      apiNotFound: ErrorCodes.apiNotFound,
      generalException: ErrorCodes.generalException,
      invalidArgument: ErrorCodes.invalidArgument,
      invalidOperation: ErrorCodes.invalidOperation,
      invalidOperationInCellEditMode: ErrorCodes.invalidOperationInCellEditMode,
      itemNotFound: ErrorCodes.itemNotFound,
      responsePayloadSizeLimitExceeded: ErrorCodes.responsePayloadSizeLimitExceeded,
    },
    FillPattern: { none: 'None', solid: 'Solid' },
    EventType: { worksheetChanged: 'WorksheetChanged' },
  };
  Object.assign(target, { Office, Excel, OfficeExtension: { Error: DoubleOfficeError } });
}
