import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeText,
  fieldValue,
  readTextGrid,
  splitDelimited,
  TextReadError,
  textGrid,
} from '../../src/grid/text';
import type { Grid } from '../../src/grid/types';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function rows(grid: Grid): (string | number | boolean | null)[][] {
  const out: (string | number | boolean | null)[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push(grid.value(r, c));
    out.push(row);
  }
  return out;
}

describe('splitDelimited', () => {
  test.each<[string, string, string, string[][]]>([
    ['empty text', '', '\t', []],
    ['one field', 'a', '\t', [['a']]],
    ['tabs', 'a\tb\tc', '\t', [['a', 'b', 'c']]],
    [
      'LF lines',
      'a\tb\nc\td',
      '\t',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF lines',
      'a\tb\r\nc\td\r\n',
      '\t',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['CR lines (old Mac)', 'a\rb', '\t', [['a'], ['b']]],
    ['trailing line break adds no row', 'a\n', '\t', [['a']]],
    ['blank lines stay rows', 'a\n\n\nb', '\t', [['a'], [''], [''], ['b']]],
    ['blank CRLF lines stay rows', 'a\r\n\r\nb', '\t', [['a'], [''], ['b']]],
    ['empty fields', '\ta\t\t', '\t', [['', 'a', '', '']]],
    ['commas', '1,2,3', ',', [['1', '2', '3']]],
    ['quoted comma', '"a,b",c', ',', [['a,b', 'c']]],
    ['escaped quote', '"say ""hi""",x', ',', [['say "hi"', 'x']]],
    [
      'quoted line break',
      '"商业\n企业",1\r\nx,2',
      ',',
      [
        ['商业\n企业', '1'],
        ['x', '2'],
      ],
    ],
    ['quoted CRLF kept inside', '"a\r\nb"', ',', [['a\r\nb']]],
    ['quoted fields end at CRLF, LF and CR', '"a"\r\n"b"\n"c"\rd', ',', [['a'], ['b'], ['c'], ['d']]],
    ['empty quoted field', '"",x', ',', [['', 'x']]],
    ['quoted last field', 'x,"y"', ',', [['x', 'y']]],
    ['quoted field in tab text', '"商业\n企业"\t1', '\t', [['商业\n企业', '1']]],
    ['stray quote: literal', '"foo" bar,1', ',', [['"foo" bar', '1']]],
    [
      'unterminated quote: literal, no swallowing',
      '"abc,1\nx,2',
      ',',
      [
        ['"abc', '1'],
        ['x', '2'],
      ],
    ],
    ['quote inside a field: literal', 'a"b,c', ',', [['a"b', 'c']]],
    // Only a field that opens with a quote is quoted: one that ends with a quote (an inch mark) is literal.
    ['quote ending a field: literal', '尺寸12"\t5', '\t', [['尺寸12"', '5']]],
    ['comma is text in tab mode', '1,234\t5', '\t', [['1,234', '5']]],
  ])('%s', (_name, text, delimiter, expected) => {
    expect(splitDelimited(text, delimiter)).toEqual(expected);
  });
});

describe('fieldValue', () => {
  test.each<[string, string | number | null]>([
    ['12', 12],
    ['0', 0],
    ['-3', -3],
    ['1.5', 1.5],
    [' 7 ', 7],
    ['-0', 0],
    ['007', 7],
    ['', null],
    ['   ', null],
    ['１２', '１２'], // full-width digits: text, so the engine can warn
    ['1,234', '1,234'],
    ['1 2', '1 2'],
    ['+3', '+3'],
    ['1.', '1.'],
    ['.5', '.5'],
    ['1e3', '1e3'],
    ['—', '—'],
    ['自然人', '自然人'],
    [' 商业企业 ', ' 商业企业 '], // labels keep their spaces; the locator normalises
  ])('%j → %j', (field, expected) => {
    expect(fieldValue(field)).toBe(expected);
  });
});

describe('decodeText', () => {
  test('UTF-8 without BOM', () => {
    expect(decodeText(utf8('自然人\t1'))).toEqual({ text: '自然人\t1', encoding: 'utf-8' });
  });

  test('UTF-8 BOM is stripped', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('总计')]))).toEqual({
      text: '总计',
      encoding: 'utf-8',
    });
  });

  test('a UTF-8 BOM before bytes that are not UTF-8 is refused, saying so', () => {
    const refuse = () => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 215, 212, 200, 187]));
    expect(refuse).toThrow('the file starts with a UTF-8 byte order mark but is not valid UTF-8');
    expect(refuse).toThrow(expect.objectContaining({ code: 'encoding', name: 'TextReadError' }));
  });

  test('GBK bytes (not valid UTF-8) decode as GB18030', () => {
    // '自然人,12\r\n商业企业,0' as saved by Chinese Windows (code page 936).
    const gbk = [
      215, 212, 200, 187, 200, 203, 44, 49, 50, 13, 10, 201, 204, 210, 181, 198, 243, 210, 181, 44, 48,
    ];
    expect(decodeText(new Uint8Array(gbk))).toEqual({ text: '自然人,12\r\n商业企业,0', encoding: 'gb18030' });
  });

  test('a runtime without the GB18030 decoder refuses non-UTF-8 text, saying which encodings it tried', () => {
    // Node built with small-icu decodes only UTF-8, UTF-16LE and Latin-1 and throws a RangeError for
    // other labels (nodejs.org/api/util.html#whatwg-supported-encodings): that runtime, simulated.
    const Real = globalThis.TextDecoder;
    class SmallIcuDecoder extends Real {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label === 'gb18030') throw new RangeError(`The "${label}" encoding is not supported`);
        super(label, options);
      }
    }
    globalThis.TextDecoder = SmallIcuDecoder;
    try {
      const refuse = () => decodeText(new Uint8Array([215, 212, 200, 187]));
      expect(refuse).toThrow('the file is neither UTF-8 nor decodable as GB18030/GBK');
      expect(refuse).toThrow(expect.objectContaining({ code: 'encoding' }));
      expect(decodeText(utf8('总计'))).toEqual({ text: '总计', encoding: 'utf-8' });
    } finally {
      globalThis.TextDecoder = Real;
    }
  });

  test('a zip archive is told by all four bytes of its signature, and the refusal says what it is', () => {
    const refuse = () => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect(refuse).toThrow('the file is a zip archive (an .xlsx workbook?), not text');
    expect(refuse).toThrow(expect.objectContaining({ code: 'xlsx-as-text', name: 'TextReadError' }));
  });

  test.each([
    [[0x41, 0x4b, 0x03, 0x04, 0x41]],
    [[0x50, 0x41, 0x03, 0x04, 0x41]],
    [[0x50, 0x4b, 0x41, 0x04, 0x41]],
    [[0x50, 0x4b, 0x03, 0x41, 0x41]],
    [[0x41, 0x41, 0x41, 0x04]],
    [[0x41, 0x41, 0x03, 0x41]],
    [[0x41, 0x4b, 0x41, 0x41]],
    [[0x50, 0x4b, 0x03]],
  ])('%j is not a zip signature: read as text', (bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({
      text: String.fromCharCode(...bytes),
      encoding: 'utf-8',
    });
  });

  // A BOM is told by all its bytes: these texts share its last bytes (政 is E6 94 BF, 仿 is E4 BB BF)
  // or its first, and lose nothing.
  test.each([
    ['政府信息公开工作年度报告', '政 ends like a UTF-8 BOM'],
    ['仿照上年', '仿 ends with two of its bytes'],
  ])('%s (%s) is read whole as UTF-8', (text) => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  test.each([
    [[0xff, 0x41], 'not UTF-16LE'],
    [[0xfe, 0x41], 'not UTF-16BE'],
    [[0xef, 0xbb, 0x41], 'not a UTF-8 BOM'],
  ])('%j (%s) is not a BOM: not UTF-8 either, so read as GB18030', (bytes) => {
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded.encoding).toBe('gb18030');
  });

  test('UTF-16LE with BOM (Excel "Unicode text")', () => {
    const body = Buffer.from('法人\t3\r\n', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]))).toEqual({
      text: '法人\t3\r\n',
      encoding: 'utf-16le',
    });
  });

  test('UTF-16BE with BOM', () => {
    const le = Buffer.from('总计', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: '总计', encoding: 'utf-16be' });
  });

  test('only the first byte order mark is taken off: a second one is content', () => {
    const twice = [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41];
    expect(decodeText(new Uint8Array(twice))).toEqual({ text: '\uFEFFA', encoding: 'utf-8' });
  });

  test('UTF-16 with BOM is read leniently: a broken pair becomes U+FFFD, not a refusal', () => {
    // A lone high surrogate (D800) between 政 and A, as a truncated copy-paste leaves it.
    const bytes = [0xff, 0xfe, ...Buffer.from('政', 'utf16le'), 0x00, 0xd8, ...Buffer.from('A', 'utf16le')];
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text: '政\uFFFDA', encoding: 'utf-16le' });
  });

  // The message is the technical detail the front ends log beside the localized text.
  test.each<[string, number[], string, RegExp]>([
    ['binary (NUL bytes)', [0x41, 0x00, 0x42], 'binary', /binary data/],
    [
      'an old .xls (CFB) file',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0],
      'binary',
      /binary data/,
    ],
    ['a zip (xlsx saved as .txt)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'xlsx-as-text', /zip archive/],
  ])('%s is refused', (_name, bytes, code, message) => {
    let caught: unknown;
    try {
      decodeText(new Uint8Array(bytes));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TextReadError);
    expect((caught as TextReadError).code).toBe(code);
    expect((caught as TextReadError).message).toMatch(message);
  });
});

