/**
 * The worker's check of one file, on real files: workbooks written by exceljs, the seed report as
 * Word and as text, and damaged bytes. PDFs are left out: pdf.js does not load under Jest.
 */
import { ArrayGrid, toA1, type Grid, type MergedArea } from '../../../src/grid';
import type { Locale } from '../../../src/report/types';
import type { GridData } from '../../../src/web/types';
import { checkFile, gridData, gridOf, readErrorMessage } from '../../../src/web/worker/check-file';
import { seedReportDocx } from '../../support/docx-report';
import { reportSheet } from '../../support/report-sheet';
import { BODY, compoundFile, reportWorkbook, SEED_TEXT, TITLE, titleOf, wrongSheet } from './inputs';

const MB = 1024 * 1024;
const LOCALES: Locale[] = ['zh-CN', 'en'];
const text = (s: string) => new TextEncoder().encode(s);

const byPosition = (a: MergedArea, b: MergedArea) => a.top - b.top || a.left - b.left;
const sortedMerges = (merges: readonly MergedArea[]) =>
  [...merges].map(({ top, left, bottom, right }) => ({ top, left, bottom, right })).sort(byPosition);

/** Every cell, row origin and merge of a grid, to compare two grids as wholes. */
function contents(grid: Grid) {
  const cells = [];
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      if (v !== null) cells.push([r, c, v]);
    }
  const origins = Array.from({ length: grid.rowCount }, (_, r) => grid.rowOrigin?.(r));
  return { sheet: grid.sheet, rows: grid.rowCount, cells, origins, merges: sortedMerges(grid.merges) };
}

describe('gridData and gridOf', () => {
  const merge = { top: 0, left: 0, bottom: 0, right: 2 };
  test.each<[string, ArrayGrid, GridData]>([
    [
      'trailing empty cells dropped, inner ones kept as null, empty rows kept',
      new ArrayGrid({ sheet: 's', values: [['a', null, ''], [], [1, '', 2, null], [null]] }),
      { sheet: 's', values: [['a'], [], [1, null, 2], []], merges: [] },
    ],
    [
      'merges kept',
      new ArrayGrid({ sheet: 's', values: [['标题'], [1, 2, 3]], merges: [merge] }),
      { sheet: 's', values: [['标题'], [1, 2, 3]], merges: [merge] },
    ],
    [
      'row origins kept when the grid has them, per row',
      new ArrayGrid({
        sheet: 'd',
        values: [['段落'], ['表', 1]],
        origins: [
          { kind: 'paragraph', paragraph: 1 },
          { kind: 'table', table: 1, row: 1 },
        ],
      }),
      {
        sheet: 'd',
        values: [['段落'], ['表', 1]],
        merges: [],
        origins: [
          { kind: 'paragraph', paragraph: 1 },
          { kind: 'table', table: 1, row: 1 },
        ],
      },
    ],
    [
      'booleans and zeros are values, not blanks',
      new ArrayGrid({ sheet: 's', values: [[0, false, null]] }),
      { sheet: 's', values: [[0, false]], merges: [] },
    ],
  ])('%s', (_, grid, expected) => {
    const data = gridData(grid);
    expect(data).toEqual(expected);
    // No origins key at all for a spreadsheet: the page tells documents from sheets by it.
    expect('origins' in data).toBe(expected.origins !== undefined);
    expect(contents(gridOf(data))).toEqual(contents(grid));
  });

  it('copies the merges: the posted data shares nothing with the grid', () => {
    const grid = new ArrayGrid({ sheet: 's', values: [[1]], merges: [merge] });
    expect(gridData(grid).merges[0]).not.toBe(grid.merges[0]);
  });
});

