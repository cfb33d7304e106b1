/**
 * The PDF layout: synthetic pages for each step (lines, CJK merging, columns, headers, furniture,
 * page breaks, paragraphs), and real PDFs made by LibreOffice from the seed report (as a Word file
 * with the official merges, and as the plain .txt) read back through pdfjs: the engine must find
 * what it finds on the .txt.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import { readPdf } from '../../src/sources/node/pdf-extract';
import type { Grid } from '../../src/grid';
import { pdfPagesToDocument, type PdfPage, type PdfTextRun } from '../../src/sources/pdf';
import { SourceReadError, type ReadSourceOptions } from '../../src/sources/types';
import { fixtureGrid } from '../support/fixture';
import { reportDocx, scanDocx } from '../support/report-pdf';
import { convert, findSoffice } from '../template/soffice';

const OPTIONS: ReadSourceOptions = {
  sheet: 'report',
  limits: { maxUnpackedBytes: 1e9, maxCellsPerSheet: 1e6 },
};

const rows = (grid: Grid): (string | number | boolean | null)[][] =>
  Array.from({ length: grid.rowCount }, (_, r) => {
    const row = Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });

/** A run of CJK text set at 10 pt: each character 10 wide. */
const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({
  text,
  x,
  y,
  width: [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.5), 0),
  height: size,
});
const page = (...runs: PdfTextRun[]): PdfPage => ({ width: 600, height: 800, runs });
const read = (...pages: PdfPage[]) => pdfPagesToDocument(pages, OPTIONS);

/** A page with `line` and under it a table (header at y 100, two rows), which reads as TABLE_UNDER. */
const tableUnder = (line: PdfTextRun): PdfPage =>
  page(
    line,
    run('信息内容', 100, 100),
    run('本年制发件数', 230, 100),
    run('规章', 100, 114),
    run('0', 258, 114),
    run('规范性文件', 100, 128),
    run('1', 258, 128),
  );
const TABLE_UNDER = [
  ['信息内容', '本年制发件数'],
  ['规章', 0],
  ['规范性文件', 1],
];

