import { DoubleClientResult, DoubleContext } from './context';
import { ErrorCodes, fail } from './errors';
import { SheetState, parseAddress, parseLines, type Box, type PageLayoutModel } from './model';
import { RangeAreasProxy, RangeProxy, type Target } from './range';
import { DoubleProxy } from './proxy';

const MAX_ADDRESS = 8192;
let commentIds = 0;

type SheetRef = () => SheetState | undefined;

function mustSheet(ref: SheetRef): SheetState {
  return ref() ?? fail(ErrorCodes.itemNotFound, 'The requested resource does not exist.');
}

function guardWrite(sheet: SheetState): void {
  if (sheet.protected) fail(ErrorCodes.accessDenied, 'The cell or chart is on a protected sheet.');
}

export class ProtectionProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }
  protected scalars() {
    return { protected: () => mustSheet(this.ref).protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

interface ChangeHandlerResult {
  context: DoubleContext;
  remove(): void;
}

export class NoteCollectionProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
    context.requireApi(18, 'Worksheet.notes');
  }
  protected scalars() {
    return {};
  }
  add(cellAddress: string, content: string): void {
    this.context.enqueue(() => {
      const sheet = mustSheet(this.ref);
      guardWrite(sheet);
      const box = cellBox(cellAddress);
      const cell = sheet.cell(box.top, box.left);
      if (cell.note !== null) fail(ErrorCodes.invalidArgument, 'The cell already has a note.');
      cell.note = content;
    }, [cellAddress, content]);
  }
  getCount(): DoubleClientResult<number> {
    const result = new DoubleClientResult<number>();
    this.context.enqueue(() =>
      result.slot.set([...mustSheet(this.ref).cells.values()].filter((c) => c.note !== null).length),
    );
    return result;
  }
  private itemsSlot: NoteProxy[] | undefined;
  override loadNow(): void {
    const sheet = mustSheet(this.ref);
    this.itemsSlot = [...sheet.cells.entries()]
      .filter(([, cell]) => cell.note !== null)
      .map(([key, cell]) => {
        const [row, col] = key.split(',').map(Number);
        const item = new NoteProxy(this.context, sheet, row, col);
        item.slot('content').set(cell.note);
        this.context.respond(cell.note);
        return item;
      });
  }
  get items(): NoteProxy[] {
    return this.itemsSlot ?? this.read('items');
  }
  /** delete() on a missing note is a no-op, as on any null object. */
  getItemOrNullObject(cellAddress: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(() => {
          const sheet = mustSheet(this.ref);
          const box = cellBox(cellAddress);
          const cell = sheet.peek(box.top, box.left);
          if (cell?.note == null) return;
          guardWrite(sheet);
          cell.note = null;
        }, cellAddress),
    };
  }
}

export class NoteProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly sheet: SheetState,
    private readonly row: number,
    private readonly col: number,
  ) {
    super(context);
  }
  protected scalars() {
    return { content: () => this.sheet.peek(this.row, this.col)?.note ?? null };
  }
  get content(): string {
    return this.read('content');
  }
  delete(): void {
    this.context.enqueue(() => {
      const cell = this.sheet.peek(this.row, this.col);
      if (!cell || cell.note === null) return fail(ErrorCodes.itemNotFound, 'The note no longer exists.');
      guardWrite(this.sheet);
      cell.note = null;
    });
  }
}

function cellBox(address: string): Box {
  const parsed = parseAddress(address);
  if (!parsed || parsed.box.top !== parsed.box.bottom || parsed.box.left !== parsed.box.right)
    return fail(ErrorCodes.invalidArgument, `InvalidCellAddress: ${address}`);
  return parsed.box;
}

export class WorksheetProxy extends DoubleProxy {
  readonly protection: ProtectionProxy;
  readonly onChanged: { add(handler: (event: unknown) => Promise<unknown> | unknown): ChangeHandlerResult };

