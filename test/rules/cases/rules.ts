import { APPLICATIONS } from '../../../src/format';
import { toA1 } from '../../../src/grid';
import { reportSheet, type ReportSheet } from '../../support/report-sheet';
import { A, APPLICANTS, rowSum, sumOutcomes, textAt, type Case, type Want } from '../../support/rule-cases';

/** The other terms of the balance, in the equation's order: new + carried-in = outcomes + carried-forward. */
const BALANCE_TERMS = ['new', 'carried-in', 'outcome-total'];
/** Rows （一）…（六） that （七）总计 adds up. */
const OUTCOME_ROWS = APPLICATIONS['2021'].rows.filter((r) => r.outcome).map((r) => r.id);
/** The four results a group of table 四 adds up. */
const RESULTS = ['upheld', 'corrected', 'other', 'pending'];
/** Each row's cells joined into its first cell, as a paste from a PDF gives them. */
const flattened = (s: ReportSheet) => {
  s.rows.forEach((r, i) => {
    const cells = r.filter((v) => v !== null && v !== undefined);
    s.rows[i] = cells.length > 0 ? [cells.join(' ')] : [];
  });
  s.merges.length = 0;
};
/** Replaces the one-cell line `from` with `to`. */
const line = (s: ReportSheet, from: string, to: string) => {
  const i = s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(from));
  if (i < 0) throw new Error(`no line ${from}`);
  s.rows[i] = [to];
};
const TOTAL_ROWS = ['new', 'carried-in', 'granted', 'denied.1', 'outcome-total', 'carried-forward'];

