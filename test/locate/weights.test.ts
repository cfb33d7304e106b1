import { CASES } from './weight-cases';

/**
 * Each weight of the locator (src/locate/weights.ts) against the sheets on which it decides what
 * is found. A test fails when its weight is removed (0), its sign flipped, or moved out of the range
 * the test's name states; within the range every case passes. Where a name's range includes 0
 * (ANCESTOR_WEIGHT, UNMATCHED_PENALTY, MIN_CONTEXT_SCORE, DISTANCE_PENALTY), no sheet was found on
 * which removing the weight changes what is found; the range says so rather than hiding it.
 */
describe.each(Object.entries(CASES))('%s', (weight, { tolerance, cases }) => {
  it.each(cases.map((c) => [c.name, c] as const))(`${weight} ${tolerance}: %s`, (_name, c) => {
    const { actual, expected } = c.run();
    expect(actual).toEqual(expected);
  });
});
