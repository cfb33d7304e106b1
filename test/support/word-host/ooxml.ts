/**
 * The Word host's document: the flat OPC package itself, parsed once into one XML DOM (the
 * window's DOMParser: no Node APIs, the host also runs in Chromium). Each part's XML is the element
 * inside its `pkg:xmlData`, so editing /word/document.xml edits the package and `getOoxml()` is a
 * serialisation of it.
 */
export const NS = {
  pkg: 'http://schemas.microsoft.com/office/2006/xmlPackage',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
} as const;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Parts the host may add, with the content type and relationship Word gives them. */
export const PARTS = {
  comments: {
    name: '/word/comments.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
    root: `<w:comments xmlns:w="${NS.w}" xmlns:w14="${NS.w14}"/>`,
    rel: { from: '/word/_rels/document.xml.rels', type: `${REL}/comments`, target: 'comments.xml' },
  },
  commentsExtended: {
    name: '/word/commentsExtended.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml',
    root: `<w15:commentsEx xmlns:w15="${NS.w15}"/>`,
    rel: {
      from: '/word/_rels/document.xml.rels',
      type: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
      target: 'commentsExtended.xml',
    },
  },
  custom: {
    name: '/docProps/custom.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
    root: `<Properties xmlns="${NS.custom}" xmlns:vt="${NS.vt}"/>`,
    rel: { from: '/_rels/.rels', type: `${REL}/custom-properties`, target: 'docProps/custom.xml' },
  },
} as const;

export type PartSpec = (typeof PARTS)[keyof typeof PARTS];

/** The XML classes of a window (jsdom's or the browser's). */
export interface XmlApi {
  DOMParser: typeof DOMParser;
  XMLSerializer: typeof XMLSerializer;
}

export function defaultXmlApi(): XmlApi {
  const g = globalThis as Partial<XmlApi>;
  if (!g.DOMParser || !g.XMLSerializer)
    throw new Error('Word host: no DOMParser here; pass options.xml (a window) or use a jsdom environment');
  return { DOMParser: g.DOMParser, XMLSerializer: g.XMLSerializer };
}

export function parseXml(api: XmlApi, text: string): XMLDocument {
  const doc = new api.DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Word host: not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Element children of `el` named `w:{local}` (or any w: element without `local`). */
export function wChildren(el: Element, local?: string): Element[] {
  return [...el.children].filter((c) => c.namespaceURI === NS.w && (!local || c.localName === local));
}

export const isW = (node: Element | null, local: string): boolean =>
  !!node && node.namespaceURI === NS.w && node.localName === local;

export const wAll = (el: Element | Document, local: string): Element[] => [
  ...el.getElementsByTagNameNS(NS.w, local),
];

export const wAttr = (el: Element, local: string): string | null => el.getAttributeNS(NS.w, local);

/** The nearest ancestor (not `el` itself) that is `w:{local}`. */
export function wAncestor(el: Element, local: string): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) if (isW(node, local)) return node;
  return null;
}

export class WordPackage {
  readonly xml: XMLDocument;

  constructor(
    readonly api: XmlApi,
    text: string,
  ) {
    this.xml = parseXml(api, text);
    if (this.xml.documentElement.namespaceURI !== NS.pkg || this.xml.documentElement.localName !== 'package')
      throw new Error('Word host: the seed is not a flat OPC pkg:package');
    if (!this.root('/word/document.xml')) throw new Error('Word host: the package has no /word/document.xml');
  }

  parts(): Element[] {
    return [...this.xml.documentElement.children].filter(
      (c) => c.namespaceURI === NS.pkg && c.localName === 'part',
    );
  }

  part(name: string): Element | undefined {
    const want = name.toLowerCase();
    return this.parts().find((p) => (p.getAttributeNS(NS.pkg, 'name') ?? '').toLowerCase() === want);
  }

  /** The root element of an XML part. */
  root(name: string): Element | undefined {
    const data = this.part(name)?.getElementsByTagNameNS(NS.pkg, 'xmlData')[0];
    return data?.firstElementChild ?? undefined;
  }

  body(): Element {
    const body = wChildren(this.root('/word/document.xml') as Element, 'body')[0];
    if (!body) throw new Error('Word host: document.xml has no w:body');
    return body;
  }

  /** The root of a part the host adds when first needed, with its relationship (as Word writes them). */
  ensure(spec: PartSpec): Element {
    const existing = this.root(spec.name);
    if (existing) return existing;
    const part = this.xml.createElementNS(NS.pkg, 'pkg:part');
    part.setAttributeNS(NS.pkg, 'pkg:name', spec.name);
    part.setAttributeNS(NS.pkg, 'pkg:contentType', spec.contentType);
    const data = this.xml.createElementNS(NS.pkg, 'pkg:xmlData');
    data.appendChild(this.xml.importNode(parseXml(this.api, spec.root).documentElement, true));
    part.appendChild(data);
    this.xml.documentElement.appendChild(part);
    const rels = this.root(spec.rel.from);
    if (rels) {
      const ids = [...rels.children].map((r) => r.getAttribute('Id') ?? '');
      let n = ids.length + 1;
      while (ids.includes(`rId${n}`)) n++;
      const rel = this.xml.createElementNS(NS.rels, 'Relationship');
      rel.setAttribute('Id', `rId${n}`);
      rel.setAttribute('Type', spec.rel.type);
      rel.setAttribute('Target', spec.rel.target);
      rels.appendChild(rel);
    }
    return data.firstElementChild as Element;
  }

  /** The package text; `keep` picks the parts written (all by default). */
  serialize(keep: (name: string) => boolean = () => true): string {
    const copy = this.xml.cloneNode(true) as XMLDocument;
    for (const part of [...copy.documentElement.children])
      if (!keep(part.getAttributeNS(NS.pkg, 'name') ?? '')) part.remove();
    return new this.api.XMLSerializer().serializeToString(copy);
  }
}
