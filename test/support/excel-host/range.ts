/**
 * Range-level objects of the host: Range, RangeAreas and their format, fill, font, borders,
 * protection, conditional formats and data validation, executed against the workbook model.
 */
import { ErrorCodes, fail, PROTECTED_MESSAGE } from './errors';
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
import { HostObject, type Methods, type Prop } from './object';
import { requireApi, unsupported, type HostState, type WriteKind } from './state';

/** Where a range or range-areas object points. */
export interface Target {
  sheet: SheetState;
  boxes: Box[];
}

/** Cell-level writes to whole rows or columns would create millions of cells; nothing here needs them. */
const MAX_CELLS = 1_000_000;
/** https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges: 8,192 characters. */
export const MAX_ADDRESS = 8192;
/** Documented limit of one getMergedAreasOrNullObject result (Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
export const MAX_MERGED_AREAS = 512;

const cellsOf = (t: Target): Cell[] =>
  t.boxes.flatMap((b) => {
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > MAX_CELLS)
      fail(ErrorCodes.invalidArgument, 'Excel host: cell formats on whole rows/columns are not modelled.');
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

/** Refuses writes to a protected sheet and records the write for change events. */
export function guardWrite(
  host: HostState,
  sheet: SheetState,
  kind: WriteKind = 'format',
  boxes: Box[] = [],
): void {
  if (sheet.protected) fail(ErrorCodes.accessDenied, PROTECTED_MESSAGE);
  const written = host.written.get(sheet.id) ?? { addresses: new Set<string>(), data: false };
  host.written.set(sheet.id, written);
  written.data ||= kind === 'data';
  for (const b of boxes) written.addresses.add(boxA1(b));
}

function noteWrite(host: HostState, t: Target, kind: WriteKind = 'format'): void {
  guardWrite(host, t.sheet, kind, t.boxes);
}

function writeCells(host: HostState, t: Target, apply: (c: Cell) => void): void {
  noteWrite(host, t);
  cellsOf(t).forEach(apply);
}

