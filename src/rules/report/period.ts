import { formatDate, statedPeriods, daysIn, type CalendarDate } from '../../narrative/dates';
import { quote, textCells } from '../../narrative';
import type { Rule } from '../types';

const range = (from: CalendarDate, to: CalendarDate): string => `${formatDate(from)}至${formatDate(to)}`;

/** The first day of a year, or its last: a missing day stands for the whole month. */
const isYearStart = (d: CalendarDate) => d.month === 1 && (d.day ?? 1) === 1;
const isYearEnd = (d: CalendarDate) => d.month === 12 && (d.day ?? 31) === daysIn(d.year, 12);

/** FORMAT.md, the whole report: the statistics period is the report year, 1月1日 to 12月31日. */
const rule: Rule = {
  meta: {
    id: 'report/period',
    severity: 'warning',
    tags: ['report'],
    description: {
      zh: '报告所述的数据统计期限应为报告年度的1月1日至12月31日。',
      en: 'The statistics period the report states must be its year, 1 January to 31 December.',
    },
    help: {
      zh: '年度报告的数据统计期限通常写作“本报告所列数据的统计期限自Y年1月1日起至Y年12月31日止”，Y 为报告年度。年份写错多因沿用上年报告。',
      en: 'Reports state it as “本报告所列数据的统计期限自Y年1月1日起至Y年12月31日止”, Y being the report year; a wrong year is often left over from last year’s report.',
    },
    messages: {
      'zh-CN': {
        year: '正文“{quote}”：统计期限为 {actual}，但报告年度为 {year} 年，应为 {expected}',
        partial: '正文“{quote}”：统计期限为 {actual}，不是完整的报告年度，应为 {expected}',
      },
      en: {
        year: 'Text “{quote}”: the statistics period is {actual}, but the report year is {year}: expected {expected}',
        partial:
          'Text “{quote}”: the statistics period {actual} is not the whole report year: expected {expected}',
      },
    },
  },
  applies: (context) => context.year !== null && textCells(context.grid, context.tables).length > 0,
  check(context) {
    const year = context.year;
    if (year === null) return;
    const expected = range({ year, month: 1, day: 1 }, { year, month: 12, day: 31 });
    for (const tc of textCells(context.grid, context.tables))
      for (const p of statedPeriods(tc.text)) {
        const wholeYear = p.from.year === p.to.year && isYearStart(p.from) && isYearEnd(p.to);
        if (wholeYear && p.from.year === year) continue;
        context.report({
          messageId: wholeYear ? 'year' : 'partial',
          cell: tc.cell,
          key: String(p.start),
          expected,
          actual: range(p.from, p.to),
          // Only the wrong year's message names the report year.
          data: wholeYear ? { quote: quote(p.sentence), year } : { quote: quote(p.sentence) },
        });
      }
  },
};

export default rule;