describe('pdfPagesToDocument on synthetic pages', () => {
  const cases: {
    name: string;
    pages: PdfPage[];
    expected: (string | number | null)[][];
    /** Whether each row is a paragraph or a table row, where the case is about that. */
    kinds?: ('paragraph' | 'table')[];
  }[] = [
    {
      name: 'runs on one baseline (±1) are one line, sorted by x; CJK runs closer than half a size merge',
      pages: [
        page(
          run('公开', 120, 100.8),
          run('主动', 100, 100),
          run('信息', 140, 99.5),
          run('第二行更长一些的文字。', 100, 114),
        ),
      ],
      expected: [['主动公开信息'], ['第二行更长一些的文字。']],
    },
    {
      name: 'a run up to 0.35 of the smaller size off the line is on it; a large run does not widen that',
      pages: [
        page(run('主动', 100, 100), run('公开', 120, 103.5)),
        page(run('大字标题', 100, 100, 30), run('小字', 400, 105)),
      ],
      expected: [['主动公开'], ['大字标题'], ['小字']],
    },
    {
      name: 'a line’s size is its largest run’s: digits 3 apart at size 30 join without a space',
      pages: [page(run('共', 100, 100), run('12', 110, 100, 30), run('3', 143, 100), run('件', 150, 100))],
      expected: [['共123件']],
    },
    {
      name: 'wrapped lines of a paragraph join; a short line ends it; a marker or indent starts one',
      pages: [
        page(
          run('（一）主动公开情况。这一年来公开信息多条', 120, 100),
          run('其中机构领导一条。', 100, 114),
          run('（二）依申请公开情况。', 120, 128),
          run('一、总体情况', 100, 142),
        ),
      ],
      expected: [
        ['（一）主动公开情况。这一年来公开信息多条其中机构领导一条。'],
        ['（二）依申请公开情况。'],
        ['一、总体情况'],
      ],
    },
    {
      name: 'numbers in columns make a table; the header goes to the columns it is centred over; near runs join',
      pages: [
        page(
          run('信息内容', 100, 100),
          run('本年制发件数', 230, 100),
          run('现行有效件数', 330, 100),
          run('规章', 100, 114),
          run('0', 258, 114),
          // Two runs 0.15 of a size apart (the most for no space) are one number.
          run('1', 356, 114),
          run('2', 362.5, 114),
          run('行政规范性文件', 100, 128),
          run('1', 258, 128),
          run('3', 358, 128),
          // Further apart in one column: two pieces, kept apart by a space (not read as 12).
          run('其他', 100, 142),
          run('1', 252, 142),
          run('2', 263, 142),
          run('3', 358, 142),
        ),
      ],
      expected: [
        ['信息内容', '本年制发件数', '现行有效件数'],
        ['规章', 0, 12],
        ['行政规范性文件', 1, 3],
        ['其他', '1 2', 3],
      ],
    },
    {
      name: 'Latin runs a gap apart keep a space between words; touching runs join',
      pages: [page(run('ABC', 100, 100), run('Ltd', 117, 100), run('AB', 100, 200), run('CD', 111, 200))],
      expected: [['ABC Ltd'], ['ABCD']],
    },
    {
      name: 'a title centred over several columns spans them; wrapped header pieces join with no space',
      pages: [
        page(
          run('行政复议', 120, 100),
          run('结果', 100, 114),
          run('维持', 100, 126),
          run('结果', 140, 114),
          run('纠正', 140, 126),
          run('其他', 180, 114),
          run('0', 108, 140),
          run('0', 148, 140),
          run('0', 188, 140),
        ),
      ],
      expected: [['行政复议'], ['结果维持', '结果纠正', '其他'], [0, 0, 0]],
    },
    {
      name: 'a wrapped row label joins its row',
      pages: [
        page(
          run('1.申请人逾期', 100, 100),
          run('5', 300, 100),
          run('不补正', 100, 112),
          run('2.其他', 100, 126),
          run('6', 300, 126),
        ),
      ],
      expected: [
        ['1.申请人逾期不补正', 5],
        ['2.其他', 6],
      ],
    },
    {
      name: 'the last row’s label wrapped onto the next line joins it; a line further down does not',
      pages: [
        page(
          run('1.申请人逾期', 100, 100),
          run('5', 300, 100),
          run('2.其他', 100, 114),
          run('6', 300, 114),
          run('情形', 100, 126),
          run('注', 100, 170),
        ),
      ],
      expected: [['1.申请人逾期', 5], ['2.其他情形', 6], ['注']],
    },
    {
      name: 'a line far above a table’s header is not part of it',
      pages: [tableUnder(run('说明', 100, 40))],
      expected: [['说明'], ...TABLE_UNDER],
      kinds: ['paragraph', 'table', 'table', 'table'],
    },
    {
      name: 'a section heading right above a table’s header is not part of it',
      pages: [tableUnder(run('二、主动公开情况', 100, 86))],
      expected: [['二、主动公开情况'], ...TABLE_UNDER],
      kinds: ['paragraph', 'table', 'table', 'table'],
    },
    {
      name: 'running headers and page numbers are dropped; a table continues on the next page',
      pages: [
        page(
          run('某某单位年度报告', 200, 40),
          run('规章', 100, 700),
          run('1', 300, 700),
          run('- 1 -', 290, 780),
        ),
        page(
          run('某某单位年度报告', 200, 40),
          run('其他', 100, 100),
          run('2', 300, 100),
          run('第 2 页', 285, 780),
        ),
      ],
      expected: [
        ['规章', 1],
        ['其他', 2],
      ],
    },
  ];
  test.each(cases)('$name', ({ pages, expected, kinds }) => {
    const grid = read(...pages).grids[0];
    expect(rows(grid)).toEqual(expected);
    if (kinds) expect(expected.map((_, r) => grid.rowOrigin?.(r)?.kind)).toEqual(kinds);
  });

  test('beside row labels, a number centred under a title over two columns is one merged cell of the table', () => {
    // Numbers centred at 250, 300 and 350; 合计 and the 9 under it at 325, which makes a column of
    // its own between the two: the title and the 9 each span the three columns (2 to 4 in the grid).
    const grid = read(
      page(
        run('项目', 100, 100),
        run('件数', 240, 100),
        run('合计', 315, 100),
        run('规章', 100, 114),
        run('1', 247.5, 114),
        run('2', 297.5, 114),
        run('3', 347.5, 114),
        // Half of this row's numbers stand in a column (the label is no number): the row fits the table.
        run('其他', 100, 128),
        run('4', 247.5, 128),
        run('9', 322.5, 128),
      ),
    ).grids[0];
    expect(rows(grid)).toEqual([
      ['项目', '件数', '合计'],
      ['规章', 1, 2, null, 3],
      ['其他', 4, 9],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ]);
    expect([0, 1, 2].map((r) => grid.rowOrigin?.(r))).toEqual(
      [1, 2, 3].map((row) => ({ kind: 'table', table: 1, row, page: 1 })),
    );
  });

  test('origins: paragraphs and table rows numbered from 1, with their page', () => {
    const doc = read(
      page(run('前言。', 100, 100)),
      page(run('规章', 100, 100), run('1', 300, 100), run('其他', 100, 114), run('2', 300, 114)),
    );
    const grid = doc.grids[0];
    expect([0, 1, 2].map((r) => grid.rowOrigin?.(r))).toEqual([
      { kind: 'paragraph', paragraph: 1, page: 1 },
      { kind: 'table', table: 1, row: 1, page: 2 },
      { kind: 'table', table: 1, row: 2, page: 2 },
    ]);
    expect(doc.format).toBe('pdf');
    expect(grid.sheet).toBe('report');
  });

  test('the furniture notice counts the dropped lines', () => {
    const doc = read(
      page(run('某某单位', 200, 40), run('正文一。', 100, 100), run('1', 300, 780)),
      page(run('某某单位', 200, 40), run('第二页的正文长一些。', 100, 100), run('2', 300, 780)),
    );
    expect(doc.notices).toEqual([{ code: 'pdf-furniture-dropped', count: 4 }]);
    expect(rows(doc.grids[0])).toEqual([['正文一。'], ['第二页的正文长一些。']]);
  });

  test('a table row at the same place at the top of every page is content, not a running header', () => {
    // Several departments' reports in one PDF, one per page, laid out alike: the first row of each
    // page's table repeats (numbers masked) at the top, but rows of numbers are never furniture.
    const dept = (n: number) =>
      page(
        run('规章', 100, 60),
        run(String(n), 300, 60),
        run(String(n), 350, 60),
        run(String(n), 400, 60),
        run('其他', 100, 74),
        run('0', 300, 74),
        run('0', 350, 74),
        run('0', 400, 74),
      );
    const doc = read(dept(1), dept(2), dept(3));
    expect(rows(doc.grids[0]).filter((r) => r[0] === '规章')).toEqual([
      ['规章', 1, 1, 1],
      ['规章', 2, 2, 2],
      ['规章', 3, 3, 3],
    ]);
    expect(doc.notices).toEqual([]);
  });

  test('a blank page among pages with text is no scan: read, and its neighbours joined', () => {
    expect(rows(read(page(run('收到', 100, 100)), page(), page(run('申请', 100, 100))).grids[0])).toEqual([
      ['收到申请'],
    ]);
  });

  test('no text on any page: refused as a scan, saying how many pages (spaces and zero-height runs are none)', () => {
    // pdf.js gives a run of spaces between words and zero-height runs (OCR layers, clipped marks).
    const flat = { ...run('字', 100, 100), height: 0 };
    expect(() => read(page(), page(run(' \u3000', 100, 100)), page(flat))).toThrow(
      expect.objectContaining({
        code: 'no-text-layer',
        detail: 'none of the 3 pages carries text (a scan?)',
      }) as unknown as SourceReadError,
    );
  });

  test.each([
    [
      'more cells than allowed',
      'too-many-cells',
      [page(run('甲', 100, 100), run('1', 300, 100), run('乙', 100, 114), run('2', 300, 114))],
    ],
  ])('%s → %s', (_name, code, pages) => {
    const small = { ...OPTIONS, limits: { ...OPTIONS.limits, maxCellsPerSheet: 3 } };
    expect(() => pdfPagesToDocument(pages, small)).toThrow(
      expect.objectContaining({ code }) as unknown as SourceReadError,
    );
  });
});

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the PDF tests on real files.');
const describeWithLibreOffice = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

