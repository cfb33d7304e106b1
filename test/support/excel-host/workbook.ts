/**
 * Workbook-level objects of the host: the workbook, worksheets, settings, threaded comments, page
 * layout, freeze panes and page breaks, executed against the workbook model.
 */
import { ErrorCodes, fail, PROTECTED_MESSAGE } from './errors';
import {
  parseAddress,
  parseLines,
  sheetId,
  SheetState,
  type Box,
  type CommentModel,
  type PageLayoutModel,
} from './model';
import { HostObject, type Methods, type Prop } from './object';
import { guardWrite, MAX_ADDRESS, RangeAreasHost, RangeHost } from './range';
import { requireApi, type HostState } from './state';

const notFound = (what: string): never =>
  fail(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (${what})`);

function findSheet(host: HostState, key: unknown): SheetState | undefined {
  const text = String(key);
  // Worksheet IDs and names both select a sheet (WorksheetCollection.getItem: "name or ID"); names ignore case.
  return (
    host.state.sheets.find((s) => s.id === text) ??
    host.state.sheets.find((s) => s.name.toLowerCase() === text.toLowerCase())
  );
}

/** https://support.microsoft.com/office/rename-a-worksheet: at most 31 characters, none of \ / ? * [ ] : */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    fail(ErrorCodes.invalidArgument, `The sheet name "${name}" is not valid.`);
}

export class WorkbookHost extends HostObject {
  readonly type = 'Workbook';
  protected override navs(): Record<string, () => HostObject> {
    return {
      Worksheets: () => new WorksheetCollectionHost(this.host),
      Settings: () => new SettingCollectionHost(this.host),
      Comments: () => new CommentCollectionHost(this.host),
      Protection: () => new WorkbookProtectionHost(this.host),
    };
  }
}

/** Workbook.protection (ExcelApi 1.7): the structure lock (no sheets added, deleted or renamed). */
export class WorkbookProtectionHost extends HostObject {
  readonly type = 'WorkbookProtection';
  constructor(host: HostState) {
    super(host);
    requireApi(host, 7, 'Workbook.protection');
  }
  protected override props(): Record<string, Prop> {
    return { Protected: { get: () => this.host.state.structureProtected } };
  }
}

export class WorksheetCollectionHost extends HostObject {
  readonly type = 'WorksheetCollection';
  override items(): HostObject[] {
    return this.host.state.sheets.map((s) => new WorksheetHost(this.host, s));
  }
  override index(key: unknown): HostObject {
    return new WorksheetHost(this.host, findSheet(this.host, key) ?? notFound(`worksheet ${String(key)}`));
  }
  protected override methods(): Methods {
    const state = this.host.state;
    return {
      GetItemOrNullObject: (key: unknown) => new WorksheetHost(this.host, findSheet(this.host, key)),
      GetActiveWorksheet: () =>
        new WorksheetHost(
          this.host,
          state.sheets.find((s) => s.id === state.activeSheetId),
        ),
      Add: (name: unknown) => {
        if (state.structureProtected) fail(ErrorCodes.accessDenied, 'The workbook structure is protected.');
        const text = String(name);
        checkSheetName(text);
        if (findSheet(this.host, text)) fail(ErrorCodes.itemAlreadyExists, `A sheet named ${text} exists.`);
        const sheet = new SheetState(sheetId(state.session, state.nextSheetId++), text);
        state.sheets.push(sheet);
        return new WorksheetHost(this.host, sheet);
      },
      GetCount: () => state.sheets.length,
      GetItemAt: (i: unknown) =>
        new WorksheetHost(this.host, state.sheets[Number(i)] ?? notFound(`worksheet #${String(i)}`)),
    };
  }
}

/** Worksheet.onChanged is registered per sheet with this event type (Worksheet.prototype.onChanged). */
export const WORKSHEET_CHANGED_EVENT = 10;

