/**
 * A text file's findings say the line and column an editor shows, not an A1 address of the grid the
 * checker read: a quoted title spanning two lines before the tables makes row N line N + 1, so the
 * two cannot be confused.
 */
import { fixtureText, run, tempDir, type TempDir } from './helpers';

interface JsonFinding {
  ruleId: string;
  address: string;
  location: { kind: string; line?: number; column?: number };
  where: string;
}

let dir: TempDir;
let path: string;
/** The file as written: a two-line quoted title, then the fixture with （七）总计 × 自然人 mistyped. */
let text: string;

beforeAll(() => {
  dir = tempDir();
  text = `"郑州市人民政府政务服务办公室\n2021年政府信息公开工作年度报告"\n${fixtureText().replace(/(\(七\) 总计\t)1/, '$19')}`;
  path = dir.write('title.txt', text);
});
afterAll(() => dir.remove());

/** Where `field` (the first after `label` on its line) is, counted by hand: lines split, code points counted. */
function placeOf(label: string, field: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(label));
  const before = lines[index].slice(0, lines[index].indexOf(`\t${field}`, lines[index].indexOf(label)) + 1);
  return { line: index + 1, column: [...before].length + 1 };
}

test('JSON: the text finding is on line 13 (row 12, A12), the table cell at its line and column', async () => {
  const r = await run('check', path, '-f', 'json');
  const findings = (JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] }).files[0].findings;
  const sum = findings.filter((f) => f.ruleId === 'narrative/itemized-sum');
  expect(sum).toHaveLength(1);
  expect(sum[0]).toMatchObject({
    address: 'A12', // kept for compatibility: the grid's cell
    location: { kind: 'text', line: 13, column: 1 },
    where: '第 13 行，第 1 列',
  });
  expect(text.split('\n')[12]).toContain('市政务办主动公开信息33条');

  const total = findings.find((f) => f.ruleId === 'applications/outcome-total')!;
  const place = placeOf('(七) 总计', '9');
  expect(place).toEqual({ line: 68, column: 9 });
  expect(total.location).toEqual({ kind: 'text', ...place });
  expect(total.where).toBe('表三（（七）总计 × 自然人）：第 68 行，第 9 列');
});

test('text output and English CSV print the line and column instead of sheet!A1', async () => {
  const out = (await run('check', path)).stdout;
  expect(out).toContain('title.txt:第 13 行，第 1 列  警告  正文“市政务办主动公开信息33条');
  expect(out).not.toMatch(/title\.txt:'?title'?!/);
  const csv = (await run('check', path, '-f', 'csv', '-l', 'en')).stdout;
  expect(csv).toContain('"table 三 (Outcomes total × Natural persons): line 68, column 9"');
});
