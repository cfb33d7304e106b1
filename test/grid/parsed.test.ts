import { ArrayGrid, parsedCell } from '../../src/grid';

describe('parsedCell', () => {
  const grid = () =>
    new ArrayGrid({
      sheet: 's',
      values: [
        [1, '２'],
        ['3件', '—'],
      ],
    });

  it('parses each cell as parseNumberCell does', () => {
    const g = grid();
    expect(
      [0, 1].flatMap((r) => [0, 1].map((c) => [parsedCell(g, r, c).kind, parsedCell(g, r, c).value])),
    ).toEqual([
      ['number', 1],
      ['text-number', 2],
      ['unit-text', 3],
      ['placeholder', 0],
    ]);
  });

  it('parses a cell once: a second read gives the same object', () => {
    const g = grid();
    expect(parsedCell(g, 1, 0)).toBe(parsedCell(g, 1, 0));
  });

  it.each([
    ['above the sheet', -1, 0],
    ['left of it', 0, -1],
    ['below the last row', 2, 0],
    ['right of the last column', 0, 2],
  ])('reads a cell %s as blank', (_where, row, col) => {
    expect(parsedCell(grid(), row, col)).toMatchObject({ kind: 'blank', value: 0, raw: null });
  });

  it('does not let a read past the last column stand for the next row’s first cell', () => {
    const g = grid();
    parsedCell(g, 0, 2);
    expect(parsedCell(g, 1, 0)).toMatchObject({ kind: 'unit-text', value: 3 });
  });
});
