import { tableCells } from '../tables';
import type { Rule } from '../types';
import { cellProblem, reportGroup, type CellProblem } from './group';

/** FORMAT.md cell rules: a number stored as text, full-width, with spaces or separators (value used). */
const rule: Rule = {
  meta: {
    id: 'cell/text-number',
    severity: 'warning',
    tags: ['cell'],
    fixable: true,
    description: {
      zh: '数字以文本形式存储，或含全角数字、空格、千位分隔符；其数值仍参与计算。',
      en: 'A number stored as text, or with full-width digits, spaces or thousands separators; its value is still used.',
    },
    help: {
      zh: '从 Word 或网页粘贴的数字常是文本，Excel 不会把它们计入求和。请改为常规数字（选中后“转换为数字”）。',
      en: 'Numbers pasted from Word or web pages are often text, which Excel leaves out of sums. Convert them to numbers.',
    },
    messages: {
      'zh-CN': {
        text: '{row} × {column}：“{actual}”是文本格式的数字，应为数字 {expected}',
        'full-width': '{row} × {column}：“{actual}”含全角数字，应为 {expected}',
        spaces: '{row} × {column}：“{actual}”含空格，应为 {expected}',
        separators: '{row} × {column}：“{actual}”含千位分隔符，应为 {expected}',
        many: '表{table}：{count} 格是文本格式的数字（或含全角数字、空格、千位分隔符），应改为数字（{cells}）',
      },
      en: {
        text: '{row} × {column}: “{actual}” is a number stored as text; the number {expected} is expected',
        'full-width': '{row} × {column}: “{actual}” has full-width digits; {expected} is expected',
        spaces: '{row} × {column}: “{actual}” contains spaces; {expected} is expected',
        separators: '{row} × {column}: “{actual}” has thousands separators; {expected} is expected',
        many: 'Table {table}: {count} cells hold numbers as text (or with full-width digits, spaces or separators); convert them to numbers ({cellsEn})',
      },
    },
  },
  check(context) {
    for (const table of context.tables) {
      const found: CellProblem[] = [];
      for (const tc of tableCells(table)) {
        const reading = context.read(table, tc.rowId, tc.columnId);
        if (reading?.parsed.kind !== 'text-number') continue;
        const issues = reading.parsed.issues;
        // Name the most telling issue: full width, then separators, then spaces, else plain text.
        const messageId =
          (['full-width', 'separators', 'spaces'] as const).find((i) => issues.includes(i)) ?? 'text';
        found.push(
          cellProblem(tc, table, { messageId, expected: reading.value, actual: String(reading.parsed.raw) }),
        );
      }
      reportGroup(context, table, 'many', found);
    }
  },
};

export default rule;
