/** `check` end to end (in-process): formats, -o, rule selection, quiet, max-warnings, annotate, cross-year, the sample. */
import * as ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SAMPLE_WORKBOOK, sampleFolder } from '../../src/cli/check';
import type { Launch } from '../../src/cli/launch';
import { main } from '../../src/cli/main';
import { CSV_COLUMNS } from '../../src/report/present-csv';
import type { JsonOutput } from '../../src/report/present-json';
import { RULES } from '../../src/rules';
import { FIXTURE, fixtureLine, fixtureText, fixtureWorkbook, run, tempDir, type TempDir } from './helpers';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const json = (stdout: string) => JSON.parse(stdout) as JsonOutput;

/** The fixture with a title naming body and year, and optionally one carried-forward cell changed. */
function report(year: number, carriedForward?: number): string {
  const lines = fixtureText().split('\n');
  lines[fixtureLine('# 郑州市政务服务办公室')] = `郑州市政务服务办公室${year}年政府信息公开工作年度报告`;
  if (carriedForward !== undefined) {
    const line = fixtureLine('四、结转下年度继续办理');
    lines[line] = lines[line].replace(/\t0(\t|$)/, `\t${carriedForward}$1`);
  }
  return lines.join('\n');
}

/** The fixture with a number typed as text with its unit: one warning (cell/unit-text), no error. */
function withWarning(): string {
  return fixtureText().replace(/(行政规范性文件\t)1/, '$11件');
}

/** The fixture without tables 二 and 四 (their rows removed; headings and prose stay): table 三 alone. */
function applicationsOnly(): string {
  const lines = fixtureText().split('\n');
  const reviews = fixtureLine('行政复议');
  lines.splice(reviews, 4);
  lines.splice(
    fixtureLine('第二十条第(一)项'),
    fixtureLine('行政事业性收费') - fixtureLine('第二十条第(一)项') + 1,
  );
  return lines.join('\n');
}

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('output formats', () => {
  test('csv: a header, one row per finding, formula-looking cells neutralised', async () => {
    const path = dir.write('=cmd.txt', withWarning());
    const r = await run('check', path, '--format', 'csv');
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows.length).toBeGreaterThan(1);
    // The path starts with "/": fine; a file name starting with "=" inside the path is not at the start.
    const unit = rows.find((row) => row.includes('cell/unit-text'));
    expect(unit).toBeDefined();
    expect(unit?.startsWith(`${path},valid,warning,cell/unit-text`)).toBe(true);
    const bare = await run('check', '=cmd.txt', '--format', 'csv');
    expect(bare.stdout.split('\r\n')[1].startsWith("'=cmd.txt,unreadable,error")).toBe(true);
  });

  test('json is streamed but parses to the documented shape, with previous and annotated', async () => {
    const r = await run('check', FIXTURE, dir.write('x.pdf', 'x'), '--format', 'json');
    expect(r.code).toBe(2);
    const out = json(r.stdout);
    expect(out.tool.name).toBe('disclosure-check');
    expect(out.summary).toEqual({
      files: 2,
      tables: 3,
      errors: 0,
      warnings: out.summary.warnings,
      valid: false,
      partial: 0,
      accepted: 0,
    });
    expect(out.files.map((f) => [f.status, f.previous, f.annotated])).toEqual([
      ['valid', null, null],
      ['unreadable', null, null],
    ]);
  });

  test('-o writes the report to a file and nothing to stdout; never over an input', async () => {
    const out = dir.path('report.json');
    const r = await run('check', FIXTURE, '-f', 'json', '-o', out);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(json(readFileSync(out, 'utf8')).files[0].status).toBe('valid');

    const before = hash(FIXTURE);
    const refused = await run('check', FIXTURE, '-o', FIXTURE);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('不会覆盖');
    expect(hash(FIXTURE)).toBe(before);
  });

  test('csv written with -o starts with a byte-order mark for Excel', async () => {
    const out = dir.path('report.csv');
    await run('check', FIXTURE, '-f', 'csv', '-o', out);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFpath,status')).toBe(true);
  });
});

