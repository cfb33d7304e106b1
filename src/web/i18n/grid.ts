import type { Catalog } from './index';

/** Words of the report's grid view (GridView): rows left out of big grids, where rows came from. */
export const gridWords = {
  'zh-CN': {
    noGrids: '没有可显示的表格。',
    emptyGrid: '此工作表为空。',
    rowsHidden: '另有 {count} 行未显示：只显示前 {cap} 行，以及标记单元格所在的行和上下相邻行。',
    gapRows: '第 {first}–{last} 行未显示（{count} 行）',
    gapRow: '第 {first} 行未显示',
    originParagraph: '原文第 {paragraph} 段',
    originTable: '原文表格 {table} 第 {row} 行',
    originPage: '（第 {page} 页）',
    originLine: '原文第 {line} 行',
  },
  en: {
    noGrids: 'No tables to show.',
    emptyGrid: 'This sheet is empty.',
    rowsHidden:
      '{count} more {count:row is|rows are} not shown. Shown are the first {cap} rows, plus the row of each marked cell and the rows next to it.',
    gapRows: 'Rows {first}–{last} not shown ({count} {count:row|rows})',
    gapRow: 'Row {first} not shown',
    originParagraph: 'Paragraph {paragraph} of the document',
    originTable: 'Table {table}, row {row} of the document',
    originPage: ' (page {page})',
    originLine: 'Line {line} of the file',
  },
} satisfies Catalog<
  | 'noGrids'
  | 'emptyGrid'
  | 'rowsHidden'
  | 'gapRows'
  | 'gapRow'
  | 'originParagraph'
  | 'originTable'
  | 'originPage'
  | 'originLine'
>;
