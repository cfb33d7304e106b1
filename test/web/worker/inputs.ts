/**
 * Input files for the worker tests, made by real tools: workbooks written by exceljs from a report
 * sheet, the seed report as Word (the `docx` package) and as text, and damaged bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { CheckedFile, GridData } from '../../../src/web/types';
import type { FileResult } from '../../../src/web/worker/protocol';
import { reportSheet, type ReportSheet } from '../../support/report-sheet';

export const BODY = '某某市财政局';
export const titleOf = (body: string, year: number) => `${body}${year}年政府信息公开工作年度报告`;
export const TITLE = titleOf(BODY, 2024);

export { reportWorkbook } from '../../support/report-workbook';

/** The sheet with （一）予以公开 × 自然人 one too many: three application errors. */
export function wrongSheet(title = TITLE): ReportSheet {
  const s = reportSheet({ title });
  const { row, col } = s.at('applications', 'granted', 'natural-person');
  s.set('applications', 'granted', 'natural-person', Number(s.rows[row][col]) + 1);
  return s;
}

/** A sheet as the page holds it (what the worker posted for it). */
export const sheetData = (s: ReportSheet): GridData => ({ sheet: '年报', values: s.rows, merges: s.merges });

export const SEED_TEXT = readFileSync(join(__dirname, '..', '..', 'fixtures', 'zhengzhou-zwfwb-2021.txt'));

/** A Compound File header (Word 97-2003, Excel 97-2003) followed by zeros: an old binary. */
export function compoundFile(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

/** Bytes as a task carries them: an ArrayBuffer of exactly the file. */
export const bufferOf = (bytes: Uint8Array): ArrayBuffer => {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
};

let nextId = 0;

/** A check result as the page keeps it. */
export const checkedOf = (result: FileResult): CheckedFile => ({
  ...result,
  id: nextId++,
  path: `各单位/${result.name}`,
  size: 1000,
});

/** An exceljs workbook loaded from made bytes. */
export async function loadWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}
