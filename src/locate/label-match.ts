import { partTexts, type LabelPart } from '../format';
import { labelKey, labelMatch, type LabelSegment } from '../grid';
import { BoundedCache } from '../grid/bounded-cache';
import {
  MARKER_MISMATCH_FACTOR,
  MARKER_ONLY_SCORE,
  MARKER_WEIGHT,
  NARRATIVE_LENGTH_FACTOR,
  NARRATIVE_LENGTH_SLACK,
} from './weights';

/** Keys of an official label part: its text and aliases as `labelKey` gives them. */
const partKeys = new WeakMap<LabelPart, string[]>();
function keysOf(part: LabelPart): string[] {
  let keys = partKeys.get(part);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; working the keys out again gives the same keys
  if (!keys) {
    keys = partTexts(part).map(labelKey);
    partKeys.set(part, keys);
  }
  return keys;
}

const textScores = new WeakMap<LabelPart, BoundedCache<string, number>>();

/** How well a found text matches an official part's text or aliases, 0..1 (memoised: labels repeat). */
export function textScore(found: string, part: LabelPart): number {
  // An empty text needs no case of its own: labelMatch scores it 0.
  let memo = textScores.get(part);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; a new one each call works the score out again
  if (!memo) textScores.set(part, (memo = new BoundedCache(20_000)));
  const hit = memo.get(found);
  if (hit !== undefined) return hit;
  let best = 0;
  for (const key of keysOf(part)) {
    // A long sentence that merely contains a label is narrative, not a label.
    if (found.length > key.length * NARRATIVE_LENGTH_FACTOR + NARRATIVE_LENGTH_SLACK) continue;
    best = Math.max(best, labelMatch(found, key));
  }
  memo.set(found, best);
  return best;
}

/**
 * Score of one segment of a sheet label against one official part, 0..1. A matching marker
 * (`（三）`, `2.`) counts `MARKER_WEIGHT`; the text counts the rest. A marker of another kind or
 * number scales the text score down (`MARKER_MISMATCH_FACTOR`): real reports mis-number, but rarely.
 */
export function segmentScore(segment: LabelSegment, part: LabelPart): number {
  const text = textScore(segment.key, part);
  if (segment.marker === undefined) return text;
  const same = segment.marker === part.marker && segment.index === part.index;
  if (!same) return text * MARKER_MISMATCH_FACTOR;
  return segment.key.length === 0 ? MARKER_ONLY_SCORE : MARKER_WEIGHT + (1 - MARKER_WEIGHT) * text;
}
