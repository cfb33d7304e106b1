/**
 * Text normalisation for matching labels copied from Word, PDF or last year's report:
 * full/half width, spaces and line breaks, quotes, and the enumeration markers
 * (`一、` `（一）` `1.` `1、` `1．`) that prefix the official labels.
 */

import { BoundedCache } from './bounded-cache';
import { parseChineseNumeral } from './numerals';

const QUOTES = /["'“”‘’「」『』〝〞＂＇`]/g;
const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** NFKC (full width → half width), no whitespace, no quotes, ASCII lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES, '').toLowerCase();
}

/** Removes all punctuation as well: the key two spellings of one label share. */
export function labelKey(text: string): string {
  return normalizeText(text).replace(/[()[\]{}（）【】〔〕,.:;!?，。：；！？、\-—–―_/\\|·•]/g, '');
}

export type MarkerKind = 'section' | 'group' | 'item';

export interface LabelSegment {
  /** Which enumeration introduced the segment; undefined for text with no marker. */
  marker?: MarkerKind;
  /** Section and group markers as numbers 1..10 (一 = 1), items as their number. */
  index?: number;
  /** The segment's text with the marker removed, as `labelKey` gives it. */
  key: string;
}

// Markers as they look after normalizeText: `三、` `(三)` `3.` `3、`. An item number must not be
// preceded by a digit or followed by one (that would be a decimal number, not a marker).
const MARKER = /([一二三四五六七八九十])、|\(([一二三四五六七八九十])\)|(?<![\d.])(\d{1,2})[.、](?!\d)/g;

/** Splits a label into marker-introduced segments: `三、办理结果(一)予以公开` → two segments. */
export function parseLabel(text: string): LabelSegment[] {
  const s = normalizeText(text);
  const segments: LabelSegment[] = [];
  let last = 0;
  let pending: Omit<LabelSegment, 'key'> = {};
  for (const m of s.matchAll(MARKER)) {
    const at = m.index ?? 0;
    const before = s.slice(last, at);
    if (at > last || pending.marker) pushSegment(segments, pending, before);
    if (m[1]) pending = { marker: 'section', index: parseChineseNumeral(m[1]) ?? 0 };
    else if (m[2]) pending = { marker: 'group', index: parseChineseNumeral(m[2]) ?? 0 };
    else pending = { marker: 'item', index: Number(m[3]) };
    last = at + m[0].length;
  }
  pushSegment(segments, pending, s.slice(last));
  return segments.filter((seg) => seg.marker !== undefined || seg.key.length > 0);
}

function pushSegment(into: LabelSegment[], marker: Omit<LabelSegment, 'key'>, raw: string): void {
  into.push({ ...marker, key: labelKey(raw) });
}

/**
 * Bigram counts per string: the official labels and the sheet's labels are compared many times.
 * Bounded: a sheet full of distinct text must not grow the cache without end.
 */
const gramCache = new BoundedCache<string, Map<string, number>>(4096);

function grams(s: string): Map<string, number> {
  return gramCache.remember(s, () => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) {
      const g = s.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  });
}

/** Dice coefficient over character bigrams: 2 × shared bigrams / (bigrams of both), 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  // A string shorter than two characters has no bigram to share.
  if (a.length < 2 || b.length < 2) return 0;
  const ga = grams(a);
  const gb = grams(b);
  let overlap = 0;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  return (2 * overlap) / (a.length - 1 + b.length - 1);
}

/**
 * How well a label found on the sheet matches an official label (both as label keys), 0..1.
 * Abbreviations (`逾期不补正` for the long official text, `其他` for `其他处理`) count as strong
 * matches when one contains the other.
 */
export function labelMatch(found: string, official: string): number {
  if (found.length === 0 || official.length === 0) return 0;
  if (found === official) return 1;
  if (official.includes(found)) return found.length >= 2 ? 0.9 : 0.6;
  if (found.includes(official)) return official.length >= 2 ? 0.85 : 0.5;
  return similarity(found, official);
}
