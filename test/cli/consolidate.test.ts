import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConsolidate, runConsolidate } from '../../src/cli/consolidate';
import { main } from '../../src/cli/main';
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
    expect(r.stdout).toMatch(/未纳入汇总：\n {2}错局：表格有 \d+ 处错误，按要求未纳入汇总/);
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
    expect(r.stdout).toMatch(/Note:\n {2}错局: its tables have \d+ errors but are in the sums/);
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
    [['a.xlsx', '-o', 'T.xlsx', '--frobnicate'], '参数有误'],
    [['a.xlsx', '-o', 'T.xlsx', '--locale', 'fr'], '不支持的语言'],
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
