import { csvField, csvPresenter } from '../../src/report/present-csv';
import type { FileResult } from '../../src/report/types';
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
  ])('$name: the missingTables column is “$missing”', ({ file, missing }) => {
    const header = csvPresenter().header().trimEnd().split(',');
    // Columns are only added at the end: missingTables stays where it was, then location, accepted.
    expect(header.slice(-3)).toEqual(['missingTables', 'location', 'accepted']);
    for (const row of rows(file)) {
      expect(row).toHaveLength(header.length);
      expect(row[header.indexOf('missingTables')]).toBe(missing);
    }
  });
});

describe('CSV presenter: last year’s report and the annotated copy', () => {
  const header = csvPresenter().header().trimEnd().split(',');
  const columns = (file: FileResult) =>
    rows(file).map((r) => [r[header.indexOf('previous')], r[header.indexOf('annotated')]]);

  it('names both on every row of the file when there are', () => {
    const file: FileResult = {
      path: 'a.xlsx',
      previous: '2020.xlsx!表三',
      annotated: 'a.annotated.xlsx',
      report: report({ findings: [finding(), finding()] }),
    };
    expect(columns(file)).toEqual([
      ['2020.xlsx!表三', 'a.annotated.xlsx'],
      ['2020.xlsx!表三', 'a.annotated.xlsx'],
    ]);
  });

  it('leaves both empty when there are none', () => {
    expect(columns({ path: 'a.xlsx', report: report({ findings: [finding()] }) })).toEqual([['', '']]);
  });
});

describe('CSV presenter: location column', () => {
  const line = (f: FileResult, locale: 'zh-CN' | 'en') => csvPresenter({ locale }).file(f).trimEnd();
  test.each<{ name: string; at: Parameters<typeof finding>[0]; locale: 'zh-CN' | 'en'; text: string }>([
    { name: 'a workbook cell', at: {}, locale: 'zh-CN', text: '表三!J28' },
    {
      name: 'a Word table cell, in Chinese',
      at: {
        location: { kind: 'table-cell', table: 2, row: 7, column: 3, page: null },
        rowLabel: { zh: '（一）予以公开', en: 'Disclosed' },
        columnLabel: { zh: '自然人', en: 'Natural persons' },
      },
      locale: 'zh-CN',
      text: '表三（（一）予以公开 × 自然人）：第 2 个表格第 7 行第 3 列',
    },
    {
      name: 'a PDF paragraph, in English',
      at: { location: { kind: 'paragraph', paragraph: 11, quote: '主动公开信息33条', page: 2 }, table: null },
      locale: 'en',
      text: 'paragraph 11 "主动公开信息33条", page 2',
    },
  ])('$name', ({ at, locale, text }) => {
    const f: FileResult = { path: 'a', report: report({ findings: [finding(at)] }) };
    // location, then the empty accepted column
    expect(line(f, locale).endsWith(`,${csvField(text)},`)).toBe(true);
  });
});

describe('csvField', () => {
  it.each([
    // Spreadsheets run a field starting with = + - @ (or a tab or return) as a formula: quoted away.
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    // Only at the start, and numbers stay numbers.
    ['a=1', 'a=1'],
    ['-2', '-2'],
    ['-2.5', '-2.5'],
    ['-120', '-120'],
    ['-2.25', '-2.25'],
    ['-2.', "'-2."],
    ['-2.5.1', "'-2.5.1"],
    ['-.5', "'-.5"],
    ['+2', "'+2"],
    ['-2e3', "'-2e3"],
    [-2, '-2'],
    [3.25, '3.25'],
    [null, ''],
    [undefined, ''],
    // Quoted when a comma, quote or line break would split the field.
    ['a,b', '"a,b"'],
    ['说"明"', '"说""明"""'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
    ['=a,b', `"'=a,b"`],
    ['plain', 'plain'],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
