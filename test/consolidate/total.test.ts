/**
 * The edition and year of the total, and what is said of the departments that do not fit them:
 * who votes, who is left out, and the words for it.
 */
import {
  consolidate,
  departmentNote,
  describeDepartment,
  editionConflict,
  invalidPolicy,
  mixedYears,
  PLAIN_WORDS,
  type Department,
} from '../../src/consolidate';
import { ArrayGrid, type CellValue, type MergedArea } from '../../src/grid';
import { cellA1 } from '../support/a1';
import { reportSheet } from '../support/report-sheet';

const title = (year: number | null) =>
  `某某局${year ?? ''}${year === null ? '' : '年'}政府信息公开工作年度报告`;

/** A department's whole report of one edition and year (null: a title without a year). */
function report(
  name: string,
  edition: '2019' | '2021',
  year: number | null,
  edit?: (s: ReturnType<typeof reportSheet>) => void,
): Department {
  const s = reportSheet({ edition, title: title(year) });
  edit?.(s);
  return describeDepartment(name, [new ArrayGrid({ sheet: '年报', values: s.rows, merges: s.merges })]);
}

/** Table 二 of the 2019 edition above tables 三 and 四 of the 2021 edition: a report of both. */
function mixed(name: string, year: number): Department {
  const old = reportSheet({ edition: '2019', title: title(year) });
  const current = reportSheet({ edition: '2021', title: title(year) });
  const heading = (rows: CellValue[][]) =>
    rows.findIndex((r) => r[0] === '三、收到和处理政府信息公开申请情况');
  const head = old.rows.slice(0, heading(old.rows));
  const shift = head.length - heading(current.rows);
  const merges: MergedArea[] = current.merges.map((m) => ({
    ...m,
    top: m.top + shift,
    bottom: m.bottom + shift,
  }));
  const values = [...head, ...current.rows.slice(heading(current.rows))];
  return describeDepartment(name, [new ArrayGrid({ sheet: '年报', values, merges })]);
}

/** A sheet with a title and no tables. */
const titleOnly = (name: string, year: number) =>
  describeDepartment(name, [new ArrayGrid({ sheet: '年报', values: [[title(year)], ['本年度无申请。']] })]);

/** A report whose table 三 does not add up (errors). */
const broken = (s: ReturnType<typeof reportSheet>) => s.set('applications', 'new', 'natural-person', 99);

describe('the edition of the total', () => {
  test('the one most departments use, without being told', () => {
    const result = consolidate([
      report('甲', '2019', 2020),
      report('乙', '2019', 2020),
      report('丙', '2021', 2020),
    ]);
    expect(result.edition).toBe('2019');
    expect(result.departments.map((d) => d.excluded)).toEqual([null, null, 'edition']);
  });

  test('a department with tables of both editions is left out, and said to be of the other one', () => {
    const both = mixed('乙', 2022);
    const result = consolidate([report('甲', '2021', 2022), both, report('丙', '2021', 2022)]);
    expect(result.departments[1]).toMatchObject({ editions: ['2019', '2021'], excluded: 'edition' });
    expect(departmentNote(result.departments[1], result, PLAIN_WORDS)?.zh).toBe(
      '格式版本为 2019 版，与汇总表的 2021 版不同，未纳入汇总',
    );
    expect(editionConflict(result)?.zh).toContain('“乙”为 2019 版，其余为 2021 版');
  });
});

