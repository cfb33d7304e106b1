/**
 * What a file's bytes are, whatever its name says: government staff rename files freely, Word's
 * "web page" saved as .doc is HTML, and systems export "Excel" files that are HTML tables. The
 * readers then take the file by its content, and the extension only breaks ties (zip: Word or Excel).
 */
export type Sniffed =
  | 'empty'
  | 'zip' // an OOXML package (.docx, .xlsx) or another zip
  | 'ole' // a Compound File: Word 97-2003 .doc, Excel .xls, WPS .wps/.et, or encrypted OOXML
  | 'pdf'
  | 'rtf'
  | 'mhtml'
  | 'html'
  | 'other'; // text or anything else: the extension decides

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

/** The first bytes as Latin-1 text, for ASCII signatures (a UTF-16 BOM'd page is left to 'other'). */
function head(bytes: Uint8Array, length: number): string {
  let s = '';
  const n = Math.min(bytes.length, length);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  const text = head(bytes, 2048);
  // %PDF- may follow a little junk (some generators); the PDF spec lets readers look 1024 bytes in.
  const pdf = text.indexOf('%PDF-');
  if (pdf >= 0 && pdf < 1024) return 'pdf';
  const start = text.replace(/^\xef\xbb\xbf/, '').trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  // MHTML: a MIME message, headers first (Chrome writes "From: <Saved by Blink>", Word and IE
  // "MIME-Version: 1.0"), whose body is multipart/related.
  if (/^[\w-]+:/.test(start) && /content-type:\s*multipart\/related/i.test(start)) return 'mhtml';
  if (
    /^<(!doctype\s+html|html|head|body|meta|table|\?xml[^>]*>\s*<html)/i.test(start) ||
    /<html[\s>]/i.test(start.slice(0, 1024))
  )
    return 'html';
  return 'other';
}

/** Encrypted OOXML (a password-protected .docx or .xlsx) is a Compound File with an EncryptionInfo stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, OLE)) return false;
  // Directory entry names are UTF-16LE: "EncryptionInfo" as bytes with a zero after each letter.
  const name = 'EncryptionInfo';
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}
