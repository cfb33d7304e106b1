import { DoubleClientResult, DoubleContext, type DoubleHost } from './context';
import { ErrorCodes, fail } from './errors';
import {
  boxA1,
  overlaps,
  quoteSheet,
  type BorderLine,
  type Box,
  type Cell,
  type CellScalar,
  type SheetState,
  type Side,
  type ValidationModel,
} from './model';
import { DoubleProxy } from './proxy';

/** Where a range or range-areas proxy points, resolved at sync time (the sheet may be gone by then). */
export interface Target {
  sheet: SheetState;
  boxes: Box[];
}
export type Resolve = () => Target | undefined;

/** Cell-level writes to whole rows or columns would create millions of cells; the template never needs them. */
const MAX_CELLS = 1_000_000;

const cellsOf = (t: Target): Cell[] =>
  t.boxes.flatMap((b) => {
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > MAX_CELLS)
      fail(ErrorCodes.invalidArgument, 'Excel double: cell formats on whole rows/columns are not modelled.');
    const out: Cell[] = [];
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) out.push(t.sheet.cell(r, c));
    return out;
  });

/** The same value for every cell, else null (Office's "not uniform"). */
function uniform<T>(cells: Cell[], pick: (c: Cell) => T): T | null {
  if (cells.length === 0) return null;
  const first = pick(cells[0]);
  return cells.every((c) => pick(c) === first) ? first : null;
}

function mustResolve(resolve: Resolve): Target {
  return resolve() ?? fail(ErrorCodes.itemNotFound, 'The requested resource does not exist.');
}

function writeCells(context: DoubleContext, resolve: Resolve, args: unknown, apply: (c: Cell) => void): void {
  context.enqueue(() => {
    const target = mustResolve(resolve);
    if (target.sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
    cellsOf(target).forEach(apply);
  }, args);
}

export class FillProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
  }
  protected scalars() {
    const cells = () => cellsOf(mustResolve(this.resolve));
    return {
      // Office reads No Fill back as white; only tintAndShade (null) tells them apart.
      color: () => uniform(cells(), (c) => c.fill?.color ?? '#FFFFFF'),
      tintAndShade: () => uniform(cells(), (c) => (c.fill ? c.fill.tintAndShade : null)),
      pattern: () => null,
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    writeCells(
      this.context,
      this.resolve,
      color,
      (c) => (c.fill = { color: normalizeColor(color), tintAndShade: 0 }),
    );
  }
  get tintAndShade(): number | null {
    return this.read('tintAndShade');
  }
  set tintAndShade(value: number) {
    writeCells(this.context, this.resolve, value, (c) => {
      if (c.fill) c.fill.tintAndShade = value;
    });
  }
  get pattern(): string | null {
    return this.read('pattern');
  }
  clear(): void {
    writeCells(this.context, this.resolve, 'clear', (c) => (c.fill = null));
  }
}

export class FontProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
  }
  protected scalars() {
    const cells = () => cellsOf(mustResolve(this.resolve));
    return {
      color: () => uniform(cells(), (c) => c.fontColor),
      bold: () => uniform(cells(), (c) => c.bold),
      name: () => uniform(cells(), (c) => c.fontName),
      size: () => uniform(cells(), (c) => c.fontSize),
    };
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    writeCells(this.context, this.resolve, name, (c) => (c.fontName = name));
  }
  get size(): number {
    return this.read('size');
  }
  set size(size: number) {
    if (!(size > 0 && size <= 409)) fail(ErrorCodes.invalidArgument, `Font size ${size}`);
    writeCells(this.context, this.resolve, size, (c) => (c.fontSize = size));
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    writeCells(this.context, this.resolve, color, (c) => (c.fontColor = normalizeColor(color)));
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    writeCells(this.context, this.resolve, bold, (c) => (c.bold = bold));
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/** The cell sides one Excel.BorderIndex stands for within a box. */
function sidesOf(index: string, b: Box, row: number, col: number): Side[] {
  switch (index) {
    case 'EdgeTop':
      return row === b.top ? ['top'] : [];
    case 'EdgeBottom':
      return row === b.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === b.left ? ['left'] : [];
    case 'EdgeRight':
      return col === b.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > b.top ? ['top' as const] : []), ...(row < b.bottom ? ['bottom' as const] : [])];
    case 'InsideVertical':
      return [...(col > b.left ? ['left' as const] : []), ...(col < b.right ? ['right' as const] : [])];
    default:
      return fail(ErrorCodes.invalidArgument, `Border index ${index}`);
  }
}

