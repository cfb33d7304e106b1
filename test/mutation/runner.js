/**
 * Jest's test-file runner for mutant runs (test/mutation/jest.config.js): Jest's own, one file at a
 * time, starting no further file once a test has failed under the active mutant, or a file has failed to
 * run at all (selection.js). Jest's bail would end the process, which Stryker's runner shares, so it
 * cannot be used.
 */
const TestRunner = require('jest-runner').default;
const { activeMutant, bailAfterBrokenFile, hasKilled } = require('./selection');

class BailingRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const mutant = activeMutant();
    if (!options.serial || mutant === undefined) return super.runTests(tests, watcher, options);
    // Jest reports each file's result as an event (jest-runner: test-file-success / test-file-failure).
    const stopListening = [
      this.on('test-file-success', ([, result]) => bailAfterBrokenFile(result, mutant)),
      this.on('test-file-failure', () => bailAfterBrokenFile(undefined, mutant)),
    ];
    try {
      for (const test of tests) {
        if (hasKilled(mutant)) return;
        await super.runTests([test], watcher, options);
      }
    } finally {
      for (const stop of stopListening) stop();
    }
  }
}

module.exports = BailingRunner;
