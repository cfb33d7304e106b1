import { mkdirSync } from 'node:fs';
import { fsErrorCode, inputKind, readInput, textSheetName } from '../../../src/sources/node/read-file';
import { fixtureWorkbook, tempDir, type TempDir } from '../../cli/helpers';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('inputKind', () => {
  test.each<[string, string | undefined]>([
    ['report.xlsx', 'xlsx'],
    ['REPORT.XLSX', 'xlsx'],
    ['macro.xlsm', 'xlsx'],
    ['a.txt', 'tsv'],
    ['a.tsv', 'tsv'],
    ['a.CSV', 'csv'],
    ['report.docx', 'docx'],
    ['macro.DOCM', 'docx'],
    ['page.htm', 'html'],
    ['page.html', 'html'],
    ['page.mht', 'mhtml'],
    ['page.mhtml', 'mhtml'],
    ['report.pdf', 'pdf'],
    ['old.xls', 'convert'],
    ['wps.et', 'convert'],
    ['old.doc', 'convert'],
    ['wps.wps', 'convert'],
    ['rich.rtf', 'convert'],
    ['notes.md', undefined],
    ['binary.xlsb', undefined],
    ['noext', undefined],
  ])('%s → %s', (path, kind) => {
    expect(inputKind(path)).toBe(kind);
  });

  test('text sheets are named after the file', () => {
    expect(textSheetName('/data/2021 年报.tsv')).toBe('2021 年报');
  });
});

describe('readInput', () => {
  test('an .xlsx gives every worksheet', async () => {
    const result = await readInput(dir.write('book.xlsx', await fixtureWorkbook()));
    expect('grids' in result && result.grids.map((g) => g.sheet)).toEqual(['2021年报', '备注']);
  });

  test('a GBK-encoded .csv is decoded and split on commas', async () => {
    // '自然人,12\r\n商业企业,0' in code page 936.
    const gbk = [
      215, 212, 200, 187, 200, 203, 44, 49, 50, 13, 10, 201, 204, 210, 181, 198, 243, 210, 181, 44, 48,
    ];
    const result = await readInput(dir.write('gbk.csv', new Uint8Array(gbk)));
    if (!('grids' in result)) throw new Error(JSON.stringify(result.error));
    const [grid] = result.grids;
    expect(grid.sheet).toBe('gbk');
    expect([grid.value(0, 0), grid.value(0, 1), grid.value(1, 0), grid.value(1, 1)]).toEqual([
      '自然人',
      12,
      '商业企业',
      0,
    ]);
  });

  test.each<[string, (d: TempDir) => Promise<string> | string, string]>([
    ['unsupported extension', (d) => d.write('notes.md', 'x'), 'unsupported'],
    ['text named .xls is not an old workbook', (d) => d.write('old.xls', 'x'), 'wrong-format'],
    ['text named .docx', (d) => d.write('fake.docx', '一、本年新收\t1\n'), 'wrong-format'],
    ['text named .pdf', (d) => d.write('fake.pdf', 'not a pdf'), 'wrong-format'],
    ['empty .docx', (d) => d.write('empty.docx', ''), 'empty'],
    [
      'an old binary without LibreOffice',
      (d) => d.write('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      'needs-libreoffice',
    ],
    ['missing file', (d) => d.path('missing.xlsx'), 'not-found'],
    ['a directory', (d) => d.path(''), 'directory'],
    [
      'a directory named like a workbook',
      (d) => (mkdirSync(d.path('dir.xlsx')), d.path('dir.xlsx')),
      'directory',
    ],
    ['a missing file of an unsupported type', (d) => d.path('gone.xls'), 'not-found'],
    ['empty text file', (d) => d.write('empty.txt', ''), 'empty'],
    ['empty workbook file', (d) => d.write('empty.xlsx', ''), 'empty'],
    ['text named .xlsx', (d) => d.write('fake.xlsx', '一、本年新收\t1\n'), 'not-zip'],
    ['workbook named .txt', async (d) => d.write('book.txt', await fixtureWorkbook()), 'xlsx-as-text'],
    ['binary named .csv', (d) => d.write('bin.csv', new Uint8Array([1, 0, 2])), 'binary'],
    ['a path through a file', (d) => (d.write('plain.txt', 'x'), d.path('plain.txt/report.xlsx')), 'io'],
  ])('%s is an error value, not a throw', async (_name, make, code) => {
    const path = await make(dir);
    const result = await readInput(path.endsWith('/') ? path.slice(0, -1) : path, { soffice: null });
    expect('error' in result && result.error.code).toBe(code);
  });
});

describe('readInput: an error’s detail', () => {
  // Node's message, "ENOTDIR: not a directory, stat '<path>'" (with "Error: " in front under Jest,
  // whose realm's Error is not Node's).
  test.each([
    ['a short message whole', 'report.xlsx', /ENOTDIR: not a directory, stat '.*report\.xlsx'$/],
    [
      'a long one cut to 160 characters, ellipsis included',
      `${'长'.repeat(200)}.xlsx`,
      /ENOTDIR: .*长\.\.\.$/,
    ],
  ])('%s', async (_name, file, detail) => {
    dir.write('through.txt', 'x');
    const result = await readInput(dir.path(`through.txt/${file}`));
    const error = 'error' in result ? result.error : undefined;
    expect(error).toEqual({ code: 'io', ext: '.xlsx', detail: expect.stringMatching(detail) });
    expect(error?.detail?.length).toBeLessThanOrEqual(160);
  });
});

describe('fsErrorCode', () => {
  // Root (as CI runs) reads any file, so permission errors are named here rather than provoked.
  it.each([
    ['ENOENT', 'not-found'],
    ['EISDIR', 'directory'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['ENOTDIR', 'io'],
    ['EIO', 'io'],
    [undefined, 'io'],
  ])('%s → %s', (code, want) => {
    expect(fsErrorCode(Object.assign(new Error('x'), { code }))).toBe(want);
  });
  it('a thrown non-object is an I/O error', () => expect(fsErrorCode(null)).toBe('io'));
});
