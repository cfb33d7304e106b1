import {
  departmentOf,
  figuresOf,
  filterRows,
  normaliseName,
  parseExpected,
  rowsOf,
  searchRows,
  sortRows,
  statusCounts,
  type BatchRow,
  type SortKey,
} from '../../src/web/batch-rows';
import { checkedFile, indicators, type FileSpec } from './batch-files';

describe('matching a file to an expected department', () => {
  const expected = ['市财政局', '税务', 'bureau of finance', '市公安局', '市公安局交通警察支队', 'docx'];
  const match = (spec: Partial<FileSpec>) => departmentOf(checkedFile({ name: 'x.docx', ...spec }), expected);

  test.each<[string, Partial<FileSpec>, string]>([
    ['same body', { body: '市财政局' }, '市财政局'],
    ['body contains the name', { body: '某某市财政局' }, '市财政局'],
    ['name contains the body', { body: '财政局' }, '市财政局'],
    ['file name contains the name', { name: '市财政局2024年报.docx' }, '市财政局'],
    ['full-width, spaces and brackets', { body: '某某市 财政局（本级）' }, '市财政局'],
    ['the folder names it', { name: '2024年报.docx', path: '市财政局/2024年报.docx' }, '市财政局'],
    [
      'body first, though the file name names another',
      { body: '市公安局', name: '市财政局转来.docx' },
      '市公安局',
    ],
    ['a body matching nothing: the file name', { body: '某某单位', name: '市财政局.docx' }, '市财政局'],
    ['exact two-character name', { body: '税务' }, '税务'],
    ['latin letters, case-insensitive', { body: 'XX Bureau of Finance' }, 'bureau of finance'],
    ['closest of two containing names', { body: '某某市公安局交通警察支队' }, '市公安局交通警察支队'],
  ])('must match: %s', (_, spec, department) => {
    expect(match(spec)).toBe(department);
  });

  test.each<[string, Partial<FileSpec>]>([
    ['another bureau', { body: '市教育局' }],
    ['another level', { body: '区财政局' }],
    ['two characters are too short to be contained', { body: '财政' }],
    ['a two-character expected name inside a body', { body: '某某市税务局' }],
    ['one character', { body: '局' }],
    ['overlap without containment', { body: '财政局机关' }],
    ['no body and an unrelated file name', { name: '2024年度政府信息公开工作年度报告.docx' }],
    ['no body, the name of another bureau', { name: '市卫健委年报.pdf' }],
    ['the extension is not a name', { name: '报告.docx' }],
    ['empty body and an empty name stem', { name: '.docx', body: '' }],
    ['an unrelated folder', { name: '年报.docx', path: '各单位/年报.docx' }],
  ])('must not match: %s', (_, spec) => {
    expect(match(spec)).toBeNull();
  });

  test('normalised names: NFKC, no spaces or punctuation, lower case', () => {
    expect(normaliseName(' 某某市　财政局（本级）, ABC ')).toBe('某某市财政局本级abc');
  });
});

describe('rowsOf', () => {
  test('one row per file, then a 缺报 row per expected department without a file', () => {
    const files = [
      checkedFile({ name: 'a.docx', body: '某某市财政局' }),
      checkedFile({ name: '市教育局2024.docx' }),
      checkedFile({ name: 'b.docx', body: '市文旅局' }),
    ];
    const rows = rowsOf(files, ['市财政局', '市教育局', '市民政局', '市司法局']);
    expect(rows.map((r) => [r.kind, r.status, r.department, r.kind === 'file' && r.unexpected])).toEqual([
      ['file', 'valid', '市财政局', false],
      ['file', 'valid', '市教育局', false],
      ['file', 'valid', null, true],
      ['missing', 'missing', '市民政局', false],
      ['missing', 'missing', '市司法局', false],
    ]);
  });

  test('without a list: no 缺报 rows and nothing is 名单外', () => {
    const rows = rowsOf([checkedFile({ name: 'a.docx', body: '市财政局' })], []);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'file', department: null, unexpected: false });
  });

  test('a file goes to its closest department only: the wider one is still 缺报', () => {
    const rows = rowsOf(
      [checkedFile({ name: 'a.docx', body: '某某市公安局交通警察支队' })],
      ['市公安局', '市公安局交通警察支队'],
    );
    expect(rows.filter((r) => r.kind === 'missing').map((r) => r.department)).toEqual(['市公安局']);
  });

  test('two years of one department both belong to it; a repeated name gives one row', () => {
    const files = [
      checkedFile({ name: 'a.docx', body: '市财政局' }),
      checkedFile({ name: 'b.docx', body: '市财政局' }),
    ];
    const rows = rowsOf(files, ['市财政局', '市民政局', '市民政局']);
    expect(rows.map((r) => r.department)).toEqual(['市财政局', '市财政局', '市民政局']);
  });
});

