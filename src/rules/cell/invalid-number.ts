import { tableCells } from '../tables';
import type { Rule } from '../types';

/** FORMAT.md cell rules: every count a non-negative integer; amounts non-negative; 增/减 an integer. */
const rule: Rule = {
  meta: {
    id: 'cell/invalid-number',
    severity: 'error',
    tags: ['cell'],
    description: {
      zh: '每个数字格应为非负整数（金额可有小数，“本年增/减”可为负数）；负数、小数或非数字文字都是错误。',
      en: 'Every number cell must hold a non-negative integer (amounts may have decimals; 2019 “change” may be negative).',
    },
    help: {
      zh: '件数只能是 0 或正整数。没有发生的填 0；文字说明请写在表格外。',
      en: 'Counts are 0 or whole positive numbers. Enter 0 where nothing happened; put explanations outside the table.',
    },
    messages: {
      'zh-CN': {
        text: '{row} × {column}：“{actual}”不是数字，应填非负整数',
        negative: '{row} × {column}：{actual} 是负数，应填非负数',
        decimal: '{row} × {column}：{actual} 不是整数，件数应为整数',
      },
      en: {
        text: '{row} × {column}: “{actual}” is not a number; a non-negative whole number is expected',
        negative: '{row} × {column}: {actual} is negative; a non-negative number is expected',
        decimal: '{row} × {column}: {actual} is not a whole number; counts are whole numbers',
      },
    },
  },
  check(context) {
    for (const table of context.tables)
      for (const tc of tableCells(table)) {
        const reading = context.read(table, tc.rowId, tc.columnId);
        // Stryker disable next-line ConditionalExpression: unreachable: the table's own cells always read
        if (!reading) continue;
        const { parsed, value } = reading;
        const base = { cell: tc.cell, table, row: tc.rowId, column: tc.columnId };
        if (parsed.kind === 'invalid') {
          context.report({ ...base, messageId: 'text', expected: null, actual: String(parsed.raw) });
          continue;
        }
        // Stryker disable next-line ConditionalExpression: unreachable: only an invalid cell reads as null, reported above
        if (value === null) continue;
        if (value < 0 && tc.kind !== 'delta')
          context.report({
            ...base,
            messageId: 'negative',
            expected: null,
            actual: value,
          });
        else if (!Number.isInteger(value) && tc.kind !== 'amount')
          context.report({ ...base, messageId: 'decimal', expected: Math.round(value), actual: value });
      }
  },
};

export default rule;
