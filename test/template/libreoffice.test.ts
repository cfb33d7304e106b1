/**
 * The template's formulas recalculated by LibreOffice and held to FORMAT.md's rules
 * (test/template/oracle.ts), not to the template's own evaluator: filled templates with wrong
 * numbers are rendered by the product's exceljs renderer without cached results, and LibreOffice's
 * totals, status words and red formats are compared with what the rules say. A red format is read
 * through a probe cell right of the sheet holding `IF(<its formula>,1,0)`: the formula is written
 * for its cell with absolute references, so it means the same anywhere. One soffice run for every
 * file (cached by test/template/soffice.ts, hence the stable bytes); skipped, with a message, without LibreOffice.
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseA1, toA1 } from '../../src/grid/a1';
import { splitDelimited } from '../../src/grid/text';
import type { Template } from '../../src/template/types';
import { addTemplateSheet } from '../../src/xlsx/template';
import { stableZip } from '../support/stable-zip';
import { expected, wrongTemplate } from './oracle';
import { convert, findSoffice } from './soffice';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the template oracle tests.');
const describeWithLibreOffice = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

/** Probes sit in column R, past the template's 15 columns and a gap. */
const PROBE_COL = 17;

const CASES = {
  'formula-2021-clean': wrongTemplate('2021', 'formula', 1, 0),
  'formula-2021-wrong': wrongTemplate('2021', 'formula', 4, 3, true),
  'formula-2019-wrong': wrongTemplate('2019', 'formula', 2, 1),
  'input-2021-wrong': wrongTemplate('2021', 'input', 5, 2),
  'input-2019-wrong': wrongTemplate('2019', 'input', 4, 3, true),
};
type Case = keyof typeof CASES;

async function workbookBytes(t: Template): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // No cached results: only a recalculation can fill the formula cells.
  const uncached = {
    ...t,
    cells: t.cells.map((c) => (c.formula === undefined ? c : { ...c, result: undefined })),
  };
  const ws = await addTemplateSheet(workbook, uncached);
  t.conditionalFormats.forEach((cf, i) => {
    ws.getCell(i + 1, PROBE_COL + 1).value = { formula: `IF(${cf.formula},1,0)` } as ExcelJS.CellFormulaValue;
  });
  return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describeWithLibreOffice('LibreOffice computes the template as FORMAT.md’s rules say', () => {
  const csv = {} as Record<Case, string[][]>;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'template-oracle-'));
    const names = Object.keys(CASES) as Case[];
    for (const name of names) writeFileSync(join(dir, `${name}.xlsx`), await workbookBytes(CASES[name]));
    // 44,34,76 = comma, quote, UTF-8.
    convert(
      soffice ?? '',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      dir,
      names.map((n) => join(dir, `${n}.xlsx`)),
    );
    for (const name of names) csv[name] = splitDelimited(readFileSync(join(dir, `${name}.csv`), 'utf8'), ',');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const shown = (name: Case, a1: string): string => {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`bad address ${a1}`);
    return csv[name][ref.row]?.[ref.col] ?? '';
  };

  test.each(Object.keys(CASES) as Case[])('%s: formula totals, red cells and status words', (name) => {
    const t = CASES[name];
    const want = expected(t);

    const totals = [...want.totals.keys()];
    expect(totals.length).toBe(name.startsWith('formula') ? 34 - (t.edition === '2019' ? 2 : 0) : 0);
    expect(totals.map((a1) => [a1, shown(name, a1)])).toEqual(
      totals.map((a1) => [a1, String(want.totals.get(a1))]),
    );

    const probes = t.conditionalFormats.map((cf, i) => ({ cf, on: shown(name, toA1(i, PROBE_COL)) }));
    expect(new Set(probes.map((p) => p.on))).toEqual(new Set(name.endsWith('clean') ? ['0'] : ['0', '1']));
    const red = probes.filter((p) => p.cf.target === 'value' && p.on === '1');
    expect(red.map((p) => toA1(p.cf.cell.row, p.cf.cell.col)).sort()).toEqual(want.red);
    expect(want.red.length > 0).toBe(!name.endsWith('clean'));

    expect(t.tables.map((x) => shown(name, toA1(x.status.row, x.status.col)))).toEqual(want.status);
    const redStatus = probes.filter((p) => p.cf.target === 'status').map((p) => [p.cf.cell, p.on]);
    expect(redStatus).toEqual(t.tables.map((x, i) => [x.status, want.status[i].startsWith('✘') ? '1' : '0']));
  });
});
