import type { Finding, Severity } from '../report/types';

export interface FindingGroup {
  ruleId: string;
  /** The strongest severity in the group: one error makes the group an error group. */
  severity: Severity;
  findings: Finding[];
}

const SUSPECT_RULE = 'applications/suspect-cell';

/**
 * Groups findings by rule, keeping the report's order inside each group and between groups (first
 * appearance), except that the suspect-cell diagnosis always leads: fixing that one cell usually
 * clears several other findings at once.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.ruleId);
    if (!group) {
      group = { ruleId: finding.ruleId, severity: finding.severity, findings: [] };
      groups.set(finding.ruleId, group);
    }
    group.findings.push(finding);
    if (finding.severity === 'error') group.severity = 'error';
  }
  const ordered = [...groups.values()];
  return [
    ...ordered.filter((g) => g.ruleId === SUSPECT_RULE),
    ...ordered.filter((g) => g.ruleId !== SUSPECT_RULE),
  ];
}