describe('table 三 alone: a partial pass', () => {
  test.each<[string, string[], string, string]>([
    [
      'zh-CN',
      [],
      '提示  未找到表二、表四，只校验了找到的表格',
      '⚠ 0 个错误，1 个警告，但未找到表二、表四（1 个文件，1 张表）',
    ],
    [
      'en',
      ['--locale', 'en'],
      'note  not found: tables 二 and 四; only the tables found were checked',
      '⚠ 0 errors, 1 warning, but tables 二 and 四 were not found (1 file, 1 table)',
    ],
  ])(
    'text (%s): a note naming the missing tables, ⚠ summary, exit 0',
    async (_locale, args, note, summary) => {
      const path = dir.write('a.txt', applicationsOnly());
      const r = await run('check', path, ...args);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe(`${path}  ${note}`);
      expect(lines[lines.length - 1]).toBe(summary);
      expect(r.code).toBe(0);
    },
  );

  test('json and csv name the missing tables; the file stays valid', async () => {
    const path = dir.write('only3.txt', applicationsOnly());
    const out = json((await run('check', path, '--format', 'json')).stdout);
    expect(out.files[0]).toMatchObject({ status: 'valid', missingTables: ['proactive', 'reviews'] });
    expect(out.files[0].tables.map((t) => t.table)).toEqual(['applications']);
    expect(out.summary).toMatchObject({ files: 1, tables: 1, valid: true, partial: 1 });
    const rows = (await run('check', path, '--format', 'csv')).stdout.trimEnd().split('\r\n');
    // missingTables, then location (the finding's place, or empty on a row without finding), then accepted.
    for (const row of rows.slice(1)) expect(row).toMatch(/,proactive reviews,[^,]*,$/);
  });
});

describe('rule selection, quiet and exit codes', () => {
  test('--rule runs only that rule; --disable skips it', async () => {
    const path = dir.write('warn.txt', withWarning());
    const only = json((await run('check', path, '-f', 'json', '--rule', 'cell/unit-text')).stdout);
    expect(new Set(only.files[0].findings.map((f) => f.ruleId))).toEqual(new Set(['cell/unit-text']));
    const without = json((await run('check', path, '-f', 'json', '--disable', 'cell/unit-text')).stdout);
    expect(without.files[0].findings.map((f) => f.ruleId)).not.toContain('cell/unit-text');
  });

  test('warnings alone exit 0; over --max-warnings exit 1; --quiet hides and does not count them', async () => {
    const path = dir.write('warn2.txt', withWarning());
    const plain = await run('check', path);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('警告');
    const warnings = Number(/(\d+) 个警告/.exec(plain.stdout)?.[1]);
    expect(warnings).toBeGreaterThan(0);

    expect((await run('check', path, '--max-warnings', String(warnings))).code).toBe(0);
    const over = await run('check', path, '--max-warnings', String(warnings - 1));
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`警告 ${warnings} 个，超过 --max-warnings ${warnings - 1}`);
    // The summary's mark follows the exit code: ✖, not ✔, when the warnings fail the run.
    expect(over.stdout).toMatch(
      new RegExp(`^✖ 0 个错误，${warnings} 个警告，超过 --max-warnings ${warnings - 1}（`, 'm'),
    );
    expect(plain.stdout).toMatch(/^✔ 0 个错误/m);

    const quiet = await run('check', path, '-q', '--max-warnings', '0');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/ {2}警告 {2}/);
  });

  test('errors exit 1; unreadable exits 2 even with errors elsewhere', async () => {
    const bad = dir.write('bad.txt', fixtureText().replace(/(\(七\) 总计\t)1/, '$19'));
    expect((await run('check', bad)).code).toBe(1);
    expect((await run('check', bad, dir.write('y.et', 'x'))).code).toBe(2);
  });

  test('rules: the catalog in both languages, as text and JSON', async () => {
    const text = await run('rules');
    expect(text.code).toBe(0);
    for (const r of RULES) expect(text.stdout).toContain(r.meta.id);
    expect(text.stdout).toContain(RULES[0].meta.description.zh);
    expect(text.stdout).toContain(RULES[0].meta.help.en);
    const list = JSON.parse((await run('rules', '--format', 'json')).stdout) as {
      id: string;
      help: { zh: string };
    }[];
    expect(list.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    expect(list[0].help.zh).toBe(RULES[0].meta.help.zh);
  });
});

