/**
 * The task pane's report-file reader on real files: the seed report as Word (the `docx` package), a
 * web page (UTF-8 and GBK), an MHTML archive, text, CSV, an Excel workbook (exceljs) and a PDF
 * (LibreOffice from a Word file; read with the CLI's pdf.js worker, as Jest cannot load pdf.js);
 * each must give the engine what the .txt gives. Then what it cannot read, each with its reason.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import { readPdf } from '../../src/sources/node/pdf-extract';
import { readReportFile, type ReportFileRead } from '../../src/taskpane/read-report-file';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { fixtureWorkbook, FIXTURE } from '../cli/helpers';
import { seedReportDocx } from '../support/docx-report';
import { fixtureGrid } from '../support/fixture';
import { seedReportHtml } from '../support/report-html';
import { reportDocx, scanDocx } from '../support/report-pdf';
import { convert, findSoffice } from '../template/soffice';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) not found: the PDF and .doc cases are skipped');

const txt = () => new Uint8Array(readFileSync(FIXTURE));
const csv = () =>
  new TextEncoder().encode(
    readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
          .join(','),
      )
      .join('\r\n'),
  );

/** A web page saved as a single-file archive: the page's HTML as the root part of multipart/related. */
function mhtml(html: Uint8Array): Uint8Array {
  const boundary = '----MultipartBoundary--seed';
  const base64 = Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n');
  return new TextEncoder().encode(
    [
      'From: <Saved by Blink>',
      'Subject: 2021年报',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.example.gov.cn/2021.html',
      '',
      base64,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

/** Files LibreOffice makes, all in one launch per target: PDFs from Word files, and an old .doc. */
const made: Record<string, Uint8Array> = {};
let dir: string;
beforeAll(async () => {
  if (!soffice) return;
  dir = mkdtempSync(join(tmpdir(), 'report-file-'));
  writeFileSync(join(dir, 'report.docx'), await reportDocx({ furniture: true }));
  writeFileSync(join(dir, 'scan.docx'), await scanDocx());
  writeFileSync(join(dir, 'seed.html'), seedReportHtml());
  convert(soffice, 'pdf', dir, [join(dir, 'report.docx'), join(dir, 'scan.docx')]);
  convert(soffice, 'doc:MS Word 97', dir, [join(dir, 'seed.html')]);
  for (const name of ['report.pdf', 'scan.pdf', 'seed.doc'])
    made[name] = new Uint8Array(readFileSync(join(dir, name)));
}, 180_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const read = (name: string, bytes: Uint8Array, limits = DEFAULT_LIMITS) =>
  readReportFile({ name, bytes }, { readPdf, limits });

function grids(result: ReportFileRead) {
  if ('error' in result) throw new Error(`read failed: ${result.error} ${result.detail ?? ''}`);
  return result;
}

const summary = (g: Parameters<typeof checkGrids>[0]) => {
  const report = checkGrids(g);
  return {
    errors: report.errors,
    warnings: report.findings.map((f) => f.ruleId),
    tables: report.tables.map((t) => `${t.table} ${t.edition}`),
  };
};

describe('readReportFile: the seed report in every format the pane reads', () => {
  const want = summary([fixtureGrid()]);
  const cases: {
    name: string;
    bytes: () => Uint8Array | Promise<Uint8Array>;
    format: string;
    needs?: string;
  }[] = [
    { name: '2021年报.txt', bytes: txt, format: 'text' },
    { name: '2021年报.csv', bytes: csv, format: 'text' },
    { name: '2021年报.docx', bytes: seedReportDocx, format: 'docx' },
    { name: '2021年报.html', bytes: () => seedReportHtml(), format: 'html' },
    { name: '2021年报.htm', bytes: () => seedReportHtml({ charset: 'gbk' }), format: 'html' },
    { name: '2021年报.mhtml', bytes: () => mhtml(seedReportHtml()), format: 'mhtml' },
    // Government sites serve web pages named .doc; the content decides.
    { name: '2021年报 网页.docx', bytes: () => seedReportHtml(), format: 'html' },
    { name: '2021年报.xlsx', bytes: fixtureWorkbook, format: 'xlsx' },
    { name: '2021年报.pdf', bytes: () => made['report.pdf'], format: 'pdf', needs: 'soffice' },
  ];
  test.each(cases)(
    '$name → $format, with what the .txt gives',
    async ({ name, bytes, format, needs }) => {
      if (needs && !soffice) return;
      const result = grids(await read(name, await bytes()));
      expect(result.format).toBe(format);
      expect(summary(result.grids)).toEqual(want);
    },
    60_000,
  );

  test('grids are named after the file, or after the workbook’s sheets', async () => {
    expect(grids(await read('某局 2021.html', seedReportHtml())).grids.map((g) => g.sheet)).toEqual([
      '某局 2021',
    ]);
    expect(grids(await read('book.xlsx', await fixtureWorkbook())).grids.map((g) => g.sheet)).toEqual([
      '2021年报',
      '备注',
    ]);
  });

  test('passes on what the reader noticed (tracked changes in the Word file)', async () => {
    const result = grids(await read('2021年报.docx', await seedReportDocx()));
    expect(result.notices.map((n) => n.code)).toContain('tracked-changes');
  });
});

describe('readReportFile: what it cannot read, and why', () => {
  const garbage = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const docx = async () => seedReportDocx();
  const small = { ...DEFAULT_LIMITS, maxFileBytes: 1000 };
  const cases: {
    name: string;
    bytes: () => Uint8Array | Promise<Uint8Array>;
    want: { error: string; ext: string; limit?: number };
    limits?: typeof DEFAULT_LIMITS;
    needs?: string;
  }[] = [
    { name: 'a.docx', bytes: () => new Uint8Array(0), want: { error: 'empty', ext: '.docx' } },
    { name: 'a.txt', bytes: () => new Uint8Array(0), want: { error: 'empty', ext: '.txt' } },
    { name: 'a.docx', bytes: () => garbage, want: { error: 'wrong-format', ext: '.docx' } },
    { name: 'a.pdf', bytes: () => garbage, want: { error: 'wrong-format', ext: '.pdf' } },
    { name: 'a.txt', bytes: () => garbage, want: { error: 'binary', ext: '.txt' } },
    { name: 'a.csv', bytes: fixtureWorkbook, want: { error: 'xlsx-as-text', ext: '.csv' } },
    { name: 'a.xlsx', bytes: docx, want: { error: 'wrong-format', ext: '.xlsx' } },
    {
      name: 'a.docx',
      bytes: async () => (await docx()).slice(0, 3000),
      want: { error: 'truncated', ext: '.docx' },
    },
    { name: 'a.jpg', bytes: txt, want: { error: 'unsupported', ext: '.jpg' } },
    { name: 'README', bytes: txt, want: { error: 'unsupported', ext: '' } },
    { name: 'a.txt', bytes: txt, limits: small, want: { error: 'too-large', ext: '.txt', limit: 1000 } },
    {
      name: 'a.html',
      bytes: () => seedReportHtml(),
      limits: { ...DEFAULT_LIMITS, maxCellsPerSheet: 50 },
      want: { error: 'too-many-cells', ext: '.html', limit: 50 },
    },
    {
      name: 'a.xlsx',
      bytes: fixtureWorkbook,
      limits: { ...DEFAULT_LIMITS, maxCellsPerSheet: 50 },
      want: { error: 'too-many-cells', ext: '.xlsx', limit: 50 },
    },
    {
      name: 'a.xlsx',
      bytes: fixtureWorkbook,
      limits: { ...DEFAULT_LIMITS, maxUnpackedBytes: 2000 },
      want: { error: 'unpacked-too-large', ext: '.xlsx', limit: 2000 },
    },
    {
      name: 'a.doc',
      bytes: () => made['seed.doc'],
      want: { error: 'legacy-word', ext: '.doc' },
      needs: 'soffice',
    },
    {
      name: 'a.wps',
      bytes: () => made['seed.doc'],
      want: { error: 'legacy-word', ext: '.wps' },
      needs: 'soffice',
    },
    // An old binary renamed .docx is still an old binary.
    {
      name: 'a.docx',
      bytes: () => made['seed.doc'],
      want: { error: 'legacy-word', ext: '.docx' },
      needs: 'soffice',
    },
    {
      name: 'a.xls',
      bytes: () => made['seed.doc'],
      want: { error: 'legacy-sheet', ext: '.xls' },
      needs: 'soffice',
    },
    {
      name: 'a.et',
      bytes: () => made['seed.doc'],
      want: { error: 'legacy-sheet', ext: '.et' },
      needs: 'soffice',
    },
    {
      name: 'a.rtf',
      bytes: () => new TextEncoder().encode('{\\rtf1\\ansi 年报}'),
      want: { error: 'legacy-word', ext: '.rtf' },
    },
    {
      name: 'scan.pdf',
      bytes: () => made['scan.pdf'],
      want: { error: 'no-text-layer', ext: '.pdf' },
      needs: 'soffice',
    },
  ];
  test.each(cases)(
    '$name → $want.error',
    async ({ name, bytes, want, limits, needs }) => {
      if (needs && !soffice) return;
      const result = await read(name, await bytes(), limits);
      expect(result).toMatchObject(want);
    },
    30_000,
  );

  test('a PDF reader that cannot load is a failure to show, not a throw', async () => {
    const result = await readReportFile(
      { name: 'a.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') },
      { readPdf: () => Promise.reject(new Error('ChunkLoadError: loading chunk pdfjs failed')) },
    );
    expect(result).toMatchObject({
      error: 'failed',
      ext: '.pdf',
      detail: expect.stringContaining('ChunkLoadError'),
    });
  });
});
