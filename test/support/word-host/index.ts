/**
 * A simulated Word host behind Microsoft's shipped Word runtimes (word-win32-16.01, word-mac-16.00,
 * word-web-16.00). The runtime is the real one; only the host side of
 * `OSF.DDA.RichApi.executeRichApiRequestAsync` is simulated, with excel-host's RichApi protocol.
 * The document is the WordprocessingML package itself (ooxml.ts). No Node APIs: the same host runs
 * in Jest (jsdom) and in Chromium for the e2e test.
 */
import type { RuntimeWindow } from '../excel-host/index';
import { executeRequest, References, type RequestBody, type ResponseBody } from '../excel-host/protocol';
import { Comments } from './comments';
import { DocumentHost, SearchOptionsHost } from './objects';
import { defaultXmlApi, WordPackage, wChildren, type XmlApi } from './ooxml';
import { Properties } from './properties';
import { search, topTables } from './ranges';
import type { WordSelection, WordState } from './state';
import {
  cellAt,
  cellsOf,
  fillOf,
  nestingLevel,
  rowsOf,
  setShading,
  tablesIn,
  type ClearShading,
} from './tables';
import { paragraphsIn, paragraphText, replaceText, wholeOf, type RangeModel } from './text';

export type { WordSelection } from './state';
export type { ClearShading } from './tables';
export type { XmlApi } from './ooxml';

/** The highest WordApi the shipped runtime (office-js 1.1.110) implements: comments (1.4) included. */
export const RUNTIME_API_VERSION = '1.4';

/**
 * The only RichApi payload limit Microsoft documents is Excel on the web's, 5 MB for requests and
 * responses (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * none is documented for Word on the web, where large payloads fail too (office-js #4697, over
 * 4 MB). Tests that want a web limit pass this as maxPayloadBytes / maxResponseBytes.
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface WordHostOptions {
  /** Highest WordApi version, e.g. '1.3' (default RUNTIME_API_VERSION). */
  apiVersion?: string;
  /** Request limit in bytes of UTF-8 (default unlimited; see WEB_PAYLOAD_LIMIT). */
  maxPayloadBytes?: number;
  /** Response limit in bytes of UTF-8 (default: maxPayloadBytes). */
  maxResponseBytes?: number;
  /** Desktop Word truncates string custom property values to 255 UTF-16 units (default false). */
  truncateCustomProperties?: boolean;
  /** The signed-in user: the author of comments the add-in inserts (default 'Word User'). */
  userName?: string;
  /** What setting shadingColor to '' does (undocumented, office-js #5460): default 'removes'. */
  clearShading?: ClearShading;
  /** DOMParser and XMLSerializer (a window's); default the global ones. */
  xml?: XmlApi;
  /** The clock for comment dates. */
  now?: () => Date;
}

/** Something that goes wrong on purpose. */
export type WordFailure =
  /** Requests over maxBytes are refused before they run. */
  | { kind: 'payload'; maxBytes: number }
  /** Responses over maxBytes fail after the request ran: nothing of it is loaded. */
  | { kind: 'response-payload'; maxBytes: number }
  /** The host turns into an older Word. */
  | { kind: 'api-version'; version: string }
  /**
   * A co-author's edit arrives just before the request with this number (host.requests counts from
   * 1): coauthors' changes synchronize while an add-in holds what it read ("Coauthoring in Excel
   * add-ins", learn.microsoft.com; Word documents on OneDrive are co-authored the same way, office-js
   * discussion #4147).
   */
  | { kind: 'co-author'; beforeRequest: number; change: (host: WordHost) => void };

export interface TableView {
  nestingLevel: number;
  /** Each row's cells' text, the cell's paragraphs joined by '\n'. */
  rows: string[][];
}

export interface CommentSummary {
  id: string;
  content: string;
  author: string;
  anchorText: string;
  replies: { id: string; content: string; author: string }[];
}

