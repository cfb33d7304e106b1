import { ArrayGrid } from '../../src/grid';

describe('ArrayGrid', () => {
  it('is as wide as its widest row, or as a merged area reaching further', () => {
    expect(new ArrayGrid({ sheet: 's', values: [['a'], ['b', 1, 2]] }).colCount).toBe(3);
    const merged = new ArrayGrid({
      sheet: 's',
      values: [['标题']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    });
    expect([merged.rowCount, merged.colCount]).toEqual([1, 5]);
  });

  it('reads a blank or missing cell as null', () => {
    const grid = new ArrayGrid({ sheet: 's', values: [['', 0, 'x']] });
    expect([
      grid.value(0, 0),
      grid.value(0, 1),
      grid.value(0, 2),
      grid.value(0, 9),
      grid.value(5, 0),
    ]).toEqual([null, 0, 'x', null, null]);
  });

  it('has no number format where none was given, even past the rows that have some', () => {
    const grid = new ArrayGrid({ sheet: 's', values: [[1], [2], [3]], numberFormats: [['0.0']] });
    expect([grid.numberFormat(0, 0), grid.numberFormat(0, 3), grid.numberFormat(2, 0)]).toEqual([
      '0.0',
      undefined,
      undefined,
    ]);
    expect(new ArrayGrid({ sheet: 's', values: [[1]] }).numberFormat(0, 0)).toBeUndefined();
  });
});
