import { APPLICATIONS, EDITIONS, labelTexts, partTexts, PROACTIVE, REVIEWS } from '../../format';
import type { Grid } from '../../grid';
import type { CellRef, LocatedTable } from '../../locate/types';
import { sentences, textCells } from '../../narrative';

/**
 * A report's own prose, sentence by sentence, as the similarity rule compares it: what the format
 * makes every report say (headings, titles, table labels, the statistics period, the preamble and
 * the contact lines) is left out, so that only text the body wrote itself can count as repeated.
 */
export interface OwnSentence {
  cell: CellRef;
  /** The sentence as compared (see `sentenceKey`); its length is what it counts for. */
  key: string;
}

/** Sentences this short (after normalising) say too little to count as written, or as copied. */
const MIN_SENTENCE = 8;
/** A line without sentence punctuation and no longer than this is a title, heading, signature or date. */
const MAX_LINE = 20;

/** Markdown or list markers a conversion leaves in front of a heading. */
const LEAD = /^[#*\s]+/;
/** An enumeration marker: `一、` `（一）` `1.` `1、` (not a decimal number). */
const MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))/;
const SENTENCE_PUNCTUATION = /[。，,；;：:！!？?]/;

/** Sentences every report carries in much the same words (FORMAT.md, "The whole report"). */
const FORMAT_SENTENCES: readonly RegExp[] = [
  // The title: 某某局2021年政府信息公开工作年度报告.
  /^.{0,60}政府信息公开(?:工作)?年度?报告$/,
  // The statistics period: 本报告所列数据的统计期限自Y年1月1日起至Y年12月31日止.
  /统计(?:期限|期间|时限|时段|区间)/,
  // The preamble: 本报告根据《条例》…要求编制 / 全文包括总体情况、主动公开…
  /本(?:年度)?报告.{0,60}(?:根据|依据|按照).{0,120}(?:编制|编写|制作|撰写|形成)/,
  /(?:全文|本报告|报告)(?:包括|共分|分为|由).{0,20}(?:总体情况|[六6]个?部分)/,
  // Where the report is published and whom to ask.
  /本报告.{0,40}(?:网站|网|平台|公开栏).{0,20}(?:公布|发布|查阅|下载|公开)/,
  /本报告.{0,10}(?:疑问|问题|意见|建议)/,
  /(?:地址|邮编|邮政编码|联系电话|电话|传真|电子邮箱|邮箱|联系人)[:：]/,
  // The note printed over table 三's first column.
  /勾稽关系/,
];

/**
 * What is left of a sentence to compare: NFKC, lower case, without whitespace, punctuation or
 * symbols, so that full- and half-width spellings and spacing do not tell two copies apart.
 */
export function sentenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/**
 * Years moved on by one (`2020` → `2021`, `2019` → `2020` in last year's 2020 report), so that
 * last year's "2020年，我局…" reads as this year's "2021年，我局…". Other years stay.
 */
export function shiftYears(text: string, year: number): string {
  return text.replace(/(?<!\d)(20\d{2})(?!\d)/g, (y) =>
    Number(y) === year || Number(y) === year - 1 ? String(Number(y) + 1) : y,
  );
}

let labelKeys: ReadonlySet<string> | undefined;

/** Keys of every label the format prints in tables 二, 三 and 四 (all editions), markers removed. */
function formatLabels(): ReadonlySet<string> {
  if (labelKeys) return labelKeys;
  const labels: string[] = [];
  for (const edition of EDITIONS) {
    const proactive = PROACTIVE[edition];
    labels.push(proactive.title.zh, proactive.contentHeader);
    for (const block of proactive.blocks) {
      labels.push(block.clause);
      for (const c of block.columns) labels.push(...labelTexts(c));
      for (const r of block.rows) labels.push(r.label.zh);
    }
    const applications = APPLICATIONS[edition];
    labels.push(applications.title.zh, ...Object.values(applications.header));
    for (const r of applications.rows) {
      labels.push(r.label.zh);
      for (const part of r.path) labels.push(...partTexts(part));
    }
    for (const c of applications.columns) labels.push(...labelTexts(c));
    const reviews = REVIEWS[edition];
    labels.push(reviews.title.zh, reviews.header.review, reviews.header.litigation);
    for (const g of reviews.groups) labels.push(g.label.zh);
    for (const c of reviews.columns) labels.push(...labelTexts(c));
  }
  labelKeys = new Set(labels.map((l) => sentenceKey(stripMarkers(l))));
  return labelKeys;
}

function stripMarkers(text: string): string {
  let rest = text.replace(LEAD, '');
  for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) rest = rest.slice(m[0].length).trimStart();
  return rest;
}

/**
 * True for a label of the format, or a run of them (a table's header row read as one paragraph:
 * `信息内容 本年制发件数 本年废止件数 现行有效件数`).
 */
function isLabels(sentence: string, labels: ReadonlySet<string>): boolean {
  if (labels.has(sentenceKey(stripMarkers(sentence)))) return true;
  const parts = sentence.split(/[\s、，,；;]+/).filter((p) => sentenceKey(p) !== '');
  return parts.length > 1 && parts.every((p) => labels.has(sentenceKey(stripMarkers(p))));
}

/** True for a table row: some cell of it holds a number. */
function inTableRow(grid: Grid, row: number): boolean {
  for (let col = 0; col < grid.colCount; col++) if (typeof grid.value(row, col) === 'number') return true;
  return false;
}

/**
 * The sheet's own sentences. `year`, when given, is the report's year and moves its years on by
 * one (for last year's report, to compare with this year's).
 */
export function ownSentences(
  grid: Grid,
  tables: readonly LocatedTable[],
  year: number | null = null,
): OwnSentence[] {
  const labels = formatLabels();
  const out: OwnSentence[] = [];
  for (const tc of textCells(grid, tables)) {
    if (inTableRow(grid, tc.cell.row)) continue;
    const line = tc.text.normalize('NFKC').replace(LEAD, '').trim();
    if (!SENTENCE_PUNCTUATION.test(line) && sentenceKey(line).length <= MAX_LINE) continue;
    for (const s of sentences(line)) {
      const flat = s.text.replace(/\s+/g, '');
      const bare = stripMarkers(flat);
      const heading = bare !== flat && sentenceKey(bare).length <= MAX_LINE && !/[，,；;]/.test(bare);
      if (heading || FORMAT_SENTENCES.some((re) => re.test(flat))) continue;
      const key = sentenceKey(year === null ? bare : shiftYears(bare, year));
      if (key.length < MIN_SENTENCE || isLabels(s.text, labels)) continue;
      out.push({ cell: tc.cell, key });
    }
  }
  return out;
}
