import {
  evaluateMeanings,
  onlyTable,
  proseCells,
  quote,
  statements,
  type Evaluated,
  type Statement,
} from '../../narrative';
import { distinctCells } from '../related';
import type { Rule, RuleContext } from '../types';

/**
 * FORMAT.md, narrative/table-mismatch: a number the text gives for a quantity of tables 二, 三 or 四
 * that equals none of the quantities its words may mean (a row, a group of rows, a column).
 */
const rule: Rule = {
  meta: {
    id: 'narrative/table-mismatch',
    severity: 'warning',
    tags: ['narrative'],
    description: {
      zh: '正文中引用的申请数、办结数、结转数、各类办理结果数、行政复议和行政诉讼数、规范性文件数，应与表二、表三、表四的某一合理读法一致。',
      en: 'Numbers the text quotes (applications received, completed, carried over, each outcome, reviews, lawsuits, documents in force) must match a plausible reading of tables 二, 三 and 四.',
    },
    help: {
      zh: '正文和表格说的应是同一组数。核对是正文写错还是表格填错；若正文按“新收 + 上年结转”计数，或只统计本级、某一类申请人，请在正文中写明。',
      en: 'The text and the tables should tell the same numbers: find which one is wrong. If the text counts another scope (one office, one kind of applicant), say so in the text.',
    },
    messages: {
      'zh-CN': {
        mismatch: '正文“{quote}”称 {actual}，但表格中{readings}',
        scope:
          '正文“{quote}”称 {actual}，与表格不同（表格中{readings}）；正文的主语是“{scope}”，可能统计的是不同范围，请核对并在正文中写明',
      },
      en: {
        mismatch: 'Text “{quote}” says {actual}, but the tables give {readingsEn}',
        scope:
          'Text “{quote}” says {actual}, unlike the tables ({readingsEn}); its subject is “{scope}”, so it may count a different scope: check, and say so in the text',
      },
    },
  },
  applies: (context) => proseCells(context.grid, context.tables).length > 0 && hasTables(context),
  check(context) {
    for (const tc of proseCells(context.grid, context.tables))
      for (const st of statements(tc.text, context.year)) {
        const options = evaluateMeanings(st.meanings, context.tables, context.read);
        if (options.length === 0 || options.some((o) => o.value === st.value)) continue;
        report(context, tc.cell, st, options);
      }
  },
};

function report(
  context: RuleContext,
  cell: { row: number; col: number },
  st: Statement,
  options: Evaluated[],
) {
  context.report({
    messageId: st.scope ? 'scope' : 'mismatch',
    cell,
    related: distinctCells(options.flatMap((o) => o.cells)),
    table: options[0].table,
    expected: options[0].value,
    actual: st.value,
    key: String(st.start),
    data: {
      quote: quote(st.clause.text),
      readings: options.map((o) => `${o.reading.name.zh}为 ${o.value}`).join('，'),
      readingsEn: options.map((o) => `${o.reading.name.en} = ${o.value}`).join(', '),
      ...(st.scope ? { scope: st.scope } : {}),
    },
  });
}

/** Tables 三 or 四, or table 二 when the text states one of its quantities. */
function hasTables(context: RuleContext): boolean {
  if (onlyTable(context.tables, 'applications') || onlyTable(context.tables, 'reviews')) return true;
  if (!onlyTable(context.tables, 'proactive')) return false;
  return proseCells(context.grid, context.tables).some((tc) =>
    statements(tc.text, context.year).some(
      (st) => evaluateMeanings(st.meanings, context.tables, context.read).length > 0,
    ),
  );
}

export default rule;
