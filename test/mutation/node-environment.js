/**
 * The Node test environment of mutant runs: Jest's, with the test selection of selection.js (records
 * test names on Stryker's first run, stops at a mutant's first failing test).
 */
const { TestEnvironment } = require('jest-environment-node');
const { isStrykerWorker, withTestSelection } = require('./selection');

module.exports = isStrykerWorker() ? withTestSelection(TestEnvironment) : TestEnvironment;
