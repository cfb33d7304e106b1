import { itemizedSums, proseCells, quote } from '../../narrative';
import type { Rule } from '../types';

/**
 * FORMAT.md, across the report: "…N条，其中：A类a条，B类b条…" (or "N条（A类a条、B类b条）") whose parts
 * do not add up to N. A bracket inside the list breaks down one item and is a sum of its own.
 */
const rule: Rule = {
  meta: {
    id: 'narrative/itemized-sum',
    severity: 'warning',
    tags: ['narrative'],
    description: {
      zh: '正文中“共N条，其中：…a条，…b条”一类的分项之和应等于总数。',
      en: 'In the text, the parts listed after “N items, of which: …” must add up to N.',
    },
    help: {
      zh: '核对总数和各分项：可能漏列或多列了一项，或某个数写错。正文中的数应与表格一致。',
      en: 'Check the total and each part: an item may be missing or extra, or a number mistyped.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '正文“{quote}”：总数为 {actual}{unit}，但 {parts} 项分项之和为 {expected}{unit}（差 {+diff}）',
      },
      en: {
        mismatch:
          'Text “{quote}”: the total is {actual} but its {parts} parts add up to {expected} (off by {+diff})',
      },
    },
  },
  // Prose is checked with or without tables.
  applies: (context) => proseCells(context.grid, context.tables).length > 0,
  check(context) {
    for (const tc of proseCells(context.grid, context.tables))
      for (const sum of itemizedSums(tc.text)) {
        // The list may end at any ； or verb: it adds up if it does so at one of them.
        if (sum.sums.includes(sum.total.value)) continue;
        if (mayBeSomeOutcomes(sum.quote, sum.sum, sum.total.value)) continue;
        context.report({
          messageId: 'mismatch',
          cell: tc.cell,
          expected: sum.sum,
          actual: sum.total.value,
          key: String(sum.sentence.start + sum.total.index),
          data: {
            quote: quote(sum.quote),
            unit: sum.total.unit,
            parts: sum.parts.length,
            diff: sum.total.value - sum.sum,
          },
        });
      }
  },
};

/** The six kinds of outcome of table 三 (（一）…（六）), as the text names them. */
const OUTCOMES = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];

/**
 * “办结62件，其中予以公开25件，部分公开10件”: a list of some kinds of outcome names the ones worth
 * mentioning, not all of them, so parts that add up to less say nothing. More than the total is still
 * wrong, and so is a list naming all six kinds.
 */
function mayBeSomeOutcomes(quoted: string, sum: number, total: number): boolean {
  if (sum >= total) return false;
  const named = OUTCOMES.filter((o) => quoted.includes(o)).length;
  return named > 0 && named < OUTCOMES.length;
}

export default rule;
