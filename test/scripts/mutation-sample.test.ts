import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scratchDir } from '../support/scratch';
import type { MutantLocation, MutationReport, ScopeMutant } from '../../scripts/mutation-scores';
import {
  contains,
  draw,
  estimate,
  generator,
  mutateRange,
  pick,
  scoresTable,
  wilson,
  type Sample,
} from '../../scripts/mutation-sample';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'mutation-sample.js');

/** A span on one line, columns from 0 (the instrumenter's numbering, lines from 0 too). */
const span = (line: number, from: number, to: number): MutantLocation => ({
  start: { line, column: from },
  end: { line, column: to },
});
const scopeMutant = (file: string, replacement: string, location: MutantLocation): ScopeMutant => ({
  fileName: `/repo/${file}`,
  mutatorName: 'M',
  replacement,
  location,
});
/** The report's numbering counts lines and columns from 1. */
const result = (m: ScopeMutant, status: string) => ({
  status,
  mutatorName: m.mutatorName,
  replacement: m.replacement,
  location: {
    start: { line: m.location.start.line + 1, column: m.location.start.column + 1 },
    end: { line: m.location.end.line + 1, column: m.location.end.column + 1 },
  },
});
const keyOf = (m: ScopeMutant) => {
  const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;
  return `${m.fileName.slice('/repo/'.length)}|M|${m.replacement}|${at(m.location.start)}-${at(m.location.end)}`;
};

