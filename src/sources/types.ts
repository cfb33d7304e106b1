/**
 * The contract of the document readers: each turns a file's bytes into the engine's grids, so the
 * CLI, the task pane and the browser page read a Word file, a web page or a PDF the same way.
 * Readers are pure TypeScript (no Node API): bytes in, grids out, failures as SourceReadError.
 */
import type { Grid } from '../grid/types';
import type { Limits } from '../xlsx/limits';

export type SourceFormat = 'docx' | 'html' | 'mhtml' | 'pdf';

/**
 * Something the reader did that the user should know, shown beside the findings (never an
 * error): e.g. tracked changes read as accepted.
 */
export type SourceNoticeCode =
  /** The .docx has tracked changes; the text was read as if they were accepted. */
  | 'tracked-changes'
  /** A table inside a table cell: read as its own table after the outer one. */
  | 'nested-table'
  /** The PDF's page headers, footers or page numbers were dropped. */
  | 'pdf-furniture-dropped';

export interface SourceNotice {
  code: SourceNoticeCode;
  /** How many places it concerns (changes, tables, lines). */
  count: number;
}

export interface SourceDocument {
  format: SourceFormat;
  /**
   * One grid per document (named by `ReadSourceOptions.sheet`), in document order: each paragraph
   * one row with its text in column A, each table's rows where the table stands, merged cells as
   * merged areas. Every grid has `rowOrigin` for every row.
   */
  grids: Grid[];
  notices: SourceNotice[];
}

export type SourceErrorCode =
  /** The zip or XML or PDF structure is damaged. */
  | 'corrupt'
  /** The file ends early (an interrupted download or copy). */
  | 'truncated'
  /** Unpacks to more than limits.maxUnpackedBytes (a zip bomb). */
  | 'unpacked-too-large'
  /** More than limits.maxCellsPerSheet cells. */
  | 'too-many-cells'
  /** Password-protected (an encrypted .docx is an OLE file holding EncryptionInfo; an encrypted PDF). */
  | 'encrypted'
  /** A PDF whose pages carry no text (a scan): there is nothing to read without OCR. */
  | 'no-text-layer'
  /** The bytes are not what the extension says and not any format we read. */
  | 'wrong-format'
  /** No content at all. */
  | 'empty';

export class SourceReadError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    /** Technical detail for the log / --verbose, English. */
    readonly detail: string,
    /** The limit exceeded, for the limit codes. */
    readonly limit?: number,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SourceReadError';
  }
}

export interface ReadSourceOptions {
  /** Name of the grid (the CLI uses the file name without extension). */
  sheet: string;
  limits: Pick<Limits, 'maxUnpackedBytes' | 'maxCellsPerSheet'>;
}
