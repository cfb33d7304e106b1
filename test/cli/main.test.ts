import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONVERTIBLE } from '../../src/sources/node/convert';
import type { JsonOutput } from '../../src/report/present-json';
import { READABLE } from '../../src/sources/route';
import { FIXTURE, fixtureLine, fixtureText, fixtureWorkbook, run, tempDir, type TempDir } from './helpers';
import { cellA1 } from '../support/a1';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const parseJson = (stdout: string): JsonOutput => JSON.parse(stdout) as JsonOutput;

describe('help, version and usage errors', () => {
  test('--help prints the Chinese help on stdout, exit 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法');
    expect(r.stdout).toContain('check [路径...]');
    expect(r.stderr).toBe('');
  });

  test('--help --locale en prints the English help', async () => {
    const r = await run('--help', '--locale', 'en');
    expect(r.stdout).toContain('Usage:');
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const r = await run('--version');
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test.each<[string, string[], RegExp]>([
    ['no arguments', [], /缺少命令/],
    ['unknown command', ['verify', 'a.xlsx'], /未知命令“verify”/],
    ['bad format', ['check', FIXTURE, '--format', 'xml'], /--format/],
    ['csv is for check only', ['rules', '--format', 'csv'], /--format/],
    ['bad year', ['check', FIXTURE, '--year', '20211'], /--year/],
    ['unknown option', ['check', FIXTURE, '--strict'], /--strict/],
    ['English usage error', ['check', FIXTURE, '--rule', 'no/such', '--locale', 'en'], /No rule "no\/such"/],
  ])('%s → exit 2, message on stderr, nothing on stdout', async (_name, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help/);
  });
});

