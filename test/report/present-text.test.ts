import type { FileResult } from '../../src/report/types';
import { findingLine, presentText, sheetRef, textPresenter } from '../../src/report/present-text';
import { finding, report } from './present-fixtures';

const warning = finding({
  ruleId: 'cell/blank',
  severity: 'warning',
  address: 'E5',
  message: 'Blank cell',
});

describe('text presenter', () => {
  test('one line per finding: path:sheet!A1  severity  message  (ruleId)', () => {
    expect(findingLine('r.xlsx', finding(), 'zh-CN')).toBe(
      'r.xlsx:表三!J28  错误  结转下年度继续办理（总计）应为 0，实际为 1  (applications/balance)',
    );
    expect(findingLine('r.xlsx', warning, 'en')).toBe('r.xlsx:表三!E5  warning  Blank cell  (cell/blank)');
  });

  test('sheet names that are not plain words are quoted as in Excel', () => {
    expect(sheetRef('Sheet1')).toBe('Sheet1');
    expect(sheetRef('表三')).toBe('表三');
    expect(sheetRef('My sheet')).toBe("'My sheet'");
    expect(sheetRef("O'Neil")).toBe("'O''Neil'");
    expect(findingLine('r.xlsx', finding({ sheet: '表 三', address: 'E5' }), 'en')).toMatch(
      /^r\.xlsx:'表 三'!E5 {2}/,
    );
  });

  test('clean: ✔ with counts of files and tables', () => {
    const files: FileResult[] = [{ path: 'a.xlsx', report: report() }];
    expect(presentText(files, 'zh-CN')).toBe('✔ 没有发现问题（1 个文件，1 张表）\n');
    expect(presentText(files, 'en')).toBe('✔ no problems (1 file, 1 table)\n');
  });

  test('warnings only: still ✔, with the counts', () => {
    const files: FileResult[] = [{ path: 'a.xlsx', report: report({ findings: [warning] }) }];
    expect(presentText(files, 'zh-CN').split('\n').slice(-2)).toEqual([
      '✔ 0 个错误，1 个警告（1 个文件，1 张表）',
      '',
    ]);
  });

  // The mark follows the exit code: more warnings than --max-warnings fail the run.
  test.each<[string, number | null, string, string]>([
    [
      'no limit',
      null,
      '✔ 0 个错误，2 个警告（1 个文件，1 张表）',
      '✔ 0 errors, 2 warnings (1 file, 1 table)',
    ],
    [
      'within the limit',
      2,
      '✔ 0 个错误，2 个警告（1 个文件，1 张表）',
      '✔ 0 errors, 2 warnings (1 file, 1 table)',
    ],
    [
      'over the limit',
      1,
      '✖ 0 个错误，2 个警告，超过 --max-warnings 1（1 个文件，1 张表）',
      '✖ 0 errors, 2 warnings, more than --max-warnings 1 (1 file, 1 table)',
    ],
    [
      '--max-warnings 0',
      0,
      '✖ 0 个错误，2 个警告，超过 --max-warnings 0（1 个文件，1 张表）',
      '✖ 0 errors, 2 warnings, more than --max-warnings 0 (1 file, 1 table)',
    ],
  ])('warnings and --max-warnings: %s', (_name, maxWarnings, zh, en) => {
    const file: FileResult = { path: 'a.xlsx', report: report({ findings: [warning, warning] }) };
    const summary = (locale: 'zh-CN' | 'en') => {
      const p = textPresenter(locale, { maxWarnings });
      return (p.header() + p.file(file) + p.footer()).trimEnd().split('\n').pop();
    };
    expect(summary('zh-CN')).toBe(zh);
    expect(summary('en')).toBe(en);
  });

  test('no warnings with --max-warnings 0 is still a clean pass', () => {
    const p = textPresenter('zh-CN', { maxWarnings: 0 });
    expect(p.file({ path: 'a.xlsx', report: report() }) + p.footer()).toBe(
      '✔ 没有发现问题（1 个文件，1 张表）\n',
    );
  });

  test('errors across files: ✖ summary in each locale, plurals in English', () => {
    const files: FileResult[] = [
      { path: 'a.xlsx', report: report({ findings: [finding(), finding(), warning] }) },
      {
        path: 'b.xlsx',
        report: report({
          findings: [finding()],
          tables: [
            { table: 'proactive', edition: '2021', sheet: 'S', range: 'A1:D14', index: 0 },
            { table: 'applications', edition: '2021', sheet: 'S', range: 'A16:J43', index: 0 },
            { table: 'reviews', edition: '2021', sheet: 'S', range: 'A45:O48', index: 0 },
            { table: 'applications', edition: '2021', sheet: 'S', range: 'A50:J77', index: 1 },
          ],
        }),
      },
    ];
    const zh = presentText(files, 'zh-CN').split('\n');
    expect(zh).toHaveLength(4 + 1 + 1 + 1); // findings, blank, summary, final newline
    expect(zh[4]).toBe('');
    expect(zh[5]).toBe('✖ 3 个错误，1 个警告（2 个文件，5 张表）');
    expect(presentText(files, 'en').split('\n')[5]).toBe('✖ 3 errors, 1 warning (2 files, 5 tables)');
  });

  test('unreadable files and files without tables get a line and make the summary ✖', () => {
    const files: FileResult[] = [
      { path: 'old.xls', error: '不支持的文件类型“.xls”' },
      { path: 'notes.txt', report: report({ tables: [] }) },
    ];
    expect(presentText(files, 'zh-CN')).toBe(
      [
        'old.xls  错误  无法读取：不支持的文件类型“.xls”',
        'notes.txt  错误  未找到政府信息公开年报的表格（表二、表三、表四）',
        '',
        '✖ 0 个错误，0 个警告（2 个文件，0 张表，1 个文件无法读取）',
        '',
      ].join('\n'),
    );
    expect(presentText(files, 'en').split('\n')).toEqual([
      'old.xls  error  cannot read: 不支持的文件类型“.xls”',
      'notes.txt  error  no table of the annual disclosure report found (tables 二, 三, 四)',
      '',
      '✖ 0 errors, 0 warnings (2 files, 0 tables, 1 unreadable)',
      '',
    ]);
  });

  test('no file at all is not a pass', () => {
    expect(presentText([], 'zh-CN')).toBe('✖ 0 个错误，0 个警告（0 个文件，0 张表）\n');
    expect(presentText([], 'en')).toBe('✖ 0 errors, 0 warnings (0 files, 0 tables)\n');
  });

  test('no duplicate "no table" line when the engine reported structure/no-table', () => {
    const noTable = finding({ ruleId: 'structure/no-table', address: 'A1', message: '未找到表格' });
    const files: FileResult[] = [{ path: 'n.txt', report: report({ tables: [], findings: [noTable] }) }];
    expect(presentText(files, 'zh-CN').split('\n')[0]).toBe(
      'n.txt:表三!A1  错误  未找到表格  (structure/no-table)',
    );
    expect(presentText(files, 'zh-CN')).not.toContain('未找到政府信息公开年报的表格');
  });
});

