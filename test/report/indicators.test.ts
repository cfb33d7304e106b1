import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { reportSheet, type ReportSheet } from '../support/report-sheet';
import { total as tableTotal } from '../support/rule-cases';

const reviewCell = (s: ReportSheet, group: string, column: string) => {
  const { row, col } = s.at('reviews', group, column);
  return Number(s.rows[row][col] ?? 0);
};
const indicators = (s: ReportSheet) => checkGrid(s.grid()).sheetSummaries[0].indicators;

describe('indicators evaluators compute', () => {
  it('公开率 and 不予公开占比 from table 三’s total column, with the numbers they come from', () => {
    const s = reportSheet();
    s.set('applications', 'denied.3', 'total', 2); // the row total may be wrong: indicators read it as printed
    const got = indicators(s);
    const outcomes = tableTotal(s, 'outcome-total');
    const disclosed = tableTotal(s, 'granted') + tableTotal(s, 'partly-granted');
    const denied = [1, 2, 3, 4, 5, 6, 7, 8].reduce((n, i) => n + tableTotal(s, `denied.${i}`), 0);
    expect(denied).toBeGreaterThan(0);
    expect(got?.disclosureRate).toEqual({
      numerator: disclosed,
      denominator: outcomes,
      value: disclosed / outcomes,
    });
    expect(got?.deniedShare).toEqual({ numerator: denied, denominator: outcomes, value: denied / outcomes });
  });

  it('纠错率 per group of table 四 and over the three', () => {
    const s = reportSheet();
    const got = indicators(s)?.correctionRate;
    const groups = ['review', 'litigation-direct', 'litigation-after-review'];
    const [review, direct, after] = groups.map((g) => {
      const corrected = reviewCell(s, g, 'corrected');
      const all = reviewCell(s, g, 'total');
      return { numerator: corrected, denominator: all, value: all === 0 ? null : corrected / all };
    });
    expect(got?.review).toEqual(review);
    expect(got?.litigationDirect).toEqual(direct);
    expect(got?.litigationAfterReview).toEqual(after);
    const corrected = groups.reduce((n, g) => n + reviewCell(s, g, 'corrected'), 0);
    const all = groups.reduce((n, g) => n + reviewCell(s, g, 'total'), 0);
    expect(got?.overall).toEqual({ numerator: corrected, denominator: all, value: corrected / all });
  });

  it('a zero denominator gives no rate rather than a division by zero', () => {
    const s = reportSheet();
    for (const c of ['upheld', 'corrected', 'other', 'pending', 'total']) s.set('reviews', 'review', c, 0);
    expect(indicators(s)?.correctionRate?.review).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('an unreadable cell leaves its indicator out instead of guessing', () => {
    const s = reportSheet();
    s.set('applications', 'partly-granted', 'total', '见说明');
    const got = indicators(s);
    expect(got?.disclosureRate).toBeNull();
    expect(got?.deniedShare).not.toBeNull();
  });

  it.each(['corrected', 'total'])(
    'an unreadable %s cell of one group of table 四 leaves 纠错率 out',
    (column) => {
      const s = reportSheet();
      s.set('reviews', 'litigation-direct', column, '见说明');
      const got = indicators(s);
      expect(got?.correctionRate).toBeNull();
      expect(got?.disclosureRate).not.toBeNull();
    },
  );

  it('a sheet without tables 三 and 四 has none', () => {
    const s = reportSheet();
    expect(checkGrid(s.grid()).sheetSummaries[0].indicators).not.toBeNull();
    const text = checkGrid(new ArrayGrid({ sheet: 'x', values: [['只有一段文字，没有表格。']] }));
    expect(text.sheetSummaries[0].indicators).toBeNull();
  });
});
