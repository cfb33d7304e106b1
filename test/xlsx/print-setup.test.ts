/**
 * Every sheet the product writes prints well: A4, one page wide and as many tall, titles repeated,
 * landscape where wide, never shrunk below MIN_SCALE, a header naming the file and sheet and a page
 * footer. Read back by exceljs from the bytes each writer produces; the user's own print setup in an
 * annotated copy is kept as it was. (What LibreOffice prints from them: print-libreoffice.test.ts.)
 */
import * as ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { checkGrids } from '../../src/check';
import { SHEET_WORDS } from '../../src/consolidate';
import { findingsWorkbook } from '../../src/web/outputs/findings';
import { annotatedWorkbook, RESULTS_SHEET } from '../../src/xlsx/annotate';
import { consolidatedWorkbook } from '../../src/xlsx/consolidate-workbook';
import {
  applyPrintSetup,
  hasOwnPrintSetup,
  MIN_SCALE,
  planPrint,
  printableWidth,
  PRINT_MARGINS,
  widthToPoints,
} from '../../src/xlsx/print-setup';
import { readXlsxWorkbook } from '../../src/xlsx/read';
import { templateWorkbookBytes } from '../../src/xlsx/template';
import { buildTemplate } from '../../src/template/build';
import { fixtureWorkbook } from '../cli/helpers';
import { generatedDepartment } from '../consolidate/departments';
import { fixtureGrid } from '../support/fixture';
import { cleanFile, wrongFile } from '../web/outputs/checked-files';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const ZH_FOOTER = '&C第 &P 页，共 &N 页';
const FILE_AND_SHEET = '&C&F　&A';

describe('planPrint', () => {
  const A4_PORTRAIT = printableWidth('portrait', PRINT_MARGINS);
  const A4_LANDSCAPE = printableWidth('landscape', PRINT_MARGINS);

  it('knows A4 less our margins', () => {
    expect(A4_PORTRAIT).toBeCloseTo(595.3 - 72, 1);
    expect(A4_LANDSCAPE).toBeCloseTo(841.9 - 72, 1);
  });

  it.each([
    ['narrow: portrait at full size', 400, undefined, 'portrait', 1, 1],
    [
      'a little too wide for portrait: still portrait, shrunk a little',
      A4_PORTRAIT / 0.95,
      undefined,
      'portrait',
      1,
      0.95,
    ],
    ['wide: landscape', A4_PORTRAIT / 0.8, undefined, 'landscape', 1, 1],
    ['wider than landscape: shrunk to fit one page wide', A4_LANDSCAPE / 0.7, undefined, 'landscape', 1, 0.7],
    ['too wide to read on one page: two pages wide', A4_LANDSCAPE / 0.5, undefined, 'landscape', 2, 1],
    ['portrait when asked, even if wide', A4_PORTRAIT / 0.8, 'portrait', 'portrait', 1, 0.8],
    ['portrait asked, too wide to read: two pages wide', A4_PORTRAIT / 0.55, 'portrait', 'portrait', 2, 1],
  ] as const)('%s', (_, total, asked, orientation, pagesWide, scale) => {
    const plan = planPrint([total / 2, total / 2], PRINT_MARGINS, asked);
    expect(plan).toEqual({ orientation, pagesWide, scale: expect.closeTo(scale, 3) });
  });

  it('counts hidden columns as nothing and uses the sheet’s default width', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.properties.defaultColWidth = 20;
    ws.getCell(1, 14).value = 'x'; // 14 columns of 20 characters: too wide for portrait
    expect(applyPrintSetup(ws).orientation).toBe('landscape');
    for (let c = 3; c <= 14; c++) ws.getColumn(c).hidden = true;
    expect(applyPrintSetup(ws).orientation).toBe('portrait');
    expect(widthToPoints(20) * 2).toBeLessThan(printableWidth('portrait', PRINT_MARGINS));
  });

  it('repeats title columns only when it needs more than one page wide', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.getCell(1, 8).value = 'x';
    applyPrintSetup(ws, { titleColumns: { first: 1, last: 3 } });
    expect(ws.pageSetup.printTitlesColumn).toBeUndefined();
    ws.getCell(1, 40).value = 'x';
    expect(applyPrintSetup(ws, { titleColumns: { first: 1, last: 3 } }).pagesWide).toBeGreaterThan(1);
    expect(ws.pageSetup.printTitlesColumn).toBe('A:C');
  });
});

