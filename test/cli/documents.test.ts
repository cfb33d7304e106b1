/**
 * The report as it really travels, checked by the CLI in one mixed folder: a Word file (with a
 * tracked change), a web page in GBK with its "网页，全部" parts folder, a PDF printed by
 * LibreOffice, text copied from a PDF, and the tab-separated text. Every one gives the tables and
 * findings of the text, with locations in its own terms.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { readDocx } from '../../src/sources/docx';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { seedReportDocx } from '../support/docx-report';
import { layoutText } from '../support/layout-text';
import { reportDocx } from '../support/report-pdf';
import { seedReportHtml } from '../support/report-html';
import { convert, findSoffice } from '../template/soffice';
import { FIXTURE, fixtureText, run, tempDir, type TempDir } from './helpers';

jest.setTimeout(120_000);

interface JsonFile {
  path: string;
  status: string;
  format: string | null;
  notes: string[];
  tables: { table: string }[];
  findings: { ruleId: string; message: string; location: { kind: string }; where: string }[];
}
const files = (stdout: string) => (JSON.parse(stdout) as { files: JsonFile[] }).files;
/**
 * Tables and findings. The quoted sentence is left out of the comparison: LibreOffice's PDF of the
 * Word file has no text for a comma it hangs in the margin at a line end ("14 条，" → "14 条"), so the
 * quote differs by that comma while the numbers, the rule and the rest of the message do not.
 */
const summary = (f: JsonFile) => ({
  tables: f.tables.map((t) => t.table),
  findings: f.findings.map((x) => [x.ruleId, x.message.replace(/^正文“[^”]*”/, '正文“…”')]),
});

const soffice = findSoffice();
let dir: TempDir;
beforeAll(async () => {
  dir = tempDir();
  dir.write('reports/a-word.docx', await seedReportDocx());
  dir.write('reports/b-page.htm', seedReportHtml({ charset: 'gbk' }));
  // A browser's "网页，全部" saves the page's parts beside it; they are not reports.
  dir.write('reports/b-page_files/frame.htm', '<html><body><table><tr><td>1</td></tr></table></body></html>');
  dir.write('reports/c-copied.txt', layoutText(fixtureText()));
  dir.write('reports/d-tabs.txt', readFileSync(FIXTURE));
  mkdirSync(dir.path('out'), { recursive: true });
  if (soffice) {
    const docx = dir.write('src/e-printed.docx', await reportDocx());
    mkdirSync(dir.path('reports'), { recursive: true });
    convert(soffice, 'pdf', dir.path('reports'), [docx]);
  }
});
afterAll(() => dir.remove());

describe('a folder of reports in every format', () => {
  let out: JsonFile[];
  let expected: ReturnType<typeof summary>;
  beforeAll(async () => {
    expected = summary(files((await run('check', FIXTURE, '-f', 'json')).stdout)[0]);
    out = files((await run('check', dir.path('reports'), '-f', 'json')).stdout);
  });

  test('the parts folder of a saved page is skipped; every report is read', () => {
    const names = out.map((f) => f.path.slice(dir.path('reports').length + 1));
    expect(names).toEqual([
      'a-word.docx',
      'b-page.htm',
      'c-copied.txt',
      'd-tabs.txt',
      ...(soffice ? ['e-printed.pdf'] : []),
    ]);
    expect(out.map((f) => f.format)).toEqual(['docx', 'html', 'text', 'text', ...(soffice ? ['pdf'] : [])]);
  });

  test('each gives the same tables and findings as the tab-separated text', () => {
    for (const f of out) expect([f.path, summary(f)]).toEqual([f.path, expected]);
    expect(expected.findings).toEqual([['narrative/itemized-sum', expect.stringContaining('33')]]);
  });

  test('locations: a paragraph of a document, a line and column of a text file', () => {
    const where = (name: string) => out.find((f) => f.path.endsWith(name))!.findings[0];
    expect(where('a-word.docx').location).toMatchObject({ kind: 'paragraph', page: null });
    expect(where('a-word.docx').where).toMatch(/^第 \d+ 段“（一）主动公开情况。2021年，市政务办主动公开…”$/);
    expect(where('b-page.htm').location.kind).toBe('paragraph');
    expect(where('d-tabs.txt').location).toEqual({ kind: 'text', line: 11, column: 1 });
    if (soffice) expect(where('e-printed.pdf').location).toMatchObject({ kind: 'paragraph', page: 1 });
  });

  test('the Word file says its tracked changes were read as accepted', () => {
    const word = out.find((f) => f.format === 'docx')!;
    expect(word.notes).toEqual([expect.stringContaining('修订')]);
  });
});

describe('text output for a document', () => {
  test('the finding line names the paragraph instead of an A1 address', async () => {
    const r = await run('check', dir.path('reports/a-word.docx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /a-word\.docx:第 \d+ 段“（一）主动公开情况。2021年，市政务办主动公开…” {2}警告 {2}正文“市政务办主动公开信息33条/,
    );
    expect(r.stdout).toMatch(/a-word\.docx {2}提示 {2}文档含有 \d+ 处修订/);
  });
});

describe('template --from and consolidate take documents too', () => {
  test('template --from a Word file fills the tables', async () => {
    const out = dir.path('out/from-word.xlsx');
    const r = await run('template', out, '--from', dir.path('reports/a-word.docx'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout + r.stderr).toMatch(/填入|filled/);
  });

  test('consolidate a web page alone adds up its tables', async () => {
    const r = await run('consolidate', dir.path('reports/b-page.htm'), '-o', dir.path('out/total.xlsx'));
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('--annotate on documents', () => {
  test('a Word file gets a Word copy, other documents a workbook of what was read; inputs untouched', async () => {
    const word = dir.path('reports/a-word.docx');
    const before = createHash('sha256').update(readFileSync(word)).digest('hex');
    const r = await run(
      'check',
      word,
      dir.path('reports/b-page.htm'),
      '--annotate',
      dir.path('marked'),
      '-f',
      'json',
    );
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => (f as JsonFile & { annotated: string }).annotated)).toEqual([
      dir.path('marked/a-word.checked.docx'),
      dir.path('marked/b-page.checked.xlsx'),
    ]);
    const copy = new Uint8Array(readFileSync(dir.path('marked/a-word.checked.docx')));
    // The copy is a Word file the reader reads back, with the summary on top.
    const reread = readDocx(copy, { sheet: 'copy', limits: DEFAULT_LIMITS });
    expect(String(reread.grids[0].value(0, 0))).toMatch(/^政府信息公开年报校验助手：0 个错误，1 个警告/);
    expect(readFileSync(dir.path('marked/b-page.checked.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(createHash('sha256').update(readFileSync(word)).digest('hex')).toBe(before);
  });
});
