/**
 * `check` on text copied from a PDF: the seed report as `pdftotext -layout` lays it out (columns as
 * runs of spaces, no tab), and with table 三's header labels wrapped onto two lines and each row's
 * label and numbers on one single-spaced line. Both must read as the tab-separated text does.
 */
import * as ExcelJS from 'exceljs';
import type { JsonFinding, JsonOutput } from '../../src/report/present-json';
import { layoutText, wrappedTableText } from '../support/layout-text';
import { FIXTURE, fixtureLine, fixtureText, run, tempDir, type TempDir } from './helpers';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const check = async (path: string): Promise<JsonOutput> =>
  JSON.parse((await run('check', path, '--format', 'json')).stdout) as JsonOutput;

/** Table 三 wrapped (from its header note down to 四、结转下年度继续办理), tables 二 and 四 laid out. */
const wrapped = (tsv: string): string =>
  layoutText(
    wrappedTableText(tsv, fixtureLine('(本列数据的勾稽关系为'), fixtureLine('四、结转下年度继续办理')),
  );

/** The fixture with the 本机关不掌握 row's total off by 2 (1 → 3). */
function offByTwo(): string {
  const lines = fixtureText().split('\n');
  const i = lines.findIndex((l) => l.includes('1. 本机关不掌握'));
  lines[i] = lines[i].replace(/\t1$/, '\t3');
  return lines.join('\n');
}

const where = (f: JsonFinding) => `${f.ruleId} ${f.address}`;

describe('text copied from a PDF', () => {
  test.each([
    ['pdftotext -layout', (t: string) => layoutText(t)],
    ['wrapped header, one line per row', wrapped],
  ])('%s: the same findings and tables as the tab-separated text', async (name, convert) => {
    const text = convert(fixtureText());
    expect(text).not.toContain('\t');
    const tsv = await check(FIXTURE);
    const out = await check(dir.write(`${name.replace(/\W+/g, '-')}.txt`, text));
    expect(out.summary).toMatchObject({ files: 1, tables: 3, errors: 0, warnings: 1, valid: true });
    expect(out.files[0].tables.map((t) => t.table)).toEqual(['proactive', 'applications', 'reviews']);
    expect(out.files[0].findings.map(where)).toEqual(tsv.files[0].findings.map(where));
    expect(out.files[0].findings[0].ruleId).toBe('narrative/itemized-sum');
  });

  test('pdftotext -layout: tables span the one column the lines are in', async () => {
    const out = await check(dir.write('ranges.txt', layoutText(fixtureText())));
    expect(out.files[0].tables.map((t) => t.range)).toEqual(['A23:A36', 'A40:A67', 'A71:A74']);
  });

  test.each([
    ['pdftotext -layout', (t: string) => layoutText(t)],
    ['wrapped header, one line per row', wrapped],
  ])(
    '%s: a total off by 2 is reported at the line holding it, as in the tab-separated text',
    async (name, convert) => {
      const tsv = await check(dir.write('off-by-two.txt', offByTwo()));
      const out = await check(dir.write(`off-${name.replace(/\W+/g, '-')}.txt`, convert(offByTwo())));
      const strip = (f: JsonFinding) => [f.ruleId, f.row, f.column, f.expected, f.actual].join('|');
      expect(out.files[0].findings.map(strip)).toEqual(tsv.files[0].findings.map(strip));
      const rowTotal = out.files[0].findings.find((f) => f.ruleId === 'applications/row-total');
      const line = convert(offByTwo())
        .split('\n')
        .findIndex((l) => l.includes('本机关不掌握'));
      expect(rowTotal).toMatchObject({
        address: `A${line + 1}`,
        row: 'unavailable.1',
        column: 'total',
        expected: 1,
        actual: 3,
      });
      expect(rowTotal?.message).toContain('本机关不掌握');
      expect(rowTotal?.related).toEqual([]);
    },
  );
});

describe('template --from text copied from a PDF', () => {
  test('fills the same numbers as from the tab-separated text', async () => {
    const fromTabs = dir.path('from-tabs.xlsx');
    const fromLayout = dir.path('from-layout.xlsx');
    expect((await run('template', fromTabs, '--from', FIXTURE)).code).toBe(0);
    const layout = dir.write('layout-for-template.txt', layoutText(fixtureText()));
    const r = await run('template', fromLayout, '--from', layout);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const values = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const out: unknown[] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((cell) => out.push(cell.value)));
      return out;
    };
    expect(await values(fromLayout)).toEqual(await values(fromTabs));
  });
});
