/**
 * A small strict XML parser for the parts of Office files: one pass over the text, an element tree
 * out. Strict where a lenient parser would guess: a tag that does not match, an element left open
 * (a part cut short), an unknown entity or a DTD (OPC forbids them; no entity expansion) make the
 * part 'corrupt'. Text is kept only inside the elements the caller names (Word's w:t…), so the
 * whitespace between tags of a large part costs nothing. Pure TypeScript: it runs in the browser.
 * (htmlparser2 is ESM-only, which the CommonJS test runner and CLI cannot load.)
 */
import { SourceReadError } from './types';

export interface XmlElement {
  /** The qualified name as written, prefix included: `w:p`. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Child elements and, inside the elements whose text is kept, text (entities decoded). */
  readonly children: (XmlElement | string)[];
}

export interface ParseXmlOptions {
  /** Elements whose text content is kept; text elsewhere is dropped. */
  keepText?: (name: string) => boolean;
}

/** Deeper nesting than any real document; a hostile part cannot exhaust the stack of a reader. */
const MAX_DEPTH = 1000;

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes a part's bytes: UTF-16 when it starts with a BOM (OPC allows it), else UTF-8. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM
}

/** Parses one part; `part` names it in errors. Throws SourceReadError('corrupt'). */
export function parseXml(text: string, part: string, options: ParseXmlOptions = {}): XmlElement {
  const keepText = options.keepText ?? (() => false);
  const fail = (at: number, why: string): never => {
    throw new SourceReadError('corrupt', `${part}: ${why} at character ${at}`);
  };
  const stack: XmlElement[] = [];
  const keeping: boolean[] = [];
  let root: XmlElement | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        if (text.slice(i, textEnd).trim() !== '') fail(i, 'text outside the root element');
      } else if (keeping[keeping.length - 1]) {
        stack[stack.length - 1].children.push(decodeEntities(text.slice(i, textEnd), i, fail));
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail(lt, 'unterminated processing instruction');
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) fail(lt, 'unterminated comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0 || stack.length === 0) fail(lt, 'bad CDATA section');
        if (keeping[keeping.length - 1]) stack[stack.length - 1].children.push(text.slice(lt + 9, end));
        i = end + 3;
      } else {
        fail(lt, 'a DTD or unknown declaration');
      }
    } else if (next === 0x2f /* / */) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) fail(lt, 'unterminated end tag');
      const name = text.slice(lt + 2, end).trimEnd();
      const open = stack.pop();
      keeping.pop();
      if (!open || open.name !== name) fail(lt, `end tag </${name}> does not match <${open?.name ?? ''}>`);
      i = end + 1;
    } else {
      i = openTag(lt + 1);
    }
  }
  if (stack.length > 0) fail(n, `<${stack[stack.length - 1].name}> is not closed (the part is cut short?)`);
  if (!root) return fail(0, 'no root element');
  return root;

  /** Parses a start tag whose name begins at `p`; returns the index after its `>`. */
  function openTag(p: number): number {
    let q = p;
    while (q < n && !isNameEnd(text.charCodeAt(q))) q++;
    const name = text.slice(p, q);
    if (name === '') fail(p, 'a tag without a name');
    const attrs: Record<string, string> = {};
    for (;;) {
      while (q < n && isSpace(text.charCodeAt(q))) q++;
      if (q >= n) return fail(p, `<${name}> is cut short`);
      const c = text.charCodeAt(q);
      if (c === 0x3e /* > */ || (c === 0x2f /* / */ && text.charCodeAt(q + 1) === 0x3e)) {
        const empty = c === 0x2f;
        const element: XmlElement = { name, attrs, children: [] };
        if (stack.length > 0) stack[stack.length - 1].children.push(element);
        else if (root) fail(p, 'a second root element');
        else root = element;
        if (!empty) {
          if (stack.length >= MAX_DEPTH) fail(p, `elements nested deeper than ${MAX_DEPTH}`);
          stack.push(element);
          keeping.push(keepText(name));
        }
        return q + (empty ? 2 : 1);
      }
      const eq = text.indexOf('=', q);
      if (eq < 0) return fail(q, `a bad attribute in <${name}>`);
      const attr = text.slice(q, eq).trim();
      let v = eq + 1;
      while (v < n && isSpace(text.charCodeAt(v))) v++;
      const quote = text[v];
      if (attr === '' || (quote !== '"' && quote !== "'")) return fail(q, `a bad attribute in <${name}>`);
      const close = text.indexOf(quote, v + 1);
      if (close < 0) return fail(v, `<${name}> is cut short`);
      const raw = text.slice(v + 1, close);
      if (raw.includes('<')) fail(v, `'<' in an attribute of <${name}>`);
      attrs[attr] = decodeEntities(raw, v + 1, fail);
      q = close + 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e /* > */ || c === 0x2f; /* / */
}

function decodeEntities(raw: string, at: number, fail: (at: number, why: string) => never): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  const parts: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0 || semi - amp > 10) fail(at + amp, "a bare '&'");
    const ref = raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff && /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref))
        ch = String.fromCodePoint(code);
    } else ch = ENTITIES[ref];
    if (ch === undefined) fail(at + amp, `an unknown entity &${ref};`);
    parts.push(raw.slice(from, amp), ch as string);
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  parts.push(raw.slice(from));
  return parts.join('');
}

/** The child elements of `element` (text left out). */
export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string') out.push(c);
  return out;
}

/** The first child element named `name`, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The local part of a qualified name: `w:p` → `p`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The prefix `element` (usually the root) binds to `namespace`: '' for the default namespace,
 * undefined when it does not declare it.
 */
export function prefixOf(element: XmlElement, namespace: string): string | undefined {
  for (const [attr, value] of Object.entries(element.attrs)) {
    if (value !== namespace) continue;
    if (attr === 'xmlns') return '';
    if (attr.startsWith('xmlns:')) return attr.slice(6);
  }
  return undefined;
}
