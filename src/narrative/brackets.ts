const OPEN = '（(';
const CLOSE = '）)';

export const isOpen = (ch: string): boolean => OPEN.includes(ch);
export const isClose = (ch: string): boolean => CLOSE.includes(ch);

/** Offset of the bracket closing the one opened at `open` (either width, nesting counted); -1 if none. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** The bracketed ranges [open, close] that start in [from, to): what a list's own level skips. */
export function bracketedRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (!isOpen(text[i])) continue;
    const close = closingBracket(text, i);
    const end = close === -1 ? to : close;
    ranges.push([i, end]);
    i = end;
  }
  return ranges;
}

export const inRanges = (ranges: readonly [number, number][], i: number): boolean =>
  // Stryker disable next-line EqualityOperator: equivalent: a and b are the brackets themselves, never a separator or a quantity asked about
  ranges.some(([a, b]) => i > a && i < b);
