import { planTemplate, rectangles, runs, widthToPoints } from '../../src/office/template-plan';
import { buildTemplate } from '../../src/template/build';
import type { Template } from '../../src/template/types';

describe('rectangles', () => {
  const cells = (rows: string[]) =>
    rows.flatMap((line, row) => [...line].flatMap((key, col) => (key === '.' ? [] : [{ row, col, key }])));
  it.each([
    ['one cell', ['a'], [[0, 0, 0, 0, 'a']]],
    ['a row run', ['aa'], [[0, 0, 0, 1, 'a']]],
    ['stacked runs', ['aa', 'aa'], [[0, 0, 1, 1, 'a']]],
    [
      'keys split runs',
      ['ab', 'ab'],
      [
        [0, 0, 1, 0, 'a'],
        [0, 1, 1, 1, 'b'],
      ],
    ],
    [
      'a gap splits rows',
      ['a.a'],
      [
        [0, 0, 0, 0, 'a'],
        [0, 2, 0, 2, 'a'],
      ],
    ],
    [
      'unequal runs do not stack',
      ['aa', 'a.'],
      [
        [0, 0, 0, 1, 'a'],
        [1, 0, 1, 0, 'a'],
      ],
    ],
    [
      'a blank row ends a stack',
      ['a', '.', 'a'],
      [
        [0, 0, 0, 0, 'a'],
        [2, 0, 2, 0, 'a'],
      ],
    ],
  ])('%s', (_name, rows, want) => {
    expect(
      rectangles(cells(rows)).map(({ box, key }) => [box.top, box.left, box.bottom, box.right, key]),
    ).toEqual(want);
  });

  it('covers every cell exactly once on the real template', () => {
    const template = buildTemplate();
    const blocks = rectangles(template.cells.map((c) => ({ row: c.row, col: c.col, key: c.style })));
    const seen = new Map<string, number>();
    for (const { box } of blocks)
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
    expect(seen.size).toBe(template.cells.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(blocks.length).toBeLessThan(template.cells.length / 3);
  });
});

describe('runs and widths', () => {
  it.each([
    [
      [10, 10, 12],
      [
        { first: 0, last: 1, points: 10 },
        { first: 2, last: 2, points: 12 },
      ],
    ],
    [
      [undefined, 20, 20, undefined, 20],
      [
        { first: 1, last: 2, points: 20 },
        { first: 4, last: 4, points: 20 },
      ],
    ],
  ])('%j', (sizes, want) => expect(runs(sizes)).toEqual(want));

  // Excel shows 8.43 characters as 64 px (48 pt); the template's 7.5 as 57.5 -> 58 px.
  it.each([
    [8.43, 48],
    [7.5, 43.5],
  ])('%d characters are %d points', (chars, points) => expect(widthToPoints(chars)).toBe(points));
});

describe('planTemplate', () => {
  it('puts each merged area in a block of its own and never a plain block across one', () => {
    const template = buildTemplate({ totals: 'formula' });
    const { styles } = planTemplate(template);
    const key = (b: { top: number; left: number; bottom: number; right: number }) =>
      `${b.top},${b.left},${b.bottom},${b.right}`;
    const merges = new Set(template.merges.map(key));
    const covered = new Set<string>();
    for (const m of template.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) covered.add(`${r},${c}`);
    expect(styles.filter((b) => merges.has(key(b.box)))).toHaveLength(template.merges.length);
    for (const { box } of styles.filter((b) => !merges.has(key(b.box))))
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++)
          expect([r, c, covered.has(`${r},${c}`)]).toEqual([r, c, false]);
  });

  it('writes formulas with =, constants as they are, and text that looks like a formula as text', () => {
    const template = buildTemplate();
    const withText: Template = {
      ...template,
      cells: [...template.cells, { row: 0, col: 20, value: '=不是公式', style: 'label' }],
    };
    const p = planTemplate(withText);
    const total = template.cells.find((c) => c.formula !== undefined);
    expect(total && p.formulas[total.row][total.col]).toBe(`=${total?.formula}`);
    expect(p.formulas[0][20]).toBe("'=不是公式");
    expect(p.area.right).toBe(20);
    expect(p.formulas.every((row) => row.length === 21)).toBe(true);
  });
});
