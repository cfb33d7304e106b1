/**
 * PDF inside the page's checking worker. The worker is made from a blob (a page opened from
 * file:// may not start workers from files, nor load scripts into them), so pdf.js cannot start
 * its own worker either: its parser is bundled here and pdf.js runs it in this thread, which it
 * does when `globalThis.pdfjsWorker` holds the parser (pdf.js api.js, PDFWorker's main-thread
 * fallback). This thread is already off the page's main thread.
 */
import {
  PDF_CMAP_DIR,
  PDF_STANDARD_FONT_DIR,
  readPdfWithPdfjs,
  TEXT_ONLY_OPTIONS,
} from '../../sources/pdfjs-glue';
import type { ReadSourceOptions, SourceDocument } from '../../sources/types';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js and its parser, evaluated on the first PDF only (webpack keeps the modules in this one
 * script). The parser, once evaluated in a worker, also answers pdf.js's own protocol on this
 * worker's port and says "ready" to the page: the pool ignores messages that are not its own.
 */
function loadPdfJs(): Promise<PdfJs> {
  return (loading ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then(async (parser) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
  }));
}

/** Where the page is: CMaps and standard font data are fetched from beside it (served pages only). */
let base = '';

export function setPdfBase(url: string): void {
  base = url;
}

export function readPdfInWorker(bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceDocument> {
  return readPdfWithPdfjs(bytes, options, async () => {
    const pdfjs = await loadPdfJs();
    const served = base.startsWith('http');
    return (data) =>
      pdfjs.getDocument({
        data,
        ...TEXT_ONLY_OPTIONS,
        // From file:// nothing can be fetched: pdf.js then reads what the PDF embeds (nearly every
        // report's fonts), and says so for a PDF that needs a predefined CJK CMap.
        ...(served
          ? {
              cMapUrl: new URL(PDF_CMAP_DIR, base).href,
              cMapPacked: true,
              standardFontDataUrl: new URL(PDF_STANDARD_FONT_DIR, base).href,
            }
          : {}),
        BinaryDataFactory: WorkerDataFactory,
      }).promise;
  });
}

/**
 * pdf.js's data files (CMaps, standard font widths) fetched from this worker. pdf.js's own fetcher
 * looks at `document.baseURI`, which a worker has not (pdf.js display/binary_data_factory.js,
 * fetchData): given this factory instead, it asks here for each file it needs.
 */
class WorkerDataFactory {
  private readonly urls: Record<string, string | null>;

  constructor(options: {
    cMapUrl?: string | null;
    standardFontDataUrl?: string | null;
    wasmUrl?: string | null;
  }) {
    this.urls = {
      cMapUrl: options.cMapUrl ?? null,
      standardFontDataUrl: options.standardFontDataUrl ?? null,
      wasmUrl: options.wasmUrl ?? null,
    };
  }

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const base = this.urls[kind];
    if (!base) throw new Error(`no ${kind} on this page`);
    const response = await fetch(`${base}${filename}`);
    if (!response.ok) throw new Error(`${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