function normalizeColor(color: unknown): string {
  if (typeof color !== 'string') return fail(ErrorCodes.invalidArgument, `Bad colour ${String(color)}`);
  const named: Record<string, string> = {
    white: '#FFFFFF',
    black: '#000000',
    red: '#FF0000',
    yellow: '#FFFF00',
  };
  const value = named[color.toLowerCase()] ?? color.toUpperCase();
  if (!/^#[0-9A-F]{6}$/.test(value)) fail(ErrorCodes.invalidArgument, `Bad colour ${color}`);
  return value;
}

/** Applies a tint (-1..1) to a colour as Excel reports a tinted theme fill: lighter towards white. */
export function tinted(color: string, tint: number): string {
  if (tint === 0) return color;
  const channel = (i: number) => {
    const v = parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16);
    const out = tint < 0 ? v * (1 + tint) : v + (255 - v) * tint;
    return Math.round(out).toString(16).padStart(2, '0').toUpperCase();
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** What a cell's fill reads back as (Range.format.fill and getCellProperties). */
export function fillReading(host: HostState, cell: Cell | undefined): Record<string, unknown> {
  const fill = cell?.fill;
  if (!fill)
    return {
      Color: '#FFFFFF',
      TintAndShade: host.noFill === 'white' ? 0 : null,
      Pattern: 'None',
      PatternColor: null,
    };
  return {
    Color: host.tintedColor === 'theme' ? fill.color : tinted(fill.color, fill.tintAndShade),
    TintAndShade: fill.tintAndShade,
    Pattern: fill.pattern,
    PatternColor: fill.patternColor ?? null,
  };
}

export class RangeFillHost extends HostObject {
  readonly type = 'RangeFill';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
  }
  private reading(name: string): unknown {
    return uniform(cellsOf(this.target), (c) => fillReading(this.host, c)[name]);
  }
  protected override props(): Record<string, Prop> {
    return {
      Color: {
        get: () => this.reading('Color'),
        // Setting a colour makes a solid fill with no tint (docs: RangeFill.color).
        set: (v) => {
          const color = normalizeColor(v);
          writeCells(this.host, this.target, (c) => (c.fill = { color, tintAndShade: 0, pattern: 'Solid' }));
        },
      },
      TintAndShade: {
        get: () => this.reading('TintAndShade'),
        set: (v) => {
          requireApi(this.host, 9, 'RangeFill.tintAndShade');
          if (typeof v !== 'number' || v < -1 || v > 1)
            fail(ErrorCodes.invalidArgument, `tintAndShade ${String(v)}`);
          writeCells(this.host, this.target, (c) => {
            if (c.fill) c.fill.tintAndShade = v as number;
          });
        },
      },
      Pattern: {
        get: () => this.reading('Pattern'),
        set: (v) => {
          requireApi(this.host, 9, 'RangeFill.pattern');
          const pattern = String(v);
          writeCells(this.host, this.target, (c) => {
            if (pattern === 'None') c.fill = null;
            else
              c.fill = {
                color: c.fill?.color ?? '#FFFFFF',
                tintAndShade: c.fill?.tintAndShade ?? 0,
                pattern,
              };
          });
        },
      },
      PatternColor: {
        get: () => this.reading('PatternColor'),
        set: (v) => {
          requireApi(this.host, 9, 'RangeFill.patternColor');
          const color = normalizeColor(v);
          writeCells(this.host, this.target, (c) => {
            if (c.fill) c.fill.patternColor = color;
          });
        },
      },
    };
  }
  protected override methods(): Methods {
    return { Clear: () => writeCells(this.host, this.target, (c) => (c.fill = null)) };
  }
}

export class RangeFontHost extends HostObject {
  readonly type = 'RangeFont';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
  }
  protected override props(): Record<string, Prop> {
    const cells = () => cellsOf(this.target);
    const write = (apply: (c: Cell) => void) => writeCells(this.host, this.target, apply);
    return {
      // Automatic reads back as black (docs: RangeFont.color); null sets Automatic again.
      Color: {
        get: () => uniform(cells(), (c) => c.fontColor ?? '#000000'),
        set: (v) => {
          const color = v === null ? null : normalizeColor(v);
          write((c) => (c.fontColor = color));
        },
      },
      Bold: { get: () => uniform(cells(), (c) => c.bold), set: (v) => write((c) => (c.bold = v === true)) },
      Name: {
        get: () => uniform(cells(), (c) => c.fontName),
        set: (v) => write((c) => (c.fontName = String(v))),
      },
      Size: {
        get: () => uniform(cells(), (c) => c.fontSize),
        set: (v) => {
          if (typeof v !== 'number' || !(v > 0 && v <= 409))
            fail(ErrorCodes.invalidArgument, `Font size ${String(v)}`);
          write((c) => (c.fontSize = v as number));
        },
      },
    };
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
    default:
      return [...(col > b.left ? ['left' as const] : []), ...(col < b.right ? ['right' as const] : [])];
  }
}

export class RangeBorderHost extends HostObject {
  readonly type = 'RangeBorder';
  constructor(
    host: HostState,
    private readonly target: Target,
    private readonly edge: string,
  ) {
    super(host);
    if (!EDGES.includes(edge)) fail(ErrorCodes.invalidArgument, `Border index ${edge}`);
  }
  private write(apply: (line: BorderLine | undefined) => BorderLine | undefined): void {
    noteWrite(this.host, this.target);
    for (const b of this.target.boxes)
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const cell = this.target.sheet.cell(r, c);
          for (const side of sidesOf(this.edge, b, r, c)) {
            const line = apply(cell.borders[side]);
            if (line) cell.borders[side] = line;
            else delete cell.borders[side];
          }
        }
  }
  protected override props(): Record<string, Prop> {
    return {
      Style: {
        set: (v) =>
          this.write((line) =>
            v === 'None' ? undefined : { weight: 'Thin', color: '#000000', ...line, style: String(v) },
          ),
      },
      Weight: {
        set: (v) =>
          this.write((line) => ({ style: 'Continuous', color: '#000000', ...line, weight: String(v) })),
      },
      Color: {
        set: (v) => {
          const color = normalizeColor(v);
          this.write((line) => ({ style: 'Continuous', weight: 'Thin', ...line, color }));
        },
      },
    };
  }
}