describeWithLibreOffice('real PDFs made by LibreOffice', () => {
  let dir = '';
  const pdf = (name: string) => new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
  const findings = (grids: readonly Grid[]) => {
    const report = checkGrids(grids);
    return {
      errors: report.errors,
      warnings: report.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId),
      tables: report.tables.length,
    };
  };
  const expected = findings([fixtureGrid()]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-read-'));
    writeFileSync(join(dir, 'report.docx'), await reportDocx({ furniture: true }));
    // Filler before table 三 moves its page break: after its second row, or under its header.
    writeFileSync(join(dir, 'report-long.docx'), await reportDocx({ fillerBeforeApplications: 2 }));
    writeFileSync(join(dir, 'report-orphan.docx'), await reportDocx({ fillerBeforeApplications: 3 }));
    // Group labels centred beside their items: （三）不予公开 stands by its 4th and 5th items.
    writeFileSync(join(dir, 'report-centred.docx'), await reportDocx({ centredMerges: true }));
    copyFileSync(join(__dirname, '..', 'fixtures', 'zhengzhou-zwfwb-2021.txt'), join(dir, 'plain.txt'));
    writeFileSync(join(dir, 'scan.docx'), await scanDocx());
    const names = [
      'report.docx',
      'report-long.docx',
      'report-orphan.docx',
      'report-centred.docx',
      'plain.txt',
      'scan.docx',
    ];
    convert(
      soffice as string,
      'pdf',
      dir,
      names.map((n) => join(dir, n)),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the .txt gives 0 errors, the one narrative warning and 3 tables (the baseline)', () => {
    expect(expected).toEqual({ errors: 0, warnings: ['narrative/itemized-sum'], tables: 3 });
  });

  test.each(['report', 'report-long', 'report-orphan', 'report-centred'])(
    '%s.pdf gives the findings of the .txt',
    async (name) => {
      const doc = await readPdf(pdf(name), OPTIONS);
      expect(findings(doc.grids)).toEqual(expected);
    },
  );

  // The .txt printed by LibreOffice sets fields at tab stops: a field that runs up to the next stop
  // touches the one after it and the two read as one (`行政规范性文件1`), so only the tables' places
  // are compared, not the findings.
  test('plain.pdf (the .txt printed with tab stops): the 3 tables are found', async () => {
    const doc = await readPdf(pdf('plain'), OPTIONS);
    expect(findings(doc.grids).tables).toBe(3);
  });

  test('labels of merged cells wrapped onto the next row rejoin their row', async () => {
    const doc = await readPdf(pdf('report'), OPTIONS);
    const labels = rows(doc.grids[0]).map((r) => r[0]);
    expect(labels).toEqual(
      expect.arrayContaining([
        '三、本年度办理结果（一）予以公开',
        '（三）不予公开1.属于国家秘密',
        '（五）不予处理1.信访举报投诉类申请',
      ]),
    );
  });

  test('the running header and the page numbers are dropped', async () => {
    const doc = await readPdf(pdf('report'), OPTIONS);
    expect(doc.notices[0]).toEqual({ code: 'pdf-furniture-dropped', count: expect.any(Number) as number });
    const texts = rows(doc.grids[0])
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(
      texts.some((t) => t.includes('- 1 -') || t === '郑州市政务服务办公室政府信息公开工作年度报告'),
    ).toBe(false);
  });

  test.each(['report', 'report-long', 'report-orphan'])(
    '%s: table 三 across two pages is one table, header over numbers',
    async (name) => {
      const doc = await readPdf(pdf(name), OPTIONS);
      const grid = doc.grids[0];
      const origins = Array.from({ length: grid.rowCount }, (_, r) => grid.rowOrigin?.(r));
      const table3 = origins.filter((o) => o?.kind === 'table' && o.table === 2);
      expect(new Set(table3.map((o) => (o?.kind === 'table' ? o.page : undefined))).size).toBe(2);
      const all = rows(grid);
      const header = all.find((r) => r.includes('商业企业'));
      expect(header?.slice(header.indexOf('商业企业'))).toEqual([
        '商业企业',
        '科研机构',
        '社会公益组织',
        '法律服务机构',
        '其他',
      ]);
    },
  );

  test('a scanned page (an image, no text) → no-text-layer', async () => {
    await expect(readPdf(pdf('scan'), OPTIONS)).rejects.toMatchObject({ code: 'no-text-layer' });
  });
});
