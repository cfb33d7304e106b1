/**
 * Text grids: tab- or comma-separated text where line N is row N and field K is column K (a quoted
 * CSV field may span lines, so each row remembers the line and column its fields start at).
 * Pure (WHATWG TextDecoder only), so the task pane can use it for pasted text as well as the CLI
 * for `.txt` / `.tsv` / `.csv` files.
 */
import { byteOrderMark, startsWith, ZIP_SIGNATURE } from './bytes';
import { ArrayGrid } from './grid';
import type { CellValue, TextLineOrigin, TextPosition } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Why bytes could not be taken as text; the front end renders the message. */
export type TextReadErrorCode = 'binary' | 'xlsx-as-text' | 'encoding';

export class TextReadError extends Error {
  constructor(
    readonly code: TextReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TextReadError';
  }
}

/**
 * Decodes file bytes: a UTF-8 or UTF-16 BOM wins (Excel's "Unicode text" export is UTF-16LE);
 * otherwise strict UTF-8, and GB18030 (a superset of GBK/GB2312) when the bytes are not valid
 * UTF-8, as Chinese Windows saves CSV and text files in the ANSI code page.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, ZIP_SIGNATURE))
    throw new TextReadError('xlsx-as-text', 'the file is a zip archive (an .xlsx workbook?), not text');
  const bom = byteOrderMark(bytes);
  if (bom?.encoding === 'utf-8')
    return { text: decodeAfterUtf8Bom(bytes.subarray(bom.length)), encoding: 'utf-8' };
  if (bom) return { text: decode(bom.encoding, bytes.subarray(bom.length), false), encoding: bom.encoding };
  // NUL never occurs in UTF-8 or GBK text: the file is binary (a .xls, a .docx, an image…).
  if (bytes.includes(0)) throw new TextReadError('binary', 'the file holds binary data, not text');
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    try {
      return { text: decode('gb18030', bytes, false), encoding: 'gb18030' };
    } catch {
      // A runtime without the GB18030 decoder (Node built without full ICU).
      throw new TextReadError('encoding', 'the file is neither UTF-8 nor decodable as GB18030/GBK');
    }
  }
}

/** A file that says it is UTF-8 (its BOM) and is not: refused, not read as replacement characters. */
function decodeAfterUtf8Bom(body: Uint8Array): string {
  try {
    return decode('utf-8', body, true);
  } catch {
    throw new TextReadError(
      'encoding',
      'the file starts with a UTF-8 byte order mark but is not valid UTF-8',
    );
  }
}

function decode(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string {
  // ignoreBOM: a BOM is stripped above; a second one would be content.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** One row of delimited text: its fields, where each starts, and where the row ends. */
export interface TextRow {
  fields: string[];
  starts: TextPosition[];
  end: TextPosition;
}

/**
 * Splits delimited text into rows of fields. Line breaks are LF, CRLF or CR. A field that starts
 * with `"` is a quoted field (RFC 4180: `""` is a quote, delimiters and line breaks may be inside)
 * only when it is well formed, i.e. its closing quote is followed by the delimiter, a line break or
 * the end; otherwise the field is taken literally up to the next delimiter, so stray quotes in
 * copied text never swallow the rest of the file. A trailing line break does not add a row.
 */
export function splitDelimited(text: string, delimiter: string): string[][] {
  return scanDelimited(text, delimiter).map((row) => row.fields);
}

/** splitDelimited, with the line and column of every field (see TextPosition for how they count). */
export function scanDelimited(text: string, delimiter: string): TextRow[] {
  const rows: TextRow[] = [];
  const at = positionCursor(text);
  let row: TextRow = { fields: [], starts: [], end: { line: 1, column: 1 } };
  let i = 0;
  const n = text.length;
  // `i === n` after a delimiter means one more (empty) field; after a line break it means the end.
  let fieldPending = n > 0;
  while (fieldPending) {
    row.starts.push(at(i));
    let value: string;
    const quoted = text[i] === '"' ? readQuoted(text, i + 1, delimiter) : undefined;
    if (quoted) {
      value = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      value = text.slice(i, j);
      i = j;
    }
    row.fields.push(value);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    row.end = at(i);
    rows.push(row);
    row = { fields: [], starts: [], end: row.end };
    if (text[i] === '\r') {
      i++;
      if (text[i] === '\n') i++; // CRLF is one break
    } else if (text[i] === '\n') i++;
    fieldPending = i < n;
  }
  return rows;
}

/**
 * The position of an index of `text`, for indexes asked in increasing order: one pass over the
 * text in all. A line break (LF, CRLF or CR) starts a new line; a surrogate pair is one column (its
 * low half adds none; at index 0, `charCodeAt(-1)` is NaN, no high surrogate).
 */
function positionCursor(text: string): (index: number) => TextPosition {
  let k = 0;
  let line = 1;
  let column = 1;
  return (index) => {
    for (; k < index; k++) {
      const unit = text.charCodeAt(k);
      if (unit === 0x0d && text.charCodeAt(k + 1) === 0x0a) continue; // CRLF: its LF ends the line
      if (unit === 0x0a || unit === 0x0d) {
        line++;
        column = 1;
      } else if (!(isLowSurrogate(unit) && isHighSurrogate(text.charCodeAt(k - 1)))) column++;
    }
    return { line, column };
  };
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Reads a quoted field whose opening quote is just before `start`; undefined when malformed. */
function readQuoted(
  text: string,
  start: number,
  delimiter: string,
): { value: string; end: number } | undefined {
  let value = '';
  let i = start;
  for (;;) {
    const close = text.indexOf('"', i);
    // Stryker disable next-line EqualityOperator: equivalent: i >= 1 (past the opening quote), so close is never 0
    if (close < 0) return undefined;
    value += text.slice(i, close);
    const next = text[close + 1];
    if (next === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    if (next === undefined || next === delimiter || next === '\n' || next === '\r')
      return { value, end: close + 1 };
    return undefined;
  }
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A field's cell value: a plain number (`12`, `-3`, `1.5`, spaces around allowed) becomes a number,
 * a blank field null, anything else stays text exactly as written, so the engine can warn about
 * `１２`, `1,234` or `1 2`.
 */
export function fieldValue(field: string): CellValue {
  const trimmed = field.trim();
  if (trimmed === '') return null;
  if (PLAIN_NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    return n === 0 ? 0 : n; // no -0
  }
  return field;
}

export type TextGridKind = 'tsv' | 'csv';

/** Builds the grid of one text table. `kind` picks the delimiter: tab for tsv/txt, comma for csv. */
export function textGrid(sheet: string, text: string, kind: TextGridKind): ArrayGrid {
  // A BOM is no character an editor shows: columns count from what follows it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = scanDelimited(body, kind === 'csv' ? ',' : '\t');
  return new ArrayGrid({
    sheet,
    values: rows.map((row) => row.fields.map(fieldValue)),
    origins: rows.map((row): TextLineOrigin => ({
      kind: 'text',
      line: row.starts[0].line,
      fields: row.starts,
      end: row.end,
    })),
  });
}

/** Decodes the bytes of a text file and builds its grid. Throws TextReadError for non-text bytes. */
export function readTextGrid(
  sheet: string,
  bytes: Uint8Array,
  kind: TextGridKind,
): { grid: ArrayGrid; encoding: TextEncodingName } {
  const { text, encoding } = decodeText(bytes);
  return { grid: textGrid(sheet, text, kind), encoding };
}