describe('folders and globs', () => {
  test('a folder is walked recursively in a stable order; lock files and unrelated files skipped', async () => {
    const root = dir.path('tree');
    mkdirSync(join(root, 'b'), { recursive: true });
    dir.write('tree/b/two.txt', fixtureText());
    dir.write('tree/a.txt', fixtureText());
    dir.write('tree/~$a.xlsx', 'lock');
    dir.write('tree/photo.png', 'png');
    dir.write('tree/old.xls', 'x');
    const out = json((await run('check', root, '-f', 'json')).stdout);
    expect(out.files.map((f) => [f.path.slice(root.length + 1), f.status])).toEqual([
      ['a.txt', 'valid'],
      ['b/two.txt', 'valid'],
      ['old.xls', 'unreadable'],
    ]);
  });

  test('a quoted glob is expanded; one that matches nothing is reported, not fatal', async () => {
    const r = await run(
      'check',
      join(dir.path('tree'), '**', '*.TXT'),
      dir.path('none-*.xlsx'),
      '-f',
      'json',
    );
    const out = json(r.stdout);
    expect(out.files.map((f) => f.status)).toEqual(['valid', 'valid', 'unreadable']);
    expect(out.files[2].error).toBe('没有匹配到任何可检查的文件');
    expect(r.code).toBe(2);
  });
});

