import {
  consolidate,
  departmentIdentity,
  describeDepartment,
  findDuplicates,
  invalidPolicy,
  mixedYears,
  PLAIN_WORDS,
  type DepartmentIdentity,
  type FrontEndWords,
} from '../../src/consolidate';
import { ArrayGrid } from '../../src/grid';
import { expectedSums, fillKey, generatedDepartment } from './departments';

const id = (body: string | null, year: number | null, extra: Partial<DepartmentIdentity> = {}) => ({
  body,
  year,
  ...extra,
});

describe('findDuplicates', () => {
  test.each<[string, DepartmentIdentity[], [number[], string][]]>([
    ['all different', [id('甲局', 2021), id('乙局', 2021), id('甲局', 2020)], []],
    ['one body and year', [id('甲局', 2021), id('乙局', 2021), id('甲局', 2021)], [[[0, 2], 'same-report']]],
    [
      'unknown bodies or years never match',
      [id(null, 2021), id(null, 2021), id('甲局', null), id('甲局', null)],
      [],
    ],
    ['one path', [id(null, null, { file: '/a' }), id(null, null, { file: '/a' })], [[[0, 1], 'same-file']]],
    [
      'one content under two paths',
      [id(null, null, { file: '/a', content: 'x' }), id(null, null, { file: '/b', content: 'x' })],
      [[[0, 1], 'same-content']],
    ],
    [
      'linked through different keys: one group',
      [
        id('甲局', 2021, { file: '/a', content: 'x' }),
        id(null, null, { file: '/b', content: 'x' }),
        id('甲局', 2021, { file: '/c', content: 'y' }),
        id('乙局', 2021, { file: '/d', content: 'z' }),
      ],
      [[[0, 1, 2], 'same-report']],
    ],
    [
      'a pair and two that stand alone',
      [id('乙局', 2021), id('甲局', 2021), id('丙局', 2021), id('甲局', 2021)],
      [[[1, 3], 'same-report']],
    ],
    [
      'groups in the order of their first member, however they were joined',
      [
        id('丙局', 2021, { file: '/a' }),
        id('甲局', 2021, { file: '/x' }),
        id('乙局', 2021, { file: '/y' }),
        id('乙局', 2021, { file: '/a' }),
        id('甲局', 2021, { file: '/z' }),
      ],
      [
        [[0, 2, 3], 'same-report'],
        [[1, 4], 'same-report'],
      ],
    ],
    [
      'two groups, in input order',
      [id('乙局', 2021), id('甲局', 2021), id('乙局', 2021), id('甲局', 2021)],
      [
        [[0, 2], 'same-report'],
        [[1, 3], 'same-report'],
      ],
    ],
  ])('%s', (_, identities, groups) => {
    expect(findDuplicates(identities).map((g) => [g.members, g.kind])).toEqual(groups);
  });

  test('a group tells the body and year of its first member that has both', () => {
    expect(
      findDuplicates([
        id('甲局', null, { content: 'x' }),
        id(null, 2021, { content: 'x' }),
        id('甲局', 2021, { content: 'x' }),
      ]),
    ).toEqual([{ members: [0, 1, 2], kind: 'same-content', body: '甲局', year: 2021 }]);
    expect(findDuplicates([id('甲局', null, { content: 'x' }), id(null, 2021, { content: 'x' })])).toEqual([
      { members: [0, 1], kind: 'same-content', body: '甲局', year: null },
    ]);
  });

  test('a group tells the body and year it shares', () => {
    expect(findDuplicates([id(null, null, { file: '/a' }), id('甲局', 2021, { file: '/a' })])).toEqual([
      { members: [0, 1], kind: 'same-file', body: '甲局', year: 2021 },
    ]);
  });
});

describe('departmentIdentity', () => {
  const d = generatedDepartment(0);
  const department = describeDepartment('第1局2022年报', [d.grid]);
  const untitled = describeDepartment('财政局2021年报', [
    new ArrayGrid({ sheet: 'Sheet1', values: [['无标题']] }),
  ]);

  test('body and year from the title', () => {
    expect(departmentIdentity(department)).toEqual({ body: '第1局', year: 2022 });
  });

  test('body and year from the first sheet that states them, past a sheet without a title', () => {
    const withNotes = describeDepartment('x.xlsx', [
      new ArrayGrid({ sheet: '填报说明', values: [['填报说明'], ['无']] }),
      d.grid,
    ]);
    expect(departmentIdentity(withNotes)).toEqual({ body: '第1局', year: 2022 });
  });

  test('a file name fills what the title lacks, only when asked (sheet names are not bodies)', () => {
    expect(departmentIdentity(untitled, { fromName: true })).toEqual({ body: '财政局', year: 2021 });
    expect(departmentIdentity(untitled)).toEqual({ body: null, year: null });
  });
});

