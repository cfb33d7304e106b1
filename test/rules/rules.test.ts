import { checkGrid, type CheckOptions } from '../../src/check';
import { APPLICATIONS } from '../../src/format';
import { toA1 } from '../../src/grid';
import { RULES } from '../../src/rules';
import { reportSheet, type ReportSheet } from '../support/report-sheet';

/**
 * Table-driven valid/invalid cases for every rule, in the ESLint RuleTester manner: each case edits
 * a clean report sheet and lists exactly the findings of the rule under test.
 */
interface Case {
  name: string;
  edit?: (s: ReportSheet) => void;
  sheet?: () => ReportSheet;
  options?: CheckOptions;
  /** Expected findings of the rule: [address via at(), messageId, expected, actual, severity?]. */
  want: (s: ReportSheet) => Want[];
}

type Want = [string, string, unknown, unknown, string?];
const APPLICANTS = ['natural-person', 'commercial', 'research', 'nonprofit', 'legal-services', 'other-org'];
const TOTAL_ROWS = ['new', 'carried-in', 'granted', 'denied.1', 'outcome-total', 'carried-forward'];
const value = (s: ReportSheet, r: string, c: string) => {
  const { row, col } = s.at('applications', r, c);
  return Number(s.rows[row][col] ?? 0);
};
const rowSum = (s: ReportSheet, r: string) => APPLICANTS.reduce((sum, c) => sum + value(s, r, c), 0);
const sumOutcomes = (s: ReportSheet, c: string) =>
  APPLICATIONS['2021'].rows.filter((r) => r.outcome).reduce((sum, r) => sum + value(s, r.id, c), 0);

const A = (s: ReportSheet, t: Parameters<ReportSheet['at']>[0], r: string, c: string) => {
  const { row, col } = s.at(t, r, c);
  return toA1(row, col);
};

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
        s.set('applications', 'denied.2', 'nonprofit', '—');
      },
      want: (s) => [
        [A(s, 'applications', 'denied.2', 'research'), 'blank', 0, null],
        [A(s, 'applications', 'denied.2', 'nonprofit'), 'placeholder', 0, '—'],
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
        [A(s, 'applications', 'new', 'natural-person'), 'text', 7, '7'],
        [A(s, 'applications', 'new', 'commercial'), 'full-width', 3, '３'],
        [A(s, 'reviews', 'review', 'total'), 'text', 4, '4 '],
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
        [A(s, 'proactive', 'penalties', 'decisions'), 'unit', 5, '5件'],
        [A(s, 'proactive', 'fees', 'fees-amount'), 'unit', 0.3, '0.3万元'],
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

/** Appends a paragraph below the report and returns its A1 address. */
const say = (s: ReportSheet, text: string) => {
  s.rows.push([text]);
  return toA1(s.rows.length - 1, 0);
};
/** The A1 address of the paragraph starting with `start` (the sheet's own text). */
const textAt = (s: ReportSheet, start: string) =>
  toA1(
    s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(start)),
    0,
  );
const total = (s: ReportSheet, r: string) => value(s, r, 'total');
const reviewTotal = (s: ReportSheet, g: string) => {
  const { row, col } = s.at('reviews', g, 'total');
  return Number(s.rows[row][col]);
};
const said = new Map<ReportSheet, string>();
/** Edit that appends a paragraph and remembers its address for `want`. */
const text = (make: (s: ReportSheet) => string) => (s: ReportSheet) => void said.set(s, say(s, make(s)));
const saidAt = (s: ReportSheet) => said.get(s) ?? 'nothing said';