describe('checkFile: readable files', () => {
  it('a correct workbook: valid, named by its title, grids that rebuild into the sheet', async () => {
    const sheet = reportSheet({ title: TITLE });
    const result = await checkFile('财政局.xlsx', await reportWorkbook(sheet), 'zh-CN', null);
    expect(result).toMatchObject({
      name: '财政局.xlsx',
      status: 'valid',
      error: null,
      format: 'xlsx',
      notices: [],
      body: BODY,
      year: 2024,
      editions: ['2021'],
      previous: null,
    });
    expect(result.report?.valid).toBe(true);
    expect(result.report?.findings).toEqual([]);
    expect(result.grids).toHaveLength(1);
    expect(result.grids[0].origins).toBeUndefined();
    const { sheet: _, ...read } = contents(gridOf(result.grids[0]));
    const { sheet: __, ...made } = contents(sheet.grid());
    expect(read).toEqual(made);
    // What the worker posts survives the structured clone unchanged (no class instances, no functions).
    expect(structuredClone(result)).toEqual(result);
  });

  it('a workbook with one wrong number: invalid, the applications rules point at the cell', async () => {
    const sheet = wrongSheet();
    const { row, col } = sheet.at('applications', 'granted', 'natural-person');
    const result = await checkFile('财政局.xlsx', await reportWorkbook(sheet), 'zh-CN', null);
    expect(result.status).toBe('invalid');
    const findings = result.report?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId.startsWith('applications/'))).toBe(true);
    expect(findings.filter((f) => f.severity === 'error').length).toBe(result.report?.errors);
    expect(findings.find((f) => f.ruleId === 'applications/suspect-cell')).toMatchObject({
      sheet: '年报',
      address: toA1(row, col),
    });
  });

  test.each(LOCALES)(
    'the seed report as Word (%s): a document, rows with origins, one warning',
    async (locale) => {
      const result = await checkFile('郑州市政务服务办公室.docx', await seedReportDocx(), locale, null);
      expect(result).toMatchObject({ status: 'valid', format: 'docx', error: null, editions: ['2021'] });
      expect(result.report?.findings.map((f) => [f.ruleId, f.severity])).toEqual([
        ['narrative/itemized-sum', 'warning'],
      ]);
      expect(result.report?.findings[0].message).toMatch(locale === 'en' ? /33/ : /总数为 33条/);
      // The tracked changes are said, in the page's language (the readers' words, as the CLI's).
      expect(result.notices).toEqual([
        locale === 'en'
          ? 'the document has 2 tracked changes: checked as if all were accepted; accept them in Word (Review → Accept All Changes) before publishing'
          : '文档含有 2 处修订（修订标记）：已按“接受全部修订”后的文字检查；请在 Word 中“审阅 → 接受所有修订”后再定稿',
      ]);
      const [grid] = result.grids;
      const origins = grid.origins ?? [];
      expect(origins).toHaveLength(grid.values.length);
      expect(origins.some((o) => o?.kind === 'paragraph')).toBe(true);
      expect(new Set(origins.flatMap((o) => (o?.kind === 'table' ? [o.table] : [])))).toEqual(
        new Set([1, 2, 3]),
      );
      expect(grid.merges.length).toBeGreaterThan(0);
      const rebuilt = gridOf(grid);
      origins.forEach((o, r) => expect(rebuilt.rowOrigin(r)).toEqual(o));
    },
  );

  it('the seed report as text: read as text, the same warning as the Word file', async () => {
    const result = await checkFile('郑州.txt', SEED_TEXT, 'zh-CN', null);
    expect(result).toMatchObject({ status: 'valid', format: 'text', editions: ['2021'] });
    expect(result.report?.findings.map((f) => f.ruleId)).toEqual(['narrative/itemized-sum']);
    // Rows keep their lines for the page's grid view, and the finding its line and column.
    const row = result.grids[0].origins?.findIndex((o) => o?.kind === 'text' && o.line === 11);
    expect(gridOf(result.grids[0]).value(row ?? -1, 0)).toEqual(expect.stringContaining('主动公开信息33条'));
    expect(result.report?.findings[0].location).toEqual({ kind: 'text', line: 11, column: 1 });
  });

  it('a file without tables: invalid, no body from a title, so the name gives it', async () => {
    const page = text('<html><body><p>本单位本年度无政府信息公开工作。</p></body></html>');
    const result = await checkFile('某某区档案局2024年报.html', page, 'zh-CN', null);
    expect(result).toMatchObject({ status: 'invalid', format: 'html', body: '某某区档案局', year: 2024 });
    expect(result.report?.findings.map((f) => f.ruleId)).toEqual(['structure/no-table']);
  });
});

describe('checkFile: unreadable files', () => {
  /** A file, and what its message must say in Chinese and in English (what to do, where there is something). */
  test.each<[string, string, Uint8Array, RegExp[], RegExp[]]>([
    [
      'not a Word file',
      '某某局2024年报.docx',
      text('只是一段文字'),
      [/扩展名 \.docx/, /另存为 \.docx 或 \.xlsx/],
      [/extension \.docx/, /save it as \.docx or \.xlsx/],
    ],
    ['empty', '某某局2024年报.xlsx', new Uint8Array(), [/^文件是空的。$/], [/^The file is empty\.$/]],
    [
      'Word 97-2003',
      '某某局2024年报.doc',
      compoundFile(),
      [/^\.doc /, /网页不能读取/, /Word/, /另存为/, /\.docx/],
      [/^\.doc /, /the page cannot read/, /Save As/, /\.docx/],
    ],
    [
      'Excel 97-2003',
      '某某局2024年报.xls',
      compoundFile(),
      [/^\.xls /, /网页不能读取/, /另存为/, /\.xlsx/],
      [/the page cannot read/, /Save As/, /\.xlsx/],
    ],
    [
      'a cut-off zip',
      '某某局2024年报.xlsx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 40 }, (_, i) => i)]),
      [/重新获取/],
      [/get it again/],
    ],
    [
      'a picture',
      '某某局2024年报.jpg',
      text('x'),
      [/\.jpg/, /\.docx/, /\.xlsx/],
      [/\.jpg/, /\.docx/, /\.xlsx/],
    ],
    [
      'binary as text',
      '某某局2024年报.txt',
      new Uint8Array([0, 1, 2, 0, 0, 255, 0, 0, 9, 9]),
      [/\.txt/, /\.csv/],
      [/\.txt/, /\.csv/],
    ],
    ['too large', '某某局2024年报.xlsx', new Uint8Array(50 * MB + 1), [/50 MB/], [/50 MB/]],
  ])('%s', async (_, name, bytes, zh, en) => {
    for (const locale of LOCALES) {
      const result = await checkFile(name, bytes, locale, null);
      expect(result).toEqual({
        name,
        status: 'unreadable',
        report: null,
        error: expect.any(String),
        format: null,
        notices: [],
        body: '某某局',
        year: 2024,
        editions: [],
        previous: null,
        grids: [],
      });
      const message = result.error ?? '';
      for (const pattern of locale === 'en' ? en : zh) expect(message).toMatch(pattern);
      // Chinese for Chinese users; no Chinese in the English message.
      expect(/[\u4e00-\u9fff]/.test(message)).toBe(locale === 'zh-CN');
    }
  });
});

