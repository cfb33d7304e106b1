import * as ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { CSV_COLUMNS, csvPresenter } from '../../../src/report/present-csv';
import type { FileResult } from '../../../src/report/types';
import type { Locale } from '../../../src/report/types';
import { findingsCsv, findingsWorkbook } from '../../../src/web/outputs/findings';
import type { CheckedFile } from '../../../src/web/types';
import {
  asDocument,
  checkedFile,
  cleanFile,
  findingOf,
  noTableFile,
  partialFile,
  unreadableFile,
  wrongFile,
  wrongSheet,
} from './checked-files';

const REASON = '本年度无此类决定，已在报告中说明';
const ERROR = '文件已加密（设了打开密码），请去掉密码后重新提交。';

/** A batch with every kind of row: failed (one finding accepted), passed, partial, no table, unreadable. */
function batch(locale: Locale = 'zh-CN'): CheckedFile[] {
  return [
    wrongFile({
      locale,
      previous: '某某局2023年报.xlsx',
      accept: (f) => (f.messageId === 'placeholder' ? REASON : null),
    }),
    cleanFile({ locale, name: '某某局2024年报（改）.xlsx' }),
    partialFile({ locale, name: '乙局2024年报.docx', format: 'docx' }),
    noTableFile({ locale, name: '说明.txt', format: 'text' }),
    unreadableFile('丙局2024年报.docx', ERROR),
  ];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Cell values of a sheet, row by row (exceljs rows are 1-based with an empty slot 0). */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    out.push(Array.from({ length: ws.columnCount }, (_, i) => values[i] ?? null));
  });
  return out;
}

