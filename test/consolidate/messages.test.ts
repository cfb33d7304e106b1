import type { Text } from '../../src/format';
import {
  consolidate,
  departmentNote,
  describeDepartment,
  duplicateText,
  editionConflict,
  PLAIN_WORDS,
  type Consolidation,
  type DepartmentStatus,
  type FrontEndWords,
} from '../../src/consolidate';
import {
  DUPLICATE,
  EDITIONS_DIFFER,
  EXCLUSION,
  FALLBACK,
  INCLUDED_WITH_ERRORS,
  INVALID_POLICY,
  MIXED_YEARS,
  OTHER_YEAR,
  SHEET_WORDS,
  SKIPPED,
  TABLE_NAME,
} from '../../src/consolidate/messages';
import { catalogRows, expectBilingual } from '../support/bilingual';
import { generatedDepartment } from './departments';

const HAN = /\p{Script=Han}/u;

describe('the consolidation messages', () => {
  const texts: [string, Text][] = [
    ...catalogRows('EXCLUSION', EXCLUSION),
    ['INCLUDED_WITH_ERRORS', INCLUDED_WITH_ERRORS],
    ...catalogRows('INVALID_POLICY', INVALID_POLICY),
    ['MIXED_YEARS', MIXED_YEARS],
    ['OTHER_YEAR', OTHER_YEAR],
    ['EDITIONS_DIFFER', EDITIONS_DIFFER],
    ...catalogRows('DUPLICATE', DUPLICATE),
    ...catalogRows('SKIPPED', SKIPPED),
    ...catalogRows('FALLBACK', FALLBACK),
    ...catalogRows('TABLE_NAME', TABLE_NAME),
    ['PLAIN_WORDS.excludeControl', PLAIN_WORDS.excludeControl],
    ['PLAIN_WORDS.keepControl', PLAIN_WORDS.keepControl],
  ];

  test.each(texts)('%s: Chinese and English, with the same placeholders', (_, text) => expectBilingual(text));

  const sheetWords = Object.entries(SHEET_WORDS);
  test.each(sheetWords)('SHEET_WORDS.%s says something in Chinese', (_, words) => {
    // Headings take a count; the check's summary takes errors and warnings.
    const said = typeof words === 'function' ? [(words as (...n: number[]) => string)(7, 9)] : [words].flat();
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(s).toMatch(HAN);
    if (typeof words === 'function') expect(said[0]).toMatch(/7/);
  });

  test('the check’s summary counts errors and warnings apart', () => {
    expect(SHEET_WORDS.checkFailed(2, 5)).toBe('✘ 汇总表有 2 处错误、5 处警告：');
    expect(SHEET_WORDS.checkWarnings(4)).toBe('✔ 汇总表没有错误，有 4 处警告：');
    expect(SHEET_WORDS.otherYear(2021)).toBe('该单位报告年度为 2021 年，与汇总表不同');
    expect(SHEET_WORDS.duplicates('表二、表三')).toBe('表二、表三出现多次，取第一个');
  });
});

describe('what is said about one department', () => {
  const words: FrontEndWords = {
    excludeControl: { zh: '“排除有错误的单位”', en: '“leave out departments with errors”' },
    excludeHint: { zh: '', en: '' },
    keepControl: { zh: '所选', en: 'the choice made' },
  };
  const base: DepartmentStatus = {
    name: '第2局',
    editions: ['2021'],
    year: 2022,
    errors: 0,
    warnings: 0,
    errorMessages: [],
    used: [],
    missing: [],
    duplicates: [],
    otherYear: false,
    excluded: null,
  };
  const run = { edition: '2021' } as Consolidation;

  test.each<[string, Partial<DepartmentStatus>, Text | null]>([
    ['clean and in', {}, null],
    [
      'in, with errors',
      { errors: 3 },
      { zh: '表格有 3 处错误，按默认纳入汇总', en: 'its tables have 3 errors; in the sums by default' },
    ],
    [
      'left out for its errors',
      { errors: 2, excluded: 'errors' },
      {
        zh: '表格有 2 处错误，按“排除有错误的单位”未纳入汇总',
        en: 'its tables have 2 errors; left out (“leave out departments with errors”)',
      },
    ],
    [
      'left out as another edition',
      { editions: ['2019', '2021'], excluded: 'edition' },
      {
        zh: '格式版本为 2019 版，与汇总表的 2021 版不同，未纳入汇总',
        en: 'uses the 2019 edition, not the 2021 edition of the consolidated report; left out',
      },
    ],
    [
      'left out without tables',
      { editions: [], excluded: 'no-tables' },
      { zh: '没有找到表二、表三或表四，未纳入汇总', en: 'no table 二, 三 or 四 found; left out' },
    ],
    [
      'left out as a duplicate (the keeping control is named, not the excluding one)',
      { excluded: 'duplicate', duplicateOf: '第1局' },
      {
        zh: '与“第1局”重复，按所选未纳入汇总',
        en: 'duplicates “第1局”; left out (the choice made)',
      },
    ],
  ])('%s', (_, status, note) => {
    expect(departmentNote({ ...base, ...status }, run, words)).toEqual(note);
  });
});

describe('what is said about the run', () => {
  test('editions that cannot be added: the departments of the other edition, quoted', () => {
    const departments = [
      describeDepartment('甲', [generatedDepartment(0).grid]),
      describeDepartment('乙', [generatedDepartment(1).grid]),
      describeDepartment('丙', [generatedDepartment(2, { edition: '2019', year: 2020 }).grid]),
      describeDepartment('丁', [generatedDepartment(3, { edition: '2019', year: 2020 }).grid]),
      describeDepartment('戊', [generatedDepartment(4).grid]),
    ];
    expect(editionConflict(consolidate(departments.slice(0, 2)))).toBeNull();
    const text = editionConflict(consolidate(departments));
    expect(text?.zh).toBe(
      '各单位报告的格式版本不同，不能相加：“丙”、“丁”为 2019 版，其余为 2021 版（两版表格的行列不同）。' +
        '请只汇总同一版本的报告，或把 2019 版的报告按 2021 版模板重新填写后再汇总。',
    );
    expect(text?.en).toContain('“丙”, “丁” use the 2019 edition, the others the 2021 edition');
  });

  test.each<[string, Parameters<typeof duplicateText>[0], string, string]>([
    [
      'one file listed twice: named once',
      { kind: 'same-file', members: [0, 2], body: null, year: null },
      '“a.xlsx”是同一个文件，列出了 2 次',
      '“a.xlsx” is one file listed 2 times',
    ],
    [
      'identical contents',
      { kind: 'same-content', members: [0, 1], body: null, year: null },
      '“a.xlsx”、“b.xlsx”的内容完全相同',
      '“a.xlsx”, “b.xlsx” have identical contents',
    ],
    [
      'one body’s report of one year',
      { kind: 'same-report', members: [1, 2], body: '某某局', year: 2022 },
      '“b.xlsx”、“a.xlsx”都是“某某局” 2022 年度的报告',
      '“b.xlsx”, “a.xlsx” are all the 2022 report of “某某局”',
    ],
  ])('duplicates: %s', (_, group, zh, en) => {
    expect(duplicateText(group, ['a.xlsx', 'b.xlsx', 'a.xlsx'])).toEqual({ zh, en });
  });
});