describe('readErrorMessage', () => {
  test.each<[string, Parameters<typeof readErrorMessage>[0], string, string]>([
    [
      'a size limit in MB',
      { error: 'too-large', ext: '.xlsx', limit: 20 * MB },
      '文件超过 20 MB，不像是年报文件。',
      'The file is larger than 20 MB; that is no annual report.',
    ],
    [
      'a cell limit as a count',
      { error: 'too-many-cells', ext: '.xlsx', limit: 500000 },
      '文件中的单元格超过 500000 个，不像是年报文件。',
      'The file has more than 500000 cells; that is no annual report.',
    ],
    [
      'no extension as a dash',
      { error: 'unsupported', ext: '' },
      '不能读取 — 文件。请选择 .docx、.html、.mhtml、.pdf、.xlsx、.csv 或 .txt 文件。',
      '— files cannot be read. Choose a .docx, .html, .mhtml, .pdf, .xlsx, .csv or .txt file.',
    ],
    [
      'a reader that failed: the detail and what to do',
      { error: 'failed', ext: '.pdf', detail: 'ChunkLoadError: chunk 7' },
      '读取时出错：ChunkLoadError: chunk 7。请重试；仍不行时请把文件另存为 .docx 或 .xlsx 后再校验。',
      'Reading failed: ChunkLoadError: chunk 7. Try again; if it still fails, save the file as .docx or .xlsx and check that.',
    ],
  ])('%s', (_, read, zh, en) => {
    expect(readErrorMessage(read, 'zh-CN')).toBe(zh);
    expect(readErrorMessage(read, 'en')).toBe(en);
  });
});

describe('checkFile: last year’s report', () => {
  const LAST_YEAR = `${BODY}2023年报.xlsx`;

  /** Last year's grids as the page holds them: what the worker posted when it checked that file. */
  async function postedGrids(title: string): Promise<GridData[]> {
    const last = await checkFile('上年.xlsx', await reportWorkbook(reportSheet({ title })), 'zh-CN', null);
    return last.grids;
  }

  const crossYear = (rules: readonly string[] = []) =>
    rules.filter((r) => r.startsWith('cross-year/') && r !== 'cross-year/previous-mismatch');

  it('of the same body: the cross-year rules run against it, and it is named', async () => {
    const previous = { name: LAST_YEAR, grids: await postedGrids(titleOf(BODY, 2023)) };
    const bytes = await reportWorkbook(reportSheet({ title: TITLE }));
    const result = await checkFile('本年.xlsx', bytes, 'zh-CN', previous);
    expect(result.previous).toBe(LAST_YEAR);
    expect(crossYear(result.report?.rulesRun)).toEqual(
      expect.arrayContaining(['cross-year/carry-over', 'cross-year/proactive-chain']),
    );
    expect(result.report?.sheetSummaries[0].previous).toBe(`${LAST_YEAR}!年报`);
    // Both years hold the same numbers, so last year's 结转 differs from this year's 上年结转.
    const carry = result.report?.findings.find((f) => f.ruleId === 'cross-year/carry-over');
    expect(carry?.message).toContain(LAST_YEAR);
  });

  test.each<[string, string]>([
    ['of another body', titleOf('某某市教育局', 2023)],
    ['of the same year', titleOf(BODY, 2024)],
  ])('%s: not used, not named, and the report says why', async (_, title) => {
    const previous = { name: '另一份.xlsx', grids: await postedGrids(title) };
    const bytes = await reportWorkbook(reportSheet({ title: TITLE }));
    const result = await checkFile('本年.xlsx', bytes, 'en', previous);
    expect(result.previous).toBeNull();
    expect(crossYear(result.report?.rulesRun)).toEqual([]);
    expect(result.report?.findings.map((f) => f.ruleId)).toEqual(['cross-year/previous-mismatch']);
  });

  it('none given: no cross-year rule runs', async () => {
    const result = await checkFile(
      '本年.xlsx',
      await reportWorkbook(reportSheet({ title: TITLE })),
      'zh-CN',
      null,
    );
    expect(result.report?.rulesRun.filter((r) => r.startsWith('cross-year/'))).toEqual([]);
  });
});
