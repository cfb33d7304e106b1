import { textCells } from '../../narrative';
import type { Rule, RuleContext } from '../types';
import { repeatedCharacters } from './overlap';
import { ownSentences, type OwnSentence } from './own-text';
import { unchangedCells } from './unchanged-cells';

/** 宿迁's assessment deducts points where more than half of the report repeats last year's. */
const THRESHOLD = 0.5;
/** Less of the body's own prose than this is too little to judge (a report of tables, a stub). */
const MIN_CHARACTERS = 200;
/** Section 一's heading, where the finding points: it is about the whole text. */
const SECTION_ONE = /^[#*\s]*一\s*[、.．]/;

const characters = (sentences: readonly OwnSentence[]) =>
  sentences.reduce((n, s) => n + [...s.key].length, 0);

/** Last year's report year, or the year before this one when only this one's is known. */
function lastYearOf(context: RuleContext): number | null {
  return context.previous?.year ?? (context.year === null ? null : context.year - 1);
}

/**
 * FORMAT.md, "The whole report" (copying last year): the share of this year's own prose that
 * repeats last year's report of the same body (see own-text.ts for what is left out as format
 * text, overlap.ts for when a sentence counts as repeated), and, alongside, the share of table
 * numbers left unchanged (unchanged-cells.ts). Warns on the prose share alone.
 */
const rule: Rule = {
  meta: {
    id: 'cross-year/similarity',
    severity: 'warning',
    tags: ['cross-year'],
    description: {
      zh: '本年报告正文与上一年度报告重复的比例不应达到 50%（同时给出表格数字未变的比例）。',
      en: 'No more than half of the report’s text may repeat last year’s report (the share of unchanged table numbers is given too).',
    },
    help: {
      zh: '2021 年通知批评年度报告“内容雷同”，宿迁市考核细则对“与上年度重复率大于50%”的报告扣 0.5 分。计算方法：把两年正文分成句子，统一全角半角、去掉空白和标点，并把上年报告中的年份顺延一年（上年的“2020年”对应本年的“2021年”）；标题、小标题、表格标签、统计期限、“本报告根据……编制”、发布网站和联系方式等格式规定的文字，以及少于 8 个字的句子不计。本年句子与上年某句相同，或两句的相邻两字组合重合度（Dice 系数）不低于 0.9（如长句只改了一个数字），该句的字数计为重复；重复字数除以本年正文总字数即为正文重复率（本年正文不足 200 字的不作判断）。表格数字未变率只统计表二、表三、表四中两年至少一年不为 0 的数字。请结合本年工作实际重写总体情况、问题和改进等部分。',
      en: 'The 2021 notice condemns reports whose content repeats, and 宿迁’s assessment deducts 0.5 points where more than 50% repeats last year’s. How it is measured: both years’ text is split into sentences, normalised (full/half width, no whitespace or punctuation) and last year’s years are moved on by one (its “2020年” is this year’s “2021年”); headings, titles, table labels, the statistics period, the preamble (本报告根据……编制), the publication and contact lines, and sentences under 8 characters do not count. A sentence of this year counts as repeated when last year has the same sentence, or one sharing at least 0.9 of its character bigrams (Dice coefficient; a long sentence with one figure changed); repeated characters over all characters of this year’s text give the text share (under 200 characters is too little to judge). The table share counts the numbers of tables 二, 三 and 四 where at least one year is not 0. Rewrite the overview, problems and improvements from this year’s work.',
    },
    messages: {
      'zh-CN': {
        repeated:
          '正文 {textRate}% 与上年报告（{source}）重复（{characters} 字中 {repeated} 字），表格数字 {tableRate}% 未变（{compared} 个中 {same} 个）；正文重复率应低于 50%',
        repeatedText:
          '正文 {textRate}% 与上年报告（{source}）重复（{characters} 字中 {repeated} 字），表格无可比较的数字；正文重复率应低于 50%',
      },
      en: {
        repeated:
          '{textRate}% of the text repeats last year’s report ({source}) ({repeated} of {characters} characters), and {tableRate}% of the table numbers are unchanged ({same} of {compared}); keep the repeated text below 50%',
        repeatedText:
          '{textRate}% of the text repeats last year’s report ({source}) ({repeated} of {characters} characters); the tables have no numbers to compare; keep the repeated text below 50%',
      },
    },
  },
  applies: (context) => context.previous !== undefined,
  check(context) {
    const previous = context.previous;
    if (!previous) return;
    const now = ownSentences(context.grid, context.tables);
    const total = characters(now);
    if (total < MIN_CHARACTERS) return;
    const before = ownSentences(previous.grid, previous.tables, lastYearOf(context));
    const repeated = repeatedCharacters(
      now.map((s) => s.key),
      before.map((s) => s.key),
    );
    if (repeated / total < THRESHOLD) return;
    const { same, compared } = unchangedCells(context);
    // Rounded down: a printed 50% is never a share below it.
    const textRate = Math.floor((100 * repeated) / total);
    const heading = textCells(context.grid, context.tables).find((tc) => SECTION_ONE.test(tc.text));
    const text = { source: previous.source, textRate, repeated, characters: total };
    context.report({
      cell: heading?.cell ?? now[0].cell,
      actual: textRate,
      // The tables' share only where they had numbers to compare.
      ...(compared > 0
        ? {
            messageId: 'repeated',
            data: { ...text, tableRate: Math.floor((100 * same) / compared), same, compared },
          }
        : { messageId: 'repeatedText', data: text }),
    });
  },
};

export default rule;
