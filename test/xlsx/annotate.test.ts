/**
 * The annotated copy: fills in the add-in's colours, notes with the messages, a first sheet
 * 校验结果 linking to each cell; and (where soffice exists) LibreOffice opens it with all of that.
 */
import * as ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import { MARK_STYLES } from '../../src/report/marks';
import { annotatedWorkbook, excelSheetName, RESULTS_SHEET } from '../../src/xlsx/annotate';
import { readXlsxWorkbook } from '../../src/xlsx/read';
import { fixtureWorkbook } from '../cli/helpers';
import { fixtureGrid } from '../support/fixture';
import { sheetWithTables } from '../support/partial-sheet';

const argb = (hex: string) => `FF${hex.slice(1)}`;

/** The fixture workbook with one applications cell changed: a suspect cell and its errors. */
async function brokenWorkbook() {
  const { workbook, grids } = await readXlsxWorkbook(await fixtureWorkbook());
  const report0 = checkGrids(grids);
  const table = report0.tables.find((t) => t.table === 'applications');
  if (!table) throw new Error('no table 三');
  // Change the first "0" of the table's 予以公开 row.
  const ws = workbook.getWorksheet(grids[0].sheet) as ExcelJS.Worksheet;
  let target = '';
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!target && typeof cell.value === 'string' && cell.value.includes('予以公开')) {
        const next = row.getCell(Number(cell.col) + 1);
        target = next.address;
        next.value = 3;
      }
    }),
  );
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return readXlsxWorkbook(bytes);
}

let bytes: Uint8Array;
let report: ReturnType<typeof checkGrids>;
let annotated: ExcelJS.Workbook;

beforeAll(async () => {
  const { workbook, grids } = await brokenWorkbook();
  report = checkGrids(grids);
  bytes = await annotatedWorkbook({ workbook, grids, report, source: 'book.xlsx', locale: 'zh-CN' });
  annotated = new ExcelJS.Workbook();
  await annotated.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
}, 20_000);

test('the results sheet comes first, with the summary and one linked row per finding', () => {
  expect(annotated.worksheets.map((w) => w.name)).toEqual([RESULTS_SHEET, '2021年报', '备注']);
  const ws = annotated.worksheets[0];
  expect(String(ws.getCell('A1').value)).toContain('book.xlsx');
  expect(String(ws.getCell('A2').value)).toContain(`${report.errors} 个错误`);
  report.findings.forEach((f, i) => {
    const row = ws.getRow(7 + i);
    expect(row.getCell(2).value).toBe(f.sheet);
    expect(row.getCell(3).value).toEqual({ text: f.address, hyperlink: `'${f.sheet}'!${f.address}` });
    expect(row.getCell(5).value).toBe(f.message);
    expect(row.getCell(8).value).toBe(f.ruleId);
  });
  // The same words as the messages and the task pane: 应为 / 实际, never 实为.
  expect([6, 7].map((c) => ws.getRow(6).getCell(c).value)).toEqual(['应为', '实际']);
});

test('flagged cells are filled by severity, suspect strongest, with the messages as notes', () => {
  const ws = annotated.getWorksheet('2021年报') as ExcelJS.Worksheet;
  expect(report.findings.some((f) => f.ruleId === 'applications/suspect-cell')).toBe(true);
  for (const f of report.findings.filter((x) => x.ruleId !== 'structure/no-table')) {
    const cell = ws.getCell(f.address);
    const fill = cell.fill as ExcelJS.FillPattern;
    const strongest = report.findings.some(
      (g) => g.address === f.address && g.sheet === f.sheet && g.ruleId === 'applications/suspect-cell',
    )
      ? 'suspect'
      : report.findings.some((g) => g.address === f.address && g.severity === 'error')
        ? 'error'
        : 'warning';
    expect(fill.fgColor?.argb).toBe(argb(MARK_STYLES[strongest].fill));
    expect(cell.font?.color?.argb).toBe(argb(MARK_STYLES[strongest].fontColor));
    expect(JSON.stringify(cell.note)).toContain(JSON.stringify(f.message).slice(1, -1).slice(0, 20));
  }
});

test('unflagged cells keep their look (no style shared with a painted cell)', () => {
  const ws = annotated.getWorksheet('2021年报') as ExcelJS.Worksheet;
  const flagged = new Set(report.findings.map((f) => f.address));
  let checked = 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (flagged.has(cell.address)) return;
      checked++;
      expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    }),
  );
  expect(checked).toBeGreaterThan(100);
});

test('text grids become a workbook; long or invalid sheet names are made legal', async () => {
  const grid = fixtureGrid();
  const r = checkGrids([grid]);
  const out = await annotatedWorkbook({
    workbook: null,
    grids: [grid],
    report: r,
    source: 'a.txt',
    locale: 'en',
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
  expect(wb.worksheets[0].name).toBe(RESULTS_SHEET);
  expect(String(wb.worksheets[0].getCell('A1').value)).toBe('Check results: a.txt');
  expect(wb.worksheets[1].getCell('A23').value).toBe(grid.value(22, 0));
  expect(excelSheetName('a/b:c*?[d]')).toBe('a_b_c___d_');
  expect(excelSheetName('x'.repeat(40))).toHaveLength(31);
});

test.each([
  ['zh-CN', '；未找到表二、表四。找到的表格中没有发现问题，未找到的表格没有校验。'],
  [
    'en',
    '; not found: tables 二 and 四. No problems in the tables found; the tables not found were not checked.',
  ],
] as const)('the summary names the tables not found (%s)', async (locale, ending) => {
  const grid = sheetWithTables(['applications']);
  const r = checkGrids([grid], { only: ['applications/balance'] });
  expect(r.findings).toEqual([]);
  const out = await annotatedWorkbook({ workbook: null, grids: [grid], report: r, source: 'a.txt', locale });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
  expect(String(wb.worksheets[0].getCell('A2').value).endsWith(ending)).toBe(true);
});

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
const withSoffice = SOFFICE ? test : test.skip;
if (!SOFFICE) console.warn('soffice not found: skipping the LibreOffice round trip of the annotated copy');

withSoffice(
  'LibreOffice opens the annotated copy: results sheet first, fills and notes kept',
  async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'annotate-lo-'));
    try {
      const input = join(tmp, 'annotated.xlsx');
      writeFileSync(input, bytes);
      const out = join(tmp, 'out');
      const r = spawnSync(
        SOFFICE as string,
        [
          `-env:UserInstallation=file://${join(tmp, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          input,
        ],
        { encoding: 'utf8', timeout: 90_000 },
      );
      expect(r.status).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(out, 'annotated.xlsx')) as unknown as ArrayBuffer);
      expect(wb.worksheets[0].name).toBe(RESULTS_SHEET);
      const suspect = report.findings.find((f) => f.ruleId === 'applications/suspect-cell');
      const cell = (wb.getWorksheet('2021年报') as ExcelJS.Worksheet).getCell(suspect?.address ?? 'A1');
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(MARK_STYLES.suspect.fill));
      expect(JSON.stringify(cell.note)).toContain('应为');
      const link = wb.worksheets[0].getCell('C7').value as { hyperlink?: string };
      expect(link.hyperlink).toContain(report.findings[0].address);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  120_000,
);
