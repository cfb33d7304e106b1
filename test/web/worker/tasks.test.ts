/**
 * The worker's tasks, each on real inputs and each result opened again by a real reader: exceljs
 * for workbooks, fflate for zips, the project's own Word reader for .docx.
 */
import { strFromU8, unzipSync } from 'fflate';
import type * as ExcelJS from 'exceljs';
import { ArrayGrid, toA1, type Grid } from '../../../src/grid';
import { locateTables } from '../../../src/locate';
import { cellKey } from '../../../src/locate/types';
import { CSV_COLUMNS } from '../../../src/report/present-csv';
import type { Locale } from '../../../src/report/types';
import { readDocx } from '../../../src/sources/docx';
import { readXlsxGrids } from '../../../src/taskpane/read-xlsx';
import { DEFAULT_LIMITS } from '../../../src/xlsx/limits';
import type { CheckedFile, GridData } from '../../../src/web/types';
import { checkFile, gridData, gridOf } from '../../../src/web/worker/check-file';
import type { FileResult, MadeFile, Task } from '../../../src/web/worker/protocol';
import { runTask, TaskFailure } from '../../../src/web/worker/tasks';
import { seedReportDocx } from '../../support/docx-report';
import { reportSheet, type ReportSheet } from '../../support/report-sheet';
import {
  BODY,
  bufferOf,
  checkedOf,
  compoundFile,
  loadWorkbook,
  reportWorkbook,
  SEED_TEXT,
  sheetData,
  TITLE,
  titleOf,
  wrongSheet,
} from './inputs';

const LOCALES: Locale[] = ['zh-CN', 'en'];

/** A task that makes a file: its MadeFile, checked to be one. */
async function made(task: Task): Promise<MadeFile> {
  const result = await runTask(task);
  if (!('bytes' in result)) throw new Error(`${task.kind} gave no file`);
  expect(result.bytes).toBeInstanceOf(ArrayBuffer);
  return result;
}

/** A file checked by the worker, as the page holds it. */
async function checked(name: string, bytes: Uint8Array, locale: Locale = 'zh-CN'): Promise<CheckedFile> {
  return checkedOf(await checkFile(name, bytes, locale, null));
}

/** A format cell of the first table of its kind on a sheet, as the project's reader reads it. */
function tableCell(grid: Grid, table: string, rowId: string, columnId: string) {
  const located = locateTables(grid).find((t) => t.table === table);
  const at = located?.cells.get(cellKey(rowId, columnId));
  if (!at) throw new Error(`${table} ${rowId}|${columnId} not found on ${grid.sheet}`);
  return grid.value(at.row, at.col);
}

async function gridsOf(bytes: ArrayBuffer): Promise<Grid[]> {
  return readXlsxGrids(new Uint8Array(bytes), DEFAULT_LIMITS);
}

const noteText = (note: ExcelJS.Cell['note']): string =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');

const sheetValue = (s: ReportSheet, rowId: string, columnId: string) => {
  const { row, col } = s.at('applications', rowId, columnId);
  return s.rows[row][col];
};

describe('runTask: check', () => {
  it('answers with checkFile’s result', async () => {
    const bytes = await reportWorkbook(wrongSheet());
    const task: Task = {
      kind: 'check',
      name: 'a.xlsx',
      bytes: bufferOf(bytes),
      locale: 'en',
      previous: null,
    };
    const result = (await runTask(task)) as FileResult;
    expect(result).toEqual(await checkFile('a.xlsx', bytes, 'en', null));
    expect(result.status).toBe('invalid');
  });
});