describe('--annotate', () => {
  test('writes annotated copies into DIR, leaves the inputs byte for byte unchanged', async () => {
    const xlsx = dir.write('in/book.xlsx', await fixtureWorkbook().then((b) => b));
    const text = dir.write('in/warn.txt', withWarning());
    const hashes = [hash(xlsx), hash(text)];
    const out = dir.path('annotated');
    const r = await run('check', xlsx, text, '--annotate', out, '-f', 'json');
    const files = json(r.stdout).files;
    expect(files.map((f) => f.annotated)).toEqual([
      join(out, 'book.checked.xlsx'),
      join(out, 'warn.checked.xlsx'),
    ]);
    expect([hash(xlsx), hash(text)]).toEqual(hashes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'warn.checked.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['校验结果', 'warn']);
  });

  test('refuses a DIR that holds an input', async () => {
    const input = dir.write('beside/r.txt', fixtureText());
    const r = await run('check', input, '--annotate', dir.path('beside'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('标注副本不放在原文件旁边');
    expect(readdirSync(dir.path('beside'))).toEqual(['r.txt']);
  });

  test('two inputs with one name get distinct copies', async () => {
    const a = dir.write('same1.txt', fixtureText());
    mkdirSync(dir.path('other'), { recursive: true });
    const b = dir.write('other/same1.txt', fixtureText());
    const out = dir.path('annotated2');
    const files = json((await run('check', a, b, '--annotate', out, '-f', 'json')).stdout).files;
    expect(files.map((f) => f.annotated)).toEqual([
      join(out, 'same1.checked.xlsx'),
      join(out, 'same1 (2).checked.xlsx'),
    ]);
  });
});

describe('cross-year', () => {
  test('--previous compares with last year: carry-over mismatch reported, JSON names the file', async () => {
    const last = dir.write('cy/last.txt', report(2020, 5));
    const now = dir.write('cy/now.txt', report(2021));
    const out = json((await run('check', now, '--previous', last, '-f', 'json')).stdout);
    expect(out.files[0].previous).toBe(last);
    const carry = out.files[0].findings.filter((f) => f.ruleId === 'cross-year/carry-over');
    expect(carry).toHaveLength(1);
    expect(carry[0]).toMatchObject({ expected: 5, actual: 0 });
  });

  test('a --previous of another body is said to be so, not used, and not claimed as last year', async () => {
    const last = dir.write(
      'cy/other-body.txt',
      report(2020, 5).replace('郑州市政务服务办公室2020年', '某某县财政局2020年'),
    );
    const now = dir.write('cy/now-other.txt', report(2021));
    const out = json((await run('check', now, '--previous', last, '-f', 'json')).stdout);
    expect(out.files[0].previous).toBeNull();
    const crossYear = out.files[0].findings.filter((f) => f.ruleId.startsWith('cross-year/'));
    expect(crossYear.map((f) => f.ruleId)).toEqual(['cross-year/previous-mismatch']);
    expect(crossYear[0].message).toContain('“某某县财政局”');
    const text = await run('check', now, '--previous', last);
    expect(text.stdout).toContain('未用于跨年度核对');
    expect(text.stdout).not.toContain('跨年度核对：');
  });

  test('an unreadable --previous is a usage error', async () => {
    const r = await run('check', FIXTURE, '--previous', dir.path('missing.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取上一年度报告');
  });

  test('in a folder, consecutive years of one body are paired by title or file name', async () => {
    const folder = dir.path('pairs');
    dir.write('pairs/市政务办2020年报.txt', report(2020, 5));
    dir.write('pairs/市政务办2021年报.txt', report(2021));
    dir.write('pairs/other.txt', fixtureText()); // no year: not paired
    const r = await run('check', folder, '-f', 'json');
    const byName = new Map(json(r.stdout).files.map((f) => [f.path.slice(folder.length + 1), f]));
    expect(byName.get('市政务办2021年报.txt')?.previous).toBe(join(folder, '市政务办2020年报.txt'));
    expect(
      byName.get('市政务办2021年报.txt')?.findings.some((f) => f.ruleId === 'cross-year/carry-over'),
    ).toBe(true);
    expect(byName.get('市政务办2020年报.txt')?.previous).toBeNull();
    expect(byName.get('other.txt')?.previous).toBeNull();
    const text = await run('check', folder);
    expect(text.stdout).toContain('跨年度核对：');
  });
});

describe('no path: the bundled sample', () => {
  test('checks examples/sample-2021.xlsx, annotates it into one reused folder and says where', async () => {
    expect(existsSync(SAMPLE_WORKBOOK)).toBe(true);
    const before = hash(SAMPLE_WORKBOOK);
    const r = await run('check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('applications/suspect-cell');
    const copy = /^ {2}(.+sample-2021\.checked\.xlsx)$/m.exec(r.stdout)?.[1];
    expect(copy && existsSync(copy)).toBe(true);
    expect(copy && dirname(copy)).toBe(sampleFolder());
    expect(r.stderr).toContain('示例工作簿');
    expect(r.stderr).toContain('检查自己的文件：disclosure-check check 文件或文件夹');
    expect(hash(SAMPLE_WORKBOOK)).toBe(before);
  });

  test('the same folder at every run, the copy rewritten; the advice names `npm run check -- FILE` under npm', async () => {
    const folder = dir.path('sample-folder');
    const copy = join(folder, 'sample-2021.checked.xlsx');
    const once = async (launch: Launch) => {
      let stdout = '';
      let stderr = '';
      const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) };
      const code = await main(['check'], io, { launch, sampleFolder: folder });
      return { code, stdout, stderr };
    };
    const first = await once({ via: 'npm-check', script: 'bin/disclosure-check.js' });
    expect(first.stdout).toContain(`  ${copy}`);
    expect(first.stderr).toContain('检查自己的文件：npm run check -- 文件或文件夹');
    writeFileSync(copy, 'stale');
    const second = await once({ via: 'node', script: 'bin/disclosure-check.js' });
    expect(second.stdout).toContain(`  ${copy}`);
    expect(readdirSync(folder)).toEqual(['sample-2021.checked.xlsx']);
    expect(readFileSync(copy, 'utf8')).not.toBe('stale');
    expect(second.stderr).toContain('检查自己的文件：node bin/disclosure-check.js check 文件或文件夹');
  });

  test('sampleFolder: one stable folder under the temp folder, named after the user', () => {
    expect(sampleFolder()).toBe(sampleFolder());
    expect(dirname(sampleFolder())).toBe(tmpdir());
    expect(sampleFolder()).toMatch(/disclosure-check-sample-[\w.-]+$/);
  });
});