export class WorksheetHost extends HostObject {
  readonly type = 'Worksheet';
  constructor(
    host: HostState,
    private readonly sheet: SheetState | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.sheet !== undefined && this.host.state.sheets.includes(this.sheet);
  }
  private get s(): SheetState {
    return this.exists() ? (this.sheet as SheetState) : notFound('worksheet');
  }
  // Excel answers an instantiated worksheet with its ID, which the runtime uses to address it later.
  override identity(): Record<string, unknown> {
    return this.exists() ? { Id: this.s.id } : {};
  }
  protected override props(): Record<string, Prop> {
    return {
      Name: {
        get: () => this.s.name,
        set: (v) => {
          checkSheetName(String(v));
          this.s.name = String(v);
        },
      },
      Id: { get: () => this.s.id },
      Position: { get: () => this.host.state.sheets.indexOf(this.s) },
    };
  }
  protected override navs(): Record<string, () => HostObject> {
    return {
      Protection: () => new WorksheetProtectionHost(this.host, this.s),
      PageLayout: () => new PageLayoutHost(this.host, this.s),
      FreezePanes: () => new FreezePanesHost(this.host, this.s),
      HorizontalPageBreaks: () => new PageBreakCollectionHost(this.host, this.s),
    };
  }
  private range(box: Box | undefined): RangeHost {
    return new RangeHost(this.host, box ? { sheet: this.s, boxes: [box] } : undefined);
  }
  protected override methods(): Methods {
    return {
      GetRange: (address: unknown) => {
        const text = String(address ?? '');
        const box =
          parseAddress(text)?.box ??
          parseLines(text) ??
          fail(ErrorCodes.invalidArgument, `Bad address ${text}`);
        return this.range(box);
      },
      /** ExcelApi 1.9: a comma-separated list; Office rejects address strings over 8,192 characters. */
      GetRanges: (address: unknown) => {
        requireApi(this.host, 9, 'Worksheet.getRanges');
        const text = String(address);
        this.host.longestAddress = Math.max(this.host.longestAddress, text.length);
        if (text.length > MAX_ADDRESS) fail(ErrorCodes.invalidArgument, 'The address is too long.');
        const boxes = text
          .split(',')
          .map((a) => parseAddress(a.trim())?.box ?? fail(ErrorCodes.invalidArgument, a));
        return new RangeAreasHost(this.host, { sheet: this.s, boxes });
      },
      // An empty sheet's used range is A1 (docs: Worksheet.getUsedRange).
      GetUsedRange: (valuesOnly: unknown) =>
        this.range(this.s.usedBox(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
      GetUsedRangeOrNullObject: (valuesOnly: unknown) => this.range(this.s.usedBox(valuesOnly === true)),
      Activate: () => {
        this.host.state.activeSheetId = this.s.id;
        return null;
      },
      /** ExcelApi 1.1. Excel refuses to delete the last visible sheet. */
      Delete: () => {
        const state = this.host.state;
        const sheet = this.s;
        if (state.structureProtected) fail(ErrorCodes.accessDenied, 'The workbook structure is protected.');
        if (state.sheets.length === 1) fail(ErrorCodes.invalidOperation, 'A workbook must keep one sheet.');
        state.sheets = state.sheets.filter((s) => s !== sheet);
        if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
        if (state.selection.sheetId === sheet.id)
          state.selection = { sheetId: state.activeSheetId, box: { top: 0, left: 0, bottom: 0, right: 0 } };
        return null;
      },
      _RegisterDataChangedEvent: () => {
        this.host.registrations.push({ eventType: WORKSHEET_CHANGED_EVENT, targetId: this.s.id });
        return null;
      },
      _UnregisterDataChangedEvent: () => {
        const i = this.host.registrations.findIndex(
          (r) => r.eventType === WORKSHEET_CHANGED_EVENT && r.targetId === this.s.id,
        );
        if (i >= 0) this.host.registrations.splice(i, 1);
        return null;
      },
    };
  }
}

export class WorksheetProtectionHost extends HostObject {
  readonly type = 'WorksheetProtection';
  constructor(
    host: HostState,
    private readonly sheet: SheetState,
  ) {
    super(host);
  }
  protected override props(): Record<string, Prop> {
    return { Protected: { get: () => this.sheet.protected } };
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7). */
export class FreezePanesHost extends HostObject {
  readonly type = 'WorksheetFreezePanes';
  constructor(
    host: HostState,
    private readonly sheet: SheetState,
  ) {
    super(host);
    requireApi(host, 7, 'Worksheet.freezePanes');
  }
  protected override methods(): Methods {
    return {
      FreezeRows: (n: unknown) => {
        guardWrite(this.host, this.sheet);
        this.sheet.frozenRows = Number(n);
        this.sheet.frozenColumns = 0;
        return null;
      },
    };
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break is added above the range's top-left cell. */
export class PageBreakCollectionHost extends HostObject {
  readonly type = 'PageBreakCollection';
  constructor(
    host: HostState,
    private readonly sheet: SheetState,
  ) {
    super(host);
    requireApi(host, 9, 'Worksheet.horizontalPageBreaks');
  }
  protected override methods(): Methods {
    return {
      Add: (at: unknown) => {
        const box =
          parseAddress(String(at))?.box ?? fail(ErrorCodes.invalidArgument, `Bad address ${String(at)}`);
        if (box.top === 0) fail(ErrorCodes.invalidArgument, 'No page break above row 1.');
        guardWrite(this.host, this.sheet);
        this.sheet.pageBreaks.add(box.top);
        return new PageBreakHost(this.host);
      },
    };
  }
}

/** The PageBreak object PageBreakCollection.add returns (nothing is read from it here). */
export class PageBreakHost extends HostObject {
  readonly type = 'PageBreak';
}

const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const ZOOM_KEYS = ['scale', 'horizontalFitToPages', 'verticalFitToPages'];

/** Worksheet.pageLayout (ExcelApi 1.9). */
export class PageLayoutHost extends HostObject {
  readonly type = 'PageLayout';
  constructor(
    host: HostState,
    private readonly sheet: SheetState,
  ) {
    super(host);
    requireApi(host, 9, 'Worksheet.pageLayout');
  }
  private write(apply: (layout: PageLayoutModel) => void): void {
    guardWrite(this.host, this.sheet);
    apply(this.sheet.pageLayout);
  }
  protected override props(): Record<string, Prop> {
    return {
      Orientation: {
        set: (v) => {
          if (!['Portrait', 'Landscape'].includes(String(v)))
            fail(ErrorCodes.invalidArgument, `orientation ${String(v)}`);
          this.write((p) => (p.orientation = String(v)));
        },
      },
      PaperSize: { set: (v) => this.write((p) => (p.paperSize = String(v))) },
      CenterHorizontally: { set: (v) => this.write((p) => (p.centerHorizontally = v === true)) },
      /**
       * PageLayoutZoomOptions (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions):
       * scale 10–400, or fit to pages, not both. Pages are whole numbers; 0 is Excel's "automatic" (the
       * Page Setup dialog's blank box, OOXML's fitToHeight="0"), which Excel's action recorder writes for
       * "Fit All Columns on One Page" as { horizontalFitToPages: 1, verticalFitToPages: 0 }. Both
       * automatic fits nothing, so the host refuses that, and negative or fractional pages.
       */
      Zoom: {
        set: (v) => {
          const zoom = v as PageLayoutModel['zoom'];
          if (Object.keys(zoom).some((k) => !ZOOM_KEYS.includes(k))) fail(ErrorCodes.invalidArgument, 'zoom');
          const fit = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((n) => n !== undefined);
          if (fit.length && zoom.scale !== undefined)
            fail(ErrorCodes.invalidArgument, 'Zoom: scale or fit to pages, not both.');
          if (fit.some((n) => !Number.isInteger(n) || (n as number) < 0))
            fail(ErrorCodes.invalidArgument, 'Zoom: pages must be 0 (automatic) or more.');
          if (fit.length && fit.every((n) => n === 0))
            fail(ErrorCodes.invalidArgument, 'Zoom: at least one side must fit to pages.');
          if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
            fail(ErrorCodes.invalidArgument, 'Zoom: scale 10–400.');
          this.write((p) => (p.zoom = { ...zoom }));
        },
      },
    };
  }
  protected override navs(): Record<string, () => HostObject> {
    return { HeadersFooters: () => new HeaderFooterHost(this.host, this.sheet, 'HeaderFooterGroup') };
  }
  protected override methods(): Methods {
    return {
      SetPrintMargins: (unit: unknown, margins: unknown) => {
        const factor =
          MARGIN_UNITS[String(unit)] ?? fail(ErrorCodes.invalidArgument, `Margin unit ${String(unit)}`);
        this.write((p) => {
          for (const [key, value] of Object.entries(margins as Record<string, number>))
            if (value !== undefined) p.margins[key as keyof PageLayoutModel['margins']] = value * factor;
        });
        return null;
      },
      SetPrintArea: (address: unknown) => {
        const box =
          parseAddress(String(address))?.box ??
          fail(ErrorCodes.invalidArgument, `Bad address ${String(address)}`);
        this.write((p) => (p.printArea = box));
        return null;
      },
      /** Whole rows such as `$1:$2`. */
      SetPrintTitleRows: (address: unknown) => {
        const box = parseLines(String(address));
        if (!box || box.left !== 0) fail(ErrorCodes.invalidArgument, `Print title rows ${String(address)}`);
        this.write((p) => (p.printTitleRows = { first: box?.top ?? 0, last: box?.bottom ?? 0 }));
        return null;
      },
    };
  }
}

/**
 * PageLayout.headersFooters → defaultForAllPages → centerHeader and centerFooter, kept as the code
 * strings given (https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter: "use format
 * codes" such as &P, &N, &F, &A).
 */
export class HeaderFooterHost extends HostObject {
  constructor(
    host: HostState,
    private readonly sheet: SheetState,
    readonly type: string,
  ) {
    super(host);
  }
  protected override navs(): Record<string, () => HostObject> {
    return this.type === 'HeaderFooterGroup'
      ? { DefaultForAllPages: () => new HeaderFooterHost(this.host, this.sheet, 'HeaderFooter') }
      : {};
  }
  protected override props(): Record<string, Prop> {
    if (this.type !== 'HeaderFooter') return {};
    return {
      CenterHeader: {
        set: (v) => {
          guardWrite(this.host, this.sheet);
          this.sheet.pageLayout.centerHeader = String(v);
        },
      },
      CenterFooter: {
        set: (v) => {
          guardWrite(this.host, this.sheet);
          this.sheet.pageLayout.centerFooter = String(v);
        },
      },
    };
  }
}

export class SettingCollectionHost extends HostObject {
  readonly type = 'SettingCollection';
  protected override methods(): Methods {
    const settings = this.host.state.settings;
    return {
      // Values travel as JSON on the wire; the host keeps them serialized, as the file does.
      Add: (key: unknown, value: unknown) => {
        settings.set(String(key), JSON.stringify(value));
        return new SettingHost(this.host, String(key));
      },
      GetItemOrNullObject: (key: unknown) => new SettingHost(this.host, String(key)),
    };
  }
  override index(key: unknown): HostObject {
    if (!settings(this.host).has(String(key))) notFound(`setting ${String(key)}`);
    return new SettingHost(this.host, String(key));
  }
}

const settings = (host: HostState) => host.state.settings;

export class SettingHost extends HostObject {
  readonly type = 'Setting';
  constructor(
    host: HostState,
    private readonly key: string,
  ) {
    super(host);
  }
  override exists(): boolean {
    return settings(this.host).has(this.key);
  }
  protected override props(): Record<string, Prop> {
    return {
      Key: { get: () => this.key },
      Value: { get: () => JSON.parse(settings(this.host).get(this.key) ?? 'null') as unknown },
    };
  }
  protected override methods(): Methods {
    return {
      Delete: () => {
        settings(this.host).delete(this.key);
        return null;
      },
    };
  }
}

interface Anchored {
  sheet: SheetState;
  row: number;
  col: number;
  comment: CommentModel;
}

function allComments(host: HostState): Anchored[] {
  const out: Anchored[] = [];
  for (const sheet of host.state.sheets)
    for (const [key, cell] of sheet.cells)
      if (cell.comment) {
        const [row, col] = key.split(',').map(Number);
        out.push({ sheet, row, col, comment: cell.comment });
      }
  return out;
}

/** Workbook.comments (ExcelApi 1.10): threaded comments. */
export class CommentCollectionHost extends HostObject {
  readonly type = 'CommentCollection';
  constructor(host: HostState) {
    super(host);
    requireApi(host, 10, 'Workbook.comments');
  }
  override items(): HostObject[] {
    return allComments(this.host).map((a) => new CommentHost(this.host, a));
  }
  override index(key: unknown): HostObject {
    const hit = allComments(this.host).find((a) => a.comment.id === key);
    return new CommentHost(this.host, hit ?? notFound(`comment ${String(key)}`));
  }
  private locate(address: unknown): { sheet: SheetState; box: Box } {
    const parsed = parseAddress(String(address));
    const sheet = this.host.state.sheets.find((s) => s.name === parsed?.sheet);
    if (!parsed || !sheet) return fail(ErrorCodes.invalidArgument, `InvalidCellAddress: ${String(address)}`);
    return { sheet, box: parsed.box };
  }
  protected override methods(): Methods {
    return {
      Add: (address: unknown, content: unknown) => {
        const { sheet, box } = this.locate(address);
        if (sheet.protected) fail(ErrorCodes.accessDenied, PROTECTED_MESSAGE);
        const cell = sheet.cell(box.top, box.left);
        if (cell.comment !== null) fail(ErrorCodes.invalidArgument, 'The cell already has a comment.');
        // A legacy note and a threaded comment cannot share a cell (Excel UI and API alike).
        if (cell.note !== null) fail(ErrorCodes.invalidArgument, 'The cell already has a note.');
        cell.comment = {
          id: `{comment-${this.host.nextCommentId++}}`,
          content: String(content),
          authorEmail: 'addin@example.gov.cn',
          replies: [],
        };
        return new CommentHost(this.host, { sheet, row: box.top, col: box.left, comment: cell.comment });
      },
      GetCount: () => allComments(this.host).length,
      GetItemByCell: (address: unknown) => {
        const { sheet, box } = this.locate(address);
        const comment = sheet.peek(box.top, box.left)?.comment ?? notFound(`comment at ${String(address)}`);
        return new CommentHost(this.host, { sheet, row: box.top, col: box.left, comment });
      },
      GetItemAt: (i: unknown) =>
        new CommentHost(this.host, allComments(this.host)[Number(i)] ?? notFound(`comment #${String(i)}`)),
    };
  }
}

export class CommentHost extends HostObject {
  readonly type = 'Comment';
  constructor(
    host: HostState,
    private readonly anchored: Anchored,
  ) {
    super(host);
  }
  override identity(): Record<string, unknown> {
    return { Id: this.anchored.comment.id };
  }
  private get live(): Anchored {
    const { sheet, row, col, comment } = this.anchored;
    if (!this.host.state.sheets.includes(sheet) || sheet.peek(row, col)?.comment !== comment)
      notFound(`comment ${comment.id}`);
    return this.anchored;
  }
  protected override props(): Record<string, Prop> {
    return {
      Id: { get: () => this.live.comment.id },
      Content: { get: () => this.live.comment.content },
      AuthorEmail: { get: () => this.live.comment.authorEmail },
    };
  }
  protected override navs(): Record<string, () => HostObject> {
    return { Replies: () => new CommentReplyCollectionHost(this.host, this.live.comment) };
  }
  protected override methods(): Methods {
    return {
      /** ExcelApi 1.10: the cell the comment is on. */
      GetLocation: () => {
        const { sheet, row, col } = this.live;
        return new RangeHost(this.host, { sheet, boxes: [{ top: row, left: col, bottom: row, right: col }] });
      },
      // Deleting a comment deletes its whole thread, replies included (docs: Comment.delete).
      Delete: () => {
        const { sheet, row, col } = this.live;
        if (sheet.protected) fail(ErrorCodes.accessDenied, PROTECTED_MESSAGE);
        sheet.cell(row, col).comment = null;
        return null;
      },
    };
  }
}

export class CommentReplyCollectionHost extends HostObject {
  readonly type = 'CommentReplyCollection';
  constructor(
    host: HostState,
    private readonly comment: CommentModel,
  ) {
    super(host);
  }
  override items(): HostObject[] {
    return this.comment.replies.map((r) => new CommentReplyHost(this.host, r));
  }
  protected override methods(): Methods {
    return { GetCount: () => this.comment.replies.length };
  }
}

export class CommentReplyHost extends HostObject {
  readonly type = 'CommentReply';
  constructor(
    host: HostState,
    private readonly reply: CommentModel['replies'][number],
  ) {
    super(host);
  }
  override identity(): Record<string, unknown> {
    return { Id: this.reply.id };
  }
  protected override props(): Record<string, Prop> {
    return {
      Id: { get: () => this.reply.id },
      Content: { get: () => this.reply.content },
      AuthorEmail: { get: () => this.reply.authorEmail },
    };
  }
}
