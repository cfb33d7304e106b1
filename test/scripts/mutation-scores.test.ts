import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import { folderOf, score, tally, type MutationReport } from '../../scripts/mutation-scores';

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

  const run = (report: MutationReport) => {
    const dir = scratchDir('scores-');
    const file = join(dir, 'mutation.json');
    writeFileSync(file, JSON.stringify(report));
    try {
      return {
        code: 0,
        out: execFileSync('node', ['scripts/mutation-scores.js', file], { encoding: 'utf8', stdio: 'pipe' }),
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
});
