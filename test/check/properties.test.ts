import fc from 'fast-check';
import { checkGrid } from '../../src/check';
import { APPLICATIONS, type Edition } from '../../src/format';
import { ArrayGrid, type CellValue } from '../../src/grid';
import { buildTable, consistentValues, type Layout } from '../support/generate';

/** Property tests (FORMAT.md "Variations real reports show"): layouts change, verdicts do not. */

const column = fc.record({
  outcomes: fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 20 }),
  carriedIn: fc.nat({ max: 20 }),
  carriedForward: fc.nat({ max: 20 }),
});
const edition = fc.constantFrom<Edition>('2021', '2019');
const layout = (ed: Edition): fc.Arbitrary<Layout> =>
  fc.record({
    edition: fc.constant(ed),
    top: fc.nat({ max: 30 }),
    left: fc.nat({ max: 8 }),
    labels: fc.constantFrom('merged', 'repeated', 'single'),
    brackets: fc.constantFrom('full', 'half'),
    itemMark: fc.constantFrom('.', '、', '．'),
    noisyLabels: fc.boolean(),
    abbreviate: fc.boolean(),
    blankAfter: fc.array(fc.nat({ max: 24 }), { maxLength: 3 }),
    numbersAsText: fc.boolean(),
    withHeader: fc.boolean(),
    splitAt: fc.oneof(fc.constant(-1), fc.integer({ min: 5, max: 20 })),
  });

const scenario = edition.chain((ed) =>
  fc.record({
    edition: fc.constant(ed),
    columns: fc.array(column, { minLength: 6, maxLength: 6 }),
    layout: layout(ed),
    title: fc.boolean(),
  }),
);

function sheet(s: ReturnType<typeof scenario.generate>['value']) {
  const values = consistentValues(s.edition, s.columns);
  const rows: CellValue[][] = [];
  if (s.title && s.layout.top > 0) rows[0] = ['某某局2023年政府信息公开工作年度报告'];
  const built = buildTable(values, s.layout, rows);
  // Other content below the table: a note row and a paragraph.
  built.values.push([], ['注：本表数据截至12月31日。'], ['五、存在的主要问题及改进情况']);
  return { values, built, grid: new ArrayGrid({ sheet: 'S', values: built.values, merges: built.merges }) };
}

const RUNS = { numRuns: 150 };

describe('table 三 in random layouts', () => {
  it('consistent tables have no errors and are found in their edition', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { grid } = sheet(s);
        const report = checkGrid(grid, { year: s.edition === '2021' ? 2023 : 2020 });
        const apps = report.tables.filter((t) => t.table === 'applications');
        expect(apps).toHaveLength(1);
        expect(apps[0].edition).toBe(s.edition);
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        // Numbers stored as text are reported as warnings, and only then.
        // (one finding per table, each cell one of its parts)
        const textWarnings = report.findings
          .filter((f) => f.ruleId === 'cell/text-number')
          .reduce((n, f) => n + (f.parts?.length ?? 1), 0);
        expect(textWarnings).toBe(s.layout.numbersAsText ? APPLICATIONS[s.edition].rows.length * 7 : 0);
      }),
      RUNS,
    );
  });

  it('a single changed number is always caught, and named as the suspect', () => {
    const cell = fc.record({
      row: fc.nat({ max: 24 }),
      col: fc.nat({ max: 6 }),
      delta: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(scenario, cell, (s, change) => {
        const { built } = sheet(s);
        const rows = APPLICATIONS[s.edition].rows;
        const rowId = rows[change.row % rows.length].id;
        const at = built.cellOf(rowId, change.col);
        const before = Number(built.values[at.row][at.col]);
        built.values[at.row][at.col] = before + change.delta;
        const report = checkGrid(new ArrayGrid({ sheet: 'S', values: built.values, merges: built.merges }));
        const errors = report.findings.filter((f) => f.severity === 'error');
        expect(errors.length).toBeGreaterThanOrEqual(3);
        const suspect = errors.find((f) => f.ruleId === 'applications/suspect-cell');
        expect(suspect).toMatchObject({ row: rowId, expected: before, actual: before + change.delta });
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary grids of strings and numbers', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -5, max: 1000 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(
        '总计',
        '（三）不予公开',
        '1.属于国家秘密',
        '行政复议',
        '行政诉讼',
        '第二十条第（一）项',
        '信息内容',
        '—',
        '无',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 12 }), { maxLength: 40 }), (values) => {
        const report = checkGrid(new ArrayGrid({ sheet: 'X', values }));
        for (const f of report.findings) expect(f.address).toMatch(/^[A-Z]+\d+$/);
      }),
      { numRuns: 300 },
    );
  });
});
