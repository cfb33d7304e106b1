import { columnName, parseA1, parseRangeA1, rangeA1, toA1 } from '../../src/grid';

describe('A1 helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (col, name) => expect(columnName(col)).toBe(name));

  it('round-trips addresses', () => {
    for (const [row, col] of [
      [0, 0],
      [41, 9],
      [1048575, 16383],
    ]) {
      expect(parseA1(toA1(row, col))).toEqual({ row, col });
    }
    expect(parseA1('$B$7')).toEqual({ row: 6, col: 1 });
    expect(parseA1('B0')).toBeUndefined();
    expect(parseA1('7B')).toBeUndefined();
  });

  it('formats and parses ranges', () => {
    expect(rangeA1(39, 0, 66, 9)).toBe('A40:J67');
    expect(rangeA1(3, 3, 3, 3)).toBe('D4');
    expect(parseRangeA1('J67:A40')).toEqual({ top: 39, left: 0, bottom: 66, right: 9 });
  });
});
