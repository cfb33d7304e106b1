/**
 * PDF in the task pane: pdf.js extracts the positioned text runs (its own chunk, loaded on the first
 * PDF; the parsing runs in a Web Worker whose script webpack.config.js copies next to the pane), and
 * src/sources/pdf.ts lays them out exactly as for the CLI. The legacy build: Office's web views
 * (Safari's WKWebView on Mac in particular) lag behind the browsers pdf.js's modern build targets.
 */
import { pdfPagesToDocument, type PdfPage } from '../sources/pdf';
import { isPdfjsSetupFailure, pdfjsErrorOf, pdfjsPages } from '../sources/pdfjs-glue';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from '../sources/types';

/** Where webpack.config.js copies the worker and the CMaps (CJK PDFs with predefined encodings need them). */
export const PDF_WORKER_FILE = 'pdfjs/pdf.worker.min.mjs';
export const PDF_CMAP_DIR = 'pdfjs/cmaps/';
export const PDF_STANDARD_FONT_DIR = 'pdfjs/standard_fonts/';

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
    // A worker that could not load is the page's problem, not the file's: it surfaces as `failed`.
    if (isPdfjsSetupFailure(e)) throw e instanceof Error ? e : new Error(String(e));
    throw pdfjsErrorOf(e, bytes);
  }
  return pdfPagesToDocument(pages, options);
}

/** Every page's text runs, in the top-down space of PdfPage (src/sources/pdfjs-glue maps them). */
async function extractPages(lib: PdfJs, bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await lib.getDocument({
    // A copy (not `slice()`, a view on a Node Buffer): pdf.js detaches the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: new URL(PDF_CMAP_DIR, document.baseURI).href,
    cMapPacked: true,
    standardFontDataUrl: new URL(PDF_STANDARD_FONT_DIR, document.baseURI).href,
    verbosity: 0,
  }).promise;
  return pdfjsPages(doc);
}
