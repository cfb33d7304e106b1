import { BoundedCache } from '../../src/grid/bounded-cache';

/** A cache of limit 3 holding a, b, c (stored in that order). */
function full(): BoundedCache<string, number> {
  return new BoundedCache<string, number>(3).set('a', 1).set('b', 2).set('c', 3);
}

const keysIn = (cache: BoundedCache<string, number>) => ['a', 'b', 'c', 'd', 'e'].filter((k) => cache.has(k));

describe('BoundedCache', () => {
  test('holds up to its limit', () => {
    const cache = full();
    expect(cache.size).toBe(3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, 2, 3]);
  });

  test('a new key at the limit drops the one stored earliest, and only that one', () => {
    const cache = full().set('d', 4);
    expect(cache.size).toBe(3);
    expect(keysIn(cache)).toEqual(['b', 'c', 'd']);
    cache.set('e', 5);
    expect(keysIn(cache)).toEqual(['c', 'd', 'e']);
  });

  test('eviction follows storing, not reading: a read does not keep an entry', () => {
    const cache = full();
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.has('a')).toBe(false);
  });

  test.each(['a', 'b', 'c'])('storing %s, which it holds, replaces the value and drops nothing', (key) => {
    const cache = full().set(key, 10);
    expect(cache.size).toBe(3);
    expect(keysIn(cache)).toEqual(['a', 'b', 'c']);
    expect(cache.get(key)).toBe(10);
  });

  test('a replaced value keeps its place in the order', () => {
    const cache = full().set('a', 10).set('d', 4);
    expect(keysIn(cache)).toEqual(['b', 'c', 'd']);
  });

  test('below the limit nothing is dropped', () => {
    const cache = new BoundedCache<string, number>(3).set('a', 1).set('b', 2);
    expect(keysIn(cache)).toEqual(['a', 'b']);
  });

  test('limit 1 keeps the last key', () => {
    const cache = new BoundedCache<string, number>(1).set('a', 1).set('b', 2);
    expect(keysIn(cache)).toEqual(['b']);
  });

  test.each([0, -1, 1.5, Number.NaN])('limit %p is refused', (limit) => {
    expect(() => new BoundedCache(limit)).toThrow(RangeError);
    // The message names the limit given, for the programmer who passed it.
    expect(() => new BoundedCache(limit)).toThrow(`cache limit ${limit}: a whole number ≥ 1`);
  });

  describe('remember', () => {
    test('computes a missing value once, then hits', () => {
      const cache = new BoundedCache<string, number>(3);
      const make = jest.fn(() => 7);
      expect(cache.remember('a', make)).toBe(7);
      expect(cache.remember('a', make)).toBe(7);
      expect(make).toHaveBeenCalledTimes(1);
      expect(cache.get('a')).toBe(7);
    });

    test('a stored undefined is a hit, not a reason to compute again', () => {
      const cache = new BoundedCache<string, number | undefined>(3);
      const make = jest.fn((): number | undefined => undefined);
      expect(cache.remember('a', make)).toBeUndefined();
      expect(cache.remember('a', make)).toBeUndefined();
      expect(make).toHaveBeenCalledTimes(1);
    });

    test('falsy values are hits too', () => {
      const cache = new BoundedCache<string, number>(3);
      const make = jest.fn(() => 0);
      cache.remember('a', make);
      expect(cache.remember('a', () => 99)).toBe(0);
    });

    test('respects the limit: the earliest is computed again after it was dropped', () => {
      const cache = full();
      expect(cache.remember('d', () => 4)).toBe(4);
      expect(keysIn(cache)).toEqual(['b', 'c', 'd']);
      expect(cache.remember('a', () => 11)).toBe(11);
      expect(keysIn(cache)).toEqual(['a', 'c', 'd']);
    });
  });
});
