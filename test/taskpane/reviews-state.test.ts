import { checkGrid } from '../../src/check';
import type { CheckResult } from '../../src/office/types';
import type { Acceptance } from '../../src/report/reviews';
import { reviewedReport, withAcceptance, withoutAcceptances } from '../../src/taskpane/reviews';
import { sheetWithErrors } from './fake-service';

const report = checkGrid(sheetWithErrors());
const [first, second] = report.findings;
const result = (scope: CheckResult['scope']): CheckResult => ({
  scope,
  report,
  checkedAt: new Date(2024, 2, 5),
  painted: 0,
  notes: 0,
  degraded: [],
  acceptances: [],
});
const on = (sheet: string): Acceptance => ({
  fingerprint: `cell/blank|${sheet}|applications#0|granted|total`,
  ruleId: 'cell/blank',
  reason: '旧',
});

describe('review states in the pane', () => {
  test('accepting trims the reason and replaces an earlier acceptance of the same finding', () => {
    const date = new Date('2024-03-05T08:00:00Z');
    const once = withAcceptance([], first, ' 第一次 ', date);
    expect(once).toEqual([
      {
        fingerprint: first.fingerprint,
        ruleId: first.ruleId,
        reason: '第一次',
        message: first.message,
        accepted: '2024-03-05',
      },
    ]);
    const both = withAcceptance(once, second, '另一个', date);
    const again = withAcceptance(both, first, '第二次', date);
    expect(again.map((a) => [a.fingerprint, a.reason])).toEqual([
      [second.fingerprint, '另一个'],
      [first.fingerprint, '第二次'],
    ]);
    expect(withoutAcceptances(again, [second.fingerprint]).map((a) => a.reason)).toEqual(['第二次']);
  });

  test('after 校验当前工作表 only the checked sheet’s acceptances can be stale (not a sheet merely named alike)', () => {
    const list = [withAcceptance([], first, '有效')[0], on('年报'), on('年报（旧）'), on('其他')];
    const sheet = reviewedReport(result('sheet'), list);
    expect(sheet.accepted.map((a) => a.finding)).toEqual([first]);
    expect(sheet.unmatched).toEqual([on('年报')]);
    expect(sheet.findings).toHaveLength(report.findings.length - 1);
    // A whole-workbook check looked at every sheet: all three match nothing.
    expect(reviewedReport(result('workbook'), list).unmatched).toEqual([
      on('年报'),
      on('年报（旧）'),
      on('其他'),
    ]);
  });
});
