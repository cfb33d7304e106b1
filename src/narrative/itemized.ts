import { normalizeText } from '../grid';
import { bracketedRanges, closingBracket, inRanges, isOpen } from './brackets';
import { quantities, type Quantity } from './quantities';
import { sentences, type Span } from './sentences';

/** "…N条，其中：A类a条，B类b条…" or "N条（A类a条、B类b条）": a total followed by its parts. */
export interface ItemizedSum {
  sentence: Span;
  /** From the clause holding the total to the end of the list: what a message quotes. */
  quote: string;
  total: Quantity;
  /** The parts up to where the list most likely ends, and their sum: what a message reports. */
  parts: Quantity[];
  sum: number;
  /**
   * The sums at every place the list may end (a ；, a clause with a verb of its own): a list whose
   * total equals any of them adds up. Always includes `sum`.
   */
  sums: number[];
  /** Every part up to the farthest place the list may end. */
  allParts: Quantity[];
}

/** 其中 right after a count (a few words of subject allowed between: `33条信息，其中`). */
const HEAD = /[^，,。；;]{0,12}?[，,（(]?\s*其中[：:，,]?/y;
/** A clause that must start another statement: the list has ended before it. */
const NEW_STATEMENT =
  /^(共|另有|全年|以上|上述|综上)|另外|此外|同时|共计|合计|总计|累计|引发|提起|(19|20)\d{2}年/;
/** Words of table 四: a list about applications (or 复议 vs 诉讼) ends where they start. */
const DOMAINS = [/复议/, /诉讼|起诉/];
/** A clause with a verb of its own may start another statement, or be the last part. */
const VERB = /办结|结转|答复|收到|受理|新收/;
/** A count compared with another year is not a total its list breaks down (`较上年增加15件，其中…`). */
const COMPARISON = /较|比上|比去|同比|环比|增加|减少|增长|下降|上升|降低|提高/;
/** A bracket after a count that is not its breakdown: comparisons, shares, partial lists. */
const NOT_BREAKDOWN = /较|比|同比|增|减|上年|去年|占|%|年|约|主要|等|如|涉及|包括|分别|其中/;

/** Every itemized sum in a text, whether or not it adds up. */
export function itemizedSums(text: string): ItemizedSum[] {
  return sentences(text).flatMap(itemizedInSentence);
}

/** The itemized sums of one sentence; offsets of quantities are within `sentence.text`. */
export function itemizedInSentence(sentence: Span): ItemizedSum[] {
  const s = sentence.text;
  const qs = quantities(s);
  const found: ItemizedSum[] = [];
  for (const [i, total] of qs.entries()) {
    const list = listAfter(s, total, qs[i + 1]);
    if (!list) continue;
    const sum = scan(s, total, list, qs.slice(i + 1));
    if (sum) found.push({ ...sum, sentence });
  }
  return found;
}

interface ListStart {
  from: number;
  /** Where the list must have ended: its closing bracket, or the sentence end. */
  limit: number;
}

function listAfter(s: string, total: Quantity, next: Quantity | undefined): ListStart | null {
  if (COMPARISON.test(normalizeText(s.slice(clauseStart(s, total.index), total.index)))) return null;
  HEAD.lastIndex = total.end;
  const head = HEAD.exec(s);
  // The words between the count and 其中 must not hold another count (`3件、B 2件，其中`).
  if (head && (!next || next.index >= HEAD.lastIndex)) {
    const bracket = head[0].search(/[（(]\s*其中/);
    const close = bracket < 0 ? -1 : closingBracket(s, total.end + bracket);
    return { from: HEAD.lastIndex, limit: close === -1 ? s.length : close };
  }
  // A bracket right after the count breaks it down: `财政信息120条（部门预算45条、部门决算75条）`.
  const open = total.end + (s.slice(total.end).length - s.slice(total.end).trimStart().length);
  if (!isOpen(s[open] ?? '')) return null;
  const close = closingBracket(s, open);
  if (close === -1 || NOT_BREAKDOWN.test(normalizeText(s.slice(open + 1, close)))) return null;
  return { from: open + 1, limit: close };
}

function scan(
  s: string,
  total: Quantity,
  { from, limit }: ListStart,
  later: Quantity[],
): Omit<ItemizedSum, 'sentence'> | null {
  const start = clauseStart(s, total.index);
  const headClause = normalizeText(s.slice(start, from));
  // Brackets inside the list break down one of its items: not more items of this list.
  const nested = bracketedRanges(s, from, limit);
  let end = limit;
  const verbEnds: number[] = [];
  const semicolons: number[] = [];
  for (let i = from; i < end; i++) {
    if (inRanges(nested, i)) continue;
    if (s.startsWith('其中', i)) {
      end = i;
      break;
    }
    if (!/[，,；;]/.test(s[i])) continue;
    const next = normalizeText(s.slice(i + 1, nextSeparator(s, i + 1, end)));
    if (NEW_STATEMENT.test(next) || DOMAINS.some((d) => d.test(next) && !d.test(headClause))) {
      end = i;
      break;
    }
    if (VERB.test(next)) verbEnds.push(i);
    else if (/[；;]/.test(s[i])) semicolons.push(i);
  }
  const allParts = later.filter(
    (q) => q.index >= from && q.end <= end && q.unit === total.unit && !inRanges(nested, q.index),
  );
  if (allParts.length < 2) return null;
  const upTo = (e: number) => allParts.filter((p) => p.end <= e);
  const add = (ps: Quantity[]) => ps.reduce((sum, p) => sum + p.value, 0);
  const reportedEnd = verbEnds.find((e) => upTo(e).length >= 2) ?? end;
  const parts = upTo(reportedEnd);
  const sums = [...verbEnds, ...semicolons, end]
    .map(upTo)
    .filter((ps) => ps.length >= 2)
    .map(add);
  // Two breakdowns in a row (`其中当面5件、网上7件，自然人10件、法人2件`): each adds up on its own.
  for (let k = 2; k <= allParts.length - 2; k++)
    if (add(allParts.slice(0, k)) === total.value && add(allParts.slice(k)) === total.value)
      sums.push(total.value);
  const closing = reportedEnd < s.length && /[）)]/.test(s[reportedEnd]) ? 1 : 0;
  return {
    quote: s.slice(start, reportedEnd + closing),
    total,
    parts,
    sum: add(parts),
    sums: [...new Set(sums)],
    allParts,
  };
}

function clauseStart(s: string, at: number): number {
  return Math.max(...[...'，,；;：:。'].map((ch) => s.lastIndexOf(ch, at))) + 1;
}

function nextSeparator(text: string, from: number, limit: number): number {
  const k = text.slice(from, limit).search(/[，,；;]/);
  return k < 0 ? limit : from + k;
}