  constructor(
    context: DoubleContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
    this.protection = new ProtectionProxy(context, ref);
    this.onChanged = {
      add: (handler) => {
        context.enqueue(() => mustSheet(ref).changeHandlers.add(handler));
        return {
          context,
          remove: () => context.enqueue(() => ref()?.changeHandlers.delete(handler)),
        };
      },
    };
  }
  protected override exists(): boolean {
    return this.ref() !== undefined;
  }
  protected scalars() {
    return {
      name: () => mustSheet(this.ref).name,
      id: () => mustSheet(this.ref).id,
      position: () => this.context.host.state.sheets.indexOf(mustSheet(this.ref)),
    };
  }
  protected override children() {
    return { protection: this.protection };
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, this.ref);
  }

  private target(box: () => Box | undefined): () => Target | undefined {
    return () => {
      const sheet = this.ref();
      const b = sheet && box();
      return sheet && b ? { sheet, boxes: [b] } : undefined;
    };
  }

  getRange(address: string): RangeProxy {
    const box = parseAddress(address)?.box ?? parseLines(address);
    if (!box) fail(ErrorCodes.invalidArgument, `Bad address ${address}`);
    return new RangeProxy(
      this.context,
      this.target(() => box),
    );
  }

  /** ExcelApi 1.1. Excel refuses to delete the last sheet. */
  delete(): void {
    this.context.enqueue(() => {
      const state = this.context.host.state;
      const sheet = mustSheet(this.ref);
      if (state.sheets.length === 1) fail(ErrorCodes.invalidOperation, 'A workbook must keep one sheet.');
      state.sheets = state.sheets.filter((s) => s !== sheet);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
      if (state.selection.sheetId === sheet.id)
        state.selection = { sheetId: state.activeSheetId, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    }, 'delete');
  }

  /** ExcelApi 1.7. */
  get freezePanes(): { freezeRows(count: number): void; freezeColumns(count: number): void } {
    this.context.requireApi(7, 'Worksheet.freezePanes');
    const freeze = (rows: number, cols: number) =>
      this.context.enqueue(() => {
        const sheet = mustSheet(this.ref);
        sheet.frozenRows = rows;
        sheet.frozenColumns = cols;
      }, [rows, cols]);
    return { freezeRows: (n) => freeze(n, 0), freezeColumns: (n) => freeze(0, n) };
  }

  /** ExcelApi 1.9. */
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, this.ref);
  }

  /** ExcelApi 1.9: a break is added above the range's top-left cell. */
  get horizontalPageBreaks(): { add(at: string): void } {
    this.context.requireApi(9, 'Worksheet.horizontalPageBreaks');
    return {
      add: (at) => {
        const box = parseAddress(at)?.box ?? fail(ErrorCodes.invalidArgument, `Bad address ${at}`);
        this.context.enqueue(() => {
          if (box.top === 0) fail(ErrorCodes.invalidArgument, 'No page break above row 1.');
          mustSheet(this.ref).pageBreaks.add(box.top);
        }, at);
      },
    };
  }

  /** ExcelApi 1.9. A comma-separated list; Office rejects address strings over 8,192 characters. */
  getRanges(address: string): RangeAreasProxy {
    this.context.requireApi(9, 'Worksheet.getRanges');
    const host = this.context.host;
    host.longestAddress = Math.max(host.longestAddress, address.length);
    if (address.length > MAX_ADDRESS) fail(ErrorCodes.invalidArgument, 'The address is too long.');
    const boxes = address
      .split(',')
      .map((a) => parseAddress(a.trim())?.box ?? fail(ErrorCodes.invalidArgument, a));
    return new RangeAreasProxy(this.context, () => {
      const sheet = this.ref();
      return sheet ? { sheet, boxes } : undefined;
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      this.target(() => this.ref()?.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      this.target(() => this.ref()?.usedBox(valuesOnly)),
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.host.state.activeSheetId = mustSheet(this.ref).id;
    });
  }
}

const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