describe('drawing a sample', () => {
  it('shuffles the same way for the same seed, whatever order the keys come in', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    const once = pick(keys, 10, generator(7));
    expect(pick([...keys].reverse(), 10, generator(7))).toEqual(once);
    expect(pick(keys, 10, generator(8))).not.toEqual(once);
    expect(new Set(once).size).toBe(10);
  });

  it('gives a larger sample that holds the smaller one, and the whole frame when it is small', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    expect(pick(keys, 25, generator(3)).slice(0, 10)).toEqual(pick(keys, 10, generator(3)));
    expect(pick(keys.slice(0, 5), 30, generator(3)).sort()).toEqual(keys.slice(0, 5).sort());
  });

  it('draws every key about as often (no key favoured by its place)', () => {
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const counts = new Map(keys.map((k) => [k, 0]));
    const random = generator(11);
    for (let i = 0; i < 5000; i++) for (const k of pick(keys, 3, random)) counts.set(k, counts.get(k)! + 1);
    // 1,500 expected each; a binomial's standard deviation here is about 32.
    for (const n of counts.values()) expect(Math.abs(n - 1500)).toBeLessThan(130);
  });

  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [27, 30, 0.7436, 0.9654],
  ])('Wilson interval of %i in %i is %f–%f', (k, n, low, high) => {
    const [l, h] = wilson(k, n);
    expect(l).toBeCloseTo(low, 3);
    expect(h).toBeCloseTo(high, 3);
  });

  it('has no interval for an empty sample', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('writes a mutant as a --mutate range with lines from 1 and columns from 0', () => {
    expect(mutateRange('src/a/x.ts', { start: { line: 0, column: 4 }, end: { line: 2, column: 1 } })).toBe(
      'src/a/x.ts:1:4-3:1',
    );
  });

  it.each([
    ['the same span is held', span(1, 2, 9), span(1, 2, 9), true],
    ['a span inside is held', span(1, 2, 9), span(1, 3, 8), true],
    ['one starting before is not', span(1, 2, 9), span(1, 1, 8), false],
    ['one ending after is not', span(1, 2, 9), span(1, 3, 10), false],
    ['one on another line is not', span(1, 2, 9), span(2, 3, 8), false],
  ])('%s', (_case, outer, inner, held) => {
    expect(contains(outer, inner)).toBe(held);
  });

  describe('frame, sample and the spans the run skips', () => {
    // src/a/x.ts: a block (line 0, columns 0–40) holding an `if` (10–30) holding a test (12–20);
    // a second mutant on the block's own span; a tested mutant elsewhere. src/b/y.ts: one mutant.
    const block = scopeMutant('src/a/x.ts', '{}', span(0, 0, 40));
    const sibling = scopeMutant('src/a/x.ts', '{ }', span(0, 0, 40));
    const inner = scopeMutant('src/a/x.ts', 'if (false)', span(0, 10, 30));
    const test = scopeMutant('src/a/x.ts', 'true', span(0, 12, 20));
    const tested = scopeMutant('src/a/x.ts', 'a - 1', span(3, 0, 5));
    const disabled = { ...scopeMutant('src/a/x.ts', 'x', span(4, 0, 5)), status: 'Ignored' };
    const other = scopeMutant('src/b/y.ts', '""', span(0, 0, 4));
    const scope = [block, sibling, inner, test, tested, disabled, other];
    const report: MutationReport = { files: { 'src/a/x.ts': { mutants: [result(tested, 'Killed')] } } };

    it('frames the mutants without a result, leaving out tested and disabled ones', () => {
      const sample = draw(report, scope, { size: 10, seed: 1 }, '/repo');
      expect(sample.folders['src/a'].frame).toEqual([block, sibling, inner, test].map(keyOf).sort());
      expect(sample.folders['src/b'].frame).toEqual([keyOf(other)]);
      expect(sample.folders['src/a'].sample).toEqual(sample.folders['src/a'].frame);
      expect(sample.ranges).toHaveLength(5);
    });

    it('skips what a sampled block holds, but never a span holding a tested or sampled mutant', () => {
      const frame = { 'src/a': [keyOf(block), keyOf(inner), keyOf(test), keyOf(sibling)] };
      // The skip list depends only on which mutants are drawn: find a seed that draws the block
      // (and its sibling) but neither the `if` nor its test.
      const drawsBlockOnly = (seed: number) => {
        const chosen = new Set(
          draw(report, scope, { size: 2, seed, frame }, '/repo').folders['src/a'].sample,
        );
        return chosen.has(keyOf(block)) && chosen.has(keyOf(sibling));
      };
      const seed = Array.from({ length: 200 }, (_, i) => i + 1).find(drawsBlockOnly);
      expect(seed).toBeDefined();
      // The `if` and its test are skipped (the ignorer skips a node with all it holds); the sibling on
      // the block's own span is not (it is drawn).
      expect(draw(report, scope, { size: 2, seed: seed!, frame }, '/repo').ignore).toEqual([
        'src/a/x.ts:0:10-0:30',
        'src/a/x.ts:0:12-0:20',
      ]);
      expect(draw(report, scope, { size: 4, seed: 1, frame }, '/repo').ignore).toEqual([]);

      // A tested mutant inside the `if`: skipping the `if` would lose its result, so only the test goes.
      const testedInside = scopeMutant('src/a/x.ts', 'false', span(0, 21, 29));
      const withTested: MutationReport = {
        files: { 'src/a/x.ts': { mutants: [result(tested, 'Killed'), result(testedInside, 'Survived')] } },
      };
      expect(
        draw(withTested, [...scope, testedInside], { size: 2, seed: seed!, frame }, '/repo').ignore,
      ).toEqual(['src/a/x.ts:0:12-0:20']);
    });

    it('keeps the frame it is given when the sample grows, even for mutants tested since', () => {
      const first = draw(report, scope, { size: 1, seed: 5 }, '/repo');
      const frame = Object.fromEntries(Object.entries(first.folders).map(([f, d]) => [f, d.frame]));
      const testedSince: MutationReport = {
        files: { ...report.files, 'src/b/y.ts': { mutants: [result(other, 'Killed')] } },
      };
      const grown = draw(testedSince, scope, { size: 3, seed: 5, frame }, '/repo');
      expect(grown.folders['src/b'].frame).toEqual([keyOf(other)]);
      expect(grown.folders['src/a'].sample).toEqual(expect.arrayContaining(first.folders['src/a'].sample));
      expect(grown.folders['src/a'].sample).toHaveLength(3);
    });
  });
});

