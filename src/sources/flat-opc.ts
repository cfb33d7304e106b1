/**
 * Reads a Word document given as a flat OPC package: the one XML text Word's body.getOoxml()
 * returns (and Word's "XML Document" format), a `pkg:package` of `pkg:part`s, each named by its
 * part name, XML parts inline in `pkg:xmlData`, binary ones base64 in `pkg:binaryData`. Read
 * exactly as a .docx (src/sources/docx.ts, through the same parts and relationships): same grid,
 * origins and notices. The envelope is scanned for the parts' positions, then each part's own text
 * is parsed strictly as a zip entry would be. Pure TypeScript: it runs in the browser as well.
 */
import { scanXml, type ScanNode } from '../docx/scan';
import { readWordPackage, type PartSource } from './docx';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from './types';
import { decodeXml, localName, prefixOf } from './xml';

export const PKG_NAMESPACE = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** One part of a flat package, as stored. */
export interface FlatPart {
  /** The part name without its leading '/': `word/document.xml`. */
  name: string;
  contentType: string;
  /** pkg:xmlData (its one element child is the part's root), for an XML part. */
  xmlData?: ScanNode;
  /** pkg:binaryData (its text is base64), for a binary part. */
  binaryData?: ScanNode;
}

export interface FlatPackage {
  /** The package text the positions of the nodes point into. */
  text: string;
  /** Parts in document order. */
  parts: FlatPart[];
  /** The stored name of a part, matched case-insensitively (OPC part names are), or undefined. */
  find(name: string): string | undefined;
  part(name: string): FlatPart | undefined;
}

/** Reads the body of a flat OPC package into one grid, as readDocx reads a .docx. */
export function readFlatOpc(text: string, options: ReadSourceOptions): SourceDocument {
  return readWordPackage(flatParts(scanFlatOpc(text, options.limits)), options);
}

/**
 * Scans the envelope of a flat OPC package. `keepText` (local names, as scanXml) keeps text in
 * the parts' elements for callers that walk the scanned tree (src/word/places.ts); base64 text of
 * binary parts is always kept. Throws SourceReadError: 'empty', 'unpacked-too-large' (the text
 * is longer than limits.maxUnpackedBytes characters), 'corrupt' (bad envelope), 'wrong-format'.
 */
export function scanFlatOpc(
  text: string,
  limits: { maxUnpackedBytes: number },
  keepText: (local: string) => boolean = () => false,
): FlatPackage {
  if (text.trim() === '') throw new SourceReadError('empty', 'the package is empty');
  if (text.length > limits.maxUnpackedBytes)
    throw new SourceReadError(
      'unpacked-too-large',
      `a flat OPC package of ${text.length} characters`,
      limits.maxUnpackedBytes,
    );
  if (/<!(DOCTYPE|ENTITY)/.test(text)) throw new SourceReadError('corrupt', 'package: a DTD');
  const root = scanXml(text, 'package', (local) => local === 'binaryData' || keepText(local));
  const prefix = prefixOf(root, PKG_NAMESPACE);
  if (localName(root.name) !== 'package' || prefix === undefined)
    throw new SourceReadError('wrong-format', `<${root.name}> is not a flat OPC package (pkg:package)`);
  const pkg = (local: string) => (prefix === '' ? local : `${prefix}:${local}`);

  const parts: FlatPart[] = [];
  const byName = new Map<string, FlatPart>();
  for (const el of root.children) {
    if (typeof el === 'string' || el.name !== pkg('part')) continue;
    const name = (el.attrs[pkg('name')] ?? '').replace(/^\//, '');
    if (name === '') throw new SourceReadError('corrupt', 'package: a part without a name');
    const key = name.toLowerCase();
    if (byName.has(key)) throw new SourceReadError('corrupt', `package: two parts named /${name}`);
    const part: FlatPart = { name, contentType: el.attrs[pkg('contentType')] ?? '' };
    for (const c of el.children)
      if (typeof c !== 'string') {
        if (c.name === pkg('xmlData')) part.xmlData ??= c;
        else if (c.name === pkg('binaryData')) part.binaryData ??= c;
      }
    parts.push(part);
    byName.set(key, part);
  }
  return {
    text,
    parts,
    find: (name) => byName.get(name.toLowerCase())?.name,
    part: (name) => byName.get(name.toLowerCase()),
  };
}

/** The parts of a flat package for the Word reader: XML parts as their own text, as in a zip. */
export function flatParts(pkg: FlatPackage): PartSource {
  return {
    find: pkg.find,
    text(name) {
      const part = pkg.part(name);
      if (part?.xmlData) {
        const { openEnd, closeStart, selfClosing } = part.xmlData;
        return selfClosing ? '' : pkg.text.slice(openEnd, closeStart);
      }
      if (part?.binaryData) return decodeXml(decodeBase64(textOf(part.binaryData), name));
      throw new SourceReadError('corrupt', `package: /${name} holds no data`);
    },
    describe() {
      const sample = pkg.parts.slice(0, 5).map((p) => `/${p.name}`);
      const more = pkg.parts.length > 5 ? ', …' : '';
      return `a flat OPC package of ${pkg.parts.length} parts (${sample.join(', ')}${more})`;
    },
  };
}

/**
 * A part's root element as scanned: in place for pkg:xmlData, scanned from its decoded text for
 * pkg:binaryData (then its positions point into that text, not the package's).
 */
export function scannedPart(pkg: FlatPackage, name: string, keepText: (local: string) => boolean): ScanNode {
  const data = pkg.part(name)?.xmlData;
  const root = data?.children.find((c): c is ScanNode => typeof c !== 'string');
  if (root) return root;
  return scanXml(flatParts(pkg).text(name), name, keepText);
}

function textOf(node: ScanNode): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** Strict base64 (whitespace between characters allowed, as Word wraps its lines). */
function decodeBase64(text: string, part: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) throw new SourceReadError('corrupt', `package: /${part}: bad base64`);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const v = BASE64_VALUE.get(c);
    if (v === undefined) throw new SourceReadError('corrupt', `package: /${part}: bad base64`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
      value &= (1 << bits) - 1;
    }
  }
  return out;
}
