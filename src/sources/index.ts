/**
 * The document readers behind one call, for every front end (CLI, task pane, browser page). PDF
 * text extraction depends on the platform (pdf.js in a worker thread for Node, a Web Worker in the
 * browser), so it is passed in; the layout from text to grid is shared.
 */
import { readDocx } from './docx';
import { readHtml } from './html';
import { readMhtml } from './mhtml';
import type { ReadSourceOptions, SourceDocument, SourceFormat } from './types';

export * from './types';
export { sniffBytes, isEncryptedOoxml, type Sniffed } from './sniff';

export interface ReadDocumentOptions extends ReadSourceOptions {
  /** Reads a PDF (extraction and layout): pdf.js runs differently in Node and in a browser. */
  readPdf(bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceDocument>;
}

/** Reads a document of a known format. Throws SourceReadError for bad input, nothing else. */
export async function readDocument(
  bytes: Uint8Array,
  format: SourceFormat,
  options: ReadDocumentOptions,
): Promise<SourceDocument> {
  const { readPdf, ...common } = options;
  switch (format) {
    case 'docx':
      return readDocx(bytes, common);
    case 'html':
      return readHtml(bytes, common);
    case 'mhtml':
      return readMhtml(bytes, common);
    case 'pdf':
      return readPdf(bytes, common);
  }
}
