import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { scratchDir } from '../support/scratch';
import {
  COMMITTED,
  FORMAT,
  INCREMENTAL,
  expand,
  restore,
  save,
  slim,
  type IncrementalReport,
  type MutantResult,
} from '../../scripts/mutation-results';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'mutation-results.js');
const at = (line: number) => ({ start: { line, column: 3 }, end: { line, column: 9 } });
const T1 = 'a1: column letters past Z';
const T2 = 'a1: row numbers';
const T3 = 'cells: a blank cell';

function mutant(id: string, status: string, extra: Partial<MutantResult> = {}): MutantResult {
  return {
    id,
    mutatorName: 'EqualityOperator',
    replacement: 'a <= b',
    location: at(Number(id)),
    status,
    ...extra,
  };
}

/** A report shaped as Stryker writes its incremental file (mutation-testing-report-schema). */
function report(): IncrementalReport {
  return {
    schemaVersion: '2',
    projectRoot: '/repo',
    files: {
      'src/grid/a1.ts': {
        language: 'typescript',
        source: 'export const a = 1;\n',
        mutants: [
          mutant('1', 'Killed', {
            coveredBy: [T1, T2, T3],
            killedBy: [T2],
            statusReason: 'Expected: "A1"\nReceived: "1"',
            testsCompleted: 2,
          }),
          mutant('2', 'Survived', { coveredBy: [T3, T1], testsCompleted: 2 }),
          mutant('3', 'CompileError', { coveredBy: [T1, T2, T3], statusReason: 'TS2322', static: true }),
          mutant('4', 'Ignored', { statusReason: 'equivalent: the cache size' }),
          mutant('5', 'NoCoverage'),
          mutant('6', 'Timeout', { coveredBy: ['a test the list lacks', T2] }),
          mutant('8', 'Survived', { static: true, testsCompleted: 40 }),
          mutant('9', 'Killed', { static: true, killedBy: [T1], testsCompleted: 3 }),
        ],
      },
      'src/grid/only-ignored.ts': {
        language: 'typescript',
        source: 'export const b = 2;\n',
        mutants: [mutant('7', 'Ignored', { statusReason: 'equivalent' })],
      },
    },
    testFiles: {
      'test/grid/a1.test.ts': {
        source: "it('column letters past Z', () => {});",
        tests: [
          { id: T1, name: T1, location: { start: { line: 1, column: 1 } } },
          { id: T2, name: T2, location: { start: { line: 2, column: 1 } } },
        ],
      },
      'test/grid/cells.test.ts': { source: "it('a blank cell')", tests: [{ id: T3, name: T3 }] },
    },
  };
}

const mutantsOf = (r: { files: Record<string, { mutants: { id: string }[] }> }) =>
  new Map(Object.values(r.files).flatMap((f) => f.mutants.map((m) => [m.id, m])));

describe('the kept mutation results: what is kept of each result', () => {
  const kept = slim(report());
  const byId = mutantsOf(kept);

  it('keeps a killed mutant with the tests that killed it, without its coverage or failure message', () => {
    expect(byId.get('1')).toEqual({
      id: '1',
      mutatorName: 'EqualityOperator',
      replacement: 'a <= b',
      location: at(1),
      status: 'Killed',
      killedBy: [T2],
      testsCompleted: 2,
    });
  });

  it('writes the coverage of other results as positions in the list of tests, names it lacks as names', () => {
    expect(byId.get('2')).toMatchObject({ status: 'Survived', coveredBy: [2, 0] });
    expect(byId.get('6')).toMatchObject({ status: 'Timeout', coveredBy: ['a test the list lacks', 1] });
    expect(byId.get('5')).toEqual({ ...mutant('5', 'NoCoverage') });
  });

  it('keeps a mutant that did not compile without coverage or compiler message, still marked static', () => {
    expect(byId.get('3')).toEqual({ ...mutant('3', 'CompileError'), static: true });
  });

  // Stryker's differ reuses a static survivor even after a test that kills it was added.
  it('leaves out a static mutant that survived, and keeps one that was killed', () => {
    expect(byId.has('8')).toBe(false);
    expect(byId.get('9')).toEqual({
      ...mutant('9', 'Killed'),
      static: true,
      killedBy: [T1],
      testsCompleted: 3,
    });
  });

  it('leaves out ignored mutants, and a file with nothing else', () => {
    expect(byId.has('4')).toBe(false);
    expect(Object.keys(kept.files)).toEqual(['src/grid/a1.ts']);
  });

  it('keeps the sources, test files, schema and format', () => {
    expect(kept.format).toBe(FORMAT);
    expect(kept.schemaVersion).toBe('2');
    expect(kept.projectRoot).toBe('/repo');
    expect(kept.files['src/grid/a1.ts'].source).toBe('export const a = 1;\n');
    expect(kept.testFiles).toEqual(report().testFiles);
  });
});

