import type { CellValue, MergedArea } from '../../src/grid/types';
import type { MarkedCell } from '../../src/report/marks';
import {
  withTextOverflow,
  cellsOfRow,
  columnLetters,
  drawnAddress,
  drawnMarks,
  layoutGrid,
  positionsOf,
  rowLines,
  usedExtent,
  visibleRows,
  type RowLine,
} from '../../src/web/grid-view-model';
import type { GridData } from '../../src/web/types';

const grid = (values: CellValue[][], merges: MergedArea[] = []): GridData => ({ sheet: 'S', values, merges });
const area = (top: number, left: number, bottom: number, right: number): MergedArea => ({
  top,
  left,
  bottom,
  right,
});
/** A one-column document of `n` paragraph rows. */
const paragraphs = (n: number): GridData => grid(Array.from({ length: n }, (_, i) => [`段落 ${i + 1}`]));

describe('usedExtent: trailing empty rows and columns are cut', () => {
  test.each<[string, GridData, string[], { rows: number; cols: number }]>([
    ['empty grid', grid([]), [], { rows: 0, cols: 0 }],
    [
      'only blanks',
      grid([
        [null, ''],
        ['  ', null],
      ]),
      [],
      { rows: 0, cols: 0 },
    ],
    [
      'trailing empty rows and cells',
      grid([
        ['a', null, null],
        [null, 2, ''],
        [null, null, null],
        ['', ' ', null],
      ]),
      [],
      { rows: 2, cols: 2 },
    ],
    [
      'false and 0 are values',
      grid([
        [null, null],
        [0, false],
      ]),
      [],
      { rows: 2, cols: 2 },
    ],
    ['a marked empty cell past the values is kept', grid([['a']]), ['C5'], { rows: 5, cols: 3 }],
    [
      'a title merged across the table',
      grid([['标题'], [1, 2]], [area(0, 0, 0, 5)]),
      [],
      { rows: 2, cols: 6 },
    ],
    ['an empty merged area adds nothing', grid([['a']], [area(3, 0, 4, 7)]), [], { rows: 1, cols: 1 }],
  ])('%s', (_name, data, keep, extent) => {
    expect(usedExtent(data, positionsOf(keep))).toEqual(extent);
  });
});

describe('visibleRows: the first rows, then marked rows and their neighbours', () => {
  test.each<[string, number, number[], number, number[]]>([
    ['within the cap: all rows', 4, [], 5, [0, 1, 2, 3]],
    ['exactly the cap', 5, [], 5, [0, 1, 2, 3, 4]],
    ['over the cap, nothing marked', 8, [], 5, [0, 1, 2, 3, 4]],
    ['a marked row far down keeps its neighbours', 20, [10], 5, [0, 1, 2, 3, 4, 9, 10, 11]],
    ['neighbours overlap the first rows', 20, [5], 5, [0, 1, 2, 3, 4, 5, 6]],
    ['last row marked: no row past the end', 12, [11], 5, [0, 1, 2, 3, 4, 10, 11]],
    ['repeated and unsorted marks', 30, [20, 12, 20, 13], 3, [0, 1, 2, 11, 12, 13, 14, 19, 20, 21]],
  ])('%s', (_name, total, keep, cap, rows) => {
    expect(visibleRows(total, keep, cap)).toEqual(rows);
  });

  test('the 3000-row cap keeps a marked paragraph far down', () => {
    const layout = layoutGrid(paragraphs(5000), positionsOf(['A4500']));
    const drawn = layout.lines.flatMap((l) => (l.kind === 'row' ? [l.row] : []));
    expect(drawn).toHaveLength(3003);
    expect(drawn.slice(-3)).toEqual([4498, 4499, 4500]);
    expect(layout.hidden).toBe(5000 - 3003);
    expect(layout.lines.filter((l) => l.kind === 'gap')).toEqual([
      { kind: 'gap', first: 3000, last: 4497 },
      { kind: 'gap', first: 4501, last: 4999 },
    ]);
  });

  test('no row is hidden under the cap', () => {
    const layout = layoutGrid(paragraphs(3000));
    expect(layout.hidden).toBe(0);
    expect(layout.lines.every((l) => l.kind === 'row')).toBe(true);
  });
});

