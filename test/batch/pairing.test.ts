/** The quick look at a workbook's first strings that pairs a batch's files by year and body. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { identify, workbookStrings } from '../../src/batch/pairing';
import { SourceReadError } from '../../src/sources/types';

const TITLE = '某某局2021年政府信息公开工作年度报告';
const sst = (...items: string[]) =>
  `<sst count="${items.length}">${items.map((i) => `<si>${i}</si>`).join('')}</sst>`;
const plain = (...texts: string[]) => sst(...texts.map((t) => `<t>${t}</t>`));

/** As Excel writes it: one deflated entry, sizes in the local header. */
const deflated = (xml: string, name = 'xl/sharedStrings.xml') =>
  zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), [name]: strToU8(xml) });

/**
 * As a streaming writer writes it: flag bit 3 set, sizes 0 in the local header and given in a data
 * descriptor after the data (and in the central directory); a scan of local headers finds nothing.
 */
function streamed(xml: string, stored = false): Uint8Array {
  const parts: Uint8Array[] = [];
  let finished = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    parts.push(chunk);
    finished = final;
  });
  const entry = stored ? new ZipPassThrough('xl/sharedStrings.xml') : new ZipDeflate('xl/sharedStrings.xml');
  zip.add(entry);
  entry.push(strToU8(xml), true);
  zip.end();
  if (!finished) throw new Error('fflate did not finish the zip synchronously');
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('workbookStrings', () => {
  test('the zips written with a data descriptor have zero sizes in their local header', () => {
    const bytes = streamed(plain(TITLE));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(6, true) & 0x8).toBe(0x8);
    expect(view.getUint32(18, true)).toBe(0);
  });

  test.each<[string, () => Uint8Array, string[]]>([
    ['deflated, sizes in the local header', () => deflated(plain(TITLE, '表二')), [TITLE, '表二']],
    ['stored', () => zipSync({ 'xl/sharedStrings.xml': [strToU8(plain(TITLE)), { level: 0 }] }), [TITLE]],
    ['deflated with a data descriptor', () => streamed(plain(TITLE, '表二')), [TITLE, '表二']],
    ['stored with a data descriptor', () => streamed(plain(TITLE), true), [TITLE]],
    ['the part named in another case', () => deflated(plain(TITLE), 'XL/SharedStrings.xml'), [TITLE]],
    ['no shared strings part', () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), []],
    ['an empty part', () => deflated(''), []],
    [
      'rich text runs joined, attributes on <t>',
      () => deflated(sst('<r><t>某某</t></r><r><t xml:space="preserve">局 </t></r>')),
      ['某某局 '],
    ],
    [
      'entities decoded',
      () => deflated(plain('a&lt;b&gt;&amp;&quot;&apos;&#36;&#x4e00;&#X4E01;&AMP;')),
      ['a<b>&"\'$一丁&'],
    ],
    ['an <si> without <t> is an empty string', () => deflated(sst('<phoneticPr/>', '<t>x</t>')), ['', 'x']],
    [
      'the first 200 strings only',
      () => deflated(plain(...Array.from({ length: 250 }, (_, i) => `s${i}`))),
      Array.from({ length: 200 }, (_, i) => `s${i}`),
    ],
  ])('%s', (_name, make, expected) => {
    expect(workbookStrings(make())).toEqual(expected);
  });

  test('a shared strings part unpacking to more than the 4 MB looked at is refused', () => {
    const huge = deflated(plain('x'.repeat(4 * 1024 * 1024)));
    expect(() => workbookStrings(huge)).toThrow(SourceReadError);
    // Just under the cap reads.
    const under = 4 * 1024 * 1024 - plain('').length - '<si><t></t></si>'.length;
    expect(workbookStrings(deflated(plain('x'.repeat(under))))[0]).toHaveLength(under);
  });

  test('bytes that are no zip are refused', () => {
    expect(() => workbookStrings(strToU8('not a zip'))).toThrow(SourceReadError);
  });
});

describe('identify', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pairing-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  test.each<[string, string, () => Uint8Array | string, { year: number | null; body: string | null }]>([
    [
      'a title in a streamed workbook',
      'book.xlsx',
      () => streamed(plain(TITLE)),
      { year: 2021, body: '某某局' },
    ],
    [
      'a title in the head of a text file',
      'head.txt',
      () => `${TITLE}\n表二\t1\n`,
      { year: 2021, body: '某某局' },
    ],
    [
      'the title wins over the name',
      '某某厅2019年报.xlsx',
      () => deflated(plain(TITLE)),
      { year: 2021, body: '某某局' },
    ],
    [
      'the name fills what the title lacks',
      '某某厅2019年报.xlsx',
      () => deflated(plain('2022年政府信息公开工作年度报告')),
      { year: 2022, body: '某某厅' },
    ],
    [
      'no title: the name alone',
      '某某厅2019年报.xlsx',
      () => deflated(plain('表二')),
      { year: 2019, body: '某某厅' },
    ],
    [
      'a damaged workbook: the name alone',
      '某某厅2019年报.xlsx',
      () => 'PK damaged',
      { year: 2019, body: '某某厅' },
    ],
  ])('%s', async (_name, name, content, expected) => {
    expect(await identify(file(name, content()))).toEqual(expected);
  });

  test('a workbook over 4 MB is not looked into', async () => {
    const big = zipSync({
      'xl/sharedStrings.xml': strToU8(plain(TITLE)),
      'xl/media/noise.bin': [new Uint8Array(4 * 1024 * 1024 + 1), { level: 0 }],
    });
    expect(await identify(file('某某厅.xlsx', big))).toEqual({ year: null, body: '某某厅' });
  });

  test('a missing file: the name alone', async () => {
    expect(await identify(join(dir, '某某厅2019年报.xlsx'))).toEqual({ year: 2019, body: '某某厅' });
  });
});
