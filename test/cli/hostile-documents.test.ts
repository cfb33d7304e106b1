/**
 * Broken and hostile documents through the CLI: each ends as an `unreadable` file with a message
 * that says what is wrong and what to do, exit 2, no annotated copy written, the input unchanged,
 * and the batch goes on (the good file after it is still checked).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { JsonOutput } from '../../src/report/present-json';
import { seedReportDocx } from '../support/docx-report';
import { Document, Packer, Paragraph } from 'docx';
import { minimalPdf } from '../support/report-pdf';
import { convert, findSoffice } from '../template/soffice';
import { encryptedWorkbook, zip } from './hostile-files';
import { FIXTURE, run, tempDir, type TempDir } from './helpers';

jest.setTimeout(60_000);
const MB = 1024 * 1024;

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the password-protected PDF.');

let dir: TempDir;
let docx: Uint8Array;
/** A PDF LibreOffice exported with an open password, or null without LibreOffice. */
let lockedPdf: Uint8Array | null = null;
beforeAll(async () => {
  dir = tempDir();
  docx = await seedReportDocx();
  if (soffice) {
    const doc = new Document({ sections: [{ children: [new Paragraph('机密文件')] }] });
    const source = dir.write('src/secret.docx', new Uint8Array(await Packer.toBuffer(doc)));
    const filter =
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' +
      '"DocumentOpenPassword":{"type":"string","value":"x"}}';
    convert(soffice, filter, dir.path('src'), [source]);
    lockedPdf = new Uint8Array(readFileSync(dir.path('src/secret.pdf')));
  }
});
afterAll(() => dir.remove());

const pdf = minimalPdf('Total 42', 72, 700, 12);
// A password-protected .docx is the same Compound File as a protected .xlsx (EncryptionInfo + EncryptedPackage).
const encrypted = encryptedWorkbook();

test.each<{ name: string; bytes: () => Uint8Array | string; message: RegExp; options?: string[] }>([
  {
    name: 'cut.docx',
    bytes: () => docx.subarray(0, Math.floor(docx.length / 2)),
    message: /Word 文档不完整/,
  },
  { name: 'locked.docx', bytes: () => encrypted, message: /Word 文档设置了打开密码/ },
  {
    name: 'bomb.docx',
    bytes: () => zip([{ name: 'word/document.xml', content: Buffer.alloc(3 * MB, 0x20), declaredSize: 10 }]),
    message: /Word 文档解压后超过 1 MB（可能是“压缩炸弹”）/,
    options: ['--max-unpacked-size', '1MB'],
  },
  {
    name: 'workbook.docx',
    bytes: () => zip([{ name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') }]),
    message: /^文件内容不是 Word 文档（扩展名与内容不符，或文件已损坏）：请在 Word 或 WPS 文字中打开/,
  },
  {
    name: 'bad-xml.docx',
    bytes: () => zip([{ name: 'word/document.xml', content: Buffer.from('<w:document><w:body><w:p>') }]),
    message: /Word 文档已损坏/,
  },
  { name: 'cut.pdf', bytes: () => pdf.subarray(0, Math.floor(pdf.length / 2)), message: /PDF 文件不完整/ },
  { name: 'garbage.pdf', bytes: () => '%PDF-1.4\n garbage garbage', message: /PDF/ },
  // A page with nothing but a blank run: what a scan without OCR gives a text extractor.
  {
    name: 'scan.pdf',
    bytes: () => minimalPdf(' ', 72, 700, 12),
    message: /PDF 没有文字层（是扫描件或图片）/,
  },
  ...(soffice
    ? [{ name: 'locked.pdf', bytes: () => lockedPdf as Uint8Array, message: /PDF 设置了打开密码/ }]
    : []),
  { name: 'empty.html', bytes: () => '', message: /文件为空/ },
  { name: 'binary.htm', bytes: () => new Uint8Array([0, 1, 2, 3, 0, 255]), message: /不是网页/ },
])(
  '$name: unreadable with a clear message, exit 2, nothing written',
  async ({ name, bytes, message, options }) => {
    const path = dir.write(`in/${name}`, bytes());
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    const marked = dir.path(`marked-${name}`);
    const r = await run('check', path, FIXTURE, '-f', 'json', '--annotate', marked, ...(options ?? []));
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.files[0]).toMatchObject({ status: 'unreadable', error: expect.stringMatching(message) });
    expect(out.files[1].status).toBe('valid');
    // Only the good file's copy is written; nothing for the unreadable one.
    expect(existsSync(marked) ? readdirSync(marked) : []).toEqual(['zhengzhou-zwfwb-2021.checked.xlsx']);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(hash);
  },
);
