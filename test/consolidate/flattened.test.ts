/**
 * 汇总 of reports copied from a PDF: each department's report as `pdftotext -layout` text (labels
 * and numbers on one line, no tab) adds up to what the tab-separated versions add up to, and every
 * source reference names the sheet's own cells.
 */
import { readFileSync } from 'node:fs';
import { runConsolidate } from '../../src/cli/consolidate';
import { consolidate, describeDepartment, planCell, SHEET_WORDS } from '../../src/consolidate';
import { textGrid } from '../../src/grid/text';
import { locateTables } from '../../src/locate';
import { readCell } from '../../src/rules/values';
import { readXlsx } from '../../src/xlsx/read';
import { fixtureText, tempDir, type TempDir } from '../cli/helpers';
import { layoutText } from '../support/layout-text';
import { fillKey } from './departments';

/** The report with every number of its tables doubled (totals stay consistent). */
const doubled = (tsv: string): string =>
  tsv
    .split('\n')
    .map((line) =>
      line.includes('\t')
        ? line
            .split('\t')
            .map((f) => (/^\d+$/.test(f.trim()) ? String(Number(f) * 2) : f))
            .join('\t')
        : line,
    )
    .join('\n');

const REPORTS = [
  { name: '市政务办', tsv: fixtureText() },
  { name: '市财政局', tsv: doubled(fixtureText()) },
];

const departments = (layout: boolean) =>
  REPORTS.map(({ name, tsv }) =>
    describeDepartment(name, [textGrid(name, layout ? layoutText(tsv) : tsv, 'tsv')]),
  );

describe('consolidate: departments’ reports as text copied from a PDF', () => {
  const tsv = consolidate(departments(false));
  const flat = consolidate(departments(true));

  test('the layout text has no tab, and each department is read with its three tables', () => {
    expect(REPORTS.map((r) => layoutText(r.tsv)).join('')).not.toContain('\t');
    expect(flat.departments.map((d) => [d.name, d.excluded, d.missing, d.errors])).toEqual(
      REPORTS.map((r) => [r.name, null, [], 0]),
    );
  });

  test('every consolidated cell is the same sum as from the tab-separated reports', () => {
    expect(flat.cells.map((c) => [fillKey(c), c.value])).toEqual(tsv.cells.map((c) => [fillKey(c), c.value]));
    expect(flat.skipped).toEqual([]);
    const at = (key: string) => flat.cells.find((c) => fillKey(c) === key)?.value;
    // 1 new application in the report, 2 in its doubled copy.
    expect(at('applications|new|natural-person')).toBe(3);
    expect(at('proactive|normative-documents|issued')).toBe(3);
  });

  test('sources are the cells holding each row’s text, and no formula points into them', () => {
    expect(flat.departments[0].used.map((u) => `${u.table} ${u.sheet}!${u.range}`)).toEqual([
      'proactive 市政务办!A23:A36',
      'applications 市政务办!A40:A67',
      'reviews 市政务办!A71:A74',
    ]);
    const cell = flat.cells.find((c) => fillKey(c) === 'applications|new|natural-person');
    expect(cell?.parts.map((p) => ({ cell: p.cell, shared: p.shared, value: p.value }))).toEqual([
      { cell: { row: 42, col: 0 }, shared: true, value: 1 },
      { cell: { row: 42, col: 0 }, shared: true, value: 2 },
    ]);
    expect(flat.cells.map((c) => planCell(c).kind)).not.toContain('formula');
    expect(planCell(cell!)).toMatchObject({ kind: 'value', value: 3, reason: 'shared-source' });
    // The tab-separated reports have a cell per number: formulas reference them.
    const tsvCell = tsv.cells.find((c) => fillKey(c) === 'applications|new|natural-person');
    expect(planCell(tsvCell!)).toMatchObject({ kind: 'formula' });
  });
});

describe('disclosure-check consolidate over .txt reports copied from a PDF', () => {
  let dir: TempDir;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.remove());

  async function run(layout: boolean) {
    const files = REPORTS.map((r) =>
      dir.write(`${layout ? 'pdf' : 'tsv'}/${r.name}.txt`, layout ? layoutText(r.tsv) : r.tsv),
    );
    const out = dir.path(`${layout ? 'pdf' : 'tsv'}.xlsx`);
    const err: string[] = [];
    const code = await runConsolidate([...files, '-o', out], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
    });
    expect([code, err.join('')]).toEqual([0, '']);
    const grids = await readXlsx(readFileSync(out));
    const sheet = grids.find((g) => g.sheet === SHEET_WORDS.reportSheet)!;
    const values = new Map<string, number | null>();
    for (const table of locateTables(sheet))
      for (const [key, at] of table.cells)
        values.set(`${table.table}|${key}`, readCell(sheet, at, 'count').value);
    const notes = grids.find((g) => g.sheet === SHEET_WORDS.notesSheet)!;
    const text: string[] = [];
    for (let r = 0; r < notes.rowCount; r++)
      for (let c = 0; c < notes.colCount; c++) text.push(String(notes.value(r, c) ?? ''));
    return { values, notes: text.join('\n') };
  }

  test('writes the same 汇总表 as from the tab-separated reports, naming the real source ranges', async () => {
    const tsv = await run(false);
    const flat = await run(true);
    expect([...flat.values]).toEqual([...tsv.values]);
    expect(flat.values.get('applications|new|natural-person')).toBe(3);
    expect(flat.notes).toContain('表三 市政务办!A40:A67');
    expect(flat.notes).toContain('表三 市财政局!A40:A67');
  });
});