describe('runTask: annotate', () => {
  it('a Word file stays Word: the same document, with a comment for its finding', async () => {
    const docx = await seedReportDocx();
    const file = await checked('郑州.docx', docx);
    const [finding] = file.report?.findings ?? [];
    expect(finding?.ruleId).toBe('narrative/itemized-sum');
    const task: Task = {
      kind: 'annotate',
      name: '郑州.docx',
      bytes: bufferOf(docx),
      locale: 'zh-CN',
      report: file.report!,
    };
    const { bytes } = await made(task);
    const parts = unzipSync(new Uint8Array(bytes));
    const comments = strFromU8(parts['word/comments.xml']);
    const said = '8 项分项之和为 34条';
    expect(finding.message).toContain(said);
    expect(comments).toContain(said);
    expect(strFromU8(unzipSync(docx)['word/comments.xml'] ?? new Uint8Array())).not.toContain(said);
    expect(strFromU8(parts['word/document.xml'])).toMatch(/<w:commentReference w:id="\d+"/);
    // Still the same report to the reader: the same tables, the same finding.
    const again = await checkFile('郑州.docx', new Uint8Array(bytes), 'zh-CN', null);
    expect(again.format).toBe('docx');
    // One paragraph added on top (the summary); the rest as it was.
    const [first, ...rest] = again.grids[0].values;
    expect(String(first[0])).toContain('0 个错误，1 个警告');
    expect(rest).toEqual(file.grids[0].values);
    expect(again.report?.findings.map((f) => [f.ruleId, f.message])).toEqual([
      [finding.ruleId, finding.message],
    ]);
  });

  test.each(LOCALES)('a workbook (%s): 校验结果 first, the wrong cell filled and noted', async (locale) => {
    const sheet = wrongSheet();
    const { row, col } = sheet.at('applications', 'granted', 'natural-person');
    const xlsx = await reportWorkbook(sheet);
    const file = await checked('财政局.xlsx', xlsx, locale);
    const { bytes } = await made({
      kind: 'annotate',
      name: '财政局.xlsx',
      bytes: bufferOf(xlsx),
      locale,
      report: file.report!,
    });
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['校验结果', '年报']);
    const ws = workbook.getWorksheet('年报') as ExcelJS.Worksheet;
    const wrong = ws.getCell(toA1(row, col));
    expect(wrong.value).toBe(sheetValue(sheet, 'granted', 'natural-person'));
    expect(wrong.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: expect.any(String) },
    });
    const suspect = file.report?.findings.find((f) => f.ruleId === 'applications/suspect-cell');
    expect(suspect).toBeDefined();
    expect(noteText(wrong.note)).toContain(suspect?.message);
    // Only marked cells are painted: the title is not.
    expect(ws.getCell('A1').fill).toBeUndefined();
  });

  it('text becomes a workbook built from the grids it was read into', async () => {
    const file = await checked('郑州.txt', SEED_TEXT, 'en');
    const { bytes } = await made({
      kind: 'annotate',
      name: '郑州.txt',
      bytes: bufferOf(SEED_TEXT),
      locale: 'en',
      report: file.report!,
    });
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['校验结果', '郑州']);
    const [written] = (await gridsOf(bytes)).filter((g) => g.sheet === '郑州');
    const read = gridOf(file.grids[0]);
    for (let r = 0; r < read.rowCount; r++)
      for (let c = 0; c < read.colCount; c++)
        expect([r, c, written.value(r, c)]).toEqual([r, c, read.value(r, c)]);
  });

  test.each(LOCALES)('an unreadable file (%s): a TaskFailure saying what to do', async (locale) => {
    const task: Task = {
      kind: 'annotate',
      name: '旧.doc',
      bytes: bufferOf(compoundFile()),
      locale,
      report: (await checked('财政局.xlsx', await reportWorkbook(wrongSheet()))).report!,
    };
    const failure = runTask(task);
    await expect(failure).rejects.toBeInstanceOf(TaskFailure);
    await expect(failure).rejects.toThrow(locale === 'en' ? /Save As.*\.docx/ : /另存为.*\.docx/);
  });
});

describe('runTask: opinion', () => {
  test.each<[Locale, string, RegExp]>([
    ['zh-CN', '2025年3月4日', new RegExp(`^关于《${TITLE}》的审核意见$`)],
    ['en', '2025-03-04', new RegExp(BODY)],
  ])(
    'a Word file the project’s reader reads (%s): the report’s body, the file, the date',
    async (locale, date, title) => {
      const file = await checked('财政局.xlsx', await reportWorkbook(wrongSheet()), locale);
      const { bytes } = await made({
        kind: 'opinion',
        file,
        locale,
        date: new Date(2025, 2, 4, 15, 30).toISOString(),
      });
      const [grid] = readDocx(new Uint8Array(bytes), { sheet: 'x', limits: DEFAULT_LIMITS }).grids;
      const lines = Array.from({ length: grid.rowCount }, (_, r) => String(grid.value(r, 0) ?? ''));
      expect(lines[0]).toMatch(title);
      expect(lines[1]).toContain('财政局.xlsx');
      expect(lines.join('\n')).toContain(date);
      const suspect = file.report?.findings.find((f) => f.ruleId === 'applications/suspect-cell');
      expect(lines.some((l) => l.includes(suspect?.message ?? '—'))).toBe(true);
    },
  );
});

