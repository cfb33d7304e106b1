import * as ExcelJS from 'exceljs';
import { plainValue, readXlsx, XlsxReadError } from '../../src/xlsx/read';

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function codeOf(bytes: Uint8Array): Promise<string | undefined> {
  try {
    await readXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  }
  return undefined;
}

/** A small report-like workbook covering every kind of cell value exceljs hands over. */
async function sampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表三');
  ws.getCell('A1').value = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  ws.mergeCells('A1:C3');
  ws.getCell('D1').value = '申请人情况';
  ws.mergeCells('D1:J1');
  ws.getCell('D2').value = { richText: [{ text: '自然' }, { text: '人', font: { bold: true } }] };
  ws.getCell('A4').value = '一、本年新收政府信息公开申请数量';
  ws.getCell('D4').value = 12;
  ws.getCell('E4').value = 1.5;
  ws.getCell('E4').numFmt = '0.00';
  ws.getCell('F4').value = '３';
  ws.getCell('G4').value = { formula: 'D4-D4', result: 0 }; // a cached 0 must survive
  ws.getCell('H4').value = { formula: 'D4+1', result: 13 };
  ws.getCell('I4').value = { formula: 'D4*2' }; // never calculated: no cached result
  ws.getCell('J4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('A5').value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell('B5').value = { text: '政府网站', hyperlink: 'https://www.example.gov.cn/' };
  ws.getCell('C5').value = true;
  ws.getCell('D5').value = { error: '#N/A' };
  ws.getCell('A7').value = '注：空行之后'; // row 6 is empty
  const second = wb.addWorksheet('表四');
  second.getCell('B2').value = 0;
  wb.addWorksheet('空白');
  return toBytes(wb);
}

describe('readXlsx', () => {
  let grids: Awaited<ReturnType<typeof readXlsx>>;
  beforeAll(async () => {
    grids = await readXlsx(await sampleWorkbook());
  });

  test('every worksheet, in tab order, named as in Excel', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['表三', '表四', '空白']);
  });

  test('values: numbers stay numbers, text stays text, rich text flattened', () => {
    const g = grids[0];
    expect(g.value(0, 0)).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(g.value(1, 3)).toBe('自然人');
    expect(g.value(3, 3)).toBe(12);
    expect(g.value(3, 4)).toBe(1.5);
    expect(g.value(3, 5)).toBe('３');
  });

  test('formula cells give their cached result (0 included), null without one, errors as text', () => {
    const g = grids[0];
    expect(g.value(3, 6)).toBe(0);
    expect(g.value(3, 7)).toBe(13);
    expect(g.value(3, 8)).toBeNull();
    expect(g.value(3, 9)).toBe('#DIV/0!');
  });

  test('dates as ISO dates, hyperlinks as their text, booleans, error values', () => {
    const g = grids[0];
    expect(g.value(4, 0)).toBe('2021-12-31');
    expect(g.value(4, 1)).toBe('政府网站');
    expect(g.value(4, 2)).toBe(true);
    expect(g.value(4, 3)).toBe('#N/A');
  });

  test('merged areas, 0-based; only the top-left cell holds the value', () => {
    const g = grids[0];
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 9 },
    ]);
    expect(g.mergeAt(2, 1)).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(g.value(2, 1)).toBeNull();
    expect(g.value(0, 5)).toBeNull();
    expect(g.mergeAt(3, 3)).toBeUndefined();
  });

  test('number formats where set, none for General', () => {
    const g = grids[0];
    expect(g.numberFormat(3, 4)).toBe('0.00');
    expect(g.numberFormat(3, 3)).toBeUndefined();
  });

  test('dimensions cover the used range, empty rows included', () => {
    const g = grids[0];
    expect(g.rowCount).toBe(7);
    expect(g.colCount).toBe(10);
    expect(g.value(5, 0)).toBeNull();
    expect(g.value(6, 0)).toBe('注：空行之后');
    expect(grids[1].value(1, 1)).toBe(0);
    expect(grids[2].rowCount).toBe(0);
  });

  test('does not change the bytes it was given', async () => {
    const bytes = await sampleWorkbook();
    const copy = Uint8Array.from(bytes);
    await readXlsx(bytes);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('readXlsx refuses what is not a readable workbook', () => {
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  test.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['plain text', () => new TextEncoder().encode('一、本年新收\t1\n'), 'not-zip'],
    [
      'a password-protected workbook (CFB with EncryptionInfo)',
      () => new Uint8Array([...cfb, ...new Uint8Array(64), ...Buffer.from('EncryptionInfo', 'utf16le')]),
      'encrypted',
    ],
    ['an Excel 97-2003 .xls (CFB)', () => new Uint8Array([...cfb, ...new Uint8Array(504)]), 'legacy'],
    [
      'a zip header followed by garbage',
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      'corrupt',
    ],
    [
      'a truncated workbook',
      async () => {
        const bytes = await sampleWorkbook();
        return bytes.subarray(0, Math.floor(bytes.length / 2));
      },
      'corrupt',
    ],
    ['a workbook without worksheets', () => toBytes(new ExcelJS.Workbook()), 'no-sheets'],
  ])('%s', async (_name, make, code) => {
    expect(await codeOf(await make())).toBe(code);
  });
});

describe('plainValue', () => {
  test.each<[string, unknown, string | number | boolean | null]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['number', 3, 3],
    ['infinite number', Infinity, 'Infinity'],
    ['string', 'x', 'x'],
    ['boolean', false, false],
    ['date with time', new Date(Date.UTC(2021, 0, 2, 3, 4, 5)), '2021-01-02T03:04:05Z'],
    ['invalid date', new Date(NaN), null],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    ['error', { error: '#REF!' }, '#REF!'],
    ['hyperlink with rich text', { text: { richText: [{ text: '链接' }] }, hyperlink: 'x' }, '链接'],
    ['formula object with result', { formula: 'A1', result: 4 }, 4],
    ['shared formula without result', { sharedFormula: 'A1' }, null],
    ['unknown object', { foo: 1 }, null],
  ])('%s', (_name, input, expected) => {
    expect(plainValue(input)).toEqual(expected);
  });
});
