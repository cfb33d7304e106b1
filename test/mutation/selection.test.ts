import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchDir } from '../support/scratch';
import {
  bailAfterBrokenFile,
  bailAfterFailure,
  coveringNames,
  fullName,
  hasKilled,
  kinship,
  loadsStatically,
  matchNamesExactly,
  noteKiller,
  readIndex,
  selectTests,
  sourceOf,
  testsReaching,
  withTestSelection,
  type CircusBlock,
  type CircusTest,
  type IndexEntry,
} from './selection';

/** file → [test names, ms, static mutants, mutants its tests reach, those only some tests reach]. */
const index = (
  entries: Record<string, [string[], number, string[]?, string[]?, Record<string, number[]>?]>,
) =>
  new Map<string, IndexEntry>(
    Object.entries(entries).map(([file, [names, ms, statics = [], covered = [], partial = {}]]) => [
      file,
      {
        names,
        ms,
        statics: new Set(statics),
        covered: new Set(covered),
        partial: new Map(Object.entries(partial)),
      },
    ]),
  );

const files = (...paths: string[]) => paths.map((path) => ({ path }));

/**
 * The pattern as Stryker's Jest runner writes it (jest-runner mutantRun: each test id through
 * escapeRegExp of @stryker-mutator/util, in parentheses, joined by `|`), restated: the util is ESM.
 */
const strykerPattern = (...ids: string[]) =>
  ids.map((id) => `(${id.replace(/[.*+\-?^${}()|[\]\\]/g, '\\$&')})`).join('|');

describe('the names a Stryker pattern lists', () => {
  const awkward = [
    'totals row 三 adds up',
    'a build setting {"OFFICE_JS": "chna"}: exit 2',
    'path C:\\reports\\a.xlsx (1) [draft] ^$ a|b + c? d* e.',
    '',
  ];

  it.each(awkward.map((name) => [name]))("reads back %p, which Jest's own pattern matches too", (name) => {
    const pattern = strykerPattern(name, 'another test');
    expect(coveringNames(pattern)).toEqual(new Set([name, 'another test']));
    expect(new RegExp(pattern, 'i').test(name)).toBe(true);
  });

  it.each([
    ['a pattern someone typed', 'adds up'],
    ['an unescaped operator', '(a.b)'],
    ['an unclosed group', '(adds up'],
    ['a trailing bar', '(a)|'],
    ['something after a group', '(a)b'],
    ['a dangling escape', '(a\\'],
  ])('gives nothing for %s (Jest then matches the pattern itself)', (_case, pattern) => {
    expect(coveringNames(pattern)).toBeUndefined();
  });

  it('reads one pattern once: the sequencer and each test file of the mutant get the same names', () => {
    const pattern = strykerPattern('adds up', 'balances');
    const names = coveringNames(pattern);
    expect(coveringNames(pattern)).toBe(names);
    expect(coveringNames(strykerPattern('adds up'))).toEqual(new Set(['adds up']));
  });
});

