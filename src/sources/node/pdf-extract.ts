/**
 * Node-side PDF text extraction with pdfjs-dist. pdfjs is ESM only and Jest cannot load ESM, so it
 * runs in a worker thread (plain Node, outside any module loader of the caller). The thread is kept
 * for the next PDF: starting one and compiling pdf.js costs several times the extraction itself.
 * It also fences off a hostile PDF: on a timeout it is terminated, and the next PDF gets a new one.
 */
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { pdfPagesToDocument, type PdfPage } from '../pdf';
import { pdfjsError, pdfjsErrorOf, pdfjsPage, type PdfJsTextItem, type PdfJsViewport } from '../pdfjs-glue';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from '../types';

export interface ExtractPdfOptions {
  /**
   * Wall time for the extraction; the worker is terminated and the read fails as 'corrupt' with a
   * 'timeout' detail. Unset: no own timeout (the batch's per-file timeout still applies).
   */
  timeoutMs?: number;
}

/** A page as the worker posts it: pdf.js's viewport and text items, mapped by src/sources/pdfjs-glue. */
interface RawPage {
  viewport: PdfJsViewport;
  items: PdfJsTextItem[];
}

/** What the worker posts back. */
type WorkerReply = { id: number } & (
  { ok: true; pages: RawPage[] } | { ok: false; name: string; message: string }
);

/**
 * The worker's source (run with `eval: true`, so it cannot import the TypeScript glue: it posts
 * pdf.js's raw items). `cMapUrl` and `standardFontDataUrl` are directories of pdfjs-dist: CJK PDFs
 * with non-embedded CID fonts and predefined CMaps (UniGB-UCS2-H, GBK-EUC-H…) give no text without
 * the CMaps.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let pdfjs;
async function extract(bytes) {
  pdfjs ??= await import(workerData.pdfUrl);
  pdfjs.GlobalWorkerOptions.workerSrc = workerData.workerUrl;
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: workerData.cMapDir,
    cMapPacked: true,
    standardFontDataUrl: workerData.standardFontDir,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height, transform } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => typeof item.str === 'string')
        .map(({ str, transform, width, height }) => ({ str, transform, width, height }));
      pages.push({ viewport: { width, height, transform }, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
parentPort.on('message', async ({ id, bytes }) => {
  try {
    parentPort.postMessage({ id, ok: true, pages: await extract(bytes) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, name: (e && e.name) || 'Error', message: String((e && e.message) || e) });
  }
});
`;

/**
 * A data directory of pdfjs-dist as pdf.js wants it in Node: a file-system path (it reads it with
 * fs.readFile, which takes no `file:` URL string) ending in `/` (it refuses any other ending; Windows
 * takes `/` as a separator too).
 */
function pdfjsDataDir(name: 'cmaps' | 'standard_fonts'): string {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return join(root, name).split(sep).join('/') + '/';
}

/** One request to the pdf.js thread. */
interface Request {
  id: number;
  bytes: Uint8Array;
  timeoutMs?: number;
  resolve(pages: PdfPage[]): void;
  reject(error: SourceReadError): void;
}

/**
 * The pdf.js thread and its queue: one PDF at a time, so a timeout stops exactly the PDF that ran
 * too long. The thread is unref'd while idle, so it never keeps the process alive.
 */
class PdfThread {
  private worker: Worker | undefined;
  private readonly queue: Request[] = [];
  private current: { request: Request; timer?: NodeJS.Timeout } | undefined;
  private nextId = 1;

  extract(bytes: Uint8Array, timeoutMs?: number): Promise<PdfPage[]> {
    return new Promise((resolve, reject) => {
      // Stryker disable next-line UpdateOperator: equivalent: counting down, the ids are as unique
      this.queue.push({ id: this.nextId++, bytes, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        pdfUrl: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href,
        workerUrl: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href,
        cMapDir: pdfjsDataDir('cmaps'),
        standardFontDir: pdfjsDataDir('standard_fonts'),
      },
    });
    worker.on('message', (reply: WorkerReply) => {
      const request = this.current?.request;
      if (!request || reply.id !== request.id) return; // a late reply to a request already settled
      this.settle(() =>
        reply.ok
          ? request.resolve(reply.pages.map((p) => pdfjsPage(p.viewport, p.items)))
          : request.reject(pdfjsError(reply.name, reply.message, request.bytes)),
      );
    });
    worker.on('error', (e) => this.fail(worker, (r) => pdfjsErrorOf(e, r.bytes)));
    worker.on('exit', (code) =>
      this.fail(worker, () => new SourceReadError('corrupt', `the PDF reader stopped (exit code ${code})`)),
    );
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const request = this.queue.shift() as Request;
    const worker = (this.worker ??= this.start());
    worker.ref(); // a PDF in flight keeps the process alive until its answer
    this.current = { request };
    if (request.timeoutMs !== undefined)
      this.current.timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        this.settle(() =>
          request.reject(new SourceReadError('corrupt', `timeout: no text after ${request.timeoutMs} ms`)),
        );
      }, request.timeoutMs);
    // A copy, transferred: pdf.js detaches the buffer it is given, and the caller keeps its bytes.
    // (Not `bytes.slice()`: on a Node Buffer that is a view, not a copy.)
    const copy = new Uint8Array(request.bytes);
    // Stryker disable next-line ArrayDeclaration: equivalent: cloned instead of transferred, the thread gets the same bytes
    worker.postMessage({ id: request.id, bytes: copy }, [copy.buffer]);
  }

  private settle(done: () => void): void {
    if (this.current?.timer) clearTimeout(this.current.timer);
    this.current = undefined;
    done();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: untestable here: only a process that does not exit shows a thread left ref'd (the CLI's end-to-end runs exit); unref'd with work queued, pump refs it again
    if (this.queue.length === 0) this.worker?.unref();
    this.pump();
  }

  /** The thread died (not by our timeout): the PDF in flight fails, the next one gets a new thread. */
  private fail(worker: Worker, error: (request: Request) => SourceReadError): void {
    if (this.worker !== worker) return; // an old thread, already replaced
    this.worker = undefined;
    const request = this.current?.request;
    if (request) this.settle(() => request.reject(error(request)));
  }
}

const thread = new PdfThread();

/** The text runs of every page, in page order. Throws SourceReadError for unreadable PDFs. */
export function extractPdfPages(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<PdfPage[]> {
  return thread.extract(bytes, options.timeoutMs);
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
