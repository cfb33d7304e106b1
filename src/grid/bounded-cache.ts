/**
 * A memo that cannot grow without end: at `limit` entries, storing a new key first drops the one
 * stored earliest. Insertion order, not use order: a hit costs one Map lookup, which matters on the
 * locator's hot paths, and what these caches hold (labels, scores, last year's grids) recurs close
 * together. Here in src/grid, the lowest layer, so every part of the engine and the CLI may use it.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`cache limit ${limit}: a whole number ≥ 1`);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): this {
    if (this.entries.size >= this.limit && !this.entries.has(key))
      this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return this;
  }

  /** The value stored for `key`, or `make()`'s, stored first. A stored `undefined` is a hit too. */
  remember(key: K, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = make();
    this.set(key, value);
    return value;
  }
}
