/**
 * Node-side PDF text extraction with pdfjs-dist. pdfjs is ESM only and Jest cannot load ESM, so it
 * runs in a worker thread (plain Node, outside any module loader of the caller); the worker also
 * fences off a hostile PDF: it is terminated when it runs too long.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { pdfPagesToDocument, type PdfPage } from '../sources/pdf';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from '../sources/types';

export interface ExtractPdfOptions {
  /**
   * Wall time for the extraction; the worker is terminated and the read fails as 'corrupt' with a
   * 'timeout' detail. Unset: no own timeout (the batch's per-file timeout still applies).
   */
  timeoutMs?: number;
}

/** What the worker posts back. */
type WorkerReply = { ok: true; pages: PdfPage[] } | { ok: false; name: string; message: string };

/**
 * The worker's source (run with `eval: true`). Coordinates go through the page's viewport, so the
 * runs are in the top-down space of `PdfPage` whatever the page's origin or rotation.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const pdfjs = await import(workerData.pdfUrl);
    pdfjs.GlobalWorkerOptions.workerSrc = workerData.workerUrl;
    const doc = await pdfjs.getDocument({
      data: workerData.bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        const t = pdfjs.Util.transform(viewport.transform, item.transform);
        const height = Math.hypot(t[2], t[3]) || item.height;
        runs.push({ text: item.str, x: t[4], y: t[5], width: item.width, height });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    await doc.destroy();
    parentPort.postMessage({ ok: true, pages });
  } catch (e) {
    parentPort.postMessage({ ok: false, name: (e && e.name) || 'Error', message: String((e && e.message) || e) });
  }
})();
`;

/** The text runs of every page, in page order. Throws SourceReadError for unreadable PDFs. */
export function extractPdfPages(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<PdfPage[]> {
  const pdfPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const workerPath = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // A copy: pdfjs detaches the buffer it is given, and the caller keeps its bytes.
  const copy = bytes.slice();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      bytes: copy,
      pdfUrl: pathToFileURL(pdfPath).href,
      workerUrl: pathToFileURL(workerPath).href,
    },
    transferList: [copy.buffer],
  });
  return new Promise<PdfPage[]>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void) => {
      if (timer) clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    if (options.timeoutMs !== undefined)
      timer = setTimeout(
        () =>
          finish(() =>
            reject(new SourceReadError('corrupt', `timeout: no text after ${options.timeoutMs} ms`)),
          ),
        options.timeoutMs,
      );
    worker.once('message', (reply: WorkerReply) =>
      finish(() => (reply.ok ? resolve(reply.pages) : reject(pdfjsError(reply.name, reply.message, bytes)))),
    );
    worker.once('error', (e) => finish(() => reject(pdfjsError(e.name, e.message, bytes))));
    worker.once('exit', (code) =>
      finish(() => reject(new SourceReadError('corrupt', `the PDF reader stopped (exit code ${code})`))),
    );
  });
}

/** Maps a pdfjs failure to the readers' error codes. */
export function pdfjsError(name: string, message: string, bytes: Uint8Array): SourceReadError {
  const detail = `${name}: ${message}`;
  if (name === 'PasswordException') return new SourceReadError('encrypted', detail);
  if (!startsWithPdfHeader(bytes)) return new SourceReadError('wrong-format', `not a PDF (${detail})`);
  if (!hasEofMarker(bytes)) return new SourceReadError('truncated', `no %%EOF at the end (${detail})`);
  return new SourceReadError('corrupt', detail);
}

const ASCII = new TextDecoder('latin1');

/** `%PDF-` within the first KB, where readers look for it. */
function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return ASCII.decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A complete PDF ends with `%%EOF` (plus a line break or a little padding). */
function hasEofMarker(bytes: Uint8Array): boolean {
  return ASCII.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

/** Reads a PDF into the engine's grid: extraction in a worker, then the layout of src/sources/pdf. */
export async function readPdf(
  bytes: Uint8Array,
  options: ReadSourceOptions & ExtractPdfOptions,
): Promise<SourceDocument> {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  const pages = await extractPdfPages(bytes, { timeoutMs: options.timeoutMs });
  return pdfPagesToDocument(pages, options);
}
