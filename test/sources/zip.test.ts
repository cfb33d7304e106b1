import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { SourceReadError } from '../../src/sources/types';
import { INFLATE_CHUNK, MAX_ZIP_ENTRIES, openZip, readZip, resolvePartPath } from '../../src/sources/zip';

/** A zip written by fflate (a real writer): one deflated and one stored entry by default. */
function zip(
  files: Zippable = { 'a/One.xml': strToU8('<a>1</a>'), 'b.txt': [strToU8('bee'), { level: 0 }] },
) {
  return zipSync(files);
}

/**
 * A zip as streaming writers write it: flag bit 3, sizes 0 in each local header, the real sizes in a
 * data descriptor after the data and in the central directory.
 */
function streamed(files: Record<string, string>, stored = false): Uint8Array {
  const parts: Uint8Array[] = [];
  const writer = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const entry = stored ? new ZipPassThrough(name) : new ZipDeflate(name);
    writer.add(entry);
    entry.push(strToU8(text), true);
  }
  writer.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offsets of the end record and of the first central directory entry. */
function layout(bytes: Uint8Array): { eocd: number; central: number } {
  const v = view(bytes);
  for (let p = bytes.length - 22; p >= 0; p--)
    if (v.getUint32(p, true) === 0x06054b50) return { eocd: p, central: v.getUint32(p + 16, true) };
  throw new Error('no end record');
}

function patched(bytes: Uint8Array, patch: (v: DataView, at: ReturnType<typeof layout>) => void): Uint8Array {
  const copy = bytes.slice();
  patch(view(copy), layout(copy));
  return copy;
}

