import { columnName, parseA1, parseRangeA1, rangeA1, toA1 } from '../../src/grid';
import { cellA1, columnLetters } from '../support/a1';

/** Column index → letters, written out: the oracle for both src/grid/a1.ts and the tests' helper. */
const COLUMNS: [number, string][] = [
  [0, 'A'],
  [1, 'B'],
  [25, 'Z'],
  [26, 'AA'],
  [27, 'AB'],
  [51, 'AZ'],
  [52, 'BA'],
  [701, 'ZZ'],
  [702, 'AAA'],
  [16383, 'XFD'],
];

describe('A1 helpers', () => {
  it.each(COLUMNS)('column %i is %s', (col, name) => {
    expect(columnName(col)).toBe(name);
    expect(parseA1(`${name}1`)).toEqual({ row: 0, col });
    expect(parseA1(`${name.toLowerCase()}1`)).toEqual({ row: 0, col });
  });

  it.each<[number, number, string]>([
    [0, 0, 'A1'],
    [6, 1, 'B7'],
    [41, 9, 'J42'],
    [9, 26, 'AA10'],
    [99, 51, 'AZ100'],
    [2, 52, 'BA3'],
    [1048575, 16383, 'XFD1048576'],
  ])('row %i, column %i is %s, and back', (row, col, address) => {
    expect(toA1(row, col)).toBe(address);
    expect(parseA1(address)).toEqual({ row, col });
  });

  it.each([
    ['$B$7', { row: 6, col: 1 }],
    ['$AA$10', { row: 9, col: 26 }],
    [' B7 ', { row: 6, col: 1 }],
  ])('reads %j', (address, position) => expect(parseA1(address)).toEqual(position));

  it.each(['B0', '7B', 'B', '7', '', 'ABCD1', 'A12345678', 'A-1', 'B7:C8', 'B$$7'])('rejects %j', (address) =>
    expect(parseA1(address)).toBeUndefined(),
  );

  it('formats and parses ranges, past column Z too', () => {
    expect(rangeA1(39, 0, 66, 9)).toBe('A40:J67');
    expect(rangeA1(3, 3, 3, 3)).toBe('D4');
    expect(rangeA1(0, 25, 0, 26)).toBe('Z1:AA1');
    expect(rangeA1(4, 51, 9, 52)).toBe('AZ5:BA10');
    expect(parseRangeA1('J67:A40')).toEqual({ top: 39, left: 0, bottom: 66, right: 9 });
    expect(parseRangeA1('AA10:Z1')).toEqual({ top: 0, left: 25, bottom: 9, right: 26 });
    expect(parseRangeA1('BA3')).toEqual({ top: 2, left: 52, bottom: 2, right: 52 });
    expect(parseRangeA1('A1:B0')).toBeUndefined();
    expect(parseRangeA1('0A:B2')).toBeUndefined();
  });
});

describe('the tests’ own A1 helper (test/support/a1.ts)', () => {
  it.each(COLUMNS)('column %i is %s', (col, name) => expect(columnLetters(col)).toBe(name));

  it('writes addresses and refuses columns that do not exist', () => {
    expect(cellA1(9, 26)).toBe('AA10');
    expect(cellA1(1048575, 16383)).toBe('XFD1048576');
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
  });
});
