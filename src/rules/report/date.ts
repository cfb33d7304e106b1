import { compareDates, dateLine, formatDate, type CalendarDate } from '../../narrative/dates';
import { textCells } from '../../narrative';
import { isWholeReport } from '../../narrative/sections';
import { bodyKind, detectBody, type BodyKind } from '../../report/body';
import type { Rule } from '../types';

/** The date line closes the report: only its last few paragraphs are read for it. */
const LAST_CELLS = 5;

const MESSAGE: Record<BodyKind, string> = {
  department: 'lateDepartment',
  'county-government': 'lateGovernment',
  unknown: 'lateUnknown',
};

/**
 * FORMAT.md, the whole report (《政府信息公开条例》 Art. 49): a department publishes by 1月31日 of
 * the next year, a people's government at county level or above by 3月31日. Which one the body is
 * comes from the name in the title; when it does not say, the later deadline is taken.
 */
const rule: Rule = {
  meta: {
    id: 'report/date',
    severity: 'warning',
    tags: ['report'],
    description: {
      zh: '报告末尾的成文日期不应晚于《政府信息公开条例》第四十九条规定的期限：部门为次年1月31日，县级以上人民政府为次年3月31日。',
      en: 'The date at the end of the report must not be after the deadline of the Regulations, Art. 49: 31 January of the next year for a department, 31 March for a people’s government at county level or above.',
    },
    help: {
      zh: '核对报告落款日期：晚于期限的报告在考核中可能扣分；日期早于报告年度结束多为沿用上年报告未改年份。机关类型按标题中的机关名称判断（以“人民政府”结尾的县级以上政府适用3月31日，其他机关按部门适用1月31日），无法判断时按3月31日。',
      en: 'Check the date the report is signed: a late report may lose points in assessments; a date before the year ended is usually last year’s left unchanged. The body type comes from the name in the title (a county-level or higher government ends with 人民政府; others are departments); when unclear, 31 March applies.',
    },
    messages: {
      'zh-CN': {
        lateDepartment:
          '落款日期 {actual} 晚于期限 {expected}（按机关名称“{body}”判断为政府部门，期限为次年1月31日）',
        lateGovernment:
          '落款日期 {actual} 晚于期限 {expected}（按机关名称“{body}”判断为县级以上人民政府，期限为次年3月31日）',
        lateUnknown:
          '落款日期 {actual} 晚于期限 {expected}（无法从机关名称判断机关类型，按较晚的次年3月31日）',
        early: '落款日期 {actual} 早于报告年度 {year} 年结束，应为 {expected} 之后的日期',
      },
      en: {
        lateDepartment:
          'The report is dated {actual}, after the deadline {expected} (the name “{body}” reads as a department: 31 January of the next year)',
        lateGovernment:
          'The report is dated {actual}, after the deadline {expected} (the name “{body}” reads as a people’s government at county level or above: 31 March of the next year)',
        lateUnknown:
          'The report is dated {actual}, after the deadline {expected} (the body type cannot be told from its name: the later deadline, 31 March, applies)',
        early: 'The report is dated {actual}, before its year {year} ended: expected a date after {expected}',
      },
    },
  },
  // A date under a sheet of tables may be the day it was filled in: only a whole report's counts.
  applies: (context) => context.year !== null && isWholeReport(context.grid, context.tables),
  check(context) {
    const year = context.year;
    if (year === null || !isWholeReport(context.grid, context.tables)) return;
    const last = textCells(context.grid, context.tables).slice(-LAST_CELLS);
    let line: { cell: (typeof last)[number]['cell']; date: CalendarDate } | undefined;
    for (const tc of last) {
      const date = dateLine(tc.text);
      if (date) line = { cell: tc.cell, date };
    }
    if (!line) return;
    const { date, cell } = line;
    const yearEnd: CalendarDate = { year, month: 12, day: 31 };
    // A month without a day may still be the year's last day: early only when it surely is not.
    const latest: CalendarDate = { ...date, day: date.day ?? 31 };
    if (compareDates(latest, yearEnd) < 0) {
      context.report({
        messageId: 'early',
        cell,
        expected: formatDate(yearEnd),
        actual: formatDate(date),
        data: { year },
      });
      return;
    }
    const body = detectBody(context.grid);
    const kind = bodyKind(body);
    const deadline: CalendarDate = { year: year + 1, month: kind === 'department' ? 1 : 3, day: 31 };
    // A month without a day is late only when its first day already is.
    if (compareDates(date, deadline) <= 0) return;
    context.report({
      messageId: MESSAGE[kind],
      cell,
      expected: formatDate(deadline),
      actual: formatDate(date),
      // The unknown kind names no body: there is none to show.
      data: kind === 'unknown' ? {} : { body },
    });
  },
};

export default rule;