describe('runTask: findings', () => {
  async function files(locale: Locale): Promise<CheckedFile[]> {
    return [
      await checked('财政局.xlsx', await reportWorkbook(wrongSheet()), locale),
      await checked(
        '教育局.xlsx',
        await reportWorkbook(reportSheet({ title: titleOf('某某市教育局', 2024) })),
        locale,
      ),
      await checked('旧.doc', compoundFile(), locale),
    ];
  }

  test.each<[Locale, string[]]>([
    ['zh-CN', ['汇总', '问题清单']],
    ['en', ['Summary', 'Findings']],
  ])('a workbook (%s): a summary row per file, a row per finding', async (locale, sheets) => {
    const batch = await files(locale);
    const { bytes } = await made({ kind: 'findings-xlsx', files: batch, locale });
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(sheets);
    const [summary, findings] = workbook.worksheets;
    const column = (ws: ExcelJS.Worksheet) =>
      (ws.getColumn(1).values as unknown[]).filter((v) => typeof v === 'string') as string[];
    expect(column(summary).slice(1)).toEqual(batch.map((f) => f.path));
    const count = batch[0].report?.findings.length ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(column(findings).filter((v) => v === batch[0].path)).toHaveLength(count);
  });

  it('CSV: a UTF-8 BOM, the CLI’s header, a row per finding and per file without one', async () => {
    const batch = await files('zh-CN');
    const { bytes } = await made({ kind: 'findings-csv', files: batch, locale: 'zh-CN' });
    const raw = new Uint8Array(bytes);
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    const paths = rows.map((r) => r.split(',')[0]);
    expect(paths.filter((p) => p === batch[0].path)).toHaveLength(batch[0].report?.findings.length ?? -1);
    expect(paths.filter((p) => p === batch[1].path)).toHaveLength(1);
    expect(paths.filter((p) => p === batch[2].path)).toHaveLength(1);
  });
});

