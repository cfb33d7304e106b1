import { cellKey } from '../../locate/types';
import { applicationsEquations, evaluate, reviewsEquations } from '../equations';
import { tableCells } from '../tables';
import type { Rule } from '../types';
import { suspectOf } from '../applications/suspect-cell';
import { cellProblem, reportGroup, type CellProblem } from './group';

/**
 * FORMAT.md cell rules: a blank or `—` `-` `/` `无` where the format wants 0 (counted as 0). A blank
 * total whose parts are not all zero is left to the totals rule ("missing total"), and the cell the
 * suspect-cell diagnosis names is left to it: it says what the cell should hold, which is not 0.
 */
const rule: Rule = {
  meta: {
    id: 'cell/blank',
    severity: 'warning',
    tags: ['cell'],
    description: {
      zh: '数字格为空或填了“—”“-”“/”“无”：格式要求填 0；求和时按 0 计算。',
      en: 'A number cell is blank or holds —, -, / or 无 where the format wants 0; it counts as 0 in sums.',
    },
    help: {
      zh: '没有发生的情形请填 0，不要留空或填横线，以免公开后被认为漏填。',
      en: 'Enter 0 where nothing happened, rather than leaving the cell blank or entering a dash.',
    },
    messages: {
      'zh-CN': {
        blank: '{row} × {column}：空白，应填 0',
        placeholder: '{row} × {column}：“{actual}”应填 0',
        blanks: '表{table}：{count} 格为空，应填 0（{cells}）',
        placeholders: '表{table}：{count} 格填了“—”“/”“无”等，应填 0（{cells}）',
      },
      en: {
        blank: '{row} × {column}: blank; 0 is expected',
        placeholder: '{row} × {column}: “{actual}” should be 0',
        blanks: 'Table {table}: {count} cells are blank; 0 is expected ({cellsEn})',
        placeholders: 'Table {table}: {count} cells hold a dash, “/” or “无”; 0 is expected ({cellsEn})',
      },
    },
  },
  check(context) {
    for (const table of context.tables) {
      const equations =
        table.table === 'applications'
          ? applicationsEquations(table)
          : table.table === 'reviews'
            ? reviewsEquations(table)
            : [];
      const toldElsewhere = new Set<string>();
      for (const eq of equations) {
        const result = evaluate(context, table, eq);
        if (result?.targetBlank && result.residual !== 0)
          toldElsewhere.add(cellKey(eq.target.rowId, eq.target.columnId));
      }
      const suspect = table.table === 'applications' ? suspectOf(context, table) : undefined;
      if (suspect) toldElsewhere.add(cellKey(suspect.rowId, suspect.columnId));
      const found: Record<'blank' | 'placeholder', CellProblem[]> = { blank: [], placeholder: [] };
      for (const tc of tableCells(table)) {
        const reading = context.read(table, tc.rowId, tc.columnId);
        const kind = reading?.parsed.kind;
        if (kind !== 'blank' && kind !== 'placeholder') continue;
        if (toldElsewhere.has(cellKey(tc.rowId, tc.columnId))) continue;
        found[kind].push(
          cellProblem(tc, table, {
            messageId: kind,
            expected: 0,
            actual: kind === 'blank' ? null : String(reading?.parsed.raw),
          }),
        );
      }
      reportGroup(context, table, 'blanks', found.blank, { expected: 0 });
      reportGroup(context, table, 'placeholders', found.placeholder, { expected: 0 });
    }
  },
};

export default rule;
