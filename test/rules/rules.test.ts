import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGrid } from '../../src/check';
import { RULES } from '../../src/rules';
import { reportSheet } from '../support/report-sheet';
import { toA1 } from '../../src/grid';
import { A, rowSum, runRuleCases, sumOutcomes, type Case, type Want } from '../support/rule-cases';

const TOTAL_ROWS = ['new', 'carried-in', 'granted', 'denied.1', 'outcome-total', 'carried-forward'];

const cases: Record<string, Case[]> = {
  'applications/balance': [
    { name: 'clean report', want: () => [] },
    {
      name: 'carried forward off by 2 (row total fixed too)',
      edit: (s) => {
        s.set('applications', 'carried-forward', 'natural-person', 3);
        s.set('applications', 'carried-forward', 'total', 8);
      },
      want: (s) => [
        [A(s, 'applications', 'carried-forward', 'natural-person'), 'mismatch', 1, 3],
        [A(s, 'applications', 'carried-forward', 'total'), 'mismatch', 6, 8],
      ],
    },
    {
      name: 'carried forward blank while the others say 1: a missing total',
      edit: (s) => s.set('applications', 'carried-forward', 'commercial', null),
      want: (s) => [[A(s, 'applications', 'carried-forward', 'commercial'), 'missing', 1, null]],
    },
  ],
  'applications/outcome-total': [
    { name: 'clean report', want: () => [] },
    {
      name: 'outcome total typed wrong',
      edit: (s) => s.set('applications', 'outcome-total', 'research', 50),
      want: (s) => [
        [A(s, 'applications', 'outcome-total', 'research'), 'mismatch', sumOutcomes(s, 'research'), 50],
      ],
    },
  ],
  'applications/row-total': [
    { name: 'clean report', want: () => [] },
    {
      name: 'one applicant cell changed',
      edit: (s) => s.set('applications', 'granted', 'commercial', 4),
      want: (s) => [[A(s, 'applications', 'granted', 'total'), 'mismatch', 10, 7]],
    },
    {
      name: 'whole total column left blank',
      edit: (s) => {
        for (const r of TOTAL_ROWS) s.set('applications', r, 'total', null);
      },
      want: (s) =>
        TOTAL_ROWS.map(
          (r) => [A(s, 'applications', r, 'total'), 'missing', rowSum(s, r), null] as Want,
        ).filter(([, , sum]) => sum !== 0),
    },
  ],
  'applications/suspect-cell': [
    { name: 'clean report', want: () => [] },
    {
      name: 'one wrong outcome cell',
      edit: (s) => s.set('applications', 'denied.3', 'nonprofit', 2),
      want: (s) => [[A(s, 'applications', 'denied.3', 'nonprofit'), 'suspect', 0, 2]],
    },
    {
      name: 'the culprit left blank: told as blank (实际为空), not as 0, with no difference',
      edit: (s) => s.set('applications', 'granted', 'natural-person', null),
      want: (s) => [[A(s, 'applications', 'granted', 'natural-person'), 'blank', 3, null]],
    },
    {
      name: 'the culprit holds a dash: told as the dash',
      edit: (s) => s.set('applications', 'granted', 'nonprofit', '—'),
      want: (s) => [[A(s, 'applications', 'granted', 'nonprofit'), 'placeholder', 2, '—']],
    },
    {
      name: 'two wrong cells: no single culprit',
      edit: (s) => {
        s.set('applications', 'denied.3', 'nonprofit', 2);
        s.set('applications', 'granted', 'commercial', 4);
      },
      want: () => [],
    },
  ],
  'reviews/group-total': [
    { name: 'clean report', want: () => [] },
    {
      name: 'litigation total off',
      edit: (s) => s.set('reviews', 'litigation-direct', 'total', 3),
      want: (s) => [[A(s, 'reviews', 'litigation-direct', 'total'), 'mismatch', 2, 3]],
    },
    {
      name: 'review total blank',
      edit: (s) => s.set('reviews', 'review', 'total', '—'),
      want: (s) => [[A(s, 'reviews', 'review', 'total'), 'missing', 4, null]],
    },
  ],
  'cell/invalid-number': [
    { name: 'clean report', want: () => [] },
    {
      name: 'words, a negative and a decimal in count cells; decimals in amounts are fine',
      edit: (s) => {
        s.set('applications', 'denied.1', 'research', '见说明');
        s.set('reviews', 'review', 'other', -1);
        s.set('proactive', 'licensing', 'decisions', 2.5);
        s.set('proactive', 'fees', 'fees-amount', 0.35);
      },
      want: (s) => [
        [A(s, 'proactive', 'licensing', 'decisions'), 'decimal', 3, 2.5],
        [A(s, 'applications', 'denied.1', 'research'), 'text', null, '见说明'],
        [A(s, 'reviews', 'review', 'other'), 'negative', null, -1],
      ],
    },
    {
      name: '2019: 本年增/减 may be negative',
      sheet: () => reportSheet({ edition: '2019' }),
      edit: (s) => s.set('proactive', 'licensing', 'change', -3),
      want: () => [],
    },
  ],
  'cell/blank': [
    { name: 'clean report', want: () => [] },
    {
      name: 'blank and dash where 0 is meant',
      edit: (s) => {
        s.set('applications', 'denied.2', 'research', null);
        s.set('applications', 'denied.2', 'legal-services', '—');
      },
      want: (s) => [
        [A(s, 'applications', 'denied.2', 'research'), 'blank', 0, null],
        [A(s, 'applications', 'denied.2', 'legal-services'), 'placeholder', 0, '—'],
      ],
    },
    {
      name: 'a blank where a number was: left to the diagnosis, which says what it should hold',
      edit: (s) => s.set('applications', 'granted', 'natural-person', null),
      want: () => [],
    },
    {
      name: 'many blanks in one table: one finding per kind',
      edit: (s) => {
        for (const c of ['natural-person', 'commercial', 'research'])
          s.set('applications', 'denied.2', c, null);
        s.set('applications', 'denied.3', 'research', '/');
        s.set('applications', 'denied.4', 'research', '无');
        s.set('reviews', 'review', 'other', null);
      },
      want: (s) => [
        [A(s, 'applications', 'denied.2', 'natural-person'), 'blanks', 0, null],
        [A(s, 'applications', 'denied.3', 'research'), 'placeholders', 0, null],
        [A(s, 'reviews', 'review', 'other'), 'blank', 0, null],
      ],
    },
    {
      name: 'a blank total whose parts are not zero is left to the totals rule',
      edit: (s) => s.set('applications', 'granted', 'total', null),
      want: () => [],
    },
  ],
  'cell/text-number': [
    { name: 'clean report', want: () => [] },
    {
      name: 'text, full-width, separators',
      edit: (s) => {
        s.set('applications', 'new', 'natural-person', '7');
        s.set('applications', 'new', 'commercial', '３');
        s.set('reviews', 'review', 'total', '4 ');
        s.set('proactive', 'rules', 'issued', '1,000');
      },
      want: (s) => [
        [A(s, 'proactive', 'rules', 'issued'), 'separators', 1000, '1,000'],
        // Two cells of one table: one finding that counts them.
        [A(s, 'applications', 'new', 'natural-person'), 'many', null, null],
        [A(s, 'reviews', 'review', 'total'), 'text', 4, '4 '],
      ],
    },
    {
      name: 'one full-width digit alone keeps its own message',
      edit: (s) => s.set('applications', 'new', 'commercial', '３'),
      want: (s) => [[A(s, 'applications', 'new', 'commercial'), 'full-width', 3, '３']],
    },
  ],
  'cell/unit-text': [
    { name: 'clean report', want: () => [] },
    {
      name: 'unit text in a count and an amount',
      edit: (s) => {
        s.set('proactive', 'penalties', 'decisions', '5件');
        s.set('proactive', 'fees', 'fees-amount', '0.3万元');
      },
      want: (s) => [[A(s, 'proactive', 'penalties', 'decisions'), 'many', null, null]],
    },
    {
      name: 'an amount with 万元 alone',
      edit: (s) => s.set('proactive', 'fees', 'fees-amount', '0.3万元'),
      want: (s) => [[A(s, 'proactive', 'fees', 'fees-amount'), 'unit', 0.3, '0.3万元']],
    },
  ],
  'proactive/outdated-label': [
    { name: 'clean report', want: () => [] },
    {
      name: '规范性文件 in a 2021 table',
      edit: (s) => {
        const { row } = s.at('proactive', 'normative-documents', 'issued');
        s.rows[row][0] = '规范性文件';
      },
      want: (s) => [
        [
          toA1(s.at('proactive', 'normative-documents', 'issued').row, 0),
          'outdated',
          '行政规范性文件',
          '规范性文件',
        ],
      ],
    },
    { name: '规范性文件 is right in 2019', sheet: () => reportSheet({ edition: '2019' }), want: () => [] },
  ],
  'structure/missing-row': [
    { name: 'clean report', want: () => [] },
    {
      name: 'row 2.重复申请 deleted',
      edit: (s) => {
        const { row } = s.at('applications', 'not-processed.2', 'total');
        s.rows.splice(row, 1);
      },
      want: (s) => [
        [
          toA1(s.at('applications', 'not-processed.1', 'total').row, 1),
          'missing',
          '（五）不予处理 2.重复申请',
          null,
        ],
      ],
    },
  ],
  'structure/missing-column': [
    { name: 'clean report', want: () => [] },
    {
      name: '法律服务机构 column removed',
      edit: (s) => {
        const col = s.at('applications', 'new', 'legal-services').col;
        const top = s.at('applications', 'new', 'total').row - 3;
        const bottom = s.at('applications', 'carried-forward', 'total').row;
        for (let r = top; r <= bottom; r++) s.rows[r].splice(col, 1);
        s.merges.length = 0;
      },
      want: (s) => [[toA1(s.at('applications', 'new', 'total').row - 3, 3), 'missing', '法律服务机构', null]],
    },
  ],
  'structure/edition': [
    {
      name: 'clean 2021 report for 2023',
      sheet: () => reportSheet({ title: '某某局2023年政府信息公开工作年度报告' }),
      want: () => [],
    },
    { name: '2019 layout, year unknown', sheet: () => reportSheet({ edition: '2019' }), want: () => [] },
    {
      name: '2019 layout for 2020',
      sheet: () => reportSheet({ edition: '2019' }),
      options: { year: 2020 },
      want: () => [],
    },
    {
      name: '2019 layout in a 2023 report (from the title): error on every table',
      sheet: () => reportSheet({ edition: '2019', title: '某某局2023年度政府信息公开工作年度报告' }),
      want: (s) => [
        [toA1(s.at('proactive', 'rules', 'made').row - 2, 0), 'outdated', '2021', '2019', 'error'],
        [toA1(s.at('applications', 'new', 'total').row - 3, 0), 'outdated', '2021', '2019', 'error'],
        [toA1(s.at('reviews', 'review', 'upheld').row - 3, 0), 'outdated', '2021', '2019', 'error'],
      ],
    },
    {
      name: '2019 layout in a 2021 report: warning',
      sheet: () => reportSheet({ edition: '2019' }),
      options: { year: 2021 },
      want: (s) => [
        [toA1(s.at('proactive', 'rules', 'made').row - 2, 0), 'outdated', '2021', '2019', 'warning'],
        [toA1(s.at('applications', 'new', 'total').row - 3, 0), 'outdated', '2021', '2019', 'warning'],
        [toA1(s.at('reviews', 'review', 'upheld').row - 3, 0), 'outdated', '2021', '2019', 'warning'],
      ],
    },
  ],
  'structure/no-table': [
    { name: 'clean report', want: () => [] },
    {
      name: 'a sheet of prose',
      edit: (s) => s.rows.splice(0, s.rows.length, ['报告正文'], ['没有表格']),
      want: () => [['A1', 'none', null, null]],
    },
  ],
};

runRuleCases(cases);

it('has cases for every rule in the registry', () => {
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.test.ts'),
  );
  const sources = files.map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
  const missing = RULES.map((r) => r.meta.id).filter((id) => !sources.includes(`'${id}': [`));
  expect(missing).toEqual([]);
});

it('every clean generated report is valid in both editions', () => {
  for (const edition of ['2021', '2019'] as const) {
    const report = checkGrid(reportSheet({ edition }).grid());
    expect(report.findings).toEqual([]);
    expect(report.tables.map((t) => `${t.table}:${t.edition}`)).toEqual([
      `proactive:${edition}`,
      `applications:${edition}`,
      `reviews:${edition}`,
    ]);
  }
});
