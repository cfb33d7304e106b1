import type { TableId } from '../../src/format';
import type { FileResult } from '../../src/report/types';
import { fileStatus, tableNames, verdictOf } from '../../src/report/verdict';
import { finding, report } from './present-fixtures';

// The presenters' hand-made reports: the verdict reads only tables, findings and missingTables.

describe('verdict', () => {
  test.each<[string, ReturnType<typeof verdictOf>, Parameters<typeof report>[0]]>([
    ['all tables, no error', 'pass', {}],
    ['all tables, a warning', 'pass', { findings: [finding({ severity: 'warning' })] }],
    ['table 三 alone, no error', 'partial', { missingTables: ['proactive', 'reviews'] }],
    [
      'table 三 alone, a warning',
      'partial',
      { missingTables: ['proactive', 'reviews'], findings: [finding({ severity: 'warning' })] },
    ],
    ['table 三 alone, an error', 'fail', { missingTables: ['proactive', 'reviews'], findings: [finding()] }],
    ['no table', 'no-table', { tables: [], missingTables: ['proactive', 'applications', 'reviews'] }],
  ])('%s → %s', (_name, verdict, overrides) => {
    expect(verdictOf(report(overrides))).toBe(verdict);
  });

  test.each<[TableId[], string, string]>([
    [['reviews'], '表四', 'table 四'],
    [['reviews', 'proactive'], '表二、表四', 'tables 二 and 四'],
    [['proactive', 'applications', 'reviews'], '表二、表三、表四', 'tables 二, 三 and 四'],
  ])('table names %j: %s / %s', (tables, zh, en) => {
    expect(tableNames(tables, 'zh-CN')).toBe(zh);
    expect(tableNames(tables, 'en')).toBe(en);
  });
});

describe('fileStatus', () => {
  test.each<[string, 'valid' | 'invalid' | 'unreadable', FileResult]>([
    ['tables, no finding', 'valid', { path: 'a', report: report() }],
    [
      'tables, a warning only',
      'valid',
      { path: 'a', report: report({ findings: [finding({ severity: 'warning' })] }) },
    ],
    ['tables, an error', 'invalid', { path: 'a', report: report({ findings: [finding()] }) }],
    [
      'an error after a warning',
      'invalid',
      { path: 'a', report: report({ findings: [finding({ severity: 'warning' }), finding()] }) },
    ],
    ['no table, no finding', 'invalid', { path: 'a', report: report({ tables: [] }) }],
    // A partial pass is still valid: the missing tables are said elsewhere (missingTables).
    ['some tables missing', 'valid', { path: 'a', report: report({ missingTables: ['reviews'] }) }],
    ['not read', 'unreadable', { path: 'a', error: 'not-found' }],
  ])('%s → %s', (_name, status, file) => {
    expect(fileStatus(file)).toBe(status);
  });
});
