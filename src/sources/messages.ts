/** What the readers tell the user about how a document was read, zh-CN and en. */
import type { Locale } from '../report/types';
import type { SourceNotice, SourceNoticeCode } from './types';

const NOTICES: Record<Locale, Record<SourceNoticeCode, (n: number) => string>> = {
  'zh-CN': {
    'tracked-changes': (n) =>
      `文档含有 ${n} 处修订（修订标记）：已按“接受全部修订”后的文字检查；请在 Word 中“审阅 → 接受所有修订”后再定稿`,
    'nested-table': (n) => `文档有 ${n} 个嵌套在单元格中的表格：已作为单独的表格读取`,
    'pdf-furniture-dropped': (n) => `已略去 PDF 的页眉、页脚和页码（${n} 行）`,
  },
  en: {
    'tracked-changes': (n) =>
      `the document has ${n} tracked changes: checked as if all were accepted; accept them in Word (Review → Accept All Changes) before publishing`,
    'nested-table': (n) => `the document has ${n} tables nested in table cells: read as tables of their own`,
    'pdf-furniture-dropped': (n) =>
      `the PDF's page headers, footers and page numbers were left out (${n} lines)`,
  },
};

export function noticeMessage(notice: SourceNotice, locale: Locale): string {
  return NOTICES[locale][notice.code](notice.count);
}

export function convertedMessage(ext: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `旧版 ${ext} 文件已用 LibreOffice 转换后检查（原文件不变）`
    : `the old ${ext} file was converted with LibreOffice and then checked (the original is unchanged)`;
}
