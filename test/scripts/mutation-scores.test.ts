import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import {
  folderOf,
  score,
  tally,
  untestedOf,
  type MutationReport,
  type ScopeMutant,
} from '../../scripts/mutation-scores';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation scores per folder', () => {
  it.each([
    ['src/grid/a1.ts', 'src/grid'],
    ['src/rules/totals/rows.ts', 'src/rules'],
    ['src/check.ts', 'src/check.ts'],
  ])('%s belongs to %s', (path, folder) => {
    expect(folderOf(path)).toBe(folder);
  });

  it('counts killed and timed-out as detected, survivors and uncovered as not, the rest for neither', () => {
    const report: MutationReport = {
      files: {
        'src/grid/a1.ts': mutants(
          'Killed',
          'Killed',
          'Timeout',
          'Survived',
          'NoCoverage',
          'Ignored',
          'CompileError',
        ),
        'src/check.ts': mutants('Killed', 'Survived'),
      },
    };
    const rows = tally(report, '/repo');
    expect(rows.get('src/grid')).toEqual({
      killed: 2,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      ignored: 1,
      invalid: 1,
    });
    expect(score(rows.get('src/grid')!)).toBe(60);
    expect(score(rows.get('src/check.ts')!)).toBe(50);
    expect(score(rows.get('overall')!)).toBeCloseTo((100 * 4) / 7);
  });

  it('reads absolute paths relative to the project root', () => {
    const rows = tally({ files: { '/repo/src/word/read.ts': mutants('Killed') } }, '/repo');
    expect([...rows.keys()].sort()).toEqual(['overall', 'src/word']);
  });

  it('scores a folder without countable mutants as 100', () => {
    expect(score(tally({ files: { 'src/a/b.ts': mutants('Ignored') } }, '/').get('src/a')!)).toBe(100);
  });

  const SCRIPT = join(process.cwd(), 'scripts', 'mutation-scores.js');
  const run = (report: MutationReport, args: string[] = [], cwd = process.cwd()) => {
    const dir = scratchDir('scores-');
    const file = join(dir, 'mutation.json');
    writeFileSync(file, JSON.stringify(report));
    try {
      return {
        code: 0,
        out: execFileSync('node', [SCRIPT, file, ...args], { encoding: 'utf8', stdio: 'pipe', cwd }),
      };
    } catch (error) {
      const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
      return { code: status, out: stdout + stderr };
    }
  };

  it('passes at the goals and fails one point below, naming the folder', () => {
    const at = (killed: number, survived: number) =>
      mutants(...Array(killed).fill('Killed'), ...Array(survived).fill('Survived'));
    // 85 of 100 overall: src/a at 80% (the folder goal), src/b at 90%.
    expect(
      run({
        files: { [`${process.cwd()}/src/a/x.ts`]: at(40, 10), [`${process.cwd()}/src/b/y.ts`]: at(45, 5) },
      }).code,
    ).toBe(0);
    const below = run({
      files: { [`${process.cwd()}/src/a/x.ts`]: at(79, 21), [`${process.cwd()}/src/b/y.ts`]: at(100, 0) },
    });
    expect(below.code).toBe(1);
    expect(below.out).toContain('src/a 79.0% < 80%');
    const overall = run({ files: { [`${process.cwd()}/src/a/x.ts`]: at(84, 16) } });
    expect(overall.code).toBe(1);
    expect(overall.out).toContain('overall 84.0% < 85%');
  });

  describe('mutants of the scope with no result yet (a run stopped part way)', () => {
    // The instrumenter counts lines and columns from 0; the report from 1 (mutation-testing-report-schema).
    const at = (line: number, from: number, to: number) => ({
      start: { line, column: from },
      end: { line, column: to },
    });
    const scope: ScopeMutant[] = [
      {
        fileName: '/repo/src/a/x.ts',
        mutatorName: 'ArithmeticOperator',
        replacement: 'a - 1',
        location: at(0, 4, 9),
      },
      {
        fileName: '/repo/src/a/x.ts',
        mutatorName: 'ArithmeticOperator',
        replacement: 'a * 1',
        location: at(0, 4, 9),
      },
      {
        fileName: '/repo/src/a/x.ts',
        mutatorName: 'BlockStatement',
        replacement: '{}',
        location: at(2, 0, 3),
      },
      {
        fileName: '/repo/src/b/y.ts',
        mutatorName: 'StringLiteral',
        replacement: '""',
        location: at(4, 1, 5),
        status: 'Ignored',
      },
      {
        fileName: '/repo/src/b/y.ts',
        mutatorName: 'StringLiteral',
        replacement: '""',
        location: at(5, 1, 5),
      },
    ];
    const tested = (replacement: string, line: number, from: number, to: number) => ({
      status: 'Killed',
      mutatorName: replacement === '{}' ? 'BlockStatement' : 'ArithmeticOperator',
      replacement,
      location: at(line, from, to),
    });

    it.each([
      [
        'nothing tested',
        {},
        [
          ['src/a', 3],
          ['src/b', 1],
          ['overall', 4],
        ],
      ],
      [
        'one tested, at its place counted from 1',
        { 'src/a/x.ts': [tested('a - 1', 1, 5, 10)] },
        [
          ['src/a', 2],
          ['src/b', 1],
          ['overall', 3],
        ],
      ],
      [
        'a result one column off is another mutant',
        { 'src/a/x.ts': [tested('a - 1', 1, 4, 10)] },
        [
          ['src/a', 3],
          ['src/b', 1],
          ['overall', 4],
        ],
      ],
      [
        'a result of another replacement at that place',
        { 'src/a/x.ts': [tested('a + 2', 1, 5, 10)] },
        [
          ['src/a', 3],
          ['src/b', 1],
          ['overall', 4],
        ],
      ],
      [
        'a report naming files by absolute path',
        { '/repo/src/a/x.ts': [tested('a - 1', 1, 5, 10), tested('a * 1', 1, 5, 10), tested('{}', 3, 1, 4)] },
        [
          ['src/b', 1],
          ['overall', 1],
        ],
      ],
    ])('%s', (_case, files, expected) => {
      const report = {
        files: Object.fromEntries(Object.entries(files).map(([f, m]) => [f, { mutants: m }])),
      };
      expect(Object.fromEntries(untestedOf(report, scope, '/repo'))).toEqual(Object.fromEntries(expected));
    });

    it("--untested counts the scope's mutants with Stryker's own instrumenter, leaving out those disabled", () => {
      const root = scratchDir('scores-scope-');
      mkdirSync(join(root, 'src', 'a'), { recursive: true });
      writeFileSync(join(root, 'tsconfig.mutation.json'), JSON.stringify({ include: ['src/a'] }));
      writeFileSync(
        join(root, 'src', 'a', 'x.ts'),
        [
          'export const next = (a: number) => a + 1;',
          '// Stryker disable next-line all: a test of the count',
          'export const two = 3 - 1;',
        ].join('\n'),
      );
      // `a + 1` is the file's only mutant (ArithmeticOperator, then `a - 1`) besides the arrow's body.
      const none = run({ files: {} }, ['--untested'], root);
      expect(none.out).toMatch(/^src\/a +100\.0% +0 +0 +0 +0 +2 *$/m);
      expect(none.out).toContain(
        '2 mutants of the scope have no result yet: the scores count only those tested.',
      );
      const oneLeft = run(
        { files: { 'src/a/x.ts': { mutants: [tested('a - 1', 1, 36, 41)] } } },
        ['--untested'],
        root,
      );
      expect(oneLeft.out).toMatch(/^src\/a +100\.0% +1 +0 +0 +0 +1 *$/m);
      expect(run({ files: {} }, [], root).out).not.toContain('untested');
    });
  });
});