/** One written sheet and what its print setup must be. */
interface Case {
  writer: string;
  sheet: string;
  orientation: 'portrait' | 'landscape';
  titles: string | undefined;
  header: string;
  footer: string;
}

/** Every writer's output, written and read back once. */
async function writtenWorkbooks(): Promise<Record<string, ExcelJS.Workbook>> {
  const { workbook, grids } = await readXlsxWorkbook(await fixtureWorkbook());
  const report = checkGrids(grids);
  const annotated = await annotatedWorkbook({
    workbook,
    grids,
    report,
    source: 'R&D 年报.xlsx',
    locale: 'zh-CN',
  });
  const grid = fixtureGrid();
  const fromText = await annotatedWorkbook({
    workbook: null,
    grids: [grid],
    report: checkGrids([grid]),
    source: 'a.txt',
    locale: 'en',
  });
  const departments = [0, 1, 2].map((i) => generatedDepartment(i, { seed: 7 }));
  const consolidated = await consolidatedWorkbook(
    departments.map((d) => ({ name: d.name, grids: [d.grid] })),
  );
  return {
    annotated: await load(annotated),
    fromText: await load(fromText),
    consolidated: await load(new Uint8Array(await consolidated.workbook.xlsx.writeBuffer())),
    template: await load(await templateWorkbookBytes(buildTemplate({ year: 2023 }))),
    findings: await load(await findingsWorkbook([wrongFile(), cleanFile()], 'zh-CN')),
    findingsEn: await load(await findingsWorkbook([wrongFile()], 'en')),
  };
}

const EN_FOOTER = '&CPage &P of &N';

const CASES: Case[] = [
  {
    writer: 'annotated',
    sheet: RESULTS_SHEET,
    orientation: 'landscape',
    titles: '6:6',
    header: '&C校验结果：R&&D 年报.xlsx',
    footer: ZH_FOOTER,
  },
  // The user's report sheet had no print setup: it gets ours (15 columns: landscape).
  {
    writer: 'annotated',
    sheet: '2021年报',
    orientation: 'landscape',
    titles: undefined,
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'annotated',
    sheet: '备注',
    orientation: 'portrait',
    titles: undefined,
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'fromText',
    sheet: RESULTS_SHEET,
    orientation: 'landscape',
    titles: '6:6',
    header: '&CCheck results: a.txt',
    footer: EN_FOOTER,
  },
  {
    writer: 'consolidated',
    sheet: SHEET_WORDS.reportSheet,
    orientation: 'portrait',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'consolidated',
    sheet: SHEET_WORDS.breakdownSheet,
    orientation: 'landscape',
    titles: '1:2',
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'consolidated',
    sheet: SHEET_WORDS.notesSheet,
    orientation: 'landscape',
    titles: undefined,
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'template',
    sheet: '年报模板',
    orientation: 'portrait',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'findings',
    sheet: '汇总',
    orientation: 'landscape',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'findings',
    sheet: '问题清单',
    orientation: 'landscape',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: ZH_FOOTER,
  },
  {
    writer: 'findingsEn',
    sheet: 'Findings',
    orientation: 'landscape',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: EN_FOOTER,
  },
  // Text input: the sheets are ours, built from the grids.
  {
    writer: 'fromText',
    sheet: 'zhengzhou-zwfwb-2021',
    orientation: 'landscape',
    titles: undefined,
    header: FILE_AND_SHEET,
    footer: EN_FOOTER,
  },
  {
    writer: 'findingsEn',
    sheet: 'Summary',
    orientation: 'landscape',
    titles: '1:1',
    header: FILE_AND_SHEET,
    footer: EN_FOOTER,
  },
];

