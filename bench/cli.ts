import * as ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
// Imported for its side effect on the build only: it makes tsc emit bench/out/src/batch/worker.js,
// the script the pool starts. In this (main) thread the module does nothing.
import '../src/batch/worker';
import { main } from '../src/cli/main';
import { reportSheet } from '../test/support/report-sheet';

/** `count` generated, consistent department reports as .xlsx files in `dir` (dept-000.xlsx, …). */
export async function writeDepartmentWorkbooks(dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const sheet = reportSheet({ title: `第${i + 1}局2021年政府信息公开工作年度报告` });
    const grid = sheet.grid();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('年报');
    for (let r = 0; r < grid.rowCount; r++)
      for (let c = 0; c < grid.colCount; c++) {
        const v = grid.value(r, c);
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    await wb.xlsx.writeFile(join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`));
  }
}

/**
 * CLI batch benchmark (issue 5): 200 generated report workbooks in a temp folder, checked by
 * `check DIR` on one worker and on every core, against a bare exceljs load of the same files.
 * Goals: check on one worker ≤ 1.3× the bare load; all cores ≥ 1.6× faster than one (on 2 cores).
 */
export async function cliBench(files = 200): Promise<{
  files: number;
  cores: number;
  bareMs: number;
  oneWorkerMs: number;
  allWorkersMs: number;
  loadRatio: number;
  speedup: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-'));
  try {
    await writeDepartmentWorkbooks(dir, files);

    const bare = async () => {
      for (const name of readdirSync(dir)) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(join(dir, name)) as unknown as ArrayBuffer);
      }
    };
    const check = async (jobs: number) => {
      let out = '';
      const code = await main(['check', dir, '--format', 'json', '--jobs', String(jobs)], {
        stdout: (t) => void (out += t.length),
        stderr: () => undefined,
      });
      if (code === 2) throw new Error('bench batch had unreadable files');
    };
    const time = async (fn: () => Promise<void>) => {
      const t0 = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    await bare(); // warm-up: file cache and exceljs JIT
    const bareMs = await time(bare);
    const oneWorkerMs = await time(() => check(1));
    const cores = availableParallelism();
    const allWorkersMs = await time(() => check(cores));
    return {
      files,
      cores,
      bareMs,
      oneWorkerMs,
      allWorkersMs,
      loadRatio: oneWorkerMs / bareMs,
      speedup: oneWorkerMs / allWorkersMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