export class RangeBorderCollectionHost extends HostObject {
  readonly type = 'RangeBorderCollection';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
  }
  override index(key: unknown): HostObject {
    return new RangeBorderHost(this.host, this.target, String(key));
  }
}

export class FormatProtectionHost extends HostObject {
  readonly type = 'FormatProtection';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
    requireApi(host, 2, 'RangeFormat.protection');
  }
  protected override props(): Record<string, Prop> {
    return {
      Locked: {
        get: () => uniform(cellsOf(this.target), (c) => c.locked),
        set: (v) => writeCells(this.host, this.target, (c) => (c.locked = v === true)),
      },
    };
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

export class RangeFormatHost extends HostObject {
  readonly type = 'RangeFormat';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
  }
  protected override navs(): Record<string, () => HostObject> {
    return {
      Fill: () => new RangeFillHost(this.host, this.target),
      Font: () => new RangeFontHost(this.host, this.target),
      Borders: () => new RangeBorderCollectionHost(this.host, this.target),
      Protection: () => new FormatProtectionHost(this.host, this.target),
    };
  }
  private lines(apply: (sheet: SheetState, box: Box) => void): void {
    guardWrite(this.host, this.target.sheet);
    for (const b of this.target.boxes) apply(this.target.sheet, b);
  }
  protected override props(): Record<string, Prop> {
    const cells = () => cellsOf(this.target);
    const write = (apply: (c: Cell) => void) => writeCells(this.host, this.target, apply);
    const box = this.target.boxes[0];
    return {
      HorizontalAlignment: {
        get: () => uniform(cells(), (c) => c.horizontal),
        set: (v) => {
          if (!HORIZONTAL.includes(String(v)))
            fail(ErrorCodes.invalidArgument, `horizontalAlignment ${String(v)}`);
          write((c) => (c.horizontal = String(v)));
        },
      },
      VerticalAlignment: {
        get: () => uniform(cells(), (c) => c.vertical),
        set: (v) => {
          if (!VERTICAL.includes(String(v)))
            fail(ErrorCodes.invalidArgument, `verticalAlignment ${String(v)}`);
          write((c) => (c.vertical = String(v)));
        },
      },
      WrapText: {
        get: () => uniform(cells(), (c) => c.wrap),
        set: (v) => write((c) => (c.wrap = v === true)),
      },
      ColumnWidth: {
        get: () => this.target.sheet.columnWidths.get(box.left) ?? DEFAULT_COLUMN_WIDTH,
        set: (v) => {
          requireApi(this.host, 2, 'RangeFormat.columnWidth');
          this.lines((sheet, b) => {
            for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, Number(v));
          });
        },
      },
      RowHeight: {
        get: () => this.target.sheet.rowHeights.get(box.top) ?? DEFAULT_ROW_HEIGHT,
        set: (v) => {
          requireApi(this.host, 2, 'RangeFormat.rowHeight');
          if (typeof v !== 'number' || !(v >= 0 && v <= 409))
            fail(ErrorCodes.invalidArgument, `rowHeight ${String(v)}`);
          this.lines((sheet, b) => {
            for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, v as number);
          });
        },
      },
    };
  }
}

/** Range.conditionalFormats (ExcelApi 1.6): only the custom (formula) type is modelled. */
export class ConditionalFormatCollectionHost extends HostObject {
  readonly type = 'ConditionalFormatCollection';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
    requireApi(host, 6, 'Range.conditionalFormats');
  }
  protected override methods(): Methods {
    return {
      Add: (type: unknown) => {
        if (type !== 'Custom')
          fail(ErrorCodes.invalidArgument, `Excel host: conditional format ${String(type)}`);
        noteWrite(this.host, this.target);
        const record = {
          box: this.target.boxes[0],
          type: 'Custom',
          formula: null,
          fill: null,
          fontColor: null,
          bold: null,
        };
        this.target.sheet.conditionalFormats.push(record);
        return new CustomConditionalFormatHost(this.host, record, 'ConditionalFormat');
      },
    };
  }
}

