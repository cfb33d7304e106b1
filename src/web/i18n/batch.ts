/**
 * The batch table's words. Verdicts say what the task pane says (通过 / 未通过, Passed / Failed);
 * 无法读取 as in the pane's file errors.
 */
import type { Catalog } from './index';

export type BatchKey =
  | 'tableLabel'
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'filterLabel'
  | 'filterOption'
  | 'statusAll'
  | 'statusValid'
  | 'statusInvalid'
  | 'statusUnreadable'
  | 'statusMissing'
  | 'missingHelp'
  | 'unexpected'
  | 'unexpectedHelp'
  | 'selectAll'
  | 'selectFile'
  | 'columnSelect'
  | 'columnFile'
  | 'columnBody'
  | 'columnYear'
  | 'columnEdition'
  | 'columnStatus'
  | 'columnErrors'
  | 'columnWarnings'
  | 'columnPrevious'
  | 'columnDisclosure'
  | 'columnCorrection'
  | 'editionName'
  | 'ratio'
  | 'empty';

export const batchWords = {
  'zh-CN': {
    tableLabel: '各单位年报校验结果',
    searchLabel: '搜索单位或文件名',
    searchPlaceholder: '搜索单位或文件名',
    filterLabel: '按状态筛选',
    filterOption: '{label} {count}',
    statusAll: '全部',
    statusValid: '通过',
    statusInvalid: '未通过',
    statusUnreadable: '无法读取',
    statusMissing: '缺报',
    missingHelp: '应报单位名单中有此单位，但没有找到它的年报。',
    unexpected: '名单外',
    unexpectedHelp: '此文件不属于应报单位名单中的任何单位。',
    selectAll: '选择显示的所有文件',
    selectFile: '选择“{file}”',
    columnSelect: '选择',
    columnFile: '文件',
    columnBody: '单位',
    columnYear: '年度',
    columnEdition: '版本',
    columnStatus: '状态',
    columnErrors: '错误',
    columnWarnings: '警告',
    columnPrevious: '上年对照',
    columnDisclosure: '公开率',
    columnCorrection: '纠错率',
    editionName: '{edition} 年版',
    ratio: '{numerator}/{denominator}',
    empty: '没有符合条件的文件。',
  },
  en: {
    tableLabel: 'Check results by department',
    searchLabel: 'Search departments or file names',
    searchPlaceholder: 'Search departments or file names',
    filterLabel: 'Filter by status',
    filterOption: '{label} {count}',
    statusAll: 'All',
    statusValid: 'Passed',
    statusInvalid: 'Failed',
    statusUnreadable: 'Unreadable',
    statusMissing: 'Missing',
    missingHelp: 'This department is on the list, but no report of it was found.',
    unexpected: 'Not on list',
    unexpectedHelp: 'This file belongs to none of the departments on the list.',
    selectAll: 'Select all files shown',
    selectFile: 'Select “{file}”',
    columnSelect: 'Select',
    columnFile: 'File',
    columnBody: 'Department',
    columnYear: 'Year',
    columnEdition: 'Edition',
    columnStatus: 'Status',
    columnErrors: 'Errors',
    columnWarnings: 'Warnings',
    columnPrevious: 'Last year',
    columnDisclosure: 'Disclosure rate',
    columnCorrection: 'Correction rate',
    editionName: '{edition} edition',
    ratio: '{numerator}/{denominator}',
    empty: 'No files match.',
  },
} satisfies Catalog<BatchKey>;
