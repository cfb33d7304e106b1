import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import { Checkpoint, strykerPlugins, type CheckpointMutant } from './checkpoint';

/** A checkout with one source file and one test file, and a clock the test moves. */
function setup(every = 60_000) {
  const root = scratchDir('checkpoint-');
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'test'));
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1 + 2;\n');
  writeFileSync(join(root, 'test', 'a.test.ts'), "test('adds', () => {});\n");
  let time = 0;
  const clock = { advance: (ms: number) => (time += ms) };
  const checkpoint = new Checkpoint('reports/incremental.json', { root, now: () => time, every });
  const file = join(root, 'reports', 'incremental.json');
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as ReturnType<Checkpoint['report']>;
  return { root, checkpoint, clock, file, read };
}

const mutant = (root: string, id: string, status = 'Killed'): CheckpointMutant => ({
  id,
  fileName: join(root, 'src', 'a.ts'),
  mutatorName: 'ArithmeticOperator',
  replacement: '1 - 2',
  status,
  location: { start: { line: 1, column: 18 }, end: { line: 1, column: 23 } },
  killedBy: status === 'Killed' ? ['adds'] : [],
  coveredBy: ['adds'],
  static: false,
});

describe('the checkpoint of a mutation run', () => {
  it('writes the report Stryker would, for the results so far', () => {
    const { root, checkpoint, clock, read } = setup();
    checkpoint.onDryRunCompleted({
      result: {
        tests: [
          {
            id: 'adds',
            name: 'adds',
            fileName: join(root, 'test', 'a.test.ts'),
            startPosition: { line: 0, column: 0 },
          },
        ],
      },
    });
    checkpoint.onMutantTested(mutant(root, '1'));
    clock.advance(60_000);
    checkpoint.onMutantTested(mutant(root, '2', 'Survived'));
    const report = read();
    expect(report.schemaVersion).toBe('1.0');
    expect(report.projectRoot).toBe(root);
    expect(Object.keys(report.files)).toEqual(['src/a.ts']);
    expect(report.files['src/a.ts'].language).toBe('typescript');
    // The source as it stands, for Stryker's diff of the next run.
    expect(report.files['src/a.ts'].source).toBe('export const a = 1 + 2;\n');
    // As the runner gave them, but keyed by file rather than carrying its name.
    const { fileName: first, ...killed } = mutant(root, '1');
    const { fileName: second, ...survived } = mutant(root, '2', 'Survived');
    expect([first, second]).toEqual([join(root, 'src', 'a.ts'), join(root, 'src', 'a.ts')]);
    expect(report.files['src/a.ts'].mutants).toEqual([killed, survived]);
    // Tests keyed by their file, positions 1-based as the report schema has them.
    expect(report.testFiles).toEqual({
      'test/a.test.ts': {
        source: "test('adds', () => {});\n",
        tests: [{ id: 'adds', name: 'adds', location: { start: { line: 1, column: 1 } } }],
      },
    });
  });

  it('waits its interval between writes', () => {
    const { root, checkpoint, clock, file, read } = setup(1_000);
    checkpoint.onDryRunCompleted({ result: { tests: [] } });
    checkpoint.onMutantTested(mutant(root, '1'));
    expect(existsSync(file)).toBe(false);
    clock.advance(999);
    checkpoint.onMutantTested(mutant(root, '2'));
    expect(existsSync(file)).toBe(false);
    clock.advance(1);
    checkpoint.onMutantTested(mutant(root, '3'));
    expect(read().files['src/a.ts'].mutants.map((m) => m.id)).toEqual(['1', '2', '3']);
    clock.advance(500);
    checkpoint.onMutantTested(mutant(root, '4'));
    expect(read().files['src/a.ts'].mutants).toHaveLength(3);
  });

  it('writes nothing before the first result, so an early stop keeps the previous file', () => {
    const { root, checkpoint, file } = setup();
    mkdirSync(join(root, 'reports'));
    writeFileSync(file, 'previous');
    checkpoint.write();
    expect(readFileSync(file, 'utf8')).toBe('previous');
  });

  it('leaves the file to Stryker once its final report is ready', () => {
    const { root, checkpoint, clock, file } = setup(0);
    checkpoint.onMutantTested(mutant(root, '1'));
    writeFileSync(file, 'final');
    checkpoint.onMutationTestReportReady();
    clock.advance(1);
    checkpoint.onMutantTested(mutant(root, '2'));
    checkpoint.write();
    expect(readFileSync(file, 'utf8')).toBe('final');
  });

  it('keeps the latest result of a mutant, and tests without a file under the empty name', () => {
    const { root, checkpoint } = setup();
    checkpoint.onDryRunCompleted({ result: { tests: [{ id: 't', name: 't' }] } });
    checkpoint.onMutantTested(mutant(root, '1', 'Pending'));
    checkpoint.onMutantTested(mutant(root, '1', 'Killed'));
    const report = checkpoint.report();
    expect(report.files['src/a.ts'].mutants.map((m) => m.status)).toEqual(['Killed']);
    expect(report.testFiles).toEqual({ '': { tests: [{ id: 't', name: 't', location: undefined }] } });
  });

  it('is declared to Stryker as the reporter “checkpoint”', () => {
    expect(strykerPlugins.map(({ kind, name }) => [kind, name])).toEqual([['Reporter', 'checkpoint']]);
  });
});
