/**
 * The flat OPC package (`pkg:package`) that Word's `insertOoxml` takes: the package relationship
 * and the main document part, both as inline XML. This is the minimal package of Microsoft's
 * "Create better add-ins for Word with Office Open XML" (learn.microsoft.com/office/dev/add-ins/
 * word/create-better-add-ins-for-word-with-office-open-xml): no styles, numbering or section
 * properties, so inserting it brings in content and its direct formatting and changes nothing
 * else in the document (a w:sectPr would replace the page setup of the section it lands in).
 */

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const PKG_NAMESPACE = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
export const DOCUMENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and return; FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or an attribute value made safe for XML: markup characters escaped, forbidden ones dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A main document part holding these body blocks (paragraphs and tables, already XML). */
export function wordDocument(body: string): string {
  return `<w:document xmlns:w="${W_NAMESPACE}"><w:body>${body}</w:body></w:document>`;
}

/** The flat package around a main document part; the declaration first, as Word writes it. */
export function flatPackage(document: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG_NAMESPACE}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELS_TYPE}" pkg:padding="512"><pkg:xmlData>` +
    `<Relationships xmlns="${RELS_NAMESPACE}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/>` +
    '</Relationships></pkg:xmlData></pkg:part>' +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${DOCUMENT_TYPE}"><pkg:xmlData>` +
    document +
    '</pkg:xmlData></pkg:part></pkg:package>'
  );
}

/** UTF-8 size without building the bytes: what the request to the host carries for this text. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1); // NaN past the end: a lone surrogate
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4; // a surrogate pair is one 4-byte character
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