describe('the year of the total', () => {
  test('only departments of the total’s edition with tables vote; ties go to the first', () => {
    const result = consolidate([
      report('甲', '2021', 2022),
      report('乙', '2021', 2023),
      report('丙', '2021', 2022),
      report('丁', '2021', 2024),
      // Left out: another edition, both editions, no tables. Their years would outvote 2022.
      report('戊', '2019', 2023),
      mixed('己', 2023),
      mixed('庚', 2023),
      titleOnly('辛', 2024),
      titleOnly('壬', 2024),
      titleOnly('癸', 2024),
    ]);
    expect(result.edition).toBe('2021');
    expect(result.year).toBe(2022);
    expect(result.departments.map((d) => d.otherYear)).toEqual([
      false,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test('a department without a year is of no other year; with no year voted, none is', () => {
    const undated = consolidate([report('甲', '2021', null), report('乙', '2019', 2020)]);
    expect(undated.year).toBeNull();
    expect(undated.departments.map((d) => d.otherYear)).toEqual([false, false]);
    const dated = consolidate([report('甲', '2021', 2022), report('乙', '2021', null)]);
    expect(dated.departments.map((d) => d.otherYear)).toEqual([false, false]);
  });

  test('other years are listed, included departments only, in each language’s list style', () => {
    const result = consolidate([
      report('甲', '2021', 2022),
      report('乙', '2021', 2022),
      report('丙', '2021', 2021),
      report('丁', '2021', 2020),
      report('戊', '2019', 2019),
    ]);
    expect(mixedYears(result)).toEqual({
      zh: '各单位的报告年度不一致：汇总表按 2022 年度，“丙”为 2021 年度、“丁”为 2020 年度。请确认没有选错文件。',
      en: 'The departments’ report years differ: the consolidated report is for 2022; “丙” is for 2021, “丁” is for 2020. Make sure the right files were chosen.',
    });
  });
});

describe('the statuses', () => {
  test('only a duplicate names the department kept in its place', () => {
    const result = consolidate([report('甲', '2021', 2022), report('乙', '2021', 2022)], {
      duplicateOf: new Map([[1, '甲']]),
    });
    expect(result.departments[1]).toMatchObject({ excluded: 'duplicate', duplicateOf: '甲' });
    expect(Object.keys(result.departments[0])).not.toContain('duplicateOf');
  });

  test('a cell that is no number is listed with its place and what it holds, and adds nothing', () => {
    const result = consolidate([
      report('甲', '2021', 2022, (s) => s.set('applications', 'new', 'natural-person', '见说明')),
      report('乙', '2021', 2022),
    ]);
    const at = reportSheet().at('applications', 'new', 'natural-person');
    expect(result.skipped).toEqual([
      expect.objectContaining({
        department: '甲',
        reason: 'unreadable',
        source: `年报!${cellA1(at.row, at.col)}`,
        raw: '见说明',
      }),
    ]);
  });

  test('a row a department’s table lacks is listed as missing for each column, and adds nothing', () => {
    const result = consolidate([
      report('甲', '2021', 2022, (s) =>
        s.rows.splice(s.at('applications', 'carried-forward', 'total').row, 1),
      ),
      report('乙', '2021', 2022),
    ]);
    const missing = result.skipped.filter((c) => c.reason === 'missing');
    expect(missing.map((c) => `${c.department} ${c.table} ${c.rowId} ${c.columnId}`)).toEqual(
      // The input columns: the total column is worked out from them, not summed.
      ['natural-person', 'commercial', 'research', 'nonprofit', 'legal-services', 'other-org'].map(
        (col) => `甲 applications carried-forward ${col}`,
      ),
    );
    expect(missing.every((c) => !('source' in c) && !('raw' in c))).toBe(true);
    // 乙's figure alone (the clean sheet carries 1 forward in each column).
    const forward = result.cells.find(
      (c) => c.rowId === 'carried-forward' && c.columnId === 'natural-person',
    );
    expect(forward && [forward.value, forward.parts.map((p) => p.department)]).toEqual([1, ['乙']]);
  });

  test('the policy counts the departments with errors it decided on, not those left out otherwise', () => {
    const result = consolidate([report('甲', '2021', 2022, broken), report('乙', '2019', 2022, broken)]);
    expect(result.departments.map((d) => [d.excluded, d.errors > 0])).toEqual([
      [null, true],
      ['edition', true],
    ]);
    expect(invalidPolicy(result, PLAIN_WORDS)).toEqual({
      zh: '有错误的单位：按默认纳入汇总（1 个）。',
      en: 'Departments with errors: in the sums by default (1).',
    });
  });
});