describe('every written sheet, read back', () => {
  let books: Record<string, ExcelJS.Workbook>;
  beforeAll(async () => {
    books = await writtenWorkbooks();
  }, 30_000);

  const sheetOf = (c: Case) => {
    const ws = books[c.writer].getWorksheet(c.sheet);
    if (!ws) throw new Error(`${c.writer} has no sheet ${c.sheet}`);
    return ws;
  };

  it('covers every sheet of every writer', () => {
    for (const [writer, wb] of Object.entries(books))
      for (const ws of wb.worksheets)
        expect([writer, ws.name, CASES.some((c) => c.writer === writer && c.sheet === ws.name)]).toEqual([
          writer,
          ws.name,
          true,
        ]);
  });

  it('numbers the pages on through the file: no sheet restarts at 1 (exceljs would write it back so)', async () => {
    const { workbook, grids } = await readXlsxWorkbook(await fixtureWorkbook());
    const bytes = await annotatedWorkbook({
      workbook,
      grids,
      report: checkGrids(grids),
      source: 'a',
      locale: 'en',
    });
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(3);
    for (const name of sheets)
      expect([name, strFromU8(parts[name])]).toEqual([name, expect.not.stringMatching(/firstPageNumber/i)]);
  });

  it.each(CASES.map((c) => [`${c.writer} ${c.sheet}`, c] as const))(
    '%s: A4, one page wide, titles, header and footer',
    (_, c) => {
      const ws = sheetOf(c);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: c.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toBe(c.titles);
      expect(ws.headerFooter).toMatchObject({ oddHeader: c.header, oddFooter: c.footer });
    },
  );

  it.each(CASES.map((c) => [`${c.writer} ${c.sheet}`, c] as const))(
    '%s: printed no smaller than MIN_SCALE',
    (_, c) => {
      const ws = sheetOf(c);
      const area = ws.pageSetup.printArea;
      const last = area ? ws.getColumn(area.split(':')[1].replace(/\d+/g, '')).number : ws.columnCount;
      const standard = ws.properties.defaultColWidth ?? 8.43;
      const widths = Array.from({ length: last }, (_, i) =>
        widthToPoints(ws.getColumn(i + 1).width ?? standard),
      );
      const margins = ws.pageSetup.margins ?? PRINT_MARGINS;
      const scale = Math.min(1, printableWidth(c.orientation, margins) / widths.reduce((a, b) => a + b, 0));
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
    },
  );
});

describe('the user’s own print setup in the annotated copy', () => {
  /** The fixture report with `set` applied to its report sheet before it is checked and annotated. */
  async function annotate(set: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
    const source = await load(await fixtureWorkbook());
    set(source.worksheets[0]);
    const { workbook, grids } = await readXlsxWorkbook(new Uint8Array(await source.xlsx.writeBuffer()));
    const bytes = await annotatedWorkbook({
      workbook,
      grids,
      report: checkGrids(grids),
      source: 'x.xlsx',
      locale: 'zh-CN',
    });
    return (await load(bytes)).getWorksheet('2021年报') as ExcelJS.Worksheet;
  }

  it('is kept as it was, every part of it', async () => {
    const ws = await annotate((s) => {
      s.pageSetup = {
        ...s.pageSetup,
        paperSize: 11, // A5
        orientation: 'portrait',
        scale: 85,
        printTitlesRow: '1:3',
      };
      s.headerFooter = { oddFooter: '&R机密' };
    });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 11,
      orientation: 'portrait',
      scale: 85,
      fitToPage: false,
    });
    expect(ws.pageSetup.printTitlesRow).toBe('1:3');
    expect(ws.headerFooter.oddFooter).toBe('&R机密');
    expect(ws.headerFooter.oddHeader).toBeFalsy();
  });

  it('even when only part of it is set (a footer of their own): nothing of ours is added', async () => {
    const ws = await annotate((s) => (s.headerFooter = { oddFooter: '&P' }));
    expect(ws.pageSetup.paperSize).toBeUndefined();
    expect(ws.pageSetup.fitToPage).toBe(false);
    expect(ws.headerFooter.oddFooter).toBe('&P');
  });

  type Setter = (s: ExcelJS.Worksheet) => void;
  const cases: [string, Setter, boolean][] = [
    ['nothing', () => undefined, false],
    ['a paper size', (s) => void (s.pageSetup.paperSize = 9), true],
    ['landscape', (s) => void (s.pageSetup.orientation = 'landscape'), true],
    ['fit to page', (s) => void (s.pageSetup.fitToPage = true), true],
    ['a scale', (s) => void (s.pageSetup.scale = 90), true],
    ['a print area', (s) => void (s.pageSetup.printArea = 'A1:C9'), true],
    ['title rows', (s) => void (s.pageSetup.printTitlesRow = '1:1'), true],
    ['title columns', (s) => void (s.pageSetup.printTitlesColumn = 'A:A'), true],
    ['margins', (s) => void (s.pageSetup.margins = { ...PRINT_MARGINS }), true],
    ['a header', (s) => void (s.headerFooter.oddHeader = '&A'), true],
    ['a first-page footer', (s) => void (s.headerFooter.firstFooter = 'x'), true],
  ];
  it.each(cases)('with %s set, after a round trip', async (_, set, own) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = 1;
    set(ws);
    const back = (await load(new Uint8Array(await wb.xlsx.writeBuffer()))).worksheets[0];
    expect(hasOwnPrintSetup(back)).toBe(own);
  });
});
