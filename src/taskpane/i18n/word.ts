import type { Locale } from '../../report/types';
import type { Messages } from './zh-CN';

/**
 * The messages that read differently in Word: a document instead of a sheet or workbook, table
 * cells shaded instead of cells coloured, the template's tables inserted at the cursor instead of
 * a new sheet. Messages of controls Word does not show (汇总, 校验整个工作簿, the sheet overview,
 * 上年报告) are not here; test/taskpane/word-catalog.test.ts makes every message that names a sheet,
 * a workbook or Excel be either overridden here or listed there as hidden or host-neutral.
 */
export const WORD_KEYS = [
  'officeTooOld',
  'checkSheet',
  'checkYearAuto',
  'staleHint',
  'tableLine',
  'selectFinding',
  'acceptIntro',
  'emptyNoTableBody',
  'progressSheet',
  'marksFoundTitle',
  'marksFoundBody',
  'marksCleared',
  'marksNotFound',
  'painted',
  'intro',
  'templateIntro',
  'templateFill',
  'templateFillHint',
  'templateTotalsFormula',
  'templateTotalsInput',
  'templateInserted',
] as const;

export type WordKey = (typeof WORD_KEYS)[number];
/** Every key in both locales: a key added to WORD_KEYS and not translated fails to compile. */
export type WordOverrides = Pick<Messages, WordKey>;

const zh: WordOverrides = {
  officeTooOld: '此加载项需要 Word 2016 或更高版本、Microsoft 365 或 Word 网页版（WordApi 1.1 及以上）。',
  checkSheet: '校验本文档',
  checkYearAuto: '按标题',
  staleHint: '校验之后文档已有改动，结果可能不再准确。',
  // The A1 range of a table read from the document means nothing to the user: the name is enough.
  tableLine: '表{section} {title}（{edition} 年版）',
  // {address} is the place in the document's terms (第 2 个表格第 7 行第 3 列, 第 11 段“…”).
  selectFinding: '在文档中选中{address}',
  acceptIntro:
    '确认后，这个问题不再计入错误和警告，也不影响校验结论，下次校验时不再加底纹；它列在“已确认”中，可随时撤销。确认记录保存在本文档中。',
  emptyNoTableBody:
    '在本文档中查找了表二（主动公开政府信息情况）、表三（收到和处理政府信息公开申请情况）和表四（政府信息公开行政复议、行政诉讼情况），都没有找到。可以在光标处插入标准表格后再填写。',
  progressSheet: '正在校验本文档…',
  marksFoundTitle: '文档中有上次校验留下的标记',
  marksFoundBody: '如需恢复表格单元格原来的底纹并删除本助手的批注，请点击“清除标记”。',
  marksCleared: '已恢复 {count} 个表格单元格原来的底纹。',
  marksNotFound:
    '有 {count} 个加过底纹的表格单元格找不到了（所在表格已删除或行列已改动），请手动恢复其底纹。',
  painted: '已在文档中为 {count} 个表格单元格加底纹。',
  intro: '点击“校验本文档”检查文档中的表二、表三、表四及正文；有问题的表格单元格会加上底纹，并在下方列出。',
  templateIntro:
    '在光标处插入《政府信息公开工作年度报告格式》的表二、表三、表四；文档中的其他内容不会被改动。',
  templateFill: '本文档中的表格',
  templateFillHint: '在本文档中查找表二、表三、表四，把其中的数字填入插入的表格；无法读取的格留空并列出。',
  // A Word table has no live formulas: the totals are worked out once, when the tables go in.
  templateTotalsFormula: '插入时按各项算出（之后不自动更新）',
  templateTotalsInput: '手工填写（从原表填入时照抄其总计）',
  templateInserted: '已在光标处插入表二、表三、表四。',
};

const en: WordOverrides = {
  officeTooOld:
    'This add-in needs Word 2016 or later, Microsoft 365 or Word on the web (WordApi 1.1 or later).',
  checkSheet: 'Check this document',
  checkYearAuto: 'from the title',
  staleHint: 'The document changed after the check; the result may no longer be accurate.',
  tableLine: 'Table {section} {title} ({edition} edition)',
  selectFinding: 'Select {address} in the document',
  acceptIntro:
    'An accepted finding no longer counts as an error or warning, no longer affects the verdict and is not shaded at the next check; it is listed under “Accepted”, where it can be undone. Acceptances are saved in this document.',
  emptyNoTableBody:
    'Looked in this document for table 二 (Information disclosed proactively), table 三 (Applications received and handled) and table 四 (Administrative reconsideration and litigation) and found none. You can insert the standard tables at the cursor and fill them in.',
  progressSheet: 'Checking this document…',
  marksFoundTitle: 'The document has marks from an earlier check',
  marksFoundBody:
    'Click “Clear marks” to give the table cells back their own shading and remove the add-in’s comments.',
  marksCleared: 'Gave {count} {count:table cell|table cells} back {count:its|their} own shading.',
  marksNotFound:
    '{count} shaded {count:table cell cannot|table cells cannot} be found (the table was deleted or its rows and columns changed); restore {count:its|their} shading by hand.',
  painted: 'Shaded {count} {count:table cell|table cells} in the document.',
  intro:
    'Click “Check this document” to check tables 二, 三 and 四 and the text; table cells with problems are shaded and listed below.',
  templateIntro:
    'Inserts tables 二, 三 and 四 of the official annual report format at the cursor; nothing else in the document is changed.',
  templateFill: 'From the tables in this document',
  templateFillHint:
    'Looks for tables 二, 三 and 四 in this document and copies their numbers into the inserted tables; cells that cannot be read are left empty and listed.',
  templateTotalsFormula: 'Worked out from the other cells on insertion (not updated later)',
  templateTotalsInput: 'Typed by hand (a fill copies the source’s totals)',
  templateInserted: 'Inserted tables 二, 三 and 四 at the cursor.',
};

export const WORD_MESSAGES: Record<Locale, WordOverrides> = { 'zh-CN': zh, en };
