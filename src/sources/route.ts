/**
 * How a report file is read, from its name and its bytes: one decision for every front end (the
 * CLI, the task pane, the browser page). The extension says what the file should be; the content,
 * where it is clear, says what it is (a `.doc` that is a Word "web page", an `.xls` that is an HTML
 * table). Old binary formats are only named here: the CLI converts them, the pane explains.
 */
import type { TextGridKind } from '../grid/text';
import { isEncryptedOoxml, sniffBytes } from './sniff';
import type { SourceFormat } from './types';

/** A reader: exceljs for workbooks, the text grid for .txt/.tsv/.csv, or a document reader. */
export type ReadAs = 'xlsx' | TextGridKind | SourceFormat;
/** What an old binary format becomes when converted: Word-like `docx`, spreadsheet-like `xlsx`. */
export type OldFormat = 'docx' | 'xlsx';
/** What the extension promises. */
export type Expected = ReadAs | { old: OldFormat };

/** The extensions every front end reads directly. */
export const READABLE: Readonly<Record<string, ReadAs>> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.txt': 'tsv',
  '.tsv': 'tsv',
  '.csv': 'csv',
  '.docx': 'docx',
  '.docm': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.pdf': 'pdf',
};

export type Route =
  | { read: ReadAs }
  /** An old binary (or RTF) to convert into this format first. */
  | { old: OldFormat }
  | { error: 'empty' | 'encrypted' | 'wrong-format' };

const sheetLike = (expected: Expected): boolean =>
  typeof expected === 'string' ? expected === 'xlsx' || expected === 'csv' : expected.old === 'xlsx';

export function route(expected: Expected, bytes: Uint8Array): Route {
  const sniffed = sniffBytes(bytes);
  if (sniffed === 'empty') return { error: 'empty' };
  // Text keeps its own reader: it names a zip or binary content precisely.
  if (expected === 'tsv' || expected === 'csv') return { read: expected };
  switch (sniffed) {
    case 'zip':
      return { read: sheetLike(expected) ? 'xlsx' : 'docx' };
    case 'ole':
      // Encrypted OOXML is a Compound File too; the others are old binaries.
      if (isEncryptedOoxml(bytes)) return { error: 'encrypted' };
      return { old: sheetLike(expected) ? 'xlsx' : 'docx' };
    case 'rtf':
      return { old: 'docx' };
    case 'pdf':
    case 'mhtml':
    case 'html':
      return { read: sniffed };
    default:
      // A page fragment without <html> is still a page.
      if (expected === 'html' || expected === 'mhtml') return { read: expected };
      return { error: 'wrong-format' };
  }
}

/** The extension of a file name, lower case with its dot; '' when none (a dot file has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The grid name of a document or text file: the file name without its extension. */
export function sheetNameOf(name: string): string {
  const ext = extensionOf(name);
  return ext ? name.slice(0, -ext.length) : name;
}
