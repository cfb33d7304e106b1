/**
 * How a fill from a report file names each table it took: a document table by its number and,
 * where the reader knows it (PDF), its page. The fills themselves are in test/office/template.test.ts.
 */
import { ArrayGrid } from '../../src/grid';
import { summarizeFile } from '../../src/office/template-summary';

const tableRows = (table: number, page?: number) =>
  Array.from({ length: 3 }, (_, row) => ({ kind: 'table' as const, table, row, ...(page ? { page } : {}) }));

test.each<[string, number | undefined, string, string]>([
  ['a PDF table names its page', 4, '第 2 个表格（第 4 页）', 'table 2 (page 4)'],
  ['a Word table has no page', undefined, '第 2 个表格', 'table 2'],
])('%s', (_, page, zh, en) => {
  const grid = new ArrayGrid({
    sheet: '年报.pdf',
    values: [['a'], ['b'], ['c']],
    origins: tableRows(2, page),
  });
  const summary = summarizeFile('年报.pdf', [grid], {
    used: [{ table: 'applications', sheet: '年报.pdf', range: 'A2:A3' }],
    notFound: [],
    filled: 0,
    unfilled: [],
  });
  expect(summary.used).toEqual([{ table: 'applications', range: 'A2:A3', where: { zh, en } }]);
});
