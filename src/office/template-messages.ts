import type { Text } from '../format';

/** Words for what inserting the template skipped on an older Excel, or why it failed. Chinese first. */
export const TEMPLATE_SKIPPED = {
  conditionalFormats: {
    zh: '此版本的 Excel 不支持条件格式接口（ExcelApi 1.6），勾稽关系不成立时单元格不会自动标红；各表旁的校验状态单元格仍会提示。',
    en: 'This Excel version lacks the conditional formatting API (ExcelApi 1.6), so cells whose rule fails are not turned red; the status cell beside each table still says whether its rules hold.',
  },
  freezePanes: {
    zh: '此版本的 Excel 不支持冻结窗格接口（ExcelApi 1.7），标题行未冻结。',
    en: 'This Excel version lacks the freeze panes API (ExcelApi 1.7), so the title row is not frozen.',
  },
  validation: {
    zh: '此版本的 Excel 不支持数据验证接口（ExcelApi 1.8），未添加输入限制和填写提示；请只填写不小于 0 的数字。',
    en: 'This Excel version lacks the data validation API (ExcelApi 1.8), so input cells have no input limits or prompts; type only numbers of 0 or more.',
  },
  pageLayout: {
    zh: '此版本的 Excel 不支持页面设置接口（ExcelApi 1.9），未设置 A4 纸张、页边距、打印区域、打印标题和分页；打印前请在“页面布局”中设置。',
    en: 'This Excel version lacks the page layout API (ExcelApi 1.9), so A4 paper, margins, print area, print titles and page breaks are not set; set them under Page Layout before printing.',
  },
  pageSetupFailed: {
    zh: 'Excel 未完全接受页面设置（纸张、页边距、打印区域、打印标题、页眉页脚、分页或缩放到一页宽），模板其余部分已插入；打印前请在“页面布局”中检查。',
    en: 'Excel did not accept all of the page setup (paper, margins, print area, print titles, header and footer, page breaks or fit to one page wide); the rest of the template was inserted. Check them under Page Layout before printing.',
  },
  readSheet: {
    zh: '此版本的 Excel 无法读取当前工作表（需要 ExcelApi 1.9），模板未填入数字。',
    en: 'This Excel version cannot read the current sheet (ExcelApi 1.9 needed), so the template was not filled in.',
  },
} satisfies Record<string, Text>;

export const TEMPLATE_FAILURES = {
  structureProtected: {
    zh: '工作簿结构受保护，无法添加工作表。请在“审阅 > 保护工作簿”中取消保护后重试。工作簿未做任何改动。',
    en: 'The workbook structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook) and try again. Nothing was changed.',
  },
  leftBehind: {
    zh: '插入模板未完成，且未能删除已添加的工作表“{sheet}”，请手动删除。',
    en: 'Inserting the template failed and the partly written sheet “{sheet}” could not be removed; please delete it.',
  },
} satisfies Record<string, Text>;