function failure(run: () => unknown): SourceReadError {
  try {
    run();
  } catch (e) {
    if (e instanceof SourceReadError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const LIMITS = { maxUnpackedBytes: 1024 * 1024 };

describe('openZip / readZip', () => {
  test('reads deflated and stored entries, by exact or case-folded name', () => {
    const z = openZip(zip(), LIMITS);
    expect(z.names).toEqual(['a/One.xml', 'b.txt']);
    expect(z.find('A/ONE.XML')).toBe('a/One.xml');
    expect(z.find('missing')).toBeUndefined();
    expect(new TextDecoder().decode(z.read('a/One.xml'))).toBe('<a>1</a>');
    expect(new TextDecoder().decode(z.read('b.txt'))).toBe('bee');
  });

  test.each([
    ['deflated', false],
    ['stored', true],
  ])('reads %s entries written with a data descriptor (zero sizes in the local header)', (_how, stored) => {
    const bytes = streamed({ 'a.xml': '<a>1</a>', 'b/c.xml': '<c>'.repeat(300) }, stored);
    expect(view(bytes).getUint16(6, true) & 0x8).toBe(0x8);
    expect(view(bytes).getUint32(18, true)).toBe(0);
    const z = openZip(bytes, LIMITS);
    expect(z.names).toEqual(['a.xml', 'b/c.xml']);
    expect(new TextDecoder().decode(z.read('a.xml'))).toBe('<a>1</a>');
    expect(new TextDecoder().decode(z.read('b/c.xml'))).toBe('<c>'.repeat(300));
  });

  test('a read capped below the budget: refused past the cap, naming the cap', () => {
    const z = openZip(zip({ 'x.xml': strToU8('x'.repeat(1000)) }), LIMITS);
    expect(z.read('x.xml', 1000)).toHaveLength(1000);
    const e = failure(() => z.read('x.xml', 999));
    expect([e.code, e.limit]).toEqual(['unpacked-too-large', 999]);
  });

  test('a cap above what is left of the budget: the budget binds and is named', () => {
    const z = openZip(zip({ 'x.xml': strToU8('x'.repeat(600)) }), { maxUnpackedBytes: 1000 });
    z.read('x.xml');
    const e = failure(() => z.read('x.xml', 5000));
    expect([e.code, e.limit]).toEqual(['unpacked-too-large', 1000]);
  });

  test('declared sizes adding up to the limit exactly pass; one byte more does not', () => {
    const bytes = zip({ 'a.bin': new Uint8Array(300), 'b.bin': new Uint8Array(700) });
    expect(openZip(bytes, { maxUnpackedBytes: 1000 }).read('b.bin')).toHaveLength(700);
    expect(failure(() => openZip(bytes, { maxUnpackedBytes: 999 })).code).toBe('unpacked-too-large');
  });

  test('an entry inflating to exactly what is left of the budget reads', () => {
    const liar = patched(zip({ 'a.bin': new Uint8Array(500) }), (v, at) =>
      v.setUint32(at.central + 24, 1, true),
    );
    expect(openZip(liar, { maxUnpackedBytes: 500 }).read('a.bin')).toHaveLength(500);
    expect(failure(() => openZip(liar, { maxUnpackedBytes: 499 }).read('a.bin')).code).toBe(
      'unpacked-too-large',
    );
  });

  test('of two end records, the one whose comment ends the file is used', () => {
    const bytes = zip();
    const { eocd } = layout(bytes);
    // A comment holding a stray end-record signature: the real record's comment ends the file exactly.
    const comment = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(30)]);
    const out = new Uint8Array(bytes.length + comment.length);
    out.set(bytes);
    out.set(comment, bytes.length);
    view(out).setUint16(eocd + 20, comment.length, true);
    expect(openZip(out, LIMITS).names).toEqual(['a/One.xml', 'b.txt']);
  });

  test('a deflated entry of no bytes at all reads as empty (fflate inflates nothing to nothing)', () => {
    const empty = patched(zip(), (v, at) => v.setUint32(at.central + 20, 0, true));
    expect(openZip(empty, LIMITS).read('a/One.xml')).toHaveLength(0);
  });

  test('readZip keeps only the wanted entries', () => {
    const entries = readZip(zip(), LIMITS, (name) => name.endsWith('.xml'));
    expect([...entries.keys()]).toEqual(['a/One.xml']);
  });

  test('a large entry inflates whole across many chunks', () => {
    const text = Array.from({ length: 40000 }, (_, i) => `<r n="${i}"/>`).join('');
    const z = openZip(zip({ 'big.xml': strToU8(text) }), { maxUnpackedBytes: 10 * text.length });
    expect(new TextDecoder().decode(z.read('big.xml'))).toBe(text);
  });

  const bomb = zip({ 'zeros.bin': new Uint8Array(4 * 1024 * 1024) }); // 4 MB of zeros, ~4 KB zipped
  const table: [string, () => unknown, string, number?][] = [
    ['a file cut short (no end record)', () => openZip(zip().subarray(0, 40), LIMITS), 'truncated'],
    [
      'entry data beyond the end of the file',
      () => {
        const b = zip();
        const cut = patched(b, (v, at) => v.setUint32(at.central + 42, b.length - 10, true));
        return openZip(cut, LIMITS).read('a/One.xml');
      },
      'truncated',
    ],
    [
      'a damaged central directory entry',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.central, 0x12345678, true)),
          LIMITS,
        ),
      'corrupt',
    ],
    [
      'an unknown compression method',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint16(at.central + 10, 99, true)),
          LIMITS,
        ).read('a/One.xml'),
      'corrupt',
    ],
    [
      'a bad local header',
      () => {
        const b = zip();
        b[0] = 0;
        return openZip(b, LIMITS).read('a/One.xml');
      },
      'corrupt',
    ],
    [
      'damaged deflate data',
      () => {
        const b = zip({ 'x.xml': strToU8('<x>'.repeat(500)) });
        b.fill(0xff, 30 + 'x.xml'.length, 30 + 'x.xml'.length + 8);
        return openZip(b, LIMITS).read('x.xml');
      },
      'corrupt',
    ],
    [
      'an entry flagged as encrypted',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint16(at.central + 8, 1, true)),
          LIMITS,
        ),
      'encrypted',
    ],
    [
      `more than ${MAX_ZIP_ENTRIES} entries`,
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint16(at.eocd + 10, MAX_ZIP_ENTRIES + 1, true)),
          LIMITS,
        ),
      'corrupt',
    ],
    [
      'deflate data cut where a chunk of the reader ends (the last chunk is still the last)',
      () => {
        // xorshift32: bytes that do not compress, so the deflated entry is longer than two chunks.
        let x = 2463534242;
        const noise = Uint8Array.from({ length: 3 * INFLATE_CHUNK }, () => {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          return x & 0xff;
        });
        const cut = patched(zip({ 'noise.bin': noise }), (v, at) =>
          v.setUint32(at.central + 20, 2 * INFLATE_CHUNK, true),
        );
        return openZip(cut, LIMITS).read('noise.bin');
      },
      'truncated',
    ],
    ['a missing entry', () => openZip(zip(), LIMITS).read('c.xml'), 'corrupt'],
    [
      'a ZIP64 archive (entry count saturated)',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint16(at.eocd + 10, 0xffff, true)),
          LIMITS,
        ),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'a ZIP64 archive (directory size saturated)',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.eocd + 12, 0xffffffff, true)),
          LIMITS,
        ),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'a ZIP64 entry (compressed size saturated)',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.central + 20, 0xffffffff, true)),
          LIMITS,
        ),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'a ZIP64 entry (local offset saturated)',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.central + 42, 0xffffffff, true)),
          LIMITS,
        ),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'the central directory running past the end record',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.eocd + 12, at.eocd - at.central + 1, true)),
          LIMITS,
        ),
      'truncated',
    ],
    [
      'a name running past the end record',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint16(at.central + 28, 0x7fff, true)),
          LIMITS,
        ),
      'corrupt',
    ],
    [
      'a local header flagged as encrypted',
      () => {
        const b = zip();
        view(b).setUint16(6, 1, true);
        return openZip(b, LIMITS).read('a/One.xml');
      },
      'encrypted',
    ],
    [
      'deflate data cut short',
      () => {
        const b = zip({ 'x.xml': strToU8(Array.from({ length: 2000 }, (_, i) => i).join(',')) });
        const liar = patched(b, (v, at) => v.setUint32(at.central + 20, 20, true));
        return openZip(liar, LIMITS).read('x.xml');
      },
      'truncated',
    ],
    [
      'a ZIP64 archive',
      () =>
        openZip(
          patched(zip(), (v, at) => v.setUint32(at.eocd + 16, 0xffffffff, true)),
          LIMITS,
        ),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'a zip bomb declaring its size',
      () => openZip(bomb, LIMITS),
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'a zip bomb lying about its size',
      () => {
        const liar = patched(bomb, (v, at) => v.setUint32(at.central + 24, 100, true));
        return openZip(liar, LIMITS).read('zeros.bin');
      },
      'unpacked-too-large',
      LIMITS.maxUnpackedBytes,
    ],
    [
      'reads that together pass the budget (one size understated)',
      () => {
        const two = zip({ 'a.bin': new Uint8Array(600_000), 'b.bin': new Uint8Array(600_000) });
        const liar = patched(two, (v, at) => v.setUint32(at.central + 24, 1, true));
        const z = openZip(liar, { maxUnpackedBytes: 1_000_000 });
        z.read('a.bin');
        return z.read('b.bin');
      },
      'unpacked-too-large',
      1_000_000,
    ],
  ];
  const cases = table.map(([name, run, code, limit]) => ({ name, run, code, limit }));
  test.each(cases)('$name', ({ run, code, limit }) => {
    const e = failure(run);
    expect(e.code).toBe(code);
    if (limit !== undefined) expect(e.limit).toBe(limit);
  });

  test('an empty archive has no entries', () => {
    expect(openZip(zipSync({}), LIMITS).names).toEqual([]);
  });
});

describe('resolvePartPath', () => {
  it.each([
    ['word/', 'media/image1.png', 'word/media/image1.png'],
    ['word/', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['word/', './numbering.xml', 'word/numbering.xml'],
    ['word/', '/word/styles.xml', 'word/styles.xml'],
    ['', 'word//document.xml', 'word/document.xml'],
    ['word/', '../../x.xml', 'x.xml'],
  ])('from %j, %j is %j', (base, target, path) => expect(resolvePartPath(base, target)).toBe(path));
});
