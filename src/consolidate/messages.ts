/** Words about consolidation shared by the workbook, the CLI and the task pane, Chinese first. */
import type { Text } from '../format';
import type { ExclusionReason, SkippedCell } from './types';
import type { FallbackReason } from './formula';

export const EXCLUSION: Record<ExclusionReason, Text> = {
  edition: {
    zh: '格式版本为 {found} 版，与汇总表的 {edition} 版不同，未纳入汇总',
    en: 'uses the {found} edition, not the {edition} edition of the consolidated report; left out',
  },
  errors: {
    zh: '表格有 {errors} 处错误，按要求未纳入汇总',
    en: 'its tables have {errors} errors; left out as asked',
  },
  'no-tables': {
    zh: '没有找到表二、表三或表四，未纳入汇总',
    en: 'no table 二, 三 or 四 found; left out',
  },
};

/** Said of an included department whose tables have errors: its numbers are in the sums anyway. */
export const INCLUDED_WITH_ERRORS: Text = {
  zh: '表格有 {errors} 处错误，已纳入汇总（可用“排除有错误的单位”将其排除）',
  en: 'its tables have {errors} errors but are in the sums (exclude invalid departments to leave it out)',
};

export const SKIPPED: Record<SkippedCell['reason'], Text> = {
  unreadable: {
    zh: '{source} 的内容“{raw}”不是有效数字，未计入',
    en: '{source} holds "{raw}", not a number; not counted',
  },
  missing: {
    zh: '该单位的表中没有这一格，按 0 计',
    en: 'the department’s table lacks this cell; counted as 0',
  },
};

/** Why a cell of the consolidated sheet in Excel holds a value rather than a formula. */
export const FALLBACK: Record<FallbackReason, Text> = {
  'no-source': { zh: '没有单位填报此表', en: 'no department has this table' },
  'text-source': {
    zh: '有单位在此格填的是文字形式的数字，Excel 的求和会忽略它，因此写入数值',
    en: 'a department typed this number as text, which Excel’s SUM ignores, so the value was written',
  },
  'shared-source': {
    zh: '有单位的数字与行标签同在一个单元格中（从 PDF 复制的表格），公式无法引用，因此写入数值',
    en: 'a department has this number in one cell with its row’s label and other numbers (copied from a PDF), which a formula cannot reference, so the value was written',
  },
  'too-long': {
    zh: '公式会超过 Excel 8192 个字符的上限，因此写入数值',
    en: 'the formula would pass Excel’s 8,192-character limit, so the value was written',
  },
};

export const TABLE_NAME: Record<'proactive' | 'applications' | 'reviews', Text> = {
  proactive: { zh: '表二', en: 'table 二' },
  applications: { zh: '表三', en: 'table 三' },
  reviews: { zh: '表四', en: 'table 四' },
};

export function fillText(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Words written into the consolidated workbook (a Chinese official document: zh only). */
export const SHEET_WORDS = {
  reportSheet: '汇总表',
  breakdownSheet: '分单位明细',
  notesSheet: '汇总说明',
  breakdownTitle: '分单位明细：汇总表每个填报格 = 本表“合计”列 = 各单位数值之和',
  breakdownHeader: ['表', '行', '列', '汇总表单元格', '合计', '核对'],
  agrees: '一致',
  differs: '不一致',
  includedHeading: (n: number) => `纳入汇总的单位（${n} 个）`,
  includedHeader: ['单位', '格式版本', '年度', '错误', '警告', '数据来源', '缺少的表', '说明'],
  excludedHeading: (n: number) => `未纳入汇总的单位（${n} 个）`,
  excludedHeader: ['单位', '原因', '错误示例'],
  skippedHeading: (n: number) => `未计入汇总的单元格（${n} 个）`,
  skippedHeader: ['单位', '表', '行', '列', '原因'],
  unreadableHeading: (n: number) => `无法读取的文件（${n} 个）`,
  unreadableHeader: ['文件', '原因'],
  checkHeading: '汇总表校验结果',
  checkPassed: '✔ 汇总表校验通过：没有错误。',
  checkFailed: (errors: number, warnings: number) => `✘ 汇总表有 ${errors} 处错误、${warnings} 处警告：`,
  checkWarnings: (warnings: number) => `✔ 汇总表没有错误，有 ${warnings} 处警告：`,
  none: '无',
  missingTables: '缺少',
  otherYear: (year: number) => `该单位报告年度为 ${year} 年，与汇总表不同`,
  duplicates: (tables: string) => `${tables}出现多次，取第一个`,
} as const;
