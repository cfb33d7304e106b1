/**
 * Hostile and broken inputs: each limit holds, each case ends as an `unreadable` file with a clear
 * reason, and the batch goes on (the good file after them is still checked).
 */
import type { JsonOutput } from '../../src/report/present-json';
import { inspectZip, ZipProblem } from '../../src/xlsx/zip-inspect';
import { fixtureWorkbook, run, tempDir, type TempDir } from './helpers';
import { encryptedWorkbook, sheetXml, zip } from './hostile-files';

let dir: TempDir;
let good: string;
beforeAll(async () => {
  dir = tempDir();
  good = dir.write('good.xlsx', await fixtureWorkbook());
});
afterAll(() => dir.remove());

const MB = 1024 * 1024;

async function checkOne(name: string, content: Buffer | string, ...options: string[]) {
  const path = dir.write(name, content);
  const r = await run('check', path, good, '--format', 'json', ...options);
  const out = JSON.parse(r.stdout) as JsonOutput;
  return { r, file: out.files[0], after: out.files[1] };
}

describe('inspectZip', () => {
  const limits = { maxUnpackedBytes: MB, maxCellsPerSheet: 100 };
  test.each<[string, () => Buffer, string]>([
    [
      'declared size over the limit',
      () => zip([{ name: 'a.xml', content: Buffer.from('x'), declaredSize: 2 * MB }]),
      'unpacked-too-large',
    ],
    [
      'declared size saturated (ZIP64-style lie)',
      () => zip([{ name: 'a.xml', content: Buffer.from('x'), declaredSize: 0xffffffff }]),
      'unpacked-too-large',
    ],
    [
      'a bomb lying about its size',
      () => zip([{ name: 'a.xml', content: Buffer.alloc(8 * MB), declaredSize: 10 }]),
      'unpacked-too-large',
    ],
    [
      'a stored entry over the budget',
      () => zip([{ name: 'a.xml', content: Buffer.alloc(MB + 1), stored: true, declaredSize: 1 }]),
      'unpacked-too-large',
    ],
    [
      'too many cells',
      () => zip([{ name: 'xl/worksheets/sheet1.xml', content: sheetXml(101) }]),
      'too-many-cells',
    ],
    [
      'no end record (cut short)',
      () => zip([{ name: 'a.xml', content: Buffer.from('hello') }]).subarray(0, 40),
      'truncated',
    ],
    [
      'entries beyond the end',
      () => {
        const z = zip([{ name: 'a.xml', content: Buffer.alloc(1000, 7) }]);
        return Buffer.concat([z.subarray(0, 35), z.subarray(z.length - 22 - 46 - 5)]);
      },
      'truncated',
    ],
    [
      'damaged deflate data',
      () => {
        const z = zip([{ name: 'a.xml', content: Buffer.from('some text to deflate, long enough') }]);
        z[35] = 0x07; // first deflate block: final, of the reserved type 3
        return z;
      },
      'corrupt',
    ],
  ])('%s → %s', (_name, make, code) => {
    let problem: unknown;
    try {
      inspectZip(make(), limits);
    } catch (e) {
      problem = e;
    }
    expect(problem).toBeInstanceOf(ZipProblem);
    expect((problem as ZipProblem).code).toBe(code);
  });

  test('a sheet within the limits passes and its cells are counted', () => {
    const summary = inspectZip(zip([{ name: 'xl/worksheets/sheet1.xml', content: sheetXml(100) }]), limits);
    expect(summary.cells).toEqual({ 'xl/worksheets/sheet1.xml': 100 });
  });

  test('cells with a namespace prefix count too', () => {
    const xml = Buffer.from(
      '<x:worksheet><x:sheetData><x:row><x:c r="A1"/><x:c r="B1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    expect(
      inspectZip(zip([{ name: 'xl/worksheets/s.xml', content: xml }]), limits).cells['xl/worksheets/s.xml'],
    ).toBe(2);
  });
});

describe('through the CLI: unreadable with a clear reason, and the next file is still checked', () => {
  test.each<[string, string, () => Buffer | string, string[], RegExp]>([
    ['an empty file', 'empty.xlsx', () => '', [], /文件为空/],
    ['an empty text file', 'empty.csv', () => '', [], /文件为空/],
    ['a truncated workbook', 'cut.xlsx', () => Buffer.alloc(0), [], /./], // replaced below
    ['a password-protected workbook', 'locked.xlsx', encryptedWorkbook, [], /打开密码/],
    ['text with an .xlsx extension', 'text.xlsx', () => '这不是工作簿\t1\n', [], /不是 \.xlsx 工作簿/],
    [
      'a workbook with a .csv extension',
      'book.csv',
      () => zip([{ name: 'a', content: Buffer.from('x') }]),
      [],
      /实际是 \.xlsx 工作簿/,
    ],
    [
      'a zip bomb (declared)',
      'bomb.xlsx',
      () => zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.from('x'), declaredSize: 4000 * MB }]),
      [],
      /解压后超过 300 MB/,
    ],
    [
      'a zip bomb (lying), custom limit',
      'liar.xlsx',
      () => zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(3 * MB), declaredSize: 100 }]),
      ['--max-unpacked-size', '1MB'],
      /解压后超过 1 MB.*--max-unpacked-size/,
    ],
    [
      'a sheet with a million cells',
      'million.xlsx',
      () => zip([{ name: 'xl/worksheets/sheet1.xml', content: sheetXml(1_000_000) }]),
      [],
      /超过 500000 个单元格.*--max-cells/,
    ],
    [
      'a text file over the cell limit',
      'wide.csv',
      () => 'a,b,c\n1,2,3\n',
      ['--max-cells', '5'],
      /超过 5 个单元格/,
    ],
    [
      'a file over the size limit',
      'big.txt',
      () => Buffer.alloc(20 * 1024, 0x41),
      ['--max-file-size', '10KB'],
      /文件大小 20 KB 超过上限 10 KB.*--max-file-size/,
    ],
  ])(
    '%s',
    async (name, file, make, options, message) => {
      const content = name === 'a truncated workbook' ? (await fixtureWorkbook()).subarray(0, 3000) : make();
      const {
        r,
        file: result,
        after,
      } = await checkOne(file, Buffer.from(content as Uint8Array | string), ...options);
      expect(r.code).toBe(2);
      expect(result.status).toBe('unreadable');
      expect(result.error).toMatch(name === 'a truncated workbook' ? /不完整/ : message);
      // Limits lowered on the command line apply to the good file too.
      if (options.length === 0) expect(after.status).toBe('valid');
    },
    20_000,
  );
});
