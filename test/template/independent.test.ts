/**
 * Every formula the template writes (totals, red formats, status cells), evaluated by a second
 * evaluator (test/support/sheet-formula.ts, not the template's own) and held to what FORMAT.md's
 * rules say about the typed numbers (test/template/oracle.ts).
 */
import { EDITIONS, type Edition } from '../../src/format';
import { toA1 } from '../../src/grid/a1';
import { buildTemplate } from '../../src/template/build';
import type { Template, TotalsMode } from '../../src/template/types';
import {
  APPLICATION_COLUMNS,
  applicationRows,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../support/format-totals';
import { sheetFormula, type SheetValue } from '../support/sheet-formula';
import { expected, wrongTemplate } from './oracle';

const CASES = EDITIONS.flatMap((e) => (['formula', 'input'] as TotalsMode[]).map((m) => [e, m] as const));

/** The sheet as the second evaluator computes it: every formula cell's value, by A1. */
function computed(t: Template): { value: (a1: string) => SheetValue; of: (formula: string) => SheetValue } {
  const byRef = new Map(t.cells.map((c) => [`${c.row},${c.col}`, c]));
  const values = new Map<string, SheetValue>();
  const read = (row: number, col: number): number | null => {
    const cell = byRef.get(`${row},${col}`);
    if (!cell || (cell.formula === undefined && (cell.value === undefined || cell.value === null)))
      return null;
    const v = cell.formula === undefined ? cell.value : sheetFormula(cell.formula, read);
    if (typeof v !== 'number')
      throw new Error(`${toA1(row, col)} is read as a number but holds ${String(v)}`);
    return v;
  };
  for (const c of t.cells)
    if (c.formula !== undefined) values.set(toA1(c.row, c.col), sheetFormula(c.formula, read));
  return {
    value: (a1) => {
      if (!values.has(a1)) throw new Error(`${a1} holds no formula`);
      return values.get(a1) as SheetValue;
    },
    of: (formula) => sheetFormula(formula, read),
  };
}

describe.each(CASES)(
  'the %s template, totals %s, by an independent evaluator',
  (edition: Edition, totals) => {
    test('holds the rows, groups and columns FORMAT.md lists, in order', () => {
      const t = buildTemplate({ edition, totals });
      const ids = (id: string) =>
        t.tables.find((x) => x.table === id)?.cells.map((c) => `${c.rowId} × ${c.columnId}`);
      expect(ids('applications')).toEqual(
        applicationRows(edition).flatMap((r) => APPLICATION_COLUMNS.map((c) => `${r} × ${c}`)),
      );
      expect(ids('reviews')).toEqual(REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g} × ${c}`)));
    });

    test.each<[string, number, number, boolean]>([
      ['consistent numbers', 1, 0, false],
      ['one wrong number', 2, 1, false],
      ['another wrong number', 3, 1, false],
      ['three wrong numbers and a negative count in 二', 4, 3, true],
      ['two wrong numbers', 5, 2, false],
    ])('%s (seed %i): totals, red cells and status words', (_, seed, wrong, negative) => {
      const t = wrongTemplate(edition, totals, seed, wrong, negative);
      const want = expected(t);
      const sheet = computed(t);

      // In formula mode every total is a formula with FORMAT.md's value; in input mode none is.
      const formulaTotals = [...want.totals.keys()];
      expect(formulaTotals.length).toBe(totals === 'formula' ? applicationRows(edition).length + 6 + 3 : 0);
      expect(formulaTotals.map((a1) => [a1, sheet.value(a1)])).toEqual(
        formulaTotals.map((a1) => [a1, want.totals.get(a1)]),
      );

      const red = t.conditionalFormats
        .filter((cf) => cf.target === 'value' && sheet.of(cf.formula) === true)
        .map((cf) => toA1(cf.cell.row, cf.cell.col));
      expect(red.sort()).toEqual(want.red);
      expect(want.red.length > 0).toBe(wrong > 0);

      const status = t.tables.map((x) => sheet.value(toA1(x.status.row, x.status.col)));
      expect(status).toEqual(want.status);
      const redStatus = t.conditionalFormats
        .filter((cf) => cf.target === 'status')
        .map((cf) => [toA1(cf.cell.row, cf.cell.col), sheet.of(cf.formula)]);
      expect(redStatus).toEqual(
        t.tables.map((x, i) => [toA1(x.status.row, x.status.col), want.status[i].startsWith('✘')]),
      );
    });
  },
);
