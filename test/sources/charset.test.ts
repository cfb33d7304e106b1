import { decodeHtml, encodingOf, prescanEncoding } from '../../src/sources/charset';
import { toGbk } from '../support/report-html';

const ascii = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i ^ 1]);

const TEXT = '<p>政府信息公开“三安全一稳定”</p>';

describe('decodeHtml', () => {
  const cases: { name: string; bytes: Uint8Array; declared?: string; encoding: string; text?: string }[] = [
    { name: 'UTF-8 without BOM or declaration', bytes: ascii(TEXT), encoding: 'utf-8' },
    {
      name: 'UTF-8 with BOM (the BOM is not text)',
      bytes: cat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii(TEXT)),
      encoding: 'utf-8',
    },
    {
      name: 'UTF-16LE with BOM',
      bytes: cat(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)),
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16BE with BOM',
      bytes: cat(new Uint8Array([0xfe, 0xff]), utf16be(TEXT)),
      encoding: 'utf-16be',
    },
    {
      name: 'GBK declared by <meta charset="gbk">',
      bytes: toGbk(`<meta charset="gbk">${TEXT}`),
      encoding: 'gbk',
    },
    {
      name: 'GB2312 declared by http-equiv Content-Type',
      bytes: toGbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">${TEXT}`),
      encoding: 'gbk',
    },
    {
      name: 'http-equiv with content first, single quotes, upper case',
      bytes: toGbk(`<META CONTENT='text/html; CHARSET=GB2312' HTTP-EQUIV='content-type'>${TEXT}`),
      encoding: 'gbk',
    },
    {
      name: 'unquoted <meta charset=GB18030>',
      bytes: toGbk(`<meta charset=GB18030 />${TEXT}`),
      encoding: 'gb18030',
    },
    { name: 'x-gbk label', bytes: toGbk(`<meta charset="x-gbk">${TEXT}`), encoding: 'gbk' },
    { name: 'undeclared GBK bytes → GB18030 fallback', bytes: toGbk(TEXT), encoding: 'gb18030' },
    {
      name: 'unknown label → fallback (UTF-8 bytes)',
      bytes: ascii(`<meta charset="klingon">${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'unknown label → fallback (GBK bytes)',
      bytes: toGbk(`<meta charset="klingon">${TEXT}`),
      encoding: 'gb18030',
    },
    {
      name: 'content="…charset" without http-equiv is no declaration',
      bytes: ascii(`<meta content="text/html; charset=gbk">${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a repeated attribute: the first one counts (HTML parsing drops the others)',
      bytes: toGbk(`<meta charset="gbk" charset="utf-8">${TEXT}`),
      encoding: 'gbk',
    },
    {
      name: 'a slash may part <meta from its attributes, as a space does',
      bytes: toGbk(`<meta/charset="gbk">${TEXT}`),
      encoding: 'gbk',
    },
    {
      name: 'a tag that only starts like meta is not a meta',
      bytes: ascii(`<metadata charset="gbk"><meta2 charset="gbk">${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a meta inside a comment is ignored',
      bytes: ascii(`<!-- <meta charset="gbk"> -->${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a meta after the first 1024 bytes is not seen',
      bytes: ascii(`<!-- ${'x'.repeat(1100)} --><meta charset="gbk">${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a meta in an attribute value of another tag is not a meta',
      bytes: ascii(`<div title='<meta charset="gbk">'>${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a UTF-16 label in a meta means UTF-8',
      bytes: ascii(`<meta charset="utf-16">${TEXT}`),
      encoding: 'utf-8',
    },
    {
      name: 'a page declaring UTF-8 but holding GBK bytes is read as GB18030',
      bytes: toGbk(`<meta charset="utf-8">${TEXT}`),
      encoding: 'gb18030',
    },
    {
      name: 'the transport charset beats the meta',
      bytes: ascii(`<meta charset="gbk">${TEXT}`),
      declared: 'utf-8',
      encoding: 'utf-8',
    },
    {
      name: 'the transport charset beats the guess',
      bytes: toGbk(TEXT),
      declared: 'GB2312',
      encoding: 'gbk',
    },
    {
      name: 'a BOM beats the transport charset',
      bytes: cat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii(TEXT)),
      declared: 'gbk',
      encoding: 'utf-8',
    },
    {
      name: 'an unknown transport charset falls to the meta',
      bytes: toGbk(`<meta charset=gbk>${TEXT}`),
      declared: 'bogus',
      encoding: 'gbk',
    },
  ];

  it.each(cases)('$name', ({ bytes, declared, encoding }) => {
    const decoded = decodeHtml(bytes, declared);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.endsWith(TEXT)).toBe(true);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });
});

test.each([
  ['a tab', '\t'],
  ['a line feed', '\n'],
  ['a form feed', '\f'],
  ['a carriage return', '\r'],
])('<meta followed by %s declares the charset as after a space', (_name, space) => {
  expect(decodeHtml(toGbk(`<meta${space}charset=gbk${space}>${TEXT}`)).encoding).toBe('gbk');
});

test.each([
  ['A', undefined],
  ['Z', undefined],
  ['a', undefined],
  ['z', undefined],
  ['@', 'gbk'],
  ['[', 'gbk'],
  ['`', 'gbk'],
  ['{', 'gbk'],
  ['1', 'gbk'],
])(
  '"<%s": a tag only when a letter follows <, so a <meta> in its attribute is no declaration',
  (first, found) => {
    expect(prescanEncoding(ascii(`<${first}x title="<meta charset=gbk>">`))).toBe(found);
  },
);

test('only the first byte order mark is taken off: a second one is text (U+FEFF)', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  expect(decodeHtml(cat(bom, bom, ascii(TEXT)))).toEqual({ text: `\ufeff${TEXT}`, encoding: 'utf-8' });
});

describe('labels', () => {
  it.each([
    ['gb2312', 'gbk'],
    ['GBK', 'gbk'],
    ['gb_2312-80', 'gbk'],
    ['x-gbk', 'gbk'],
    ['chinese', 'gbk'],
    ['GB18030', 'gb18030'],
    [' utf8 ', 'utf-8'],
    ['big5', 'big5'],
  ])('%s decodes as %s with this runtime’s TextDecoder', (label, encoding) => {
    expect(encodingOf(label)).toBe(encoding);
  });

  it('knows no made-up label', () => {
    expect(encodingOf('gbk-2000')).toBeUndefined();
    expect(prescanEncoding(ascii('<meta charset="">'))).toBeUndefined();
  });
});
