import { isEncryptedOoxml, sniffBytes, type Sniffed } from '../../src/sources/sniff';

const bytes = (text: string) => new TextEncoder().encode(text);
const ole = (tail: Uint8Array = new Uint8Array(64)) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...tail]);
const utf16 = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));

describe('sniffBytes: the content decides, whatever the name', () => {
  test.each<{ name: string; input: Uint8Array; kind: Sniffed }>([
    { name: 'nothing', input: new Uint8Array(), kind: 'empty' },
    { name: 'a zip (.docx / .xlsx)', input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), kind: 'zip' },
    { name: 'an empty zip', input: new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0]), kind: 'zip' },
    { name: 'a Compound File (.doc / .xls / .wps / .et)', input: ole(), kind: 'ole' },
    { name: 'a PDF', input: bytes('%PDF-1.7\n%âãÏÓ\n'), kind: 'pdf' },
    { name: 'a PDF after a little junk', input: bytes(`${' '.repeat(300)}%PDF-1.4`), kind: 'pdf' },
    { name: '%PDF- starting at byte 1023: a PDF', input: bytes(`${'x'.repeat(1023)}%PDF-1.4`), kind: 'pdf' },
    {
      name: '%PDF- starting at byte 1024: too far in',
      input: bytes(`${'x'.repeat(1024)}%PDF-1.4`),
      kind: 'other',
    },
    { name: 'RTF (Word "rich text" saved as .doc)', input: bytes('{\\rtf1\\ansi'), kind: 'rtf' },
    {
      name: 'MHTML saved by Chromium',
      input: bytes(
        'From: <Saved by Blink>\r\nSnapshot-Content-Location: http://x/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----x"\r\n\r\n',
      ),
      kind: 'mhtml',
    },
    {
      name: 'MHTML saved by Word / IE',
      input: bytes('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart"\n\n'),
      kind: 'mhtml',
    },
    {
      name: 'MHTML with no space after the colon',
      input: bytes('MIME-Version: 1.0\nContent-Type:multipart/related; boundary="b"\n\n'),
      kind: 'mhtml',
    },
    {
      name: 'a page that quotes a MIME header is HTML, not MHTML',
      input: bytes('<p>Content-Type: multipart/related</p><html>'),
      kind: 'html',
    },
    {
      name: 'RTF after a UTF-8 byte order mark and spaces',
      input: bytes('\ufeff  {\\rtf1\\ansi'),
      kind: 'rtf',
    },
    { name: 'a byte order mark after a space is none', input: bytes(' \ufeff{\\rtf1'), kind: 'other' },
    {
      name: 'multipart/related past the first 2,048 bytes is not MHTML',
      input: bytes(`Note: saved pages\n${'x'.repeat(2048)}\nContent-Type: multipart/related;\n`),
      kind: 'other',
    },
    {
      name: 'a mail without multipart/related is not MHTML',
      input: bytes('From: a\nSubject: b\n\nhi'),
      kind: 'other',
    },
    { name: 'HTML with a doctype', input: bytes('\ufeff  <!DOCTYPE html><html>'), kind: 'html' },
    {
      name: 'an <html …> tag after a comment',
      input: bytes('<!-- saved -->\n<html lang="zh">'),
      kind: 'html',
    },
    {
      name: 'a doctype with two spaces, no <html> tag',
      input: bytes('<!DOCTYPE  html>\n<title>t</title>'),
      kind: 'html',
    },
    {
      name: 'Word "web page" saved as .doc',
      input: bytes('<html xmlns:o="urn:schemas-microsoft-com:office:office">'),
      kind: 'html',
    },
    {
      name: 'an HTML table exported as "xls"',
      input: bytes('<table border=1><tr><td>1</td></tr></table>'),
      kind: 'html',
    },
    {
      name: 'XHTML with an XML declaration',
      input: bytes('<?xml version="1.0"?>\n<html xmlns="x">'),
      kind: 'html',
    },
    { name: 'tab-separated text', input: bytes('信息内容\t本年制发件数\n'), kind: 'other' },
    { name: 'text mentioning <html> later on', input: bytes(`${'a'.repeat(1500)}<html>`), kind: 'other' },
  ])('$name → $kind', ({ input, kind }) => {
    expect(sniffBytes(input)).toBe(kind);
  });
});

describe('isEncryptedOoxml', () => {
  test('a Compound File with an EncryptionInfo stream (a password-protected .docx/.xlsx)', () => {
    expect(
      isEncryptedOoxml(ole(new Uint8Array([...new Uint8Array(40), ...utf16('EncryptionInfo'), 0, 0]))),
    ).toBe(true);
  });
  test.each([
    ['an old .doc (WordDocument stream only)', ole(utf16('WordDocument'))],
    ['the name in one-byte text is not a directory entry', ole(bytes('EncryptionInfo'))],
    ['a cut-off name', ole(utf16('EncryptionInf'))],
    ['not a Compound File at all', utf16('EncryptionInfo')],
  ])('%s → no', (_name, input) => {
    expect(isEncryptedOoxml(input)).toBe(false);
  });
});
