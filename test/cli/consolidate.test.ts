import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConsolidate, runConsolidate } from '../../src/cli/consolidate';
import { main } from '../../src/cli/main';
import { consolidateGrids } from '../../src/office/consolidate';
import { checkGrids } from '../../src/check';
import { SHEET_WORDS } from '../../src/consolidate';
import { ArrayGrid, type Grid } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { readCell } from '../../src/rules/values';
import { readXlsx } from '../../src/xlsx/read';
import { departmentBytes, expectedSums, fillKey, generatedDepartment } from '../consolidate/departments';

let dir: string;
const departments = [0, 1, 2].map((i) => generatedDepartment(i, { seed: 31 }));
const files: string[] = [];
let broken: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-consolidate-'));
  for (const d of departments) {
    files.push(join(dir, `${d.name}.xlsx`));
    writeFileSync(files[files.length - 1], await departmentBytes(d.grid));
  }
  // A fourth department whose table 三 does not balance: 一、本年新收 × 自然人 raised by 2.
  const bad = generatedDepartment(3, { seed: 31 });
  const rows = Array.from({ length: bad.grid.rowCount }, (_, r) =>
    Array.from({ length: bad.grid.colCount }, (_, c) => bad.grid.value(r, c)),
  );
  const at = locateTables(bad.grid)
    .find((t) => t.table === 'applications')
    ?.cells.get(cellKey('new', 'natural-person'));
  if (!at) throw new Error('not located');
  rows[at.row][at.col] = (rows[at.row][at.col] as number) + 2;
  broken = join(dir, '错局.xlsx');
  writeFileSync(
    broken,
    await departmentBytes(new ArrayGrid({ sheet: bad.name, values: rows, merges: bad.grid.merges })),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConsolidate(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** 汇总表 of a written file: its input numbers by fill key, and its check. */
async function total(path: string) {
  const grids = await readXlsx(readFileSync(path));
  const sheet = grids.find((g) => g.sheet === SHEET_WORDS.reportSheet) as Grid;
  const values = new Map<string, number | null>();
  for (const table of locateTables(sheet))
    for (const [key, at] of table.cells) {
      const [rowId, columnId] = key.split('|');
      values.set(fillKey({ table: table.table, rowId, columnId }), readCell(sheet, at, 'count').value);
    }
  return { values, report: checkGrids([sheet]), sheets: grids.map((g) => g.sheet) };
}

describe('disclosure-check consolidate', () => {
  test('three clean departments: writes the total, exit 0, and says so', async () => {
    const out = join(dir, 'total.xlsx');
    const r = await run(...files, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 个单位中 3 个纳入汇总');
    expect(r.stdout).toContain('汇总表校验通过');
    expect(r.stdout).toContain('有错误的单位：无（如有，按默认纳入汇总）。');
    const written = await total(out);
    expect(written.sheets).toEqual([
      SHEET_WORDS.reportSheet,
      SHEET_WORDS.breakdownSheet,
      SHEET_WORDS.notesSheet,
    ]);
    const sums = expectedSums(departments);
    for (const [key, value] of written.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    expect(written.report.valid).toBe(true);
  });

  test('never overwrites without --force', async () => {
    const out = join(dir, 'kept.xlsx');
    writeFileSync(out, 'keep me');
    const r = await run(...files, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(...files, '-o', out, '--force')).code).toBe(0);
    expect((await total(out)).report.valid).toBe(true);
  });

  test('--exclude-invalid: the department with errors is listed, left out, and the exit code is 1', async () => {
    const out = join(dir, 'excluded.xlsx');
    const r = await run(...files, broken, '--exclude-invalid', '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4 个单位中 3 个纳入汇总');
    expect(r.stdout).toMatch(/未纳入汇总：\n {2}错局：表格有 \d+ 处错误，按 --exclude-invalid 未纳入汇总/);
    expect(r.stdout).toContain('有错误的单位：按 --exclude-invalid 未纳入汇总（1 个）。');
    const written = await total(out);
    const sums = expectedSums(departments);
    for (const [key, value] of written.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    expect(written.report.valid).toBe(true);
  });

  test('without it, the department is summed with a caution, and the total’s error is reported', async () => {
    const out = join(dir, 'included.xlsx');
    const r = await run(...files, broken, '-o', out, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4 of 4 departments in the sums');
    expect(r.stdout).toMatch(/Note:\n {2}错局: its tables have \d+ errors; in the sums by default/);
    expect(r.stdout).toContain(
      'Departments with errors: in the sums by default (1). To leave them out, run again with --exclude-invalid.',
    );
    expect(r.stdout).toMatch(/汇总表 has [1-9]\d* errors/);
    expect((await total(out)).report.errors).toBeGreaterThan(0);
  });

  test('an unreadable input: nothing is written, exit 2', async () => {
    const out = join(dir, 'partial.xlsx');
    const r = await run(...files, join(dir, 'absent.xlsx'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('absent.xlsx');
    expect(r.stderr).toContain('未生成汇总结果');
    expect(existsSync(out)).toBe(false);
  });

  test('inputs without any table: nothing is written, exit 2', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, '会议纪要\n无\n');
    const out = join(dir, 'none.xlsx');
    const r = await run(text, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有任何单位的报告中找到表二、表三或表四');
    expect(existsSync(out)).toBe(false);
  });
});

describe('parseConsolidate', () => {
  test('reads the options', () => {
    expect(
      parseConsolidate([
        'a.xlsx',
        'b.txt',
        '-o',
        'T.xlsx',
        '--exclude-invalid',
        '--force',
        '--year',
        '2022',
        '--body',
        ' 某某市 ',
      ]),
    ).toEqual({
      command: {
        files: ['a.xlsx', 'b.txt'],
        out: 'T.xlsx',
        excludeInvalid: true,
        keep: [],
        force: true,
        body: '某某市',
        year: 2022,
        locale: 'zh-CN',
      },
    });
  });

  test.each([
    [['-o', 'T.xlsx'], '请给出要汇总'],
    [['a.xlsx'], '请用 -o'],
    [['a.xlsx', '-o', 'T.csv'], '必须是 .xlsx'],
    [['T.xlsx', '-o', './T.xlsx'], '也在输入文件中'],
    [['a.xlsx', '-o', 'T.xlsx', '--year', '22'], '年度无效'],
    [['a.xlsx', '-o', 'T.xlsx', '--frobnicate'], '未知选项 --frobnicate。'],
    [
      ['a.xlsx', '-o', 'T.xlsx', '--exclude-invalids'],
      '未知选项 --exclude-invalids：是否想用 --exclude-invalid？',
    ],
    [['a.xlsx', '-o'], '选项 -o/--output 需要一个值'],
    [['a.xlsx', '-o', 'T.xlsx', '--locale', 'en', '--frobnicate'], 'Unknown option --frobnicate.'],
    [['a.xlsx', '-o', 'T.xlsx', '--locale', 'fr'], '不支持的语言'],
    [['a.xlsx', '-o', 'T.xlsx', '--keep', 'b.xlsx'], '--keep 给出的“b.xlsx”不在要汇总的文件中'],
  ])('%j: %s', (argv, message) => {
    const parsed = parseConsolidate(argv);
    expect('problem' in parsed && parsed.problem).toContain(message);
  });

  test('usage problems exit 2 with the usage line', async () => {
    const r = await run('a.xlsx', '--locale', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give the output workbook with -o');
    expect(r.stderr).toContain('Usage: disclosure-check consolidate');
  });
});

describe('dispatch', () => {
  test('`disclosure-check consolidate …` runs it, and the help names it', async () => {
    const out = join(dir, 'main.xlsx');
    const text: string[] = [];
    const io = { stdout: (t: string) => text.push(t), stderr: (t: string) => text.push(t) };
    expect(await main(['consolidate', ...files, '-o', out], io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    await main(['--help'], io);
    expect(text.join('')).toContain('consolidate 文件... -o 汇总.xlsx');
  });
});

/** Writes a generated department's report as an .xlsx file of the given name. */
async function write(name: string, department: { grid: Grid }): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await departmentBytes(department.grid));
  return path;
}

/** The text of the 汇总说明 sheet of a written file. */
async function notesOf(path: string): Promise<string> {
  const notes = (await readXlsx(readFileSync(path))).find((g) => g.sheet === SHEET_WORDS.notesSheet) as Grid;
  const cells: string[] = [];
  for (let r = 0; r < notes.rowCount; r++)
    for (let c = 0; c < notes.colCount; c++)
      if (notes.value(r, c) !== null) cells.push(String(notes.value(r, c)));
  return cells.join('\n');
}

describe('one report given twice is refused unless --keep says which', () => {
  test.each([
    ['zh-CN', '是同一个文件，列出了 2 次', '请用 --keep 指定每组保留哪个文件'],
    ['en', 'is one file listed 2 times', 'Say which file of each group to keep with --keep'],
  ])('%s: the same path twice: exit 2, nothing written, and how to choose', async (locale, said, how) => {
    const out = join(dir, `twice-${locale}.xlsx`);
    const r = await run(files[0], files[1], files[0], '-o', out, '--locale', locale);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`“${files[0]}”${locale === 'en' ? ' ' : ''}${said}`);
    expect(r.stderr).toContain(how);
    expect(r.stderr).toContain(`--keep ${files[0]}`);
  });

  test('a byte-identical copy under another name: refused, both named', async () => {
    const copy = join(dir, '第1局（终稿）.xlsx');
    writeFileSync(copy, readFileSync(files[0]));
    const out = join(dir, 'copy.xlsx');
    const r = await run(files[0], files[1], copy, '-o', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(`“${files[0]}”、“${copy}”的内容完全相同`);
  });

  test('two files of one body and year, with different numbers: refused, naming the body and year', async () => {
    const other = await write('第1局-修改稿.xlsx', generatedDepartment(0, { seed: 77 }));
    const out = join(dir, 'same-body.xlsx');
    const r = await run(files[0], other, '-o', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(`“${files[0]}”、“${other}”都是“第1局” 2022 年度的报告`);
  });

  test('--keep: the kept file is summed once, the other is listed as left out, exit 0', async () => {
    const copy = join(dir, '第1局 副本.xlsx');
    writeFileSync(copy, readFileSync(files[0]));
    const out = join(dir, 'kept-one.xlsx');
    const r = await run(copy, files[0], files[1], '--keep', files[0], '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 个单位中 2 个纳入汇总');
    expect(r.stdout).toContain(`未纳入汇总：\n  第1局 副本：与“${files[0]}”重复，按 --keep 未纳入汇总`);
    const written = await total(out);
    const sums = expectedSums(departments.slice(0, 2));
    for (const [key, value] of written.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    expect(await notesOf(out)).toContain(`与“${files[0]}”重复，按 --keep 未纳入汇总`);
  });

  test('--keep on a path listed twice counts it once', async () => {
    const out = join(dir, 'kept-path.xlsx');
    const r = await run(files[0], files[0], '--keep', files[0], '-o', out);
    expect(r.code).toBe(0);
    const written = await total(out);
    const sums = expectedSums(departments.slice(0, 1));
    for (const [key, value] of written.values) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
  });

  test('--keep naming two files of one group does not choose: refused', async () => {
    const copy = join(dir, '第2局 副本.xlsx');
    writeFileSync(copy, readFileSync(files[1]));
    const out = join(dir, 'kept-both.xlsx');
    const r = await run(files[1], copy, '--keep', files[1], '--keep', copy, '-o', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain('--keep 在这一组中给出了多个文件');
  });
});

describe('report years and editions', () => {
  test.each([
    [
      'zh-CN',
      '请注意：各单位的报告年度不一致：汇总表按 2022 年度，“第4局”为 2021 年度。请确认没有选错文件。',
    ],
    [
      'en',
      'Note: The departments’ report years differ: the consolidated report is for 2022; “第4局” is for 2021.',
    ],
  ])('%s: another year is warned on the console and in 汇总说明; exit 1', async (locale, warning) => {
    const earlier = await write('第4局.xlsx', generatedDepartment(3, { seed: 31, year: 2021 }));
    const out = join(dir, `years-${locale}.xlsx`);
    const r = await run(files[0], files[1], earlier, '-o', out, '--locale', locale);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(warning);
    expect(await notesOf(out)).toContain('各单位的报告年度不一致');
  });

  test.each([
    ['zh-CN', '各单位报告的格式版本不同，不能相加：“第5局”为 2019 版，其余为 2021 版', '未生成汇总结果。'],
    ['en', 'cannot be added: “第5局” use the 2019 edition', 'No consolidated report was written.'],
  ])('%s: an edition that cannot be added: exit 2, nothing written', async (locale, said, notWritten) => {
    const old = await write('第5局.xlsx', generatedDepartment(4, { edition: '2019', year: 2020 }));
    const out = join(dir, `editions-${locale}.xlsx`);
    const r = await run(files[0], files[1], old, '-o', out, '--locale', locale);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(notWritten);
  });
});

describe('departments with errors: included by default, in the console’s words', () => {
  test('the summary names --exclude-invalid, never the task pane’s checkbox', async () => {
    const out = join(dir, 'words.xlsx');
    const r = await run(...files, broken, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/错局：表格有 \d+ 处错误，按默认纳入汇总/);
    expect(r.stdout).toContain(
      '有错误的单位：按默认纳入汇总（1 个）。如要排除，请加 --exclude-invalid 重新汇总。',
    );
    expect(r.stdout).not.toMatch(/排除有错误的单位|不计入表格有错误的单位|按要求/);
    const notes = await notesOf(out);
    expect(notes).toContain(
      '有错误的单位：按默认纳入汇总（1 个）。如要排除，请加 --exclude-invalid 重新汇总。',
    );
    expect(notes).not.toMatch(/排除有错误的单位|不计入表格有错误的单位|按要求/);
  });

  test('the same inputs give the same totals here and in the task pane, each with its default', async () => {
    const out = join(dir, 'as-pane.xlsx');
    expect((await run(...files, broken, '-o', out)).code).toBe(1);
    const written = await total(out);
    // What the pane computes with the dialog's default choice (ConsolidateDialog.test.tsx checks it).
    const grids = await Promise.all(
      [...files, broken].map(async (f) => (await readXlsx(readFileSync(f)))[0]),
    );
    const pane = consolidateGrids(grids, { excludeInvalid: false, body: null, locale: 'zh-CN' }, '汇总表');
    if ('refused' in pane) throw new Error('refused');
    expect(pane.consolidation.departments.every((d) => d.excluded === null)).toBe(true);
    for (const cell of pane.consolidation.cells)
      expect([fillKey(cell), written.values.get(fillKey(cell))]).toEqual([fillKey(cell), cell.value]);
  });
});