describe('consolidate with duplicates left out', () => {
  const departments = [0, 1].map((i) => generatedDepartment(i));
  const described = departments.map((d) => describeDepartment(d.name, [d.grid]));
  const old = generatedDepartment(0, { edition: '2019', year: 2019 });
  const oldDescribed = describeDepartment('旧', [old.grid]);

  test('a left-out duplicate adds nothing, is listed with the kept one, and does not vote for the edition', () => {
    const result = consolidate([oldDescribed, oldDescribed, ...described], {
      duplicateOf: new Map([[1, '旧.xlsx']]),
    });
    expect(result.departments.map((d) => [d.excluded, d.duplicateOf])).toEqual([
      ['edition', undefined],
      ['duplicate', '旧.xlsx'],
      [null, undefined],
      [null, undefined],
    ]);
    expect(result.edition).toBe('2021');
    const sums = expectedSums(departments);
    for (const cell of result.cells) expect(cell.value).toBeCloseTo(sums.get(fillKey(cell)) ?? NaN, 6);
  });
});

describe('what the summary says about the run', () => {
  const words: FrontEndWords = {
    excludeControl: { zh: '〔开关〕', en: '[switch]' },
    excludeHint: { zh: '〔提示〕', en: '[hint]' },
    keepControl: { zh: '〔保留〕', en: '[keep]' },
  };
  const good = generatedDepartment(0);
  const bad = generatedDepartment(1);
  const described = (withBad: boolean) => [
    describeDepartment(good.name, [good.grid]),
    ...(withBad ? [describeDepartment(bad.name, [brokenGrid()])] : []),
  ];
  function brokenGrid() {
    const values = Array.from({ length: bad.grid.rowCount }, (_, r) =>
      Array.from({ length: bad.grid.colCount }, (_, c) => bad.grid.value(r, c)),
    );
    // The first number of the table 三 block, raised: its totals no longer add up.
    const r = values.findIndex((row) => row.some((v) => typeof v === 'string' && v.includes('本年新收')));
    const c = values[r].findIndex((v) => typeof v === 'number');
    values[r][c] = (values[r][c] as number) + 3;
    return new ArrayGrid({ sheet: bad.grid.sheet, values, merges: bad.grid.merges });
  }

  test.each<[string, boolean, boolean, string, string]>([
    [
      'errors, default',
      true,
      false,
      '有错误的单位：按默认纳入汇总（1 个）。〔提示〕',
      'in the sums by default (1). [hint]',
    ],
    [
      'errors, excluded',
      true,
      true,
      '有错误的单位：按〔开关〕未纳入汇总（1 个）。',
      'left out ([switch]): 1.',
    ],
    [
      'none, default',
      false,
      false,
      '有错误的单位：无（如有，按默认纳入汇总）。',
      'none (they would be in the sums by default).',
    ],
    [
      'none, excluded',
      false,
      true,
      '有错误的单位：无（已选择按〔开关〕排除）。',
      'none ([switch] left nothing out).',
    ],
  ])('%s', (_, withBad, excludeInvalid, zh, en) => {
    const result = consolidate(described(withBad), { excludeInvalid });
    const policy = invalidPolicy(result, words);
    expect(policy.zh).toBe(zh);
    expect(policy.en).toContain(en);
  });

  test('the words default to none of any front end’s controls', () => {
    const result = consolidate(described(true));
    expect(invalidPolicy(result, PLAIN_WORDS).zh).toBe('有错误的单位：按默认纳入汇总（1 个）。');
  });

  test('report years: null when they agree, else the total’s year and each other one', () => {
    expect(mixedYears(consolidate(described(false)))).toBeNull();
    const earlier = generatedDepartment(2, { year: 2021 });
    const result = consolidate([...described(false), describeDepartment('丙', [earlier.grid])]);
    expect(mixedYears(result)).toEqual({
      zh: '各单位的报告年度不一致：汇总表按 2022 年度，“丙”为 2021 年度。请确认没有选错文件。',
      en: 'The departments’ report years differ: the consolidated report is for 2022; “丙” is for 2021. Make sure the right files were chosen.',
    });
  });
});
