import { checkGrid } from '../../src/check';
import { toJsonFinding } from '../../src/report/present-json';
import type { Locale } from '../../src/report/types';
import { reportSheet, type ReportSheet } from '../support/report-sheet';
import { A, APPLICANTS } from '../support/rule-cases';

/**
 * What users read of a totals finding: its difference signed as actual − expected (差 -3 where the
 * total is 3 short, 差 +2 where it is 2 over) and, in the public JSON, the cells the total adds up.
 */
describe('totals findings as users see them', () => {
  const RESULTS = ['upheld', 'corrected', 'other', 'pending'];
  it.each<{
    name: string;
    rule: string;
    edit: (s: ReportSheet) => void;
    at: (s: ReportSheet) => string;
    related: (s: ReportSheet) => string[];
    zh: string;
    en: string;
  }>([
    {
      name: 'a row total 3 short: 差 -3, the six applicant cells related',
      rule: 'applications/row-total',
      edit: (s) => s.set('applications', 'granted', 'commercial', 4),
      at: (s) => A(s, 'applications', 'granted', 'total'),
      related: (s) => APPLICANTS.map((c) => A(s, 'applications', 'granted', c)),
      zh: '（一）予以公开：总计应为六类申请人之和 10（自然人 3、商业企业 4、科研机构 0、社会公益组织 2、法律服务机构 0、其他 1），实际为 7（差 -3）',
      en: 'Granted: total should be the sum of the six applicant columns, 10; found 7 (off by -3)',
    },
    {
      name: 'a carried forward 2 over: 差 +2, new, carried in and the outcomes total related',
      rule: 'applications/balance',
      edit: (s) => s.set('applications', 'carried-forward', 'natural-person', 3),
      at: (s) => A(s, 'applications', 'carried-forward', 'natural-person'),
      related: (s) =>
        ['new', 'carried-in', 'outcome-total'].map((r) => A(s, 'applications', r, 'natural-person')),
      zh: '自然人：本年新收 26 ＋ 上年结转 3 应等于 办理结果总计 28 ＋ 结转下年度；结转下年度应为 1，实际为 3（差 +2）',
      en: 'Natural persons: new 26 + carried in 3 must equal outcomes total 28 + carried forward; carried forward should be 1, found 3 (off by +2)',
    },
    {
      name: 'a group total 5 over: 差 +5, the four results related',
      rule: 'reviews/group-total',
      edit: (s) => s.set('reviews', 'review', 'total', 9),
      at: (s) => A(s, 'reviews', 'review', 'total'),
      related: (s) => RESULTS.map((c) => A(s, 'reviews', 'review', c)),
      zh: '行政复议：总计应为 结果维持 1 ＋ 结果纠正 2 ＋ 其他结果 0 ＋ 尚未审结 1 ＝ 4，实际为 9（差 +5）',
      en: 'Administrative reconsideration: total should be upheld 1 + corrected 2 + other 0 + pending 1 = 4; found 9 (off by +5)',
    },
  ])('$name', ({ rule, edit, at, related, zh, en }) => {
    const s = reportSheet();
    edit(s);
    for (const [locale, message] of [
      ['zh-CN', zh],
      ['en', en],
    ] as [Locale, string][]) {
      const findings = checkGrid(s.grid(), { locale, only: [rule] }).findings;
      expect(findings.map((f) => toJsonFinding(f, locale))).toMatchObject([
        { ruleId: rule, address: at(s), related: related(s), message },
      ]);
    }
  });
});