describe('rowLines: gaps where rows are skipped', () => {
  test.each<[string, number[], number, RowLine[]]>([
    [
      'contiguous',
      [0, 1],
      2,
      [
        { kind: 'row', row: 0 },
        { kind: 'row', row: 1 },
      ],
    ],
    [
      'a gap in the middle and at the end',
      [0, 3],
      6,
      [
        { kind: 'row', row: 0 },
        { kind: 'gap', first: 1, last: 2 },
        { kind: 'row', row: 3 },
        { kind: 'gap', first: 4, last: 5 },
      ],
    ],
    ['nothing drawn', [], 2, [{ kind: 'gap', first: 0, last: 1 }]],
  ])('%s', (_name, rows, total, lines) => {
    expect(rowLines(rows, total)).toEqual(lines);
  });
});

/** Each drawn row's cells as `address:rowSpan×colSpan=value`. */
const drawn = (data: GridData, keep: string[] = [], cap?: number): string[][] => {
  const layout = layoutGrid(data, positionsOf(keep), cap);
  return layout.lines.flatMap((l) =>
    l.kind === 'row'
      ? [cellsOfRow(layout, l.row).map((c) => `${c.address}:${c.rowSpan}×${c.colSpan}=${c.value ?? ''}`)]
      : [],
  );
};

describe('cellsOfRow: merged areas drawn once, covered cells left out', () => {
  test('a two-row header merged down and across', () => {
    const data = grid(
      [
        ['项目', '申请', null, '结果'],
        [null, '自然人', '法人', null],
        ['一', 1, 2, 3],
      ],
      [area(0, 0, 1, 0), area(0, 1, 0, 2), area(0, 3, 1, 3)],
    );
    expect(drawn(data)).toEqual([
      ['A1:2×1=项目', 'B1:1×2=申请', 'D1:2×1=结果'],
      ['B2:1×1=自然人', 'C2:1×1=法人'],
      ['A3:1×1=一', 'B3:1×1=1', 'C3:1×1=2', 'D3:1×1=3'],
    ]);
  });

  test('a merged area running past the drawn columns is cut at the last one', () => {
    // An empty merged area B1:F2: only the marked D2 inside it makes columns up to D drawn.
    const data = grid([['a', null]], [area(0, 1, 1, 5)]);
    expect(drawn(data)).toEqual([['A1:1×1=a']]);
    expect(drawn(data, ['D2'])).toEqual([['A1:1×1=a', 'B1:2×3='], ['A2:1×1=']]);
  });

  test('a merged area whose top is not drawn starts at the first drawn row after the gap', () => {
    // Rows 0-1 are drawn (cap 2); the merge covers rows 3-6; row 5 is marked, so rows 4-6 are drawn.
    const values: CellValue[][] = Array.from({ length: 8 }, (_, r) => [`r${r}`, null]);
    values[3][1] = '合并';
    const data = grid(values, [area(3, 1, 6, 1)]);
    expect(drawn(data, ['A6'], 2)).toEqual([
      ['A1:1×1=r0', 'B1:1×1='],
      ['A2:1×1=r1', 'B2:1×1='],
      ['A5:1×1=r4', 'B4:3×1=合并'],
      ['A6:1×1=r5'],
      ['A7:1×1=r6'],
    ]);
  });

  test('a merged area is cut at a gap and drawn again after it', () => {
    const values: CellValue[][] = Array.from({ length: 10 }, (_, r) => [r === 0 ? 'x' : null, `r${r}`]);
    const data = grid(values, [area(0, 0, 9, 0)]);
    expect(drawn(data, ['B8'], 2)).toEqual([
      ['A1:2×1=x', 'B1:1×1=r0'],
      ['B2:1×1=r1'],
      ['A1:3×1=x', 'B7:1×1=r6'],
      ['B8:1×1=r7'],
      ['B9:1×1=r8'],
    ]);
  });
});

