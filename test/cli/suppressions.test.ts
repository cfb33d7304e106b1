/** Review states on the command line: --suppressions, --suppress-all / --suppress-rule with --reason, --prune-suppressions. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { JsonOutput } from '../../src/report/present-json';
import { fixtureText, run, tempDir, type TempDir } from './helpers';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const json = (stdout: string) => JSON.parse(stdout) as JsonOutput;
const REASON = '分项按栏目统计，已核实';
/** The fixture's one finding: its 33 items listed as parts adding up to 34. */
const ITEMIZED = 'narrative/itemized-sum';

function setUp() {
  const report = dir.write('reports/市政务办.txt', fixtureText());
  const file = dir.path('reports/disclosure-suppressions.json');
  return { report, file };
}

describe('check --suppressions', () => {
  test('--suppress-all writes the findings with the reason; they are shown as accepted and not counted', async () => {
    const { report, file } = setUp();
    const first = await run('check', report, '--suppressions', file, '--suppress-all', '--reason', REASON);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      / {2}已确认 {2}正文“市政务办主动公开信息33条.*\(narrative\/itemized-sum\)（确认理由：分项按栏目统计，已核实）/,
    );
    expect(first.stdout).toMatch(/^✔ 没有发现问题，另有 1 个已确认（1 个文件/m);
    expect(first.stderr).toContain('新增 1 条，删除 0 条');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      files: Record<string, unknown[]>;
    };
    expect(saved.version).toBe(1);
    // Paths relative to the file's folder, so the folder can move.
    expect(Object.keys(saved.files)).toEqual(['市政务办.txt']);
    expect(saved.files['市政务办.txt']).toEqual([
      expect.objectContaining({
        ruleId: ITEMIZED,
        reason: REASON,
        fingerprint: expect.stringMatching(/^narrative\/itemized-sum\|/),
      }),
    ]);

    // Read back: accepted again, --max-warnings 0 passes since accepted findings do not count.
    const again = await run('check', report, '--suppressions', file, '--max-warnings', '0', '-f', 'json');
    expect(again.code).toBe(0);
    const out = json(again.stdout);
    expect(out.files[0].findings).toEqual([]);
    expect(out.files[0].accepted.map((f) => [f.ruleId, f.reason])).toEqual([[ITEMIZED, REASON]]);
    expect(out.summary).toMatchObject({ warnings: 0, accepted: 1 });
    // Without the file the finding is open again.
    const without = await run('check', report, '--max-warnings', '0');
    expect(without.code).toBe(1);
  });

  test('--suppress-rule accepts only that rule; other findings stay open', async () => {
    const { report, file } = setUp();
    writeFileSync(
      report,
      fixtureText().replace(
        '发出收费通知的件数和总金额以及实际收取的总金额均为0。',
        '发出收费通知的件数和总金额以及实际收取的总金额均为0。本年度主动公开信息10条，其中：通知公告4条，工作动态5条。',
      ),
    );
    const r = await run(
      'check',
      report,
      '--suppressions',
      file,
      '--suppress-rule',
      ITEMIZED,
      '--reason',
      REASON,
      '-f',
      'json',
    );
    const out = json(r.stdout);
    expect(out.files[0].accepted.map((f) => f.ruleId)).toEqual([ITEMIZED, ITEMIZED]);
    expect(out.files[0].findings.filter((f) => f.ruleId === ITEMIZED)).toEqual([]);
    const other = await run(
      'check',
      report,
      '--suppressions',
      file,
      '--suppress-rule',
      'cell/blank',
      '--reason',
      REASON,
      '-f',
      'json',
    );
    expect(json(other.stdout).files[0].accepted).toHaveLength(2);
  });

  test('an acceptance whose finding is gone is reported, and --prune-suppressions removes it', async () => {
    const { report, file } = setUp();
    await run('check', report, '--suppressions', file, '--suppress-all', '--reason', REASON);
    // The report is corrected: the parts now add up to 33.
    writeFileSync(report, fixtureText().replace('建议提案办理14条', '建议提案办理13条'));
    const stale = await run('check', report, '--suppressions', file);
    expect(stale.code).toBe(0);
    expect(stale.stdout).toMatch(
      / {2}提示 {2}已确认的问题（narrative\/itemized-sum，理由：分项按栏目统计，已核实）已不存在，可用 --prune-suppressions 删除/,
    );
    const pruned = await run('check', report, '--suppressions', file, '--prune-suppressions');
    expect(pruned.stdout).not.toContain('已不存在');
    expect(pruned.stderr).toContain('新增 0 条，删除 1 条');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, files: {} });
  });

  test.each([
    [
      '--suppress-all without a reason',
      ['--suppress-all'],
      '--suppress-all 须同时用 --reason 说明确认的理由',
    ],
    ['--suppress-rule without a reason', ['--suppress-rule', ITEMIZED], '--suppress-rule 须同时用 --reason'],
    ['a reason alone', ['--reason', REASON], '--reason 只与 --suppress-all 或 --suppress-rule 一起使用'],
    ['an unknown rule to accept', ['--suppress-rule', 'no/such', '--reason', REASON], '没有规则“no/such”'],
  ])('%s is a usage error, nothing written', async (_name, args, message) => {
    const { report, file } = setUp();
    const r = await run('check', report, '--suppressions', file, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(() => readFileSync(file)).toThrow();
  });

  test.each([
    ['not JSON', '{ files: ', '无法识别'],
    ['JSON of another shape', '[1, 2]', '无法识别'],
    ['a report entry that is not a list', '{"version":1,"files":{"a.txt":{"x":1}}}', '“a.txt” is not a list'],
  ])(
    'a suppressions file that is %s: exit 2 with a message, no stack trace',
    async (_name, content, message) => {
      const { report, file } = setUp();
      writeFileSync(file, content);
      const r = await run('check', report, '--suppressions', file);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message.replace(/[“”]/g, '"'));
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    },
  );

  test('a named file that does not exist is an error when only reading, created when accepting', async () => {
    const { report, file } = setUp();
    const r = await run('check', report, '--suppressions', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读写已确认问题的清单');
    const created = await run('check', report, '--suppressions', file, '--suppress-all', '--reason', REASON);
    expect(created.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(REASON);
  });
});
