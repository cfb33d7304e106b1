import type { LabelPart } from '../format';
import { labelKey, labelMatch, type LabelSegment } from '../grid';

/** Keys of an official label part: its text and aliases as `labelKey` gives them. */
const partKeys = new WeakMap<LabelPart, string[]>();
function keysOf(part: LabelPart): string[] {
  let keys = partKeys.get(part);
  if (!keys) {
    keys = [part.text, ...(part.aliases ?? [])].map(labelKey);
    partKeys.set(part, keys);
  }
  return keys;
}

const textScores = new WeakMap<LabelPart, Map<string, number>>();

/** How well a found text matches an official part's text or aliases, 0..1 (memoised: labels repeat). */
export function textScore(found: string, part: LabelPart): number {
  if (found.length === 0) return 0;
  let memo = textScores.get(part);
  if (!memo) textScores.set(part, (memo = new Map()));
  const hit = memo.get(found);
  if (hit !== undefined) return hit;
  let best = 0;
  for (const key of keysOf(part)) {
    // A long sentence that merely contains a label is narrative, not a label.
    if (found.length > key.length * 2 + 6) continue;
    best = Math.max(best, labelMatch(found, key));
  }
  if (memo.size > 20_000) memo.clear();
  memo.set(found, best);
  return best;
}

/**
 * Score of one segment of a sheet label against one official part, 0..1. A matching marker
 * (`（三）`, `2.`) counts half; the text counts the rest. A marker of another kind or number
 * halves the text score: real reports mis-number, but rarely.
 */
export function segmentScore(segment: LabelSegment, part: LabelPart): number {
  const text = textScore(segment.key, part);
  if (segment.marker === undefined) return text;
  const same = segment.marker === part.marker && segment.index === part.index;
  if (!same) return text * 0.5;
  return segment.key.length === 0 ? 0.55 : 0.5 + 0.5 * text;
}
