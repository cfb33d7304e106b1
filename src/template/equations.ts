/**
 * Tables 三 and 四's totals and self-checks, written from the rules' equations (src/rules/equations.ts)
 * so the arithmetic is defined once: a total that stands alone on its side of an equation becomes
 * its formula (`SUM(I7:N7)`), and every equation the sheet cannot satisfy by construction turns its
 * target red when it fails. The status cell restates all of them.
 */
import type { CellRef } from '../locate/types';
import type { Equation, Term } from '../rules/equations';
import type { SheetBuilder } from './builder';
import { a1, putStatus, range } from './layout';
import type { TotalsMode } from './types';

/** Where the template put a format cell. */
export type CellAt = (rowId: string, columnId: string) => CellRef;

/** Shorter runs read as `a+b`, as the header prints the balance rule (一+二=三+四). */
const MIN_SUM_RUN = 3;

/** Consecutive cells down one column or across one row, in order. */
function isRun(cells: readonly CellRef[]): boolean {
  const [first] = cells;
  const down = cells.every((c, i) => c.col === first.col && c.row === first.row + i);
  const across = cells.every((c, i) => c.row === first.row && c.col === first.col + i);
  return down || across;
}

/** A sum of cells: `SUM(range)` over a run, else `a+b+…`; `0` when there is none. */
function sumOf(terms: readonly Term[], at: CellAt): string {
  const cells = terms.map((t) => at(t.rowId, t.columnId));
  if (cells.length === 0) return '0';
  if (cells.length >= MIN_SUM_RUN && isRun(cells)) return `SUM(${range(cells[0], cells[cells.length - 1])})`;
  return cells.map(a1).join('+');
}

/** The equation Σ coef·cell = 0 as two sums that must be equal; the template's rules add cells, never scale them. */
function sides(eq: Equation): { plus: Term[]; minus: Term[] } {
  const odd = eq.terms.find((t) => Math.abs(t.coef) !== 1);
  if (odd) throw new Error(`template: ${eq.ruleId} scales ${odd.rowId} × ${odd.columnId} by ${odd.coef}`);
  return { plus: eq.terms.filter((t) => t.coef > 0), minus: eq.terms.filter((t) => t.coef < 0) };
}

const condition = (eq: Equation, at: CellAt, op: '=' | '<>'): string => {
  const { plus, minus } = sides(eq);
  return `${sumOf(plus, at)}${op}${sumOf(minus, at)}`;
};

/** `SUM(I7:N7)=O7`: true when the equation holds. */
export const holds = (eq: Equation, at: CellAt): string => condition(eq, at, '=');

/** `SUM(I7:N7)<>O7`: true when it fails. */
export const fails = (eq: Equation, at: CellAt): string => condition(eq, at, '<>');

/** The target's formula when the equation defines it (the target alone on its side), else undefined. */
export function definition(eq: Equation, at: CellAt): string | undefined {
  const { plus, minus } = sides(eq);
  const [own, other] = eq.target.coef > 0 ? [plus, minus] : [minus, plus];
  return own.length === 1 ? sumOf(other, at) : undefined;
}

const keyOf = (t: Term): string => `${t.rowId}\u0000${t.columnId}`;

/**
 * The formula of each total in formula mode: the first equation that defines it (the corner
 * （七）总计 × 总计 has two, its row sum and its column sum; the row sum comes first).
 */
export function totalFormulas(
  eqs: readonly Equation[],
  at: CellAt,
): (rowId: string, columnId: string) => string | undefined {
  const formulas = new Map<string, string>();
  for (const eq of eqs) {
    const formula = definition(eq, at);
    const key = keyOf(eq.target);
    if (formula !== undefined && !formulas.has(key)) formulas.set(key, formula);
  }
  return (rowId, columnId) => formulas.get(keyOf({ rowId, columnId, coef: 1 }));
}

/**
 * Red formats and the status cell. In input mode every equation can fail, at its target; in formula
 * mode only those that define no total (the balance rule): the others hold by construction, the
 * corner's second sum included, since the row and column sums add the same cells.
 */
export function putChecks(
  b: SheetBuilder,
  eqs: readonly Equation[],
  at: CellAt,
  totals: TotalsMode,
  status: CellRef,
  labels: readonly [string, string],
): void {
  const checked = totals === 'input' ? eqs : eqs.filter((eq) => definition(eq, at) === undefined);
  const byTarget = new Map<string, Equation[]>();
  for (const eq of checked) {
    const key = keyOf(eq.target);
    byTarget.set(key, [...(byTarget.get(key) ?? []), eq]);
  }
  for (const group of byTarget.values()) {
    const failing = group.map((eq) => fails(eq, at));
    b.conditionalFormats.push({
      cell: at(group[0].target.rowId, group[0].target.columnId),
      formula: failing.length > 1 ? `OR(${failing.join(',')})` : failing[0],
      style: 'fail',
      target: 'value',
    });
  }
  putStatus(b, status, `AND(${eqs.map((eq) => holds(eq, at)).join(',')})`, labels);
}
