import { PIECE_LENGTH, queueStoreText, splitPieces, StoredTexts } from '../../src/word/properties';

/** What queueStoreText leaves in the properties, as StoredTexts.with models it. */
const stored = (entries: Record<string, unknown>) =>
  new StoredTexts(Object.entries(entries).map(([key, value]) => ({ key, value })));

describe('splitPieces', () => {
  it.each([
    ['empty', '', []],
    ['short', 'abc', ['abc']],
    ['exactly one piece', 'x'.repeat(PIECE_LENGTH), ['x'.repeat(PIECE_LENGTH)]],
    ['one over', 'x'.repeat(PIECE_LENGTH + 1), ['x'.repeat(PIECE_LENGTH), 'x']],
  ])('%s', (_name, text, pieces) => {
    expect(splitPieces(text)).toEqual(pieces);
  });

  it('keeps every piece within desktop Word’s 255 UTF-16 units', () => {
    expect(PIECE_LENGTH).toBeLessThanOrEqual(255);
    const pieces = splitPieces('汉'.repeat(1000));
    expect(pieces.every((p) => p.length <= 255)).toBe(true);
    expect(pieces.join('')).toBe('汉'.repeat(1000));
  });

  it('never splits a surrogate pair', () => {
    const text = 'a' + '😀'.repeat(10); // a, then pairs: a pair straddles every odd boundary
    const pieces = splitPieces(text, 4);
    expect(pieces.join('')).toBe(text);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const piece of pieces) expect(piece).not.toMatch(lone);
    expect(pieces[0]).toBe('a😀');
    // The character before the boundary decides, not one after it: here the pair straddles the boundary
    // and a plain character follows the pair.
    expect(splitPieces('ab😀c', 3)).toEqual(['ab', '😀c']);
  });

  it.each([
    ['the first high surrogate, U+10000', 'a\u{10000}', ['a', '\u{10000}']],
    ['the last high surrogate, U+10FFFF', 'a\u{10FFFF}', ['a', '\u{10FFFF}']],
    ['a character just below the surrogates', 'a\uD7FFb', ['a\uD7FF', 'b']],
    ['a low surrogate at the boundary (the pair is already whole)', 'ab\u{10000}c', ['ab', '\u{10000}', 'c']],
    ['a lone high surrogate at the very end is kept, not looped on', 'abc\uD83D', ['ab', 'c\uD83D']],
  ])('at a boundary of two: %s', (_name, text, pieces) => {
    expect(splitPieces(text, 2)).toEqual(pieces);
  });
});

describe('StoredTexts', () => {
  it('joins the pieces in order, keys case-insensitive as in Word', () => {
    expect(stored({ Marks: '2', 'marks.0': 'ab', 'MARKS.1': 'cd' }).get('marks')).toBe('abcd');
  });

  it.each([
    ['absent', {}],
    ['count not a number', { k: 'x', 'k.0': 'a' }],
    ['count zero', { k: '0' }],
    ['a piece missing', { k: '2', 'k.0': 'a' }],
    ['a piece not text', { k: '1', 'k.0': 5 }],
  ])('reads as nothing when %s', (_name, entries) => {
    expect(stored(entries).get('k')).toBeNull();
  });

  it('reads at most 10,000 pieces: a larger count is damage, every piece present or not', () => {
    const pieces = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`k.${i}`, 'x']));
    expect(stored({ k: '10000', ...pieces(10_000) }).get('k')).toBe('x'.repeat(10_000));
    expect(stored({ k: '10001', ...pieces(10_001) }).get('k')).toBeNull();
  });

  it('lists a key’s own properties only', () => {
    const texts = stored({
      k: '2',
      'k.0': 'a',
      'k.12': 'a',
      'k.x': 'b',
      'k.1x': 'b',
      k2: 'c',
      'k2.0': 'd',
      other: 'e',
    });
    expect(texts.keysOf('K').sort()).toEqual(['k', 'k.0', 'k.12']);
  });

  it('with(): replaces, shrinks and removes', () => {
    const long = 'y'.repeat(PIECE_LENGTH * 2 + 1);
    const before = stored({ other: 'kept' }).with('k', long);
    expect(before.keysOf('k').sort()).toEqual(['k', 'k.0', 'k.1', 'k.2']);
    expect(before.get('k')).toBe(long);
    const shorter = before.with('k', 'z');
    expect(shorter.keysOf('k').sort()).toEqual(['k', 'k.0']);
    expect(shorter.get('k')).toBe('z');
    const gone = shorter.with('k', null);
    expect(gone.keysOf('k')).toEqual([]);
    expect(gone.get('other')).toBeNull(); // not a pieced text
    expect(gone.keysOf('other')).toEqual(['other']);
  });
});

/**
 * The calls queueStoreText queues on the custom properties (CustomPropertyCollection.add "creates a
 * new or sets an existing custom property"; getItemOrNullObject(key).delete()). What the document
 * then holds is the Word service's tests' (test/word/service.test.ts, on Word's runtime).
 */
function recordedStore(before: StoredTexts, key: string, text: string | null): string[] {
  const calls: string[] = [];
  const customProperties = {
    add: (k: string, v: string) => calls.push(`add ${k}=${v.length > 8 ? `${v.slice(0, 3)}…` : v}`),
    getItemOrNullObject: (k: string) => ({ delete: () => calls.push(`delete ${k}`) }),
  };
  const context = { document: { properties: { customProperties } } } as unknown as Word.RequestContext;
  queueStoreText(context, before, key, text);
  return calls;
}

describe('queueStoreText', () => {
  const three = 'y'.repeat(PIECE_LENGTH * 2 + 1);
  it.each<[string, Record<string, unknown>, string | null, string[]]>([
    ['a new text: its pieces, then its count', {}, 'ab', ['add k.0=ab', 'add k=1']],
    [
      'the same length again: written over, nothing deleted',
      { K: '1', 'K.0': 'old' },
      'ab',
      ['add k.0=ab', 'add k=1'],
    ],
    [
      'a shorter text: only the pieces past its end go',
      { k: '3', 'k.0': 'a', 'k.1': 'b', 'k.2': 'c' },
      'ab',
      ['delete k.1', 'delete k.2', 'add k.0=ab', 'add k=1'],
    ],
    [
      'a longer text',
      { k: '1', 'k.0': 'a' },
      three,
      ['add k.0=yyy…', 'add k.1=yyy…', 'add k.2=y', 'add k=3'],
    ],
    [
      'removed: the count and every piece',
      { k: '2', 'k.0': 'a', 'k.1': 'b', other: 'x' },
      null,
      ['delete k', 'delete k.0', 'delete k.1'],
    ],
  ])('%s', (_name, before, text, calls) => {
    expect(recordedStore(stored(before), 'k', text)).toEqual(calls);
  });
});
