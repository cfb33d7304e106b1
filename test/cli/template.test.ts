import { readFileSync, statSync } from 'node:fs';
import { parseCommand } from '../../src/cli/args';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { readCell } from '../../src/rules/values';
import { buildTemplate } from '../../src/template/build';
import { readXlsx } from '../../src/xlsx/read';
import { fixtureGrid } from '../support/fixture';
import { FIXTURE, fixtureText, run, tempDir, type TempDir } from './helpers';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('parsing `template`', () => {
  test('defaults and every option', () => {
    expect(parseCommand(['template', 'a.xlsx'])).toEqual({
      kind: 'template',
      out: 'a.xlsx',
      edition: null,
      year: null,
      body: null,
      from: null,
      totals: 'formula',
      force: false,
      locale: 'zh-CN',
    });
    const all = [
      'template',
      'b.XLSX',
      '--edition',
      '2019',
      '--year',
      '2020',
      '--body',
      ' 某局 ',
      '--from',
      'r.txt',
    ];
    expect(parseCommand([...all, '--totals', 'input', '--force', '-l', 'en'])).toEqual({
      kind: 'template',
      out: 'b.XLSX',
      edition: '2019',
      year: 2020,
      body: '某局',
      from: 'r.txt',
      totals: 'input',
      force: true,
      locale: 'en',
    });
  });

  test.each<[string, string[], string]>([
    ['no output', ['template'], 'no-output'],
    ['two outputs', ['template', 'a.xlsx', 'b.xlsx'], 'extra-arguments'],
    ['not .xlsx', ['template', 'a.xls'], 'bad-output'],
    ['bad edition', ['template', 'a.xlsx', '--edition', '2020'], 'bad-edition'],
    ['bad totals', ['template', 'a.xlsx', '--totals', 'auto'], 'bad-totals'],
    ['bad year', ['template', 'a.xlsx', '--year', '1990'], 'bad-year'],
    ['template option on check', ['check', 'a.xlsx', '--force'], 'template-only'],
  ])('usage error: %s', (_name, argv, problem) => {
    expect(parseCommand(argv)).toMatchObject({ kind: 'usage', problem: { kind: problem } });
  });
});

describe('disclosure-check template', () => {
  test('writes a template that the check command finds clean', async () => {
    const out = dir.path('blank.xlsx');
    const r = await run('template', out, '--year', '2022', '--body', '某某区人民政府');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('2021 版格式');
    const grids = await readXlsx(readFileSync(out));
    expect(grids[0].value(0, 0)).toBe('某某区人民政府2022年政府信息公开工作年度报告');
    const check = await run('check', out, '--format', 'json');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('"applications"');
  });

  test('never overwrites without --force; --force does', async () => {
    const out = dir.write('taken.xlsx', 'keep me');
    const refused = await run('template', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('已存在');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await run('template', out, '--force');
    expect(forced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  test('the year picks the edition when none is given; 2019 layout for 2020', async () => {
    const out = dir.path('y2020.xlsx');
    const r = await run('template', out, '--year', '2020', '--locale', 'en');
    expect(r.stdout).toContain('2019 edition');
    const tables = locateTables((await readXlsx(readFileSync(out)))[0]);
    expect(tables.map((t) => t.edition)).toEqual(['2019', '2019', '2019']);
  });

  test('--from the fixture reproduces its numbers in the template', async () => {
    const out = dir.path('filled.xlsx');
    const r = await run('template', out, '--from', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已从.*填入 \d+ 个数/);

    const source = fixtureGrid();
    const written = (await readXlsx(readFileSync(out)))[0];
    const from = locateTables(source);
    const to = locateTables(written);
    let compared = 0;
    for (const table of buildTemplate().tables) {
      const a = from.find((t) => t.table === table.table);
      const b = to.find((t) => t.table === table.table);
      for (const c of table.cells) {
        const key = cellKey(c.rowId, c.columnId);
        const sa = a?.cells.get(key);
        const sb = b?.cells.get(key);
        if (!sa || !sb) throw new Error(`${key} not located`);
        expect([key, readCell(written, sb, c.kind).value]).toEqual([key, readCell(source, sa, c.kind).value]);
        compared++;
      }
    }
    expect(compared).toBe(10 + 175 + 15);
    expect((await run('check', out)).code).toBe(0);
  });

  test('--from lists unreadable cells and leaves them empty', async () => {
    // The fixture under a title, with the 商业企业 count of 一、本年新收… replaced by text.
    const lines = fixtureText().split('\n');
    const i = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
    const fields = lines[i].split('\t');
    fields[3] = '约两件';
    lines[i] = fields.join('\t');
    lines.unshift('某某局2023年政府信息公开工作年度报告');
    const source = dir.write('odd.txt', lines.join('\n'));
    const out = dir.path('odd.xlsx');
    const r = await run('template', out, '--from', source);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2023 年度'); // the year read from the source's title
    expect(r.stdout).toContain('以下 1 格无法读取');
    expect(r.stdout).toMatch(
      /表三 一、本年新收政府信息公开申请数量 × 商业企业：odd!D\d+ 的内容“约两件”不是有效数字/,
    );
    const grid = (await readXlsx(readFileSync(out)))[0];
    const cell = locateTables(grid)
      .find((t) => t.table === 'applications')
      ?.cells.get(cellKey('new', 'commercial'));
    expect(cell && grid.value(cell.row, cell.col)).toBeNull();
  });

  test.each<[string, () => string, RegExp]>([
    ['a missing file', () => dir.path('nope.xlsx'), /无法读取.*文件不存在/],
    ['a file without tables', () => dir.write('prose.txt', '只有一段文字。\n'), /没有找到表二、表三或表四/],
  ])('--from %s → exit 2, nothing written', async (_name, from, message) => {
    const out = dir.path('never.xlsx');
    const r = await run('template', out, '--from', from());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(() => statSync(out)).toThrow();
  });
});