describe('textGrid', () => {
  test('line N is row N, field K is column K, numbers typed', () => {
    const grid = textGrid('t', '标题\n\t自然人\t总计\r\n一、新收\t1\t１\n二、结转\t0\t', 'tsv');
    expect(grid.sheet).toBe('t');
    expect(rows(grid)).toEqual([
      ['标题', null, null],
      [null, '自然人', '总计'],
      ['一、新收', 1, '１'],
      ['二、结转', 0, null],
    ]);
  });

  test('csv with quotes and a BOM left in the text', () => {
    const grid = textGrid('c', '\ufeff"申请人情况,合计",2\n"1,234",3', 'csv');
    expect(rows(grid)).toEqual([
      ['申请人情况,合计', 2],
      ['1,234', 3],
    ]);
  });

  test('no merges and no number formats', () => {
    const grid = textGrid('t', 'a\tb', 'tsv');
    expect(grid.merges).toEqual([]);
    expect(grid.numberFormat(0, 0)).toBeUndefined();
  });

  test('the fixture reads as 2021 report text with table 三 numbers typed', () => {
    const bytes = readFileSync(join(__dirname, '../fixtures/zhengzhou-zwfwb-2021.txt'));
    const { grid, encoding } = readTextGrid('zhengzhou-zwfwb-2021', bytes, 'tsv');
    expect(encoding).toBe('utf-8');
    const lines = bytes.toString('utf8').replace(/\n$/, '').split('\n');
    expect(grid.rowCount).toBe(lines.length);
    const newRow = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
    expect(newRow).toBeGreaterThan(0);
    expect(grid.value(newRow, 0)).toBe('一、本年新收政府信息公开申请数量');
    expect(grid.value(newRow, 2)).toBe(1);
    expect(grid.value(newRow, 3)).toBe(0);
    expect(grid.value(newRow, 8)).toBe(1);
  });
});