describe('runTask: consolidate', () => {
  const EDUCATION = reportSheet({ title: titleOf('某某市教育局', 2024) });
  const FINANCE = reportSheet({ title: TITLE });
  const departments = [
    { name: '财政局.xlsx', grids: [sheetData(FINANCE)] },
    { name: '教育局.xlsx', grids: [sheetData(EDUCATION)] },
  ];
  const noTables: GridData = gridData(
    new ArrayGrid({ sheet: '说明', values: [['本单位本年度无政府信息公开工作。']] }),
  );

  test.each<[Locale, { name: string; grids: GridData[] }[], string]>([
    [
      'zh-CN',
      departments,
      '2 个单位纳入汇总，0 个未纳入（原因见“汇总说明”工作表）。有错误的单位：无（如有，按默认纳入汇总）。',
    ],
    [
      'en',
      departments,
      '2 departments counted, 0 left out (the 汇总说明 sheet says why). Departments with errors: none (they would be in the sums by default).',
    ],
    [
      'zh-CN',
      [...departments, { name: '档案局.docx', grids: [noTables] }],
      '2 个单位纳入汇总，1 个未纳入（原因见“汇总说明”工作表）。有错误的单位：无（如有，按默认纳入汇总）。',
    ],
  ])('%s: the three sheets, the sums, and the summary line', async (locale, input, summary) => {
    const result = await made({ kind: 'consolidate', departments: input, locale, body: '某某市' });
    expect(result.summary).toBe(summary);
    const workbook = await loadWorkbook(result.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总表', '分单位明细', '汇总说明']);
    const [sums] = (await gridsOf(result.bytes)).filter((g) => g.sheet === '汇总表');
    expect(sums.value(0, 0)).toContain('某某市');
    const sum =
      Number(sheetValue(FINANCE, 'new', 'natural-person')) +
      Number(sheetValue(EDUCATION, 'new', 'natural-person'));
    expect(tableCell(sums, 'applications', 'new', 'natural-person')).toBe(sum);
  });

  test.each<[Locale, string]>([
    [
      'zh-CN',
      '“财政局.xlsx”、“财政局（终稿）.xlsx”都是“某某市财政局” 2024 年度的报告。请在表格中每组只勾选一个后重新汇总。',
    ],
    [
      'en',
      '“财政局.xlsx”, “财政局（终稿）.xlsx” are all the 2024 report of “某某市财政局”. Tick one of each group',
    ],
  ])(
    '%s: two files of one body and year are refused, named, with what to do on the page',
    async (locale, said) => {
      const edited = reportSheet({ title: TITLE });
      edited.set('applications', 'new', 'natural-person', 9);
      const task: Task = {
        kind: 'consolidate',
        departments: [
          { name: BODY, file: '财政局.xlsx', grids: [sheetData(FINANCE)] },
          { name: BODY, file: '财政局（终稿）.xlsx', grids: [sheetData(edited)] },
          departments[1],
        ],
        locale,
        body: null,
      };
      const refused = runTask(task);
      await expect(refused).rejects.toThrow(TaskFailure);
      await expect(refused).rejects.toThrow(said);
    },
  );

  test('a department with errors is counted; the summary says how to leave it out on the page', async () => {
    const wrong = reportSheet({ title: titleOf('某某市人社局', 2024) });
    wrong.set('applications', 'granted', 'research', 99);
    const result = await made({
      kind: 'consolidate',
      departments: [...departments, { name: '人社局.xlsx', grids: [sheetData(wrong)] }],
      locale: 'zh-CN',
      body: null,
    });
    expect(result.summary).toBe(
      '3 个单位纳入汇总，0 个未纳入（原因见“汇总说明”工作表）。有错误的单位：按默认纳入汇总（1 个）。如要排除，请在表格中取消勾选这些单位后重新汇总。',
    );
  });

  test('another report year is warned in the summary', async () => {
    const earlier = reportSheet({ title: titleOf('某某市人社局', 2023) });
    const result = await made({
      kind: 'consolidate',
      departments: [...departments, { name: '人社局.xlsx', grids: [sheetData(earlier)] }],
      locale: 'en',
      body: null,
    });
    expect(result.summary).toContain(
      'The departments’ report years differ: the consolidated report is for 2024; “人社局.xlsx” is for 2023.',
    );
  });

  test('an edition that cannot be added is refused', async () => {
    const old = reportSheet({ edition: '2019', title: titleOf('某某市人社局', 2024) });
    const refused = runTask({
      kind: 'consolidate',
      departments: [...departments, { name: '人社局.xlsx', grids: [sheetData(old)] }],
      locale: 'zh-CN',
      body: null,
    });
    await expect(refused).rejects.toThrow(TaskFailure);
    await expect(refused).rejects.toThrow(
      /格式版本不同，不能相加：“人社局.xlsx”为 2019 版.*未生成汇总文件。$/,
    );
  });
});

describe('runTask: template', () => {
  it('blank: a workbook with the year’s template, zeros to type over', async () => {
    const { bytes } = await made({ kind: 'template', source: null, year: 2024, locale: 'zh-CN' });
    const [grid] = await gridsOf(bytes);
    expect(String(grid.value(0, 0))).toContain('2024');
    expect(locateTables(grid).map((t) => [t.table, t.edition])).toEqual([
      ['proactive', '2021'],
      ['applications', '2021'],
      ['reviews', '2021'],
    ]);
    expect(tableCell(grid, 'applications', 'new', 'natural-person')).toBe(0);
  });

  it('filled from a report’s grids: the template holds the report’s numbers, year and body', async () => {
    const sheet = reportSheet({ title: TITLE });
    const { bytes } = await made({
      kind: 'template',
      source: { name: '财政局2024年报.xlsx', body: '某某市财政局', grids: [sheetData(sheet)] },
      year: null,
      locale: 'zh-CN',
    });
    const [grid] = await gridsOf(bytes);
    expect(String(grid.value(0, 0))).toContain('2024');
    expect(String(grid.value(0, 0))).toContain('某某市财政局');
    expect(String(grid.value(0, 0))).toContain('某某市财政局');
    for (const column of ['natural-person', 'commercial', 'total'])
      expect([column, tableCell(grid, 'applications', 'new', column)]).toEqual([
        column,
        sheetValue(sheet, 'new', column),
      ]);
  });

  test.each<[Locale, string]>([
    ['zh-CN', '“说明.docx”中没有找到表二、表三或表四，无法据此填写模板。'],
    ['en', 'No table 二, 三 or 四 found in "说明.docx"; the template cannot be filled from it.'],
  ])('from grids without tables (%s): a TaskFailure in the page’s language', async (locale, message) => {
    const source = {
      name: '说明.docx',
      body: null,
      grids: [gridData(new ArrayGrid({ sheet: '说明', values: [['本单位本年度无政府信息公开工作。']] }))],
    };
    const failure = runTask({ kind: 'template', source, year: null, locale });
    await expect(failure).rejects.toBeInstanceOf(TaskFailure);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('runTask: zip', () => {
  it('holds exactly the entries given, byte for byte', async () => {
    const entries = [
      { name: '批注/财政局.xlsx', bytes: await reportWorkbook(wrongSheet()) },
      { name: '审核意见/郑州.docx', bytes: await seedReportDocx() },
      { name: '问题清单.csv', bytes: new TextEncoder().encode('\uFEFFpath\r\n') },
      { name: '空.txt', bytes: new Uint8Array() },
    ];
    const { bytes } = await made({
      kind: 'zip',
      entries: entries.map((e) => ({ name: e.name, bytes: bufferOf(e.bytes) })),
    });
    const unzipped = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(unzipped).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries)
      expect([e.name, Buffer.from(unzipped[e.name]).equals(Buffer.from(e.bytes))]).toEqual([e.name, true]);
  });
});
