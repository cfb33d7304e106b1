/**
 * Looks inside an .xlsx zip before exceljs loads it, so a hostile file fails fast with a clear
 * reason instead of exhausting memory: the central directory must be present (else the file is
 * truncated), the declared unpacked size must fit the limit, and every entry is inflated once
 * under a running budget (declared sizes can lie) while the cells of each worksheet are counted.
 */
import { inflateRawSync } from 'node:zlib';
import { MAX_ZIP_ENTRIES, type Limits } from './limits';

export type ZipProblemCode = 'truncated' | 'corrupt' | 'unpacked-too-large' | 'too-many-cells';

export class ZipProblem extends Error {
  constructor(
    readonly code: ZipProblemCode,
    message: string,
    /** The limit that was exceeded, for the message. */
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'ZipProblem';
  }
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
const SATURATED = 0xffffffff;

/** A worksheet part: `xl/worksheets/sheet1.xml` (any folder casing, as some writers use). */
const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;
/** A cell element, with or without a namespace prefix: `<c r="A1">`, `<x:c …>`, `<c/>`. */
const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;

export interface ZipSummary {
  entries: number;
  unpackedBytes: number;
  /** Cells counted per worksheet part. */
  cells: Record<string, number>;
}

/** Throws ZipProblem when the zip is truncated, damaged or beyond the limits. */
export function inspectZip(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>,
): ZipSummary {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  const declared = entries.reduce((n, e) => n + e.declaredSize, 0);
  if (declared > limits.maxUnpackedBytes || entries.some((e) => e.declaredSize === SATURATED))
    throw new ZipProblem('unpacked-too-large', `unpacked size ${declared} bytes`, limits.maxUnpackedBytes);

  let budget = limits.maxUnpackedBytes;
  const cells: Record<string, number> = {};
  for (const entry of entries) {
    const data = entryData(buf, entry);
    const content = inflateEntry(data, entry, budget, limits.maxUnpackedBytes);
    budget -= content.length;
    if (!WORKSHEET.test(entry.name)) continue;
    // latin1 keeps one byte per character, so the tags are found without decoding UTF-8.
    const count = countCells(content.toString('latin1'));
    cells[entry.name] = count;
    if (count > limits.maxCellsPerSheet)
      throw new ZipProblem('too-many-cells', `${entry.name}: ${count} cells`, limits.maxCellsPerSheet);
  }
  return { entries: entries.length, unpackedBytes: limits.maxUnpackedBytes - budget, cells };
}

function countCells(xml: string): number {
  let n = 0;
  CELL_TAG.lastIndex = 0;
  while (CELL_TAG.exec(xml)) n++;
  return n;
}

function centralDirectory(buf: Buffer): ZipEntry[] {
  const eocd = findEndRecord(buf);
  if (eocd < 0) throw new ZipProblem('truncated', 'no end of central directory record');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ZIP_ENTRIES)
    throw new ZipProblem('corrupt', `${count} zip entries (at most ${MAX_ZIP_ENTRIES})`);
  if (offset === SATURATED || size === SATURATED)
    throw new ZipProblem('unpacked-too-large', 'a ZIP64 archive: far larger than any report');
  if (offset + size > eocd) throw new ZipProblem('truncated', 'central directory beyond the end record');

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw new ZipProblem('corrupt', `central directory entry ${i + 1} is damaged`);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      declaredSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_SEARCH);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === EOCD_SIGNATURE) return p;
  return -1;
}

function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length)
    throw new ZipProblem('truncated', `${entry.name}: data beyond the end of the file`);
  if (buf.readUInt32LE(p) !== LOCAL_SIGNATURE)
    throw new ZipProblem('corrupt', `${entry.name}: bad local header`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipProblem('truncated', `${entry.name}: data beyond the end of the file`);
  return buf.subarray(start, end);
}

function inflateEntry(data: Buffer, entry: ZipEntry, budget: number, limit: number): Buffer {
  if (entry.method === 0) {
    if (data.length > budget) throw new ZipProblem('unpacked-too-large', entry.name, limit);
    return data;
  }
  if (entry.method !== 8)
    throw new ZipProblem('corrupt', `${entry.name}: compression method ${entry.method}`);
  let content: Buffer;
  try {
    // zlib stops at the budget (RangeError ERR_BUFFER_TOO_LARGE) instead of filling memory.
    content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipProblem('unpacked-too-large', entry.name, limit);
    // zlib's "unexpected end of file" on a cut stream is a truncation; other zlib errors damage.
    const message = e instanceof Error ? e.message : String(e);
    throw new ZipProblem(
      /unexpected end/i.test(message) ? 'truncated' : 'corrupt',
      `${entry.name}: ${message}`,
    );
  }
  if (content.length > budget) throw new ZipProblem('unpacked-too-large', entry.name, limit);
  return content;
}