describe('unreadable inputs → exit 2', () => {
  test('an unsupported extension lists every type that is read or converted', async () => {
    const path = dir.write('report.bak', 'x');
    const r = await run('check', path);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${path}  错误  无法读取：不支持的文件类型“.bak”：可检查 .xlsx、`);
    for (const ext of [...Object.keys(READABLE), ...Object.keys(CONVERTIBLE)])
      expect(r.stdout).toContain(ext);
    expect(r.stdout).toContain('在装有 LibreOffice 时自动转换后检查');
  });

  // Types reports turn up in that are not read: each is told what works for it instead.
  test.each<[string, RegExp, RegExp]>([
    [
      '.md',
      /（Markdown，其中用“\|”分隔的表格读不出来）：请改用报告的 Word 原稿（\.docx）或网页（\.html），或把表格复制到 Excel 另存为 \.xlsx/,
      /\(Markdown; its \|-separated tables cannot be read\): check the report's Word original \(\.docx\)/,
    ],
    ['.ofd', /（OFD 版式文件）：请在 OFD 阅读器.*另存为 PDF/, /\(an OFD document\): save it as PDF/],
    [
      '.png',
      /（图片，本工具不做文字识别）：请改用报告的 Word 原稿/,
      /\(an image; there is no text recognition\)/,
    ],
    ['.JPG', /（图片，本工具不做文字识别）/, /\(an image; there is no text recognition\)/],
    ['.zip', /（压缩包）：请先解压/, /\(an archive\): unpack it first/],
  ])('%s: what works instead, in both locales', async (ext, zh, en) => {
    const path = dir.write(`report${ext}`, 'x');
    const [zhRun, enRun] = [await run('check', path), await run('check', path, '--locale', 'en')];
    expect([zhRun.code, enRun.code]).toEqual([2, 2]);
    expect(zhRun.stdout).toContain(`不支持的文件类型“${ext.toLowerCase()}”（`);
    expect(zhRun.stdout).toMatch(zh);
    expect(enRun.stdout).toMatch(en);
  });

  test('a size over --max-file-size is said in the unit it was given', async () => {
    const r = await run('check', FIXTURE, '--max-file-size', '1KB');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/文件大小 \d+(\.\d+)? KB 超过上限 1 KB/);
  });

  // Each type is told what works for it: Word files to save as .docx, workbooks as .xlsx.
  test.each([
    ['.et', /Save As, type "Excel Workbook \(\*\.xlsx\)"/],
    ['.xls', /Save As, type "Excel Workbook \(\*\.xlsx\)"/],
    ['.docx', /Save As, type "Word Document \(\*\.docx\)"/],
    ['.doc', /Save As, type "Word Document \(\*\.docx\)"/],
    ['.wps', /Save As, type "Word Document \(\*\.docx\)"/],
    ['.pdf', /the content is not a PDF.*Word original \(\.docx\)/],
  ])('text named %s: the content is not what the name says, and what to do', async (ext, advice) => {
    const r = await run('check', dir.write(`report${ext}`, 'x'), '--format', 'json', '--locale', 'en');
    expect(r.code).toBe(2);
    const [file] = parseJson(r.stdout).files;
    expect(file.status).toBe('unreadable');
    expect(file.error).toMatch(advice);
  });

  test('a missing file, in JSON', async () => {
    const r = await run('check', dir.path('nope.xlsx'), '--format', 'json');
    expect(r.code).toBe(2);
    const out = parseJson(r.stdout);
    expect(out.files[0]).toEqual({
      path: dir.path('nope.xlsx'),
      status: 'unreadable',
      error: '文件不存在',
      tables: [],
      missingTables: [],
      findings: [],
      previous: null,
      annotated: null,
      format: null,
      notes: [],
      accepted: [],
      unmatchedSuppressions: [],
      indicators: [],
    });
    expect(out.summary).toEqual({
      files: 1,
      tables: 0,
      errors: 0,
      warnings: 0,
      valid: false,
      partial: 0,
      accepted: 0,
    });
  });

  test('a damaged workbook', async () => {
    const bytes = await fixtureWorkbook();
    const r = await run('check', dir.write('broken.xlsx', bytes.subarray(0, 2000)));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('工作簿不完整（文件被截断');
  });

  test('one unreadable file among good ones still exits 2, and the good ones are checked', async () => {
    const r = await run('check', FIXTURE, dir.path('missing.txt'), '--format', 'json');
    expect(r.code).toBe(2);
    const out = parseJson(r.stdout);
    expect(out.files.map((f) => f.status)).toEqual(['valid', 'unreadable']);
    expect(out.summary.tables).toBe(3);
  });
});

// The tests below run the real engine (src/check.ts) end to end.
describe('checking the fixture', () => {
  test('acceptance: tables 二, 三, 四 in the 2021 edition, no errors, table 三 spans 28 rows', async () => {
    const r = await run('check', FIXTURE, '--format', 'json');
    expect(r.stderr).toBe('');
    const out = parseJson(r.stdout);
    const [file] = out.files;
    expect(file.status).toBe('valid');
    expect(file.tables.map((t) => [t.table, t.edition, t.sheet])).toEqual([
      ['proactive', '2021', 'zhengzhou-zwfwb-2021'],
      ['applications', '2021', 'zhengzhou-zwfwb-2021'],
      ['reviews', '2021', 'zhengzhou-zwfwb-2021'],
    ]);
    expect(file.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const applications = file.tables.find((t) => t.table === 'applications');
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(applications?.range ?? '');
    expect(m && Number(m[2]) - Number(m[1]) + 1).toBe(28);
    expect(out.summary).toMatchObject({ files: 1, tables: 3, errors: 0, valid: true, partial: 0 });
    expect(file.missingTables).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('text output: ✔ summary, exit 0', async () => {
    const r = await run('check', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ .*（1 个文件，3 张表）\n$/m);
  });

  test('the same cells in an .xlsx give the same tables; a blank extra sheet does not matter', async () => {
    const r = await run('check', dir.write('fixture.xlsx', await fixtureWorkbook()), '--format', 'json');
    const [file] = parseJson(r.stdout).files;
    expect(file.tables.map((t) => [t.table, t.sheet])).toEqual([
      ['proactive', '2021年报'],
      ['applications', '2021年报'],
      ['reviews', '2021年报'],
    ]);
    expect(r.code).toBe(0);
  });

  test('one wrong number → exit 1, the culprit named at its address, and its line and column', async () => {
    const line = fixtureLine('一、本年新收政府信息公开申请数量');
    const lines = fixtureText().split('\n');
    const fields = lines[line].split('\t');
    const col = fields.findIndex((f, i) => i > 0 && f === '1'); // 自然人: 1
    fields[col] = '2';
    lines[line] = fields.join('\t');
    const path = dir.write('changed.txt', lines.join('\n'));
    const r = await run('check', path, '--format', 'json');
    expect(r.code).toBe(1);
    const [file] = parseJson(r.stdout).files;
    expect(file.status).toBe('invalid');
    const address = cellA1(line, col);
    const suspect = file.findings.find((f) => f.ruleId === 'applications/suspect-cell');
    expect(suspect).toMatchObject({ address, sheet: 'changed', expected: 1, actual: 2, severity: 'error' });

    const text = await run('check', path);
    expect(text.code).toBe(1);
    // A text file's finding says the line and column an editor shows (a tab is one column).
    const column = [...`${fields.slice(0, col).join('\t')}\t`].length + 1;
    expect(text.stdout).toContain(
      `${path}:表三（一、本年新收政府信息公开申请数量 × 自然人）：第 ${line + 1} 行，第 ${column} 列  错误  `,
    );
    expect(text.stdout).toMatch(/✖ \d+ 个错误/);
  });

  test('a file without any table → exit 1', async () => {
    const r = await run('check', dir.write('notes.txt', '这里没有表格\t1\n'), '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ /);
  });

  test('--locale en renders the findings in English', async () => {
    const lines = fixtureText().split('\n');
    const line = fixtureLine('四、结转下年度继续办理');
    lines[line] = lines[line].replace(/\t0(\t|$)/, '\t5$1');
    const r = await run('check', dir.write('en.txt', lines.join('\n')), '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}error {2}[A-Za-z]/);
    expect(r.stdout).not.toMatch(/[错警]/);
    expect(r.stdout).toMatch(/✖ \d+ errors?, \d+ warnings? \(1 file, 3 tables\)/);
  });
});
