import { normalizeText } from '../grid';
import { itemizedInSentence } from './itemized';
import { isTableLabel } from './labels';
import { tableOf, type Applicant, type Meaning, type StatedQuantity } from './meanings';
import { quantities, type Quantity } from './quantities';
import { clauses, sentences, type Span } from './sentences';
import { readWords, type WordsReading } from './words';

export type { StatedQuantity } from './meanings';

export interface Statement {
  /** Everything the number may be; it agrees with the tables if it equals any of them. */
  meanings: Meaning[];
  value: number;
  /** The clause that says it, as written. */
  clause: Span;
  /** The whole sentence, for the year filter and for quoting. */
  sentence: Span;
  /** Offset of the number in the text given: tells two statements of one paragraph apart. */
  start: number;
  /** The subject when it is part of the body or a wider area (`本级`, `局办公室`, `全市`). */
  scope?: string;
}

/** Units of counts of applications, cases and documents (not 人次, 篇). */
const UNITS = new Set(['件', '条', '个', '宗', '份', '项']);
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A subject that is not the whole body: the text may count another scope. */
const SCOPE =
  /(机关)?本级|[局委厅办署]机关|机关本部|(下属|直属|所属|二级|各)单位|各?科室|[^，,；;。]{0,6}办公室|全(市|区|县|省|州|盟|旗|镇|系统)|各(地|部门|乡镇|街道|县|区|市)|县区|系统内/g;
/** What part of the applications received may have become: said of a list of them, a subset. */
const SUBSETS: readonly StatedQuantity[] = ['completed', 'carried-forward'];
/** Words before `自然人申请N件` that make it a count of something other than applications received. */
const OTHER_TOPIC = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复|结转|复议|诉讼/;
/** Filler between a colon and the count: `收到申请情况：共5件`. */
const FILLER = /^(共|共计|合计|总计|计|为|是|有|达)*$/;

/** Statements of table quantities in a text. `year`: sentences naming another year are skipped. */
export function statements(text: string, year: number | null): Statement[] {
  const all = sentences(text);
  const lead = leadOf(all);
  return all
    .filter((s) => isThisYear(s, year) && !isTableLabel(s.text))
    .flatMap((s) => sentenceStatements(s, s === all[0] ? '' : lead));
}

/** A paragraph's short first sentence names its topic: `（二）依申请公开情况。…`. */
export function leadOf(all: readonly Span[]): string {
  return all.length > 1 && all[0].text.length <= 20 ? all[0].text : '';
}

export function isThisYear(sentence: Span, year: number | null): boolean {
  if (year === null) return true;
  const years = [...sentence.text.normalize('NFKC').matchAll(YEAR)].map((m) => Number(m[1]));
  return years.every((y) => y === year);
}

interface Entry {
  q: Quantity;
  clause: Span;
  words: WordsReading | null;
}

/** The statements of one sentence (offsets into the text the sentence came from). */
export function sentenceStatements(sentence: Span, lead: string): Statement[] {
  const entries = readEntries(sentence, lead);
  const lists = itemizedInSentence({ text: sentence.text, start: 0 });
  const found: Statement[] = [];
  for (const entry of entries) {
    if (!entry.words) continue;
    const parent = lists.find((l) => l.allParts.some((p) => p.index === entry.q.index));
    const parentWords = parent && entries.find((e) => e.q.index === parent.total.index)?.words;
    const quantities = quantitiesOf(entry.words, parentWords ?? null, sentence.text.slice(0, entry.q.index));
    if (quantities.length === 0) continue;
    // `收到申请5件，其中3件已办结`: a subset of the applications received, not the table's row.
    if (parentWords?.quantities.includes('received') && quantities.some((q) => SUBSETS.includes(q))) continue;
    const own = entry.words;
    const group = own.group ?? (own.quantities.length === 0 ? parentWords?.group : undefined);
    const narrowing: Omit<Meaning, 'quantity'> = {
      ...(own.applicant ? { applicant: own.applicant } : {}),
      ...(own.rows ? { rows: own.rows } : {}),
      ...(own.result ? { result: own.result } : {}),
      ...(group ? { group } : {}),
      ...(own.document ? { document: own.document } : {}),
    };
    const meanings: Meaning[] = quantities.map((quantity) => ({ quantity, ...narrowing }));
    // A sentence about one kind of applicant may mean its column (`自然人…予以公开及部分公开96件`).
    if (!own.applicant)
      for (const applicant of applicantsNamed(sentence.text))
        for (const quantity of quantities)
          if (tableOf(quantity) === 'applications') meanings.push({ quantity, ...narrowing, applicant });
    const scope = [...normalizeText(sentence.text.slice(0, entry.q.index)).matchAll(SCOPE)].pop()?.[0];
    found.push({
      meanings,
      value: entry.q.value,
      clause: entry.clause,
      sentence,
      start: sentence.start + entry.q.index,
      ...(scope ? { scope } : {}),
    });
  }
  return found;
}

