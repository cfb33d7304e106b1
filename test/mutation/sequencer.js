/**
 * Jest's test sequencer for mutant runs (test/mutation/jest.config.js): only the test files that hold
 * a test covering the mutant, fastest first (see selection.js). Without a name pattern (Stryker's
 * first run) or an index, every file runs in Jest's usual order.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { coveringNames, indexPath, readIndex, selectTests } = require('./selection');

class MutantSequencer extends Sequencer {
  #globalConfig;

  constructor(options) {
    super(options);
    this.#globalConfig = options.globalConfig;
  }

  sort(tests) {
    const pattern = this.#globalConfig.testNamePattern;
    const names = pattern ? coveringNames(pattern) : undefined;
    const index = names ? readIndex(indexPath(this.#globalConfig.rootDir)) : undefined;
    return names && index ? selectTests(tests, names, index) : super.sort(tests);
  }
}

module.exports = MutantSequencer;
