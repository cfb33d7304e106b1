import * as ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkGrids } from '../src/check';
import { extractPdfPages, readPdf } from '../src/sources/node/pdf-extract';
import { ArrayGrid, type Grid } from '../src/grid';
import { readDocx } from '../src/sources/docx';
import { pdfPagesToDocument } from '../src/sources/pdf';
import type { ReadSourceOptions } from '../src/sources/types';
import { DEFAULT_LIMITS } from '../src/xlsx/limits';
import { readXlsxWorkbook } from '../src/xlsx/read';
import { fixtureRows } from '../test/support/fixture';
import { reportDocx } from '../test/support/report-pdf';
import { convert, findSoffice } from '../test/template/soffice';

/** Each document reader's goal: at most this many times the .xlsx load of the same tables. */
export const DOCUMENT_GOAL_RATIO = 2;

const FIXTURE = 'zhengzhou-zwfwb-2021.txt';
/** As the CLI reads a file: the grid named after the file, the default limits. */
const OPTIONS: ReadSourceOptions = { sheet: 'report', limits: DEFAULT_LIMITS };

/** What the engine found on a read: tables, errors and warnings. */
export interface ReadCheck {
  tables: number;
  errors: number;
  warnings: number;
}

export interface DocumentsBenchResult {
  copies: number;
  runs: number;
  /** The .txt fixture stacked `copies` times: what every read must match. */
  expected: ReadCheck;
  xlsx: { ms: number; check: ReadCheck };
  docx: { ms: number; ratio: number; check: ReadCheck };
  /** Absent when LibreOffice is not installed. */
  pdf?: { pages: number; ms: number; layoutMs: number; ratio: number; check: ReadCheck };
}

/**
 * Document readers benchmark: the seed report repeated `copies` times (about 20 A4 pages) as a
 * .docx written by the `docx` package, the PDF LibreOffice prints from it, and an .xlsx of the
 * grid the .docx reader returns (same tables, same merges). Each reader is timed as the CLI calls
 * it (median of `runs` after a warm-up) against exceljs loading the .xlsx. Goal: ≤ 2× the load.
 */
export async function documentsBench(copies = 10, runs = 7): Promise<DocumentsBenchResult> {
  placeFixtureForCompiledHelpers();
  const docx = repeatBody(await reportDocx({ furniture: true }), copies);
  const grids = readDocx(docx, OPTIONS).grids;
  const xlsx = await workbookOf(grids[0]);
  const txt = new ArrayGrid({ sheet: 'report', values: new Array(copies).fill(fixtureRows()).flat() });

  const xlsxMs = await median(runs, () => readXlsxWorkbook(xlsx, { limits: DEFAULT_LIMITS }));
  const docxMs = await median(runs, () => readDocx(docx, OPTIONS));
  const result: DocumentsBenchResult = {
    copies,
    runs,
    expected: checked([txt]),
    xlsx: { ms: xlsxMs, check: checked((await readXlsxWorkbook(xlsx)).grids) },
    docx: { ms: docxMs, ratio: docxMs / xlsxMs, check: checked(grids) },
  };

  const pdf = printPdf(docx);
  if (pdf) {
    const pages = await extractPdfPages(pdf);
    // As the CLI reads a PDF: a worker thread loads pdfjs and extracts, then the layout runs here.
    const ms = await median(runs, () => readPdf(pdf, OPTIONS));
    const layoutMs = await median(runs, () => pdfPagesToDocument(pages, OPTIONS));
    const check = checked((await readPdf(pdf, OPTIONS)).grids);
    result.pdf = { pages: pages.length, ms, layoutMs, ratio: ms / xlsxMs, check };
  }
  return result;
}

/**
 * One .docx holding the report's body `copies` times; the section properties (A4, header, page
 * numbers) stay once at the end, as Word keeps them. No page break between copies: identical
 * copies each starting a page would put the same lines at the same place on every other page,
 * which the PDF reader rightly drops as running headers.
 */
function repeatBody(docx: Uint8Array, copies: number): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const sect = xml.lastIndexOf('<w:sectPr');
  if (open === 0 || sect < open) throw new Error('unexpected document.xml from the docx package');
  const body = xml.slice(open, sect).repeat(copies);
  files['word/document.xml'] = strToU8(xml.slice(0, open) + body + xml.slice(sect));
  return zipSync(files);
}

/** The grid written to one worksheet, values and merged areas, as a user's own workbook would hold them. */
async function workbookOf(grid: Grid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The .docx printed to PDF by LibreOffice, or null when it is not installed. */
function printPdf(docx: Uint8Array): Uint8Array | null {
  const soffice = findSoffice();
  if (!soffice) return null;
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-docs-'));
  try {
    writeFileSync(join(dir, 'report.docx'), docx);
    convert(soffice, 'pdf', dir, [join(dir, 'report.docx')]);
    return new Uint8Array(readFileSync(join(dir, 'report.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checked(grids: readonly Grid[]): ReadCheck {
  const report = checkGrids(grids);
  return { tables: report.tables.length, errors: report.errors, warnings: report.warnings };
}

/** Median wall time of `runs` calls, after one warm-up call (JIT, file cache). */
async function median(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * The test helpers read the fixture from their own folder; compiled, they sit in bench/out/test,
 * so the fixture is copied there (build output, ignored by git) before they run.
 */
function placeFixtureForCompiledHelpers(): void {
  const compiled = join(__dirname, '..', 'test', 'fixtures', FIXTURE);
  const source = join(__dirname, '..', '..', '..', 'test', 'fixtures', FIXTURE);
  if (existsSync(compiled) || !existsSync(source)) return;
  mkdirSync(dirname(compiled), { recursive: true });
  copyFileSync(source, compiled);
}
