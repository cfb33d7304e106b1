// @ts-check
/**
 * The sample run (`npm run test:mutation:sample`): the project's Stryker options, narrowed to the
 * random sample scripts/mutation-sample.js drew (its `--mutate` ranges) and skipping what those
 * ranges bring along (test/mutation/sample-ignorer.js). README "Mutation testing".
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import base from './stryker.config.mjs';

const sample = JSON.parse(gunzipSync(readFileSync('test/mutation/sample.json.gz')).toString('utf8'));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: sample.ranges,
  plugins: [...(base.plugins ?? []), './test/mutation/sample-ignorer.js'],
  ignorers: ['sample'],
};
