/**
 * The template's formulas recalculated by LibreOffice (not by us): a filled template is written
 * WITHOUT cached results, converted to CSV by `soffice --headless` with recalculation forced, and
 * the totals and status cells LibreOffice computed are compared with the numbers. Skipped, with a
 * message, where LibreOffice is not installed (`.ci/run` installs libreoffice-calc).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toA1 } from '../../src/grid/a1';
import { splitDelimited } from '../../src/grid/text';
import { buildTemplate } from '../../src/template/build';
import { cellReader } from '../../src/template/calc';
import { applyValues, isTyped } from '../../src/template/fill';
import { STATUS } from '../../src/template/messages';
import type { Template } from '../../src/template/types';
import { templateWorkbookBytes } from '../../src/xlsx/template';
import { stableZip } from '../support/stable-zip';
import { consistentFills } from '../template/data';
import { convert, findSoffice } from '../template/soffice';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the recalculation tests.');
const describeWithLibreOffice = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

/** The template with every formula's cached result removed, so only a recalculation can fill them. */
const uncached = (t: Template): Template => ({
  ...t,
  cells: t.cells.map((c) => (c.formula === undefined ? c : { ...c, result: undefined })),
});

describeWithLibreOffice('LibreOffice recalculates the template like we do', () => {
  const good = applyValues(buildTemplate({ year: 2022 }), consistentFills('2021', 7));
  const input = applyValues(buildTemplate({ year: 2022, totals: 'input' }), consistentFills('2021', 8));
  // One typed cell off by 3 in each: table 三's 上年结转 × 自然人 (formula mode), a table 四 total (input mode).
  const bump = (t: Template, table: string, rowId: string, columnId: string): Template => {
    const cell = t.tables
      .flatMap((x) => x.cells)
      .find((c) => c.table === table && c.rowId === rowId && c.columnId === columnId);
    if (!cell || !isTyped(t, cell)) throw new Error('no such typed cell');
    return applyValues(t, [{ ...cell, value: (cellReader(t.cells)(cell.cell) as number) + 3 }]);
  };
  const broken = bump(good, 'applications', 'carried-in', 'natural-person');
  const brokenInput = bump(input, 'reviews', 'litigation-direct', 'total');
  const cases = { good, input, broken, brokenInput };
  const csv: Record<string, string[][]> = {};
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'template-lo-'));
    const files = Object.entries(cases).map(([name, t]) => ({ name, path: join(dir, `${name}.xlsx`), t }));
    // Stable bytes: a rerun finds LibreOffice's results in soffice.ts's cache.
    for (const f of files) writeFileSync(f.path, stableZip(await templateWorkbookBytes(uncached(f.t))));
    // One soffice run for all files: each start costs seconds. 44,34,76 = comma, quote, UTF-8.
    convert(
      soffice ?? '',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      dir,
      files.map((f) => f.path),
    );
    for (const f of files)
      csv[f.name] = splitDelimited(readFileSync(join(dir, `${f.name}.csv`), 'utf8'), ',');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Each formula cell by address: as LibreOffice shows it, and as our evaluator computes it. */
  const shownAndComputed = (name: keyof typeof cases) => {
    const t = cases[name];
    const read = cellReader(t.cells);
    const formulas = t.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThanOrEqual(3); // input mode: the three status cells
    const address = (c: { row: number; col: number }) => toA1(c.row, c.col);
    const computed = (c: { row: number; col: number }) => {
      const v = read(c);
      return typeof v === 'number' ? String(v) : v;
    };
    return {
      shown: new Map(formulas.map((c) => [address(c), csv[name][c.row]?.[c.col] ?? ''])),
      computed: new Map(formulas.map((c) => [address(c), computed(c)])),
    };
  };

  test.each(['good', 'input', 'broken', 'brokenInput'] as const)(
    '%s: every total and status cell as LibreOffice computes it',
    (name) => {
      const { shown, computed } = shownAndComputed(name);
      expect(shown).toEqual(computed);
    },
  );

  test('the status cells say in words which tables hold', () => {
    const status = (name: keyof typeof cases, i: number) => {
      const s = cases[name].tables[i].status;
      return csv[name][s.row][s.col];
    };
    expect([0, 1, 2].map((i) => status('good', i))).toEqual([
      STATUS.proactive[0],
      STATUS.applications.formula[0],
      STATUS.reviews[0],
    ]);
    expect(status('broken', 1)).toBe(STATUS.applications.formula[1]);
    expect(status('input', 1)).toBe(STATUS.applications.input[0]);
    expect(status('brokenInput', 2)).toBe(STATUS.reviews[1]);
  });
});
