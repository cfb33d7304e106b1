import { departmentStatus, describeDepartment, usedTables } from '../../src/consolidate';
import { ArrayGrid, rangeA1, type CellValue } from '../../src/grid';
import { reportSheet } from '../support/report-sheet';

/** The whole report on one sheet named `sheet`. */
const reportGrid = (sheet: string, edit?: (s: ReturnType<typeof reportSheet>) => void, edition?: '2019') => {
  const s = reportSheet({ edition, title: '某某局2022年政府信息公开工作年度报告' });
  edit?.(s);
  return new ArrayGrid({ sheet, values: s.rows, merges: s.merges });
};

/** Only table 四 (from its heading down) on a sheet: a department with neither table 二 nor 三. */
const reviewsOnlyGrid = (sheet: string) => {
  const s = reportSheet();
  const from = s.rows.findIndex((row) => row[0] === '四、政府信息公开行政复议、行政诉讼情况');
  return new ArrayGrid({ sheet, values: s.rows.slice(from) as CellValue[][] });
};

/** Four errors in table 三 (its row totals and balances), one warning in table 二 (a fee with its unit). */
const broken = (s: ReturnType<typeof reportSheet>) => {
  s.set('applications', 'new', 'natural-person', 99);
  s.set('applications', 'new', 'commercial', 99);
  s.set('applications', 'new', 'research', 99);
  s.set('proactive', 'fees', 'fees-amount', '0.3万元');
};

describe('departmentStatus', () => {
  test('counts the errors and warnings of the tables the sums use, and quotes the first three errors', () => {
    const department = describeDepartment('甲局', [reportGrid('年报', broken)]);
    const status = departmentStatus(department);
    const findings = department.report.findings;
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(3);
    expect(status).toMatchObject({
      name: '甲局',
      year: 2022,
      editions: ['2021'],
      missing: [],
      duplicates: [],
    });
    expect(status.errors).toBe(errors.length);
    expect(status.warnings).toBe(findings.length - errors.length);
    expect(status.warnings).toBeGreaterThan(0);
    expect(status.errorMessages).toEqual(errors.slice(0, 3).map((f) => `年报!${f.address} ${f.message}`));
  });

  test('a second copy of the tables is listed as a duplicate, and its findings are not the department’s', () => {
    const department = describeDepartment('甲局', [reportGrid('年报'), reportGrid('附表', broken)]);
    expect(department.report.findings.some((f) => f.sheet === '附表' && f.severity === 'error')).toBe(true);
    const status = departmentStatus(department);
    expect(status).toMatchObject({ errors: 0, warnings: 0, errorMessages: [] });
    expect(status.duplicates).toEqual(['proactive', 'applications', 'reviews']);
    expect(status.used.map((u) => u.sheet)).toEqual(['年报', '年报', '年报']);
  });

  test('on one sheet too: the findings of the copy lower down are not the department’s', () => {
    const first = reportSheet({ title: '某某局2022年政府信息公开工作年度报告' });
    const second = reportSheet({ title: '某某局2022年政府信息公开工作年度报告（附）' });
    broken(second);
    const shift = first.rows.length + 2;
    const grid = new ArrayGrid({
      sheet: '年报',
      values: [...first.rows, [], [], ...second.rows],
      merges: [
        ...first.merges,
        ...second.merges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })),
      ],
    });
    const department = describeDepartment('甲局', [grid]);
    expect(department.report.findings.some((f) => f.severity === 'error' && f.tableIndex === 1)).toBe(true);
    expect(departmentStatus(department)).toMatchObject({
      errors: 0,
      warnings: 0,
      duplicates: ['proactive', 'applications', 'reviews'],
    });
  });

  test('the copy the sums use is the first in sheet order, and its findings count', () => {
    const department = describeDepartment('甲局', [reportGrid('年报', broken), reportGrid('附表')]);
    expect(departmentStatus(department).errors).toBeGreaterThan(0);
  });

  test('each used table with its sheet and A1 range, in the order found', () => {
    const department = describeDepartment('甲局', [reviewsOnlyGrid('复议'), reportGrid('年报')]);
    const located = department.sources.flatMap((s) => s.tables);
    const where = (sheet: string, table: string) => {
      const t = located.find((l) => l.sheet === sheet && l.table === table);
      if (!t) throw new Error(`${table} not located on ${sheet}`);
      return rangeA1(t.bounds.top, t.bounds.left, t.bounds.bottom, t.bounds.right);
    };
    expect(departmentStatus(department).used).toEqual([
      { table: 'reviews', sheet: '复议', range: where('复议', 'reviews') },
      { table: 'proactive', sheet: '年报', range: where('年报', 'proactive') },
      { table: 'applications', sheet: '年报', range: where('年报', 'applications') },
    ]);
    expect([...usedTables(department).keys()]).toEqual(['reviews', 'proactive', 'applications']);
  });

  test.each([
    ['2019 report', () => [reportGrid('年报', undefined, '2019')], ['2019'], []],
    // Table 四 is the same in both editions: it says nothing about the department's edition.
    ['table 四 alone', () => [reviewsOnlyGrid('复议')], [], ['proactive', 'applications']],
  ])('editions and missing tables: %s', (_, grids, editions, missing) => {
    const status = departmentStatus(describeDepartment('甲局', grids()));
    expect(status.editions).toEqual(editions);
    expect(status.missing).toEqual(missing);
  });
});
