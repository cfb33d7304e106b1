import { APPLICATIONS, PROACTIVE, TABLE_SECTION } from '../../format';
import type { Text } from '../../format';
import type { LocatedTable } from '../../locate/types';
import type { Rule } from '../types';

/** FORMAT.md structure rules: a row of the edition is absent or its label cannot be matched. */
const rule: Rule = {
  meta: {
    id: 'structure/missing-row',
    severity: 'error',
    tags: ['structure'],
    description: {
      zh: '表格缺少格式规定的某一行，或该行的标签无法识别。',
      en: 'A row the format requires is absent, or its label cannot be recognised.',
    },
    help: {
      zh: '请对照《政府信息公开工作年度报告格式》补齐该行，行标签用规定的文字；没有发生的情形也要保留该行并填 0。',
      en: 'Add the row as the official format has it, with its official label; keep it and enter 0 even where nothing happened.',
    },
    messages: {
      'zh-CN': { missing: '表{section}缺少“{expected}”一行（{edition} 年版格式），在 {cell} 附近未找到' },
      en: {
        missing: 'Table {section} lacks the row “{expected}” ({edition} edition); not found near {cell}',
      },
    },
  },
  check(context) {
    for (const table of context.tables)
      for (const missing of table.missingRows) {
        const label = rowLabel(table, missing.rowId);
        context.report({
          messageId: 'missing',
          cell: missing.near,
          table,
          row: missing.rowId,
          expected: label?.zh ?? missing.rowId,
          actual: null,
          data: {
            section: TABLE_SECTION[table.table],
            edition: table.edition,
            labelEn: label?.en ?? missing.rowId,
          },
        });
      }
  },
};

function rowLabel(table: LocatedTable, rowId: string): Text | undefined {
  if (table.table === 'applications')
    return APPLICATIONS[table.edition].rows.find((r) => r.id === rowId)?.label;
  if (table.table === 'proactive')
    for (const block of PROACTIVE[table.edition].blocks) {
      const row = block.rows.find((r) => r.id === rowId);
      if (row) return { zh: `${block.clause} ${row.label.zh}`, en: row.label.en };
    }
  return undefined;
}

export default rule;
