/**
 * How much of this year's prose is last year's: a sentence counts as repeated when last year's
 * report holds the same sentence, or a near copy of it: one whose set of character bigrams
 * (pairs of neighbouring characters) overlaps this one's with a Dice coefficient of at least 0.9
 * (2·|A∩B| / (|A|+|B|)). A long sentence with one figure changed stays a copy; a short sentence
 * with one word changed, or a sentence rewritten, does not.
 */
export const NEAR_COPY = 0.9;

function bigrams(key: string): Set<string> {
  const grams = new Set<string>();
  const chars = [...key];
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How many of a sentence's rarest bigrams must be looked up (prefix filtering): Dice ≥ t means the
 * two sets share at least t·n/(2−t) bigrams, where n is either size, so any two near copies share
 * one of the first n − ⌈t·n/(2−t)⌉ + 1 bigrams of each, in one order (rarest first) for all.
 */
export function prefixLength(size: number): number {
  return size - Math.ceil((NEAR_COPY * size) / (2 - NEAR_COPY)) + 1;
}

/** Characters of `now` (sentence keys) that repeat a sentence of `before`, counted per sentence. */
export function repeatedCharacters(now: readonly string[], before: readonly string[]): number {
  const exact = new Set(before);
  const lastYear = [...exact].map(bigrams);
  const frequency = new Map<string, number>();
  // Stryker disable next-line ArithmeticOperator,LogicalOperator: equivalent: any one order for all sentences finds the same copies; rarest first only keeps the postings short
  for (const grams of lastYear) for (const g of grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rarestFirst = (grams: ReadonlySet<string>) =>
    [...grams].sort(
      (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
  /** Bigram → last year's sentences that have it among their prefix. */
  const postings = new Map<string, number[]>();
  lastYear.forEach((grams, i) => {
    for (const g of rarestFirst(grams).slice(0, prefixLength(grams.size))) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
  });
  const isCopy = (key: string): boolean => {
    if (exact.has(key)) return true;
    // A one-character key has no bigram: its prefix is empty and it is no copy.
    const grams = bigrams(key);
    const low = (grams.size * NEAR_COPY) / (2 - NEAR_COPY);
    const high = (grams.size * (2 - NEAR_COPY)) / NEAR_COPY;
    const tried = new Set<number>();
    for (const g of rarestFirst(grams).slice(0, prefixLength(grams.size)))
      for (const i of postings.get(g) ?? []) {
        if (tried.has(i)) continue;
        tried.add(i);
        // Dice ≥ t needs the other size within [n·t/(2−t), n·(2−t)/t]: most candidates end here.
        const size = lastYear[i].size;
        if (size < low || size > high) continue;
        if (dice(grams, lastYear[i]) >= NEAR_COPY) return true;
      }
    return false;
  };
  const verdict = new Map<string, boolean>();
  let repeated = 0;
  for (const key of now) {
    let copy = verdict.get(key);
    if (copy === undefined) verdict.set(key, (copy = isCopy(key)));
    if (copy) repeated += [...key].length;
  }
  return repeated;
}
