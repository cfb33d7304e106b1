import { extensionOf, route, sheetNameOf, type Expected, type Route } from '../../src/sources/route';

const text = (s: string) => new TextEncoder().encode(s);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const ENCRYPTED = new Uint8Array([...OLE, ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])]);

describe('route: the extension promises, the content decides where it is clear', () => {
  test.each<[string, Expected, Uint8Array, Route]>([
    ['an empty file', 'docx', new Uint8Array(), { error: 'empty' }],
    ['text stays text, whatever it holds', 'csv', ZIP, { read: 'csv' }],
    ['a zip named like a workbook', 'xlsx', ZIP, { read: 'xlsx' }],
    ['a zip named .csv is left to the text reader', 'tsv', ZIP, { read: 'tsv' }],
    ['a zip named like a document', 'pdf', ZIP, { read: 'docx' }],
    ['a zip named .xls', { old: 'xlsx' }, ZIP, { read: 'xlsx' }],
    ['a zip named .doc', { old: 'docx' }, ZIP, { read: 'docx' }],
    ['an old binary named .docx', 'docx', OLE, { old: 'docx' }],
    ['an old binary named .xlsx', 'xlsx', OLE, { old: 'xlsx' }],
    ['an old binary named .et', { old: 'xlsx' }, OLE, { old: 'xlsx' }],
    ['a password-protected package', 'docx', ENCRYPTED, { error: 'encrypted' }],
    ['RTF named .doc', { old: 'docx' }, text('{\\rtf1'), { old: 'docx' }],
    ['a Word web page named .doc', { old: 'docx' }, text('<html><body>'), { read: 'html' }],
    ['an HTML table named .xls', { old: 'xlsx' }, text('<table><tr><td>1'), { read: 'html' }],
    ['a PDF named .docx', 'docx', text('%PDF-1.7'), { read: 'pdf' }],
    ['a page fragment without <html>', 'html', text('<p>年报</p>'), { read: 'html' }],
    ['a fragment named .mht', 'mhtml', text('<p>年报</p>'), { read: 'mhtml' }],
    ['text named .pdf', 'pdf', text('not a pdf'), { error: 'wrong-format' }],
    ['text named .xlsx', 'xlsx', text('一、本年新收\t1'), { error: 'wrong-format' }],
  ])('%s', (_name, expected, bytes, result) => {
    expect(route(expected, bytes)).toEqual(result);
  });
});

describe('file names', () => {
  test.each([
    ['2021 年报.DOCX', '.docx', '2021 年报'],
    ['a.b.pdf', '.pdf', 'a.b'],
    ['.hidden', '', '.hidden'],
    ['noext', '', 'noext'],
  ])('%s → %s, %s', (name, ext, sheet) => {
    expect(extensionOf(name)).toBe(ext);
    expect(sheetNameOf(name)).toBe(sheet);
  });
});