/** A table cell by the contract's addressing: k-th table of nesting level 1, w:tr index, w:tc index. */
export interface CellAddress {
  table: number;
  row: number;
  cell: number;
}

export type CursorAt = { paragraph: number; offset?: number } | CellAddress;

type Callback = (result: unknown) => void;

export interface WordHost {
  /** The host side of `OSF.DDA.RichApi.executeRichApiRequestAsync(message, callback)`. */
  execute(message: unknown[], callback: Callback): void;
  /** Round trips the add-in asked for (requests less Word.run's reference clean-ups). */
  readonly syncCount: number;
  readonly requests: number;
  readonly apiVersion: string;
  readonly largestRequest: number;
  /** Members a request used that this host does not implement; tests assert it stays empty. */
  readonly unsupported: readonly string[];
  readonly keptReferences: number;
  /** Where the last Range.select put the selection (null before any). */
  readonly selection: WordSelection | null;
  /** The whole package as it is now (docProps included), flat OPC. */
  documentOoxml(): string;
  /** Every table in document order, nested ones included. */
  tables(): TableView[];
  /** A cell's own fill '#RRGGBB', or null without shading. */
  cellShading(table: number, row: number, cell: number): string | null;
  /** The user shades a cell (null: no shading). */
  setCellShading(table: number, row: number, cell: number, fill: string | null): void;
  /** Comment threads in the order of their anchors. */
  comments(): CommentSummary[];
  /** Another author comments on the first text match (case-sensitive) or on a whole cell; returns the id. */
  addComment(
    anchor: { text: string } | CellAddress,
    content: string,
    author: string,
    replies?: { content: string; author: string }[],
  ): string;
  /** Another author answers an existing comment (the add-in's too); returns the reply's id. */
  reply(commentId: string, content: string, author: string): string;
  /** The user rewrites a comment's text (the add-in's too); its id and replies stay. */
  editComment(commentId: string, content: string): void;
  customProperties(): Record<string, string | number | boolean>;
  /** Puts the user's cursor at the end (or `offset`) of a body paragraph, or at the start of a cell. */
  setCursor(at: CursorAt): void;
  /** The user replaces the first occurrence of `find` in a paragraph with `replace`. */
  edit(find: string, replace: string): void;
  /** The user deletes a top-level table, or one row of it. */
  deleteTable(table: number, row?: number): void;
  inject(failure: WordFailure): void;
  /** Answers Office.context.requirements.isSetSupported as this host would. */
  isSetSupported(name: string, version?: string): boolean;
}