export const tableCases: Record<string, Case[]> = {
  'applications/balance': [
    { name: 'clean report', want: () => [] },
    {
      name: 'carried forward off by 2 (row total fixed too)',
      edit: (s) => {
        s.set('applications', 'carried-forward', 'natural-person', 3);
        s.set('applications', 'carried-forward', 'total', 8);
      },
      want: (s) => [
        [
          A(s, 'applications', 'carried-forward', 'natural-person'),
          'mismatch',
          1,
          3,
          {
            severity: 'error',
            table: 'applications',
            row: 'carried-forward',
            column: 'natural-person',
            related: BALANCE_TERMS.map((r) => A(s, 'applications', r, 'natural-person')),
            data: { new: 26, carriedIn: 3, outcomeTotal: 28, diff: 2 },
            fingerprint: 'applications/balance|年报|applications#0|carried-forward|natural-person',
          },
        ],
        [
          A(s, 'applications', 'carried-forward', 'total'),
          'mismatch',
          6,
          8,
          {
            severity: 'error',
            table: 'applications',
            row: 'carried-forward',
            column: 'total',
            related: BALANCE_TERMS.map((r) => A(s, 'applications', r, 'total')),
            data: { new: 90, carriedIn: 7, outcomeTotal: 91, diff: 2 },
            fingerprint: 'applications/balance|年报|applications#0|carried-forward|total',
          },
        ],
      ],
    },
    {
      name: 'carried forward blank while the others say 1: a missing total',
      edit: (s) => s.set('applications', 'carried-forward', 'commercial', null),
      want: (s) => [
        [
          A(s, 'applications', 'carried-forward', 'commercial'),
          'missing',
          1,
          null,
          {
            severity: 'error',
            table: 'applications',
            row: 'carried-forward',
            column: 'commercial',
            related: BALANCE_TERMS.map((r) => A(s, 'applications', r, 'commercial')),
            data: { new: 14, carriedIn: 1, outcomeTotal: 14 },
            fingerprint: 'applications/balance|年报|applications#0|carried-forward|commercial',
          },
        ],
      ],
    },
  ],
  'applications/outcome-total': [
    { name: 'clean report', want: () => [] },
    {
      name: 'outcome total typed wrong',
      edit: (s) => s.set('applications', 'outcome-total', 'research', 50),
      want: (s) => [
        [
          A(s, 'applications', 'outcome-total', 'research'),
          'mismatch',
          sumOutcomes(s, 'research'),
          50,
          {
            severity: 'error',
            table: 'applications',
            row: 'outcome-total',
            column: 'research',
            related: OUTCOME_ROWS.map((r) => A(s, 'applications', r, 'research')),
            data: { diff: 43 },
            fingerprint: 'applications/outcome-total|年报|applications#0|outcome-total|research',
          },
        ],
      ],
    },
    {
      name: 'outcome total left blank: a missing total, the sum of the outcomes expected',
      edit: (s) => s.set('applications', 'outcome-total', 'research', null),
      want: (s) => [
        [
          A(s, 'applications', 'outcome-total', 'research'),
          'missing',
          sumOutcomes(s, 'research'),
          null,
          {
            severity: 'error',
            table: 'applications',
            row: 'outcome-total',
            column: 'research',
            related: OUTCOME_ROWS.map((r) => A(s, 'applications', r, 'research')),
            data: {},
            fingerprint: 'applications/outcome-total|年报|applications#0|outcome-total|research',
          },
        ],
      ],
    },
  ],
  'applications/row-total': [
    { name: 'clean report', want: () => [] },
    {
      name: 'one applicant cell changed',
      edit: (s) => s.set('applications', 'granted', 'commercial', 4),
      want: (s) => [
        [
          A(s, 'applications', 'granted', 'total'),
          'mismatch',
          10,
          7,
          {
            severity: 'error',
            table: 'applications',
            row: 'granted',
            column: 'total',
            related: APPLICANTS.map((c) => A(s, 'applications', 'granted', c)),
            data: {
              naturalPerson: 3,
              commercial: 4,
              research: 0,
              nonprofit: 2,
              legalServices: 0,
              otherOrg: 1,
              diff: -3,
            },
            fingerprint: 'applications/row-total|年报|applications#0|granted|total',
          },
        ],
      ],
    },
    {
      name: 'whole total column left blank',
      edit: (s) => {
        for (const r of TOTAL_ROWS) s.set('applications', r, 'total', null);
      },
      want: (s) =>
        TOTAL_ROWS.filter((r) => rowSum(s, r) !== 0).map((r): Want => [
          A(s, 'applications', r, 'total'),
          'missing',
          rowSum(s, r),
          null,
          {
            severity: 'error',
            table: 'applications',
            row: r,
            column: 'total',
            // The six applicant cells the total adds up.
            related: APPLICANTS.map((c) => A(s, 'applications', r, c)),
            data: {},
            fingerprint: `applications/row-total|年报|applications#0|${r}|total`,
          },
        ]),
    },
  ],
  'applications/suspect-cell': [
    { name: 'clean report', want: () => [] },
    {
      name: 'one wrong outcome cell',
      edit: (s) => s.set('applications', 'denied.3', 'nonprofit', 2),
      want: (s) => [
        [
          A(s, 'applications', 'denied.3', 'nonprofit'),
          'suspect',
          0,
          2,
          {
            severity: 'error',
            table: 'applications',
            row: 'denied.3',
            column: 'nonprofit',
            // The two failing totals through the cell: its row's total and its column's （七）.
            related: [
              A(s, 'applications', 'denied.3', 'total'),
              A(s, 'applications', 'outcome-total', 'nonprofit'),
            ],
            data: { count: 2, diff: 2 },
            fingerprint: 'applications/suspect-cell|年报|applications#0|denied.3|nonprofit',
          },
        ],
      ],
    },
    {
      name: 'the culprit left blank: told as blank (实际为空), not as 0, with no difference',
      edit: (s) => s.set('applications', 'granted', 'natural-person', null),
      want: (s) => [
        [
          A(s, 'applications', 'granted', 'natural-person'),
          'blank',
          3,
          null,
          {
            severity: 'error',
            table: 'applications',
            row: 'granted',
            column: 'natural-person',
            related: [
              A(s, 'applications', 'granted', 'total'),
              A(s, 'applications', 'outcome-total', 'natural-person'),
            ],
            data: { count: 2 },
            fingerprint: 'applications/suspect-cell|年报|applications#0|granted|natural-person',
          },
        ],
      ],
    },
    {
      name: 'the culprit holds a dash: told as the dash',
      edit: (s) => s.set('applications', 'granted', 'nonprofit', '—'),
      want: (s) => [
        [
          A(s, 'applications', 'granted', 'nonprofit'),
          'placeholder',
          2,
          '—',
          {
            severity: 'error',
            table: 'applications',
            row: 'granted',
            column: 'nonprofit',
            related: [
              A(s, 'applications', 'granted', 'total'),
              A(s, 'applications', 'outcome-total', 'nonprofit'),
            ],
            data: { count: 2 },
            fingerprint: 'applications/suspect-cell|年报|applications#0|granted|nonprofit',
          },
        ],
      ],
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
      want: (s) => [
        [
          A(s, 'reviews', 'litigation-direct', 'total'),
          'mismatch',
          2,
          3,
          {
            severity: 'error',
            table: 'reviews',
            row: 'litigation-direct',
            column: 'total',
            related: RESULTS.map((c) => A(s, 'reviews', 'litigation-direct', c)),
            data: { upheld: 0, corrected: 1, other: 1, pending: 0, diff: 1 },
            fingerprint: 'reviews/group-total|年报|reviews#0|litigation-direct|total',
          },
        ],
      ],
    },
    {
      name: 'review total blank',
      edit: (s) => s.set('reviews', 'review', 'total', '—'),
      want: (s) => [
        [
          A(s, 'reviews', 'review', 'total'),
          'missing',
          4,
          null,
          {
            severity: 'error',
            table: 'reviews',
            row: 'review',
            column: 'total',
            related: RESULTS.map((c) => A(s, 'reviews', 'review', c)),
            data: {},
            fingerprint: 'reviews/group-total|年报|reviews#0|review|total',
          },
        ],
      ],
    },
  ],
  'cell/invalid-number': [
    { name: 'clean report', want: () => [] },
    {
      name: 'a blank count cell: cell/blank’s finding, not a number this rule reads',
      edit: (s) => s.set('applications', 'denied.1', 'research', null),
      want: () => [],
    },
    {
      name: 'words, a negative and a decimal in count cells; decimals in amounts are fine',
      edit: (s) => {
        s.set('applications', 'denied.1', 'research', '见说明');
        s.set('reviews', 'review', 'other', -1);
        s.set('proactive', 'licensing', 'decisions', 2.5);
        s.set('proactive', 'fees', 'fees-amount', 0.35);
      },
      want: (s) => [
        [
          A(s, 'proactive', 'licensing', 'decisions'),
          'decimal',
          3,
          2.5,
          {
            severity: 'error',
            table: 'proactive',
            row: 'licensing',
            column: 'decisions',
            related: [],
            data: {},
            fingerprint: 'cell/invalid-number|年报|proactive#0|licensing|decisions',
          },
        ],
        [
          A(s, 'applications', 'denied.1', 'research'),
          'text',
          null,
          '见说明',
          {
            severity: 'error',
            table: 'applications',
            row: 'denied.1',
            column: 'research',
            related: [],
            data: {},
            fingerprint: 'cell/invalid-number|年报|applications#0|denied.1|research',
          },
        ],
        [
          A(s, 'reviews', 'review', 'other'),
          'negative',
          null,
          -1,
          {
            severity: 'error',
            table: 'reviews',
            row: 'review',
            column: 'other',
            related: [],
            data: {},
            fingerprint: 'cell/invalid-number|年报|reviews#0|review|other',
          },
        ],
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
        [
          A(s, 'applications', 'denied.2', 'research'),
          'blank',
          0,
          null,
          {
            severity: 'warning',
            table: 'applications',
            row: 'denied.2',
            column: 'research',
            related: [],
            data: {},
            fingerprint: 'cell/blank|年报|applications#0|denied.2|research',
          },
        ],
        [
          A(s, 'applications', 'denied.2', 'legal-services'),
          'placeholder',
          0,
          '—',
          {
            severity: 'warning',
            table: 'applications',
            row: 'denied.2',
            column: 'legal-services',
            related: [],
            data: {},
            fingerprint: 'cell/blank|年报|applications#0|denied.2|legal-services',
          },
        ],
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
        [
          A(s, 'applications', 'denied.2', 'natural-person'),
          'blanks',
          0,
          null,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['E29', 'F29'],
            data: {
              count: 3,
              cells:
                '（三）不予公开 2.其他法律行政法规禁止公开 × 自然人、（三）不予公开 2.其他法律行政法规禁止公开 × 商业企业、（三）不予公开 2.其他法律行政法规禁止公开 × 科研机构',
              cellsEn:
                'Barred by other laws × Natural persons; Barred by other laws × Commercial enterprises; Barred by other laws × Research institutions',
            },
            fingerprint: 'cell/blank|年报|applications#0|||blanks',
            parts: [
              ['D29', 'denied.2', 'natural-person', 0, null],
              ['E29', 'denied.2', 'commercial', 0, null],
              ['F29', 'denied.2', 'research', 0, null],
            ],
          },
        ],
        [
          A(s, 'applications', 'denied.3', 'research'),
          'placeholders',
          0,
          null,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['F31'],
            data: {
              count: 2,
              cells:
                '（三）不予公开 3.危及“三安全一稳定” × 科研机构、（三）不予公开 4.保护第三方合法权益 × 科研机构',
              cellsEn:
                'Endangers security or stability × Research institutions; Third-party rights × Research institutions',
            },
            fingerprint: 'cell/blank|年报|applications#0|||placeholders',
            parts: [
              ['F30', 'denied.3', 'research', 0, '/'],
              ['F31', 'denied.4', 'research', 0, '无'],
            ],
          },
        ],
        [
          A(s, 'reviews', 'review', 'other'),
          'blank',
          0,
          null,
          {
            severity: 'warning',
            table: 'reviews',
            row: 'review',
            column: 'other',
            related: [],
            data: {},
            fingerprint: 'cell/blank|年报|reviews#0|review|other',
          },
        ],
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
        [
          A(s, 'proactive', 'rules', 'issued'),
          'separators',
          1000,
          '1,000',
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'issued',
            related: [],
            data: {},
            fingerprint: 'cell/text-number|年报|proactive#0|rules|issued',
          },
        ],
        // Two cells of one table: one finding that counts them.
        [
          A(s, 'applications', 'new', 'natural-person'),
          'many',
          null,
          null,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: [A(s, 'applications', 'new', 'commercial')],
            data: {
              count: 2,
              cells: '一、本年新收政府信息公开申请数量 × 自然人、一、本年新收政府信息公开申请数量 × 商业企业',
              cellsEn: 'New applications × Natural persons; New applications × Commercial enterprises',
            },
            fingerprint: 'cell/text-number|年报|applications#0|||many',
            parts: [
              [A(s, 'applications', 'new', 'natural-person'), 'new', 'natural-person', 7, '7'],
              [A(s, 'applications', 'new', 'commercial'), 'new', 'commercial', 3, '３'],
            ],
          },
        ],
        [
          A(s, 'reviews', 'review', 'total'),
          'text',
          4,
          '4 ',
          {
            severity: 'warning',
            table: 'reviews',
            row: 'review',
            column: 'total',
            related: [],
            data: {},
            fingerprint: 'cell/text-number|年报|reviews#0|review|total',
          },
        ],
      ],
    },
    {
      name: 'spaces inside a number',
      edit: (s) => s.set('proactive', 'rules', 'issued', '1 000'),
      want: (s) => [
        [
          A(s, 'proactive', 'rules', 'issued'),
          'spaces',
          1000,
          '1 000',
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'issued',
            related: [],
            data: {},
            fingerprint: 'cell/text-number|年报|proactive#0|rules|issued',
          },
        ],
      ],
    },
    {
      name: 'one full-width digit alone keeps its own message',
      edit: (s) => s.set('applications', 'new', 'commercial', '３'),
      want: (s) => [
        [
          A(s, 'applications', 'new', 'commercial'),
          'full-width',
          3,
          '３',
          {
            severity: 'warning',
            table: 'applications',
            row: 'new',
            column: 'commercial',
            related: [],
            data: {},
            fingerprint: 'cell/text-number|年报|applications#0|new|commercial',
          },
        ],
      ],
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
      want: (s) => [
        [
          A(s, 'proactive', 'penalties', 'decisions'),
          'many',
          null,
          null,
          {
            severity: 'warning',
            table: 'proactive',
            row: null,
            column: null,
            related: ['B18'],
            data: {
              count: 2,
              cells: '行政处罚 × 本年处理决定数量、行政事业性收费 × 本年收费金额（单位：万元）',
              cellsEn:
                'Administrative penalties × Decisions this year; Administrative fees × Fees collected (10k yuan)',
            },
            fingerprint: 'cell/unit-text|年报|proactive#0|||many',
            parts: [
              ['B14', 'penalties', 'decisions', 5, '5件'],
              ['B18', 'fees', 'fees-amount', 0.3, '0.3万元'],
            ],
          },
        ],
      ],
    },
    {
      name: 'an amount with 万元 alone',
      edit: (s) => s.set('proactive', 'fees', 'fees-amount', '0.3万元'),
      want: (s) => [
        [
          A(s, 'proactive', 'fees', 'fees-amount'),
          'unit',
          0.3,
          '0.3万元',
          {
            severity: 'warning',
            table: 'proactive',
            row: 'fees',
            column: 'fees-amount',
            related: [],
            data: { unit: '万元' },
            fingerprint: 'cell/unit-text|年报|proactive#0|fees|fees-amount',
          },
        ],
      ],
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
          {
            severity: 'warning',
            table: 'proactive',
            row: 'normative-documents',
            column: null,
            related: [],
            data: {},
            fingerprint: 'proactive/outdated-label|年报|proactive#0|normative-documents|',
          },
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
          {
            severity: 'error',
            table: 'applications',
            row: 'not-processed.2',
            column: null,
            related: [],
            data: { section: '三', edition: '2021', labelEn: 'Repeated application' },
            fingerprint: 'structure/missing-row|年报|applications#0|not-processed.2|',
          },
        ],
      ],
    },
    {
      name: 'copied from a PDF: a row with a number too few, and table 四’s numbers one short',
      edit: (s) => {
        flattened(s);
        line(s, '行政规范性文件', '行政规范性文件 1 1');
        line(s, '1 2 0 1 4 0 1 1 0 2 2 0 0 1 3', '1 2 0 1 4 0 1 1 0 2 2 0 0 1');
      },
      want: (s) => [
        [
          textAt(s, '行政规范性文件'),
          'unaligned',
          3,
          2,
          {
            severity: 'error',
            table: 'proactive',
            row: 'normative-documents',
            column: null,
            // The label is in the same cell as the numbers: no other cell to name.
            related: [],
            data: {
              section: '二',
              label: '行政规范性文件',
              labelEn: 'Normative documents',
              columns: '本年制发件数、本年废止件数、现行有效件数',
              columnsEn: 'Issued this year, Repealed this year, In force',
            },
            fingerprint: 'structure/missing-row|年报|proactive#0|normative-documents|',
          },
        ],
        [
          textAt(s, '1 2 0 1 4 0 1 1 0 2 2 0 0 1'),
          'unalignedValues',
          15,
          14,
          {
            severity: 'error',
            table: 'reviews',
            row: null,
            column: null,
            related: [],
            data: {
              section: '四',
              columns:
                '行政复议、未经复议直接起诉、复议后起诉各 5 列：结果维持、结果纠正、其他结果、尚未审结、总计',
              columnsEn:
                'Administrative reconsideration, Litigation without reconsideration, Litigation after reconsideration, 5 columns each: Upheld, Corrected, Other result, Pending, Total',
            },
            fingerprint: 'structure/missing-row|年报|reviews#0||',
          },
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
      want: (s) => [
        [
          toA1(s.at('applications', 'new', 'total').row - 3, 3),
          'missing',
          '法律服务机构',
          null,
          {
            severity: 'error',
            table: 'applications',
            row: null,
            column: 'legal-services',
            related: [],
            data: { section: '三', edition: '2021' },
            fingerprint: 'structure/missing-column|年报|applications#0||legal-services',
          },
        ],
      ],
    },
    {
      name: 'table 四: 尚未审结 in neither group’s header (found near the review group’s place for it)',
      edit: (s) => {
        const values = s.at('reviews', 'review', 'pending').row;
        for (const r of [values - 2, values - 1])
          s.rows[r] = s.rows[r].map((v) => (v === '尚未审结' ? null : v));
      },
      want: (s) => [
        [
          toA1(s.at('reviews', 'review', 'pending').row - 1, s.at('reviews', 'review', 'pending').col),
          'missing',
          '尚未审结',
          null,
          {
            severity: 'error',
            table: 'reviews',
            row: null,
            column: 'pending',
            related: [],
            data: { section: '四', edition: '2021' },
            fingerprint: 'structure/missing-column|年报|reviews#0||pending',
          },
        ],
      ],
    },
    {
      name: 'table 二: 现行有效件数 left out of the first block’s header (found near the header’s start)',
      edit: (s) => {
        s.rows[s.at('proactive', 'rules', 'in-force').row - 1][3] = null;
      },
      want: (s) => [
        [
          toA1(s.at('proactive', 'rules', 'in-force').row - 1, 0),
          'missing',
          '现行有效件数',
          null,
          {
            severity: 'error',
            table: 'proactive',
            row: null,
            column: 'in-force',
            related: [],
            data: { section: '二', edition: '2021' },
            fingerprint: 'structure/missing-column|年报|proactive#0||in-force',
          },
        ],
      ],
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
        [
          toA1(s.at('proactive', 'rules', 'made').row - 2, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'error',
            table: 'proactive',
            row: null,
            column: null,
            related: [],
            data: { section: '二', year: 2023 },
            fingerprint: 'structure/edition|年报|proactive#0||',
          },
        ],
        [
          toA1(s.at('applications', 'new', 'total').row - 3, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'error',
            table: 'applications',
            row: null,
            column: null,
            related: [],
            data: { section: '三', year: 2023 },
            fingerprint: 'structure/edition|年报|applications#0||',
          },
        ],
        [
          toA1(s.at('reviews', 'review', 'upheld').row - 3, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'error',
            table: 'reviews',
            row: null,
            column: null,
            related: [],
            data: { section: '四', year: 2023 },
            fingerprint: 'structure/edition|年报|reviews#0||',
          },
        ],
      ],
    },
    {
      name: '2019 layout in a 2021 report: warning',
      sheet: () => reportSheet({ edition: '2019' }),
      options: { year: 2021 },
      want: (s) => [
        [
          toA1(s.at('proactive', 'rules', 'made').row - 2, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'warning',
            table: 'proactive',
            row: null,
            column: null,
            related: [],
            data: { section: '二', year: 2021 },
            fingerprint: 'structure/edition|年报|proactive#0||',
          },
        ],
        [
          toA1(s.at('applications', 'new', 'total').row - 3, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: [],
            data: { section: '三', year: 2021 },
            fingerprint: 'structure/edition|年报|applications#0||',
          },
        ],
        [
          toA1(s.at('reviews', 'review', 'upheld').row - 3, 0),
          'outdated',
          '2021',
          '2019',
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: [],
            data: { section: '四', year: 2021 },
            fingerprint: 'structure/edition|年报|reviews#0||',
          },
        ],
      ],
    },
  ],
  'structure/no-table': [
    { name: 'clean report', want: () => [] },
    {
      name: 'a sheet of prose',
      sheetWide: true,
      edit: (s) => s.rows.splice(0, s.rows.length, ['报告正文'], ['没有表格']),
      want: () => [
        [
          'A1',
          'none',
          null,
          null,
          {
            severity: 'error',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { sheets: '“年报”' },
            fingerprint: 'structure/no-table|年报||||A1',
          },
        ],
      ],
    },
  ],
};
