/**
 * The one zip reader (.xlsx, .docx, their templates; the CLI, the task pane and the browser page):
 * pure TypeScript on fflate, no Node API. It trusts nothing in the file: the central directory must
 * be there (else the file was cut short), no entry may be encrypted, and every entry is inflated
 * under one running budget of unpacked bytes, chunk by chunk, so a zip bomb stops as soon as it
 * passes the limit whatever sizes it declares. Sizes and offsets come from the central directory,
 * so entries written with a data descriptor (flag bit 3, zero sizes in the local header) read too.
 *
 * Why the directory is parsed here and not by fflate's unzipSync: unzipSync inflates into a buffer
 * of the *declared* size, so an entry understating its size comes back silently cut (and is still
 * inflated to its end), and it neither refuses encrypted entries nor exposes what these checks need.
 * fflate's streaming Inflate does the inflating, fed in chunks against the budget.
 *
 *   const zip = openZip(bytes, { maxUnpackedBytes });
 *   zip.find('word/document.xml')   // the stored name, matched case-insensitively, or undefined
 *   zip.read(name)                  // the entry's bytes; throws SourceReadError
 *   zip.read(name, 4 * MB)          // the same, refusing more than 4 MB for this entry
 *
 * `readZip(bytes, limits, wanted?)` reads the wanted entries at once into a Map.
 */
import { Inflate } from 'fflate';
import { MAX_ZIP_ENTRIES } from '../xlsx/limits';
import { SourceReadError } from './types';

export { MAX_ZIP_ENTRIES };

export interface ZipLimits {
  /** Bytes all entries may unpack to, together (declared and actually inflated). */
  maxUnpackedBytes: number;
}

export interface ZipArchive {
  /** Entry names in central-directory order (folders, which end in '/', included). */
  readonly names: readonly string[];
  /** The stored name of an entry, matched case-insensitively (OPC part names are), or undefined. */
  find(name: string): string | undefined;
  /**
   * Inflates one entry; every read draws on the archive's one budget of unpacked bytes. `maxBytes`
   * caps this entry further (a quick look that needs only the start of a workbook).
   */
  read(name: string, maxBytes?: number): Uint8Array;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
const SATURATED = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
/**
 * Compressed bytes fed to the inflater per step. Deflate expands at most ~1032×, so one step yields
 * at most ~16 MB before the budget is checked again.
 */
export const INFLATE_CHUNK = 16 * 1024;

/** Reads the central directory; throws SourceReadError for a truncated, damaged or oversized zip. */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(bytes, view, limits.maxUnpackedBytes);
  let declared = 0;
  for (const e of entries) declared += e.declaredSize;
  if (declared > limits.maxUnpackedBytes)
    throw new SourceReadError(
      'unpacked-too-large',
      `declared unpacked size ${declared} bytes`,
      limits.maxUnpackedBytes,
    );

  const byName = new Map<string, Entry>();
  const folded = new Map<string, string>();
  for (const e of entries) {
    byName.set(e.name, e);
    const key = e.name.toLowerCase();
    if (!folded.has(key)) folded.set(key, e.name);
  }
  let budget = limits.maxUnpackedBytes;
  return {
    names: entries.map((e) => e.name),
    find: (name) => (byName.has(name) ? name : folded.get(name.toLowerCase())),
    read(name, maxBytes = Infinity) {
      const entry = byName.get(name);
      if (!entry) throw new SourceReadError('corrupt', `no zip entry ${name}`);
      // The refusal names whichever limit binds: this read's cap, or the archive's budget.
      const [allowed, limit] = maxBytes < budget ? [maxBytes, maxBytes] : [budget, limits.maxUnpackedBytes];
      const content = inflateEntry(entryData(bytes, view, entry), entry, allowed, limit);
      budget -= content.length;
      return content;
    },
  };
}

