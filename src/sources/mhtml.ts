/**
 * Web archives (.mhtml/.mht: Chrome's and Edge's "save as single file", Word's "单个文件网页"): a
 * MIME multipart message whose html part is the page. The part is found, unpacked from its
 * transfer encoding, and read by the HTML reader with the part's charset.
 */
import { otherFormat, readHtml } from './html';
import { charsetInContent } from './charset';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from './types';

export function readMhtml(bytes: Uint8Array, options: ReadSourceOptions): SourceDocument {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  const other = otherFormat(bytes);
  if (other) throw new SourceReadError('wrong-format', `${other}, not a web archive`);
  const text = binaryString(bytes);
  // A plain web page saved under an .mht name (with or without a BOM): read it as what it is.
  if (/^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)?\s*</.test(text)) return readHtml(bytes, options);
  const message = splitHeaders(text, 0, text.length);
  const type = message ? contentType(message.headers) : undefined;
  if (!message || !type) throw new SourceReadError('corrupt', 'no MIME headers with a Content-Type');
  let part: Part | undefined;
  if (type.mime.startsWith('multipart/')) {
    const location = message.headers.get('snapshot-content-location');
    part = findPage(text, message.bodyStart, text.length, type, location, 0);
  } else if (type.mime === 'text/html') {
    part = { headers: message.headers, start: message.bodyStart, end: text.length };
  }
  if (!part) throw new SourceReadError('corrupt', `the web archive (${type.mime}) holds no html part`);
  const partType = contentType(part.headers);
  const body = decodeBody(text.slice(part.start, part.end), part.headers.get('content-transfer-encoding'));
  const doc = readHtml(body, options, partType?.charset);
  return { ...doc, format: 'mhtml' };
}

/** Each byte as one char (0–255), so MIME structure can be found with string operations. */
function binaryString(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return s;
}

interface Headers {
  headers: Map<string, string>;
  bodyStart: number;
}

/**
 * Header lines from `start` up to the blank line before `end`, folded lines joined (names lower
 * case, the first of a repeated name kept). Undefined when there is no blank line.
 */
function splitHeaders(text: string, start: number, end: number): Headers | undefined {
  let headerEnd = start;
  let bodyStart: number;
  const lead = /^\r?\n/.exec(text.slice(start, start + 2));
  if (lead) {
    // No headers at all.
    // Stryker disable next-line ArithmeticOperator: equivalent: a part without headers is text/plain, whose body is never read
    bodyStart = start + lead[0].length;
  } else {
    const blank = /\r?\n\r?\n/g;
    blank.lastIndex = start;
    const m = blank.exec(text);
    if (!m || m.index >= end) return undefined;
    headerEnd = m.index;
    bodyStart = m.index + m[0].length;
  }
  const headers = new Map<string, string>();
  const unfolded = text.slice(start, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    // Stryker disable next-line EqualityOperator: equivalent: a line starting with ':' would name a header '', which nothing asks for
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, bodyStart };
}

interface ContentType {
  mime: string;
  boundary?: string;
  charset?: string;
}

function contentType(headers: Map<string, string>): ContentType | undefined {
  const value = headers.get('content-type');
  if (value === undefined) return undefined;
  const mime = value.split(';')[0].trim().toLowerCase();
  const boundary = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(value);
  return { mime, boundary: boundary?.[1] ?? boundary?.[2], charset: charsetInContent(value) };
}

interface Part {
  headers: Map<string, string>;
  start: number;
  end: number;
}

/** Nested multiparts deeper than this are not a page anyone saved. */
const MAX_DEPTH = 4;

/**
 * The page of a multipart body: the html part whose Content-Location is the snapshot's location,
 * else the first html part (searched into nested multiparts).
 */
function findPage(
  text: string,
  start: number,
  end: number,
  type: ContentType,
  location: string | undefined,
  depth: number,
): Part | undefined {
  if (!type.boundary) throw new SourceReadError('corrupt', 'multipart without a boundary');
  const parts = splitParts(text, start, end, type.boundary);
  let first: Part | undefined;
  for (const part of parts) {
    const t = contentType(part.headers);
    const mime = t?.mime ?? 'text/plain';
    if (mime === 'text/html') {
      if (location !== undefined && part.headers.get('content-location') === location) return part;
      first ??= part;
    } else if (t && mime.startsWith('multipart/') && depth < MAX_DEPTH) {
      const inner = findPage(text, part.start, part.end, t, location, depth + 1);
      if (inner) first ??= inner;
    }
  }
  return first;
}

/** The parts between `--boundary` lines; a missing close delimiter (a cut file) ends at `end`. */
function splitParts(text: string, start: number, end: number, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const starts: number[] = [];
  const ends: number[] = [];
  let closed = false;
  for (let at = text.indexOf(delimiter, start); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
    // A delimiter starts a line.
    if (at > start && text[at - 1] !== '\n') continue;
    const after = at + delimiter.length;
    const lineBreak = at > start ? (text[at - 2] === '\r' ? 2 : 1) : 0;
    if (starts.length > ends.length) ends.push(at - lineBreak);
    if (text.startsWith('--', after)) {
      closed = true;
      break;
    }
    // A file cut inside a delimiter line: nothing follows it (and no later delimiter starts a line).
    const eol = text.indexOf('\n', after);
    starts.push(eol === -1 ? end : eol + 1);
  }
  if (starts.length === 0) throw new SourceReadError('corrupt', `boundary "${boundary}" not found`);
  if (starts.length > ends.length) {
    if (!closed && starts.length === 1 && starts[0] >= end)
      throw new SourceReadError('truncated', 'the web archive ends after its first boundary');
    ends.push(end);
  }
  const parts: Part[] = [];
  starts.forEach((s, i) => {
    const h = splitHeaders(text, s, ends[i]);
    if (h) parts.push({ headers: h.headers, start: h.bodyStart, end: Math.max(h.bodyStart, ends[i]) });
  });
  return parts;
}

function decodeBody(body: string, encoding: string | undefined): Uint8Array {
  switch (encoding?.trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return decodeBase64(body);
    default: // 7bit, 8bit, binary
      return bytesOf(body);
  }
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const hex = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;

/** RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line end joins lines; a stray `=` stays. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    if (body[i + 1] === '\n') i += 1;
    else if (body[i + 1] === '\r' && body[i + 2] === '\n') i += 2;
    else {
      const hi = hex(body.charCodeAt(i + 1));
      const lo = hex(body.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
      } else out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** Base64, skipping line breaks and anything else outside the alphabet; stops at `=` padding. */
export function decodeBase64(body: string): Uint8Array {
  const out = new Uint8Array(Math.floor((body.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d) break;
    const v = c < 128 ? BASE64_VALUE[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
