import { EDITIONS, type Edition, type TableId } from '../../src/format';
import { cellKey, type LocatedTable } from '../../src/locate/types';
import {
  applicationsEquations,
  editionEquations,
  reviewsEquations,
  type Equation,
} from '../../src/rules/equations';
import {
  APPLICANTS,
  APPLICATION_COLUMNS,
  applicationRows,
  outcomeRows,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_PARTS,
} from '../support/format-totals';

/** `rule @ target: +a +b -c`, cells as `row × column`. */
const show = (eq: Equation): string =>
  `${eq.ruleId} @ ${eq.target.rowId} × ${eq.target.columnId}: ${eq.terms
    .map(
      (t) =>
        `${t.coef > 0 ? '+' : '-'}${t.coef === 1 || t.coef === -1 ? '' : Math.abs(t.coef)}${t.rowId} × ${t.columnId}`,
    )
    .join(' ')}`;

const cells = (row: string, cols: string[], sign: '+' | '-') => cols.map((c) => `${sign}${row} × ${c}`);

/** FORMAT.md's rules of table 三, in the order the equations list them. */
function formatApplications(edition: Edition): string[] {
  const rowTotals = applicationRows(edition).map(
    (r) =>
      `applications/row-total @ ${r} × total: ${[...cells(r, APPLICANTS, '+'), `-${r} × total`].join(' ')}`,
  );
  const perColumn = APPLICATION_COLUMNS.flatMap((c) => [
    `applications/outcome-total @ outcome-total × ${c}: ${[
      ...outcomeRows(edition).map((r) => `+${r} × ${c}`),
      `-outcome-total × ${c}`,
    ].join(' ')}`,
    `applications/balance @ carried-forward × ${c}: +new × ${c} +carried-in × ${c} -outcome-total × ${c} -carried-forward × ${c}`,
  ]);
  return [...rowTotals, ...perColumn];
}

/** A located table that found exactly these cells. */
function located(table: TableId, edition: Edition, found: string[]): LocatedTable {
  return {
    table,
    edition,
    sheet: 'Sheet1',
    index: 0,
    bounds: { top: 0, left: 0, bottom: 0, right: 0 },
    cells: new Map(found.map((k, i) => [k, { row: i, col: 0 }])),
    rowLabels: new Map(),
    missingRows: [],
    missingColumns: [],
    outdatedLabels: [],
  };
}
const allApplications = (edition: Edition) =>
  applicationRows(edition).flatMap((r) => APPLICATION_COLUMNS.map((c) => cellKey(r, c)));
const allReviews = () => REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => cellKey(g, c)));

describe.each(EDITIONS)('the %s edition’s equations are FORMAT.md’s rules', (edition) => {
  test('table 三: a row total per row, then per column the outcome total and the balance', () => {
    expect(editionEquations('applications', edition).map(show)).toEqual(formatApplications(edition));
  });

  test('table 四: a group total per group', () => {
    expect(editionEquations('reviews', edition).map(show)).toEqual(
      REVIEW_GROUPS.map(
        (g) =>
          `reviews/group-total @ ${g} × total: ${[...cells(g, REVIEW_PARTS, '+'), `-${g} × total`].join(' ')}`,
      ),
    );
  });

  test('each equation names its target’s row and column, and the target is one of its terms', () => {
    for (const eq of [
      ...editionEquations('applications', edition),
      ...editionEquations('reviews', edition),
    ]) {
      expect([eq.rowId, eq.columnId]).toEqual([eq.target.rowId, eq.target.columnId]);
      expect(eq.terms.filter((t) => t === eq.target)).toHaveLength(1);
    }
  });
});

describe('one memo for both tables', () => {
  test('an edition’s equations are built once and shared by every table located in that edition', () => {
    const all = editionEquations('applications', '2021');
    // All four tables and editions asked in between: the memo keeps every one.
    const others = [
      editionEquations('reviews', '2021'),
      editionEquations('applications', '2019'),
      editionEquations('reviews', '2019'),
    ];
    expect(editionEquations('applications', '2021')).toBe(all);
    expect(editionEquations('reviews', '2021')).toBe(others[0]);
    expect(editionEquations('applications', '2019')).toBe(others[1]);
    const [one, two] = [0, 1].map(() => located('applications', '2021', allApplications('2021')));
    expect(applicationsEquations(one)).toEqual(all);
    expect(applicationsEquations(two).every((eq, i) => eq === all[i])).toBe(true);
    expect(reviewsEquations(located('reviews', '2021', allReviews()))[0]).toBe(
      editionEquations('reviews', '2021')[0],
    );
  });

  test('the key holds the table and the edition apart', () => {
    const apps19 = editionEquations('applications', '2019');
    expect(apps19).not.toBe(editionEquations('applications', '2021'));
    expect(editionEquations('reviews', '2019').map((eq) => eq.ruleId)).toEqual(
      Array(3).fill('reviews/group-total'),
    );
    expect(apps19.map((eq) => eq.rowId)).toContain('other');
    expect(editionEquations('applications', '2021').map((eq) => eq.rowId)).not.toContain('other');
  });

  test('a located table keeps the equations whose every cell it found, remembered per table', () => {
    const t = located(
      'applications',
      '2021',
      allApplications('2021').filter((k) => k !== cellKey('denied.3', 'research')),
    );
    const kept = applicationsEquations(t);
    expect(applicationsEquations(t)).toBe(kept);
    const dropped = editionEquations('applications', '2021').filter((eq) => !kept.includes(eq));
    expect(dropped.map((eq) => `${eq.ruleId} @ ${eq.rowId} × ${eq.columnId}`)).toEqual([
      'applications/row-total @ denied.3 × total',
      'applications/outcome-total @ outcome-total × research',
    ]);
  });

  test('each function answers for its own table only, whichever is asked first', () => {
    const reviews = located('reviews', '2021', allReviews());
    expect(reviewsEquations(reviews)).toHaveLength(3);
    expect(applicationsEquations(reviews)).toEqual([]);
    const applications = located('applications', '2019', allApplications('2019'));
    expect(applicationsEquations(applications)).toHaveLength(23 + 7 * 2);
    expect(reviewsEquations(applications)).toEqual([]);
    expect(applicationsEquations(located('proactive', '2021', allApplications('2021')))).toEqual([]);
  });
});
