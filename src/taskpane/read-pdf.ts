/**
 * PDF in the task pane: pdf.js extracts the positioned text runs (its own chunk, loaded on the first
 * PDF; the parsing runs in a Web Worker whose script webpack.config.js copies next to the pane), and
 * src/sources/pdf.ts lays them out exactly as for the CLI. The legacy build: Office's web views
 * (Safari's WKWebView on Mac in particular) lag behind the browsers pdf.js's modern build targets.
 */
import { pdfPagesToDocument, type PdfPage, type PdfTextRun } from '../sources/pdf';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from '../sources/types';

/** Where webpack.config.js copies the worker and the CMaps (CJK PDFs with predefined encodings need them). */
export const PDF_WORKER_FILE = 'pdfjs/pdf.worker.min.mjs';
export const PDF_CMAP_DIR = 'pdfjs/cmaps/';

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  return (pdfjs ??= import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs').then(
    (lib: PdfJs) => {
      lib.GlobalWorkerOptions.workerSrc = new URL(PDF_WORKER_FILE, document.baseURI).href;
      return lib;
    },
  ));
}

/** Reads a PDF in the browser. Throws SourceReadError for a damaged, encrypted or scanned PDF. */
export async function readPdfInBrowser(
  bytes: Uint8Array,
  options: ReadSourceOptions,
): Promise<SourceDocument> {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  const lib = await loadPdfJs();
  let pages: PdfPage[];
  try {
    pages = await extractPages(lib, bytes);
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    throw pdfError(
      typeof name === 'string' ? name : 'Error',
      e instanceof Error ? e.message : String(e),
      bytes,
    );
  }
  return pdfPagesToDocument(pages, options);
}

/** Every page's text runs in the top-down space of PdfPage, through the page's viewport. */
async function extractPages(lib: PdfJs, bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await lib.getDocument({
    data: bytes.slice(), // pdf.js detaches the buffer it is given; the caller keeps its bytes
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: new URL(PDF_CMAP_DIR, document.baseURI).href,
    cMapPacked: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const t = lib.Util.transform(viewport.transform, item.transform) as number[];
        runs.push({
          text: item.str,
          x: t[4],
          y: t[5],
          width: item.width,
          height: Math.hypot(t[2], t[3]) || item.height,
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

const LATIN1 = new TextDecoder('latin1');

/** pdf.js's failure as the readers' error codes (the CLI's pdf-extract maps them the same way). */
function pdfError(name: string, message: string, bytes: Uint8Array): SourceReadError {
  const detail = `${name}: ${message}`;
  if (name === 'PasswordException') return new SourceReadError('encrypted', detail);
  if (!LATIN1.decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    return new SourceReadError('wrong-format', `not a PDF (${detail})`);
  if (!LATIN1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF'))
    return new SourceReadError('truncated', `no %%EOF at the end (${detail})`);
  return new SourceReadError('corrupt', detail);
}