describe('parseExpected', () => {
  test.each([
    ['one per line', '市财政局\n市教育局\r\n市民政局', ['市财政局', '市教育局', '市民政局']],
    [
      'Chinese and Latin separators',
      '市财政局，市教育局、市民政局,市司法局;市商务局；市水务局',
      ['市财政局', '市教育局', '市民政局', '市司法局', '市商务局', '市水务局'],
    ],
    ['tabs, as pasted from Excel', '市财政局\t市教育局', ['市财政局', '市教育局']],
    ['trims and drops blanks', '  市财政局  \n\n   \n市教育局 ', ['市财政局', '市教育局']],
    [
      'drops repeats, even spelled differently',
      '市财政局\n市财政局\n市 财政局\n市教育局',
      ['市财政局', '市教育局'],
    ],
    ['a heading line', '单位名称\n市财政局\n市教育局', ['市财政局', '市教育局']],
    ['a heading 部门', '部门\n市财政局', ['市财政局']],
    [
      'a two-column heading and serial numbers',
      '序号\t单位名称\n1\t市财政局\n2\t市教育局',
      ['市财政局', '市教育局'],
    ],
    ['an English heading', 'Department\nFinance Bureau', ['Finance Bureau']],
    ['a heading after blank lines', '\n\n单位\n市财政局', ['市财政局']],
    ['a heading-like word later is a name', '市财政局\n部门', ['市财政局', '部门']],
    ['a first line that is a name stays', '市财政局\n市教育局', ['市财政局', '市教育局']],
    ['empty text', '', []],
  ])('%s', (_, text, names) => {
    expect(parseExpected(text)).toEqual(names);
  });
});

describe('figures of a file', () => {
  test('公开率 and 纠错率 from the first sheet with indicators; none when unreadable', () => {
    const file = checkedFile({ name: 'a.docx', figures: indicators([9, 10], [1, 4]) });
    expect(figuresOf(file).disclosure?.value).toBe(0.9);
    expect(figuresOf(file).correction?.value).toBe(0.25);
    expect(figuresOf(checkedFile({ name: 'b.docx', status: 'unreadable' }))).toEqual({
      disclosure: null,
      correction: null,
    });
  });
});

