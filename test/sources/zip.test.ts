import { strToU8, zipSync, type Zippable } from 'fflate';
import { SourceReadError } from '../../src/sources/types';
import { MAX_ZIP_ENTRIES, openZip, readZip } from '../../src/sources/zip';

/** A zip written by fflate (a real writer): one deflated and one stored entry by default. */
function zip(
  files: Zippable = { 'a/One.xml': strToU8('<a>1</a>'), 'b.txt': [strToU8('bee'), { level: 0 }] },
) {
  return zipSync(files);
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
