import { DoubleClientResult, DoubleContext } from './context';
import { ErrorCodes, fail } from './errors';
import { boxA1, quoteSheet, type Box, type Cell, type SheetState } from './model';
import { DoubleProxy } from './proxy';

/** Where a range or range-areas proxy points, resolved at sync time (the sheet may be gone by then). */
export interface Target {
  sheet: SheetState;
  boxes: Box[];
}
export type Resolve = () => Target | undefined;

const cellsOf = (t: Target): Cell[] =>
  t.boxes.flatMap((b) => {
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
    };
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

export class FormatProxy extends DoubleProxy {
  readonly fill: FillProxy;
  readonly font: FontProxy;
  constructor(context: DoubleContext, resolve: Resolve) {
    super(context);
    this.fill = new FillProxy(context, resolve);
    this.font = new FontProxy(context, resolve);
  }
  protected scalars() {
    return {};
  }
  protected override children() {
    return { fill: this.fill, font: this.font };
  }
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
      // Empty cells read back as "" in Office, not null.
      values: grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value)),
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
  set values(values: (string | number | boolean | null)[][]) {
    this.context.enqueue(() => {
      const { sheet, box } = this.box();
      if (sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
      values.forEach((row, r) =>
        row.forEach((v, c) => (sheet.cell(box.top + r, box.left + c).value = v === '' ? null : v)),
      );
    }, values);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
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
