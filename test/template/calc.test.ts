import { cellReader, recalculate } from '../../src/template/calc';
import { buildTemplate } from '../../src/template/build';
import type { TemplateCell } from '../../src/template/types';

/** Template cells at A1, B1, C1…: a number is a constant, a string starting with = a formula. */
const row = (...values: (number | string)[]): TemplateCell[] =>
  values.map((v, col) =>
    typeof v === 'string' && v.startsWith('=')
      ? { row: 0, col, formula: v.slice(1), style: 'count' }
      : { row: 0, col, value: v, style: 'count' },
  );

describe('cellReader: the template’s values, its formulas worked out', () => {
  it.each<[string, TemplateCell[], number, unknown]>([
    ['a constant', row(4), 0, 4],
    ['a formula over constants', row(4, 5, '=A1+B1'), 2, 9],
    ['a formula over a formula', row(4, '=A1*2', '=B1+1'), 2, 9],
    ['a cell the template does not hold reads blank', row(4, '=A1+D1'), 1, 4],
    ['a reference cycle reads blank instead of recursing', row('=B1+1', '=A1+1'), 0, 2],
    ['an error becomes its code', row(0, '=1/A1'), 1, '#DIV/0!'],
    ['a cell without a value reads blank', [{ row: 0, col: 0, style: 'count' }], 0, null],
  ])('%s', (_name, cells, col, want) => {
    expect(cellReader(cells)({ row: 0, col })).toEqual(want);
  });
});

describe('recalculate: a cached result on the formula cells only', () => {
  it('caches each formula cell’s value and leaves the constants as they were', () => {
    const cells = row(4, 5, '=A1+B1');
    const [a, b, sum] = recalculate({ ...buildTemplate(), cells }).cells;
    expect(sum).toEqual({ ...cells[2], result: 9 });
    // A constant gets no `result`: the type promises one only where there is a formula to cache.
    expect([a, b]).toEqual([cells[0], cells[1]]);
    expect(a).not.toHaveProperty('result');
    expect(b).not.toHaveProperty('result');
  });
});
