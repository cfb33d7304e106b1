import { APPLICATIONS, PROACTIVE, REVIEWS, TABLE_SECTION } from '../../format';
import type { ColumnDef } from '../../format';
import type { LocatedTable } from '../../locate/types';
import type { Rule } from '../types';

/** FORMAT.md structure rules: a column of the edition is absent or its header cannot be matched. */
const rule: Rule = {
  meta: {
    id: 'structure/missing-column',
    severity: 'error',
    tags: ['structure'],
    description: {
      zh: '表格缺少格式规定的某一列，或该列的表头无法识别。',
      en: 'A column the format requires is absent, or its header cannot be recognised.',
    },
    help: {
      zh: '请对照《政府信息公开工作年度报告格式》补齐该列，表头用规定的文字。',
      en: 'Add the column as the official format has it, with its official header.',
    },
    messages: {
      'zh-CN': { missing: '表{section}缺少“{expected}”一列（{edition} 年版格式），在 {cell} 附近未找到' },
      en: {
        missing: 'Table {section} lacks the column “{expected}” ({edition} edition); not found near {cell}',
      },
    },
  },
  check(context) {
    for (const table of context.tables)
      for (const missing of table.missingColumns) {
        const col = columnDef(table, missing.columnId);
        context.report({
          messageId: 'missing',
          cell: missing.near,
          table,
          column: missing.columnId,
          expected: col?.label.zh ?? missing.columnId,
          actual: null,
          data: { section: TABLE_SECTION[table.table], edition: table.edition },
        });
      }
  },
};

function columnDef(table: LocatedTable, columnId: string): ColumnDef | undefined {
  if (table.table === 'applications')
    return APPLICATIONS[table.edition].columns.find((c) => c.id === columnId);
  if (table.table === 'reviews') return REVIEWS[table.edition].columns.find((c) => c.id === columnId);
  for (const block of PROACTIVE[table.edition].blocks) {
    const col = block.columns.find((c) => c.id === columnId);
    if (col) return col;
  }
  // Stryker disable next-line all: unreachable: a missing column is one of its table's own
  return undefined;
}

export default rule;
