import { NEAR_COPY, prefixLength, repeatedCharacters } from '../../../src/rules/cross-year/overlap';

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

describe('repeatedCharacters: one order of bigrams for every sentence', () => {
  // Two clauses swapped share every bigram but the one where they meet, so the sentences are near
  // copies; but the first bigrams of each, in the order they are written, are of different clauses.
  // Only an order that is the same for all sentences (rarest first) finds the shared one.
  it('finds a sentence with its two clauses swapped', () => {
    const first = '本局按季度更新政府信息公开目录';
    const second = '逐条核对每条信息的发布时间和发布机关';
    expect(repeatedCharacters([second + first], [first + second])).toBe(first.length + second.length);
  });
});
