/**
 * Reads the document as the engine sees a .docx: the body's OOXML (WordApi 1.1) through the same
 * reader as a file (src/sources), so tables, merges, paragraphs and numbering read alike everywhere.
 * Also the first sync of every Word operation (readDocument) and cells by their place.
 */
import type { Grid } from '../grid/types';
import { readFlatOpc } from '../sources/flat-opc';
import type { SourceDocument } from '../sources/types';
import { DEFAULT_LIMITS } from '../xlsx/limits';
import type { WordFeatures } from './features';
import { queueStoredTexts, type StoredTexts } from './properties';
import type { CellRef } from './snapshot';

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

/** The first sync: everything later steps need, read at once. */
export interface WordReading {
  /** The body's OOXML, when asked for. */
  ooxml: string | null;
  stored: StoredTexts | null;
  comments: Word.CommentCollection | null;
  /** The body's top-level tables in document order (what places.ts counts). */
  tables: Word.Table[];
}

export async function readDocument(
  context: Word.RequestContext,
  features: WordFeatures,
  what: { body: true },
): Promise<WordReading & { ooxml: string }>;
export async function readDocument(
  context: Word.RequestContext,
  features: WordFeatures,
  what: { body: false },
): Promise<WordReading>;
export async function readDocument(
  context: Word.RequestContext,
  features: WordFeatures,
  what: { body: boolean },
): Promise<WordReading> {
  const body = context.document.body;
  const ooxml = what.body ? body.getOoxml() : null;
  const stored = features.shading ? queueStoredTexts(context) : null;
  const comments = features.comments ? body.getComments() : null;
  comments?.load('items/id,items/content');
  const tables = features.shading ? body.tables : null;
  tables?.load('items/nestingLevel');
  await context.sync();
  return {
    ooxml: ooxml?.value ?? null,
    stored: stored?.() ?? null,
    comments,
    tables: tables ? topLevel(tables) : [],
  };
}

/** Nested tables may or may not be in body.tables: keeping level 1 counts alike either way. */
export const topLevel = (tables: Word.TableCollection): Word.Table[] =>
  tables.items.filter((t) => t.nestingLevel === 1);

/** Loads cells by their place; the tables are the body's top-level ones from the first sync. */
export function cellLoader(tables: readonly Word.Table[]): (ref: CellRef) => Word.TableCell | null {
  return (ref) => {
    const table = tables[ref.table];
    if (!table) return null;
    const cell = table.getCellOrNullObject(ref.row, ref.cell);
    // Stryker disable next-line StringLiteral: equivalent: load('') sends an empty select, which loads every scalar property (shadingColor among them), as load() does
    cell.load('shadingColor');
    return cell;
  };
}