/** Every count of the sentence with the words of its own segment read. */
function readEntries(sentence: Span, lead: string): Entry[] {
  const entries: Entry[] = [];
  const cs = clauses({ text: sentence.text, start: 0 });
  for (const [ci, c] of cs.entries()) {
    const qs = quantities(c.text).filter((q) => UNITS.has(q.unit));
    for (const [k, q] of qs.entries()) {
      const segmentStart = k === 0 ? 0 : qs[k - 1].end;
      let head = c.text.slice(segmentStart, q.index);
      const tail = k === qs.length - 1 ? c.text.slice(q.end) : '';
      // `收到申请情况：共5件`: the words are before the colon.
      if (
        k === 0 &&
        ci > 0 &&
        // Stryker disable next-line StringLiteral: unreachable: a clause after the first starts past 0
        /[：:]/.test(sentence.text[c.start - 1] ?? '') &&
        FILLER.test(normalizeText(head))
      )
        head = cs[ci - 1].text + head;
      // The topic of the words before: the paragraph's lead and this sentence so far.
      const words = readWords(head, tail, lead + sentence.text.slice(0, c.start + segmentStart));
      entries.push({
        q: { ...q, index: c.start + q.index, end: c.start + q.end },
        clause: { text: c.text, start: sentence.start + c.start },
        words,
      });
    }
  }
  return entries;
}

const APPLICATION_TABLE = (q: StatedQuantity) => tableOf(q) === 'applications';
const REVIEW_TABLE = (q: StatedQuantity) => q === 'reviews' || q === 'litigation';

/** The quantities of a segment; a part of a list naming only a column takes its total's quantity. */
function quantitiesOf(words: WordsReading, parent: WordsReading | null, before: string): StatedQuantity[] {
  if (words.quantities.length > 0) return words.quantities;
  const inherited = parent?.quantities ?? [];
  if (words.applicant) {
    if (inherited.length > 0 && inherited.every(APPLICATION_TABLE) && !parent?.applicant) return inherited;
    // `予以公开的申请中，自然人申请20件`: an earlier clause may have named another quantity.
    if (!words.applicantApplications || parent || OTHER_TOPIC.test(normalizeText(before))) return [];
    return ['received'];
  }
  if (words.result) {
    if (inherited.length > 0 && inherited.every(REVIEW_TABLE) && !parent?.result) return inherited;
    // No list: the sentence must name one of 复议 and 诉讼 before the number.
    const b = normalizeText(before);
    const review = /复议/.test(b);
    const litigation = /诉讼|起诉/.test(b);
    if (review !== litigation) return [review ? 'reviews' : 'litigation'];
  }
  return [];
}

function applicantsNamed(text: string): Applicant[] {
  const t = normalizeText(text);
  const named: Applicant[] = [];
  if (t.includes('自然人')) named.push('natural-person');
  if (t.includes('法人')) named.push('organisations');
  return named;
}
