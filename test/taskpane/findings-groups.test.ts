import { checkGrid } from '../../src/check';
import type { Finding } from '../../src/report/types';
import { groupFindings } from '../../src/taskpane/findings-groups';
import { sheetWithErrors } from './fake-service';

const report = checkGrid(sheetWithErrors());

describe('groupFindings', () => {
  test('one group per rule with every finding, in report order', () => {
    const groups = groupFindings(report.findings);
    expect(groups.flatMap((g) => g.findings)).toHaveLength(report.findings.length);
    expect(new Set(groups.map((g) => g.ruleId)).size).toBe(groups.length);
    for (const g of groups) expect(g.findings.every((f) => f.ruleId === g.ruleId)).toBe(true);
  });

  test('the suspect cell leads even when the report lists it last', () => {
    const reversed = [...report.findings].reverse();
    expect(reversed.at(-1)?.ruleId).toBe('applications/suspect-cell');
    const groups = groupFindings(reversed);
    expect(groups[0].ruleId).toBe('applications/suspect-cell');
    expect(groups[1].ruleId).toBe(reversed[0].ruleId);
  });

  test('a group with any error is an error group', () => {
    const [warning] = report.findings.filter((f) => f.severity === 'warning');
    const asError: Finding = { ...warning, severity: 'error' };
    expect(groupFindings([warning])[0].severity).toBe('warning');
    expect(groupFindings([warning, asError])[0].severity).toBe('error');
  });
});
