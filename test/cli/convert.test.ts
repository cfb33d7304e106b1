/**
 * Old binary formats through LibreOffice: real .doc and .xls files written by LibreOffice itself,
 * checked as the CLI does; the input is never touched and nothing is left behind.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, promises as fsPromises, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convert, findSoffice } from '../template/soffice';
import { seedReportHtml } from '../support/report-html';
import { fixtureWorkbook, FIXTURE, run, tempDir, type TempDir } from './helpers';

const soffice = findSoffice();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the conversion tests are skipped');

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: TempDir;
beforeAll(async () => {
  dir = tempDir();
  if (!soffice) return;
  const html = dir.write('src/seed.html', seedReportHtml());
  const xlsx = dir.write('src/seed.xlsx', await fixtureWorkbook());
  convert(soffice, 'doc:MS Word 97', dir.path('in'), [html]);
  convert(soffice, 'xls:MS Excel 97', dir.path('in'), [xlsx]);
  // WPS Office writes .wps / .et in the same Compound File formats; LibreOffice reads them by content.
  copyFileSync(dir.path('in/seed.doc'), dir.path('in/seed-copy.wps'));
  copyFileSync(dir.path('in/seed.xls'), dir.path('in/seed-copy.et'));
}, 120_000);
afterAll(() => dir.remove());

describeWithLibreOffice('old formats converted by LibreOffice', () => {
  const expected = async () => JSON.parse((await run('check', FIXTURE, '-f', 'json')).stdout) as Json;
  type Json = {
    files: {
      findings: { ruleId: string; message: string }[];
      tables: unknown[];
      format: string;
      notes: string[];
    }[];
  };

  test.each(['seed.doc', 'seed-copy.wps'])(
    '%s: same tables and findings as the text, and says it was converted',
    async (name) => {
      const path = dir.path(`in/${name}`);
      const before = sha(path);
      const r = await run('check', path, '-f', 'json');
      const [file] = (JSON.parse(r.stdout) as Json).files;
      const [want] = (await expected()).files;
      expect(file.tables).toHaveLength(want.tables.length);
      expect(file.findings.map((f) => [f.ruleId, f.message])).toEqual(
        want.findings.map((f) => [f.ruleId, f.message]),
      );
      expect(file.format).toBe('docx');
      expect(file.notes[0]).toContain('LibreOffice');
      expect(sha(path)).toBe(before);
    },
    60_000,
  );

  test.each(['seed.xls', 'seed-copy.et'])(
    '%s is read as a workbook',
    async (name) => {
      const r = await run('check', dir.path(`in/${name}`), '-f', 'json');
      const [file] = (JSON.parse(r.stdout) as Json).files;
      expect(file.format).toBe('xlsx');
      expect(file.tables).toHaveLength(3);
      expect(file.findings.filter((f) => f.ruleId !== 'narrative/itemized-sum')).toEqual([]);
    },
    60_000,
  );

  test('nothing is left next to the input or in the temporary folder', async () => {
    const before = readdirSync(dir.path('in')).sort();
    // The folders this run makes, not a listing of the shared temporary folder: other test processes
    // convert files there too, and their folders come and go while this one runs.
    const made: string[] = [];
    const mkdtemp = fsPromises.mkdtemp.bind(fsPromises);
    const spy = jest.spyOn(fsPromises, 'mkdtemp').mockImplementation(async (prefix: string) => {
      const folder = await mkdtemp(prefix);
      made.push(folder);
      return folder;
    });
    try {
      expect((await run('check', dir.path('in/seed.doc'))).code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir.path('in')).sort()).toEqual(before);
    expect(made.map((d) => basename(d))).toEqual([expect.stringMatching(/^disclosure-convert-/)]);
    expect(made.filter((d) => existsSync(d))).toEqual([]);
  }, 60_000);

  test('a damaged .doc gets a clear message, exit 2', async () => {
    const bytes = readFileSync(dir.path('in/seed.doc'));
    const damaged = dir.write('bad/damaged.doc', bytes.subarray(0, 600));
    const r = await run('check', damaged);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/LibreOffice 无法转换|已损坏|不是/);
  }, 60_000);
});

describe('without LibreOffice', () => {
  const saved = process.env.DISCLOSURE_CHECK_SOFFICE;
  beforeEach(() => {
    process.env.DISCLOSURE_CHECK_SOFFICE = '';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.DISCLOSURE_CHECK_SOFFICE;
    else process.env.DISCLOSURE_CHECK_SOFFICE = saved;
  });

  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  test.each([
    ['old.doc', 'zh-CN', '“Word 文档 (*.docx)”'],
    ['old.wps', 'zh-CN', 'WPS 文字'],
    ['old.xls', 'zh-CN', '“Excel 工作簿 (*.xlsx)”'],
    ['old.et', 'en', '"Excel Workbook (*.xlsx)"'],
  ])('%s: exit 2 and how to save it (%s)', async (name, locale, advice) => {
    const r = await run('check', dir.write(`none/${name}`, ole), '-l', locale);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(advice);
    expect(r.stdout).toContain('LibreOffice');
  });
});
