/**
 * A report where only some of tables 二, 三 and 四 are found: the report names the missing ones,
 * its verdict is a partial pass rather than a pass, and only the rules that had something to check
 * are listed as run.
 */
import { checkGrid, checkGrids } from '../../src/check';
import { ArrayGrid, type Grid } from '../../src/grid';
import { locateTables } from '../../src/locate';
import type { TableId } from '../../src/format';
import { RULES, ruleById } from '../../src/rules';
import { verdictOf } from '../../src/report/verdict';
import { sheetWithTables } from '../support/partial-sheet';

const ALL: TableId[] = ['proactive', 'applications', 'reviews'];
const APPLICATIONS_RULES = [
  'applications/balance',
  'applications/outcome-total',
  'applications/row-total',
  'applications/suspect-cell',
  'fees/notices',
];
const CELL_RULES = ['cell/blank', 'cell/invalid-number', 'cell/text-number', 'cell/unit-text'];

describe('tables not found', () => {
  test.each<{
    name: string;
    keep: TableId[];
    missing: TableId[];
    verdict: ReturnType<typeof verdictOf>;
    ran: string[];
    notRan: string[];
  }>([
    {
      name: 'table 三 alone',
      keep: ['applications'],
      missing: ['proactive', 'reviews'],
      verdict: 'partial',
      ran: [...APPLICATIONS_RULES, ...CELL_RULES, 'narrative/table-mismatch'],
      notRan: ['reviews/group-total', 'proactive/outdated-label'],
    },
    {
      name: 'tables 三 and 四',
      keep: ['applications', 'reviews'],
      missing: ['proactive'],
      verdict: 'partial',
      ran: [...APPLICATIONS_RULES, 'reviews/group-total'],
      notRan: ['proactive/outdated-label'],
    },
    {
      name: 'table 二 alone',
      keep: ['proactive'],
      missing: ['applications', 'reviews'],
      verdict: 'partial',
      ran: ['proactive/outdated-label', ...CELL_RULES, 'structure/missing-row'],
      notRan: [...APPLICATIONS_RULES, 'reviews/group-total', 'narrative/table-mismatch'],
    },
    {
      name: 'all three',
      keep: ALL,
      missing: [],
      verdict: 'pass',
      ran: [...APPLICATIONS_RULES, 'reviews/group-total', 'proactive/outdated-label'],
      notRan: [],
    },
    {
      name: 'none',
      keep: [],
      missing: ALL,
      verdict: 'no-table',
      ran: ['structure/no-table', 'narrative/itemized-sum'],
      notRan: [...APPLICATIONS_RULES, ...CELL_RULES, 'reviews/group-total', 'structure/missing-row'],
    },
  ])('$name: missing $missing, verdict $verdict', ({ keep, missing, verdict, ran, notRan }) => {
    const report = checkGrid(sheetWithTables(keep));
    expect([...new Set(report.tables.map((t) => t.table))].sort()).toEqual([...keep].sort());
    expect(report.missingTables).toEqual(missing);
    // Only the no-table case has an error: structure/no-table itself.
    expect(report.errors).toBe(verdict === 'no-table' ? 1 : 0);
    expect(verdictOf(report)).toBe(verdict);
    expect(report.rulesRun).toEqual(expect.arrayContaining(ran));
    for (const id of notRan) expect([id, report.rulesRun.includes(id)]).toEqual([id, false]);
    // No year in the title and no last year's report: nothing for these to check.
    for (const id of ['structure/edition', 'cross-year/carry-over', 'cross-year/proactive-chain'])
      expect([id, report.rulesRun.includes(id)]).toEqual([id, false]);
  });

  test('table 二 alone: narrative/table-mismatch runs once the text states one of its quantities', () => {
    // The count agrees with the table: the rule ran and found nothing.
    const report = checkGrid(
      sheetWithTables(['proactive'], {
        edit: (s) => {
          const { row, col } = s.at('proactive', 'rules', 'issued');
          s.rows.push([`本年制发规章${String(s.rows[row][col])}件。`]);
        },
      }),
    );
    expect(report.findings).toEqual([]);
    expect(report.rulesRun).toContain('narrative/table-mismatch');
  });

  test('no table found is not valid, even when the rules chosen report nothing', () => {
    const report = checkGrid(sheetWithTables([]), { only: ['applications/row-total'] });
    expect([report.errors, report.findings.length, report.valid]).toEqual([0, 0, false]);
  });

  test('errors in the tables found fail the check, and the missing tables are still named', () => {
    const report = checkGrid(
      sheetWithTables(['applications'], { edit: (s) => s.set('applications', 'granted', 'research', 99) }),
    );
    expect(report.errors).toBeGreaterThan(0);
    expect(report.missingTables).toEqual(['proactive', 'reviews']);
    expect(verdictOf(report)).toBe('fail');
  });

  test('a table on any checked sheet counts: one table per sheet is a whole report', () => {
    const report = checkGrids(ALL.map((table) => sheetWithTables([table], { sheet: `表${table}` })));
    expect(report.missingTables).toEqual([]);
    expect(verdictOf(report)).toBe('pass');
  });

  test('the year and last year’s report make the edition and cross-year rules run', () => {
    const titled = (year: number) =>
      sheetWithTables(ALL, { sheet: String(year), title: `某局${year}年政府信息公开工作年度报告` });
    const report = checkGrids([titled(2021), titled(2020)]);
    expect(report.rulesRun).toEqual(
      expect.arrayContaining(['structure/edition', 'cross-year/carry-over', 'cross-year/proactive-chain']),
    );
    // Last year's sheet without table 二: only the cross-year rule on table 三 has a pair.
    const partial = checkGrids([
      titled(2021),
      sheetWithTables(['applications'], { sheet: '2020', title: '某局2020年政府信息公开工作年度报告' }),
    ]);
    expect(partial.rulesRun).toContain('cross-year/carry-over');
    expect(partial.rulesRun).not.toContain('cross-year/proactive-chain');
  });

  test('rules run are listed in registry order, and a rule that reported something ran', () => {
    const report = checkGrid(
      sheetWithTables(['applications'], { edit: (s) => s.set('applications', 'granted', 'research', 99) }),
    );
    const order = RULES.map((r) => r.meta.id);
    expect(report.rulesRun).toEqual(order.filter((id) => report.rulesRun.includes(id)));
    for (const f of report.findings) expect(report.rulesRun).toContain(f.ruleId);
  });

  test('a rule that reported something is listed as run even where its `applies` says no', () => {
    // Each rule's own `applies` holds wherever it reports; the list must not rest on that.
    const rowTotal = ruleById('applications/row-total')!;
    const applies = jest.spyOn(rowTotal, 'applies').mockReturnValue(false);
    try {
      const report = checkGrid(
        sheetWithTables(['applications'], { edit: (s) => s.set('applications', 'granted', 'research', 99) }),
        { only: ['applications/row-total'] },
      );
      expect(report.findings.map((f) => f.ruleId)).toContain('applications/row-total');
      expect(report.rulesRun).toEqual(['applications/row-total']);
    } finally {
      applies.mockRestore();
    }
  });
});

