/**
 * Jest's test sequencer for mutant runs (test/mutation/jest.config.js): only the test files that hold
 * a test covering the mutant or load it statically, fastest first (see selection.js). In Stryker's
 * first run (no active mutant), or without an index, every file runs in Jest's usual order.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { activeMutant, coveringNames, indexPath, readIndex, selectTests, sourceOf } = require('./selection');

class MutantSequencer extends Sequencer {
  #globalConfig;

  constructor(options) {
    super(options);
    this.#globalConfig = options.globalConfig;
  }

  sort(tests) {
    const mutant = activeMutant();
    const pattern = this.#globalConfig.testNamePattern;
    const names = pattern ? coveringNames(pattern) : undefined;
    // A pattern of another shape is Jest's to match: every file, as Stryker would.
    const selectable = mutant !== undefined && (names !== undefined || !pattern);
    const index = selectable ? readIndex(indexPath(this.#globalConfig.rootDir)) : undefined;
    if (!index) return super.sort(tests);
    return selectTests(tests, names, index, mutant, undefined, sourceOf(this.#globalConfig.rootDir, mutant));
  }
}

module.exports = MutantSequencer;
