/**
 * What the first bytes of a file say about it: the signatures the readers tell formats apart by, and
 * the byte order mark a text or page may start with. One place, for the text, page, .docx and .xlsx
 * readers alike.
 */

/** A zip archive's local file header (`PK\x03\x04`): .xlsx and .docx. */
export const ZIP_SIGNATURE: readonly number[] = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive (its end-of-central-directory record first). */
export const EMPTY_ZIP_SIGNATURE: readonly number[] = [0x50, 0x4b, 0x05, 0x06];
/** An OLE compound file: .doc, .xls, or a password-protected .docx/.xlsx. */
export const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A PDF file's header (`%PDF-`), when it comes first. */
export const PDF_SIGNATURE: readonly number[] = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Whether `bytes` begin with `signature`; a shorter file does not (its missing bytes read as undefined). */
export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BYTE_ORDER_MARKS: readonly { encoding: BomEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The byte order mark `bytes` start with: its encoding and its length; undefined when there is none. */
export function byteOrderMark(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  const bom = BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  return bom && { encoding: bom.encoding, length: bom.bytes.length };
}
