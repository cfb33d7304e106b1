import { cellKey, NO_MARKS, parseMarks, serializeMarks, type WordMarks } from '../../src/word/snapshot';

const marks: WordMarks = {
  cells: [
    { table: 1, row: 4, cell: 2, own: '', mark: '#FFC7CE' },
    { table: 0, row: 0, cell: 0, own: '#DDEEFF', mark: '#FFEB9C' },
  ],
  comments: ['{A1-B2}', '7'],
};

describe('Word marks snapshot', () => {
  it('round-trips', () => {
    expect(parseMarks(serializeMarks(marks))).toEqual(marks);
  });

  it('stores nothing when nothing is marked', () => {
    expect(serializeMarks(NO_MARKS)).toBeNull();
    expect(serializeMarks({ cells: [], comments: ['1'] })).not.toBeNull();
  });

  it.each([
    ['absent', null],
    ['not JSON', '{'],
    [
      'another version, even with entries that would read',
      JSON.stringify({
        v: 2,
        cells: [{ table: 0, row: 1, cell: 2, own: '', mark: '#FFC7CE' }],
        comments: ['1'],
      }),
    ],
    ['cells not a list', JSON.stringify({ v: 1, cells: {}, comments: ['1'] })],
    ['comments not a list', JSON.stringify({ v: 1, cells: [], comments: '1' })],
  ])('reads %s as no marks', (_name, text) => {
    expect(parseMarks(text)).toEqual(NO_MARKS);
  });

  it('drops damaged entries and keeps the rest', () => {
    const text = JSON.stringify({
      v: 1,
      cells: [
        marks.cells[0],
        { table: -1, row: 0, cell: 0, own: '', mark: '#FFF' },
        { table: 0, row: 1.5, cell: 0, own: '', mark: '#FFF' },
        { table: 0, row: 1, cell: 0, own: null, mark: '#FFF' },
        { ...marks.cells[1], extra: 'dropped' },
        null,
        '0,0,0',
        { table: 0, row: 1, cell: 0, own: '', mark: 7 },
      ],
      comments: ['1', 2, null],
    });
    expect(parseMarks(text)).toEqual({ cells: marks.cells, comments: ['1'] });
  });
});

test('cellKey tells every cell apart, also where the numbers run together', () => {
  const cells = [
    { table: 1, row: 23, cell: 4 },
    { table: 12, row: 3, cell: 4 },
    { table: 1, row: 2, cell: 34 },
    { table: 0, row: 0, cell: 0 },
  ];
  expect(new Set(cells.map(cellKey)).size).toBe(cells.length);
});
