import {
  MAX_SUM_ARGUMENTS,
  planCell,
  sheetReference,
  sumAgrees,
  type ConsolidatedCell,
  type Contribution,
} from '../../src/consolidate';
import { parseNumberCell, type CellValue } from '../../src/grid';

const part = (sheet: string, raw: CellValue, row = 11, col = 2): Contribution => {
  const parsed = parseNumberCell(raw);
  return { department: sheet, sheet, cell: { row, col }, raw, kind: parsed.kind, value: parsed.value };
};

const cell = (parts: Contribution[]): ConsolidatedCell => ({
  table: 'applications',
  rowId: 'new',
  columnId: 'natural-person',
  rowLabel: { zh: '一、本年新收政府信息公开申请数量', en: 'New' },
  columnLabel: { zh: '自然人', en: 'Natural persons' },
  kind: 'count',
  value: parts.reduce((s, p) => s + (p.value ?? 0), 0),
  parts,
});

describe('sheetReference', () => {
  test.each([
    ['财政局', "'财政局'!C12"],
    ['Sheet 1', "'Sheet 1'!C12"],
    ["O'Brien's", "'O''Brien''s'!C12"],
    ['2021', "'2021'!C12"],
  ])('%s', (sheet, expected) => expect(sheetReference(sheet, 11, 2)).toBe(expected));
});

describe('planCell', () => {
  test('a SUM of every department’s cell', () => {
    expect(planCell(cell([part('财政局', 3), part('教育局', null), part('卫健委', '—')]))).toEqual({
      kind: 'formula',
      formula: "SUM('财政局'!C12,'教育局'!C12,'卫健委'!C12)",
    });
  });

  test('more than 255 departments: several SUMs added', () => {
    const parts = Array.from({ length: MAX_SUM_ARGUMENTS + 10 }, (_, i) => part(`d${i}`, i));
    const plan = planCell(cell(parts));
    if (plan.kind !== 'formula') throw new Error('expected a formula');
    const sums = plan.formula.split('+');
    expect(sums).toHaveLength(2);
    expect(sums.map((s) => s.split(',').length)).toEqual([MAX_SUM_ARGUMENTS, 10]);
  });

  test.each([
    [MAX_SUM_ARGUMENTS, 1],
    [MAX_SUM_ARGUMENTS * 2, 2],
  ])('%i departments: %i SUM, none empty', (n, count) => {
    const parts = Array.from({ length: n }, (_, i) => part(`d${i}`, i));
    const plan = planCell(cell(parts));
    if (plan.kind !== 'formula') throw new Error('expected a formula');
    expect(plan.formula.split('+').map((s) => s.split(',').length)).toEqual(
      Array(count).fill(MAX_SUM_ARGUMENTS),
    );
  });

  test('the limit counts the formula with its “=”: one character more is too long', () => {
    const formula = "SUM('财政局'!C12,'教育局'!C12)";
    const parts = [part('财政局', 1), part('教育局', 2)];
    expect(planCell(cell(parts), formula.length + 1)).toEqual({ kind: 'formula', formula });
    expect(planCell(cell(parts), formula.length)).toEqual({ kind: 'value', value: 3, reason: 'too-long' });
  });

  test('one department’s number shared with its row’s text (copied from PDF): the value, for all', () => {
    const parts = [part('财政局', 1), { ...part('教育局', 2), shared: true }];
    expect(planCell(cell(parts))).toEqual({ kind: 'value', value: 3, reason: 'shared-source' });
  });

  test('a formula over the length limit falls back to the value', () => {
    const long = 'x'.repeat(31);
    const parts = Array.from({ length: 300 }, (_, i) => part(`${long}${i}`, 2));
    expect(planCell(cell(parts))).toEqual({ kind: 'value', value: 600, reason: 'too-long' });
    // The same departments fit with a larger limit: the limit is what decides.
    expect(planCell(cell(parts), 20_000).kind).toBe('formula');
  });

  test.each<[CellValue, boolean]>([
    [5, true],
    [null, true],
    ['/', true],
    ['12', false],
    ['12件', false],
    ['0件', true],
    ['不详', true],
    ['#N/A', false],
  ])('a source holding %p: formula %p', (raw, formula) => {
    expect(sumAgrees(part('a', raw))).toBe(formula);
    expect(planCell(cell([part('b', 1), part('a', raw)])).kind).toBe(formula ? 'formula' : 'value');
  });

  test('no source at all: the value 0', () => {
    expect(planCell(cell([]))).toEqual({ kind: 'value', value: 0, reason: 'no-source' });
  });
});
