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

  it.each([
    ['past the last column', 0, 2, 1, 0, { kind: 'unit-text', value: 3 }],
    ['left of the first column', 1, -1, 0, 1, { kind: 'text-number', value: 2 }],
  ])(
    'does not let a read %s stand for a cell of the row above or below',
    (_where, row, col, cellRow, cellCol, cell) => {
      const g = grid();
      expect(parsedCell(g, row, col)).toMatchObject({ kind: 'blank' });
      expect(parsedCell(g, cellRow, cellCol)).toMatchObject(cell);
    },
  );
});