export class PageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };

  constructor(
    private readonly context: DoubleContext,
    private readonly ref: SheetRef,
  ) {
    context.requireApi(9, 'Worksheet.pageLayout');
    const footer = {};
    Object.defineProperty(footer, 'centerFooter', {
      set: (text: string) => this.write(text, (p) => (p.centerFooter = text)),
    });
    this.headersFooters = { defaultForAllPages: footer as { centerFooter: string } };
  }
  private write(args: unknown, apply: (layout: PageLayoutModel, sheet: SheetState) => void): void {
    this.context.enqueue(() => {
      const sheet = mustSheet(this.ref);
      apply(sheet.pageLayout, sheet);
    }, args);
  }
  set orientation(value: string) {
    if (!['Portrait', 'Landscape'].includes(value)) fail(ErrorCodes.invalidArgument, `orientation ${value}`);
    this.write(value, (p) => (p.orientation = value));
  }
  set paperSize(value: string) {
    this.write(value, (p) => (p.paperSize = value));
  }
  set centerHorizontally(value: boolean) {
    this.write(value, (p) => (p.centerHorizontally = value));
  }
  set zoom(zoom: PageLayoutModel['zoom']) {
    const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
    if (fit && zoom.scale !== undefined)
      fail(ErrorCodes.invalidArgument, 'Zoom: scale or fit to pages, not both.');
    this.write(zoom, (p) => (p.zoom = { ...zoom }));
  }
  setPrintMargins(unit: string, margins: Partial<PageLayoutModel['margins']>): void {
    const factor = MARGIN_UNITS[unit] ?? fail(ErrorCodes.invalidArgument, `Margin unit ${unit}`);
    this.write([unit, margins], (p) => {
      for (const [key, value] of Object.entries(margins))
        if (value !== undefined) p.margins[key as keyof PageLayoutModel['margins']] = value * factor;
    });
  }
  setPrintArea(address: string): void {
    const box = parseAddress(address)?.box ?? fail(ErrorCodes.invalidArgument, `Bad address ${address}`);
    this.write(address, (p) => (p.printArea = box));
  }
  /** Whole rows such as `$1:$2`. */
  setPrintTitleRows(address: string): void {
    const box = parseLines(address);
    if (!box || box.left !== 0) fail(ErrorCodes.invalidArgument, `Print title rows ${address}`);
    this.write(address, (p) => (p.printTitleRows = { first: box?.top ?? 0, last: box?.bottom ?? 0 }));
  }
}

/** Binds a proxy to a sheet by name at its first sync, then by id (as Office does after resolving). */
function byName(context: DoubleContext, name: string): SheetRef {
  let id: string | undefined;
  return () => {
    const sheets = context.host.state.sheets;
    if (id) return sheets.find((s) => s.id === id);
    const hit = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    id = hit?.id;
    return hit;
  };
}

export class WorksheetCollectionProxy extends DoubleProxy {
  private itemsSlot: WorksheetProxy[] | undefined;

  protected scalars() {
    return {};
  }
  override loadNow(paths: string[]): void {
    const itemPaths = paths.filter((p) => p.startsWith('items')).map((p) => p.replace(/^items\/?/, ''));
    const sheets = this.context.host.state.sheets;
    this.itemsSlot = sheets.map((sheet) => {
      const item = new WorksheetProxy(this.context, () => sheets.find((s) => s.id === sheet.id));
      item.loadNow(itemPaths.filter(Boolean).length ? itemPaths.filter(Boolean) : ['name']);
      return item;
    });
  }
  get items(): WorksheetProxy[] {
    if (!this.itemsSlot) return this.read('items');
    return this.itemsSlot;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => mustSheet(byName(this.context, name)));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, byName(this.context, name));
  }
  getActiveWorksheet(): WorksheetProxy {
    const state = this.context.host.state;
    return new WorksheetProxy(this.context, () => state.sheets.find((s) => s.id === state.activeSheetId));
  }
  add(name: string): WorksheetProxy {
    const state = this.context.host.state;
    const id = `sheet-${state.nextSheetId++}`;
    this.context.enqueue(() => {
      if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        fail('ItemAlreadyExists', `A sheet named ${name} exists.`);
      state.sheets.push(new SheetState(id, name));
    }, name);
    return new WorksheetProxy(this.context, () => state.sheets.find((s) => s.id === id));
  }
}

