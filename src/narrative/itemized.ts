import { quantities, type Quantity } from './quantities';
import { sentences, type Span } from './sentences';

/** "…N条，其中：A类a条，B类b条…": a total followed by its parts. */
export interface ItemizedSum {
  sentence: Span;
  /** From the clause holding the total to the end of the sentence: what a message quotes. */
  quote: string;
  total: Quantity;
  parts: Quantity[];
  sum: number;
}

/** 其中 right after a count (a few words of subject allowed between: `33条信息，其中`). */
const HEAD = /[^，,。；;]{0,12}?[，,（(]?\s*其中[：:，,]?/y;
/** A clause that starts another topic ends the list: `…2件；办结9件`. */
const TOPIC_CHANGE = /办结|结转|另外|此外|同时|共计|合计|总计|累计|[12１２][0-9０-９]{3}\s*年/;

/** Every itemized sum in a text, whether or not it adds up. */
export function itemizedSums(text: string): ItemizedSum[] {
  const found: ItemizedSum[] = [];
  for (const sentence of sentences(text)) {
    const qs = quantities(sentence.text);
    for (let i = 0; i < qs.length; i++) {
      const total = qs[i];
      HEAD.lastIndex = total.end;
      const head = HEAD.exec(sentence.text);
      if (!head) continue;
      const parts = listAfter(sentence.text, HEAD.lastIndex, qs.slice(i + 1), total.unit, head[0]);
      if (parts.length < 2) continue;
      const clauseStart =
        Math.max(...[...'，,；;：:'].map((ch) => sentence.text.lastIndexOf(ch, total.index))) + 1;
      const quote = sentence.text.slice(clauseStart);
      found.push({ sentence, quote, total, parts, sum: parts.reduce((s, p) => s + p.value, 0) });
    }
  }
  return found;
}

/** The parts: counts in the same unit, up to the end of the list. */
function listAfter(text: string, from: number, later: Quantity[], unit: string, head: string): Quantity[] {
  // A list opened by （其中 ends at its closing bracket.
  const bracketed = /[（(]\s*其中/.test(head);
  let end = text.length;
  if (bracketed) {
    const close = text.slice(from).search(/[）)]/);
    if (close >= 0) end = from + close;
  }
  const nested = text.slice(from).indexOf('其中');
  if (nested >= 0) end = Math.min(end, from + nested);
  for (let i = from; i < end; i++) {
    if (/[，,；;]/.test(text[i]) && TOPIC_CHANGE.test(text.slice(i + 1, nextSeparator(text, i + 1)))) {
      end = i;
      break;
    }
  }
  return later.filter((q) => q.index >= from && q.end <= end && q.unit === unit);
}

function nextSeparator(text: string, from: number): number {
  const k = text.slice(from).search(/[，,；;]/);
  return k < 0 ? text.length : from + k;
}
