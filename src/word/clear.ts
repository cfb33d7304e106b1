/**
 * 清除标记 in Word: every cell the add-in shaded gets its own shading back, unless it shows something
 * other than the mark now (the user changed it: theirs wins); the add-in's own comments are deleted,
 * except those others replied to; the snapshot goes.
 */
import type { Text } from '../format';
import { wordFailure, WORD_DEGRADED, withCount } from './messages';
import type { WordFeatures } from './features';
import { queueStoreText } from './properties';
import { cellLoader, readDocument } from './read';
import { restoreShading, sameColour, type CellToRestore, type NoneMode } from './shading';
import { MARKS_KEY, parseMarks } from './snapshot';
import { FailureSignal } from '../office/errors';

export interface WordClearRun {
  restored: number;
  /** Cells whose shading was changed since marking (or whose table is gone): left as they are. */
  changed: number;
  /** Short quotes of the add-in's comments kept because others replied. */
  keptComments: string[];
  notes: Text[];
}

const QUOTE_LENGTH = 24;

export async function runWordClear(
  context: Word.RequestContext,
  features: WordFeatures,
  noneMode: { value: NoneMode },
): Promise<WordClearRun> {
  // 清除标记 is offered from WordApi 1.3 (the service's floor for it): `stored` is always read.
  const { stored, comments, tables } = await readDocument(context, features, { body: false });
  // Stryker disable next-line ConditionalExpression,ObjectLiteral,StringLiteral: unreachable: the service offers 清除标记 from WordApi 1.3, where stored is read
  if (!stored) throw new FailureSignal(wordFailure('requirement', { version: '1.3' }));
  const marks = parseMarks(stored.get(MARKS_KEY));
  if (marks.cells.length === 0 && marks.comments.length === 0)
    throw new FailureSignal(wordFailure('no-marks'));

  const cellOf = cellLoader(tables);
  const cells = marks.cells.map((mark) => ({ mark, cell: cellOf(mark) }));
  const ours = (comments?.items ?? []).filter((c) => marks.comments.includes(c.id));
  for (const comment of ours) comment.replies.load('items/id');
  await context.sync();

  const restore: CellToRestore[] = [];
  let changed = 0;
  for (const { mark, cell } of cells) {
    if (!cell || cell.isNullObject || !sameColour(cell.shadingColor, mark.mark)) changed++;
    else restore.push({ cell, own: mark.own });
  }
  const white = await restoreShading(context, restore, noneMode);
  const kept = ours.filter((c) => c.replies.items.length > 0);
  for (const comment of ours) if (comment.replies.items.length === 0) comment.delete();
  queueStoreText(context, stored, MARKS_KEY, null);
  await context.sync();

  const notes: Text[] = [];
  if (changed) notes.push(withCount(WORD_DEGRADED.cellsChanged, changed));
  if (white) notes.push(withCount(WORD_DEGRADED.whiteForNone, white));
  return {
    restored: restore.length,
    changed,
    keptComments: kept.map((c) => quote(c.content)),
    notes,
  };
}

const quote = (text: string): string => {
  const chars = [...text.replace(/\s+/g, ' ')];
  return `“${chars.slice(0, QUOTE_LENGTH).join('')}${chars.length > QUOTE_LENGTH ? '…' : ''}”`;
};
