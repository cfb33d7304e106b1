import { checkGrid } from '../../src/check';
import { reportSheet } from '../support/report-sheet';
import { runRuleCases } from '../support/rule-cases';
import { tableCases } from './cases/rules';

runRuleCases(tableCases);

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
