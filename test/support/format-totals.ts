/**
 * The totals rules of tables 三 and 四 written down again, straight from /work/shared/FORMAT.md
 * (row and column ids, the outcome rows, the four rules), for tests that need an oracle which is
 * neither src/rules/equations.ts nor the template: what each total should be, and which cells a
 * failing rule points at.
 */
import type { Edition } from '../../src/format';

/** FORMAT.md, table 三: columns in order; the six before 总计 are the applicants. */
export const APPLICANTS = [
  'natural-person',
  'commercial',
  'research',
  'nonprofit',
  'legal-services',
  'other-org',
];
export const APPLICATION_COLUMNS = [...APPLICANTS, 'total'];

const numbered = (id: string, n: number) => Array.from({ length: n }, (_, i) => `${id}.${i + 1}`);

/** FORMAT.md: `granted` … `other.3` (20 rows in 2021); the 2019 edition has one `other` row (18). */
export function outcomeRows(edition: Edition): string[] {
  return [
    'granted',
    'partly-granted',
    ...numbered('denied', 8),
    ...numbered('unavailable', 3),
    ...numbered('not-processed', 5),
    ...(edition === '2021' ? numbered('other', 3) : ['other']),
  ];
}

export const applicationRows = (edition: Edition): string[] => [
  'new',
  'carried-in',
  ...outcomeRows(edition),
  'outcome-total',
  'carried-forward',
];

/** FORMAT.md, table 四. */
export const REVIEW_GROUPS = ['review', 'litigation-direct', 'litigation-after-review'];
export const REVIEW_PARTS = ['upheld', 'corrected', 'other', 'pending'];
export const REVIEW_COLUMNS = [...REVIEW_PARTS, 'total'];

/** A value of table 三 or 四 by row (group) and column id. */
export type Values = (rowId: string, columnId: string) => number;

const add = (ns: number[]) => ns.reduce((s, n) => s + n, 0);

/**
 * What each total of table 三 is when the totals are formulas over the typed cells: typed cells
 * are `inputs` (the six applicants of every row but （七）总计).
 */
export function applicationsTotal(edition: Edition, inputs: Values, rowId: string, columnId: string): number {
  const outcomes = (col: string) => add(outcomeRows(edition).map((r) => inputs(r, col)));
  const cell = (row: string, col: string) => (row === 'outcome-total' ? outcomes(col) : inputs(row, col));
  return columnId === 'total' ? add(APPLICANTS.map((c) => cell(rowId, c))) : cell(rowId, columnId);
}

export const reviewsTotal = (parts: Values, groupId: string): number =>
  add(REVIEW_PARTS.map((c) => parts(groupId, c)));

/** A failing rule: its id and the cell it points at (FORMAT.md's `address` column). */
export interface Violation {
  rule: string;
  rowId: string;
  columnId: string;
}

/** FORMAT.md's totals rules of table 三 that `values` (every cell, totals included) break. */
export function applicationsViolations(edition: Edition, values: Values): Violation[] {
  const out: Violation[] = [];
  for (const col of APPLICATION_COLUMNS) {
    const inOut = values('new', col) + values('carried-in', col);
    if (inOut !== values('outcome-total', col) + values('carried-forward', col))
      out.push({ rule: 'applications/balance', rowId: 'carried-forward', columnId: col });
    if (values('outcome-total', col) !== add(outcomeRows(edition).map((r) => values(r, col))))
      out.push({ rule: 'applications/outcome-total', rowId: 'outcome-total', columnId: col });
  }
  for (const row of applicationRows(edition))
    if (values(row, 'total') !== add(APPLICANTS.map((c) => values(row, c))))
      out.push({ rule: 'applications/row-total', rowId: row, columnId: 'total' });
  return out;
}

/** FORMAT.md's `reviews/group-total` failures. */
export const reviewsViolations = (values: Values): Violation[] =>
  REVIEW_GROUPS.filter((g) => values(g, 'total') !== reviewsTotal(values, g)).map((g) => ({
    rule: 'reviews/group-total',
    rowId: g,
    columnId: 'total',
  }));
