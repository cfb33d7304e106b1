import { TABLE_SECTION } from '../../format';
import type { Rule } from '../types';

/**
 * FORMAT.md structure rules: the 2019 trial format was for reports of 2019 and 2020. A 2019-layout
 * table in a report for 2022 or later is an error; in a 2021 report (the first year of the new
 * format) a warning.
 */
const rule: Rule = {
  meta: {
    id: 'structure/edition',
    severity: 'error',
    tags: ['structure'],
    description: {
      zh: '表格版式与报告年度不符：2021 年度起应使用 2021 年版格式（国办公开办函〔2021〕30号）。',
      en: 'The table layout does not match the report year: reports for 2021 onward use the 2021 edition.',
    },
    help: {
      zh: '2019 年版（试行）格式只用于 2019、2020 年度报告。请改用 2021 年版格式：表三“（六）其他处理”分为三项，表二改为“本年制发件数”等栏目。可用“插入模板”生成新版表格。',
      en: 'The 2019 trial format was for 2019 and 2020 reports only. Switch to the 2021 edition (（六） split into three rows, new table 二 columns).',
    },
    messages: {
      'zh-CN': {
        outdated: '表{section}使用的是 {actual} 年版格式，{year} 年度报告应使用 {expected} 年版格式',
      },
      en: {
        outdated:
          'Table {section} uses the {actual} edition; a report for {year} should use the {expected} edition',
      },
    },
  },
  applies: (context) => context.year !== null && context.tables.length > 0,
  check(context) {
    const year = context.year;
    if (year === null) return;
    for (const table of context.tables) {
      if (table.edition !== '2019' || year < 2021) continue;
      context.report({
        messageId: 'outdated',
        severity: year >= 2022 ? 'error' : 'warning',
        cell: { row: table.bounds.top, col: table.bounds.left },
        table,
        expected: '2021',
        actual: '2019',
        data: { section: TABLE_SECTION[table.table], year },
      });
    }
  },
};

export default rule;
