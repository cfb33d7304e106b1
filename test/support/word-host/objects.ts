/**
 * Word's object model as the host executes it: the members of the issue-14 contract, by the wire
 * names the shipped runtime sends (word-win32-16.01.debug.js: `Body`, `Tables`, `GetCell`,
 * `ShadingColor`, `InsertComment`, `GetSelection`, `ParentTableOrNullObject`…). Requirement sets
 * per learn.microsoft.com/javascript/api/word; anything else fails the request as unsupported.
 */
import { ErrorCodes, fail } from '../excel-host/errors';
import { HostObject, type Methods, type Prop } from '../excel-host/object';
import { unsupported } from '../excel-host/state';
import { describe, insertOoxml, search, subRange, tableRange } from './ranges';
import { idOf, requireApi, type WordState } from './state';
import { cellAt, cellOrNull, nestingLevel, setShading, shadingOf, tablesIn } from './tables';
import { paragraphsIn, rangeText, tableOf, wholeOf, type RangeModel } from './text';

type Nav = Record<string, () => HostObject<WordState>>;

const notFound = (what: string): never =>
  fail(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (${what})`);

/** The global object: `context.document` (ObjectPathType 1). */
export class DocumentHost extends HostObject<WordState> {
  readonly type = 'Document';
  protected override navs(): Nav {
    return {
      Body: () => new BodyHost(this.host, this.host.pkg.body()),
      Properties: () => {
        requireApi(this.host, 3, 'Document.properties');
        return new DocumentPropertiesHost(this.host);
      },
    };
  }
  protected override methods(): Methods {
    return {
      // Document.getSelection [1.1]: the user's cursor (host.setCursor), or what Range.select chose.
      GetSelection: () => new RangeHost(this.host, this.host.cursor),
    };
  }
}

/** The document's body or a cell's (TableCell.body): `container` is w:body or w:tc. */
export class BodyHost extends HostObject<WordState> {
  readonly type = 'Body';
  constructor(
    host: WordState,
    private readonly container: Element,
  ) {
    super(host);
  }
  private get isDocument(): boolean {
    return this.container === this.host.pkg.body();
  }
  protected override navs(): Nav {
    return {
      Tables: () => {
        requireApi(this.host, 3, 'Body.tables');
        return new TableCollectionHost(this.host, this.container);
      },
    };
  }
  protected override methods(): Methods {
    return {
      // Body.getOoxml [1.1]: the package as it is now (the parts of the document, not docProps).
      GetOoxml: () =>
        this.isDocument
          ? this.host.pkg.serialize((name) => !name.toLowerCase().startsWith('/docprops/'))
          : unsupported(this.host, 'TableCell.body.getOoxml()'),
      GetRange: (location: unknown) => {
        requireApi(this.host, 3, 'Body.getRange');
        return new RangeHost(
          this.host,
          subRange(this.host, wholeOf(paragraphsIn(this.container)), location, 'Body'),
        );
      },
      Search: (text: unknown, options: unknown) => {
        const matchCase = options instanceof SearchOptionsHost ? options.matchCase : false;
        return new RangeCollectionHost(
          this.host,
          search(this.container, text, matchCase).map((r) => new RangeHost(this.host, r)),
        );
      },
      GetComments: () => {
        requireApi(this.host, 4, 'Body.getComments');
        return new CommentCollectionHost(this.host, this.host.comments.anchoredIn(this.container));
      },
    };
  }
}

/** Word.SearchOptions, created by the runtime (`new Microsoft.WordServices.SearchOptions`) for Body.search. */
export class SearchOptionsHost extends HostObject<WordState> {
  readonly type = 'SearchOptions';
  matchCase = false;
  protected override props(): Record<string, Prop> {
    return {
      MatchCase: { get: () => this.matchCase, set: (v) => (this.matchCase = v === true) },
    };
  }
}

/** Body.tables [1.3]: every table in the body in document order, nested ones included (live). */
export class TableCollectionHost extends HostObject<WordState> {
  readonly type = 'TableCollection';
  constructor(
    host: WordState,
    private readonly container: Element,
  ) {
    super(host);
  }
  private get tables(): Element[] {
    return tablesIn(this.container);
  }
  override items(): HostObject<WordState>[] {
    return this.tables.map((t) => new TableHost(this.host, t));
  }
  // Items answered with an `_Id` are addressed by it later (createChildItemObjectPathUsingIndexer).
  override index(key: unknown): HostObject<WordState> {
    const table = this.tables.find((t) => idOf(this.host, t) === key);
    return new TableHost(this.host, table ?? notFound(`table ${String(key)}`));
  }
}

export class TableHost extends HostObject<WordState> {
  readonly type = 'Table';
  constructor(
    host: WordState,
    private readonly tbl: Element | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.tbl !== undefined && this.tbl.isConnected;
  }
  private get t(): Element {
    return this.exists() ? (this.tbl as Element) : notFound('table');
  }
  override identity(): Record<string, unknown> {
    return this.exists() ? { _Id: idOf(this.host, this.t) } : {};
  }
  protected override props(): Record<string, Prop> {
    return { NestingLevel: { get: () => nestingLevel(this.t) } };
  }
  protected override methods(): Methods {
    return {
      GetCell: (row: unknown, cell: unknown) => new TableCellHost(this.host, cellAt(this.t, row, cell)),
      GetCellOrNullObject: (row: unknown, cell: unknown) =>
        new TableCellHost(this.host, cellOrNull(this.t, row, cell)),
      GetRange: (location: unknown) => new RangeHost(this.host, tableRange(this.host, this.t, location)),
    };
  }
}

export class TableCellHost extends HostObject<WordState> {
  readonly type = 'TableCell';
  /** `cell` undefined: the null object getCellOrNullObject returns out of range. */
  constructor(
    host: WordState,
    private readonly cell: Element | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.cell !== undefined && this.cell.isConnected;
  }
  private get tc(): Element {
    return this.exists() ? (this.cell as Element) : notFound('table cell');
  }
  override identity(): Record<string, unknown> {
    return this.exists() ? { _Id: idOf(this.host, this.tc) } : {};
  }
  protected override props(): Record<string, Prop> {
    return {
      ShadingColor: {
        get: () => shadingOf(this.tc),
        set: (v) => setShading(this.tc, v, this.host.clearShading),
      },
    };
  }
  protected override navs(): Nav {
    return { Body: () => new BodyHost(this.host, this.tc) };
  }
}

export class RangeHost extends HostObject<WordState> {
  readonly type = 'Range';
  constructor(
    host: WordState,
    readonly range: RangeModel | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.range !== undefined;
  }
  private get r(): RangeModel {
    return this.range ?? notFound('range');
  }
  override identity(): Record<string, unknown> {
    return this.range ? { _Id: idOf(this.host, this.range) } : {};
  }
  protected override props(): Record<string, Prop> {
    return { Text: { get: () => rangeText(this.host.pkg.body(), this.r) } };
  }
  protected override navs(): Nav {
    return {
      // Range.parentTableOrNullObject [1.3]: the innermost table the range starts in.
      ParentTableOrNullObject: () => {
        requireApi(this.host, 3, 'Range.parentTableOrNullObject');
        return new TableHost(this.host, tableOf(this.r.start.p) ?? undefined);
      },
    };
  }
  protected override methods(): Methods {
    return {
      GetRange: (location: unknown) => {
        requireApi(this.host, 3, 'Range.getRange');
        return new RangeHost(this.host, subRange(this.host, this.r, location, 'Range'));
      },
      // Range.insertComment [1.4]: a comment by the signed-in user (options.userName) on the range.
      InsertComment: (text: unknown) => {
        requireApi(this.host, 4, 'Range.insertComment');
        const id = this.host.comments.insert(this.r, String(text ?? ''), this.host.userName, this.host.now());
        return new CommentHost(this.host, id);
      },
      InsertOoxml: (ooxml: unknown, location: unknown) =>
        new RangeHost(this.host, insertOoxml(this.host, this.r, ooxml, location)),
      // Range.select [1.1]: selects the range (SelectionMode 'Select') or a point at its start or end.
      Select: (mode: unknown) => {
        const r = this.r;
        const chosen =
          mode === 'Start'
            ? { start: r.start, end: r.start }
            : mode === 'End'
              ? { start: r.end, end: r.end }
              : r;
        this.host.cursor = chosen;
        this.host.selection = describe(this.host.pkg.body(), chosen);
      },
    };
  }
}

/** Body.search's result: its ranges, fixed when the search ran. */
export class RangeCollectionHost extends HostObject<WordState> {
  readonly type = 'RangeCollection';
  constructor(
    host: WordState,
    private readonly ranges: RangeHost[],
  ) {
    super(host);
  }
  override items(): HostObject<WordState>[] {
    return this.ranges;
  }
  override index(key: unknown): HostObject<WordState> {
    return this.ranges.find((r) => r.identity()._Id === key) ?? notFound(`range ${String(key)}`);
  }
}

export class CommentCollectionHost extends HostObject<WordState> {
  readonly type = 'CommentCollection';
  constructor(
    host: WordState,
    private readonly ids: string[],
  ) {
    super(host);
  }
  override items(): HostObject<WordState>[] {
    return this.ids.map((id) => new CommentHost(this.host, id));
  }
  override index(key: unknown): HostObject<WordState> {
    const id = String(key);
    return this.ids.includes(id) ? new CommentHost(this.host, id) : notFound(`comment ${id}`);
  }
}

/** Comment and CommentReply [1.4]: id, content, authorName; a comment also has replies and delete(). */
export class CommentHost extends HostObject<WordState> {
  readonly type: 'Comment' | 'CommentReply';
  constructor(
    host: WordState,
    private readonly id: string,
    reply = false,
  ) {
    super(host);
    this.type = reply ? 'CommentReply' : 'Comment';
  }
  private get view() {
    return this.host.comments.view(this.id) ?? notFound(`comment ${this.id}`);
  }
  override identity(): Record<string, unknown> {
    return { Id: this.id };
  }
  protected override props(): Record<string, Prop> {
    return {
      Id: { get: () => this.view.id },
      Content: { get: () => this.view.content },
      AuthorName: { get: () => this.view.author },
    };
  }
  protected override navs(): Nav {
    if (this.type === 'CommentReply') return {};
    return { Replies: () => new CommentReplyCollectionHost(this.host, this.host.comments.replies(this.id)) };
  }
  protected override methods(): Methods {
    if (this.type === 'CommentReply') return {};
    return {
      Delete: () => {
        void this.view;
        this.host.comments.delete(this.id);
      },
    };
  }
}

export class CommentReplyCollectionHost extends HostObject<WordState> {
  readonly type = 'CommentReplyCollection';
  constructor(
    host: WordState,
    private readonly ids: string[],
  ) {
    super(host);
  }
  override items(): HostObject<WordState>[] {
    return this.ids.map((id) => new CommentHost(this.host, id, true));
  }
  override index(key: unknown): HostObject<WordState> {
    const id = String(key);
    return this.ids.includes(id) ? new CommentHost(this.host, id, true) : notFound(`reply ${id}`);
  }
}

export class DocumentPropertiesHost extends HostObject<WordState> {
  readonly type = 'DocumentProperties';
  protected override navs(): Nav {
    return { CustomProperties: () => new CustomPropertyCollectionHost(this.host) };
  }
}

export class CustomPropertyCollectionHost extends HostObject<WordState> {
  readonly type = 'CustomPropertyCollection';
  override items(): HostObject<WordState>[] {
    return this.host.properties.keys().map((k) => new CustomPropertyHost(this.host, k));
  }
  // getItem(key) is an indexer path; the runtime also addresses loaded items by their `_Id` (the key).
  override index(key: unknown): HostObject<WordState> {
    const found = this.host.properties.find(String(key));
    return new CustomPropertyHost(
      this.host,
      found ? String(key) : notFound(`custom property ${String(key)}`),
    );
  }
  protected override methods(): Methods {
    return {
      Add: (key: unknown, value: unknown) =>
        new CustomPropertyHost(this.host, this.host.properties.set(key, value)),
      GetItemOrNullObject: (key: unknown) =>
        new CustomPropertyHost(this.host, this.host.properties.find(String(key)) ? String(key) : undefined),
      GetCount: () => this.host.properties.keys().length,
    };
  }
}

export class CustomPropertyHost extends HostObject<WordState> {
  readonly type = 'CustomProperty';
  constructor(
    host: WordState,
    private readonly key: string | undefined,
  ) {
    super(host);
  }
  override exists(): boolean {
    return this.key !== undefined && this.host.properties.find(this.key) !== undefined;
  }
  private get view() {
    return (this.key !== undefined && this.host.properties.view(this.key)) || notFound('custom property');
  }
  override identity(): Record<string, unknown> {
    return this.exists() ? { _Id: this.view.key } : {};
  }
  protected override props(): Record<string, Prop> {
    return {
      Key: { get: () => this.view.key },
      Value: { get: () => this.view.value },
      Type: { get: () => this.view.type },
    };
  }
  protected override methods(): Methods {
    return { Delete: () => this.host.properties.delete(this.view.key) };
  }
}