describe('estimating the scores from the sample', () => {
  /** A folder src/a: 10 mutants outside the frame (8 killed), a frame of `frameSize` with `sampled` drawn. */
  const setUp = (frameSize: number, sampled: string[]) => {
    const outside = Array.from({ length: 10 }, (_, i) =>
      result(scopeMutant('src/a/x.ts', `o${i}`, span(i, 0, 1)), i < 8 ? 'Killed' : 'Survived'),
    );
    const frameMutants = Array.from({ length: frameSize }, (_, i) =>
      scopeMutant('src/a/x.ts', `f${i}`, span(100 + i, 0, 1)),
    );
    const frame = frameMutants.map(keyOf);
    const results = sampled.map((status, i) => result(frameMutants[i], status)).filter((r) => r.status);
    const sample: Sample = {
      format: 1,
      seed: 1,
      size: sampled.length,
      folders: { 'src/a': { frame, sample: frame.slice(0, sampled.length) } },
      ranges: [],
      ignore: [],
    };
    return {
      sample,
      report: { files: { 'src/a/x.ts': { mutants: [...outside, ...results] } } },
      frameMutants,
    };
  };

  it('adds the frame as the sample predicts it, with no result counted as undetected', () => {
    // 10 sampled of 100: 6 killed, 2 survived, 1 not compiling, 1 with no result yet.
    const { sample, report } = setUp(100, [
      ...Array<string>(6).fill('Killed'),
      'Survived',
      'NoCoverage',
      'CompileError',
      '',
    ]);
    const row = estimate(report, sample, '/repo').get('src/a')!;
    expect(row.outcome).toEqual({ detected: 6, undetected: 2, invalid: 1, pending: 1 });
    // 9 of 10 count, so 90 of the frame; 6 of those 9 detected: (8 + 60) / (10 + 90).
    expect(row.score).toBeCloseTo(68);
    const [low, high] = wilson(6, 9);
    expect(row.low).toBeCloseTo(8 + 90 * low);
    expect(row.high).toBeCloseTo(8 + 90 * high);
    expect(row.census).toEqual({ detected: 8, counted: 10 });
  });

  it('is exact when the whole frame is sampled', () => {
    const { sample, report } = setUp(4, ['Killed', 'Killed', 'Timeout', 'Survived']);
    const row = estimate(report, sample, '/repo').get('src/a')!;
    expect([row.score, row.low, row.high]).toEqual([(100 * 11) / 14, (100 * 11) / 14, (100 * 11) / 14]);
  });

  it('leaves results in the frame that were not sampled out of the census', () => {
    const { sample, report, frameMutants } = setUp(20, ['Killed', 'Killed']);
    const extra = result(frameMutants[10], 'Survived');
    report.files['src/a/x.ts'].mutants.push(extra);
    const row = estimate(report, sample, '/repo').get('src/a')!;
    expect(row.census).toEqual({ detected: 8, counted: 10 });
    expect(row.score).toBeCloseTo((100 * (8 + 20)) / 30);
  });

  it('adds the folders up overall, and fails the goals on the point estimate', () => {
    const { sample, report } = setUp(100, Array<string>(10).fill('Killed'));
    const rows = estimate(report, sample, '/repo');
    expect(rows.get('overall')!.score).toBeCloseTo(rows.get('src/a')!.score);
    expect(scoresTable(rows, false).missed).toEqual([]);
    const low = setUp(100, ['Killed', 'Survived']);
    const { missed, lines } = scoresTable(estimate(low.report, low.sample, '/repo'), true);
    expect(missed).toEqual(['src/a 52.7% < 80%', 'overall 52.7% < 85%']);
    expect(lines[2]).toMatch(/^\| src\/a \| 52\.7% \| .+ \| 8\/10 \| 100 \| 2 \| 1 \/ 1 \/ 0 \/ 0 \|$/);
  });

  it('draws, lists ranges and scores from the command line, in the project it runs in', () => {
    const root = scratchDir('sample-');
    mkdirSync(join(root, 'src', 'a'), { recursive: true });
    mkdirSync(join(root, 'reports', 'mutation'), { recursive: true });
    writeFileSync(join(root, 'tsconfig.mutation.json'), JSON.stringify({ include: ['src/a'] }));
    writeFileSync(join(root, 'src', 'a', 'x.ts'), 'export const next = (a: number) => a + 1;\n');
    writeFileSync(join(root, 'reports', 'mutation', 'incremental.json'), JSON.stringify({ files: {} }));
    const run = (...args: string[]) =>
      execFileSync('node', [SCRIPT, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    expect(run('draw', '--size', '1', '--seed', '3')).toMatch(/^src\/a +frame +2 +sample 1$/m);
    const sample = JSON.parse(
      gunzipSync(readFileSync(join(root, 'test', 'mutation', 'sample.json.gz'))).toString('utf8'),
    ) as Sample;
    expect(sample.seed).toBe(3);
    expect(run('ranges').trim()).toBe(sample.ranges.join(','));
    expect(sample.ranges[0]).toMatch(/^src\/a\/x\.ts:1:\d+-1:\d+$/);
    writeFileSync(join(root, 'report.json'), JSON.stringify({ files: {} }));
    const out = (() => {
      try {
        run('scores', 'report.json');
        return '';
      } catch (error) {
        return (error as { stdout: string; stderr: string }).stdout + (error as { stderr: string }).stderr;
      }
    })();
    expect(out).toContain('1 sampled mutants have no result in report.json: counted as undetected.');
    expect(out).toContain('Below the goals');
  });
});
