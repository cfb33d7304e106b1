/** Words the checking worker puts into results: reader notices. */
import type { SourceNoticeCode } from '../../sources/types';
import type { Catalog } from './index';

export const workerWords = {
  'zh-CN': {
    'notice.tracked-changes': '文档含有 {count} 处修订，已按全部接受修订后的文字校验。',
    'notice.nested-table': '文档中有 {count} 个表格嵌在其他表格内，已作为独立表格读取。',
    'notice.pdf-furniture-dropped': '已略去 PDF 的页眉、页脚和页码 {count} 行。',
    readerMissing: '读取时出错：{detail}。请重试；仍不行时请把文件另存为 .docx 或 .xlsx 后再校验。',
    consolidated: '{included} 个单位纳入汇总，{excluded} 个未纳入（原因见“汇总说明”工作表）。',
    templateNoTables: '“{file}”中没有找到表二、表三或表四，无法据此填写模板。',
    failed: '生成文件时出错：{detail}',
  },
  en: {
    'notice.tracked-changes':
      'The document has {count} tracked changes; it was checked as if they were all accepted.',
    'notice.nested-table': '{count} tables sit inside other tables; they were read as tables of their own.',
    'notice.pdf-furniture-dropped': '{count} lines of page headers, footers and page numbers were left out.',
    readerMissing:
      'Reading failed: {detail}. Try again; if it still fails, save the file as .docx or .xlsx and check that.',
    consolidated: '{included} departments counted, {excluded} left out (the 汇总说明 sheet says why).',
    templateNoTables: 'No table 二, 三 or 四 found in "{file}"; the template cannot be filled from it.',
    failed: 'Making the file failed: {detail}',
  },
} satisfies Catalog<
  `notice.${SourceNoticeCode}` | 'readerMissing' | 'consolidated' | 'templateNoTables' | 'failed'
>;
