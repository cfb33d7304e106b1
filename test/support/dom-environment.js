/**
 * The browser-like test environment of the component and page tests (`@jest-environment
 * ./test/support/dom-environment.js` in their first line): Jest's jsdom environment, which under
 * StrykerJS (`npm run test:mutation`; its workers have STRYKER_MUTATOR_WORKER set) also reports which
 * test covers which mutant. A docblock naming plain `jsdom` would bypass Stryker's own environment,
 * and the run stops with "Missing coverage results" (stryker-js pull 2634).
 */
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = process.env.STRYKER_MUTATOR_WORKER
  ? require('@stryker-mutator/jest-runner').mixinJestEnvironment(TestEnvironment)
  : TestEnvironment;