describe('the test files a mutant run keeps', () => {
  const known = index({
    '/t/slow.test.ts': [['totals row 三 adds up', 'totals row 四 adds up'], 900, ['41']],
    '/t/fast.test.ts': [['totals row 三 adds up', 'a1 past Z'], 20, [], ['41', '42']],
    '/t/none.test.ts': [['grid reads a blank sheet'], 5, ['40', '41']],
  });

  it.each([
    [
      'a name in two files: both, the faster first',
      ['totals row 三 adds up'],
      ['/t/fast.test.ts', '/t/slow.test.ts'],
    ],
    ['a name in one file: that file only', ['totals row 四 adds up'], ['/t/slow.test.ts']],
    ['names match exactly, not as parts', ['totals row'], []],
    ['a name in no file: nothing', ['never written'], []],
    ['several names', ['a1 past Z', 'grid reads a blank sheet'], ['/t/none.test.ts', '/t/fast.test.ts']],
  ])('%s', (_case, names, expected) => {
    const kept = selectTests(
      files('/t/slow.test.ts', '/t/none.test.ts', '/t/fast.test.ts'),
      new Set(names),
      known,
      '7',
      [],
    );
    expect(kept.map((t) => t.path)).toEqual(expected);
  });

  it.each([
    [
      'names and a static mutant: the files holding a name or loading it',
      ['a1 past Z'],
      '40',
      ['/t/none.test.ts', '/t/fast.test.ts'],
    ],
    [
      'a static or hybrid mutant (no names): the files reaching it, outside tests or in them',
      undefined,
      '41',
      ['/t/none.test.ts', '/t/fast.test.ts', '/t/slow.test.ts'],
    ],
    ['a mutant only tests reach, with names: the names decide', ['a1 past Z'], '42', ['/t/fast.test.ts']],
    [
      'a mutant no known file loads, without names: every file (the index is not of this run)',
      undefined,
      '99',
      ['/t/none.test.ts', '/t/fast.test.ts', '/t/slow.test.ts'],
    ],
    [
      'a mutant no file loads, with names: the names decide',
      ['totals row 四 adds up'],
      '99',
      ['/t/slow.test.ts'],
    ],
  ])('%s', (_case, names, mutant, expected) => {
    const kept = selectTests(
      files('/t/slow.test.ts', '/t/none.test.ts', '/t/fast.test.ts'),
      names && new Set(names),
      known,
      mutant,
      [],
    );
    expect(kept.map((t) => t.path)).toEqual(expected);
  });

  it('puts the files that killed the last mutants first, the latest first', () => {
    const all = files('/t/slow.test.ts', '/t/none.test.ts', '/t/fast.test.ts');
    const names = new Set(['totals row 三 adds up', 'grid reads a blank sheet']);
    const order = (killers?: string[]) => selectTests(all, names, known, '7', killers).map((t) => t.path);
    expect(order([])).toEqual(['/t/none.test.ts', '/t/fast.test.ts', '/t/slow.test.ts']);
    expect(order(['/t/slow.test.ts', '/t/gone.test.ts', '/t/fast.test.ts'])).toEqual([
      '/t/slow.test.ts',
      '/t/fast.test.ts',
      '/t/none.test.ts',
    ]);
    // By default, the killers this process noted: the latest first, each once, the last eight.
    noteKiller('/t/fast.test.ts');
    noteKiller('/t/slow.test.ts');
    noteKiller('/t/fast.test.ts');
    expect(order()).toEqual(['/t/fast.test.ts', '/t/slow.test.ts', '/t/none.test.ts']);
    for (let i = 0; i < 8; i++) noteKiller(`/t/other${i}.test.ts`);
    expect(order()).toEqual(['/t/none.test.ts', '/t/fast.test.ts', '/t/slow.test.ts']);
  });

  it("puts the mutant's own test file first, then the killers, then its folder's tests", () => {
    const sandbox = { rootDir: '/s', file: '/s/src/grid/a1.ts' };
    const tests = files('/s/test/rules/slow.test.ts', '/s/test/grid/a1.test.ts', '/s/test/grid/text.test.ts');
    const timed = index({
      '/s/test/rules/slow.test.ts': [['x'], 900, ['7']],
      '/s/test/grid/a1.test.ts': [['x'], 800, ['7']],
      '/s/test/grid/text.test.ts': [['x'], 950, ['7']],
    });
    const order = (killers: string[], source = sandbox) =>
      selectTests(tests, undefined, timed, '7', killers, source).map((t) => t.path.slice(3));
    expect(order([])).toEqual(['test/grid/a1.test.ts', 'test/grid/text.test.ts', 'test/rules/slow.test.ts']);
    expect(order(['/s/test/rules/slow.test.ts'])).toEqual([
      'test/grid/a1.test.ts',
      'test/rules/slow.test.ts',
      'test/grid/text.test.ts',
    ]);
    // A test of a folder above comes after the folder's own, before the rest, whatever their times.
    const nested = { rootDir: '/s', file: '/s/src/grid/deep/a1.ts' };
    const deep = files(
      '/s/test/rules/slow.test.ts',
      '/s/test/grid/text.test.ts',
      '/s/test/grid/deep/b.test.ts',
    );
    const deepTimed = index({
      '/s/test/rules/slow.test.ts': [['x'], 100, ['7']],
      '/s/test/grid/text.test.ts': [['x'], 200, ['7']],
      '/s/test/grid/deep/b.test.ts': [['x'], 300, ['7']],
    });
    expect(selectTests(deep, undefined, deepTimed, '7', [], nested).map((t) => t.path.slice(3))).toEqual([
      'test/grid/deep/b.test.ts',
      'test/grid/text.test.ts',
      'test/rules/slow.test.ts',
    ]);
    // Without a known source file: killers, then the fastest.
    expect(selectTests(tests, undefined, timed, '7', []).map((t) => t.path.slice(3))).toEqual([
      'test/grid/a1.test.ts',
      'test/rules/slow.test.ts',
      'test/grid/text.test.ts',
    ]);
  });

  it.each([
    ['its mirror', '/s/test/grid/a1.test.ts', 0],
    ['a component test mirroring a .tsx file', '/s/test/taskpane/App.test.tsx', 0, '/s/src/taskpane/App.tsx'],
    ['another test of its folder', '/s/test/grid/text-positions.test.ts', 1],
    [
      'a test of the folder above',
      '/s/test/rules/catalog.test.ts',
      2,
      '/s/src/rules/applications/balance.ts',
    ],
    ['a test two folders up', '/s/test/rules/catalog.test.ts', 3, '/s/src/rules/a/b/c.ts'],
    [
      'a test of a folder beside',
      '/s/test/rules/cells/x.test.ts',
      1000,
      '/s/src/rules/applications/balance.ts',
    ],
    ['a test of a folder below', '/s/test/grid/deep/a1.test.ts', 1000],
    ['a test of another folder with the same name', '/s/test/locate/a1.test.ts', 1000],
    ['a test at the top of test/', '/s/test/a1.test.ts', 1000],
    ['a file outside test/', '/s/bench/a1.test.ts', 1000],
    ['a test beside a source outside src/', '/s/lib/a1.test.ts', 1000, '/s/lib/a1.ts'],
  ])('kinship of %s', (_case, testPath, kin, file = '/s/src/grid/a1.ts') => {
    expect(kinship(testPath, { rootDir: '/s', file })).toBe(kin);
  });

  it("finds a mutant's source file in the sandbox's instrumented code", () => {
    const rootDir = scratchDir('stryker-sources-');
    mkdirSync(join(rootDir, 'src', 'grid'), { recursive: true });
    writeFileSync(
      join(rootDir, 'src', 'grid', 'a1.ts'),
      'if (stryMutAct_9fa48("12")) {} else if (stryMutAct_9fa48("3")) {}',
    );
    writeFileSync(join(rootDir, 'src', 'plain.ts'), 'export const x = "12";');
    expect(sourceOf(rootDir, '12')).toEqual({ rootDir, file: join(rootDir, 'src', 'grid', 'a1.ts') });
    expect(sourceOf(rootDir, '3')?.file).toBe(join(rootDir, 'src', 'grid', 'a1.ts'));
    expect([sourceOf(rootDir, '4'), sourceOf(rootDir, undefined), sourceOf('/no/such/dir', '12')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['a file loading the mutant', '/t/none.test.ts', '40', true],
    ['a file loading others', '/t/fast.test.ts', '40', false],
    ['no active mutant (the first run)', '/t/none.test.ts', undefined, false],
    ['a file the index lacks', '/t/new.test.ts', '40', false],
  ])('runs whole: %s → %p', (_case, file, mutant, expected) => {
    expect(loadsStatically(known, file, mutant)).toBe(expected);
  });

  it.each([
    ['some tests reached it', 'b', '7', ['x']],
    ['every test reached it', 'b', '8', undefined],
    ['the file reached it outside its tests too', 'a', '7', undefined],
    ['no active mutant (the first run)', 'b', undefined, undefined],
    ['a file the index lacks', 'c', '7', undefined],
  ])('runs a hybrid mutant’s tests in a file where %s: %p', (_case, file, mutant, expected) => {
    const partial = { '7': [0] };
    const reach = index({
      a: [['x', 'y'], 1, ['7'], ['7', '8'], partial],
      b: [['x', 'y'], 1, [], ['7', '8'], partial],
    });
    const some = testsReaching(reach, file, mutant);
    expect(some && [...some]).toEqual(expected);
  });

  it('keeps a file the index does not know (added after the first run), after the known ones', () => {
    const kept = selectTests(
      files('/t/new.test.ts', '/t/slow.test.ts'),
      new Set(['totals row 四 adds up']),
      known,
      '7',
      [],
    );
    expect(kept.map((t) => t.path)).toEqual(['/t/slow.test.ts', '/t/new.test.ts']);
  });
});

describe("Jest's name matching during a mutant run", () => {
  it('becomes a lookup of the listed names', () => {
    const state: { testNamePattern?: { test(name: string): boolean } | null } = { testNamePattern: null };
    matchNamesExactly({ name: 'setup', testNamePattern: strykerPattern('a (1)', 'b') }, state);
    expect(['a (1)', 'b', 'a (1) b', 'A (1)'].map((n) => state.testNamePattern?.test(n))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it.each([
    ['no pattern', undefined],
    ['a pattern of another shape', 'adds up'],
  ])('is left to Jest with %s', (_case, testNamePattern) => {
    const jests = /adds up/i;
    const state = { testNamePattern: jests };
    matchNamesExactly({ name: 'setup', testNamePattern }, state);
    expect(state.testNamePattern).toBe(jests);
  });
});

describe('the index of the first run', () => {
  const dir = scratchDir('stryker-index-');

  it('joins the lines of one file (a file Jest ran twice) and sums their time', () => {
    const file = join(dir, 'index.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ file: '/t/a.test.ts', names: ['one'], ms: 10, statics: ['3'] }),
        JSON.stringify({ file: '/t/b.test.ts', names: ['two'], ms: 5 }),
        JSON.stringify({ file: '/t/a.test.ts', names: ['three'], ms: 7, statics: ['4'] }),
        '',
      ].join('\n'),
    );
    expect(readIndex(file)).toEqual(
      index({ '/t/a.test.ts': [['one', 'three'], 17, ['3', '4']], '/t/b.test.ts': [['two'], 5] }),
    );
  });

  it('is parsed once while unchanged (every mutant asks), and read again once it grows', () => {
    const file = join(dir, 'growing.jsonl');
    writeFileSync(file, `${JSON.stringify({ file: '/t/a.test.ts', names: ['one'], ms: 10 })}\n`);
    const first = readIndex(file);
    expect(readIndex(file)).toBe(first);
    appendFileSync(file, `${JSON.stringify({ file: '/t/b.test.ts', names: ['two'], ms: 5 })}\n`);
    expect(readIndex(file)).toEqual(index({ '/t/a.test.ts': [['one'], 10], '/t/b.test.ts': [['two'], 5] }));
  });

  it('names the tests that reached a mutant only some tests of a file reached; a file run twice runs whole', () => {
    const file = join(dir, 'partial.jsonl');
    const line = (names: string[], partial: Record<string, number[]>) =>
      JSON.stringify({ file: '/t/a.test.ts', names, ms: 1, covered: Object.keys(partial), partial });
    writeFileSync(file, `${line(['one', 'two', 'three'], { '5': [0, 2], '6': [1] })}\n`);
    const read = readIndex(file);
    expect(['5', '6', '7'].map((id) => testsReaching(read, '/t/a.test.ts', id))).toEqual([
      new Set(['one', 'three']),
      new Set(['two']),
      undefined,
    ]);
    appendFileSync(file, `${line(['four', 'five'], { '5': [1] })}\n`);
    expect(readIndex(file)?.get('/t/a.test.ts')?.partial).toEqual(new Map());
  });

  it('is absent when the first run wrote none (every file then runs)', () => {
    expect(readIndex(join(dir, 'missing.jsonl'))).toBeUndefined();
  });
});

describe("a test's full name", () => {
  const root: CircusBlock = { name: 'ROOT_DESCRIBE_BLOCK' };
  const outer: CircusBlock = { name: 'totals', parent: root };
  const inner: CircusBlock = { name: 'row 三', parent: outer };

  it.each([
    ['at the top of the file', { name: 'reads', parent: root, errors: [] }, 'reads'],
    ['in one describe', { name: 'adds up', parent: outer, errors: [] }, 'totals adds up'],
    ['in nested describes', { name: 'adds up', parent: inner, errors: [] }, 'totals row 三 adds up'],
  ])('%s', (_case, test: CircusTest, expected) => {
    expect(fullName(test)).toBe(expected);
  });
});

describe('stopping at the first failing test of a mutant', () => {
  const test = (errors: unknown[] = []): CircusTest => ({ name: 't', errors });

  it('skips later tests and describe blocks of the same mutant only', () => {
    expect(hasKilled('7')).toBe(false);
    bailAfterFailure({ name: 'test_done', test: test(['boom']) }, '7');
    expect([hasKilled('7'), hasKilled('8')]).toEqual([true, false]);

    const later = test();
    bailAfterFailure({ name: 'test_start', test: later }, '7');
    const block: CircusBlock = { name: 'b' };
    bailAfterFailure({ name: 'run_describe_start', describeBlock: block }, '7');
    expect([later.mode, block.mode]).toEqual(['skip', 'skip']);

    const nextMutant = test();
    bailAfterFailure({ name: 'test_start', test: nextMutant }, '8');
    expect(nextMutant.mode).toBeUndefined();
  });

  it('runs on while tests pass', () => {
    bailAfterFailure({ name: 'test_done', test: test() }, '9');
    const next = test();
    bailAfterFailure({ name: 'test_start', test: next }, '9');
    expect(next.mode).toBeUndefined();
  });

  // jest-runner's events: test-file-success carries the file's result (testExecError when it failed
  // to load), test-file-failure none (the run of the file threw).
  it.each([
    ['a file that failed to load', { testExecError: { message: 'Hit count limit reached' } }, true],
    ['a file whose run threw', undefined, true],
    ['a file that ran (its failing tests bail by themselves)', { numFailingTests: 1 }, false],
  ])('after %s, starts no further file of that mutant', (_case, result, stops) => {
    const mutant = `broken ${_case}`;
    bailAfterBrokenFile(result, mutant);
    expect([hasKilled(mutant), hasKilled('another')]).toEqual([stops, false]);
  });

  it('ignores a broken file of the first run (no active mutant)', () => {
    bailAfterBrokenFile(undefined, 'x');
    bailAfterBrokenFile(undefined, undefined);
    expect(hasKilled('x')).toBe(true);
  });
});

/** The instrumenter's context on the test's global: the test coverage counts for, and the counts. */
interface Instrumented {
  currentTestId?: string;
  mutantCoverage?: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
}

/**
 * What instrumented code does when it reaches a mutant, restated from the `stryCov_9fa48` helper the
 * instrumenter puts at the top of every file (seen in a Stryker sandbox): count it for the current test,
 * or as static without one.
 */
function cover(context: Instrumented, id: string) {
  const coverage = (context.mutantCoverage ??= { static: {}, perTest: {} });
  const counts = context.currentTestId ? (coverage.perTest[context.currentTestId] ??= {}) : coverage.static;
  counts[id] = (counts[id] ?? 0) + 1;
}

describe('the environment of a Stryker run', () => {
  // A stand-in for Jest's environment class: a global object and a teardown (jest-environment-node).
  class Base {
    global: Record<string, unknown> = {};
    async handleTestEvent(): Promise<void> {}
    async teardown(): Promise<void> {}
  }
  const Selecting = withTestSelection(Base) as unknown as new (
    config: { projectConfig: { rootDir: string } },
    context: { testPath: string },
  ) => Base & { handleTestEvent(event: object, state: object): Promise<void> };
  const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';
  const rootDir = scratchDir('stryker-env-');
  const block: CircusBlock = { name: 'ROOT_DESCRIBE_BLOCK' };
  afterEach(() => delete process.env[ACTIVE]);

  it('first run: records each file’s tests, time and the mutants it reached outside them and in them', async () => {
    // Stryker's instrumenter context, shared by every file: static hits only grow; per test by full name.
    const coverage = {
      static: { '1': 2, '2': 1 } as Record<string, number>,
      perTest: { 'adds up': { '5': 1, '6': 2 }, rounds: { '5': 1 }, 'another file’s test': { '7': 1 } },
    };
    const run = async (testPath: string, reach: string[], tests = ['adds up']) => {
      const env = new Selecting({ projectConfig: { rootDir } }, { testPath });
      env.global.__stryker__ = { mutantCoverage: coverage };
      await env.handleTestEvent({ name: 'setup' }, {});
      for (const id of reach) coverage.static[id] = (coverage.static[id] ?? 0) + 1;
      for (const name of tests)
        await env.handleTestEvent({ name: 'test_done', test: { name, parent: block, errors: [] } }, {});
      await env.teardown();
    };
    await run('/t/a.test.ts', ['2', '3'], ['adds up', 'rounds']);
    await run('/t/b.test.ts', []);
    const read = readIndex(join(rootDir, '.stryker-test-index.jsonl'));
    expect([...(read?.keys() ?? [])]).toEqual(['/t/a.test.ts', '/t/b.test.ts']);
    expect(read?.get('/t/a.test.ts')).toMatchObject({
      names: ['adds up', 'rounds'],
      statics: new Set(['2', '3']),
      covered: new Set(['5', '6']),
      partial: new Map([['6', [0]]]),
    });
    expect(read?.get('/t/b.test.ts')).toMatchObject({
      names: ['adds up'],
      statics: new Set(),
      covered: new Set(['5', '6']),
      partial: new Map(),
    });
  });

  it.each(['test_skip', 'test_todo'])(
    'first run: a test that ends in %s does not take the next file’s loading as its own',
    async (ending) => {
      // Stryker's own environment around ours, as its Jest runner wraps the configured one. Its
      // CommonJS plugin files, required as that runner requires them (messaging.cjs is not exported).
      /* eslint-disable @typescript-eslint/no-require-imports */
      const stryker = require.resolve('@stryker-mutator/jest-runner');
      const { mixinJestEnvironment } = require(stryker) as {
        mixinJestEnvironment(env: typeof Selecting): typeof Selecting;
      };
      const { state } = require(join(dirname(stryker), 'messaging.cjs')) as {
        state: { clear(): void; coverageAnalysis: string; instrumenterContext: Instrumented };
      };
      /* eslint-enable @typescript-eslint/no-require-imports */
      state.clear();
      state.coverageAnalysis = 'perTest';
      const Stryker = mixinJestEnvironment(Selecting);
      const root = scratchDir('stryker-skip-');
      const skipped = { name: 'needs the schemas', parent: block, errors: [] };
      // jest-circus (_runTestInContext) sends test_start, then test_skip or test_todo, no test_done.
      const first = new Stryker({ projectConfig: { rootDir: root } }, { testPath: '/t/skips.test.ts' });
      await first.handleTestEvent({ name: 'setup' }, {});
      await first.handleTestEvent({ name: 'test_start', test: skipped }, {});
      await first.handleTestEvent({ name: ending, test: skipped }, {});
      await first.teardown();
      const next = new Stryker({ projectConfig: { rootDir: root } }, { testPath: '/t/loads.test.ts' });
      await next.handleTestEvent({ name: 'setup' }, {});
      cover(state.instrumenterContext, '9'); // its import runs module-level code
      await next.teardown();

      expect(readIndex(join(root, '.stryker-test-index.jsonl'))?.get('/t/loads.test.ts')?.statics).toEqual(
        new Set(['9']),
      );
      expect(state.instrumenterContext.mutantCoverage?.perTest).toEqual({});
      state.clear();
    },
  );

  it('mutant run: a file loading the mutant runs whole; one that kills it goes first next time', async () => {
    process.env[ACTIVE] = '3';
    const state: { testNamePattern?: unknown } = {};
    const a = new Selecting({ projectConfig: { rootDir } }, { testPath: '/t/a.test.ts' });
    await a.handleTestEvent({ name: 'setup', testNamePattern: strykerPattern('balances') }, state);
    expect(state.testNamePattern).toBeNull();
    const b = new Selecting({ projectConfig: { rootDir } }, { testPath: '/t/b.test.ts' });
    await b.handleTestEvent({ name: 'setup', testNamePattern: strykerPattern('balances') }, state);
    expect((state.testNamePattern as { test(n: string): boolean }).test('balances')).toBe(true);

    await b.handleTestEvent({ name: 'test_done', test: { name: 't', parent: block, errors: ['boom'] } }, {});
    const all = files('/t/a.test.ts', '/t/b.test.ts');
    const read = readIndex(join(rootDir, '.stryker-test-index.jsonl'));
    if (!read) throw new Error('no index');
    expect(selectTests(all, undefined, read, '2').map((t) => t.path)).toEqual(['/t/a.test.ts']);
    expect(selectTests(all, new Set(['adds up']), read, '9').map((t) => t.path)).toEqual([
      '/t/b.test.ts',
      '/t/a.test.ts',
    ]);
  });

  it.each([
    ['only the tests that reached it, where some did', '6', ['adds up']],
    ['every test, where every test reached it', '5', ['adds up', 'rounds']],
    ['every test, where the file reached it outside its tests', '2', ['adds up', 'rounds']],
  ])('mutant run without names (static or hybrid): %s', async (_case, mutant, runs) => {
    process.env[ACTIVE] = mutant;
    const jests = { test: () => true };
    const state: { testNamePattern?: { test(n: string): boolean } | null } = { testNamePattern: jests };
    const a = new Selecting({ projectConfig: { rootDir } }, { testPath: '/t/a.test.ts' });
    await a.handleTestEvent({ name: 'setup' }, state);
    const run = (name: string) => state.testNamePattern?.test(name) ?? true;
    expect(['adds up', 'rounds'].filter(run)).toEqual(runs);
  });
});