describe('rules on the text run only where there is text', () => {
  /** The report sheet with nothing outside its tables (no title, headings or notes), then `below`. */
  const tablesOnly = (below: readonly string[]): Grid => {
    const grid = sheetWithTables(ALL);
    const tables = locateTables(grid);
    const inside = (row: number, col: number) =>
      tables.some(({ bounds: b }) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
    const values = Array.from({ length: grid.rowCount }, (_, row) =>
      Array.from({ length: grid.colCount }, (_, col) => (inside(row, col) ? grid.value(row, col) : null)),
    );
    return new ArrayGrid({
      sheet: grid.sheet,
      values: [...values, ...below.map((t) => [t])],
      merges: grid.merges,
    });
  };
  const sentence = '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。';
  test.each([
    { name: 'the tables alone', text: [], ran: [], notRan: ['report/period', 'narrative/itemized-sum'] },
    {
      name: 'a sentence under them',
      text: [sentence],
      ran: ['report/period', 'narrative/itemized-sum'],
      notRan: [],
    },
  ])('$name, the year known: ran $ran, not $notRan', ({ text, ran, notRan }) => {
    const report = checkGrid(tablesOnly(text), { year: 2021 });
    expect(report.tables.map((t) => t.table)).toEqual(ALL);
    expect(report.findings).toEqual([]);
    expect(report.rulesRun).toEqual(expect.arrayContaining(['structure/edition', ...ran]));
    for (const id of notRan) expect([id, report.rulesRun.includes(id)]).toEqual([id, false]);
  });
});