export class BorderProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
    private readonly index: string,
  ) {
    super(context);
    if (!EDGES.includes(index)) fail(ErrorCodes.invalidArgument, `Border index ${index}`);
  }
  protected scalars() {
    return {};
  }
  private write(args: unknown, apply: (line: BorderLine | undefined) => BorderLine | undefined): void {
    this.context.enqueue(() => {
      const target = mustResolve(this.resolve);
      if (target.sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      for (const b of target.boxes)
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++) {
            const cell = target.sheet.cell(r, c);
            for (const side of sidesOf(this.index, b, r, c)) {
              const line = apply(cell.borders[side]);
              if (line) cell.borders[side] = line;
              else delete cell.borders[side];
            }
          }
    }, args);
  }
  set style(style: string) {
    this.write(style, (line) =>
      style === 'None' ? undefined : { weight: 'Thin', color: '#000000', ...line, style },
    );
  }
  set weight(weight: string) {
    this.write(weight, (line) => ({ style: 'Continuous', color: '#000000', ...line, weight }));
  }
  set color(color: string) {
    this.write(color, (line) => ({
      style: 'Continuous',
      weight: 'Thin',
      ...line,
      color: normalizeColor(color),
    }));
  }
}

export class BordersProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
  }
  protected scalars() {
    return {};
  }
  getItem(index: string): BorderProxy {
    return new BorderProxy(this.context, this.resolve, index);
  }
}

