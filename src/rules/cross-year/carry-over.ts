import { APPLICATIONS } from '../../format';
import type { Rule } from '../types';
import { pairedTables } from './pairs';

/** FORMAT.md, cross-year/carry-over: this year's carried-in = last year's carried-forward, per column. */
const rule: Rule = {
  meta: {
    id: 'cross-year/carry-over',
    severity: 'warning',
    tags: ['cross-year'],
    description: {
      zh: '本年表三“上年结转”应等于上一年度报告表三“结转下年度继续办理”，逐列比较。',
      en: 'Table 三 carried in this year must equal last year’s carried forward, column by column.',
    },
    help: {
      zh: '上年未办结的申请应结转到本年。数字不同时，核对本年填写或上年报告是否有误；上年报告已发布的，在本年报告中说明原因。',
      en: 'Applications still open at the end of last year carry over into this year; find which report is wrong.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '{column}：上年结转应等于上年报告（{source}）的结转下年度 {expected}，实际为 {actual}（差 {+diff}）',
        blank: '{column}：上年结转为空，按上年报告（{source}）的结转下年度应为 {expected}',
      },
      en: {
        mismatch:
          '{column}: carried in should equal last year’s carried forward ({source}), {expected}; found {actual} (off by {+diff})',
        blank: '{column}: carried in is blank; last year’s carried forward ({source}) gives {expected}',
      },
    },
  },
  applies: (context) => pairedTables(context, 'applications') !== undefined,
  check(context) {
    const paired = pairedTables(context, 'applications');
    if (!paired) return;
    for (const [now, before] of paired.pairs)
      for (const col of APPLICATIONS[now.edition].columns) {
        const carriedIn = context.read(now, 'carried-in', col.id);
        const forward = paired.previous.read(before, 'carried-forward', col.id);
        if (!carriedIn || !forward || carriedIn.value === null || forward.value === null) continue;
        if (carriedIn.value === forward.value) continue;
        // A blank counts as 0 but is told as blank, with no difference, like a missing total.
        const blank = carriedIn.parsed.kind === 'blank';
        context.report({
          messageId: blank ? 'blank' : 'mismatch',
          cell: carriedIn.cell,
          table: now,
          row: 'carried-in',
          column: col.id,
          expected: forward.value,
          actual: blank ? null : carriedIn.value,
          data: {
            source: paired.previous.source,
            ...(blank ? {} : { diff: carriedIn.value - forward.value }),
          },
        });
      }
  },
};

export default rule;
