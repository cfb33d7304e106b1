import type { Text } from '../format';
import { renderText } from '../report/render';
import type { OfficeFailureCode } from './types';

/** User-facing texts of the Excel adapter, Chinese first. `{x}` placeholders are filled by `fill()`. */
export const FAILURE_MESSAGES: Record<OfficeFailureCode, Text> = {
  refused: { zh: '{detail}工作簿未做任何改动。', en: '{detail} Nothing was changed.' },
  'cell-edit': {
    zh: '您正在编辑单元格，Excel 暂时无法校验。请按 Enter 或 Esc 退出编辑后重试。',
    en: 'You are editing a cell, so Excel cannot run the check. Press Enter or Esc to finish editing, then try again.',
  },
  protected: {
    zh: '工作表“{sheets}”受保护，无法标记问题单元格。本助手不会解除保护；请先在“审阅 > 撤消工作表保护”中解除后重试，工作表未做任何改动。',
    en: 'Sheet “{sheets}” is protected, so the problem cells cannot be marked. The add-in never unprotects sheets; unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
  },
  'sheet-missing': {
    zh: '工作表“{sheets}”已被重命名或删除，操作已取消，工作簿未做任何改动。请重新校验。',
    en: 'Sheet “{sheets}” was renamed or deleted, so the operation was cancelled and nothing was changed. Please check again.',
  },
  changed: {
    zh: '操作期间工作簿有改动（如批注、注释或工作表被删除或改名），本次操作已取消。请重试。',
    en: 'The workbook changed while the add-in was working (for example a note, comment or sheet was deleted or renamed), so the operation was cancelled. Please try again.',
  },
  requirement: {
    zh: '此版本的 Excel 不支持本助手所需的功能（需要 ExcelApi {version}）。请使用 Office 2021、Microsoft 365 或网页版 Excel。',
    en: 'This version of Excel lacks features the add-in needs (ExcelApi {version}). Please use Office 2021, Microsoft 365 or Excel on the web.',
  },
  payload: {
    zh: '要读取或写入的数据超过了 Excel 单次请求的上限（网页版为 5 MB）。请缩小工作表的已用区域（删除多余的行列）后重试。',
    en: 'The data to read or write exceeds Excel’s per-request limit (5 MB on the web). Shrink the sheet’s used range (delete surplus rows and columns) and try again.',
  },
  'no-marks': {
    zh: '没有需要清除的标记。',
    en: 'There are no marks to clear.',
  },
  unknown: {
    zh: 'Excel 返回了意外错误，工作簿未做改动。详细信息：{detail}',
    en: 'Excel returned an unexpected error; the workbook was not changed. Details: {detail}',
  },
};

/** 清除标记 on a protected sheet: the failure's words for clearing rather than marking. */
export const CLEAR_PROTECTED: Text = {
  zh: '工作表“{sheets}”受保护，无法清除其中的标记。本助手不会解除保护；请先在“审阅 > 撤消工作表保护”中解除后重试，工作簿未做任何改动。',
  en: 'Sheet “{sheets}” is protected, so its marks cannot be cleared. The add-in never unprotects sheets; unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
};

/** A paint failed part way and putting the marked cells back failed too: say so, never "nothing changed". */
export const ROLLBACK_FAILED: Text = {
  zh: '标记中途失败，且未能恢复工作表“{sheets}”中已标记单元格的原有格式。请关闭工作簿（不保存）后重新打开，再重新校验。',
  en: 'Marking failed part way, and the original formats of the cells already marked on sheet “{sheets}” could not be restored. Close the workbook without saving, reopen it and check again.',
};

export const DEGRADED = {
  noNotes: {
    zh: '此版本的 Excel 不支持批注/注释接口（ExcelApi 1.10），问题说明只显示在任务窗格中。',
    en: 'This Excel version lacks the comments/notes API (ExcelApi 1.10); explanations are shown in the task pane only.',
  },
  commentsInsteadOfNotes: {
    zh: '此版本的 Excel 不支持“注释”（ExcelApi 1.18），问题说明以批注形式添加。',
    en: 'This Excel version lacks notes (ExcelApi 1.18); explanations were added as comments instead.',
  },
  foreignNotes: {
    zh: '工作表“{sheets}”已有他人添加的注释，为免冲突未在单元格上添加说明。',
    en: 'Sheet “{sheets}” already has notes by others, so no explanations were added to its cells.',
  },
  cellsWithComments: {
    zh: '单元格 {cells} 已有批注，未在其上添加说明（问题仍列在下方）。',
    en: 'Cells {cells} already have comments, so no explanation was added to them (the findings are still listed below).',
  },
  commentsKept: {
    zh: '{cells} 上本助手以前添加的批注已有他人回复，为保留回复，未删除也未更新。',
    en: 'Earlier comments of the add-in on {cells} have replies by others; to keep the replies they were neither deleted nor updated.',
  },
  marksLost: {
    zh: '上次在工作表“{sheets}”上做的标记找不到了（工作表已删除，或改名后重新打开过工作簿），这些单元格的原格式无法自动恢复；如是改名，把它改回原名后再点“清除标记”。',
    en: 'Earlier marks on sheet “{sheets}” cannot be found (the sheet was deleted, or renamed and the workbook reopened), so their cells’ own formats cannot be restored automatically; if it was renamed, rename it back and click Clear marks.',
  },
  tooManyMerges: {
    zh: '工作表“{sheets}”的合并单元格超过 512 个，Excel 无法一次读出，已不按合并单元格定位表格，结果可能不够准确。',
    en: 'Sheet “{sheets}” has more than 512 merged areas, which Excel cannot return at once; its tables were located without them and may be less accurate.',
  },
  noMerges: {
    zh: '此版本的 Excel 不支持读取合并单元格（ExcelApi 1.13），表格定位可能不够准确。',
    en: 'This Excel version cannot read merged cells (ExcelApi 1.13); locating the tables may be less accurate.',
  },
} satisfies Record<string, Text>;

/** Prefix of every note/comment the add-in writes, so people can tell them from their own. */
export const NOTE_PREFIX: Text = { zh: '【年报校验】', en: '[Report check] ' };

/** A message with `{cells}`: the list of cells, shortened alike in both languages. */
export function fillList(text: Text, keys: readonly string[]): Text {
  const cells = cellList(keys);
  return renderText(text, { cells: cells.zh }, { cells: cells.en });
}

/** The same variables in both languages (renderText, the engine's filler, fills each side). */
export function fill(text: Text, vars: Record<string, string>): Text {
  return renderText(text, vars);
}

const SHOWN = 6;

/** `年报!B7、年报!C9 等 12 处` / `年报!B7, 年报!C9 and 10 more`: a list short enough to read. */
export function cellList(keys: readonly string[]): Text {
  const shown = keys.slice(0, SHOWN);
  const more = keys.length - shown.length;
  return {
    zh: `${shown.join('、')}${more > 0 ? ` 等 ${keys.length} 处` : ''}`,
    en: `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  };
}