export class FormatProtectionProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    context.requireApi(2, 'RangeFormat.protection');
  }
  protected scalars() {
    return { locked: () => uniform(cellsOf(mustResolve(this.resolve)), (c) => c.locked) };
  }
  get locked(): boolean {
    return this.read('locked');
  }
  set locked(locked: boolean) {
    writeCells(this.context, this.resolve, locked, (c) => (c.locked = locked));
  }
}

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
/** Excel's defaults, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export class FormatProxy extends DoubleProxy {
  readonly fill: FillProxy;
  readonly font: FontProxy;
  readonly borders: BordersProxy;
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    this.fill = new FillProxy(context, resolve);
    this.font = new FontProxy(context, resolve);
    this.borders = new BordersProxy(context, resolve);
  }
  get protection(): FormatProtectionProxy {
    return new FormatProtectionProxy(this.context, this.resolve);
  }
  protected scalars() {
    const cells = () => cellsOf(mustResolve(this.resolve));
    const box = () => mustResolve(this.resolve).boxes[0];
    return {
      horizontalAlignment: () => uniform(cells(), (c) => c.horizontal),
      verticalAlignment: () => uniform(cells(), (c) => c.vertical),
      wrapText: () => uniform(cells(), (c) => c.wrap),
      columnWidth: () => mustResolve(this.resolve).sheet.columnWidths.get(box().left) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: () => mustResolve(this.resolve).sheet.rowHeights.get(box().top) ?? DEFAULT_ROW_HEIGHT,
    };
  }
  protected override children() {
    return { fill: this.fill, font: this.font };
  }
  set horizontalAlignment(value: string) {
    if (!HORIZONTAL.includes(value)) fail(ErrorCodes.invalidArgument, `horizontalAlignment ${value}`);
    writeCells(this.context, this.resolve, value, (c) => (c.horizontal = value));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set verticalAlignment(value: string) {
    if (!VERTICAL.includes(value)) fail(ErrorCodes.invalidArgument, `verticalAlignment ${value}`);
    writeCells(this.context, this.resolve, value, (c) => (c.vertical = value));
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set wrapText(value: boolean) {
    writeCells(this.context, this.resolve, value, (c) => (c.wrap = value));
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  /** Points, for every column the range spans (ExcelApi 1.2). */
  set columnWidth(points: number) {
    this.context.requireApi(2, 'RangeFormat.columnWidth');
    this.lines(points, (sheet, b) => {
      for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Points, for every row the range spans (ExcelApi 1.2). */
  set rowHeight(points: number) {
    this.context.requireApi(2, 'RangeFormat.rowHeight');
    if (!(points >= 0 && points <= 409)) fail(ErrorCodes.invalidArgument, `rowHeight ${points}`);
    this.lines(points, (sheet, b) => {
      for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  private lines(args: unknown, apply: (sheet: SheetState, box: Box) => void): void {
    this.context.enqueue(() => {
      const target = mustResolve(this.resolve);
      if (target.sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      for (const b of target.boxes) apply(target.sheet, b);
    }, args);
  }
}

/** Range.conditionalFormats (ExcelApi 1.6): only the custom (formula) type is modelled. */
export class ConditionalFormatCollectionProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    context.requireApi(6, 'Range.conditionalFormats');
  }
  protected scalars() {
    return {};
  }
  add(type: string): ConditionalFormatProxy {
    if (type !== 'Custom') fail(ErrorCodes.invalidArgument, `Excel double: conditional format ${type}`);
    const record = {
      box: { top: 0, left: 0, bottom: 0, right: 0 },
      type,
      formula: null,
      fill: null,
      fontColor: null,
      bold: null,
    };
    this.context.enqueue(() => {
      const target = mustResolve(this.resolve);
      if (target.sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      record.box = target.boxes[0];
      target.sheet.conditionalFormats.push(record);
    }, type);
    return new ConditionalFormatProxy(this.context, record);
  }
}

type CfRecord = {
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
};

export class ConditionalFormatProxy {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean } };
  };
  constructor(context: DoubleContext, record: CfRecord) {
    const setter = <K extends keyof CfRecord>(key: K, check: (v: NonNullable<CfRecord[K]>) => void) => ({
      set(value: NonNullable<CfRecord[K]>) {
        check(value);
        context.enqueue(() => (record[key] = value), value);
      },
      get(): never {
        return fail(ErrorCodes.propertyNotLoaded, 'Excel double: conditional formats are write-only here.');
      },
    });
    const rule = {};
    Object.defineProperty(rule, 'formula', {
      ...setter('formula', (f) => {
        if (!String(f).startsWith('=')) fail(ErrorCodes.invalidArgument, `Conditional format formula ${f}`);
      }),
      enumerable: true,
    });
    const fill = {};
    Object.defineProperty(
      fill,
      'color',
      setter('fill', () => undefined),
    );
    const font = {};
    Object.defineProperty(
      font,
      'color',
      setter('fontColor', () => undefined),
    );
    Object.defineProperty(
      font,
      'bold',
      setter('bold', () => undefined),
    );
    this.custom = { rule, format: { fill, font } } as ConditionalFormatProxy['custom'];
  }
}

/** Range.dataValidation (ExcelApi 1.8): kept per cell. */
export class DataValidationProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    context.requireApi(8, 'Range.dataValidation');
  }
  protected scalars() {
    return {};
  }
  private write<K extends keyof ValidationModel>(key: K, value: ValidationModel[K]): void {
    writeCells(this.context, this.resolve, value, (c) => {
      c.validation ??= { rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
      c.validation[key] = structuredClone(value);
    });
  }
  set rule(rule: Record<string, unknown>) {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1) fail(ErrorCodes.invalidArgument, 'A data validation rule has exactly one type.');
    this.write('rule', rule);
  }
  set prompt(prompt: NonNullable<ValidationModel['prompt']>) {
    // Excel's limits: 32 characters of title, 255 of message.
    if (prompt.title.length > 32 || prompt.message.length > 255)
      fail(ErrorCodes.invalidArgument, 'Data validation prompt too long.');
    this.write('prompt', prompt);
  }
  set errorAlert(alert: NonNullable<ValidationModel['errorAlert']>) {
    if (alert.title.length > 32 || alert.message.length > 255)
      fail(ErrorCodes.invalidArgument, 'Data validation error alert too long.');
    this.write('errorAlert', alert);
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value);
  }
}

