/** Hand-made reports for the presenter tests: the presenters must not depend on the engine. */
import type { Finding, Report } from '../../src/report/types';

export function finding(overrides: Partial<Finding> = {}): Finding {
  const sheet = overrides.sheet ?? '表三';
  const address = overrides.address ?? 'J28';
  return {
    location: { kind: 'cell', sheet, address },
    ruleId: 'applications/balance',
    severity: 'error',
    sheet: '表三',
    address: 'J28',
    related: ['J4', 'J5', 'J27'],
    table: 'applications',
    row: 'carried-forward',
    column: 'total',
    expected: 0,
    actual: 1,
    message: '结转下年度继续办理（总计）应为 0，实际为 1',
    fingerprint: 'applications/balance|表三|applications#0|carried-forward|total',
    messageId: 'balance',
    data: {},
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  const findings = overrides.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    locale: 'zh-CN',
    sheets: ['表三'],
    sheetSummaries: [
      {
        sheet: '表三',
        body: null,
        year: 2021,
        editions: ['2021'],
        tables: 1,
        errors,
        warnings: findings.length - errors,
        previous: null,
        indicators: null,
      },
    ],
    tables: [{ table: 'applications', edition: '2021', sheet: '表三', range: 'A1:J28', index: 0 }],
    findings,
    errors,
    warnings: findings.length - errors,
    valid: errors === 0,
    // The presenters take the engine's word for what is missing: by default nothing (the one
    // table listed stands for a whole report).
    missingTables: [],
    rulesRun: [],
    year: 2021,
    ...overrides,
  };
}