describe('text presenter: tables not found', () => {
  const only三 = report({ missingTables: ['proactive', 'reviews'] });
  const no四 = (findings = [warning]) => report({ missingTables: ['reviews'], findings });

  test.each<[string, FileResult[], string[], string[]]>([
    [
      'table 三 alone, no problem: a note naming the others, and ⚠ instead of a pass',
      [{ path: 'a.csv', report: only三 }],
      [
        'a.csv  提示  未找到表二、表四，只校验了找到的表格',
        '',
        '⚠ 未发现错误，但未找到表二、表四（1 个文件，1 张表）',
      ],
      [
        'a.csv  note  not found: tables 二 and 四; only the tables found were checked',
        '',
        '⚠ no errors, but tables 二 and 四 were not found (1 file, 1 table)',
      ],
    ],
    [
      'one table missing, with a warning: the note comes first, as the no-table line does',
      [{ path: 'b.xlsx', report: no四() }],
      [
        'b.xlsx  提示  未找到表四，只校验了找到的表格',
        'b.xlsx:表三!E5  警告  Blank cell  (cell/blank)',
        '',
        '⚠ 0 个错误，1 个警告，但未找到表四（1 个文件，1 张表）',
      ],
      [
        'b.xlsx  note  not found: table 四; only the tables found were checked',
        'b.xlsx:表三!E5  warning  Blank cell  (cell/blank)',
        '',
        '⚠ 0 errors, 1 warning, but table 四 was not found (1 file, 1 table)',
      ],
    ],
    [
      'errors and tables missing: ✖, and still says what is missing',
      [{ path: 'c.xlsx', report: no四([finding()]) }],
      [
        'c.xlsx  提示  未找到表四，只校验了找到的表格',
        'c.xlsx:表三!J28  错误  结转下年度继续办理（总计）应为 0，实际为 1  (applications/balance)',
        '',
        '✖ 1 个错误，0 个警告；未找到表四（1 个文件，1 张表）',
      ],
      [
        'c.xlsx  note  not found: table 四; only the tables found were checked',
        'c.xlsx:表三!J28  error  结转下年度继续办理（总计）应为 0，实际为 1  (applications/balance)',
        '',
        '✖ 1 error, 0 warnings; table 四 was not found (1 file, 1 table)',
      ],
    ],
    [
      'several files: the summary counts the files lacking tables',
      [
        { path: 'a.csv', report: only三 },
        { path: 'd.xlsx', report: report() },
      ],
      [
        'a.csv  提示  未找到表二、表四，只校验了找到的表格',
        '',
        '⚠ 未发现错误，但有 1 个文件未找到全部表格（2 个文件，2 张表）',
      ],
      [
        'a.csv  note  not found: tables 二 and 四; only the tables found were checked',
        '',
        '⚠ no errors, but 1 file lacks some tables (2 files, 2 tables)',
      ],
    ],
    [
      'two files lacking tables: counted in the plural',
      [
        { path: 'a.csv', report: only三 },
        { path: 'b.csv', report: only三 },
      ],
      [
        'a.csv  提示  未找到表二、表四，只校验了找到的表格',
        'b.csv  提示  未找到表二、表四，只校验了找到的表格',
        '',
        '⚠ 未发现错误，但有 2 个文件未找到全部表格（2 个文件，2 张表）',
      ],
      [
        'a.csv  note  not found: tables 二 and 四; only the tables found were checked',
        'b.csv  note  not found: tables 二 and 四; only the tables found were checked',
        '',
        '⚠ no errors, but 2 files lack some tables (2 files, 2 tables)',
      ],
    ],
    [
      'a file without any table is not a partial one: no note',
      [
        {
          path: 'e.txt',
          report: report({ tables: [], missingTables: ['proactive', 'applications', 'reviews'] }),
        },
      ],
      [
        'e.txt  错误  未找到政府信息公开年报的表格（表二、表三、表四）',
        '',
        '✖ 0 个错误，0 个警告（1 个文件，0 张表）',
      ],
      [
        'e.txt  error  no table of the annual disclosure report found (tables 二, 三, 四)',
        '',
        '✖ 0 errors, 0 warnings (1 file, 0 tables)',
      ],
    ],
  ])('%s', (_name, files, zh, en) => {
    expect(presentText(files, 'zh-CN')).toBe(`${zh.join('\n')}\n`);
    expect(presentText(files, 'en')).toBe(`${en.join('\n')}\n`);
  });
});
