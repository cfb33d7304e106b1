// @ts-check
/**
 * The sample run (`npm run test:mutation:sample`): the project's Stryker options, narrowed to the
 * random sample scripts/mutation-sample.js drew (its `--mutate` ranges) and skipping what those
 * ranges bring along (test/mutation/sample-ignorer.js). README "Mutation testing".
 */
import { createRequire } from 'node:module';
import base from './stryker.config.mjs';

const { readSample } = createRequire(import.meta.url)('./scripts/mutation-sample.js');
const sample = readSample();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: sample.ranges,
  plugins: [...(base.plugins ?? []), './test/mutation/sample-ignorer.js'],
  ignorers: ['sample'],
};
