import { checkGrid } from '../../src/check';
import {
  checkTemplate,
  consolidate,
  consolidatedTemplate,
  departmentNote,
  PLAIN_WORDS,
  describeDepartment,
  skippedNote,
  type SkippedCell,
  type Department,
} from '../../src/consolidate';
import { ArrayGrid } from '../../src/grid';
import { fillKey, expectedSums, generatedDepartment } from './departments';

const department = (i: number, options?: Parameters<typeof generatedDepartment>[1]) => {
  const d = generatedDepartment(i, options);
  return { ...d, department: describeDepartment(d.name, [d.grid]) };
};

describe('generated departments', () => {
  test.each([0, 1, 2, 3])('department %i has no errors on its own', (i) => {
    const report = checkGrid(department(i).grid);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(report.tables.map((t) => t.table).sort()).toEqual(['applications', 'proactive', 'reviews']);
  });
});

describe.each([3, 50])('consolidating %i departments', (n) => {
  const departments = Array.from({ length: n }, (_, i) => department(i));
  const result = consolidate(departments.map((d) => d.department));

  test('every input cell is the cell-wise sum', () => {
    const sums = expectedSums(departments);
    expect(result.cells.length).toBeGreaterThan(150);
    for (const cell of result.cells) expect(cell.value).toBeCloseTo(sums.get(fillKey(cell)) ?? NaN, 6);
  });

  test('every department is in, each cell has one part per department', () => {
    expect(result.departments.map((d) => d.excluded)).toEqual(departments.map(() => null));
    expect(result.skipped).toEqual([]);
    for (const cell of result.cells)
      expect(cell.parts.map((p) => p.department)).toEqual(departments.map((d) => d.name));
  });

  test('the consolidated report checks clean, and its totals are the sums of the departments’ totals', () => {
    const template = consolidatedTemplate(result, '某某市');
    const report = checkTemplate(template);
    expect(report.findings.map((f) => f.message)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.year).toBe(2022);
    const sums = expectedSums(departments);
    const total = template.tables[1].cells.find((c) => c.rowId === 'outcome-total' && c.columnId === 'total');
    const at = template.cells.find((c) => c.row === total?.cell.row && c.col === total?.cell.col);
    expect(at?.result).toBe(sums.get('applications|outcome-total|total'));
  });
});

