import { quantities } from './quantities';
import { clauses, sentences, type Span } from './sentences';

/** The table quantities prose quotes (FORMAT.md, narrative/table-mismatch). */
export type StatedQuantity =
  'received' | 'carried-in' | 'completed' | 'carried-forward' | 'granted' | 'reviews' | 'litigation';

export interface Statement {
  quantity: StatedQuantity;
  value: number;
  /** The clause that says it, as written. */
  clause: Span;
  /** The whole sentence, for the year filter and for quoting. */
  sentence: Span;
}

/**
 * First match wins: the more specific phrases come first (结转下年度 before 办理, 部分公开 is not
 * 予以公开). A clause about proactive disclosure or a comparison with another year says nothing
 * about this year's table.
 */
const CLASSES: readonly { quantity: StatedQuantity; test: (c: string) => boolean }[] = [
  { quantity: 'carried-forward', test: (c) => /结转(至|到)?下一?年|转入下一?年|结转下年度/.test(c) },
  { quantity: 'carried-in', test: (c) => /上一?年度?结转/.test(c) },
  { quantity: 'litigation', test: (c) => c.includes('行政诉讼') && !c.includes('行政复议') },
  { quantity: 'reviews', test: (c) => c.includes('行政复议') && !c.includes('行政诉讼') },
  { quantity: 'completed', test: (c) => /办结|答复/.test(c) },
  { quantity: 'granted', test: (c) => /予以公开|同意公开/.test(c) && !/部分公开|不予公开/.test(c) },
  { quantity: 'received', test: (c) => /收到|受理|新收|接收|接到/.test(c) && c.includes('申请') },
];
const SKIP = /主动公开|同比|增加|减少|增长|下降|比上年|较上年|去年/;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Statements of table quantities in a text. `year`: sentences naming another year are skipped. */
export function statements(text: string, year: number | null): Statement[] {
  const found: Statement[] = [];
  for (const sentence of sentences(text)) {
    const years = [...sentence.text.normalize('NFKC').matchAll(YEAR)].map((m) => Number(m[1]));
    if (year !== null && years.some((y) => y !== year)) continue;
    for (const clause of clauses(sentence)) {
      if (SKIP.test(clause.text)) continue;
      const qs = quantities(clause.text);
      if (qs.length !== 1) continue; // several counts in one clause: which is which is a guess
      const match = CLASSES.find((k) => k.test(clause.text));
      if (match) found.push({ quantity: match.quantity, value: qs[0].value, clause, sentence });
    }
  }
  return found;
}