/** A cell's value as Excel would show it: formulas computed by the host's evaluator, if any. */
export function cellValue(
  host: DoubleHost,
  sheet: SheetState,
  row: number,
  col: number,
  depth = 0,
): CellScalar {
  const cell = sheet.peek(row, col);
  if (!cell) return null;
  if (cell.formula === null) return cell.value;
  if (!host.evaluate || depth > 200) return null;
  return host.evaluate(cell.formula, (r, c) => cellValue(host, sheet, r, c, depth + 1));
}

type Matrix = (string | number | boolean | null)[][];

/** Writes a 2-D array as Office does: null leaves a cell as it is, `=…` strings become formulas. */
function writeMatrix(
  context: DoubleContext,
  resolve: () => { sheet: SheetState; box: Box },
  rows: Matrix,
): void {
  context.enqueue(() => {
    const { sheet, box } = resolve();
    if (sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width))
      fail(
        ErrorCodes.invalidArgument,
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      );
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = sheet.cell(box.top + r, box.left + c);
        if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
          cell.formula = v.slice(1);
          cell.value = null;
        } else {
          cell.formula = null;
          // A leading apostrophe enters the rest as text, as when typed; it is not stored.
          cell.value = v === '' ? null : typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
        }
      }),
    );
  }, rows);
}

function normalizeColor(color: string): string {
  const named: Record<string, string> = {
    white: '#FFFFFF',
    black: '#000000',
    red: '#FF0000',
    yellow: '#FFFF00',
  };
  return named[color.toLowerCase()] ?? color.toUpperCase();
}

const sheetAddress = (t: Target): string =>
  t.boxes.map((b) => `${quoteSheet(t.sheet.name)}!${boxA1(b)}`).join(',');

