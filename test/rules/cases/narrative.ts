import type { ReportSheet } from '../../support/report-sheet';
import {
  reviewTotal,
  saidAt,
  say,
  text,
  textAt,
  total,
  value,
  type Case,
  type Want,
} from '../../support/rule-cases';

/** Any cell of the sheet's tables 二 and 四 (table 三 has `value`). */
const cellOf = (s: ReportSheet, t: 'proactive' | 'reviews', r: string, c: string) => {
  const { row, col } = s.at(t, r, c);
  return Number(s.rows[row][col]);
};
const sumOf = (s: ReportSheet, rows: string[], c = 'total') => rows.reduce((n, r) => n + value(s, r, c), 0);
const DENIED = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied.${i}`);
const UNAVAILABLE = ['unavailable.1', 'unavailable.2', 'unavailable.3'];
const NOT_PROCESSED = [1, 2, 3, 4, 5].map((i) => `not-processed.${i}`);
const OTHER = ['other.1', 'other.2', 'other.3'];
const ORGANISATIONS = ['commercial', 'research', 'nonprofit', 'legal-services', 'other-org'];
const orgs = (s: ReportSheet, r: string) => ORGANISATIONS.reduce((n, c) => n + value(s, r, c), 0);
const litigation = (s: ReportSheet) =>
  reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review');
/** The row of table 三 （四）1 set apart from its group, so that the row and the group differ. */
export const notHeld = (n: number) => (s: ReportSheet) => s.set('applications', 'unavailable.1', 'total', n);
/** Section 六's one line replaced. */
const sectionSix = (line: string) => (s: ReportSheet) => {
  const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
  s.rows[i] = [line];
};
const unpaid = (s: ReportSheet) => s.set('applications', 'other.2', 'total', 2);
/** n / base as a percentage with `digits` decimals, rounded or truncated (`Math.floor`). */
const share = (n: number, base: number, digits: number, cut: (x: number) => number) =>
  cut((n * 100 * 10 ** digits) / base) / 10 ** digits;
const pct = (s: ReportSheet, n: number, digits: number, cut: (x: number) => number) =>
  share(n, total(s, 'outcome-total'), digits, cut);
const FEE_LABEL = '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

export const narrativeCases: Record<string, Case[]> = {
  'narrative/itemized-sum': [
    { name: 'clean report', want: () => [] },
    {
      name: 'some kinds of outcome named: a partial list, not a slip',
      edit: text(() => '全年办结申请62件，其中予以公开25件，部分公开10件。'),
      want: () => [],
    },
    {
      name: 'kinds of outcome adding up to more than the total are still wrong',
      edit: text(() => '全年办结申请62件，其中予以公开40件，部分公开30件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          70,
          62,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '全年办结申请62件，其中予以公开40件，部分公开30件',
              unit: '件',
              parts: 2,
              diff: -8,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|6',
          },
        ],
      ],
    },
    {
      name: 'all six kinds of outcome named and short of the total',
      edit: text(
        () =>
          '全年办结申请62件，其中予以公开25件，部分公开10件，不予公开5件，无法提供8件，不予处理3件，其他处理1件。',
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          52,
          62,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote:
                '全年办结申请62件，其中予以公开25件，部分公开10件，不予公开5件，无法提供8件，不予处理3件，其他处理1件',
              unit: '件',
              parts: 6,
              diff: 10,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|6',
          },
        ],
      ],
    },
    {
      name: 'parts that add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态6条。'),
      want: () => [],
    },
    {
      name: 'parts that do not add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态5条。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          9,
          10,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '本年度主动公开信息10条，其中：通知公告4条，工作动态5条',
              unit: '条',
              parts: 2,
              diff: 1,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|9',
          },
        ],
      ],
    },
    {
      name: 'Chinese numerals and full-width digits',
      edit: text(() => '共收到申请三十三件，其中自然人申请３０件，法人申请二件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          32,
          33,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '共收到申请三十三件，其中自然人申请３０件，法人申请二件',
              unit: '件',
              parts: 2,
              diff: 1,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|5',
          },
        ],
      ],
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
    // Class 2: a list ends where another statement starts (；+ a new subject, 共…, 引发…).
    {
      name: 'a list ends at ；before a statement about reviews',
      edit: text(
        () =>
          '本年度收到申请10件，其中：予以公开5件，部分公开1件，不予公开1件，其他处理3件；因依申请公开引发行政复议1件、行政诉讼4件。',
      ),
      want: () => [],
    },
    {
      name: 'a list ends at 共…',
      edit: text(() => '共收到申请531件，其中自然人520件，法人或其他组织11件；共答复498件。'),
      want: () => [],
    },
    {
      name: 'a list of review results ends at 行政诉讼',
      edit: text(() => '发生行政复议40件，其中维持30件，纠正1件，尚未审结9件；行政诉讼21件。'),
      want: () => [],
    },
    {
      name: 'a list may end at a clause with a verb of its own (上年结转)',
      edit: text(() => '收到申请20件，其中网上申请12件，信函申请8件，上年结转2件。'),
      want: () => [],
    },
    {
      name: 'a list ending at ；that does not add up',
      edit: text(
        () =>
          '本年度收到申请8件，其中：予以公开5件，部分公开1件，不予公开1件，其他处理2件；因依申请公开引发行政复议1件、行政诉讼4件。',
      ),
      // (More than the total: short of it, a list of some outcomes may just leave some out.)
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          9,
          8,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '本年度收到申请8件，其中：予以公开5件，部分公开1件，不予公开1件，其他处理2件',
              unit: '件',
              parts: 4,
              diff: -1,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|7',
          },
        ],
      ],
    },
    {
      name: 'review results that do not add up, before 行政诉讼',
      edit: text(() => '发生行政复议40件，其中维持30件，纠正1件，尚未审结8件；行政诉讼21件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          39,
          40,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '发生行政复议40件，其中维持30件，纠正1件，尚未审结8件',
              unit: '件',
              parts: 3,
              diff: 1,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|6',
          },
        ],
      ],
    },
    {
      name: 'applicant kinds that do not add up, before 共答复',
      edit: text(() => '共收到申请531件，其中自然人520件，法人或其他组织10件；共答复498件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          530,
          531,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '共收到申请531件，其中自然人520件，法人或其他组织10件',
              unit: '件',
              parts: 2,
              diff: 1,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|5',
          },
        ],
      ],
    },
    // Class 3: a bracket breaks down one item; it is a sum of its own. Half-width brackets count.
    {
      name: 'a bracket inside a list breaks down one item',
      edit: text(
        () => '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态180条。',
      ),
      want: () => [],
    },
    {
      name: 'a half-width (其中…) that adds up',
      edit: text(() => '收到申请12件(其中自然人10件、法人2件)。'),
      want: () => [],
    },
    {
      name: 'a bracket after a count that adds up',
      edit: text(() => '收到申请12件（自然人10件、法人2件）。'),
      want: () => [],
    },
    {
      name: 'a bracket of comparisons is not a breakdown',
      edit: text(() => '收到申请12件（较上年增加3件、减少1件）。'),
      want: () => [],
    },
    {
      name: 'the breakdown in a bracket does not add up',
      edit: text(
        () => '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算70条），工作动态180条。',
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          115,
          120,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { quote: '财政信息120条（部门预算45条、部门决算70条）', unit: '条', parts: 2, diff: 5 },
            fingerprint: 'narrative/itemized-sum|年报||||A60|18',
          },
        ],
      ],
    },
    {
      name: 'a half-width (其中…) that does not add up',
      edit: text(() => '收到申请12件(其中自然人10件、法人1件)。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          11,
          12,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { quote: '收到申请12件(其中自然人10件、法人1件)', unit: '件', parts: 2, diff: 1 },
            fingerprint: 'narrative/itemized-sum|年报||||A60|4',
          },
        ],
      ],
    },
    {
      name: 'the outer list does not add up; its bracket does',
      edit: text(
        () => '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态170条。',
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          290,
          300,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              quote: '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态170条',
              unit: '条',
              parts: 2,
              diff: 10,
            },
            fingerprint: 'narrative/itemized-sum|年报||||A60|6',
          },
        ],
      ],
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
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          total(s, 'new'),
          total(s, 'new') + total(s, 'carried-in') + 7,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J24', 'J25'],
            data: {
              quote: '本年度收到政府信息公开申请104件',
              readings: '本年新收为 90，本年新收 + 上年结转为 97',
              readingsEn: 'new this year = 90, new + carried in = 97',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||13',
          },
        ],
      ],
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
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          total(s, 'carried-forward'),
          total(s, 'carried-forward') + 1,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J48'],
            data: {
              quote: '结转下年度继续办理7件',
              readings: '结转下年度为 6',
              readingsEn: 'carried forward = 6',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||9',
          },
        ],
      ],
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
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: ['J54', 'O54'],
            data: {
              quote: '行政诉讼6件',
              readings: '行政诉讼（直接起诉 + 复议后起诉）总计为 5，未经复议直接起诉总计为 2',
              readingsEn:
                'litigation (direct + after review), total = 5, litigation without reconsideration, total = 2',
            },
            fingerprint: 'narrative/table-mismatch|年报|reviews#0|||19',
          },
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
    // Class 1: the words right around the number say what it counts, not a verb elsewhere.
    {
      name: '另有N件延至下一年度答复 is carried forward',
      edit: text((s) => `另有${total(s, 'carried-forward')}件延至下一年度答复。`),
      want: () => [],
    },
    {
      name: '转入下年度办理答复的N件 is carried forward',
      edit: text(
        (s) =>
          `本年度共答复申请${total(s, 'outcome-total')}件，转入下年度办理答复的${total(s, 'carried-forward')}件。`,
      ),
      want: () => [],
    },
    {
      name: '同意公开答复N件 is granted',
      edit: text((s) => `同意公开答复${total(s, 'granted')}件。`),
      want: () => [],
    },
    {
      name: 'two counts in one clause, each with its own words',
      edit: text((s) => `发生行政复议${reviewTotal(s, 'review')}件、行政诉讼${litigation(s)}件。`),
      want: () => [],
    },
    {
      name: '另有N件延至下一年度答复, wrong',
      edit: text((s) => `另有${total(s, 'carried-forward') + 1}件延至下一年度答复。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          total(s, 'carried-forward'),
          total(s, 'carried-forward') + 1,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J48'],
            data: {
              quote: '另有7件延至下一年度答复',
              readings: '结转下年度为 6',
              readingsEn: 'carried forward = 6',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||2',
          },
        ],
      ],
    },
    {
      name: '同意公开答复N件, wrong',
      edit: text((s) => `同意公开答复${total(s, 'granted') + 50}件。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          total(s, 'granted'),
          total(s, 'granted') + 50,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J26', 'J27'],
            data: {
              quote: '同意公开答复57件',
              readings: '予以公开为 7，予以公开 + 部分公开为 7',
              readingsEn: 'granted = 7, granted + partly granted = 7',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||6',
          },
        ],
      ],
    },
    {
      name: 'the second count of a clause, wrong',
      edit: text((s) => `发生行政复议${reviewTotal(s, 'review')}件、行政诉讼${litigation(s) + 10}件。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          litigation(s),
          litigation(s) + 10,
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: ['J54', 'O54'],
            data: {
              quote: '发生行政复议4件、行政诉讼15件',
              readings: '行政诉讼（直接起诉 + 复议后起诉）总计为 5，未经复议直接起诉总计为 2',
              readingsEn:
                'litigation (direct + after review), total = 5, litigation without reconsideration, total = 2',
            },
            fingerprint: 'narrative/table-mismatch|年报|reviews#0|||13',
          },
        ],
      ],
    },
    // Class 5: a row, a group of rows or a column: any quantity the words can mean.
    {
      name: '因不掌握…无法提供N件 may be （四）1 alone',
      edit: (s) => {
        notHeld(5)(s);
        text(() => '因不掌握相关信息等原因无法提供5件。')(s);
      },
      want: () => [],
    },
    {
      name: '无法提供N件 is the group （四）',
      edit: (s) => {
        notHeld(5)(s);
        text((t) => `无法提供${sumOf(t, UNAVAILABLE)}件。`)(s);
      },
      want: () => [],
    },
    {
      name: '不予公开, 不予处理, 其他处理 and 部分公开 as groups',
      edit: text(
        (s) =>
          `其中不予公开${sumOf(s, DENIED)}件，不予处理${sumOf(s, NOT_PROCESSED)}件，其他处理${sumOf(s, OTHER)}件，部分公开${total(s, 'partly-granted')}件。`,
      ),
      want: () => [],
    },
    {
      name: 'a sentence about 自然人 means that column',
      edit: text(
        (s) =>
          `自然人申请中，予以公开及部分公开${value(s, 'granted', 'natural-person') + value(s, 'partly-granted', 'natural-person')}件。`,
      ),
      want: () => [],
    },
    {
      name: 'applicant kinds in a list of applications received',
      edit: text(
        (s) =>
          `本年度收到申请${total(s, 'new')}件，其中自然人申请${value(s, 'new', 'natural-person')}件，法人或其他组织申请${orgs(s, 'new')}件。`,
      ),
      want: () => [],
    },
    {
      name: '无法提供N件 matching neither the row nor the group',
      edit: (s) => {
        notHeld(5)(s);
        text(() => '因不掌握相关信息等原因无法提供140件。')(s);
      },
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          5,
          140,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J36', 'J37', 'J38'],
            data: {
              quote: '因不掌握相关信息等原因无法提供140件',
              readings: '（四）无法提供 1.本机关不掌握相关政府信息为 5，无法提供（合计）为 18',
              readingsEn: 'unavailable: not held by this body = 5, unavailable (all rows) = 18',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||15',
          },
        ],
      ],
    },
    {
      name: '不予公开N件, wrong',
      edit: text((s) => `不予公开${sumOf(s, DENIED) + 1}件。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          sumOf(s, DENIED),
          sumOf(s, DENIED) + 1,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J28', 'J29', 'J30', 'J31', 'J32', 'J33', 'J34', 'J35'],
            data: {
              quote: '不予公开40件',
              readings: '不予公开（合计）为 39',
              readingsEn: 'denied (all rows) = 39',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||4',
          },
        ],
      ],
    },
    {
      name: '自然人申请N件, wrong',
      edit: text((s) => `自然人申请${value(s, 'new', 'natural-person') + 100}件。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          value(s, 'new', 'natural-person'),
          value(s, 'new', 'natural-person') + 100,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['D24', 'D25'],
            data: {
              quote: '自然人申请126件',
              readings: '本年新收（自然人）为 26，本年新收 + 上年结转（自然人）为 29',
              readingsEn: 'new this year (natural persons) = 26, new + carried in (natural persons) = 29',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||5',
          },
        ],
      ],
    },
    {
      name: '法人或其他组织 in a list, wrong',
      edit: text(
        (s) =>
          `本年度收到申请${total(s, 'new')}件，其中自然人申请${value(s, 'new', 'natural-person')}件，法人或其他组织申请${orgs(s, 'new') + 1}件。`,
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          orgs(s, 'new'),
          orgs(s, 'new') + 1,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['E24', 'F24', 'G24', 'H24', 'I24', 'E25', 'F25', 'G25', 'H25', 'I25'],
            data: {
              quote: '法人或其他组织申请65件',
              readings: '本年新收（法人或其他组织）为 64，本年新收 + 上年结转（法人或其他组织）为 68',
              readingsEn:
                'new this year (legal persons and other organisations) = 64, new + carried in (legal persons and other organisations) = 68',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||31',
          },
        ],
      ],
    },
    // Class 6: tables 二 and 四.
    {
      name: 'documents in force and issued as in table 二',
      edit: text(
        (s) =>
          `现行有效行政规范性文件${cellOf(s, 'proactive', 'normative-documents', 'in-force')}件，本年制发规章${cellOf(s, 'proactive', 'rules', 'issued')}件。`,
      ),
      want: () => [],
    },
    {
      name: 'review results as in table 四',
      edit: text(
        (s) =>
          `发生行政复议案件${reviewTotal(s, 'review')}件，其中维持${cellOf(s, 'reviews', 'review', 'upheld')}件，纠正${cellOf(s, 'reviews', 'review', 'corrected')}件。`,
      ),
      want: () => [],
    },
    {
      name: '行政诉讼 may be the direct lawsuits alone',
      edit: text((s) => `行政诉讼${reviewTotal(s, 'litigation-direct')}件。`),
      want: () => [],
    },
    {
      name: 'a count of 备案 is not the review total',
      edit: text(() => '办理行政复议备案99件。'),
      want: () => [],
    },
    {
      name: '现行有效规范性文件N件, wrong',
      edit: text(() => '现行有效规范性文件210件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          cellOf(s, 'proactive', 'normative-documents', 'in-force'),
          210,
          {
            severity: 'warning',
            table: 'proactive',
            row: null,
            column: null,
            related: ['D8'],
            data: {
              quote: '现行有效规范性文件210件',
              readings: '行政规范性文件现行有效件数为 6',
              readingsEn: 'Normative documents, in force = 6',
            },
            fingerprint: 'narrative/table-mismatch|年报|proactive#0|||9',
          },
        ],
      ],
    },
    {
      name: '维持 and 纠正 against their columns, both wrong',
      edit: text(
        (s) =>
          `发生行政复议案件${reviewTotal(s, 'review')}件，其中维持${cellOf(s, 'reviews', 'review', 'upheld') + 2}件，纠正${cellOf(s, 'reviews', 'review', 'corrected') - 1}件。`,
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          cellOf(s, 'reviews', 'review', 'upheld'),
          cellOf(s, 'reviews', 'review', 'upheld') + 2,
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: ['A54'],
            data: {
              quote: '其中维持3件',
              readings: '行政复议结果维持为 1',
              readingsEn: 'reviews, upheld = 1',
            },
            fingerprint: 'narrative/table-mismatch|年报|reviews#0|||15',
          },
        ],
        [
          saidAt(s),
          'mismatch',
          cellOf(s, 'reviews', 'review', 'corrected'),
          cellOf(s, 'reviews', 'review', 'corrected') - 1,
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: ['B54'],
            data: {
              quote: '纠正1件',
              readings: '行政复议结果纠正为 2',
              readingsEn: 'reviews, corrected = 2',
            },
            fingerprint: 'narrative/table-mismatch|年报|reviews#0|||20',
          },
        ],
      ],
    },
    {
      name: '行政复议案件N件, wrong',
      edit: text(() => '本年度行政复议案件40件。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          reviewTotal(s, 'review'),
          40,
          {
            severity: 'warning',
            table: 'reviews',
            row: null,
            column: null,
            related: ['E54'],
            data: {
              quote: '本年度行政复议案件40件',
              readings: '行政复议总计为 4',
              readingsEn: 'reviews, total = 4',
            },
            fingerprint: 'narrative/table-mismatch|年报|reviews#0|||9',
          },
        ],
      ],
    },
    // Class 7: a statement about part of the body may count a different scope.
    {
      name: 'a sub-unit whose count matches',
      edit: text((s) => `局办公室受理政府信息公开申请${total(s, 'new')}件。`),
      want: () => [],
    },
    {
      name: '全市 whose count matches new + carried in',
      edit: text((s) => `全市共收到申请${total(s, 'new') + total(s, 'carried-in')}件。`),
      want: () => [],
    },
    {
      name: '局办公室 counting fewer: scope',
      edit: text(() => '局办公室受理政府信息公开申请9件。'),
      want: (s) => [
        [
          saidAt(s),
          'scope',
          total(s, 'new'),
          9,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J24', 'J25'],
            data: {
              quote: '局办公室受理政府信息公开申请9件',
              readings: '本年新收为 90，本年新收 + 上年结转为 97',
              readingsEn: 'new this year = 90, new + carried in = 97',
              scope: '局办公室',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||14',
          },
        ],
      ],
    },
    {
      name: '机关本级 counting fewer: scope',
      edit: text(() => '机关本级收到申请3件。'),
      want: (s) => [
        [
          saidAt(s),
          'scope',
          total(s, 'new'),
          3,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J24', 'J25'],
            data: {
              quote: '机关本级收到申请3件',
              readings: '本年新收为 90，本年新收 + 上年结转为 97',
              readingsEn: 'new this year = 90, new + carried in = 97',
              scope: '机关本级',
            },
            fingerprint: 'narrative/table-mismatch|年报|applications#0|||8',
          },
        ],
      ],
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
      want: (s) => [
        [
          saidAt(s),
          'denied',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: { quote: '发出收费通知的件数和总金额以及实际收取的总金额均为0' },
            fingerprint: 'fees/notices|年报|applications#0|other.2|total|0',
          },
        ],
      ],
    },
    {
      name: 'unpaid fee notices and section 六 silent about fees',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
        s.rows[i] = ['无其他需要报告的事项。'];
      },
      want: (s) => [
        [
          textAt(s, '六、其他需要报告的事项'),
          'silent',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: {},
            fingerprint: 'fees/notices|年报|applications#0|other.2|total',
          },
        ],
      ],
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
    // Class 8: fees collected reported without the notices, wherever the sentence sits.
    {
      name: 'section 六 reports fees collected but not the notices',
      edit: (s) => {
        unpaid(s);
        sectionSix('本年度实际收取信息处理费0元。')(s);
      },
      want: (s) => [
        [
          textAt(s, '本年度实际收取信息处理费'),
          'collected',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: { quote: '本年度实际收取信息处理费0元' },
            fingerprint: 'fees/notices|年报|applications#0|other.2|total|0',
          },
        ],
      ],
    },
    {
      name: 'section 一 reports fees collected, section 六 has nothing: the same omission',
      edit: (s) => {
        unpaid(s);
        s.rows.splice(3, 0, ['本年度未收取信息处理费。']);
        sectionSix('无其他需要报告的事项。')(s);
      },
      want: (s) => [
        [
          textAt(s, '本年度未收取信息处理费'),
          'collected',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J46'],
            data: { quote: '本年度未收取信息处理费' },
            fingerprint: 'fees/notices|年报|applications#0|other.2|total|0',
          },
        ],
      ],
    },
    {
      name: 'the clean report with unpaid notices: 未收取信息处理费 is not the notices',
      edit: unpaid,
      want: (s) => [
        [
          textAt(s, '本年度未收取信息处理费'),
          'collected',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: { quote: '本年度未收取信息处理费' },
            fingerprint: 'fees/notices|年报|applications#0|other.2|total|0',
          },
        ],
      ],
    },
    // A count of 0 notices, with a word between notices and count, or no verb before them: a denial.
    ...[
      '本年度共发出收费通知0件，收取信息处理费0元。',
      '本年度发出收费通知共0件。',
      '本年度无收费通知。',
    ].map((sentence) => ({
      name: `${sentence} denies them`,
      edit: (s: ReportSheet) => {
        unpaid(s);
        sectionSix(sentence)(s);
      },
      want: (s: ReportSheet): Want[] => [
        [
          textAt(s, sentence.slice(0, -1)),
          'denied',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: { quote: sentence.slice(0, -1) },
            fingerprint: 'fees/notices|年报|applications#0|other.2|total|0',
          },
        ],
      ],
    })),
    {
      name: 'notices in one paragraph, fees collected in section 六',
      edit: (s) => {
        unpaid(s);
        s.rows.splice(3, 0, ['本年度向申请人发出收费通知2件，申请人逾期均未缴纳。']);
        sectionSix('本年度实际收取信息处理费0元。')(s);
      },
      want: () => [],
    },
    // Class 4: a quoted table label says nothing about fee notices.
    {
      name: 'the label of （六）2 in the text is not a denial',
      edit: (s) => {
        unpaid(s);
        say(s, FEE_LABEL);
        sectionSix('本年度发出收费通知2件，金额共计200元，申请人均未缴纳。')(s);
      },
      want: () => [],
    },
    {
      name: 'a label fragment with an ellipsis is not a denial either',
      edit: (s) => {
        unpaid(s);
        say(s, '2、申请人逾期未按收费通知要求缴纳费用…');
        sectionSix('本年度向申请人发出收费通知2件，实际收取信息处理费0元。')(s);
      },
      want: () => [],
    },
    {
      name: 'a label quoted in a sentence is not a mention of notices',
      edit: (s) => {
        unpaid(s);
        sectionSix('表三中“申请人逾期未按收费通知要求缴纳费用”一项为2件。')(s);
      },
      want: (s) => [
        [
          textAt(s, '六、其他需要报告的事项'),
          'silent',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: {},
            fingerprint: 'fees/notices|年报|applications#0|other.2|total',
          },
        ],
      ],
    },
    {
      name: 'fees collected and no unpaid notices',
      edit: sectionSix('本年度实际收取信息处理费0元。'),
      want: () => [],
    },
    {
      name: 'notices and fees both reported',
      edit: (s) => {
        unpaid(s);
        sectionSix('本年度发出收费通知2件，收费金额300元，实际收取信息处理费0元。')(s);
      },
      want: () => [],
    },
    {
      name: 'a label row alone, section 六 silent',
      edit: (s) => {
        unpaid(s);
        say(s, `${FEE_LABEL} 0 0 0 0 0 0 2`);
        sectionSix('无其他需要报告的事项。')(s);
      },
      want: (s) => [
        [
          textAt(s, '六、其他需要报告的事项'),
          'silent',
          null,
          2,
          {
            severity: 'warning',
            table: 'applications',
            row: 'other.2',
            column: 'total',
            related: ['J45'],
            data: {},
            fingerprint: 'fees/notices|年报|applications#0|other.2|total',
          },
        ],
      ],
    },
  ],
  'narrative/percentage': [
    { name: 'clean report', want: () => [] },
    {
      name: 'a share of outcome-total, rounded',
      edit: text((s) => `不予公开${sumOf(s, DENIED)}件，占${pct(s, sumOf(s, DENIED), 2, Math.round)}%。`),
      want: () => [],
    },
    {
      name: 'a share of outcome-total, truncated',
      edit: text((s) => `不予公开${sumOf(s, DENIED)}件，占${pct(s, sumOf(s, DENIED), 2, Math.floor)}%。`),
      want: () => [],
    },
    {
      name: '公开率 = (granted + partly granted) / outcome-total',
      edit: text(
        (s) => `公开率为${pct(s, total(s, 'granted') + total(s, 'partly-granted'), 1, Math.round)}%。`,
      ),
      want: () => [],
    },
    {
      name: 'a kind of applicant’s share of applications received',
      edit: text(
        (s) =>
          `自然人申请${value(s, 'new', 'natural-person')}件，占${share(value(s, 'new', 'natural-person'), total(s, 'new'), 2, Math.round)}%。`,
      ),
      want: () => [],
    },
    {
      name: 'a base the sentence names: 占收到申请的',
      edit: text(
        (s) => `予以公开的占收到申请的${share(total(s, 'granted'), total(s, 'new'), 1, Math.round)}%。`,
      ),
      want: () => [],
    },
    {
      // The count is wrong (table-mismatch's finding); the share is right for the count the text gives.
      name: 'a wrong count whose share of the tables’ base is right: left to table-mismatch',
      edit: text(
        (s) => `不予公开${sumOf(s, DENIED) + 8}件，占${pct(s, sumOf(s, DENIED) + 8, 2, Math.round)}%。`,
      ),
      want: () => [],
    },
    {
      name: 'a share of a base the tables give as 0: nothing to compare',
      edit: (s) => {
        s.set('reviews', 'review', 'total', 0);
        text(() => '行政复议结果维持的占60%。')(s);
      },
      want: () => [],
    },
    {
      name: 'percentages that are not shares of a named quantity',
      edit: text(() => '收到申请同比增长20%，按时答复率100%，群众满意度98.5%，占比约50%。'),
      want: () => [],
    },
    {
      name: 'a share that fits neither rounding nor truncation',
      edit: text((s) => `不予公开${sumOf(s, DENIED)}件，占${pct(s, sumOf(s, DENIED), 0, Math.round) + 1}%。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          pct(s, sumOf(s, DENIED), 0, Math.round),
          pct(s, sumOf(s, DENIED), 0, Math.round) + 1,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J28', 'J29', 'J30', 'J31', 'J32', 'J33', 'J34', 'J35', 'J47'],
            data: {
              quote: '不予公开39件，占44%',
              percent: '44',
              tried: '不予公开（合计） 39 ÷ 办理结果总计 91 = 43%',
              triedEn: 'denied (all rows) 39 / outcomes total 91 = 43%',
            },
            fingerprint: 'narrative/percentage|年报|applications#0|||9',
          },
        ],
      ],
    },
    {
      name: '公开率 that is not the tables’',
      edit: text(() => '公开率为96.5%。'),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          pct(s, total(s, 'granted') + total(s, 'partly-granted'), 1, Math.round),
          96.5,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['J26', 'J27', 'J47'],
            data: {
              quote: '公开率为96.5%',
              percent: '96.5',
              tried: '予以公开 + 部分公开 7 ÷ 办理结果总计 91 = 7.7%',
              triedEn: 'granted + partly granted 7 / outcomes total 91 = 7.7%',
            },
            fingerprint: 'narrative/percentage|年报|applications#0|||4',
          },
        ],
      ],
    },
    {
      name: 'a kind of applicant’s share, wrong',
      edit: text((s) => `自然人申请${value(s, 'new', 'natural-person')}件，占50%。`),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          share(value(s, 'new', 'natural-person'), total(s, 'new'), 0, Math.round),
          50,
          {
            severity: 'warning',
            table: 'applications',
            row: null,
            column: null,
            related: ['D24', 'J24', 'J25', 'D25'],
            data: {
              quote: '自然人申请26件，占50%',
              percent: '50',
              tried:
                '本年新收（自然人） 26 ÷ 本年新收 90 = 29%；本年新收（自然人） 26 ÷ 本年新收 + 上年结转 97 = 27%；本年新收 + 上年结转（自然人） 29 ÷ 本年新收 90 = 32%；本年新收 + 上年结转（自然人） 29 ÷ 本年新收 + 上年结转 97 = 30%',
              triedEn:
                'new this year (natural persons) 26 / new this year 90 = 29%; new this year (natural persons) 26 / new + carried in 97 = 27%; new + carried in (natural persons) 29 / new this year 90 = 32%; new + carried in (natural persons) 29 / new + carried in 97 = 30%',
            },
            fingerprint: 'narrative/percentage|年报|applications#0|||10',
          },
        ],
      ],
    },
  ],
};
