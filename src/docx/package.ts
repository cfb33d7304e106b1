/**
 * The package around the document part: which part is the document, its relationships and the
 * content types. Edits are splices into the original text, so every line not added stays as it was.
 */
import { byteOrderMark } from '../grid/bytes';
import { decodeXml, localName } from '../sources/xml';
import { resolvePartPath } from '../sources/zip';
import { Splices } from './edits';
import { elements, escapeXml, scanXml, type ScanNode } from './scan';

/** A part's text and how to write it back in the encoding it came in. */
export interface PartText {
  text: string;
  encode(text: string): Uint8Array;
}

export function readPart(bytes: Uint8Array): PartText {
  const bom = byteOrderMark(bytes)?.encoding;
  const utf8Bom = bom === 'utf-8';
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be';
  return {
    text: decodeXml(bytes),
    encode(text) {
      // A UTF-16 part is written back as UTF-8 (every reader takes it), its declaration to match.
      const out = utf16 ? text.replace(/^(<\?xml[^>]*encoding=)(["'])[^"']*\2/, '$1$2UTF-8$2') : text;
      const encoded = new TextEncoder().encode(out);
      if (!utf8Bom) return encoded;
      const withBom = new Uint8Array(encoded.length + 3);
      withBom.set([0xef, 0xbb, 0xbf]);
      withBom.set(encoded, 3);
      return withBom;
    },
  };
}

/** The zip entries by name, found case-insensitively as OPC part names are. */
export class PackageFiles {
  private readonly folded = new Map<string, string>();

  constructor(readonly files: Map<string, Uint8Array>) {
    for (const name of files.keys())
      if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), name);
  }

  find(name: string): string | undefined {
    return this.folded.get(name.toLowerCase());
  }

  set(name: string, bytes: Uint8Array): void {
    const stored = this.find(name) ?? name;
    this.files.set(stored, bytes);
    this.folded.set(stored.toLowerCase(), stored);
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as a zip path. */
  path: string;
  external: boolean;
}

/** The relationships of a .rels part; targets resolved against `base` (the source part's folder). */
export function relationships(text: string, part: string, base: string): Relationship[] {
  return elements(scanXml(text, part))
    .filter((r) => localName(r.name) === 'Relationship')
    .map((r) => ({
      id: r.attrs.Id ?? '',
      type: r.attrs.Type ?? '',
      path: resolvePartPath(base, r.attrs.Target ?? ''),
      external: r.attrs.TargetMode === 'External',
    }));
}

/** The document part, as src/sources/docx.ts finds it: the package's officeDocument relationship. */
export function documentPath(files: PackageFiles): string | undefined {
  const rootRels = files.find('_rels/.rels');
  const rels = rootRels
    ? relationships(decodeXml(files.files.get(rootRels) as Uint8Array), rootRels, '')
    : [];
  const target = rels.find((r) => !r.external && /\/officeDocument$/.test(r.type))?.path;
  return (target !== undefined ? files.find(target) : undefined) ?? files.find('word/document.xml');
}

/** `word/_rels/document.xml.rels` for `word/document.xml`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship with a new Id (to a new .rels part when `text` is undefined). */
export function addRelationship(
  text: string | undefined,
  part: string,
  type: string,
  target: string,
): string {
  const source =
    text ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const root = scanXml(source, part);
  const taken = new Set(elements(root).map((r) => r.attrs.Id));
  let n = elements(root).length + 1;
  while (taken.has(`rId${n}`)) n++;
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const element = `<${prefix}Relationship Id="rId${n}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  return appendChild(source, root, element);
}

/** Adds an Override for `partName` to [Content_Types].xml unless one is there. */
export function addOverride(text: string, partName: string, contentType: string): string {
  const root = scanXml(text, '[Content_Types].xml');
  const name = `/${partName}`.toLowerCase();
  const present = elements(root).some(
    (e) => localName(e.name) === 'Override' && (e.attrs.PartName ?? '').toLowerCase() === name,
  );
  if (present) return text;
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  return appendChild(
    text,
    root,
    `<${prefix}Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`,
  );
}

/** Adds `markup` as the last child of `parent` (opening an empty-element tag if need be). */
export function appendChild(text: string, parent: ScanNode, markup: string): string {
  const splices = new Splices();
  insertInto(splices, parent, 'end', markup);
  return splices.apply(text);
}

/** Queues `markup` as the first or last content of `parent`, opening an empty-element tag. */
export function insertInto(splices: Splices, parent: ScanNode, where: 'start' | 'end', markup: string): void {
  if (parent.selfClosing) splices.replace(parent.closeStart, parent.end, `>${markup}</${parent.name}>`);
  else splices.insert(where === 'start' ? parent.openEnd : parent.closeStart, markup);
}