describe('marks and selection on merged areas', () => {
  const data = grid(
    [
      ['标题', null, null],
      [1, 2, 3],
    ],
    [area(0, 0, 0, 2)],
  );
  const layout = layoutGrid(data);

  test.each([
    ['C1', 'A1'],
    ['A1', 'A1'],
    ['B2', 'B2'],
    ['$C$2', 'C2'],
    ['not an address', 'not an address'],
  ])('%s is drawn under %s', (address, under) => {
    expect(drawnAddress(layout.grid, address)).toBe(under);
  });

  test('marks inside a merged area join on its drawn cell, the strongest kind winning', () => {
    const marks = new Map<string, MarkedCell>([
      ['B1', { kind: 'warning', messages: ['w'] }],
      ['C1', { kind: 'error', messages: ['e', 'w'] }],
      ['B2', { kind: 'suspect', messages: ['s'] }],
    ]);
    expect([...drawnMarks(layout.grid, marks)]).toEqual([
      ['A1', { kind: 'error', messages: ['w', 'e'] }],
      ['B2', { kind: 'suspect', messages: ['s'] }],
    ]);
    // The plan itself is left as it was.
    expect(marks.get('B1')).toEqual({ kind: 'warning', messages: ['w'] });
  });
});

test.each([
  [1, ['A']],
  [3, ['A', 'B', 'C']],
])('columnLetters(%i)', (n, letters) => {
  expect(columnLetters(n)).toEqual(letters);
});

test('columns past Z are lettered AA, AB, …', () => {
  const letters = columnLetters(30);
  expect(letters.slice(24)).toEqual(['Y', 'Z', 'AA', 'AB', 'AC', 'AD']);
  const wide = grid([[...Array<null>(27).fill(null), 'end']]);
  expect(drawn(wide)[0].at(-1)).toBe('AB1:1×1=end');
});

describe('withTextOverflow: text runs on into the empty cells to its right', () => {
  const cell = (address: string, value: CellValue, rowSpan = 1, colSpan = 1) => ({
    address,
    value,
    rowSpan,
    colSpan,
  });
  const spans = (cells: { address: string; colSpan: number }[]) =>
    cells.map((c) => `${c.address}×${c.colSpan}`);

  it.each<[string, ReturnType<typeof cell>[], string[], string[]]>([
    [
      'a paragraph over an empty row',
      [cell('A1', '一、总体情况'), cell('B1', null), cell('C1', null)],
      [],
      ['A1×3'],
    ],
    [
      'up to the next value',
      [cell('A1', '说明'), cell('B1', null), cell('C1', 5), cell('D1', null)],
      [],
      ['A1×2', 'C1×1', 'D1×1'],
    ],
    ['numbers do not run on', [cell('A1', 12), cell('B1', null)], [], ['A1×1', 'B1×1']],
    [
      'a marked empty cell stays its own',
      [cell('A1', '说明'), cell('B1', null), cell('C1', null)],
      ['B1'],
      ['A1×1', 'B1×1', 'C1×1'],
    ],
    [
      'a marked text cell does not swallow its neighbours',
      [cell('A1', '说明'), cell('B1', null)],
      ['A1'],
      ['A1×1', 'B1×1'],
    ],
    [
      'a merged cell is never joined',
      [cell('A1', '说明'), cell('B1', null, 2, 1), cell('C1', null)],
      [],
      ['A1×1', 'B1×1', 'C1×1'],
    ],
    // Column B is covered by a merge from the row above: C is not next to A.
    [
      'a gap left by a merge above breaks the run',
      [cell('A2', '说明'), cell('C2', null)],
      [],
      ['A2×1', 'C2×1'],
    ],
    ['an empty string is empty', [cell('A1', ''), cell('B1', null)], [], ['A1×1', 'B1×1']],
  ])('%s', (_name, cells, keep, expected) => {
    expect(spans(withTextOverflow(cells, new Set(keep)))).toEqual(expected);
  });

  it('leaves the given cells as they were', () => {
    const cells = [cell('A1', '说明'), cell('B1', null)];
    withTextOverflow(cells, new Set());
    expect(cells[0].colSpan).toBe(1);
  });
});
