/**
 * 校验 in Word, in four syncs whatever the number of findings:
 * 1. the body's OOXML, the stored snapshot and review states, comments, tables;
 * 2. the shading of every cell to mark or to restore, replies to the add-in's earlier comments, and
 *    the search for each sentence to comment on;
 * 3. the new snapshot first (so a failure half-way leaves nothing 清除标记 cannot undo), earlier
 *    marks restored, cells shaded, comments added;
 * 4. the comments' ids added to the snapshot.
 */
import { checkGrids, type CheckOptions } from '../check';
import type { Text } from '../format';
import type { Locale, Report } from '../report/types';
import { addToMark, planMarks, type MarkedCell } from '../report/marks';
import { applyReviews, type Acceptance } from '../report/reviews';
import { noticeMessage } from '../sources/messages';
import { storedAcceptances } from '../office/reviews';
import { NOTE_PREFIX } from '../office/messages';
import type { CheckRequest, CheckResult } from '../office/types';
import type { WordFeatures } from './features';
import { WORD_DEGRADED, withCount } from './messages';
import { wordPlaces, type WordPlace } from './places';
import { queueStoreText, type StoredTexts } from './properties';
import { cellLoader, contentFingerprint, DOCUMENT_SHEET, readBody, readDocument } from './read';
import { restoreShading, sameColour, WORD_SHADING, type CellToRestore, type NoneMode } from './shading';
import {
  cellKey,
  MARKS_KEY,
  parseMarks,
  REVIEWS_KEY,
  serializeMarks,
  type CellRef,
  type ShadedCell,
  type WordMarks,
} from './snapshot';

/** What one check leaves for the service: the result and where each finding's place is. */
export interface WordCheckRun {
  result: CheckResult;
  /** Grid address → its place in the document, for 选中. */
  places: Map<string, WordPlace>;
  /** The document's text as checked (read.ts contentFingerprint), to tell the user's edits later. */
  fingerprint: string;
}

interface CellTarget {
  ref: CellRef;
  kind: MarkedCell['kind'];
  messages: string[];
}

interface SentenceTarget {
  text: string;
  occurrence: number;
  messages: string[];
}

export async function runWordCheck(
  context: Word.RequestContext,
  locale: Locale,
  features: WordFeatures,
  request: CheckRequest,
  noneMode: { value: NoneMode },
): Promise<WordCheckRun> {
  const reading = await readDocument(context, features, { body: true });
  const document = readBody(reading.ooxml);
  // One document and no report of last year: the cross-year rules do not apply, so the pane's choice
  // of last year's report (`request.previous`) has nothing to turn on or off here.
  const options: CheckOptions = { locale, year: request.year ?? null };
  const report = checkGrids(document.grids, options);
  const acceptances = reading.stored ? storedAcceptances(reading.stored.get(REVIEWS_KEY)) : [];
  const degraded: Text[] = document.notices.map((n) => ({
    zh: noticeMessage(n, 'zh-CN'),
    en: noticeMessage(n, 'en'),
  }));
  const result: CheckResult = {
    // The pane's one Word button asks for 'sheet': the document is the one "sheet" there is.
    scope: 'sheet',
    report,
    checkedAt: new Date(),
    painted: 0,
    notes: 0,
    degraded,
    acceptances,
  };
  const placing = placeFindings(reading.ooxml, report, acceptances);
  const run: WordCheckRun = {
    result,
    places: placing.places,
    fingerprint: contentFingerprint(document.grids),
  };
  if (!features.shading || !reading.stored) {
    degraded.push(WORD_DEGRADED.noShading);
    return run;
  }
  if (!features.comments) degraded.push(WORD_DEGRADED.noComments);
  const previous = parseMarks(reading.stored.get(MARKS_KEY));

  // 2. Cells to restore or mark, replies to earlier comments, sentences.
  const cellOf = cellLoader(reading.tables);
  const earlier = previous.cells.map((c) => ({ mark: c, cell: cellOf(c) }));
  const targets = [...placing.cells.values()].map((t) => ({ target: t, cell: cellOf(t.ref) }));
  const ourComments = (reading.comments?.items ?? []).filter((c) => previous.comments.includes(c.id));
  for (const comment of ourComments) comment.replies.load('items/id');
  const searched = features.comments ? searchSentences(context, placing.sentences) : () => [];
  await context.sync();

  // What to put back: earlier marks no longer wanted, where the cell still shows the mark.
  const wanted = new Set(targets.map((t) => cellKey(t.target.ref)));
  const restore: CellToRestore[] = [];
  let changed = 0;
  for (const { mark, cell } of earlier) {
    if (wanted.has(cellKey(mark))) continue;
    if (!cell || cell.isNullObject || !sameColour(cell.shadingColor, mark.mark)) changed++;
    else restore.push({ cell, own: mark.own });
  }
  const earlierByKey = new Map(previous.cells.map((c) => [cellKey(c), c]));
  const shaded: { cell: Word.TableCell; entry: ShadedCell; messages: string[] }[] = [];
  let unplaced = placing.unplaced;
  for (const { target, cell } of targets) {
    if (!cell || cell.isNullObject) {
      unplaced++;
      continue;
    }
    const before = earlierByKey.get(cellKey(target.ref));
    // A cell still showing the earlier mark keeps the shading it had before that mark.
    // Stryker disable next-line StringLiteral: unreachable: every target cell's shadingColor was loaded, and Word gives a string (TableCell.shadingColor)
    const own = before && sameColour(cell.shadingColor, before.mark) ? before.own : (cell.shadingColor ?? '');
    shaded.push({
      cell,
      entry: { ...target.ref, own, mark: WORD_SHADING[target.kind] },
      messages: target.messages,
    });
  }
  const kept = ourComments.filter((c) => c.replies.items.length > 0);
  const sentences = searched();
  const found = sentences.filter((s) => s.range !== null);

  // 3. Snapshot first, then the changes. Earlier comments with replies stay and are not ours to list.
  const white = await restoreShading(context, restore, noneMode);
  const marks: WordMarks = { cells: shaded.map((s) => s.entry), comments: [] };
  queueStoreText(context, reading.stored, MARKS_KEY, serializeMarks(marks));
  for (const comment of ourComments) if (comment.replies.items.length === 0) comment.delete();
  for (const { cell, entry } of shaded) cell.shadingColor = entry.mark;
  const prefix = locale === 'en' ? NOTE_PREFIX.en : NOTE_PREFIX.zh;
  const added: Word.Comment[] = [];
  if (features.comments) {
    for (const { cell, messages } of shaded)
      added.push(cell.body.getRange('Whole').insertComment(prefix + messages.join('\n')));
    for (const { range, messages } of found)
      if (range) added.push(range.insertComment(prefix + messages.join('\n')));
    for (const comment of added) comment.load('id');
  }
  await context.sync();

  // 4. The comments' ids, so that 清除标记 removes exactly these.
  if (added.length) {
    marks.comments = added.map((c) => c.id);
    queueStoreText(context, storedAfter(reading.stored, marks), MARKS_KEY, serializeMarks(marks));
    await context.sync();
  }

  result.painted = shaded.length;
  result.notes = added.length;
  if (unplaced) degraded.push(withCount(WORD_DEGRADED.unplaced, unplaced));
  const missing = sentences.length - found.length;
  if (missing) degraded.push(withCount(WORD_DEGRADED.sentencesNotFound, missing));
  if (kept.length) degraded.push(withCount(WORD_DEGRADED.commentsKept, kept.length));
  if (changed) degraded.push(withCount(WORD_DEGRADED.cellsChanged, changed));
  if (white) degraded.push(withCount(WORD_DEGRADED.whiteForNone, white));
  return run;
}

