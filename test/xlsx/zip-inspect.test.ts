/** The look inside an .xlsx before exceljs: the shared zip reader's refusals as ZipProblem, and cell counts. */
import { strToU8, zipSync } from 'fflate';
import { inspectZip, ZipProblem } from '../../src/xlsx/zip-inspect';

const cells = (n: number) => `<sheetData><row>${'<c r="A1"><v>1</v></c>'.repeat(n)}</row></sheetData>`;
const LIMITS = { maxUnpackedBytes: 1024 * 1024, maxCellsPerSheet: 3 };

function problem(bytes: Uint8Array, limits = LIMITS): ZipProblem {
  try {
    inspectZip(bytes, limits);
  } catch (e) {
    if (e instanceof ZipProblem) return e;
    throw e;
  }
  throw new Error('did not throw');
}

/** The end record's offset, to patch the central directory after it. */
function centralOffset(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = bytes.length - 22; p >= 0; p--)
    if (v.getUint32(p, true) === 0x06054b50) return v.getUint32(p + 16, true);
  throw new Error('no end record');
}

describe('inspectZip', () => {
  test('counts the cells of each worksheet part, in any folder casing, and nothing else', () => {
    const bytes = zipSync({
      'xl/': {},
      'xl/worksheets/sheet1.xml': strToU8(cells(3)),
      'XL/Worksheets/Sheet2.xml': strToU8(`<x:sheetData>${'<x:c r="A1"/>'.repeat(2)}</x:sheetData>`),
      'xl/sharedStrings.xml': strToU8(cells(9)),
      'xl/worksheets/_rels/sheet1.xml.rels': strToU8(cells(9)),
    });
    const summary = inspectZip(bytes, LIMITS);
    expect(summary.cells).toEqual({ 'xl/worksheets/sheet1.xml': 3, 'XL/Worksheets/Sheet2.xml': 2 });
    expect(summary.entries).toBe(5);
    const unpacked = cells(3).length + 2 * '<x:c r="A1"/>'.length + '<x:sheetData></x:sheetData>'.length;
    expect(summary.unpackedBytes).toBe(unpacked + 2 * cells(9).length);
  });

  test('one cell over the limit is refused, naming the part and the limit', () => {
    const e = problem(zipSync({ 'xl/worksheets/sheet1.xml': strToU8(cells(4)) }));
    expect([e.code, e.message, e.limit]).toEqual(['too-many-cells', 'xl/worksheets/sheet1.xml: 4 cells', 3]);
  });

  test.each<[string, () => Uint8Array, string, string, number | undefined]>([
    [
      'cut short',
      () => zipSync({ 'a.xml': strToU8('a') }).subarray(0, 30),
      'truncated',
      'no end of central directory record',
      undefined,
    ],
    [
      'an encrypted entry',
      () => {
        const b = zipSync({ 'a.xml': strToU8('a') });
        new DataView(b.buffer).setUint16(centralOffset(b) + 8, 1, true);
        return b;
      },
      'encrypted',
      'a.xml: the zip entry is encrypted',
      undefined,
    ],
    [
      'a damaged central directory',
      () => {
        const b = zipSync({ 'a.xml': strToU8('a') });
        new DataView(b.buffer).setUint32(centralOffset(b), 0, true);
        return b;
      },
      'corrupt',
      'central directory entry 1 is damaged',
      undefined,
    ],
    [
      'unpacking past the limit',
      () => zipSync({ 'a.bin': new Uint8Array(LIMITS.maxUnpackedBytes + 1) }),
      'unpacked-too-large',
      `declared unpacked size ${LIMITS.maxUnpackedBytes + 1} bytes`,
      LIMITS.maxUnpackedBytes,
    ],
  ])('%s: refused with the reader’s detail as the message', (_name, make, code, message, limit) => {
    const e = problem(make());
    expect([e.code, e.message, e.limit]).toEqual([code, message, limit]);
  });
});
