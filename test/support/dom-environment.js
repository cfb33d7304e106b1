/**
 * The browser-like test environment of the component and page tests (`@jest-environment
 * ./test/support/dom-environment.js` in their first line): Jest's jsdom environment, which under
 * StrykerJS (`npm run test:mutation`; its workers have STRYKER_MUTATOR_WORKER set) also reports which
 * test covers which mutant and takes part in the mutant runs' test selection (test/mutation/selection.js).
 * A docblock naming plain `jsdom` would bypass Stryker's own environment, and the run stops with
 * "Missing coverage results" (stryker-js pull 2634).
 */
const { TestEnvironment } = require('jest-environment-jsdom');
const { isStrykerWorker, withTestSelection } = require('../mutation/selection');

module.exports = isStrykerWorker()
  ? require('@stryker-mutator/jest-runner').mixinJestEnvironment(withTestSelection(TestEnvironment))
  : TestEnvironment;
