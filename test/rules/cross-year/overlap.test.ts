import { NEAR_COPY, prefixLength } from '../../../src/rules/cross-year/overlap';

/**
 * The fewest bigrams a sentence of `size` bigrams can share with any near copy, found by trying every
 * size of the other sentence: Dice = 2·shared / (size + other) ≥ NEAR_COPY, shared ≤ both sizes.
 * Integer arithmetic (NEAR_COPY is 9/10), so no rounding stands between this and the rule.
 */
function fewestShared(size: number): number {
  let fewest = Number.POSITIVE_INFINITY;
  for (let other = 1; other <= 3 * size; other++) {
    const shared = Math.ceil((9 * (size + other)) / 20);
    if (shared <= Math.min(size, other)) fewest = Math.min(fewest, shared);
  }
  return fewest;
}

describe('prefixLength: how many of a sentence’s rarest bigrams are looked up', () => {
  it('assumes the near-copy threshold of 0.9', () => expect(NEAR_COPY).toBe(0.9));

  // Two near copies share at least `fewestShared` bigrams, so in one order for all, some shared
  // bigram is among the first size − fewestShared + 1 of each: fewer could miss a copy, more only
  // costs time.
  it('is as long as that for every sentence of up to 300 bigrams', () => {
    const sizes = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(sizes.map(prefixLength)).toEqual(sizes.map((size) => size - fewestShared(size) + 1));
  });
});
