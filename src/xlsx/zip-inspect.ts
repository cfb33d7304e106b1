/**
 * Looks inside an .xlsx zip before exceljs loads it, so a hostile file fails fast with a clear
 * reason instead of exhausting memory. The zip itself is read by src/sources/zip.ts (the central
 * directory must be present, the declared unpacked size must fit the limit, every entry is inflated
 * once under a running budget since declared sizes can lie); this adds the cells of each worksheet.
 */
import { SourceReadError } from '../sources/types';
import { openZip } from '../sources/zip';
import type { Limits } from './limits';

export type ZipProblemCode = 'truncated' | 'corrupt' | 'encrypted' | 'unpacked-too-large' | 'too-many-cells';

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

/** Throws ZipProblem when the zip is truncated, damaged, encrypted or beyond the limits. */
export function inspectZip(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>,
): ZipSummary {
  try {
    return summarize(bytes, limits);
  } catch (e) {
    if (e instanceof SourceReadError && isZipProblemCode(e.code))
      throw new ZipProblem(e.code, e.detail, e.limit);
    throw e;
  }
}

function summarize(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>,
): ZipSummary {
  const zip = openZip(bytes, limits);
  // latin1 keeps one byte per character, so the tags are found without decoding UTF-8.
  const latin1 = new TextDecoder('latin1');
  let unpackedBytes = 0;
  const cells: Record<string, number> = {};
  for (const name of zip.names) {
    // Every entry is inflated, not only the sheets: exceljs would inflate them all, with no limit.
    const content = zip.read(name);
    unpackedBytes += content.length;
    if (!WORKSHEET.test(name)) continue;
    const count = countCells(latin1.decode(content));
    cells[name] = count;
    if (count > limits.maxCellsPerSheet)
      throw new ZipProblem('too-many-cells', `${name}: ${count} cells`, limits.maxCellsPerSheet);
  }
  return { entries: zip.names.length, unpackedBytes, cells };
}

/** The codes openZip refuses a zip with; the others (no text layer, …) are not about zips. */
const ZIP_CODES: readonly string[] = ['truncated', 'corrupt', 'encrypted', 'unpacked-too-large'];

function isZipProblemCode(code: string): code is ZipProblemCode {
  return ZIP_CODES.includes(code);
}

function countCells(xml: string): number {
  let n = 0;
  CELL_TAG.lastIndex = 0;
  while (CELL_TAG.exec(xml)) n++;
  return n;
}
