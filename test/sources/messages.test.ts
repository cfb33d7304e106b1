import { convertedMessage, noticeMessage } from '../../src/sources/messages';

describe('what the readers tell the user, zh-CN and en', () => {
  it.each([
    ['tracked-changes', 'zh-CN', '文档含有 5 处修订（修订标记）：已按“接受全部修订”后的文字检查'],
    ['tracked-changes', 'en', 'the document has 5 tracked changes: checked as if all were accepted'],
    ['nested-table', 'zh-CN', '文档有 5 个嵌套在单元格中的表格：已作为单独的表格读取'],
    ['nested-table', 'en', 'the document has 5 tables nested in table cells: read as tables of their own'],
    ['pdf-furniture-dropped', 'zh-CN', '已略去 PDF 的页眉、页脚和页码（5 行）'],
    [
      'pdf-furniture-dropped',
      'en',
      "the PDF's page headers, footers and page numbers were left out (5 lines)",
    ],
  ] as const)('%s in %s', (code, locale, start) => {
    expect(noticeMessage({ code, count: 5 }, locale).startsWith(start)).toBe(true);
  });

  it.each([
    ['zh-CN', '旧版 .doc 文件已用 LibreOffice 转换后检查（原文件不变）'],
    ['en', 'the old .doc file was converted with LibreOffice and then checked (the original is unchanged)'],
  ] as const)('a converted file, in %s', (locale, text) => {
    expect(convertedMessage('.doc', locale)).toBe(text);
  });
});