describe('findingsWorkbook', () => {
  it('sums up every file on 汇总', async () => {
    const files = batch();
    const wb = await load(await findingsWorkbook(files, 'zh-CN'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
    const indicators = files[0].report?.sheetSummaries[0].indicators;
    expect(rows(wb.getWorksheet('汇总') as ExcelJS.Worksheet)).toEqual([
      ['文件', '单位', '年度', '状态', '错误数', '警告数', '上年对照', '公开率', '纠错率', '原因'],
      [
        '报告/某某局2024年报.xlsx',
        '某某局',
        2024,
        '未通过',
        3,
        1,
        '某某局2023年报.xlsx',
        indicators?.disclosureRate?.value,
        indicators?.correctionRate?.overall.value,
        null,
      ],
      [
        '报告/某某局2024年报（改）.xlsx',
        '某某局',
        2024,
        '通过',
        0,
        0,
        null,
        expect.any(Number),
        expect.any(Number),
        null,
      ],
      [
        '报告/乙局2024年报.docx',
        '某某局',
        2024,
        '通过',
        0,
        0,
        null,
        expect.any(Number),
        null,
        '未找到表四，该部分未校验',
      ],
      ['报告/说明.txt', null, null, '未通过', 1, 0, null, null, null, '未找到年报表格（表二、表三、表四）'],
      ['报告/丙局2024年报.docx', null, null, '无法读取', null, null, null, null, null, ERROR],
    ]);
    const summary = wb.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(summary.getCell('H2').numFmt).toBe('0.0%');
    expect(summary.getCell('I2').numFmt).toBe('0.0%');
  });

  it('lists every finding on 问题清单, accepted ones with their reason', async () => {
    const files = batch();
    const wb = await load(await findingsWorkbook(files, 'zh-CN'));
    const sheet = rows(wb.getWorksheet('问题清单') as ExcelJS.Worksheet);
    expect(sheet[0]).toEqual(['文件', '单位', '位置', '级别', '规则', '说明', '应为', '实际', '已确认理由']);
    const counted = files.reduce(
      (n, f) => n + (f.report?.findings.length ?? 0) + (f.report?.accepted?.length ?? 0),
      0,
    );
    expect(sheet).toHaveLength(1 + counted);
    const wrong = files[0];
    const suspect = findingOf(wrong, 'applications/suspect-cell');
    expect(sheet).toContainEqual([
      '报告/某某局2024年报.xlsx',
      '某某局',
      '年报!D26',
      '错误',
      'applications/suspect-cell',
      suspect.message,
      3,
      4,
      null,
    ]);
    const accepted = findingOf(wrong, 'cell/blank', 'placeholder');
    expect(sheet).toContainEqual([
      '报告/某某局2024年报.xlsx',
      '某某局',
      '年报!B11',
      '警告',
      'cell/blank',
      accepted.message,
      0,
      '—',
      REASON,
    ]);
    expect(sheet.filter((r) => r[4] === 'structure/no-table')).toEqual([
      ['报告/说明.txt', null, '说明!A1', '错误', 'structure/no-table', expect.any(String), null, null, null],
    ]);
  });

  it('freezes and filters the header and prints A4 landscape, one page wide', async () => {
    const wb = await load(await findingsWorkbook(batch(), 'zh-CN'));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
      });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(30);
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
    const xml = strFromU8(unzipSync(await findingsWorkbook(batch(), 'zh-CN'))['xl/worksheets/sheet2.xml']);
    expect(xml).toMatch(/<autoFilter ref="A1:I1"\/>/);
  });

  it('stores text that looks like a formula as text', async () => {
    const hostile = '=HYPERLINK("http://example.com","点此")';
    const files = [unreadableFile(`${hostile}.docx`, `@SUM(1+1)`), wrongFile({ name: '+cmd.xlsx' })];
    const bytes = await findingsWorkbook(files, 'zh-CN');
    const parts = unzipSync(bytes);
    for (const name of Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/sheet')))
      expect(strFromU8(parts[name])).not.toContain('<f>');
    const summary = (await load(bytes)).getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(summary.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(summary.getCell('A2').value).toBe(`报告/${hostile}.docx`);
    expect(summary.getCell('J2').value).toBe('@SUM(1+1)');
  });

  it('writes English sheets for locale en', async () => {
    const wb = await load(await findingsWorkbook(batch('en'), 'en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings']);
    const summary = rows(wb.getWorksheet('Summary') as ExcelJS.Worksheet);
    expect(summary[0][3]).toBe('Status');
    expect(summary.map((r) => r[3]).slice(1)).toEqual(['failed', 'passed', 'passed', 'failed', 'unreadable']);
    expect(summary[3][9]).toBe('not found: table 四; not checked');
    const findings = rows(wb.getWorksheet('Findings') as ExcelJS.Worksheet);
    expect(findings[0][8]).toBe('Accepted because');
    expect(findings.some((r) => r[3] === 'error' && r[2] === '年报!D26')).toBe(true);
  });
});

describe('findingsCsv', () => {
  /** The same files as the CLI hands its presenters (src/cli/check.ts), written by hand. */
  function cliResults(files: CheckedFile[]): FileResult[] {
    return files.map((f) =>
      f.report
        ? {
            path: f.path,
            report: f.report,
            previous: f.previous,
            annotated: null,
            format: f.format,
            notes: [],
          }
        : { path: f.path, error: f.error as string },
    );
  }

  it('is the CLI CSV of the same results, with the byte-order mark', () => {
    const files = batch();
    const presenter = csvPresenter({ bom: true, locale: 'zh-CN' });
    const cli =
      presenter.header() +
      cliResults(files)
        .map((r) => presenter.file(r))
        .join('');
    expect(findingsCsv(files, 'zh-CN')).toBe(cli);
  });

  it('has the CLI header, a row per finding and one for each file without any', () => {
    const files = batch();
    const lines = findingsCsv(files, 'zh-CN').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(lines.pop()).toBe('');
    const wrong = files[0].report;
    const perFile = [(wrong?.findings.length ?? 0) + (wrong?.accepted?.length ?? 0), 1, 1, 1, 1];
    expect(lines.length - 1).toBe(perFile.reduce((a, b) => a + b, 0));
    expect(lines.filter((l) => l.startsWith('报告/某某局2024年报.xlsx,invalid,'))).toHaveLength(perFile[0]);
    expect(lines).toContain(`报告/丙局2024年报.docx,unreadable,error,,,,,,,,,${ERROR},,,,,,`);
    expect(lines.some((l) => l.endsWith(`,年报!B11,${REASON}`))).toBe(true);
  });

  it('uses the locale for the location column', () => {
    const file = (locale: Locale) => checkedFile([asDocument(wrongSheet())], { locale, format: 'docx' });
    const suspect = (locale: Locale) =>
      findingsCsv([file(locale)], locale)
        .split('\r\n')
        .find((l) => l.includes('applications/suspect-cell'));
    expect(suspect('en')).toMatch(
      /,"table 三 \(Granted × Natural persons\): table \d+, row \d+, column 4",$/,
    );
    expect(suspect('zh-CN')).toMatch(/,表三（（一）予以公开 × 自然人）：第 \d+ 个表格第 \d+ 行第 4 列,$/);
  });
});
