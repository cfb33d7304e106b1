/**
 * The annotated copy: fills in the add-in's colours, notes with the messages, a first sheet
 * 校验结果 linking to each cell; and (where soffice exists) LibreOffice opens it with all of that.
 */
import { handFinding } from '../support/finding';
import * as ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import type { Finding, Severity } from '../../src/report/types';
import { annotatedWorkbook, excelSheetName, RESULTS_SHEET } from '../../src/xlsx/annotate';
import { readXlsxWorkbook } from '../../src/xlsx/read';
import { fixtureWorkbook } from '../cli/helpers';
import { fixtureGrid } from '../support/fixture';
import { expectedMarks, PALETTE, type Mark } from '../support/mark-oracle';
import { sheetWithTables } from '../support/partial-sheet';

const argb = (rgb: string) => `FF${rgb}`;

/** A cell's fill, font colour and boldness, as ExcelJS reads them back. */
function lookOf(cell: ExcelJS.Cell) {
  return {
    fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
    font: cell.font?.color?.argb,
    bold: cell.font?.bold ?? false,
  };
}
const looksLike = (mark: Mark) => ({
  fill: argb(PALETTE[mark].fill),
  font: argb(PALETTE[mark].font),
  bold: PALETTE[mark].bold,
});

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

test('flagged cells take the mark of their rules, with the messages as notes', () => {
  // Each mark of the palette is here (a cell with several findings: the describe below).
  const expected = expectedMarks(report.findings);
  expect(new Set(expected.values())).toEqual(new Set(['suspect', 'error', 'warning']));
  for (const [key, mark] of expected) {
    const [sheet, address] = key.split('!');
    const cell = (annotated.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address);
    expect({ address, ...lookOf(cell) }).toEqual({ address, ...looksLike(mark) });
  }
  for (const f of report.findings.filter((x) => x.ruleId !== 'structure/no-table')) {
    const cell = (annotated.getWorksheet(f.sheet) as ExcelJS.Worksheet).getCell(f.address);
    expect(JSON.stringify(cell.note)).toContain(JSON.stringify(f.message).slice(1, -1).slice(0, 20));
  }
});

describe('a cell with several findings', () => {
  const SHEET = '年报';
  const grid = () =>
    new ArrayGrid({
      sheet: SHEET,
      values: [
        ['项目', '自然人', '法人'],
        ['（一）予以公开', 3, 4],
        ['（二）部分公开', 1, 2],
      ],
    });
  const finding = (ruleId: string, severity: Severity, address: string, extra: Partial<Finding> = {}) =>
    handFinding(SHEET, ruleId, severity, address, undefined, extra);

  // B2: a warning and an error; C2: an error and the suspect; B3: warnings only; C3: two errors of
  // which one is a grouped finding's cell; A1: the no-table anchor, never painted.
  const findings = [
    finding('cell/text-number', 'warning', 'B2'),
    finding('applications/row-total', 'error', 'B2'),
    finding('applications/row-total', 'error', 'C2'),
    finding('applications/suspect-cell', 'error', 'C2'),
    finding('cell/unit-text', 'warning', 'B3'),
    finding('cell/blank', 'warning', 'B3'),
    finding('applications/balance', 'error', 'C3'),
    finding('cell/blank', 'warning', 'A3', {
      parts: [
        {
          address: 'A3',
          location: { kind: 'cell', sheet: SHEET, address: 'A3' },
          row: null,
          column: null,
          expected: 0,
          actual: null,
          message: 'A3 为空',
        },
        {
          address: 'C3',
          location: { kind: 'cell', sheet: SHEET, address: 'C3' },
          row: null,
          column: null,
          expected: 0,
          actual: null,
          message: 'C3 为空',
        },
      ],
    }),
    finding('structure/no-table', 'error', 'A1'),
  ];
  // Stated here, from the catalog: suspect > error > warning.
  const WANTED: Record<string, Mark | null> = {
    A1: null,
    B2: 'error',
    C2: 'suspect',
    B3: 'warning',
    A3: 'warning',
    C3: 'error',
    B1: null,
  };

  test.each([
    ['in the report’s order', findings],
    ['in reverse order', [...findings].reverse()],
  ])('the strongest mark wins, %s', async (_order, list) => {
    expect(Object.fromEntries([...expectedMarks(list)].map(([k, m]) => [k.split('!')[1], m]))).toEqual(
      Object.fromEntries(Object.entries(WANTED).filter(([, m]) => m !== null)),
    );
    const base = checkGrids([grid()]);
    const out = await annotatedWorkbook({
      workbook: null,
      grids: [grid()],
      report: { ...base, findings: list },
      source: 'a.txt',
      locale: 'zh-CN',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (const [address, mark] of Object.entries(WANTED)) {
      const look = lookOf(ws.getCell(address));
      if (mark) expect({ address, ...look }).toEqual({ address, ...looksLike(mark) });
      else expect({ address, fill: look.fill }).toEqual({ address, fill: undefined });
    }
    // Every message about a cell is in its note, whichever mark won.
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('cell/text-number @ B2');
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('applications/row-total @ B2');
    expect(JSON.stringify(ws.getCell('C3').note)).toContain('C3 为空');
  });
});

test('unflagged cells keep their look (no style shared with a painted cell)', () => {
  const ws = annotated.getWorksheet('2021年报') as ExcelJS.Worksheet;
  const flagged = new Set([...expectedMarks(report.findings).keys()].map((key) => key.split('!')[1]));
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
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(PALETTE.suspect.fill));
      expect(JSON.stringify(cell.note)).toContain('应为');
      const link = wb.worksheets[0].getCell('C7').value as { hyperlink?: string };
      expect(link.hyperlink).toContain(report.findings[0].address);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  120_000,
);
