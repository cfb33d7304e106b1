import type { Rule } from '../types';

/** FORMAT.md table 二: the 2019 label 规范性文件 in a 2021-edition table (now 行政规范性文件). */
const rule: Rule = {
  meta: {
    id: 'proactive/outdated-label',
    severity: 'warning',
    tags: ['proactive', 'structure'],
    fixable: true,
    description: {
      zh: '2021 年版表二中仍使用旧标签“规范性文件”，应为“行政规范性文件”。',
      en: 'A 2021-edition table 二 still uses the old label 规范性文件; the current label is 行政规范性文件.',
    },
    help: {
      zh: '2021 年版格式将“规范性文件”改为“行政规范性文件”，请更新行标签。',
      en: 'The 2021 edition renamed 规范性文件 to 行政规范性文件: update the row label.',
    },
    messages: {
      'zh-CN': { outdated: '表二行标签“{actual}”已过时，2021 年版格式为“{expected}”' },
      en: { outdated: 'Table 二 row label “{actual}” is outdated; the 2021 edition says “{expected}”' },
    },
  },
  applies: (context) => context.tables.some((t) => t.table === 'proactive' && t.edition === '2021'),
  check(context) {
    for (const table of context.tables)
      for (const label of table.outdatedLabels)
        context.report({
          messageId: 'outdated',
          cell: label.cell,
          table,
          row: label.rowId,
          expected: '行政规范性文件',
          actual: label.found,
        });
  },
};

export default rule;
