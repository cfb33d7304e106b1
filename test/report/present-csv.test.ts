import { csvPresenter } from '../../src/report/present-csv';
import type { FileResult } from '../../src/report/present-json';
import { finding, report } from './present-fixtures';

const rows = (file: FileResult): string[][] =>
  csvPresenter()
    .file(file)
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split(','));

describe('CSV presenter: tables not found', () => {
  test.each<{ name: string; file: FileResult; missing: string }>([
    {
      name: 'table 三 alone, no finding',
      file: { path: 'a.csv', report: report({ missingTables: ['proactive', 'reviews'] }) },
      missing: 'proactive reviews',
    },
    {
      name: 'table 四 missing, every finding row says so',
      file: {
        path: 'b.xlsx',
        report: report({ missingTables: ['reviews'], findings: [finding(), finding()] }),
      },
      missing: 'reviews',
    },
    { name: 'all three found', file: { path: 'c.xlsx', report: report() }, missing: '' },
    { name: 'unreadable', file: { path: 'd.xls', error: 'x' }, missing: '' },
  ])('$name: the last column, missingTables, is “$missing”', ({ file, missing }) => {
    const header = csvPresenter().header().trimEnd().split(',');
    expect(header[header.length - 1]).toBe('missingTables');
    for (const row of rows(file)) {
      expect(row).toHaveLength(header.length);
      expect(row[row.length - 1]).toBe(missing);
    }
  });
});