type CfRecord = {
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
};

/** ConditionalFormat → Custom → Rule / Format → Fill / Font, all writing into one record. */
export class CustomConditionalFormatHost extends HostObject {
  constructor(
    host: HostState,
    private readonly record: CfRecord,
    readonly type: string,
  ) {
    super(host);
  }
  protected override navs(): Record<string, () => HostObject> {
    const child = (type: string) => () => new CustomConditionalFormatHost(this.host, this.record, type);
    switch (this.type) {
      case 'ConditionalFormat':
        return { Custom: child('CustomConditionalFormat') };
      case 'CustomConditionalFormat':
        return { Rule: child('ConditionalFormatRule'), Format: child('ConditionalRangeFormat') };
      case 'ConditionalRangeFormat':
        return { Fill: child('ConditionalRangeFill'), Font: child('ConditionalRangeFont') };
      default:
        return {};
    }
  }
  protected override props(): Record<string, Prop> {
    switch (this.type) {
      case 'ConditionalFormatRule':
        return {
          Formula: {
            set: (v) => {
              if (!String(v).startsWith('='))
                fail(ErrorCodes.invalidArgument, `Conditional format formula ${String(v)}`);
              this.record.formula = String(v);
            },
          },
        };
      case 'ConditionalRangeFill':
        return { Color: { set: (v) => (this.record.fill = normalizeColor(v)) } };
      case 'ConditionalRangeFont':
        return {
          Color: { set: (v) => (this.record.fontColor = normalizeColor(v)) },
          Bold: { set: (v) => (this.record.bold = v === true) },
        };
      default:
        return {};
    }
  }
}

