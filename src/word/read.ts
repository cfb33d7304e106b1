/**
 * Reads the document as the engine sees a .docx: the body's OOXML (WordApi 1.1) through the same
 * reader as a file (src/sources), so tables, merges, paragraphs and numbering read alike everywhere.
 */
import type { Grid } from '../grid/types';
import { readFlatOpc } from '../sources/flat-opc';
import type { SourceDocument } from '../sources/types';
import { DEFAULT_LIMITS } from '../xlsx/limits';

/** The name of the document's one grid: it appears in finding places and review fingerprints. */
export const DOCUMENT_SHEET = '文档';

export function readBody(ooxml: string): SourceDocument {
  return readFlatOpc(ooxml, { sheet: DOCUMENT_SHEET, limits: DEFAULT_LIMITS });
}

/**
 * What the user wrote, without what the add-in adds (shading and comment anchors hold no text):
 * two reads with equal fingerprints have the same cells and paragraphs.
 */
export function contentFingerprint(grids: readonly Grid[]): string {
  const rows: string[] = [];
  for (const grid of grids)
    for (let r = 0; r < grid.rowCount; r++) {
      const cells: string[] = [];
      for (let c = 0; c < grid.colCount; c++) cells.push(String(grid.value(r, c) ?? ''));
      rows.push(cells.join('\t'));
    }
  return rows.join('\n');
}
