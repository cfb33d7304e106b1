import { checkGrids } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { reportSheet, type ReportSheet } from '../support/report-sheet';

/** Two years of one body in one workbook: sheets are paired by the years and bodies in their titles. */
const sheetOf = (title: string, name: string, edit?: (s: ReportSheet) => void) => {
  const s = reportSheet({ title });
  edit?.(s);
  return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
};
// Clean sheets carry 1 forward in every applicant column and 3,1,0,2,0,1 in: natural persons differ.
const carryOver = (grids: ArrayGrid[]) =>
  checkGrids(grids, { only: ['cross-year/carry-over'] }).findings.map((f) => `${f.sheet}!${f.address}`);

describe('cross-year pairing inside a workbook', () => {
  it('pairs 2021 with 2020 of the same body and reports on the later sheet only', () => {
    const got = carryOver([
      sheetOf('某某局2021年政府信息公开工作年度报告', '2021'),
      sheetOf('某某局2020年政府信息公开工作年度报告', '2020'),
    ]);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a.startsWith('2021!'))).toBe(true);
  });

  it('does not pair two bodies', () => {
    expect(
      carryOver([
        sheetOf('某某局2021年政府信息公开工作年度报告', 'A'),
        sheetOf('另一局2020年政府信息公开工作年度报告', 'B'),
      ]),
    ).toEqual([]);
  });

  it('does not pair sheets whose years are unknown (department sheets of one year)', () => {
    expect(carryOver([sheetOf('某某局年度报告', 'A'), sheetOf('某某局年度报告', 'B')])).toEqual([]);
  });

  it('does not pair years that are not consecutive', () => {
    expect(
      carryOver([
        sheetOf('某某局2021年政府信息公开工作年度报告', 'A'),
        sheetOf('某某局2019年政府信息公开工作年度报告', 'B'),
      ]),
    ).toEqual([]);
  });

  it('names last year’s source in the message', () => {
    const report = checkGrids([sheetOf('某某局2021年政府信息公开工作年度报告', '2021')], {
      only: ['cross-year/carry-over'],
      previous: { grids: [sheetOf('某某局2020年政府信息公开工作年度报告', '2020')], source: 'last.xlsx' },
    });
    expect(report.findings[0].message).toContain('last.xlsx!2020');
  });
});

describe('last year named among the checked sheets', () => {
  it('compares the other sheets with it, and not it with itself', () => {
    const now = sheetOf('某某局年度报告', '本年');
    const before = sheetOf('某某局年度报告', '上年');
    const report = checkGrids([now, before], {
      only: ['cross-year/carry-over'],
      previous: { grids: [before], source: '上年', sameWorkbook: true },
    });
    const sheets = new Set(report.findings.map((f) => f.sheet));
    expect(sheets).toEqual(new Set(['本年']));
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual(['上年', null]);
  });
});
