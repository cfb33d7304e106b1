import { checkGrids } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { reportSheet } from '../support/report-sheet';

describe('per-sheet summaries of a workbook', () => {
  const sheet = (name: string, title: string, edit?: (s: ReturnType<typeof reportSheet>) => void) => {
    const s = reportSheet({ title });
    edit?.(s);
    return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
  };

  it('gives body, year, editions and counts per sheet, in workbook order', () => {
    const report = checkGrids(
      [
        sheet('财政局', '某市财政局2021年政府信息公开工作年度报告', (s) =>
          s.set('applications', 'granted', 'research', 99),
        ),
        sheet('空白', '说明'),
        new ArrayGrid({ sheet: '封面', values: [['目录']] }),
      ],
      { only: ['applications/row-total', 'applications/outcome-total', 'cell/blank'] },
    );
    expect(report.sheetSummaries.map((s) => [s.sheet, s.body, s.year, s.editions, s.tables])).toEqual([
      ['财政局', '某市财政局', 2021, ['2021'], 3],
      ['空白', null, null, ['2021'], 3],
      ['封面', null, null, [], 0],
    ]);
    const [finance, blank] = report.sheetSummaries;
    expect(finance.errors).toBe(
      report.findings.filter((f) => f.sheet === '财政局' && f.severity === 'error').length,
    );
    expect(finance.errors).toBeGreaterThan(0);
    expect(blank.errors + blank.warnings).toBe(0);
    expect(report.sheetSummaries.reduce((n, s) => n + s.errors, 0)).toBe(report.errors);
  });

  it('names the sheet used as last year for the cross-year rules', () => {
    const report = checkGrids([
      sheet('2021', '某局2021年政府信息公开工作年度报告'),
      sheet('2020', '某局2020年政府信息公开工作年度报告'),
    ]);
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual(['2020', null]);
  });
});