export class RangeAreasProxy extends DoubleProxy {
  readonly format: FormatProxy;
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    this.format = new FormatProxy(context, resolve);
  }
  protected override exists(): boolean {
    return this.resolve() !== undefined;
  }
  protected scalars() {
    return {
      address: () => sheetAddress(mustResolve(this.resolve)),
      areaCount: () => mustResolve(this.resolve).boxes.length,
      cellCount: () => cellsOf(mustResolve(this.resolve)).length,
    };
  }
  protected override children() {
    return { format: this.format };
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

type CellPropertiesSpec = {
  address?: boolean;
  format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
};

export class RangeProxy extends DoubleProxy {
  readonly format: FormatProxy;
  constructor(
    context: DoubleContext,
    private readonly resolve: Resolve,
  ) {
    super(context);
    this.format = new FormatProxy(context, resolve);
  }
  private box(): { sheet: SheetState; box: Box } {
    const t = mustResolve(this.resolve);
    return { sheet: t.sheet, box: t.boxes[0] };
  }
  protected override exists(): boolean {
    return this.resolve() !== undefined;
  }
  protected scalars() {
    const grid =
      <T>(pick: (c: Cell | undefined) => T) =>
      () => {
        const { sheet, box } = this.box();
        const rows: T[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row: T[] = [];
          for (let c = box.left; c <= box.right; c++) row.push(pick(sheet.peek(r, c)));
          rows.push(row);
        }
        return rows;
      };
    return {
      address: () => sheetAddress(mustResolve(this.resolve)),
      // Empty cells read back as "" in Office, not null; formula cells as their result.
      values: () => {
        const { sheet, box } = this.box();
        const rows: CellScalar[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row: CellScalar[] = [];
          for (let c = box.left; c <= box.right; c++)
            row.push(cellValue(this.context.host, sheet, r, c) ?? '');
          rows.push(row);
        }
        return rows;
      },
      formulas: grid((c) => (c?.formula != null ? `=${c.formula}` : (c?.value ?? ''))),
      numberFormat: grid((c) => c?.numberFormat ?? 'General'),
      rowIndex: () => this.box().box.top,
      columnIndex: () => this.box().box.left,
      rowCount: () => this.box().box.bottom - this.box().box.top + 1,
      columnCount: () => this.box().box.right - this.box().box.left + 1,
    };
  }
  protected override children() {
    return { format: this.format };
  }
  get address(): string {
    return this.read('address');
  }
  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }
  set values(values: Matrix) {
    writeMatrix(this.context, () => this.box(), values);
  }
  get formulas(): (string | number | boolean)[][] {
    return this.read('formulas');
  }
  set formulas(formulas: Matrix) {
    writeMatrix(this.context, () => this.box(), formulas);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  /** null leaves a cell's format as it is. */
  set numberFormat(formats: (string | null)[][]) {
    this.context.enqueue(() => {
      const { sheet, box } = this.box();
      if (sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      if (
        formats.length !== box.bottom - box.top + 1 ||
        formats.some((row) => row.length !== box.right - box.left + 1)
      )
        fail(ErrorCodes.invalidArgument, 'numberFormat dimensions do not match the range.');
      formats.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f !== null) sheet.cell(box.top + r, box.left + c).numberFormat = f === '' ? 'General' : f;
        }),
      );
    }, formats);
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, this.resolve);
  }
  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.context, this.resolve);
  }

  /**
   * ExcelApi 1.2. Keeps the top-left value only, like Excel. With the web quirk on, formats set on the
   * cells before merging are lost (office-js issue 6405), so callers must merge first.
   */
  merge(across = false): void {
    this.context.requireApi(2, 'Range.merge');
    if (across) fail(ErrorCodes.invalidArgument, 'Excel double: merge(across) is not modelled.');
    this.context.enqueue(() => {
      const { sheet, box } = this.box();
      if (sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      if (box.top === box.bottom && box.left === box.right) return;
      if (sheet.merges.some((m) => overlaps(m, box)))
        fail(ErrorCodes.invalidOperation, `Excel double: ${boxA1(box)} overlaps a merged area.`);
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const cell = sheet.peek(r, c);
          if (!cell) continue;
          if (r !== box.top || c !== box.left) {
            cell.value = null;
            cell.formula = null;
          }
          if (this.context.host.webMergeQuirk) {
            cell.fill = null;
            cell.borders = {};
          }
        }
      sheet.merges.push(box);
    }, 'merge');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.box();
      const state = this.context.host.state;
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, box };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.requireApi(13, 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.context, () => {
      const { sheet, box } = this.box();
      const hits = sheet.merges.filter(
        (m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left,
      );
      return hits.length ? { sheet, boxes: hits } : undefined;
    });
  }

  getCellProperties(spec: CellPropertiesSpec): DoubleClientResult<Record<string, unknown>[][]> {
    this.context.requireApi(9, 'Range.getCellProperties');
    const result = new DoubleClientResult<Record<string, unknown>[][]>();
    this.context.enqueue(() => {
      const { sheet, box } = this.box();
      const rows: Record<string, unknown>[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: Record<string, unknown>[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(cellProperties(sheet, r, c, spec));
        rows.push(row);
      }
      this.context.respond(rows);
      result.slot.set(rows);
    });
    return result;
  }
}

function cellProperties(
  sheet: SheetState,
  row: number,
  col: number,
  spec: CellPropertiesSpec,
): Record<string, unknown> {
  const cell = sheet.peek(row, col);
  const out: Record<string, unknown> = {};
  if (spec.address)
    out.address = `${quoteSheet(sheet.name)}!${boxA1({ top: row, left: col, bottom: row, right: col })}`;
  if (spec.format) {
    const format: Record<string, Record<string, unknown>> = {};
    const fill = spec.format.fill;
    if (fill) {
      format.fill = {};
      if (fill.color) format.fill.color = cell?.fill?.color ?? '#FFFFFF';
      if (fill.tintAndShade) format.fill.tintAndShade = cell?.fill ? cell.fill.tintAndShade : null;
      if (fill.pattern) format.fill.pattern = null;
    }
    const font = spec.format.font;
    if (font) {
      format.font = {};
      if (font.color) format.font.color = cell?.fontColor ?? '#000000';
      if (font.bold) format.font.bold = cell?.bold ?? false;
    }
    out.format = format;
  }
  return out;
}
