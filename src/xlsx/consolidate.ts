/**
 * Consolidation from files on disk (the CLI): reads each .xlsx path, then builds the workbook with
 * consolidate-workbook.ts, which needs no file system (the browser page calls it directly).
 */
import { basename, extname } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import type * as ExcelJS from 'exceljs';
import {
  consolidatedWorkbook,
  type ConsolidatedWorkbook,
  type ConsolidateFilesOptions,
  type DepartmentGrids,
} from './consolidate-workbook';
import { readXlsx } from './read';

export {
  consolidatedWorkbook,
  type ConsolidatedWorkbook,
  type ConsolidateFilesOptions,
  type DepartmentGrids,
} from './consolidate-workbook';

/** A department: an .xlsx path (named after the file), its sheets as grids, or an exceljs workbook. */
export type DepartmentSource = string | DepartmentGrids;

export async function consolidateFiles(
  sources: readonly DepartmentSource[],
  options: ConsolidateFilesOptions = {},
): Promise<ConsolidatedWorkbook> {
  const read: DepartmentGrids[] = [];
  const unreadable: ConsolidatedWorkbook['unreadable'] = [];
  for (const source of sources) {
    if (typeof source !== 'string') {
      read.push(source);
      continue;
    }
    try {
      read.push({ name: basename(source, extname(source)), grids: await readXlsx(await readFile(source)) });
    } catch (e) {
      unreadable.push({ name: source, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return consolidatedWorkbook(read, options, unreadable);
}

/** Writes the workbook; refuses (EEXIST) to replace an existing file unless `force`. */
export async function writeWorkbook(
  path: string,
  workbook: ExcelJS.Workbook,
  options: { force?: boolean } = {},
): Promise<void> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFile(path, bytes, { flag: options.force ? 'w' : 'wx' });
}
