import { ErrorCodes, fail } from '../excel-host/errors';
import type { ProtocolState } from '../excel-host/object';
import type { Comments } from './comments';
import type { WordPackage } from './ooxml';
import type { Properties } from './properties';
import type { ClearShading } from './tables';
import type { RangeModel } from './text';

/** Where Range.select put the selection, as a test reads it. */
export interface WordSelection {
  text: string;
  /** Index of the body paragraph (w:body's own w:p children, 0-based) the selection starts in. */
  paragraph: number | null;
  /** The cell it starts in: table among the body's tables of nesting level 1, row, cell (0-based). */
  cell: { table: number; row: number; cell: number } | null;
}

/** Everything the Word host objects share. */
export interface WordState extends ProtocolState {
  pkg: WordPackage;
  comments: Comments;
  properties: Properties;
  /** WordApi minor version, e.g. 4 for 1.4. */
  apiVersion: number;
  userName: string;
  clearShading: ClearShading;
  maxRequestBytes: number;
  maxResponseBytes: number;
  largestRequest: number;
  /** Requests that only released references (Word.run's clean-up). */
  releases: number;
  /** What Document.getSelection returns: the user's cursor, or the last range selected. */
  cursor: RangeModel;
  selection: WordSelection | null;
  /** Stable `_Id`s of elements (tables, cells) and ranges, as Word answers them. */
  ids: WeakMap<object, string>;
  nextId: number;
  now: () => Date;
}

export function idOf(host: WordState, key: object): string {
  let id = host.ids.get(key);
  if (!id) host.ids.set(key, (id = `{${host.nextId++}}`));
  return id;
}

/** A member of a later WordApi than the host has: Word answers ApiNotFound. */
export function requireApi(host: WordState, minor: number, what: string): void {
  if (host.apiVersion < minor)
    fail(ErrorCodes.apiNotFound, `${what} needs WordApi 1.${minor}; this host has 1.${host.apiVersion}`);
}
