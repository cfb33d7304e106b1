/** Temporary input files for the CLI tests, built from the fixture; removed after each suite. */
import * as ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { splitDelimited, fieldValue } from '../../src/grid/text';

export const FIXTURE = join(__dirname, '../fixtures/zhengzhou-zwfwb-2021.txt');
export const fixtureText = (): string => readFileSync(FIXTURE, 'utf8');

export interface TempDir {
  path(name: string): string;
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-check-'));
  return {
    path: (name) => join(dir, name),
    write: (name, content) => {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The fixture's cells in a workbook, as someone pasting the report into Excel would get, plus a blank sheet. */
export async function fixtureWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2021年报');
  splitDelimited(fixtureText(), '\t').forEach((fields, r) =>
    fields.forEach((field, c) => {
      const v = fieldValue(field);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  wb.addWorksheet('备注');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Line (0-based) of the fixture whose text, after leading tabs, starts with `prefix`. */
export function fixtureLine(prefix: string): number {
  const i = fixtureText()
    .split('\n')
    .findIndex((l) => l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`fixture has no line starting with ${prefix}`);
  return i;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
