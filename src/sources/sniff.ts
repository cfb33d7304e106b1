/**
 * What a file's bytes are, whatever its name says: government staff rename files freely, Word's
 * "web page" saved as .doc is HTML, and systems export "Excel" files that are HTML tables. The
 * readers then take the file by its content, and the extension only breaks ties (zip: Word or Excel).
 */
import { EMPTY_ZIP_SIGNATURE, OLE_SIGNATURE, startsWith, ZIP_SIGNATURE } from '../grid/bytes';

export type Sniffed =
  | 'empty'
  | 'zip' // an OOXML package (.docx, .xlsx) or another zip
  | 'ole' // a Compound File: Word 97-2003 .doc, Excel .xls, WPS .wps/.et, or encrypted OOXML
  | 'pdf'
  | 'rtf'
  | 'mhtml'
  | 'html'
  | 'other'; // text or anything else: the extension decides

/** The first bytes as Latin-1 text, for ASCII signatures (a UTF-16 BOM'd page is left to 'other'). */
function head(bytes: Uint8Array, length: number): string {
  let s = '';
  const n = Math.min(bytes.length, length);
  // Stryker disable next-line EqualityOperator: equivalent: one more character, U+0000, past the end of a short file, which no signature below can match
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
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
  if (!startsWith(bytes, OLE_SIGNATURE)) return false;
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
