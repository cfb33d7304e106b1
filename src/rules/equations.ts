import { APPLICATIONS, EDITIONS, REVIEWS, type Edition } from '../format';
import { BoundedCache } from '../grid/bounded-cache';
import { cellKey, type LocatedTable } from '../locate/types';
import type { RuleContext } from './types';

/**
 * The totals rules as linear equations Σ coef·cell = 0, one per row or column. Each names the cell
 * a failure points at (`target`). The three rules of table 三 and the diagnosis share them.
 */
export interface Term {
  rowId: string;
  columnId: string;
  coef: number;
}

export interface Equation {
  ruleId: string;
  /** Row id for row rules, column id for column rules: what the fingerprint names. */
  rowId: string;
  columnId: string;
  target: Term;
  terms: Term[];
}

/** The equations of a table and edition, as the format defines them. */
export type EquationTable = 'applications' | 'reviews';

/**
 * One memo for both tables: every equation of an edition is built once, and shared by every located
 * table of that edition and by the template, which writes its formulas from them. Two tables × two
 * editions: the limit is never reached.
 */
const TABLES: readonly EquationTable[] = ['applications', 'reviews'];
const byEdition = new BoundedCache<string, readonly Equation[]>(TABLES.length * EDITIONS.length);

/** Every equation of table 三 or 四 in an edition, whatever cells a located table has. */
export function editionEquations(table: EquationTable, edition: Edition): readonly Equation[] {
  return byEdition.remember(`${table}/${edition}`, () =>
    table === 'applications' ? allApplicationsEquations(edition) : allReviewsEquations(edition),
  );
}

/** Per located table: the edition's equations whose cells it has all found. */
const equationsOf = new WeakMap<LocatedTable, Equation[]>();

function tableEquations(kind: EquationTable, table: LocatedTable): Equation[] {
  if (table.table !== kind) return [];
  let eqs = equationsOf.get(table);
  if (!eqs) {
    eqs = editionEquations(kind, table.edition).filter((eq) => hasAllCells(table, eq));
    equationsOf.set(table, eqs);
  }
  return eqs;
}

/** Equations of table 三 that a located table 三 can evaluate. */
export const applicationsEquations = (table: LocatedTable): Equation[] =>
  tableEquations('applications', table);

/** Equations of table 四 that a located table 四 can evaluate. */
export const reviewsEquations = (table: LocatedTable): Equation[] => tableEquations('reviews', table);

function allApplicationsEquations(edition: Edition): Equation[] {
  const format = APPLICATIONS[edition];
  const inputs = format.columns.filter((c) => c.role === 'input').map((c) => c.id);
  const eqs: Equation[] = [];
  // applications/row-total: total = Σ six applicant columns.
  for (const row of format.rows) {
    const target = { rowId: row.id, columnId: 'total', coef: -1 };
    eqs.push({
      ruleId: 'applications/row-total',
      rowId: row.id,
      columnId: 'total',
      target,
      terms: [...inputs.map((c) => ({ rowId: row.id, columnId: c, coef: 1 })), target],
    });
  }
  for (const col of format.columns) {
    // applications/outcome-total: （七）总计 = Σ outcome rows.
    const total = { rowId: 'outcome-total', columnId: col.id, coef: -1 };
    eqs.push({
      ruleId: 'applications/outcome-total',
      rowId: 'outcome-total',
      columnId: col.id,
      target: total,
      terms: [
        ...format.rows.filter((r) => r.outcome).map((r) => ({ rowId: r.id, columnId: col.id, coef: 1 })),
        total,
      ],
    });
    // applications/balance: new + carried-in = outcome-total + carried-forward.
    const forward = { rowId: 'carried-forward', columnId: col.id, coef: -1 };
    eqs.push({
      ruleId: 'applications/balance',
      rowId: 'carried-forward',
      columnId: col.id,
      target: forward,
      terms: [
        { rowId: 'new', columnId: col.id, coef: 1 },
        { rowId: 'carried-in', columnId: col.id, coef: 1 },
        { rowId: 'outcome-total', columnId: col.id, coef: -1 },
        forward,
      ],
    });
  }
  return eqs;
}

/** Keys of an equation's cells, built once per equation: the filter runs for every table found. */
const termKeys = new WeakMap<Equation, string[]>();

function hasAllCells(table: LocatedTable, eq: Equation): boolean {
  let keys = termKeys.get(eq);
  if (!keys) termKeys.set(eq, (keys = eq.terms.map((t) => cellKey(t.rowId, t.columnId))));
  return keys.every((k) => table.cells.has(k));
}

function allReviewsEquations(edition: Edition): Equation[] {
  const format = REVIEWS[edition];
  const parts = format.columns.filter((c) => c.role === 'input');
  // reviews/group-total: total = Σ four result columns, per group.
  return format.groups.map((group) => {
    const target = { rowId: group.id, columnId: 'total', coef: -1 };
    return {
      ruleId: 'reviews/group-total',
      rowId: group.id,
      columnId: 'total',
      target,
      terms: [...parts.map((c) => ({ rowId: group.id, columnId: c.id, coef: 1 })), target],
    };
  });
}

export interface Evaluated {
  eq: Equation;
  /** Σ coef·value; 0 when the equation holds. */
  residual: number;
  /** The value that would make the target satisfy the equation. */
  expected: number;
  /** The target's value as summed (blank = 0). */
  actual: number;
  /** The target cell is blank or a placeholder (a "missing total"). */
  targetBlank: boolean;
}

const EPSILON = 1e-9;

/** Per check, per table: equations are shared by every table of an edition, readings are not. */
const evaluations = new WeakMap<RuleContext, WeakMap<LocatedTable, Map<Equation, Evaluated | null>>>();

/**
 * Evaluates an equation; undefined when a cell in it is unreadable (reported by cell/invalid-number).
 * Memoised per check and table: the three totals rules, the diagnosis and cell/blank all ask.
 */
export function evaluate(context: RuleContext, table: LocatedTable, eq: Equation): Evaluated | undefined {
  let byTable = evaluations.get(context);
  if (!byTable) evaluations.set(context, (byTable = new WeakMap()));
  let memo = byTable.get(table);
  if (!memo) byTable.set(table, (memo = new Map()));
  const hit = memo.get(eq);
  if (hit !== undefined) return hit ?? undefined;
  const result = evaluateUncached(context, table, eq);
  memo.set(eq, result ?? null);
  return result;
}

function evaluateUncached(context: RuleContext, table: LocatedTable, eq: Equation): Evaluated | undefined {
  let residual = 0;
  let actual = 0;
  let targetBlank = false;
  for (const term of eq.terms) {
    const reading = context.read(table, term.rowId, term.columnId);
    if (!reading || reading.value === null) return undefined;
    residual += term.coef * reading.value;
    if (term === eq.target) {
      actual = reading.value;
      targetBlank = reading.parsed.kind === 'blank' || reading.parsed.kind === 'placeholder';
    }
  }
  if (Math.abs(residual) < EPSILON) residual = 0;
  const expected = actual - residual / eq.target.coef;
  return { eq, residual, expected: round(expected), actual, targetBlank };
}

/** Keeps sums of decimals (万元) free of binary noise such as 0.30000000000000004. */
export const round = (n: number): number => Math.round(n * 1e6) / 1e6;
