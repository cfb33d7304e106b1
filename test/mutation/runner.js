/**
 * Jest's test-file runner for mutant runs (test/mutation/jest.config.js): Jest's own, one file at a
 * time, starting no further file once a test has failed under the active mutant (selection.js). Jest's
 * bail would end the process, which Stryker's runner shares, so it cannot be used.
 */
const TestRunner = require('jest-runner').default;
const { activeMutant, hasKilled } = require('./selection');

class BailingRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const mutant = activeMutant();
    if (!options.serial || mutant === undefined) return super.runTests(tests, watcher, options);
    for (const test of tests) {
      if (hasKilled(mutant)) return;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = BailingRunner;
