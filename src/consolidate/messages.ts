/** Words about consolidation shared by the workbook, the CLI and the task pane, Chinese first. */
import type { Text } from '../format';
import type { DuplicateKind } from './duplicates';
import type { ExclusionReason, FrontEndWords, SkippedCell } from './types';
import type { FallbackReason } from './formula';

export const EXCLUSION: Record<ExclusionReason, Text> = {
  edition: {
    zh: '格式版本为 {found} 版，与汇总表的 {edition} 版不同，未纳入汇总',
    en: 'uses the {found} edition, not the {edition} edition of the consolidated report; left out',
  },
  errors: {
    zh: '表格有 {errors} 处错误，按{control}未纳入汇总',
    en: 'its tables have {errors} errors; left out ({control})',
  },
  'no-tables': {
    zh: '没有找到表二、表三或表四，未纳入汇总',
    en: 'no table 二, 三 or 四 found; left out',
  },
  duplicate: {
    zh: '与“{kept}”重复，按{control}未纳入汇总',
    en: 'duplicates “{kept}”; left out ({control})',
  },
};

/** Said of an included department whose tables have errors: its numbers are in the sums anyway. */
export const INCLUDED_WITH_ERRORS: Text = {
  zh: '表格有 {errors} 处错误，按默认纳入汇总',
  en: 'its tables have {errors} errors; in the sums by default',
};

/** The choice about departments with errors, stated in every summary. */
export const INVALID_POLICY: Record<'included' | 'excluded' | 'noneIncluded' | 'noneExcluded', Text> = {
  included: {
    zh: '有错误的单位：按默认纳入汇总（{count} 个）。{hint}',
    en: 'Departments with errors: in the sums by default ({count}). {hint}',
  },
  excluded: {
    zh: '有错误的单位：按{control}未纳入汇总（{count} 个）。',
    en: 'Departments with errors: left out ({control}): {count}.',
  },
  noneIncluded: {
    zh: '有错误的单位：无（如有，按默认纳入汇总）。',
    en: 'Departments with errors: none (they would be in the sums by default).',
  },
  noneExcluded: {
    zh: '有错误的单位：无（已选择按{control}排除）。',
    en: 'Departments with errors: none ({control} left nothing out).',
  },
};

/** Included departments whose report year is not the total's. */
export const MIXED_YEARS: Text = {
  zh: '各单位的报告年度不一致：汇总表按 {year} 年度，{others}。请确认没有选错文件。',
  en: 'The departments’ report years differ: the consolidated report is for {year}; {others}. Make sure the right files were chosen.',
};
export const OTHER_YEAR: Text = { zh: '“{name}”为 {year} 年度', en: '“{name}” is for {year}' };

/** Departments of another edition of the format: their tables have other rows and cannot be added. */
export const EDITIONS_DIFFER: Text = {
  zh: '各单位报告的格式版本不同，不能相加：{names}为 {found} 版，其余为 {edition} 版（两版表格的行列不同）。请只汇总同一版本的报告，或把 {found} 版的报告按 {edition} 版模板重新填写后再汇总。',
  en: 'The departments’ reports use different editions of the format and cannot be added: {names} use the {found} edition, the others the {edition} edition (their tables have different rows). Consolidate reports of one edition only, or refill the {found} ones in the {edition} template first.',
};

/** A group of inputs that are one report. */
export const DUPLICATE: Record<DuplicateKind, Text> = {
  'same-file': {
    zh: '{names}是同一个文件，列出了 {count} 次',
    en: '{names} is one file listed {count} times',
  },
  'same-content': { zh: '{names}的内容完全相同', en: '{names} have identical contents' },
  'same-report': {
    zh: '{names}都是“{body}” {year} 年度的报告',
    en: '{names} are all the {year} report of “{body}”',
  },
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
  choicesHeading: '汇总口径',
  checkPassed: '✔ 汇总表校验通过：没有错误。',
  checkFailed: (errors: number, warnings: number) => `✘ 汇总表有 ${errors} 处错误、${warnings} 处警告：`,
  checkWarnings: (warnings: number) => `✔ 汇总表没有错误，有 ${warnings} 处警告：`,
  none: '无',
  missingTables: '缺少',
  otherYear: (year: number) => `该单位报告年度为 ${year} 年，与汇总表不同`,
  duplicates: (tables: string) => `${tables}出现多次，取第一个`,
} as const;

/** For callers that are no front end (scripts): names no control; only a caller's request excludes. */
export const PLAIN_WORDS: FrontEndWords = {
  excludeControl: { zh: '要求', en: 'as asked' },
  excludeHint: { zh: '', en: '' },
  keepControl: { zh: '要求', en: 'as asked' },
};