export class SettingProxy extends DoubleProxy {
  constructor(
    context: DoubleContext,
    private readonly key: string,
  ) {
    super(context);
  }
  protected override exists(): boolean {
    return this.context.host.state.settings.has(this.key);
  }
  protected scalars() {
    return {
      key: () => this.key,
      value: () => JSON.parse(this.context.host.state.settings.get(this.key) ?? 'null') as unknown,
    };
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.context.enqueue(() => this.context.host.state.settings.delete(this.key), this.key);
  }
}

export class SettingCollectionProxy extends DoubleProxy {
  protected scalars() {
    return {};
  }
  add(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    this.context.enqueue(() => this.context.host.state.settings.set(key, json), [key, json]);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key);
  }
}

export class CommentCollectionProxy extends DoubleProxy {
  constructor(context: DoubleContext) {
    super(context);
    context.requireApi(10, 'Workbook.comments');
  }
  protected scalars() {
    return {};
  }
  private locate(address: string) {
    const parsed = parseAddress(address);
    const sheet = this.context.host.state.sheets.find((s) => s.name === parsed?.sheet);
    if (!parsed || !sheet) return fail(ErrorCodes.invalidArgument, `InvalidCellAddress: ${address}`);
    return { sheet, cell: sheet.cell(parsed.box.top, parsed.box.left) };
  }
  add(cellAddress: string, content: string): void {
    this.context.enqueue(() => {
      const { sheet, cell } = this.locate(cellAddress);
      guardWrite(sheet);
      if (cell.comment !== null) fail(ErrorCodes.invalidArgument, 'The cell already has a comment.');
      cell.comment = content;
      cell.commentId = `comment-${++commentIds}`;
    }, [cellAddress, content]);
  }
  getCount(): DoubleClientResult<number> {
    const result = new DoubleClientResult<number>();
    this.context.enqueue(() =>
      result.slot.set(
        this.context.host.state.sheets.reduce(
          (n, s) => n + [...s.cells.values()].filter((c) => c.comment !== null).length,
          0,
        ),
      ),
    );
    return result;
  }
  private itemsSlot: { id: string; content: string; delete(): void }[] | undefined;
  override loadNow(): void {
    const items: { id: string; content: string; delete(): void }[] = [];
    for (const sheet of this.context.host.state.sheets)
      for (const cell of sheet.cells.values())
        if (cell.comment !== null && cell.commentId !== null) {
          const id = cell.commentId;
          items.push({ id, content: cell.comment, delete: () => this.getItem(id).delete() });
        }
    this.context.respond(items);
    this.itemsSlot = items;
  }
  get items(): { id: string; content: string; delete(): void }[] {
    return this.itemsSlot ?? this.read('items');
  }
  getItem(id: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(() => {
          for (const sheet of this.context.host.state.sheets)
            for (const cell of sheet.cells.values())
              if (cell.commentId === id) {
                guardWrite(sheet);
                cell.comment = null;
                cell.commentId = null;
                return;
              }
          fail(ErrorCodes.itemNotFound, `No comment ${id}.`);
        }, id),
    };
  }
  getItemByCell(cellAddress: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(() => {
          const { sheet, cell } = this.locate(cellAddress);
          if (cell.comment === null) fail(ErrorCodes.itemNotFound, 'No comment at that cell.');
          guardWrite(sheet);
          cell.comment = null;
          cell.commentId = null;
        }, cellAddress),
    };
  }
}

export class WorkbookProxy extends DoubleProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(context: DoubleContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
  }
  protected scalars() {
    return {};
  }
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context);
  }
}

export class RequestContextDouble {
  readonly workbook: WorkbookProxy;
  constructor(readonly inner: DoubleContext) {
    this.workbook = new WorkbookProxy(inner);
  }
  sync(): Promise<void> {
    return this.inner.sync();
  }
}
