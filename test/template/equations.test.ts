import { toA1 } from '../../src/grid/a1';
import type { Equation, Term } from '../../src/rules/equations';
import { SheetBuilder } from '../../src/template/builder';
import {
  definition,
  fails,
  holds,
  putChecks,
  totalFormulas,
  type CellAt,
} from '../../src/template/equations';
import { COLUMN_WIDTHS } from '../../src/template/layout';

/** Cells named by their address: row id `r5`, column id `c2` is C6 (0-based row 5, column 2). */
const at: CellAt = (rowId, columnId) => ({ row: Number(rowId.slice(1)), col: Number(columnId.slice(1)) });
const term = (a1: string, coef: number): Term => {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  return { rowId: `r${Number(m[2]) - 1}`, columnId: `c${m[1].charCodeAt(0) - 65}`, coef };
};
/** `plus` = `minus`, the target being `target` (one of them, with its sign). */
function eq(plus: string[], minus: string[], target: string, ruleId = 'test/rule'): Equation {
  const terms = [...plus.map((a) => term(a, 1)), ...minus.map((a) => term(a, -1))];
  const t = terms.find((x) => toA1(at(x.rowId, x.columnId).row, at(x.rowId, x.columnId).col) === target);
  if (!t) throw new Error(target);
  return { ruleId, rowId: t.rowId, columnId: t.columnId, target: t, terms };
}

describe('an equation as a sheet condition: the plus side, then the minus side', () => {
  test.each<[string, string[], string[], string]>([
    ['a run across one row', ['B2', 'C2', 'D2'], ['E2'], 'SUM(B2:D2)=E2'],
    ['a run down one column', ['B2', 'B3', 'B4', 'B5'], ['B6'], 'SUM(B2:B5)=B6'],
    ['two cells read as a sum, as the header prints 一+二', ['B2', 'B3'], ['B6', 'B7'], 'B2+B3=B6+B7'],
    ['cells with a gap', ['B2', 'B3', 'B5'], ['B6'], 'B2+B3+B5=B6'],
    ['a run backwards', ['D2', 'C2', 'B2'], ['E2'], 'D2+C2+B2=E2'],
    ['a diagonal', ['B2', 'C3', 'D4'], ['E5'], 'B2+C3+D4=E5'],
    ['down, then across', ['B2', 'B3', 'C3'], ['E5'], 'B2+B3+C3=E5'],
    ['across, then down', ['B2', 'C2', 'C3'], ['E5'], 'B2+C2+C3=E5'],
    ['nothing on one side', ['B2', 'C2'], [], 'B2+C2=0'],
  ])('%s', (_, plus, minus, condition) => {
    const e = eq(plus, minus, plus[0]);
    expect(holds(e, at)).toBe(condition);
    expect(fails(e, at)).toBe(condition.replace('=', '<>'));
  });

  test('a scaled cell is not the template’s arithmetic: it throws, naming the rule and the cell', () => {
    const e = eq(['B2'], ['C2'], 'C2', 'x/double');
    const doubled = { ...e, terms: [e.terms[0], { ...e.terms[1], coef: -2 }] };
    expect(() => holds(doubled, at)).toThrow('template: x/double scales r1 × c2 by -2');
    expect(() => definition({ ...e, terms: [{ ...e.terms[0], coef: 0.5 }, e.terms[1]] }, at)).toThrow(
      /by 0.5/,
    );
  });
});

describe('definition: the formula of a target alone on its side', () => {
  test.each<[string, Equation, string | undefined]>([
    ['a total after its parts', eq(['B2', 'C2', 'D2'], ['E2'], 'E2'), 'SUM(B2:D2)'],
    ['a total before its parts (plus side)', eq(['E2'], ['B2', 'C2', 'D2'], 'E2'), 'SUM(B2:D2)'],
    ['one part', eq(['B2'], ['E2'], 'E2'), 'B2'],
    ['the balance rule: the target shares its side', eq(['B2', 'B3'], ['B6', 'B7'], 'B7'), undefined],
    ['a target sharing the plus side', eq(['B2', 'B3'], ['B6'], 'B2'), undefined],
  ])('%s', (_, e, formula) => {
    expect(definition(e, at)).toBe(formula);
  });
});

describe('totalFormulas', () => {
  const rows = eq(['B2', 'C2', 'D2'], ['E2'], 'E2');
  const columns = eq(['E2', 'E3', 'E4'], ['E5'], 'E5');
  const corner = eq(['B5', 'C5', 'D5'], ['E5'], 'E5');
  const balance = eq(['E2', 'E3'], ['E4', 'E5'], 'E5');

  test('each defined total its formula; the first definition wins; other cells none', () => {
    const formula = totalFormulas([balance, corner, rows, columns], at);
    expect(formula('r4', 'c4')).toBe('SUM(B5:D5)');
    expect(formula('r1', 'c4')).toBe('SUM(B2:D2)');
    expect(formula('r1', 'c1')).toBeUndefined();
    expect(totalFormulas([columns, corner], at)('r4', 'c4')).toBe('SUM(E2:E4)');
  });
});

describe('putChecks', () => {
  const rows = eq(['B2', 'C2', 'D2'], ['E2'], 'E2');
  const corner = eq(['B5', 'C5', 'D5'], ['E5'], 'E5');
  const columns = eq(['E2', 'E3', 'E4'], ['E5'], 'E5');
  const balance = eq(['E2', 'E3'], ['E4', 'E5'], 'E5');
  const all = [rows, corner, columns, balance];
  const status = { row: 0, col: 8 };
  const labels = ['ok', 'bad'] as const;
  const run = (totals: 'formula' | 'input') => {
    const b = new SheetBuilder(COLUMN_WIDTHS);
    putChecks(b, all, at, totals, status, labels);
    return b;
  };
  const AND = 'AND(SUM(B2:D2)=E2,SUM(B5:D5)=E5,SUM(E2:E4)=E5,E2+E3=E4+E5)';

  test('input mode: every equation turns its target red, one format per cell', () => {
    expect(run('input').conditionalFormats).toEqual([
      { cell: { row: 1, col: 4 }, formula: 'SUM(B2:D2)<>E2', style: 'fail', target: 'value' },
      {
        cell: { row: 4, col: 4 },
        formula: 'OR(SUM(B5:D5)<>E5,SUM(E2:E4)<>E5,E2+E3<>E4+E5)',
        style: 'fail',
        target: 'value',
      },
      { cell: status, formula: `NOT(${AND})`, style: 'fail', target: 'status' },
    ]);
  });

  test('formula mode: only what no formula defines; the status still restates every equation', () => {
    const b = run('formula');
    expect(b.conditionalFormats).toEqual([
      { cell: { row: 4, col: 4 }, formula: 'E2+E3<>E4+E5', style: 'fail', target: 'value' },
      { cell: status, formula: `NOT(${AND})`, style: 'fail', target: 'status' },
    ]);
    expect(b.cells().find((c) => c.row === 0 && c.col === 8)?.formula).toBe(`IF(${AND},"ok","bad")`);
  });
});
