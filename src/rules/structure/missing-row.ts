import { APPLICATIONS, REVIEWS, TABLE_SECTION } from '../../format';
import type { ColumnDef, Text } from '../../format';
import type { LocatedTable, UnalignedRow } from '../../locate/types';
import { formatRowLabel, proactiveRow } from '../tables';
import type { Rule, RuleContext } from '../types';

/**
 * FORMAT.md structure rules: a row of the edition is absent or its label cannot be matched. A row
 * copied from a PDF whose label is there but whose count of numbers is not the table's count of
 * columns is reported here too, as such (`unaligned`): saying it was not found would mislead.
 */
const rule: Rule = {
  meta: {
    id: 'structure/missing-row',
    severity: 'error',
    tags: ['structure'],
    description: {
      zh: '表格缺少格式规定的某一行，或该行的标签无法识别，或从 PDF 复制来的一行数字个数与表格列数不符。',
      en: 'A row the format requires is absent, its label cannot be recognised, or a row copied from a PDF has more or fewer numbers than the table has columns.',
    },
    help: {
      zh: '请对照《政府信息公开工作年度报告格式》补齐该行，行标签用规定的文字；没有发生的情形也要保留该行并填 0。从 PDF 复制的表格中空白格会消失，数字个数不对时无法判断各数字属于哪一列：请把每个数字填入对应列的单元格。',
      en: 'Add the row as the official format has it, with its official label; keep it and enter 0 even where nothing happened. Text copied from a PDF loses blank cells, so a row with the wrong count of numbers cannot be read: put each number in the cell of its column.',
    },
    messages: {
      'zh-CN': {
        missing: '表{section}缺少“{expected}”一行（{edition} 年版格式），在 {cell} 附近未找到',
        unaligned:
          '“{label}”这一行有 {actual} 个数字，表{section}应有 {expected} 列（{columns}）：无法确定各数字属于哪一列，请按表格分列填写',
        unalignedValues:
          '表{section}的数字行有 {actual} 个数字，应有 {expected} 个（{columns}）：无法确定各数字属于哪一列，请按表格分列填写',
      },
      en: {
        missing:
          'Table {section} lacks the row “{expected}” ({labelEn}, {edition} edition); not found near {cell}',
        unaligned:
          'The row “{label}” ({labelEn}) has {actual} {actual:number|numbers}, but table {section} has {expected} {expected:column|columns} ({columnsEn}): which number belongs to which column cannot be told; put each number in its own column, as the table has them',
        unalignedValues:
          'The row of numbers of table {section} has {actual} {actual:number|numbers}, but should have {expected} ({columnsEn}): which number belongs to which column cannot be told; put each number in its own column, as the table has them',
      },
    },
  },
  check(context) {
    for (const table of context.tables) {
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
      for (const row of table.unalignedRows ?? []) reportUnaligned(context, table, row);
    }
  },
};

function reportUnaligned(context: RuleContext, table: LocatedTable, row: UnalignedRow): void {
  const columns = columnNames(table, row);
  // The label as the row shows it: no clause in front, as the row is found right there.
  const label = row.rowId ? rowLabel(table, row.rowId, false) : undefined;
  context.report({
    messageId: row.rowId ? 'unaligned' : 'unalignedValues',
    cell: row.cell,
    related: row.rowId ? [table.rowLabels.get(row.rowId) ?? row.cell] : [],
    table,
    row: row.rowId,
    expected: row.expected,
    actual: row.actual,
    data: {
      section: TABLE_SECTION[table.table],
      // A row of numbers alone (table 四's) has no label to name.
      ...(row.rowId ? { label: label?.zh ?? row.rowId, labelEn: label?.en ?? row.rowId } : {}),
      columns: columns.zh,
      columnsEn: columns.en,
    },
  });
}

/** The columns the row should have numbers for, in order: `自然人、商业企业、…、总计`. */
function columnNames(table: LocatedTable, row: UnalignedRow): Text {
  if (table.table === 'reviews') {
    // 15 numbers: name the groups and the five columns each repeats.
    const format = REVIEWS[table.edition];
    const per = (pick: (t: Text) => string, sep: string) =>
      format.columns.map((c) => pick(c.label)).join(sep);
    return {
      zh: `${format.groups.map((g) => g.label.zh).join('、')}各 ${format.columns.length} 列：${per((t) => t.zh, '、')}`,
      en: `${format.groups.map((g) => g.label.en).join(', ')}, ${format.columns.length} columns each: ${per((t) => t.en, ', ')}`,
    };
  }
  const defs = row.columnIds.map((id) => columnDef(table, row.rowId, id));
  return {
    zh: defs.map((d, i) => d?.label.zh ?? row.columnIds[i]).join('、'),
    en: defs.map((d, i) => d?.label.en ?? row.columnIds[i]).join(', '),
  };
}

function columnDef(table: LocatedTable, rowId: string | undefined, columnId: string): ColumnDef | undefined {
  if (table.table === 'applications')
    return APPLICATIONS[table.edition].columns.find((c) => c.id === columnId);
  const found = rowId === undefined ? undefined : proactiveRow(table.edition, rowId);
  return found?.block.columns.find((c) => c.id === columnId);
}

/** A row's label; a table 二 row's with its clause (`第二十条第（一）项 规章`) unless `clause` is false. */
function rowLabel(table: LocatedTable, rowId: string, clause = true): Text | undefined {
  if (!clause || table.table !== 'proactive') return formatRowLabel(table, rowId);
  const found = proactiveRow(table.edition, rowId);
  return found && { zh: `${found.block.clause} ${found.row.label.zh}`, en: found.row.label.en };
}

export default rule;
