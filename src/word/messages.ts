import type { Text } from '../format';
import { renderText } from '../report/render';
import type { OfficeFailure, OfficeFailureCode } from '../office/types';

/** User-facing texts of the Word adapter, Chinese first; `{x}` placeholders filled by renderText. */
export const WORD_FAILURES: Record<OfficeFailureCode, Text> = {
  refused: { zh: '{detail}文档未做任何改动。', en: '{detail} Nothing was changed.' },
  'cell-edit': {
    zh: 'Word 暂时无法响应，请稍后重试。',
    en: 'Word cannot respond right now; please try again in a moment.',
  },
  protected: {
    zh: '文档受保护（限制编辑），无法标记问题。本助手不会解除保护；请在“审阅 > 限制编辑”中停止保护后重试，文档未做任何改动。',
    en: 'The document is protected (Restrict Editing), so problems cannot be marked. The add-in never removes protection; stop it (Review > Restrict Editing) and try again. Nothing was changed.',
  },
  'sheet-missing': {
    zh: '要选中的表格或文字已不在文档中（可能已删除或改动）。请重新校验。',
    en: 'The table or text to select is no longer in the document (deleted or edited). Please check again.',
  },
  changed: {
    zh: '操作期间文档有改动，本次操作已取消。请重试。',
    en: 'The document changed while the add-in was working, so the operation was cancelled. Please try again.',
  },
  requirement: {
    zh: '此版本的 Word 不支持本助手所需的功能（需要 WordApi {version}）。请使用 Word 2016 及以上、Microsoft 365 或网页版 Word。',
    en: 'This version of Word lacks features the add-in needs (WordApi {version}). Please use Word 2016 or later, Microsoft 365 or Word on the web.',
  },
  payload: {
    zh: '文档太大，超过了 Word 单次请求的上限（网页版约 {limit}）。请在桌面版 Word 中校验，或用网页版校验页、命令行检查 .docx 文件。',
    en: 'The document is larger than Word allows in one request (about {limit} on the web). Check it in desktop Word, or check the .docx with the browser page or the command line.',
  },
  'no-marks': { zh: '没有需要清除的标记。', en: 'There are no marks to clear.' },
  unknown: {
    zh: 'Word 返回了意外错误，文档未做改动。详细信息：{detail}',
    en: 'Word returned an unexpected error; the document was not changed. Details: {detail}',
  },
};

export const WORD_DEGRADED = {
  noShading: {
    zh: '此版本的 Word 不支持表格底纹和文档属性接口（WordApi 1.3），问题只列在下方，文档未做改动。',
    en: 'This Word version lacks the table shading and document properties APIs (WordApi 1.3); the findings are listed below and the document was not changed.',
  },
  noComments: {
    zh: '此版本的 Word 不支持批注接口（WordApi 1.4），问题单元格已加底纹，说明只显示在任务窗格中。',
    en: 'This Word version lacks the comments API (WordApi 1.4); the cells are shaded and the explanations are shown in the task pane only.',
  },
  unplaced: {
    zh: '{n} 个问题在文档中无法定位（如文本框或嵌套表格中的表格），只列在下方。',
    en: '{n} findings cannot be placed in the document (tables in text boxes or nested in other tables); they are listed below only.',
  },
  sentencesNotFound: {
    zh: '{n} 处文字没有在文档中找到（可能已改动，或太长无法搜索），未加批注。',
    en: '{n} passages were not found in the document (edited since, or too long to search), so they have no comment.',
  },
  commentsKept: {
    zh: '本助手以前添加的 {n} 条批注已有他人回复，为保留回复，未删除也未更新。',
    en: '{n} earlier comments of the add-in have replies by others; to keep the replies they were neither deleted nor updated.',
  },
  cellsChanged: {
    zh: '{n} 个单元格的底纹在标记后被改过，保留现状，未恢复。',
    en: 'The shading of {n} cells was changed after marking; it was left as it is, not restored.',
  },
  whiteForNone: {
    zh: '{n} 个单元格原来没有底纹；此版本的 Word 不能把底纹设回“无颜色”，已设为白色（打印效果相同）。',
    en: '{n} cells had no shading; this Word version cannot set shading back to “No Color”, so they were set to white (prints the same).',
  },
} satisfies Record<string, Text>;

export function wordFailure(
  code: OfficeFailureCode,
  vars: Record<string, string> = {},
  detail?: string,
): OfficeFailure {
  return {
    code,
    message: renderText(WORD_FAILURES[code], { detail: detail ?? '', version: '1.1', limit: '', ...vars }),
    detail,
  };
}

/** A notice about `n` places. */
export const withCount = (text: Text, n: number): Text => renderText(text, { n: String(n) });
