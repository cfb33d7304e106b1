/** A piece of prose with its offset in the cell text, so messages can quote it. */
export interface Span {
  text: string;
  start: number;
}

/** Sentences end at 。！？ or a line break; ；keeps a sentence together (lists use it). */
export function sentences(text: string): Span[] {
  return splitKeeping(text, /[。！？!?\n]/);
}

/** Clauses: the parts of a sentence between commas, semicolons and colons. */
export function clauses(sentence: Span): Span[] {
  return splitKeeping(sentence.text, /[，,；;：:]/).map((c) => ({
    text: c.text,
    start: sentence.start + c.start,
  }));
}

function splitKeeping(text: string, separator: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || separator.test(text[i])) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) spans.push({ text: trimmed, start: start + lead });
      start = i + 1;
    }
  }
  return spans;
}

/** Long sentences are cut in messages; the cell itself holds the whole text. */
export function quote(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
