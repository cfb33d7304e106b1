import {
  child,
  childElements,
  decodeXml,
  localName,
  parseXml,
  prefixOf,
  type XmlElement,
} from '../../src/sources/xml';
import { SourceReadError } from '../../src/sources/types';

/** The tree as compact text: `name{attr=value}[children]`, text in quotes. */
function shape(node: XmlElement | string): string {
  if (typeof node === 'string') return JSON.stringify(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${node.name}${attrs ? `{${attrs}}` : ''}[${node.children.map(shape).join(' ')}]`;
}

const keepT = (name: string) => name === 'w:t';
const parsed = (xml: string) => shape(parseXml(xml, 'word/document.xml', { keepText: keepT }));

describe('parseXml: what a well-formed part gives', () => {
  it.each([
    ['an empty root', '<a/>', 'a[]'],
    [
      'a declaration, comments and whitespace around the root',
      '<?xml version="1.0"?>\n<!-- c --><a/>\n',
      'a[]',
    ],
    ['attributes in either quote, spaces around =', `<a x="1" y = '2'/>`, 'a{x=1,y=2}[]'],
    ['entities in attributes', '<a v="&lt;&amp;&gt;&quot;&apos;&#65;&#x4E2D;"/>', 'a{v=<&>"\'A中}[]'],
    [
      'text kept only inside the named elements',
      '<w:p>drop<w:t>keep &amp; more</w:t></w:p>',
      'w:p[w:t["keep & more"]]',
    ],
    [
      'CDATA kept as written inside a named element',
      '<w:t><![CDATA[<b>&amp;</b>]]></w:t>',
      'w:t["<b>&amp;</b>"]',
    ],
    ['CDATA dropped elsewhere', '<a><![CDATA[x]]></a>', 'a[]'],
    ['an end tag with a space before >', '<a><b></b ></a>', 'a[b[]]'],
    ['nested elements in order', '<a><b/><c><d/></c></a>', 'a[b[] c[d[]]]'],
    ['tabs and line breaks between attributes', '<a\nx="1"\ty=\t"2"\r/>', 'a{x=1,y=2}[]'],
  ])('%s', (_name, xml, want) => {
    expect(parsed(xml)).toBe(want);
  });
});

describe('parseXml: a part that is not well-formed is corrupt, and says where', () => {
  it.each([
    ['text outside the root', 'x<a/>', 'text outside the root element at character 0'],
    ['an unterminated processing instruction', '<?xml <a/>', 'unterminated processing instruction'],
    ['an unterminated comment', '<a><!-- x</a>', 'unterminated comment'],
    ['CDATA before the root', '<![CDATA[x]]><a/>', 'bad CDATA section'],
    ['CDATA never closed', '<a><![CDATA[x</a>', 'bad CDATA section'],
    ['a DTD', '<!DOCTYPE a [<!ENTITY e "x">]><a/>', 'a DTD or unknown declaration'],
    ['an unterminated end tag', '<a></a', 'unterminated end tag'],
    ['a mismatched end tag', '<a><b></a></b>', 'end tag </a> does not match <b>'],
    ['an end tag with nothing open', '</a>', 'end tag </a> does not match <>'],
    ['an element left open', '<a><b>', '<b> is not closed (the part is cut short?)'],
    ['nothing at all', '  ', 'no root element'],
    ['a tag without a name', '< a/>', 'a tag without a name'],
    ['a start tag cut short', '<a x="1"', '<a> is cut short'],
    ['an attribute without =', '<a x/>', 'a bad attribute in <a>'],
    ['an attribute without quotes', '<a x=1/>', 'a bad attribute in <a>'],
    ['an attribute never closed', '<a x="1/>', '<a> is cut short'],
    ['< in an attribute', '<a x="<"/>', "'<' in an attribute of <a>"],
    ['a second root', '<a/><b/>', 'a second root element'],
    ['a bare &', '<w:t>a & b</w:t>', "a bare '&'"],
    ['an entity name too long to be one', '<w:t>&abcdefghijkl;</w:t>', "a bare '&'"],
    ['an unknown entity', '<w:t>&nbsp;</w:t>', 'an unknown entity &nbsp;'],
    ['a character reference past Unicode', '<a v="&#x110000;"/>', 'an unknown entity &#x110000;'],
    ['a character reference of 0', '<a v="&#0;"/>', 'an unknown entity &#0;'],
    ['a malformed character reference', '<a v="&#12a;"/>', 'an unknown entity &#12a;'],
  ])('%s', (_name, xml, why) => {
    let error: unknown;
    try {
      parseXml(xml, 'word/document.xml', { keepText: keepT });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceReadError);
    expect(error).toMatchObject({ code: 'corrupt' });
    expect((error as SourceReadError).detail).toContain(`word/document.xml: ${why}`);
  });

  it('refuses nesting deeper than any document (a hostile part cannot exhaust the stack)', () => {
    const deep = '<a>'.repeat(1001) + '</a>'.repeat(1001);
    expect(() => parseXml(deep, 'p')).toThrow(/nested deeper than 1000/);
    const fine = '<a>'.repeat(1000) + '</a>'.repeat(1000);
    expect(parseXml(fine, 'p').name).toBe('a');
  });
});

describe('decodeXml', () => {
  it.each([
    ['UTF-8', [0x3c, 0x61, 0x2f, 0x3e]],
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]],
    ['UTF-16BE with a BOM', [0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e]],
  ])('%s', (_name, bytes) => {
    expect(decodeXml(new Uint8Array(bytes))).toBe('<a/>');
  });
});

describe('walking the tree', () => {
  const root = parseXml(
    '<w:document xmlns:w="http://w" xmlns="http://d"><w:body><w:t>x</w:t><w:p/></w:body></w:document>',
    'p',
    { keepText: keepT },
  );

  it('finds child elements, text left out, and the first of a name', () => {
    const body = child(root, 'w:body')!;
    expect(childElements(body).map((e) => e.name)).toEqual(['w:t', 'w:p']);
    expect(childElements(child(body, 'w:t')!)).toEqual([]);
    expect(child(body, 'w:p')?.name).toBe('w:p');
    expect(child(body, 'w:tbl')).toBeUndefined();
  });

  it('reads local names and the prefix a namespace is bound to', () => {
    expect([localName('w:p'), localName('p')]).toEqual(['p', 'p']);
    expect(prefixOf(root, 'http://w')).toBe('w');
    expect(prefixOf(root, 'http://d')).toBe('');
    expect(prefixOf(root, 'http://other')).toBeUndefined();
  });
});
