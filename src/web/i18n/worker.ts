/** Words the checking worker puts into results and downloads (reader notices: src/sources/messages.ts). */
import type { Catalog } from './index';

/** Reader errors the page words itself (the pane's messages speak of the task pane). */
const PAGE_READ_ERRORS = ['legacy-word', 'legacy-sheet', 'wrong-format'] as const;
export type PageReadError = (typeof PAGE_READ_ERRORS)[number];

export const isPageReadError = (code: string): code is PageReadError =>
  (PAGE_READ_ERRORS as readonly string[]).includes(code);

export const workerWords = {
  'zh-CN': {
    readerMissing: '读取时出错：{detail}。请重试；仍不行时请把文件另存为 .docx 或 .xlsx 后再校验。',
    'read.legacy-word':
      '{ext} 是旧版文档格式，网页不能读取。请在 Word 或 WPS 文字中打开它，点“文件 → 另存为”，保存类型选“Word 文档 (*.docx)”，再把 .docx 文件拖进来。',
    'read.legacy-sheet':
      '{ext} 是旧版表格格式，网页不能读取。请在 Excel 或 WPS 表格中打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”，再把 .xlsx 文件拖进来。',
    'read.wrong-format':
      '文件内容不是扩展名 {ext} 所示的格式（扩展名被改过，或文件已损坏）。请在 Word、WPS 或 Excel 中打开它并另存为 .docx 或 .xlsx，打不开时请向报送单位重新索取。',
    consolidated: '{included} 个单位纳入汇总，{excluded} 个未纳入（原因见“汇总说明”工作表）。',
    consolidateExcludeHint: '如要排除，请在表格中取消勾选这些单位后重新汇总。',
    consolidateDuplicates:
      '所选文件中有同一单位同一年度的报告，汇总会重复计算，未生成汇总文件：{groups}。请在表格中每组只勾选一个后重新汇总。',
    consolidateEditions: '{detail}未生成汇总文件。',
    templateNoTables: '“{file}”中没有找到表二、表三或表四，无法据此填写模板。',
    failed: '生成文件时出错：{detail}',
  },
  en: {
    readerMissing:
      'Reading failed: {detail}. Try again; if it still fails, save the file as .docx or .xlsx and check that.',
    'read.legacy-word':
      '{ext} is an old document format the page cannot read. Open it in Word or WPS Writer, choose File → Save As, type “Word Document (*.docx)”, and drop the .docx here.',
    'read.legacy-sheet':
      '{ext} is an old spreadsheet format the page cannot read. Open it in Excel or WPS Spreadsheets, choose File → Save As, type “Excel Workbook (*.xlsx)”, and drop the .xlsx here.',
    'read.wrong-format':
      'The file is not what its extension {ext} says (renamed, or damaged). Open it in Word, WPS or Excel and save it as .docx or .xlsx; if it does not open, ask the department for it again.',
    consolidated:
      '{included} {included:department|departments} counted, {excluded} left out (the 汇总说明 sheet says why).',
    consolidateExcludeHint: 'To leave them out, untick them in the table and consolidate again.',
    consolidateDuplicates:
      'Some chosen files are one department’s report for one year and would be counted twice; nothing was made: {groups}. Tick one of each group in the table and consolidate again.',
    consolidateEditions: '{detail} Nothing was made.',
    templateNoTables: 'No table 二, 三 or 四 found in "{file}"; the template cannot be filled from it.',
    failed: 'Making the file failed: {detail}',
  },
} satisfies Catalog<
  | `read.${PageReadError}`
  | 'readerMissing'
  | 'consolidated'
  | 'consolidateExcludeHint'
  | 'consolidateDuplicates'
  | 'consolidateEditions'
  | 'templateNoTables'
  | 'failed'
>;
