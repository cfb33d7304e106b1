import { byteOrderMark, OLE_SIGNATURE, startsWith, ZIP_SIGNATURE } from '../../src/grid/bytes';

describe('startsWith', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], ZIP_SIGNATURE, true],
    [[0x50, 0x4b, 0x03, 0x04], ZIP_SIGNATURE, true],
    [[0x50, 0x4b, 0x03], ZIP_SIGNATURE, false],
    [[0x50, 0x4b, 0x03, 0x05], ZIP_SIGNATURE, false],
    [[0x41, 0x4b, 0x03, 0x04], ZIP_SIGNATURE, false],
    [[], ZIP_SIGNATURE, false],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], OLE_SIGNATURE, true],
  ])('%j starts with %j: %p', (bytes, signature, expected) => {
    expect(startsWith(new Uint8Array(bytes), signature)).toBe(expected);
  });
});

describe('byteOrderMark', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], { encoding: 'utf-8', length: 3 }],
    [[0xff, 0xfe, 0x41, 0x00], { encoding: 'utf-16le', length: 2 }],
    [[0xfe, 0xff, 0x00, 0x41], { encoding: 'utf-16be', length: 2 }],
    // 政 (E6 94 BF) and 仿 (E4 BB BF) share a UTF-8 BOM's last bytes; near misses of each mark.
    [[0xe6, 0x94, 0xbf], undefined],
    [[0xe4, 0xbb, 0xbf], undefined],
    [[0xef, 0xbb, 0x41], undefined],
    [[0xef, 0xbb], undefined],
    [[0xff, 0x41], undefined],
    [[0xfe, 0x41], undefined],
    [[], undefined],
  ])('%j: %p', (bytes, expected) => {
    expect(byteOrderMark(new Uint8Array(bytes))).toEqual(expected);
  });
});
