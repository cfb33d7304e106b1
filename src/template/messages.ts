/**
 * Words the template writes into the sheet. The sheet is a Chinese official document, so these
 * are zh-CN only; the table labels themselves come from src/format.
 */
import type { ValueKind } from '../format';

export const TITLE_SUFFIX = '年政府信息公开工作年度报告';
export const BODY_PLACEHOLDER = '（机关名称）';
export const YEAR_PLACEHOLDER = '（年度）';

/** Sections 一, 五 and 六 are prose; 二, 三 and 四 take their titles from the format data. */
export const PROSE_SECTIONS = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** Hint written into section 六: the fees the 2021 format asks to report there. */
export const FEES_HINT = '（发出收费通知的件数和总金额以及实际收取的总金额）';

export const SHEET_NAME = '年报模板';

export const VALIDATION: Record<
  ValueKind,
  { promptTitle: string; prompt: string; errorTitle: string; error: string }
> = {
  count: {
    promptTitle: '填写件数',
    prompt: '请填写不小于 0 的整数；没有发生的填 0。',
    errorTitle: '数值无效',
    error: '此处应为不小于 0 的整数（件数），不能填小数、负数或文字。',
  },
  amount: {
    promptTitle: '填写金额（万元）',
    prompt: '请填写不小于 0 的金额，单位万元，可保留两位小数；没有发生的填 0。',
    errorTitle: '金额无效',
    error: '此处应为不小于 0 的金额（万元），不能填负数或文字。',
  },
  delta: {
    promptTitle: '填写增减数',
    prompt: '请填写整数，减少时填负数；没有变化的填 0。',
    errorTitle: '数值无效',
    error: '此处应为整数（增加为正，减少为负），不能填小数或文字。',
  },
};

/** The status cell beside each table: `[holds, fails]`. */
export const STATUS = {
  proactive: ['✔ 校验通过：各项均已填写为有效数字', '✘ 有空白、文字或负数的单元格，请检查'],
  applications: {
    formula: ['✔ 校验通过：第一项加第二项之和等于第三项加第四项之和', '✘ 勾稽关系不成立：请检查标红的单元格'],
    input: ['✔ 校验通过：勾稽关系和各项总计均成立', '✘ 勾稽关系或总计不成立：请检查标红的单元格'],
  },
  reviews: ['✔ 校验通过：各项总计等于分项之和', '✘ 总计与分项之和不符：请检查标红的单元格'],
} as const;
