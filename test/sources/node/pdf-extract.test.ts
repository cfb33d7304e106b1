/**
 * PDF extraction in a worker (pdfjs-dist): coordinates of a hand-written PDF, and the error codes
 * for an encrypted PDF (LibreOffice's export with a password), truncated and garbage bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Document, Packer, Paragraph } from 'docx';
import { extractPdfPages, readPdf } from '../../../src/sources/node/pdf-extract';
import type { ReadSourceOptions } from '../../../src/sources/types';
import { cidFontPdf, minimalPdf } from '../../support/report-pdf';
import { convert, findSoffice } from '../../template/soffice';

jest.setTimeout(120_000);
const OPTIONS: ReadSourceOptions = { sheet: 's', limits: { maxUnpackedBytes: 1e9, maxCellsPerSheet: 1e6 } };

describe('extractPdfPages', () => {
  test('runs come back top-down: x from the left edge, y the baseline from the top edge', async () => {
    const pages = await extractPdfPages(minimalPdf('Total 42', 72, 700, 12));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ width: 595, height: 842 });
    const [run] = pages[0].runs;
    expect(run.text).toBe('Total 42');
    expect(run.x).toBeCloseTo(72);
    expect(run.y).toBeCloseTo(842 - 700);
    expect(run.height).toBeCloseTo(12);
    expect(run.width).toBeGreaterThan(30);
  });

  test('a page turned by /Rotate 90: runs in the turned page, which is landscape', async () => {
    const pages = await extractPdfPages(minimalPdf('Total 42', 72, 700, 12, 90));
    expect(pages[0]).toMatchObject({ width: 842, height: 595 });
    // Turned clockwise: the portrait page's top edge is now the right edge, its left edge the top.
    const [run] = pages[0].runs;
    expect([run.x, run.y, run.height]).toEqual([700, 72, 12]);
  });

  test('the caller keeps its bytes (the worker gets a copy)', async () => {
    const bytes = minimalPdf('x', 10, 10, 10);
    await extractPdfPages(bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  test('several PDFs at once are queued on the one thread, each gets its own text', async () => {
    const texts = ['one 1', 'two 2', 'three 3'];
    const pages = await Promise.all(texts.map((t) => extractPdfPages(minimalPdf(t, 72, 700, 12))));
    expect(pages.map((p) => p[0].runs.map((r) => r.text).join(' '))).toEqual(texts);
  });

  test('a non-embedded CID font with a predefined CMap (UniGB-UCS2-H, STSong-Light) gives its text', async () => {
    // Without pdf.js's CMap files (no cMapUrl) the text was lost: pdf.js could not turn the codes
    // into CIDs, every item came back blank and the page had no runs at all (`runs: []`).
    // A copy of the module of its own starts a pdf.js thread in this test: the thread gets the CMap
    // directory when it starts, and mutation testing credits only the tests that run that code.
    let pages: Awaited<ReturnType<typeof extractPdfPages>> = [];
    await jest.isolateModulesAsync(async () => {
      const own = await import('../../../src/sources/node/pdf-extract');
      pages = await own.extractPdfPages(cidFontPdf('本年新收 12', 72, 700, 12));
    });
    // pdf.js splits the item at the space; the CIDs' default width (1000/1000 em) places "12".
    expect(pages[0].runs.map((r) => [r.text, r.x, r.y, r.height])).toEqual([
      ['本年新收', 72, 842 - 700, 12],
      ['12', 72 + 5 * 12, 842 - 700, 12],
    ]);
  });

  const valid = minimalPdf('Total 42', 72, 700, 12);
  test.each([
    [
      'garbage bytes',
      'wrong-format',
      new TextEncoder().encode('this is not a PDF at all, just text'.repeat(20)),
    ],
    ['a PDF cut in the middle', 'truncated', valid.subarray(0, Math.floor(valid.length / 2))],
    ['a PDF whose objects are damaged', 'corrupt', damaged(valid)],
  ])('%s → %s', async (_name, code, bytes) => {
    await expect(readPdf(bytes, OPTIONS)).rejects.toMatchObject({ name: 'SourceReadError', code });
  });

  test('no bytes → empty', async () => {
    await expect(readPdf(new Uint8Array(0), OPTIONS)).rejects.toMatchObject({
      code: 'empty',
      detail: 'the file is empty',
    });
  });

  test('a timeout ends the worker and fails the read; the next PDF gets a new thread', async () => {
    // Text long enough that pdf.js takes far longer than the 1 ms allowed: a warm thread could read
    // the eight characters of `valid` before the timer fires (it once did, on a busy machine).
    const slow = minimalPdf('Total 42 '.repeat(20_000), 72, 700, 12);
    await expect(extractPdfPages(slow, { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'corrupt',
      detail: 'timeout: no text after 1 ms',
    });
    // readPdf hands its own timeout on.
    await expect(readPdf(slow, { ...OPTIONS, timeoutMs: 2 })).rejects.toMatchObject({
      detail: 'timeout: no text after 2 ms',
    });
    const [page] = await extractPdfPages(minimalPdf('after 7', 72, 700, 12), { timeoutMs: 30_000 });
    expect(page.runs.map((r) => r.text).join(' ')).toBe('after 7');
  });
});

describe('a pdf.js thread that dies with a PDF in flight', () => {
  /**
   * Loads its own copy of the module with Node's Worker wrapped only to keep a handle on each
   * thread the module starts (the threads themselves are real).
   */
  async function withKeptThreads(
    body: (own: typeof import('../../../src/sources/node/pdf-extract'), threads: Worker[]) => Promise<void>,
  ): Promise<void> {
    const threads: Worker[] = [];
    class KeptWorker extends Worker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        threads.push(this);
      }
    }
    try {
      await jest.isolateModulesAsync(async () => {
        jest.doMock('node:worker_threads', () => ({
          ...jest.requireActual<object>('node:worker_threads'),
          Worker: KeptWorker,
        }));
        await body(await import('../../../src/sources/node/pdf-extract'), threads);
      });
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
  }

  test('an uncaught error in the thread fails that PDF with the error; its late answer is ignored', async () => {
    // Node emits 'error' when a thread throws an uncaught exception, then ends it (nodejs.org/api/
    // worker_threads.html, Event: 'error'). No PDF is known to make pdf.js throw outside its
    // promises, so the event is emitted on the real thread, which goes on reading meanwhile.
    await withKeptThreads(async (own, threads) => {
      const first = own.extractPdfPages(minimalPdf('Total 42', 72, 700, 12));
      const second = own.extractPdfPages(minimalPdf('after 7', 72, 700, 12));
      threads[0].emit('error', Object.assign(new Error('bad XRef entry'), { name: 'UnknownErrorException' }));
      await expect(first).rejects.toMatchObject({
        name: 'SourceReadError',
        code: 'corrupt',
        detail: expect.stringContaining('bad XRef entry'),
      });
      // The second PDF went to a new thread; the first thread's answer to the first PDF changes nothing.
      const [page] = await second;
      expect(page.runs.map((r) => r.text)).toEqual(['after 7']);
      expect(threads).toHaveLength(2);
    });
  });

  test('an answer that belongs to no PDF in flight is ignored', async () => {
    await withKeptThreads(async (own, threads) => {
      const reading = own.extractPdfPages(minimalPdf('Total 42', 72, 700, 12));
      // What a thread ended by a timeout may still send: an answer to a request already settled.
      threads[0].emit('message', { id: -1, ok: true, pages: [] });
      const [page] = await reading;
      expect(page.runs.map((r) => r.text).join(' ')).toBe('Total 42');
      // And one that comes when nothing is in flight.
      expect(threads[0].emit('message', { id: -1, ok: true, pages: [] })).toBe(true);
      const [next] = await own.extractPdfPages(minimalPdf('after 7', 72, 700, 12));
      expect(next.runs.map((r) => r.text)).toEqual(['after 7']);
    });
  });

  test('fails that PDF as corrupt, saying so; the next PDF gets a new thread', async () => {
    // The real thread, ended from outside while it reads (as a crash or the system would end it).
    await withKeptThreads(async (own, threads) => {
      const reading = own.extractPdfPages(minimalPdf('Total 42', 72, 700, 12));
      expect(threads).toHaveLength(1);
      await threads[0].terminate();
      await expect(reading).rejects.toMatchObject({
        name: 'SourceReadError',
        code: 'corrupt',
        detail: expect.stringMatching(/^the PDF reader stopped \(exit code \d+\)$/),
      });
      const [page] = await own.extractPdfPages(minimalPdf('after 7', 72, 700, 12));
      expect(page.runs.map((r) => r.text)).toEqual(['after 7']);
      expect(threads).toHaveLength(2);
    });
  });
});

/** The PDF with its header kept and everything after the first object overwritten. */
function damaged(pdf: Uint8Array): Uint8Array {
  const out = pdf.slice();
  for (let i = 20; i < out.length - 10; i++) out[i] = 0x41;
  return out;
}

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the encrypted PDF test.');
(soffice ? describe : describe.skip)('a password-protected PDF made by LibreOffice', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-extract-'));
    const doc = new Document({ sections: [{ children: [new Paragraph('机密文件')] }] });
    writeFileSync(join(dir, 'secret.docx'), new Uint8Array(await Packer.toBuffer(doc)));
    const filter =
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' +
      '"DocumentOpenPassword":{"type":"string","value":"x"}}';
    convert(soffice as string, filter, dir, [join(dir, 'secret.docx')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('→ encrypted', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'secret.pdf')));
    await expect(readPdf(bytes, OPTIONS)).rejects.toMatchObject({ code: 'encrypted' });
  });
});