/** The stored texts as they are after step 3 wrote `marks` (so step 4 replaces the right pieces). */
function storedAfter(before: StoredTexts, marks: WordMarks): StoredTexts {
  return before.with(MARKS_KEY, serializeMarks({ ...marks, comments: [] }));
}

interface Placing {
  places: Map<string, WordPlace>;
  cells: Map<string, CellTarget>;
  sentences: SentenceTarget[];
  unplaced: number;
}

/** Where each marked cell of the report is in the document (findings accepted by review are not marked). */
function placeFindings(ooxml: string, report: Report, acceptances: readonly Acceptance[]): Placing {
  const placer = wordPlaces(ooxml);
  const places = new Map<string, WordPlace>();
  for (const finding of report.findings) {
    const quote = finding.data.quote;
    for (const part of finding.parts ?? [finding]) {
      if (places.has(part.address)) continue;
      const place = placer.placeOf(part.location, typeof quote === 'string' ? quote : undefined);
      if (place) places.set(part.address, place);
    }
  }
  const cells = new Map<string, CellTarget>();
  // No two paragraphs share a sentence place: a later one's occurrence counts the earlier one's match.
  const sentences: SentenceTarget[] = [];
  let unplaced = 0;
  const plan: Map<string, MarkedCell> =
    planMarks(applyReviews(report, acceptances).findings).get(DOCUMENT_SHEET) ?? new Map();
  for (const [address, mark] of plan) {
    const place = places.get(address);
    if (!place) {
      unplaced++;
      continue;
    }
    if (place.kind === 'cell') {
      // Cells of one Word merged cell are one target (the one Word cell holding their value).
      const key = cellKey(place);
      const target = cells.get(key);
      if (target) addToMark(target, mark.kind, mark.messages);
      else
        cells.set(key, {
          ref: { table: place.table, row: place.row, cell: place.cell },
          kind: mark.kind,
          messages: [...mark.messages],
        });
    } else sentences.push({ text: place.text, occurrence: place.occurrence, messages: [...mark.messages] });
  }
  return { places, cells, sentences, unplaced };
}

interface FoundSentence extends SentenceTarget {
  range: Word.Range | null;
}

/**
 * Queues one search per distinct text; the returned function, called after the sync, gives each
 * wanted occurrence, or null where the search found fewer.
 */
function searchSentences(
  context: Word.RequestContext,
  targets: readonly SentenceTarget[],
): () => FoundSentence[] {
  const searches = new Map<string, Word.RangeCollection>();
  for (const { text } of targets)
    if (!searches.has(text)) {
      const results = context.document.body.search(text, { matchCase: true });
      results.load('items/text');
      searches.set(text, results);
    }
  return () => targets.map((t) => ({ ...t, range: searches.get(t.text)?.items[t.occurrence] ?? null }));
}
