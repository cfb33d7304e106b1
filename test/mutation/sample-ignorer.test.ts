import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import { REASON, SampleIgnorer, type NodePath } from './sample-ignorer';

const ROOT = join(__dirname, '..', '..');

const at = (file: string | undefined, line: number, from: number, to: number): NodePath => ({
  node: { loc: { start: { line, column: from }, end: { line, column: to } } },
  hub: file === undefined ? undefined : { file: { opts: { filename: file } } },
});

describe('the sample run ignorer', () => {
  // Babel counts lines from 1, the sample's spans from 0.
  const ignorer = new SampleIgnorer({ ignore: ['src/a/x.ts:0:10-0:30'] }, '/repo');

  it.each([
    ['the listed span', at('/repo/src/a/x.ts', 1, 10, 30), REASON],
    ['the same span in another file', at('/repo/src/a/y.ts', 1, 10, 30), undefined],
    ['a span one line off', at('/repo/src/a/x.ts', 2, 10, 30), undefined],
    ['a span one column wider', at('/repo/src/a/x.ts', 1, 10, 31), undefined],
    ['a node the instrumenter did not wrap in a file', at(undefined, 1, 10, 30), undefined],
    [
      'a node without a place',
      { node: { loc: null }, hub: { file: { opts: { filename: '/repo/src/a/x.ts' } } } },
      undefined,
    ],
  ])('%s', (_case, nodePath, expected) => {
    expect(ignorer.shouldIgnore(nodePath)).toBe(expected);
  });

  it('rejects a malformed span instead of skipping nothing', () => {
    expect(() => new SampleIgnorer({ ignore: ['src/a/x.ts'] }, '/repo')).toThrow('Not a span: src/a/x.ts');
  });

  it("leaves Stryker's instrumenter exactly the sampled block, not what the block holds", () => {
    const root = scratchDir('sample-ignorer-');
    mkdirSync(join(root, 'src', 'a'), { recursive: true });
    writeFileSync(join(root, 'tsconfig.mutation.json'), JSON.stringify({ include: ['src/a'] }));
    const source = [
      'export function f(a: number) {',
      '  if (a > 1) {',
      '    return a + 1;',
      '  }',
      '  return 0;',
      '}',
      '',
    ];
    writeFileSync(join(root, 'src', 'a', 'x.ts'), source.join('\n'));
    // In a child process: the instrumenter is an ES module, which Jest's CommonJS runtime cannot import.
    // The sample is the function's body (a BlockStatement mutant), drawn from a frame of that one mutant;
    // the ranges go in as core's project-reader reads `--mutate` (lines from 1, made 0-based).
    const child = `
      const { readFileSync } = require('node:fs');
      const scores = require(${JSON.stringify(join(ROOT, 'scripts', 'mutation-scores.js'))});
      const { draw } = require(${JSON.stringify(join(ROOT, 'scripts', 'mutation-sample.js'))});
      const { SampleIgnorer } = require(${JSON.stringify(join(ROOT, 'test', 'mutation', 'sample-ignorer.js'))});
      const root = ${JSON.stringify(root)};
      (async () => {
        const scope = await scores.scopeMutants(root);
        const body = scope.find((m) => m.mutatorName === 'BlockStatement' && m.location.start.line === 0);
        const key = scores.mutantKey('src/a/x.ts', body, 0);
        const sample = draw({ files: {} }, scope, { size: 1, seed: 1, frame: { 'src/a': [key] } }, root);
        const mutate = sample.ranges.map((r) => {
          const [, , l1, c1, l2, c2] = /(.*):(\\d+):(\\d+)-(\\d+):(\\d+)$/.exec(r).map(Number);
          return { start: { line: l1 - 1, column: c1 }, end: { line: l2 - 1, column: c2 } };
        });
        const { Instrumenter } = await import('@stryker-mutator/instrumenter');
        const logger = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, isDebugEnabled: () => false };
        const name = root + '/src/a/x.ts';
        const input = [{ name, content: readFileSync(name, 'utf8'), mutate }];
        const options = { plugins: null, excludedMutations: [], ignorers: [new SampleIgnorer(sample, root)], noHeader: true };
        const { mutants } = await new Instrumenter(logger).instrument(input, options);
        const brief = (m) => m.mutatorName + ' ' + m.location.start.line + ':' + m.location.start.column;
        console.log(JSON.stringify({
          scope: scope.length,
          tested: mutants.filter((m) => m.status !== 'Ignored').map(brief),
          ignored: mutants.filter((m) => m.status === 'Ignored').map(brief),
          reasons: [...new Set(mutants.filter((m) => m.status === 'Ignored').map((m) => m.statusReason))],
        }));
      })();`;
    const out = JSON.parse(execFileSync('node', ['-e', child], { cwd: ROOT, encoding: 'utf8' })) as {
      scope: number;
      tested: string[];
      ignored: string[];
      reasons: string[];
    };
    // Only the body's block mutant is drawn; everything inside it is skipped, with the reason.
    expect(out.tested).toEqual(['BlockStatement 0:29']);
    expect(out.ignored.length).toBe(out.scope - 1);
    expect(out.ignored).toEqual(
      expect.arrayContaining(['ConditionalExpression 1:6', 'ArithmeticOperator 2:11']),
    );
    expect(out.reasons).toEqual([REASON]);
  });
});
