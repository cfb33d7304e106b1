/**
 * The character encoding of a web page, found the way a browser finds it (WHATWG Encoding and
 * HTML "encoding sniffing"): byte order mark, then the transport's charset (an MHTML part's
 * Content-Type), then a `<meta>` declaration in the first 1024 bytes, then a guess. Chinese
 * government pages are mostly UTF-8 or GBK/GB2312; labels are resolved by TextDecoder's own label
 * table, so `gb2312`, `gbk`, `x-gbk`, `gb_2312-80` all decode as GBK and `GB18030` as GB18030.
 */

import { byteOrderMark } from '../grid/bytes';

export interface DecodedHtml {
  text: string;
  /** The TextDecoder encoding name used, e.g. `utf-8`, `gbk`, `gb18030`, `utf-16le`. */
  encoding: string;
}

/** How far the `<meta>` prescan looks, as browsers do. */
const PRESCAN_BYTES = 1024;

export function decodeHtml(bytes: Uint8Array, declared?: string): DecodedHtml {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decode(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
  const label = (declared !== undefined ? encodingOf(declared) : undefined) ?? prescanEncoding(bytes);
  // A page declaring UTF-8 whose bytes are not UTF-8 was re-saved as GBK without fixing its meta:
  // the fallback reads it instead of filling the text with U+FFFD.
  if (label && !(label === 'utf-8' && !isUtf8(bytes))) return { text: decode(label, bytes), encoding: label };
  return fallback(bytes);
}

/** Strict UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
function fallback(bytes: Uint8Array): DecodedHtml {
  if (isUtf8(bytes)) return { text: decode('utf-8', bytes), encoding: 'utf-8' };
  return { text: decode('gb18030', bytes), encoding: 'gb18030' };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  // ignoreBOM: a BOM was handled above; one found later is content.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** The TextDecoder encoding a label names, or undefined for a label the runtime does not know. */
export function encodingOf(label: string): string | undefined {
  let encoding: string | undefined;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    // A label the runtime does not know (TextDecoder throws a RangeError): undefined.
  }
  return encoding;
}

// ---- the prescan of the first 1024 bytes (WHATWG HTML "prescan a byte stream") ----

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

const isSpace = (b: number | undefined): boolean =>
  b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isLetter = (b: number | undefined): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent: undefined compares false with any number
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** True when `bytes` at `at` spells `word` (ASCII, case-insensitive). */
function startsWith(bytes: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i] ?? 0) !== word.charCodeAt(i)) return false;
  return true;
}

/** The encoding a `<meta>` in the first 1024 bytes declares, when the runtime knows it. */
export function prescanEncoding(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  const b = bytes.subarray(0, end);
  let i = 0;
  while (i < end) {
    if (b[i] !== LT) {
      i++;
    } else if (startsWith(b, i, '<!--')) {
      const close = indexOfSeq(b, i + 4, '-->');
      if (close < 0) return undefined;
      i = close + 3;
    } else if (startsWith(b, i, '<meta') && (isSpace(b[i + 5]) || b[i + 5] === SLASH)) {
      const meta = readMeta(b, i + 5);
      if (meta.encoding) return meta.encoding;
      i = meta.end;
    } else if (isLetter(b[i + 1]) || (b[i + 1] === SLASH && isLetter(b[i + 2]))) {
      i += b[i + 1] === SLASH ? 2 : 1;
      while (i < end && !isSpace(b[i]) && b[i] !== GT) i++;
      for (let a = readAttribute(b, i); a; a = readAttribute(b, a.end)) i = a.end;
      i = skipTo(b, i, GT);
    } else if (b[i + 1] === 0x21 || b[i + 1] === SLASH || b[i + 1] === 0x3f) {
      i = skipTo(b, i + 2, GT);
    } else {
      i++;
    }
  }
  return undefined;
}

/** Index of ASCII `seq` in `b` from `from`, or -1. */
function indexOfSeq(b: Uint8Array, from: number, seq: string): number {
  for (let i = from; i + seq.length <= b.length; i++) if (startsWith(b, i, seq)) return i;
  return -1;
}

/** Just past the next `byte` from `from` (or the end). */
function skipTo(b: Uint8Array, from: number, byte: number): number {
  const at = b.indexOf(byte, from);
  return at < 0 ? b.length : at + 1;
}

/** Reads a `<meta>`'s attributes; `encoding` when they declare a known one. */
function readMeta(b: Uint8Array, from: number): { encoding?: string; end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let charset: string | undefined;
  let at = from;
  for (let a = readAttribute(b, at); a; a = readAttribute(b, a.end)) {
    at = a.end;
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    if (a.name === 'http-equiv') {
      if (a.value.toLowerCase() === 'content-type') gotPragma = true;
    } else if (a.name === 'content') {
      const c = charsetInContent(a.value);
      if (c !== undefined && charset === undefined) {
        charset = c;
        needPragma = true;
      }
    } else if (a.name === 'charset') {
      charset = a.value;
      needPragma = false;
    }
  }
  const end = skipTo(b, at, GT);
  if (needPragma === undefined || (needPragma && !gotPragma) || charset === undefined) return { end };
  let encoding = encodingOf(charset);
  // A page whose bytes reached this prescan is ASCII-compatible: a UTF-16 label in it is wrong.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  return { encoding, end };
}

/** `charset=…` inside a Content-Type value (`text/html; charset=gb2312`), quotes optional. */
export function charsetInContent(content: string): string | undefined {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3];
}

interface Attribute {
  name: string;
  value: string;
  end: number;
}

/** One attribute of a tag from `from` ("get an attribute"), or undefined at the tag's end. */
function readAttribute(b: Uint8Array, from: number): Attribute | undefined {
  let i = from;
  while (i < b.length && (isSpace(b[i]) || b[i] === SLASH)) i++;
  if (i >= b.length || b[i] === GT) return undefined;
  let name = '';
  // The first character is part of the name even when it is '=' (as the algorithm says).
  do {
    name += String.fromCharCode(lower(b[i]));
    i++;
  } while (i < b.length && b[i] !== EQUALS && b[i] !== GT && b[i] !== SLASH && !isSpace(b[i]));
  while (i < b.length && isSpace(b[i])) i++;
  if (b[i] !== EQUALS) return { name, value: '', end: i };
  i++;
  while (i < b.length && isSpace(b[i])) i++;
  let value = '';
  const quote = b[i];
  if (quote === 0x22 || quote === 0x27) {
    i++;
    while (i < b.length && b[i] !== quote) value += String.fromCharCode(b[i++]);
    return { name, value, end: i + 1 };
  }
  while (i < b.length && !isSpace(b[i]) && b[i] !== GT) value += String.fromCharCode(b[i++]);
  return { name, value, end: i };
}