describe('sorting', () => {
  // Each file is named after its place in ascending order of some column; 缺报 rows are at the end.
  const files = [
    checkedFile({
      name: 'b.docx',
      body: '市财政局',
      year: 2023,
      editions: ['2021'],
      errors: 2,
      warnings: 0,
      previous: 'b2023.docx',
      figures: indicators([8, 10], [1, 2]),
    }),
    checkedFile({ name: 'c.docx', status: 'unreadable' }),
    checkedFile({
      name: 'a.docx',
      body: '市教育局',
      year: 2024,
      editions: ['2019'],
      errors: 0,
      warnings: 3,
      previous: 'a2023.docx',
      figures: indicators([10, 10], [0, 0]),
    }),
    checkedFile({
      name: 'a10.docx',
      body: '市民政局',
      year: 2022,
      editions: ['2019', '2021'],
      errors: 0,
      warnings: 1,
      figures: indicators([5, 10], [1, 10]),
    }),
  ];
  const rows = rowsOf(files, ['市财政局', '市教育局', '市民政局', '市司法局']);
  const names = (sorted: BatchRow[]) =>
    sorted.map((r) => (r.kind === 'file' ? r.file.name : `缺:${r.department}`));

  test.each<[SortKey, string[]]>([
    ['name', ['a.docx', 'a10.docx', 'b.docx', 'c.docx', '缺:市司法局']],
    // Pinyin: 财 cai, 教 jiao, 民 min, 司 si; the unreadable file has no body.
    ['body', ['b.docx', 'a.docx', 'a10.docx', '缺:市司法局', 'c.docx']],
    ['year', ['a10.docx', 'b.docx', 'a.docx', 'c.docx', '缺:市司法局']],
    ['edition', ['a.docx', 'a10.docx', 'b.docx', 'c.docx', '缺:市司法局']],
    ['status', ['c.docx', 'b.docx', '缺:市司法局', 'a.docx', 'a10.docx']],
    ['errors', ['a.docx', 'a10.docx', 'b.docx', 'c.docx', '缺:市司法局']],
    ['warnings', ['b.docx', 'a10.docx', 'a.docx', 'c.docx', '缺:市司法局']],
    ['previous', ['a.docx', 'b.docx', 'c.docx', 'a10.docx', '缺:市司法局']],
    ['disclosure', ['a10.docx', 'b.docx', 'a.docx', 'c.docx', '缺:市司法局']],
    // a.docx has no appeals (0/0): no rate, so last with the rows without one.
    ['correction', ['a10.docx', 'b.docx', 'c.docx', 'a.docx', '缺:市司法局']],
  ])('ascending by %s, nulls last', (key, order) => {
    expect(names(sortRows(rows, { key, direction: 'ascending' }))).toEqual(order);
  });

  test.each<[SortKey, string[]]>([
    ['name', ['c.docx', 'b.docx', 'a10.docx', 'a.docx', '缺:市司法局']],
    ['status', ['a.docx', 'a10.docx', '缺:市司法局', 'b.docx', 'c.docx']],
    ['errors', ['b.docx', 'a.docx', 'a10.docx', 'c.docx', '缺:市司法局']],
    ['disclosure', ['a.docx', 'b.docx', 'a10.docx', 'c.docx', '缺:市司法局']],
  ])('descending by %s: nulls still last, ties in their original order', (key, order) => {
    expect(names(sortRows(rows, { key, direction: 'descending' }))).toEqual(order);
  });

  test('no order keeps the batch order; the input is not changed', () => {
    const copy = [...rows];
    expect(sortRows(rows, null)).toEqual(rows);
    sortRows(rows, { key: 'name', direction: 'descending' });
    expect(rows).toEqual(copy);
  });
});

describe('filter, search and counts', () => {
  const rows = rowsOf(
    [
      checkedFile({ name: '市财政局2024.docx', body: '某某市财政局' }),
      checkedFile({ name: 'Edu-Report.xlsx', body: '市教育局', errors: 3 }),
      checkedFile({ name: '坏文件.pdf', status: 'unreadable' }),
    ],
    ['市财政局', '市教育局', '市民政局'],
  );
  const keys = (list: BatchRow[]) => list.map((r) => (r.kind === 'file' ? r.file.name : r.department));

  test.each([
    ['all', ['市财政局2024.docx', 'Edu-Report.xlsx', '坏文件.pdf', '市民政局']],
    ['valid', ['市财政局2024.docx']],
    ['invalid', ['Edu-Report.xlsx']],
    ['unreadable', ['坏文件.pdf']],
    ['missing', ['市民政局']],
  ] as const)('status filter %s', (filter, expected) => {
    expect(keys(filterRows(rows, filter))).toEqual(expected);
  });

  test.each([
    ['by body', '某某', ['市财政局2024.docx']],
    ['by file name, case-insensitive and without punctuation', 'edu report', ['Edu-Report.xlsx']],
    ['full-width query', 'ＥＤＵ', ['Edu-Report.xlsx']],
    ['finds 缺报 departments', '民政', ['市民政局']],
    ['common part', '市', ['市财政局2024.docx', 'Edu-Report.xlsx', '市民政局']],
    ['nothing', '公安', []],
    ['blank query shows all', '  ', ['市财政局2024.docx', 'Edu-Report.xlsx', '坏文件.pdf', '市民政局']],
  ])('search %s', (_, query, expected) => {
    expect(keys(searchRows(rows, query))).toEqual(expected);
  });

  test('counts per status', () => {
    expect(statusCounts(rows)).toEqual({ all: 4, valid: 1, invalid: 1, unreadable: 1, missing: 1 });
  });
});
