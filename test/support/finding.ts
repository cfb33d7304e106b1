import type { Finding, Severity } from '../../src/report/types';

/**
 * A finding built by hand with every required field, for tests of what consumes findings (marks,
 * grids) rather than of the rules that make them: only the rule, severity, cell and message matter.
 */
export function handFinding(
  sheet: string,
  ruleId: string,
  severity: Severity,
  address: string,
  message = `${ruleId} @ ${address}`,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    severity,
    sheet,
    address,
    related: [],
    location: { kind: 'cell', sheet, address },
    table: 'applications',
    row: null,
    column: null,
    expected: null,
    actual: null,
    message,
    fingerprint: `${ruleId}|${sheet}|${address}`,
    messageId: 'test',
    data: {},
    ...extra,
  };
}