describe('departments left out', () => {
  const good = [0, 1, 2].map((i) => department(i));
  // Department 3 with one broken cell: 一、本年新收 × 自然人 raised by 5 (row total and balance fail).
  const broken = generatedDepartment(3);
  const fill = broken.fills.find(
    (f) => f.table === 'applications' && f.rowId === 'new' && f.columnId === 'natural-person',
  );
  if (!fill || fill.value === null) throw new Error('no cell');
  const bad = broken.grid;
  const located = describeDepartment(broken.name, [bad]).sources[0].tables.find(
    (t) => t.table === 'applications',
  );
  const at = located?.cells.get('new|natural-person');
  if (!at) throw new Error('not located');
  const values = Array.from({ length: bad.rowCount }, (_, r) =>
    Array.from({ length: bad.colCount }, (_, c) => bad.value(r, c)),
  );
  values[at.row][at.col] = fill.value + 5;
  const invalid: Department = describeDepartment(broken.name, [
    new ArrayGrid({ sheet: broken.name, values, merges: bad.merges }),
  ]);
  const all = [...good.map((d) => d.department), invalid];

  test('a department with errors is listed and, by default, summed', () => {
    const result = consolidate(all);
    const status = result.departments[3];
    expect(status.errors).toBeGreaterThan(0);
    expect(status.excluded).toBeNull();
    expect(status.errorMessages[0]).toContain(broken.name);
    expect(departmentNote(status, result, PLAIN_WORDS)?.zh).toContain(`${status.errors} 处错误`);
    const cell = result.cells.find(
      (c) => c.table === 'applications' && c.rowId === 'new' && c.columnId === 'natural-person',
    );
    expect(cell?.value).toBe(
      (expectedSums([...good, broken]).get('applications|new|natural-person') ?? 0) + 5,
    );
    // Its error carries over into the consolidated report.
    expect(checkTemplate(consolidatedTemplate(result)).errors).toBeGreaterThan(0);
  });

  test('with excludeInvalid it is left out and the result checks clean', () => {
    const result = consolidate(all, { excludeInvalid: true });
    expect(result.departments.map((d) => d.excluded)).toEqual([null, null, null, 'errors']);
    const sums = expectedSums(good);
    for (const cell of result.cells) expect(cell.value).toBeCloseTo(sums.get(fillKey(cell)) ?? NaN, 6);
    expect(checkTemplate(consolidatedTemplate(result)).valid).toBe(true);
  });

  test('mixed editions: the minority edition is listed and left out', () => {
    const old = department(5, { edition: '2019', year: 2020 });
    const result = consolidate([...good.map((d) => d.department), old.department]);
    expect(result.edition).toBe('2021');
    expect(result.departments[3]).toMatchObject({ excluded: 'edition', editions: ['2019'], otherYear: true });
    expect(departmentNote(result.departments[3], result, PLAIN_WORDS)?.zh).toContain('2019 版');
    const sums = expectedSums(good);
    for (const cell of result.cells) expect(cell.value).toBeCloseTo(sums.get(fillKey(cell)) ?? NaN, 6);
  });

  test('the edition can be chosen: then the 2021 departments are the ones left out', () => {
    const old = [4, 5].map((i) => department(i, { edition: '2019', year: 2020 }));
    const result = consolidate(
      [...good, ...old].map((d) => d.department),
      { edition: '2019' },
    );
    expect(result.departments.map((d) => d.excluded)).toEqual(['edition', 'edition', 'edition', null, null]);
    expect(result.year).toBe(2020);
    const sums = expectedSums(old);
    for (const cell of result.cells) expect(cell.value).toBeCloseTo(sums.get(fillKey(cell)) ?? NaN, 6);
    expect(checkTemplate(consolidatedTemplate(result)).valid).toBe(true);
  });

  test('a department without tables is left out; one lacking a table is in, and the lack is listed', () => {
    const empty = describeDepartment('空白', [new ArrayGrid({ sheet: '空白', values: [['说明'], ['无']] })]);
    const d = generatedDepartment(1);
    const top =
      describeDepartment(d.name, [d.grid]).sources[0].tables.find((t) => t.table === 'reviews')?.bounds.top ??
      0;
    const cut = new ArrayGrid({
      sheet: d.name,
      values: Array.from({ length: top }, (_, r) =>
        Array.from({ length: d.grid.colCount }, (_, c) => d.grid.value(r, c)),
      ),
      merges: d.grid.merges.filter((m) => m.bottom < top),
    });
    const result = consolidate([good[0].department, empty, describeDepartment(d.name, [cut])]);
    expect(result.departments.map((s) => s.excluded)).toEqual([null, 'no-tables', null]);
    expect(result.departments[2].missing).toEqual(['reviews']);
    const reviews = result.cells.filter((c) => c.table === 'reviews');
    expect(reviews.every((c) => c.parts.length === 1)).toBe(true);
    const sums = expectedSums([good[0]]);
    for (const c of reviews) expect(c.value).toBeCloseTo(sums.get(fillKey(c)) ?? NaN, 6);
  });
});

describe('the note on a cell left out of the total', () => {
  const place = {
    department: '甲局',
    table: 'applications',
    rowId: 'carried-forward',
    columnId: 'natural-person',
    rowLabel: { zh: '上年结转', en: 'carried forward' },
    columnLabel: { zh: '自然人', en: 'natural persons' },
  } as const;
  test.each<[string, SkippedCell, { zh: string; en: string }]>([
    [
      'a cell that is not a number names its place and what it holds',
      { ...place, reason: 'unreadable', source: '甲局!C9', raw: '不详' },
      {
        zh: '甲局!C9 的内容“不详”不是有效数字，未计入',
        en: '甲局!C9 holds "不详", not a number; not counted',
      },
    ],
    [
      'what it holds is quoted as it is, a value of another type too',
      { ...place, reason: 'unreadable', source: '乙!D7', raw: true },
      { zh: '乙!D7 的内容“true”不是有效数字，未计入', en: '乙!D7 holds "true", not a number; not counted' },
    ],
    [
      'a cell the table lacks counts as 0',
      { ...place, reason: 'missing' },
      { zh: '该单位的表中没有这一格，按 0 计', en: 'the department’s table lacks this cell; counted as 0' },
    ],
  ])('%s', (_, cell, note) => {
    expect(skippedNote(cell)).toEqual(note);
  });
});
