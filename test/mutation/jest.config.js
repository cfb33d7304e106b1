/**
 * The Jest configuration StrykerJS runs for each mutant (`npm run test:mutation`). One project
 * (Excel's Windows runtime), not the three of jest.config.js: a mutant killed in one flavour is killed,
 * and running the add-in suites three times would triple the time for nothing. The end-to-end tests
 * stay out (they build with webpack and drive a browser; far too slow per mutant).
 */
const base = require('../../jest.config.js');

const { projects, ...rest } = base;
const win32 = projects.find((p) => p.displayName === 'all:win32');

/** @type {import('jest').Config} */
// Instrumented code runs slower, on a machine Stryker keeps busy; a mutant that loops is stopped by
// Stryker's own timeout (stryker.config.mjs timeoutMS), not by Jest's.
// The environment, sequencer and runner run only the tests that cover the mutant, in the files that
// hold them, and stop at its first failing test (test/mutation/selection.js).
module.exports = {
  ...rest,
  ...win32,
  displayName: undefined,
  // The API-coverage tests read src/office and src/word as source text with the TypeScript checker. In
  // Stryker's sandbox that text is instrumented (each literal wrapped in a mutant switch), so they fail
  // in the first run whenever those folders are mutated; they judge the source, not a mutant's behaviour.
  testPathIgnorePatterns: [
    ...win32.testPathIgnorePatterns,
    '/test/office/api-coverage\\.test\\.ts$',
    '/test/word/api-coverage\\.test\\.ts$',
  ],
  testTimeout: 60_000,
  // Absolute: Stryker's own environment requires this path as given, without Jest's <rootDir>.
  testEnvironment: require.resolve('./node-environment.js'),
  testSequencer: require.resolve('./sequencer.js'),
  runner: require.resolve('./runner.js'),
};