/** Range.dataValidation (ExcelApi 1.8): kept per cell. Excel's limits: title 32, message 255 characters. */
export class DataValidationHost extends HostObject {
  readonly type = 'DataValidation';
  constructor(
    host: HostState,
    private readonly target: Target,
  ) {
    super(host);
    requireApi(host, 8, 'Range.dataValidation');
  }
  private write<K extends keyof ValidationModel>(key: K, value: ValidationModel[K]): void {
    writeCells(this.host, this.target, (c) => {
      c.validation ??= { rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
      c.validation[key] = structuredClone(value);
    });
  }
  protected override props(): Record<string, Prop> {
    const text = (v: unknown) => v as { title: string; message: string };
    return {
      Rule: {
        set: (v) => {
          if (typeof v !== 'object' || v === null || Object.keys(v).length !== 1)
            fail(ErrorCodes.invalidArgument, 'A data validation rule has exactly one type.');
          this.write('rule', v as Record<string, unknown>);
        },
      },
      Prompt: {
        set: (v) => {
          if (text(v).title.length > 32 || text(v).message.length > 255)
            fail(ErrorCodes.invalidArgument, 'Data validation prompt too long.');
          this.write('prompt', v as ValidationModel['prompt']);
        },
      },
      ErrorAlert: {
        set: (v) => {
          if (text(v).title.length > 32 || text(v).message.length > 255)
            fail(ErrorCodes.invalidArgument, 'Data validation error alert too long.');
          this.write('errorAlert', v as ValidationModel['errorAlert']);
        },
      },
      IgnoreBlanks: { set: (v) => this.write('ignoreBlanks', v === true) },
    };
  }
}

/** A cell's value as Excel would show it: formulas computed by the host's evaluator, if any. */
export function cellValue(
  host: HostState,
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

type Matrix = CellScalar[][];

function checkShape(rows: unknown, box: Box): Matrix {
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  if (
    !Array.isArray(rows) ||
    rows.length !== height ||
    rows.some((row) => !Array.isArray(row) || row.length !== width)
  )
    fail(
      ErrorCodes.invalidArgument,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return rows as Matrix;
}

const sheetAddress = (t: Target): string =>
  t.boxes.map((b) => `${quoteSheet(t.sheet.name)}!${boxA1(b)}`).join(',');

/** A Range or RangeAreas: a null object (from *OrNullObject) when it has no target. */
abstract class TargetedHost extends HostObject {
  constructor(
    host: HostState,
    readonly target: Target | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.target !== undefined;
  }
  protected get t(): Target {
    return this.target ?? fail(ErrorCodes.itemNotFound, 'The requested resource does not exist.');
  }
}

export class RangeAreasHost extends TargetedHost {
  readonly type = 'RangeAreas';
  protected override props(): Record<string, Prop> {
    return {
      Address: { get: () => sheetAddress(this.t) },
      AreaCount: { get: () => this.t.boxes.length },
      CellCount: { get: () => cellsOf(this.t).length },
    };
  }
  protected override navs(): Record<string, () => HostObject> {
    return { Format: () => new RangeFormatHost(this.host, this.t) };
  }
}

type CellPropertiesSpec = {
  address?: boolean;
  format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
};

export class RangeHost extends TargetedHost {
  readonly type = 'Range';
  private get box(): Box {
    return this.t.boxes[0];
  }
  private grid<T>(pick: (c: Cell | undefined, r: number, col: number) => T): T[][] {
    const { sheet } = this.t;
    const box = this.box;
    const rows: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: T[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(pick(sheet.peek(r, c), r, c));
      rows.push(row);
    }
    return rows;
  }
  /** Writes a 2-D array as Office does: null leaves a cell as it is, `=…` strings become formulas. */
  private writeMatrix(input: unknown): void {
    const rows = checkShape(input, this.box);
    noteWrite(this.host, this.t, 'data');
    const { sheet } = this.t;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = sheet.cell(this.box.top + r, this.box.left + c);
        if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
          // https://learn.microsoft.com/office/troubleshoot/excel/formula-length-limit: 8,192 characters.
          if (v.length > 8192) fail(ErrorCodes.invalidArgument, 'The formula is too long.');
          cell.formula = v.slice(1);
          cell.value = null;
        } else {
          cell.formula = null;
          // A leading apostrophe enters the rest as text, as when typed; it is not stored.
          cell.value = v === '' ? null : typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
        }
      }),
    );
  }
  protected override props(): Record<string, Prop> {
    return {
      Address: { get: () => sheetAddress(this.t) },
      // Empty cells read back as "" in Office, not null; formula cells as their result.
      Values: {
        get: () => this.grid((_, r, c) => cellValue(this.host, this.t.sheet, r, c) ?? ''),
        set: (v) => this.writeMatrix(v),
      },
      Formulas: {
        get: () => this.grid((c) => (c?.formula != null ? `=${c.formula}` : (c?.value ?? ''))),
        set: (v) => this.writeMatrix(v),
      },
      NumberFormat: {
        get: () => this.grid((c) => c?.numberFormat ?? 'General'),
        // null leaves a cell's format as it is.
        set: (v) => {
          const rows = checkShape(v, this.box);
          noteWrite(this.host, this.t);
          rows.forEach((row, r) =>
            row.forEach((f, c) => {
              if (f !== null)
                this.t.sheet.cell(this.box.top + r, this.box.left + c).numberFormat =
                  f === '' ? 'General' : String(f);
            }),
          );
        },
      },
      RowIndex: { get: () => this.box.top },
      ColumnIndex: { get: () => this.box.left },
      RowCount: { get: () => this.box.bottom - this.box.top + 1 },
      ColumnCount: { get: () => this.box.right - this.box.left + 1 },
    };
  }
  protected override navs(): Record<string, () => HostObject> {
    return {
      Format: () => new RangeFormatHost(this.host, this.t),
      ConditionalFormats: () => new ConditionalFormatCollectionHost(this.host, this.t),
      DataValidation: () => new DataValidationHost(this.host, this.t),
    };
  }
  protected override methods(): Methods {
    return {
      /**
       * ExcelApi 1.2. Keeps the top-left value only, like Excel. With the web quirk on, fills and borders
       * set on the cells before merging are lost (office-js #6405 case 1).
       */
      Merge: (across: unknown) => {
        requireApi(this.host, 2, 'Range.merge');
        if (across === true) fail(ErrorCodes.invalidArgument, 'Excel host: merge(across) is not modelled.');
        noteWrite(this.host, this.t);
        const { sheet } = this.t;
        const box = this.box;
        if (box.top === box.bottom && box.left === box.right) return null;
        if (sheet.merges.some((m) => overlaps(m, box)))
          fail(ErrorCodes.invalidOperation, `Excel host: ${boxA1(box)} overlaps a merged area.`);
        for (let r = box.top; r <= box.bottom; r++)
          for (let c = box.left; c <= box.right; c++) {
            const cell = sheet.peek(r, c);
            if (!cell) continue;
            if (r !== box.top || c !== box.left) {
              cell.value = null;
              cell.formula = null;
            }
            if (this.host.webMergeQuirk) {
              cell.fill = null;
              cell.borders = {};
            }
          }
        sheet.merges.push(box);
        return null;
      },
      Select: () => {
        const state = this.host.state;
        // No error, no action: the selection simply does not move (office-js #5118).
        if (this.host.selectNeedsActiveSheet && this.host.activeAtRequestStart !== this.t.sheet.id)
          return null;
        state.activeSheetId = this.t.sheet.id;
        state.selection = { sheetId: this.t.sheet.id, box: this.box };
        return null;
      },
      /** ExcelApi 1.13; fails past 512 areas (documented limit of the method). */
      GetMergedAreasOrNullObject: () => {
        requireApi(this.host, 13, 'Range.getMergedAreasOrNullObject');
        const { sheet } = this.t;
        const hits = sheet.merges.filter((m) => overlaps(m, this.box));
        if (hits.length > MAX_MERGED_AREAS)
          fail(ErrorCodes.invalidOperation, `The range has more than ${MAX_MERGED_AREAS} merged areas.`);
        return new RangeAreasHost(this.host, hits.length ? { sheet, boxes: hits } : undefined);
      },
      /** ExcelApi 1.9: a 2-D array of the properties asked for, PascalCase as on the wire. */
      GetCellProperties: (spec: unknown) => {
        requireApi(this.host, 9, 'Range.getCellProperties');
        return this.grid((cell, r, c) => this.cellProperties(cell, r, c, spec as CellPropertiesSpec));
      },
    };
  }
  private cellProperties(cell: Cell | undefined, row: number, col: number, spec: CellPropertiesSpec) {
    const out: Record<string, unknown> = {};
    if (spec.address)
      out.address = `${quoteSheet(this.t.sheet.name)}!${boxA1({ top: row, left: col, bottom: row, right: col })}`;
    if (spec.format) {
      const format: Record<string, Record<string, unknown>> = {};
      const fill = spec.format.fill;
      if (fill) {
        const reading = fillReading(this.host, cell);
        format.fill = {};
        for (const key of Object.keys(fill).filter((k) => fill[k])) {
          const wire = key[0].toUpperCase() + key.slice(1);
          if (!(wire in reading)) unsupported(this.host, `getCellProperties format.fill.${key}`);
          format.fill[key] = reading[wire];
        }
      }
      const font = spec.format.font;
      if (font) {
        format.font = {};
        for (const key of Object.keys(font).filter((k) => font[k])) {
          if (key === 'color') format.font.color = cell?.fontColor ?? '#000000';
          else if (key === 'bold') format.font.bold = cell?.bold ?? false;
          else unsupported(this.host, `getCellProperties format.font.${key}`);
        }
      }
      out.format = format;
    }
    return out;
  }
}