const narrativeCases: Record<string, Case[]> = {
  'narrative/itemized-sum': [
    { name: 'clean report', want: () => [] },
    {
      name: 'parts that add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态6条。'),
      want: () => [],
    },
    {
      name: 'parts that do not add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态5条。'),
      want: (s) => [[saidAt(s), 'mismatch', 9, 10]],
    },
    {
      name: 'Chinese numerals and full-width digits',
      edit: text(() => '共收到申请三十三件，其中自然人申请３０件，法人申请二件。'),
      want: (s) => [[saidAt(s), 'mismatch', 32, 33]],
    },
    {
      name: 'a bracketed list ends at its bracket',
      edit: text(() => '收到申请5件（其中自然人3件、企业2件），办结4件。'),
      want: () => [],
    },
    {
      name: 'a new topic ends the list',
      edit: text(() => '收到申请5件，其中自然人3件、企业2件；办结5件，结转下年度0件。'),
      want: () => [],
    },
    {
      name: 'counts in other units are not parts',
      edit: text(() => '发布信息12条，其中：文件8条，解读4条，浏览量3000次。'),
      want: () => [],
    },
    {
      name: 'ordinals are not counts',
      edit: text(() => '依照条例第十条，共办理2件，其中第一件已办结，另1件转办。'),
      want: () => [],
    },
  ],
  'narrative/table-mismatch': [
    { name: 'clean report', want: () => [] },
    {
      name: 'received = new',
      edit: text((s) => `本年度收到政府信息公开申请${total(s, 'new')}件。`),
      want: () => [],
    },
    {
      name: 'received = new + carried in',
      edit: text((s) => `本年度共受理申请${total(s, 'new') + total(s, 'carried-in')}件。`),
      want: () => [],
    },
    {
      name: 'received matches no reading',
      edit: text((s) => `本年度收到政府信息公开申请${total(s, 'new') + total(s, 'carried-in') + 7}件。`),
      want: (s) => [[saidAt(s), 'mismatch', total(s, 'new'), total(s, 'new') + total(s, 'carried-in') + 7]],
    },
    {
      name: 'completed and carried forward as in the table',
      edit: text(
        (s) => `全年办结${total(s, 'outcome-total')}件，结转下年度继续办理${total(s, 'carried-forward')}件。`,
      ),
      want: () => [],
    },
    {
      name: 'carried forward wrong',
      edit: text((s) => `结转下年度继续办理${total(s, 'carried-forward') + 1}件。`),
      want: (s) => [[saidAt(s), 'mismatch', total(s, 'carried-forward'), total(s, 'carried-forward') + 1]],
    },
    {
      name: 'granted may include partly granted',
      edit: text((s) => `予以公开${total(s, 'granted') + total(s, 'partly-granted')}件。`),
      want: () => [],
    },
    {
      name: 'reviews and lawsuits against table 四',
      edit: text(
        (s) =>
          `发生政府信息公开行政复议${reviewTotal(s, 'review')}件；行政诉讼${
            reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review') + 1
          }件。`,
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review'),
          reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review') + 1,
        ],
      ],
    },
    {
      name: 'a sentence about another year is not this table',
      options: { year: 2021 },
      edit: text(() => '2020年收到政府信息公开申请99件。'),
      want: () => [],
    },
    {
      name: 'comparisons are not quantities',
      edit: text(() => '收到的申请比上年增加99件。'),
      want: () => [],
    },
    {
      name: 'proactive disclosure counts are not applications',
      edit: text(() => '主动公开政府信息并答复公众留言99条。'),
      want: () => [],
    },
  ],
  'fees/notices': [
    { name: 'clean report (no unpaid fee notices)', want: () => [] },
    {
      name: 'unpaid fee notices while section 六 says none were sent',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        text(() => '发出收费通知的件数和总金额以及实际收取的总金额均为0。')(s);
      },
      want: (s) => [[saidAt(s), 'denied', null, 2]],
    },
    {
      name: 'unpaid fee notices and section 六 silent about fees',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
        s.rows[i] = ['无其他需要报告的事项。'];
      },
      want: (s) => [[textAt(s, '六、其他需要报告的事项'), 'silent', null, 2]],
    },
    {
      name: 'unpaid fee notices and section 六 reporting them',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
        s.rows[i] = ['本年度发出收费通知2件，申请人均未缴费，未收取信息处理费。'];
      },
      want: () => [],
    },
  ],
};
Object.assign(cases, narrativeCases);
/** Last year's sheet whose carried-forward and in-force continue this year's clean sheet exactly. */
const lastYear = (edit?: (s: ReportSheet) => void) => {
  const now = reportSheet();
  const before = reportSheet();
  for (const c of [...APPLICANTS, 'total'])
    before.set('applications', 'carried-forward', c, value(now, 'carried-in', c));
  for (const r of ['rules', 'normative-documents']) {
    const v = (id: string) =>
      Number(now.rows[now.at('proactive', r, id).row][now.at('proactive', r, id).col]);
    before.set('proactive', r, 'in-force', v('in-force') - v('issued') + v('repealed'));
  }
  edit?.(before);
  return { grids: [before.grid()], source: '2020年报.xlsx' };
};

const crossYearCases: Record<string, Case[]> = {
  'cross-year/carry-over': [
    { name: 'no previous report', want: () => [] },
    { name: 'carried in = last year’s carried forward', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'one column differs',
      options: { previous: lastYear((b) => b.set('applications', 'carried-forward', 'natural-person', 9)) },
      want: (s) => [
        [
          A(s, 'applications', 'carried-in', 'natural-person'),
          'mismatch',
          9,
          value(s, 'carried-in', 'natural-person'),
        ],
      ],
    },
  ],
  'cross-year/proactive-chain': [
    { name: 'no previous report', want: () => [] },
    { name: 'in force carried on', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'last year’s in force does not lead to this year’s',
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: (s) => {
        const v = (id: string) =>
          Number(s.rows[s.at('proactive', 'rules', id).row][s.at('proactive', 'rules', id).col]);
        return [
          [
            A(s, 'proactive', 'rules', 'in-force'),
            'mismatch',
            10 + v('issued') - v('repealed'),
            v('in-force'),
          ],
        ];
      },
    },
    {
      name: 'a 2019-edition previous report has no in-force column to chain',
      options: { previous: { grids: [reportSheet({ edition: '2019' }).grid()] } },
      want: () => [],
    },
  ],
};
Object.assign(cases, crossYearCases);

describe.each(Object.keys(cases))('%s', (ruleId) => {
  it.each(cases[ruleId].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sheet = c.sheet ? c.sheet() : reportSheet();
    c.edit?.(sheet);
    const report = checkGrid(sheet.grid(), { ...c.options, only: [ruleId] });
    const got = report.findings.map((f) => {
      const row: unknown[] = [f.address, f.messageId, f.expected, f.actual];
      return row;
    });
    const want = c
      .want(sheet)
      .map(([address, messageId, expected, actual]) => [address, messageId, expected, actual]);
    expect(got).toEqual(want);
    const severities = c.want(sheet).map((w) => w[4]);
    report.findings.forEach((f, i) => {
      if (severities[i]) expect(f.severity).toBe(severities[i]);
    });
  });
});

it('has cases for every rule in the registry', () => {
  expect(Object.keys(cases).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
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
