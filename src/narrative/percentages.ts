import { normalizeText } from '../grid';
import { isTableLabel } from './labels';
import { OUTCOME_QUANTITIES, tableOf, type Meaning } from './meanings';
import { clauses, sentences, type Span } from './sentences';
import { isThisYear, leadOf, sentenceStatements, type Statement } from './statements';
import { readWords } from './words';

/** A percentage the text gives as a share of table quantities: `予以公开56件，占51.85%`. */
export interface PercentStatement {
  /** As printed, in half-width digits: `51.85`. */
  printed: string;
  value: number;
  /** Digits after the point: the precision the share is checked at. */
  decimals: number;
  /** What the share may be: numerator and base, each read off the tables. */
  shares: (readonly [numerator: Meaning, base: Meaning])[];
  /** The count the text itself gives for the numerator (`56` in `予以公开56件，占…`). */
  stated?: number;
  clause: Span;
  sentence: Span;
  /** Offset of the percentage in the text given. */
  start: number;
}

const PERCENT = /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/g;
/** Where a share's base starts: `占办结总数的`, `比例为`. */
const SHARE = /占|比例|比重/;
const NOT_A_SHARE =
  /同比|环比|增长|下降|提高|降低|上升|增加|减少|较|比上年|比去年|满意|及时|按时|办结率|答复率/;
const APPROX = /(约|近|超过|超|逾|不足|不到)$/;
/** Nothing but filler between the previous clause's count and 占: that count is the numerator. */
const BACK_REFERENCE = /^(其中)?(约|共|分别)?$/;

/** Percentages in a text that name both the quantity they share and its base (FORMAT.md). */
export function percentages(text: string, year: number | null): PercentStatement[] {
  const all = sentences(text);
  const lead = leadOf(all);
  return all
    .filter((s) => isThisYear(s, year) && !isTableLabel(s.text))
    .flatMap((s) => sentencePercentages(s, s === all[0] ? '' : lead));
}

function sentencePercentages(sentence: Span, lead: string): PercentStatement[] {
  const found: PercentStatement[] = [];
  const cs = clauses({ text: sentence.text, start: 0 });
  const stated = sentenceStatements(sentence, lead).map((st) => ({ st, at: st.start - sentence.start }));
  for (const m of sentence.text.matchAll(PERCENT)) {
    const at = m.index ?? 0;
    const ci = cs.findIndex((c) => at >= c.start && at < c.start + c.text.length);
    // Stryker disable next-line ConditionalExpression: unreachable: clauses cover every character but separators and spaces, and a percentage starts with a digit
    if (ci < 0) continue;
    const c = cs[ci];
    const pre = normalizeText(sentence.text.slice(c.start, at));
    if (
      NOT_A_SHARE.test(pre) ||
      APPROX.test(pre) ||
      /^\s*(以上|以下|左右)/.test(sentence.text.slice(at + m[0].length))
    )
      continue;
    const share = readShare(sentence, c, ci > 0 ? cs[ci - 1] : undefined, pre, stated);
    if (!share) continue;
    // A subject that is part of the body (本级) may count another scope: say nothing.
    if (share.statement?.scope) continue;
    const printed = m[1].normalize('NFKC');
    found.push({
      printed,
      value: Number(printed),
      decimals: printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0,
      shares: share.shares,
      ...(share.statement ? { stated: share.statement.value } : {}),
      // From the clause that gives the numerator to the percentage: `予以公开56件，占51.85%`.
      clause: quoted(sentence, c, share.statement),
      sentence,
      start: sentence.start + at,
    });
  }
  return found;
}

function quoted(sentence: Span, clause: Span, statement: Statement | undefined): Span {
  const from = Math.min(clause.start, statement ? statement.clause.start - sentence.start : clause.start);
  return { text: sentence.text.slice(from, clause.start + clause.text.length), start: sentence.start + from };
}

interface Share {
  shares: (readonly [Meaning, Meaning])[];
  statement?: Statement;
}

function readShare(
  sentence: Span,
  clause: Span,
  previous: Span | undefined,
  pre: string,
  stated: { st: Statement; at: number }[],
): Share | null {
  // 公开率 = (予以公开 + 部分公开) / 办理结果总计 (FORMAT.md, indicators).
  if (/公开率/.test(pre)) return { shares: [[{ quantity: 'disclosed' }, { quantity: 'completed' }]] };
  const marker = SHARE.exec(pre);
  if (!marker) return null;
  const numeratorWords = pre.slice(0, marker.index);
  const baseWords = pre.slice(marker.index);
  const inClause = stated.filter((s) => s.at >= clause.start && s.at < clause.start + clause.text.length);
  let statement: Statement | undefined;
  let numerators: Meaning[];
  if (inClause.length === 1) {
    statement = inClause[0].st;
    numerators = statement.meanings;
  } else if (inClause.length === 0 && BACK_REFERENCE.test(numeratorWords) && previous) {
    const last = stated.filter((s) => s.at >= previous.start && s.at < previous.start + previous.text.length);
    if (last.length === 0) return null;
    statement = last[last.length - 1].st;
    numerators = statement.meanings;
  } else if (inClause.length === 0) {
    const words = readWords(numeratorWords, '', sentence.text.slice(0, clause.start));
    numerators = (words?.quantities ?? []).map((quantity) => ({
      quantity,
      ...(words?.applicant ? { applicant: words.applicant } : {}),
      ...(words?.result ? { result: words.result } : {}),
      ...(words?.group ? { group: words.group } : {}),
    }));
  } else return null;
  const shares = numerators.flatMap((n) => basesOf(n, baseWords).map((b) => [n, b] as const));
  return shares.length > 0 && numerators.every(clear)
    ? { shares, ...(statement ? { statement } : {}) }
    : null;
}

/** A numerator is clear when it is an outcome, a kind of applicant, or a result of table 四. */
function clear(m: Meaning): boolean {
  if (OUTCOME_QUANTITIES.includes(m.quantity)) return true;
  if (tableOf(m.quantity) === 'applications') return m.applicant !== undefined;
  return tableOf(m.quantity) === 'reviews' && m.result !== undefined;
}

/** The bases a share of `n` may have: the one the words name, else FORMAT.md's default. */
function basesOf(n: Meaning, words: string): Meaning[] {
  if (tableOf(n.quantity) === 'reviews') {
    const named = /复议/.test(words) ? 'reviews' : /诉讼/.test(words) ? 'litigation' : n.quantity;
    return named === n.quantity ? [{ quantity: n.quantity, ...(n.group ? { group: n.group } : {}) }] : [];
  }
  const outcome = OUTCOME_QUANTITIES.includes(n.quantity);
  // An outcome for one kind of applicant may be a share of that column's total, or of all.
  const columns: Omit<Meaning, 'quantity'>[] =
    outcome && n.applicant ? [{}, { applicant: n.applicant }] : [{}];
  if (/申请|收到|受理/.test(words)) return columns.map((c) => ({ quantity: 'received', ...c }));
  if (/办结|答复|办理|办件/.test(words) || outcome)
    return columns.map((c) => ({ quantity: 'completed', ...c }));
  // A kind of applicant's share of the same quantity (`自然人申请50件，占90%`).
  return [{ quantity: n.quantity }];
}
