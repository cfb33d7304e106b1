// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): StrykerJS changes the engine and the add-in's service
 * code one token at a time and runs the tests that cover each change; a change no test notices is a
 * gap in the tests. See README "Mutation testing". Scores per folder: scripts/mutation-scores.js.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The code under mutation: the engine, the readers and the Office/Word services. One list, in
 * tsconfig.mutation.json (plain JSON), which is also all the TypeScript checker loads (see below).
 */
const SCOPE = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'tsconfig.mutation.json'), 'utf8'),
).include;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: SCOPE.map((path) => (path.endsWith('.ts') ? path : `${path}/**/*.ts`)),
  testRunner: 'jest',
  // No --findRelatedTests: the mutation Jest config's sequencer picks the files holding a covering test.
  jest: { projectType: 'custom', configFile: 'test/mutation/jest.config.js', enableFindRelatedTests: false },
  checkers: ['typescript'],
  // The checker type-checks each mutant against the sources only. With the tests in the program (the
  // project's tsconfig.json) every mutant re-checked the test files that import the changed module.
  // The two checker processes use whatever CPU they get until every mutant is checked (about half of
  // the two cores, beside the test runners), so a cheaper check frees the runners sooner. Measured on
  // src/grid + src/locate: 410 mutants rejected in 54 checker CPU minutes with the tests, 501 in 41½
  // with src/ alone (7.6 → 12 a minute). A mutant that breaks only a test's types now runs its tests.
  // tsconfig.mutation.json goes further and holds only the code under mutation (what it imports is
  // still checked): the task pane, CLI and page that import src/office, src/word and src/sources are
  // no longer re-checked for each mutant. Over those three folders it changed little: 2,720 mutants in
  // 2 hours with src/ (at f1afe53), 2,613 in 106 minutes with the scope alone (at 3b014fe); the runs
  // there are held back by the mutants that run most of the suite, not by the checker. A mutant that
  // breaks only the types of the pane or the CLI runs its tests instead.
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: message catalogs, weight tables) run against the test files
  // that load them (recorded in the first run, test/mutation/selection.js), not the whole suite.
  ignoreStatic: false,
  warnings: { slow: false },
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // 'checkpoint' (test/mutation/checkpoint.js) keeps the results so far in the incremental file every
  // minute, so a run stopped part way resumes where it stopped instead of starting again.
  plugins: ['@stryker-mutator/*', './test/mutation/checkpoint.js'],
  reporters: ['clear-text', 'progress', 'html', 'json', 'checkpoint'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 10000,
  // Stryker's timeout is wall-clock: timeoutFactor × the covering tests' time in the first run, plus
  // timeoutMS and the first run's overhead. The first run has the machine to itself; a mutant run shares
  // two cores with the other test runner and the TypeScript checkers and goes about half as fast. A
  // static mutant runs every test of every file that loads it, most of the suite, so at Stryker's 1.5
  // it ran out of time while still passing: a survivor counted as detected (a Timeout; an equivalent
  // `>` → `>=` in the Grid constructor was one). An endless loop in the mutant's own code does not wait
  // for this: the instrumenter's hit limit throws, and selection.js ends the run at the first file that
  // fails to run.
  timeoutFactor: 4,
  // The first run is the whole suite in one process, with coverage per test.
  dryRunTimeoutMinutes: 40,
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'lib',
    'renders',
    'bench/out',
    'coverage',
    'reports',
    'test/e2e/__screenshots__',
    // The kept results and the sample (scripts/mutation-results.js, mutation-sample.js) are read before Stryker starts, not in its sandbox.
    'test/mutation/results.json.gz',
    'test/mutation/sample.json.gz',
  ],
  thresholds: { high: 90, low: 85, break: null },
};
