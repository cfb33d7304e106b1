/**
 * A drop as Chromium browsers and Firefox hand it to the page, for jsdom (which has neither the
 * File and Directory Entries API nor drag data). The simulated behaviour follows MDN:
 * - DataTransferItem.webkitGetAsEntry()
 *   (https://developer.mozilla.org/en-US/docs/Web/API/DataTransferItem/webkitGetAsEntry): an entry
 *   for a dropped file or folder, null for an item that is not a file (dragged text);
 * - FileSystemEntry (https://developer.mozilla.org/en-US/docs/Web/API/FileSystemEntry): `name`,
 *   `isFile` / `isDirectory`, and `fullPath` from the drop's root, `/folder/sub/name`;
 * - FileSystemFileEntry.file() (https://developer.mozilla.org/en-US/docs/Web/API/FileSystemFileEntry/file)
 *   and FileSystemDirectoryEntry.createReader()
 *   (https://developer.mozilla.org/en-US/docs/Web/API/FileSystemDirectoryEntry/createReader);
 * - FileSystemDirectoryReader.readEntries()
 *   (https://developer.mozilla.org/en-US/docs/Web/API/FileSystemDirectoryReader/readEntries): a
 *   folder comes in pieces (Chromium gives at most 100 entries a call), and only an empty array
 *   says it is done; callbacks are always called later, never during the call;
 * - DataTransfer (https://developer.mozilla.org/en-US/docs/Web/API/DataTransfer, and the HTML
 *   standard's drag data store modes): items and files can be read while the drop event is being
 *   handled only; afterwards the lists are empty. `end()` ends the event.
 * Entries come in the order given (a file system's, not sorted), so the page's sort is tested.
 */

/** A folder: names to contents (text for a file, an object for a subfolder). */
export interface Tree {
  [name: string]: string | Tree;
}

export interface EntryLog {
  /** fullPath of every folder a reader was created for. */
  readersCreated: string[];
  /** readEntries calls per folder (fullPath). */
  readCalls: Map<string, number>;
}

/** Calls `then` later, as the browser calls an entry's callbacks. */
const later = (then: () => void) => void setTimeout(then, 0);

export function fileEntry(file: File, fullPath: string): FileSystemFileEntry {
  return {
    name: file.name,
    fullPath,
    isFile: true,
    isDirectory: false,
    file: (success: (file: File) => void) => later(() => success(file)),
  } as unknown as FileSystemFileEntry;
}

export function directoryEntry(
  name: string,
  fullPath: string,
  children: readonly FileSystemEntry[],
  log: EntryLog,
  piece: number,
): FileSystemDirectoryEntry {
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      log.readersCreated.push(fullPath);
      let next = 0;
      return {
        readEntries: (success: (entries: FileSystemEntry[]) => void) => {
          log.readCalls.set(fullPath, (log.readCalls.get(fullPath) ?? 0) + 1);
          const batch = children.slice(next, next + piece);
          next += batch.length;
          later(() => success(batch));
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

/** The entries of a tree's top level, as dropped: `{ 'a.docx': '…', 科室: { … } }`. */
export function entriesOf(tree: Tree, options: { piece?: number } = {}) {
  const log: EntryLog = { readersCreated: [], readCalls: new Map() };
  const piece = options.piece ?? 2;
  const build = (name: string, node: string | Tree, parent: string): FileSystemEntry => {
    const fullPath = `${parent}/${name}`;
    if (typeof node === 'string') return fileEntry(new File([node], name), fullPath);
    const children = Object.entries(node).map(([child, sub]) => build(child, sub, fullPath));
    return directoryEntry(name, fullPath, children, log, piece);
  };
  return { entries: Object.entries(tree).map(([name, node]) => build(name, node, '')), log };
}

interface ItemSpec {
  kind: 'file' | 'string';
  entry?: FileSystemEntry | null;
}

/**
 * A drop's DataTransfer. `withEntries: false` is a browser without webkitGetAsEntry; `files` is
 * what DataTransfer.files lists.
 */
export function dropOf(
  items: readonly ItemSpec[],
  files: readonly File[] = [],
  options: { withEntries?: boolean } = {},
): { data: DataTransfer; end(): void } {
  let open = true;
  const listed = items.map((spec) => ({
    kind: spec.kind,
    type: spec.kind === 'file' ? 'application/octet-stream' : 'text/plain',
    ...(options.withEntries === false
      ? {}
      : { webkitGetAsEntry: () => (open && spec.kind === 'file' ? (spec.entry ?? null) : null) }),
  }));
  const data = {
    get items() {
      return open ? listed : [];
    },
    get files() {
      return open ? files : [];
    },
  } as unknown as DataTransfer;
  return {
    data,
    end: () => {
      open = false;
    },
  };
}

/** Items for entries, as a drop of those files and folders lists them. */
export const fileItems = (entries: readonly FileSystemEntry[]): ItemSpec[] =>
  entries.map((entry) => ({ kind: 'file', entry }));