describe('the kept results expanded back into an incremental report', () => {
  const original = report();
  const back = expand(slim(original));
  const before = mutantsOf(original);

  it('has no format field, and the same schema, root and test files', () => {
    expect(back).not.toHaveProperty('format');
    expect(back.schemaVersion).toBe(original.schemaVersion);
    expect(back.projectRoot).toBe(original.projectRoot);
    expect(back.testFiles).toEqual(original.testFiles);
  });

  // What Stryker's incremental differ reads to decide whether a result can be reused.
  it.each(['1', '2', '3', '5', '6', '9'])('mutant %s: identity, status and killers as they were', (id) => {
    const was = before.get(id) as MutantResult;
    const is = mutantsOf(back).get(id) as MutantResult;
    for (const key of ['mutatorName', 'replacement', 'location', 'status', 'killedBy'] as const) {
      expect(is[key]).toEqual(was[key]);
    }
  });

  it.each(['2', '6'])('mutant %s (neither killed nor uncompilable): coverage by name as it was', (id) => {
    expect((mutantsOf(back).get(id) as MutantResult).coveredBy).toEqual(
      (before.get(id) as MutantResult).coveredBy,
    );
  });
});

describe('saving and restoring the kept results', () => {
  function project(): string {
    const root = scratchDir('mutation-results-');
    mkdirSync(join(root, 'reports', 'mutation'), { recursive: true });
    mkdirSync(join(root, 'test', 'mutation'), { recursive: true });
    return root;
  }
  const incremental = (root: string) => join(root, INCREMENTAL);
  const committed = (root: string) => join(root, COMMITTED);

  it('saves the incremental file gzip-compressed, slimmed, and restores it as it expands', () => {
    const root = project();
    writeFileSync(incremental(root), JSON.stringify(report()));
    expect(save({ root })).toMatch(
      /^Saved 6 mutant results into test\/mutation\/results\.json\.gz \(\d+ KiB\)\.$/,
    );
    const kept = JSON.parse(gunzipSync(readFileSync(committed(root))).toString('utf8'));
    expect(kept).toEqual(slim(report()));

    expect(restore({ root, force: true })).toBe(
      `Restored 6 mutant results from ${COMMITTED} into ${INCREMENTAL}.`,
    );
    expect(JSON.parse(readFileSync(incremental(root), 'utf8'))).toEqual(expand(slim(report())));
    expect(existsSync(`${incremental(root)}.partial`)).toBe(false);
  });

  it('does not replace an incremental file that exists, unless forced', () => {
    const root = project();
    writeFileSync(committed(root), gzipSync(JSON.stringify(slim(report()))));
    writeFileSync(incremental(root), '{"a newer run":1}');
    expect(restore({ root })).toMatch(/exists; kept as it is \(--force replaces it/);
    expect(readFileSync(incremental(root), 'utf8')).toBe('{"a newer run":1}');
  });

  it('restores nothing when no results are kept, or when they are in another format', () => {
    const root = project();
    expect(restore({ root })).toMatch(/^No kept results/);
    writeFileSync(committed(root), gzipSync(JSON.stringify({ ...slim(report()), format: FORMAT + 1 })));
    expect(restore({ root })).toBe(
      `${COMMITTED} has format ${FORMAT + 1}, this script reads ${FORMAT}; not restored.`,
    );
    expect(existsSync(incremental(root))).toBe(false);
  });

  it('refuses to save without an incremental file, with a message saying what to run', () => {
    expect(() => save({ root: project() })).toThrow(
      `No ${INCREMENTAL} to save; run \`npm run test:mutation\` first.`,
    );
  });

  it.each([
    [['save'], 1, /No reports\/mutation\/incremental\.json to save/],
    [['rescue'], 2, /^usage: node scripts\/mutation-results\.js restore \[--force\] \| save/],
  ])('from the command line, %p: exit %d, a message and no stack trace', (args, status, message) => {
    const root = project();
    // The script works on the repository it sits in; a copy in the temporary project works there.
    mkdirSync(join(root, 'scripts'));
    writeFileSync(join(root, 'scripts', 'mutation-results.js'), readFileSync(SCRIPT));
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'mutation-results.js'), ...args], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