/** Reads every entry (or those `wanted` accepts, by stored name) into a Map; folders are left out. */
export function readZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  const zip = openZip(bytes, limits);
  const out = new Map<string, Uint8Array>();
  for (const name of zip.names) if (!name.endsWith('/') && wanted(name)) out.set(name, zip.read(name));
  return out;
}

function centralDirectory(bytes: Uint8Array, view: DataView, limit: number): Entry[] {
  const eocd = findEndRecord(view);
  if (eocd < 0) throw new SourceReadError('truncated', 'no end of central directory record');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (
    offset === SATURATED ||
    size === SATURATED ||
    count === 0xffff ||
    (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE)
  )
    throw new SourceReadError('unpacked-too-large', 'a ZIP64 archive: far larger than any report', limit);
  if (count > MAX_ZIP_ENTRIES)
    throw new SourceReadError('corrupt', `${count} zip entries (at most ${MAX_ZIP_ENTRIES})`);
  if (offset + size > eocd) throw new SourceReadError('truncated', 'central directory beyond the end record');

  const names = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw new SourceReadError('corrupt', `central directory entry ${i + 1} is damaged`);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > eocd)
      throw new SourceReadError('corrupt', `central directory entry ${i + 1} is damaged`);
    const entry: Entry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.flags & FLAG_ENCRYPTED)
      throw new SourceReadError('encrypted', `${entry.name}: the zip entry is encrypted`);
    if (
      entry.compressedSize === SATURATED ||
      entry.declaredSize === SATURATED ||
      entry.localOffset === SATURATED
    )
      throw new SourceReadError('unpacked-too-large', `${entry.name}: a ZIP64 entry`, limit);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end record: preferably the one whose comment ends the file exactly, else the last one found. */
function findEndRecord(view: DataView): number {
  const length = view.byteLength;
  const stop = Math.max(0, length - EOCD_SEARCH);
  let found = -1;
  for (let p = length - 22; p >= stop; p--) {
    if (view.getUint32(p, true) !== EOCD_SIGNATURE) continue;
    if (p + 22 + view.getUint16(p + 20, true) === length) return p;
    if (found < 0) found = p;
  }
  return found;
}

function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length)
    throw new SourceReadError('truncated', `${entry.name}: data beyond the end of the file`);
  if (view.getUint32(p, true) !== LOCAL_SIGNATURE)
    throw new SourceReadError('corrupt', `${entry.name}: bad local header`);
  if (view.getUint16(p + 6, true) & FLAG_ENCRYPTED)
    throw new SourceReadError('encrypted', `${entry.name}: the zip entry is encrypted`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    throw new SourceReadError('truncated', `${entry.name}: data beyond the end of the file`);
  return bytes.subarray(start, end);
}

function inflateEntry(data: Uint8Array, entry: Entry, budget: number, limit: number): Uint8Array {
  if (entry.method === 0) {
    if (data.length > budget) throw new SourceReadError('unpacked-too-large', entry.name, limit);
    return data;
  }
  if (entry.method !== 8)
    throw new SourceReadError('corrupt', `${entry.name}: compression method ${entry.method}`);

  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    parts.push(chunk);
  });
  try {
    // Fed in chunks so the budget is checked as the output grows, not once at the end.
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
      if (total > budget) throw new SourceReadError('unpacked-too-large', entry.name, limit);
    }
  } catch (e) {
    if (e instanceof SourceReadError) throw e;
    // fflate's code 0 is "unexpected EOF": the stream was cut; anything else is damage.
    const code = (e as { code?: unknown } | null)?.code;
    const message = e instanceof Error ? e.message : String(e);
    throw new SourceReadError(code === 0 ? 'truncated' : 'corrupt', `${entry.name}: ${message}`);
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A relationship's target as a part name of the package: relative to the folder of the part that
 * names it (`word/` for document.xml), or absolute with a leading slash; `.` and `..` resolved.
 */
export function resolvePartPath(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
