/**
 * What the pdf.js front ends (the CLI's worker thread, src/sources/node/pdf-extract.ts; the task pane,
 * src/taskpane/read-pdf.ts; the browser page's worker, src/web/worker/read-pdf.ts) share: pdf.js's
 * text items and viewport → PdfPage, and pdf.js's failures → SourceReadError; the two browser ones
 * also the whole read (readPdfWithPdfjs). Typed by shape, with no pdfjs import: the CLI gets the
 * items across a worker boundary as plain objects.
 */
import { pdfPagesToDocument, type PdfPage, type PdfTextRun } from './pdf';
import { SourceReadError, type ReadSourceOptions, type SourceDocument } from './types';

/** Where webpack.config.js copies pdf.js's data files, beside the pane and the page. */
export const PDF_CMAP_DIR = 'pdfjs/cmaps/';
export const PDF_STANDARD_FONT_DIR = 'pdfjs/standard_fonts/';

/** pdf.js's getDocument options for reading text only: no eval, no font faces, no system fonts, quiet. */
export const TEXT_ONLY_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
} as const;

/** A PDF affine matrix `[a, b, c, d, e, f]`. */
export type PdfMatrix = readonly number[];

/** pdf.js's TextItem (from getTextContent), the fields the layout needs. */
export interface PdfJsTextItem {
  str: string;
  /** Text space → PDF user space (y up), the font size included. */
  transform: PdfMatrix;
  width: number;
  height: number;
}

/** getTextContent's items: text, or the marked-content markers that carry none. */
export type PdfJsContentItem = PdfJsTextItem | { type: string };

/** pdf.js's PageViewport, as far as it is used: user space → top-down page space. */
export interface PdfJsViewport {
  width: number;
  height: number;
  transform: PdfMatrix;
}

/** `m` applied after `n` (pdf.js's Util.transform(m, n)). */
function multiply(m: PdfMatrix, n: PdfMatrix): number[] {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * One item as a run in the viewport's top-down space (whatever the page's origin or rotation), or
 * undefined for markers and blank text. The height is the transformed font size; pdf.js's own
 * `height` is the fallback for a degenerate matrix.
 */
export function pdfjsTextRun(item: PdfJsContentItem, viewport: PdfJsViewport): PdfTextRun | undefined {
  if (!('str' in item) || item.str.trim() === '') return undefined;
  const t = multiply(viewport.transform, item.transform);
  return {
    text: item.str,
    x: t[4],
    y: t[5],
    width: item.width,
    height: Math.hypot(t[2], t[3]) || item.height,
  };
}

/** A page's text content as the layout's PdfPage. */
export function pdfjsPage(viewport: PdfJsViewport, items: readonly PdfJsContentItem[]): PdfPage {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const run = pdfjsTextRun(item, viewport);
    if (run) runs.push(run);
  }
  return { width: viewport.width, height: viewport.height, runs };
}

const LATIN1 = new TextDecoder('latin1');

/**
 * A pdf.js failure (its exception's name and message) as the readers' error codes. pdf.js names
 * only a password; the other codes come from the bytes themselves.
 */
export function pdfjsError(name: string, message: string, bytes: Uint8Array): SourceReadError {
  const detail = `${name}: ${message}`;
  if (name === 'PasswordException') return new SourceReadError('encrypted', detail);
  // `%PDF-` within the first KB, where readers look for it.
  if (!LATIN1.decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    return new SourceReadError('wrong-format', `not a PDF (${detail})`);
  // A complete PDF ends with `%%EOF` (plus a line break or a little padding).
  if (!LATIN1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF'))
    return new SourceReadError('truncated', `no %%EOF at the end (${detail})`);
  return new SourceReadError('corrupt', detail);
}

/** As pdfjsError, from whatever was thrown (pdf.js throws its own exception classes, not always Errors). */
export function pdfjsErrorOf(thrown: unknown, bytes: Uint8Array): SourceReadError {
  const fields = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as {
    name?: unknown;
    message?: unknown;
  };
  const name = typeof fields.name === 'string' ? fields.name : 'Error';
  const message = typeof fields.message === 'string' ? fields.message : String(thrown);
  return pdfjsError(name, message, bytes);
}

/**
 * Whether pdf.js failed before reading the file: its worker script could not be loaded (a server
 * that sends `.mjs` as `application/octet-stream`, a blocked download). Not the file's fault, so it
 * must not be reported as a damaged PDF.
 */
export function isPdfjsSetupFailure(thrown: unknown): boolean {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return message.startsWith('Setting up fake worker failed');
}

/** The little of pdf.js's PDFDocumentProxy that reading text needs. */
export interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: readonly PdfJsContentItem[] }>;
    getViewport(options: { scale: number }): PdfJsViewport;
    cleanup(): unknown;
  }>;
  destroy(): Promise<void>;
}

/** Every page's text runs in the top-down space of PdfPage, page by page; the document is let go after. */
export async function pdfjsPages(doc: PdfJsDocument): Promise<PdfPage[]> {
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pdfjsPage(page.getViewport({ scale: 1 }), content.items));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Opens a PDF's bytes with pdf.js (whose copy of them it may detach). */
export type PdfOpener = (data: Uint8Array) => Promise<PdfJsDocument>;

/**
 * A PDF read by pdf.js in a browser: `load` brings pdf.js (a failure there is the page's, and
 * surfaces as it is); then the pages' text runs, laid out as for the CLI. Throws SourceReadError
 * for an empty, damaged, encrypted or scanned PDF.
 */
export async function readPdfWithPdfjs(
  bytes: Uint8Array,
  options: ReadSourceOptions,
  load: () => Promise<PdfOpener>,
): Promise<SourceDocument> {
  if (bytes.length === 0) throw new SourceReadError('empty', 'the file is empty');
  const open = await load();
  let pages: PdfPage[];
  try {
    // A copy (not `slice()`, a view on a Node Buffer): pdf.js detaches the buffer it is given.
    pages = await pdfjsPages(await open(new Uint8Array(bytes)));
  } catch (e) {
    // A worker that could not load is the page's problem, not the file's: it surfaces as `failed`.
    if (isPdfjsSetupFailure(e)) throw e instanceof Error ? e : new Error(String(e));
    throw pdfjsErrorOf(e, bytes);
  }
  return pdfPagesToDocument(pages, options);
}