/** Office's numeric error codes for refused requests (RichApiMessageUtility.OfficeJsErrorCode_*). */
const OFFICE_CODES = {
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;

const minor = (version: string): number => Number(version.split('.')[1] ?? 0);
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

const ROOTS = {
  global: (host: WordState) => new DocumentHost(host),
  // Body.search sends its options as `new Microsoft.WordServices.SearchOptions` (ObjectPathType 2).
  create: (host: WordState, typeName: string) =>
    typeName === 'Microsoft.WordServices.SearchOptions' ? new SearchOptionsHost(host) : undefined,
};

export function createWordHost(packageXml: string, options: WordHostOptions = {}): WordHost {
  const pkg = new WordPackage(options.xml ?? defaultXmlApi(), packageXml);
  const body = pkg.body();
  const first = paragraphsIn(body)[0];
  if (!first) throw new Error('Word host: the document has no paragraph');
  const host: WordState = {
    pkg,
    comments: new Comments(pkg),
    properties: new Properties(pkg, options.truncateCustomProperties ?? false),
    apiVersion: minor(options.apiVersion ?? RUNTIME_API_VERSION),
    userName: options.userName ?? 'Word User',
    clearShading: options.clearShading ?? 'removes',
    maxRequestBytes: options.maxPayloadBytes ?? Infinity,
    maxResponseBytes: options.maxResponseBytes ?? options.maxPayloadBytes ?? Infinity,
    largestRequest: 0,
    requests: 0,
    releases: 0,
    failingOps: [],
    unsupported: [],
    cursor: { start: { p: first, offset: 0 }, end: { p: first, offset: 0 } },
    selection: null,
    ids: new WeakMap(),
    nextId: 1,
    now: options.now ?? (() => new Date()),
  };
  const refs = new References();
  const coAuthorEdits: { beforeRequest: number; change: (host: WordHost) => void }[] = [];
  const edit = (find: string, replace: string) => {
    const match = search(body, find, true)[0];
    if (!match) throw new Error(`Word host: no text "${find}" to edit`);
    replaceText(match.start.p, match.start.offset, match.end.offset, replace);
  };

  const topCell = ({ table, row, cell }: CellAddress): Element => {
    const tbl = topTables(body)[table];
    if (!tbl) throw new Error(`Word host: no table ${table}`);
    return cellAt(tbl, row, cell);
  };
  const cellRange = (address: CellAddress): RangeModel => wholeOf(paragraphsIn(topCell(address)));

  const answer = (callback: Callback, response: ResponseBody) =>
    setTimeout(
      () => callback({ status: 'succeeded', value: { data: [200, [], JSON.stringify(response)] } }),
      0,
    );
  // A refused request: the runtime builds an error response with no body from Office's numeric code.
  const refuse = (callback: Callback, code: number, message: string) =>
    setTimeout(() => callback({ status: 'failed', error: { code, message } }), 0);

  const api: WordHost = {
    execute(message, callback) {
      host.requests++;
      for (const due of coAuthorEdits.filter((e) => e.beforeRequest === host.requests)) due.change(api);
      const text = String(message[4] ?? '');
      const bytes = utf8Bytes(text);
      if (bytes > host.maxRequestBytes)
        return refuse(callback, OFFICE_CODES.requestPayloadSizeLimitExceeded, `request of ${bytes} bytes`);
      host.largestRequest = Math.max(host.largestRequest, bytes);
      const request = JSON.parse(text) as RequestBody;
      // Word.run ends by releasing what it kept: Document._RemoveReference(referenceId) per object.
      const releases = request.Actions.filter((a) => a.Name === '_RemoveReference');
      if (releases.length && request.Actions.every((a) => a.ActionType === 1 || releases.includes(a)))
        host.releases++;
      const response = executeRequest(host, refs, request, ROOTS);
      for (const action of releases) {
        const id = action.ArgumentInfo?.Arguments?.[0];
        if (typeof id === 'string') refs.remove(id);
      }
      const size = utf8Bytes(JSON.stringify(response));
      if (size > host.maxResponseBytes)
        refuse(callback, OFFICE_CODES.responsePayloadSizeLimitExceeded, `response of ${size} bytes`);
      else answer(callback, response);
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
    get largestRequest() {
      return host.largestRequest;
    },
    get unsupported() {
      return host.unsupported;
    },
    get keptReferences() {
      return refs.size;
    },
    get selection() {
      return host.selection;
    },
    documentOoxml: () => pkg.serialize(),
    tables: () =>
      tablesIn(body).map((t) => ({
        nestingLevel: nestingLevel(t),
        rows: rowsOf(t).map((tr) =>
          cellsOf(tr).map((tc) => wChildren(tc, 'p').map(paragraphText).join('\n')),
        ),
      })),
    cellShading: (table, row, cell) => fillOf(topCell({ table, row, cell })),
    setCellShading(table, row, cell, fill) {
      setShading(topCell({ table, row, cell }), fill ?? '', 'removes');
    },
    comments: () => {
      const view = (id: string) => {
        const found = host.comments.view(id);
        if (!found) throw new Error(`Word host: comment ${id} has no w:comment`);
        return found;
      };
      return host.comments.anchoredIn(body).map((id) => ({
        ...view(id),
        anchorText: host.comments.anchorText(id),
        replies: host.comments.replies(id).map(view),
      }));
    },
    addComment(anchor, content, author, replies = []) {
      const range = 'text' in anchor ? search(body, anchor.text, true)[0] : cellRange(anchor);
      if (!range)
        throw new Error(`Word host: no text "${'text' in anchor ? anchor.text : ''}" to comment on`);
      const id = host.comments.insert(range, content, author, host.now());
      for (const reply of replies) host.comments.reply(id, reply.content, reply.author, host.now());
      return id;
    },
    reply: (commentId, content, author) => host.comments.reply(commentId, content, author, host.now()),
    editComment: (commentId, content) => host.comments.edit(commentId, content),
    customProperties: () =>
      Object.fromEntries(host.properties.keys().map((k) => [k, host.properties.view(k)?.value ?? ''])),
    setCursor(at) {
      if ('paragraph' in at) {
        const p = wChildren(body, 'p')[at.paragraph];
        if (!p) throw new Error(`Word host: no body paragraph ${at.paragraph}`);
        const point = { p, offset: at.offset ?? paragraphText(p).length };
        host.cursor = { start: point, end: point };
      } else {
        const start = cellRange(at).start;
        host.cursor = { start, end: start };
      }
    },
    edit,
    deleteTable(table, row) {
      const tbl = topTables(body)[table];
      if (!tbl) throw new Error(`Word host: no table ${table}`);
      const removed = row === undefined ? tbl : rowsOf(tbl)[row];
      if (!removed) throw new Error(`Word host: no row ${row} in table ${table}`);
      removed.parentNode?.removeChild(removed);
    },
    inject(failure) {
      switch (failure.kind) {
        case 'payload':
          host.maxRequestBytes = failure.maxBytes;
          break;
        case 'response-payload':
          host.maxResponseBytes = failure.maxBytes;
          break;
        case 'api-version':
          host.apiVersion = minor(failure.version);
          break;
        case 'co-author':
          coAuthorEdits.push(failure);
          break;
      }
    },
    isSetSupported(name, version) {
      const want = version === undefined ? 0 : minor(version);
      if (name === 'WordApi') return Number(version?.split('.')[0] ?? 1) === 1 && want <= host.apiVersion;
      // The shipped runtime predates comments' move to WordApi 1.4: it checks "WordApiOnline 1.1"
      // before Body.getComments and Range.insertComment (word-win32-16.01.debug.js). A host with 1.4
      // answers that set, so the runtime lets the comment calls through as the current one does.
      if (name === 'WordApiOnline') return host.apiVersion >= 4 && want <= 1;
      return false;
    },
  };
  return api;
}

export const RUNTIME_FILES = {
  win32: 'word-win32-16.01.js',
  mac: 'word-mac-16.00.js',
  web: 'word-web-16.00.js',
} as const;
export type WordFlavour = keyof typeof RUNTIME_FILES;
export const WORD_FLAVOURS = Object.keys(RUNTIME_FILES) as WordFlavour[];

/** Office.context.platform per flavour (Office.PlatformType). */
const PLATFORMS: Record<WordFlavour, string> = { win32: 'PC', mac: 'Mac', web: 'OfficeOnline' };

/**
 * Connects a window that has loaded a Word runtime to the host: the RichApi request channel, and
 * what Office.context learns from the host at start-up (host 'Word', platform, requirement sets,
 * display language). Office.onReady resolves at once with host 'Word'.
 */
export function attachWordHost(
  win: RuntimeWindow,
  host: WordHost,
  options: { displayLanguage?: string; flavour?: WordFlavour } = {},
): void {
  win.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) => host.execute(message, callback);
  const platform = PLATFORMS[options.flavour ?? 'web'];
  const context = {
    host: 'Word',
    platform,
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
  };
  win.OSF._OfficeAppFactory = { ...win.OSF._OfficeAppFactory, getContext: () => context };
  const info = { host: 'Word', platform };
  win.Office.onReady = (callback?: (ready: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  };
}
