/**
 * The files a reviewer hands the page: chosen in the file or folder picker, or dropped (files and
 * whole folders, walked with the File and Directory Entries API that Chromium browsers and Firefox
 * share). Hidden files and Office's lock files (`~$…`) are skipped; paths keep their folders.
 */

export interface PickedFile {
  file: File;
  /** Path within the folder picked or dropped; the name for a single file. */
  path: string;
}

/** Office's owner files (`~$报告.docx`) and hidden files are never reports. */
export function isReportCandidate(name: string): boolean {
  return !name.startsWith('~$') && !name.startsWith('.') && name !== 'Thumbs.db' && name !== 'desktop.ini';
}

/** A path inside a hidden folder (`.git/…`): the folder picker lists those too, a drop does not. */
const inHiddenFolder = (path: string): boolean =>
  path
    .split('/')
    .slice(0, -1)
    .some((part) => part.startsWith('.'));

/** From an <input type=file> (with or without webkitdirectory). */
export function fromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter((p) => isReportCandidate(p.file.name) && !inHiddenFolder(p.path))
    .sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
}

/** From a drop: files as they are, folders walked (every level). */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return fromInput(data.files);
  const found: PickedFile[] = [];
  for (const entry of entries) {
    // A file or folder the browser cannot read (removed meanwhile, no permission) is left out; the
    // rest of the drop still counts.
    await walk(entry, found).catch(() => undefined);
  }
  return found
    .filter((p) => isReportCandidate(p.file.name))
    .sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
}

async function walk(entry: FileSystemEntry, found: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    found.push({ file, path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands over a folder in pieces (100 at a time in Chromium) until it gives none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, found).catch(() => undefined);
  }
}
