/**
 * PDF in the task pane: pdf.js extracts the positioned text runs (its own chunk, loaded on the first
 * PDF; the parsing runs in a Web Worker whose script webpack.config.js copies next to the pane), and
 * src/sources/pdf.ts lays them out exactly as for the CLI. The legacy build: Office's web views
 * (Safari's WKWebView on Mac in particular) lag behind the browsers pdf.js's modern build targets.
 */
import {
  PDF_CMAP_DIR,
  PDF_STANDARD_FONT_DIR,
  readPdfWithPdfjs,
  TEXT_ONLY_OPTIONS,
} from '../sources/pdfjs-glue';
import type { ReadSourceOptions, SourceDocument } from '../sources/types';

/** Where webpack.config.js copies pdf.js's worker (its CMaps and fonts: src/sources/pdfjs-glue.ts). */
export const PDF_WORKER_FILE = 'pdfjs/pdf.worker.min.mjs';

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
export function readPdfInBrowser(bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceDocument> {
  return readPdfWithPdfjs(bytes, options, async () => {
    const lib = await loadPdfJs();
    return (data) =>
      lib.getDocument({
        data,
        ...TEXT_ONLY_OPTIONS,
        cMapUrl: new URL(PDF_CMAP_DIR, document.baseURI).href,
        cMapPacked: true,
        standardFontDataUrl: new URL(PDF_STANDARD_FONT_DIR, document.baseURI).href,
      }).promise;
  });
}
