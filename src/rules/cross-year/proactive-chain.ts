import { PROACTIVE } from '../../format';
import type { Rule } from '../types';
import type { CellReading } from '../values';
import { chainExplanation } from './chain-explanation';
import { pairedTables } from './pairs';

/**
 * FORMAT.md, cross-year/proactive-chain (2021 edition): documents in force = last year's in force
 * + issued this year − repealed this year, for 规章 and 行政规范性文件. A break the text explains
 * (a clean-up of documents, see chain-explanation.ts) is reported as explained, quoting the
 * explanation: there is no lower severity than a warning, so the message says it is accounted for.
 */
const rule: Rule = {
  meta: {
    id: 'cross-year/proactive-chain',
    severity: 'warning',
    tags: ['cross-year'],
    description: {
      zh: '表二“现行有效件数”应等于上年报告的现行有效件数加本年制发件数、减本年废止件数（2021 年版）。',
      en: 'Table 二 in force must equal last year’s in force + issued this year − repealed this year (2021 edition).',
    },
    help: {
      zh: '现行有效件数是逐年累计的。数字不同时，核对本年制发、废止件数是否漏记，或上年报告的现行有效件数。开展规章和规范性文件清理后件数可能不接续：正文说明了原因的（如“现行有效件数根据清理结果进行了调整”），提示中引用该说明，核对说明与数字相符即可。',
      en: 'The count in force accumulates year by year: check issued, repealed and last year’s figure. After a clean-up of rules and normative documents the chain may break: where the text says so (e.g. 现行有效件数根据清理结果进行了调整), the finding quotes it; check that it accounts for the numbers.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '{row}：现行有效件数应为上年报告（{source}）的 {before} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，实际为 {actual}（差 {+diff}）',
        explained:
          '{row}：现行有效件数 {actual} 与上年报告（{source}）的 {before} + 本年制发 {issued} − 本年废止 {repealed} = {expected} 不接续（差 {+diff}），正文已说明原因：“{quote}”',
        blank:
          '{row}：现行有效件数为空，按上年报告（{source}）的 {before} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}',
      },
      en: {
        mismatch:
          '{row}: in force should be last year’s {before} ({source}) + issued {issued} − repealed {repealed} = {expected}; found {actual} (off by {+diff})',
        explained:
          '{row}: in force {actual} does not follow from last year’s {before} ({source}) + issued {issued} − repealed {repealed} = {expected} (off by {+diff}); the text explains why: “{quote}”',
        blank:
          '{row}: in force is blank; last year’s {before} ({source}) + issued {issued} − repealed {repealed} gives {expected}',
      },
    },
  },
  applies: (context) =>
    pairedTables(context, 'proactive')?.pairs.some(
      ([now, before]) => now.edition === '2021' && before.edition === '2021',
    ) ?? false,
  check(context) {
    const paired = pairedTables(context, 'proactive');
    if (!paired) return;
    // Looked for once, at the first break.
    let explanation: ReturnType<typeof chainExplanation> | null = null;
    for (const [now, before] of paired.pairs) {
      if (now.edition !== '2021' || before.edition !== '2021') continue;
      const block = PROACTIVE['2021'].blocks.find((b) => b.columns.some((c) => c.id === 'in-force'));
      for (const row of block?.rows ?? []) {
        const inForce = known(context.read(now, row.id, 'in-force'));
        const issued = known(context.read(now, row.id, 'issued'));
        const repealed = known(context.read(now, row.id, 'repealed'));
        const last = known(paired.previous.read(before, row.id, 'in-force'));
        // A column not found or a cell in words: nothing to compare.
        if (!inForce || !issued || !repealed || !last) continue;
        const [actual, add, remove, base] = [inForce.value, issued.value, repealed.value, last.value];
        const expected = base + add - remove;
        if (actual === expected) continue;
        // A blank counts as 0 but is told as blank, with no difference: no text explains a gap.
        const blank = inForce.parsed.kind === 'blank';
        if (!blank && explanation === null) explanation = chainExplanation(context);
        const explained = blank ? null : explanation;
        context.report({
          messageId: blank ? 'blank' : explained ? 'explained' : 'mismatch',
          cell: inForce.cell,
          related: explained
            ? [issued.cell, repealed.cell, explained.cell.cell]
            : [issued.cell, repealed.cell],
          table: now,
          row: row.id,
          column: 'in-force',
          expected,
          actual: blank ? null : actual,
          data: {
            source: paired.previous.source,
            before: base,
            issued: add,
            repealed: remove,
            ...(blank ? {} : { diff: actual - expected }),
            ...(explained ? { quote: explained.quote } : {}),
          },
        });
      }
    }
  },
};

/** A reading with a number: not a missing cell, not one in words. */
function known(reading: CellReading | undefined): (CellReading & { value: number }) | undefined {
  return reading && reading.value !== null ? { ...reading, value: reading.value } : undefined;
}

export default rule;
