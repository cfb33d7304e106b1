import { tableCells } from '../tables';
import type { Rule } from '../types';
import { cellProblem, reportGroup, type CellProblem } from './group';

/** FORMAT.md table 二: unit or note text inside a number cell (`5件`, `0.3万元`, `2（其中…）`). */
const rule: Rule = {
  meta: {
    id: 'cell/unit-text',
    severity: 'warning',
    tags: ['cell'],
    description: {
      zh: '数字格中带有单位或说明文字（如“件”“元”“（其中…）”）；其中的数字仍参与计算。',
      en: 'A number cell carries unit or note text (件, 元, （其中…）); the number in it is still used.',
    },
    help: {
      zh: '单位已在表头注明，格内只填数字；需要说明的内容写在表格下方或第六部分。',
      en: 'Units are given in the header: keep only the number in the cell and put notes below the table.',
    },
    messages: {
      'zh-CN': {
        unit: '{row} × {column}：“{actual}”含文字“{unit}”，应只填数字 {expected}',
        many: '表{table}：{count} 格含单位或说明文字，应只填数字（{cells}）',
      },
      en: {
        unit: '{row} × {column}: “{actual}” contains the text “{unit}”; only the number {expected} is expected',
        many: 'Table {table}: {count} cells carry unit or note text; only numbers are expected ({cellsEn})',
      },
    },
  },
  check(context) {
    for (const table of context.tables) {
      const found: CellProblem[] = [];
      for (const tc of tableCells(table)) {
        const reading = context.read(table, tc.rowId, tc.columnId);
        if (reading?.parsed.kind !== 'unit-text') continue;
        found.push(
          cellProblem(tc, table, {
            messageId: 'unit',
            expected: reading.value,
            actual: String(reading.parsed.raw),
            data: { unit: reading.parsed.unit },
          }),
        );
      }
      reportGroup(context, table, 'many', found);
    }
  },
};

export default rule;
