import type { Rule } from '../types';

/**
 * No table of the format anywhere in the checked sheets. Reported once per check (not per sheet),
 * at A1 of the first sheet, by the check itself: this rule only carries the metadata and messages.
 */
const rule: Rule = {
  meta: {
    id: 'structure/no-table',
    severity: 'error',
    tags: ['structure'],
    description: {
      zh: '未找到年度报告的任何表格（表二 主动公开政府信息情况、表三 收到和处理政府信息公开申请情况、表四 政府信息公开行政复议、行政诉讼情况）。',
      en: 'No table of the annual report was found (table 二 proactive disclosure, 三 applications, 四 reviews and litigation).',
    },
    help: {
      zh: '校验按表格标签识别表格：表三从“一、本年新收政府信息公开申请数量”等行标签识别，表四从“行政复议”“行政诉讼”表头识别，表二从“第二十条第（一）项”识别。请确认表格在所选工作表上，或用“插入模板”生成标准表格。',
      en: 'Tables are recognised by their labels: table 三 by rows such as 一、本年新收政府信息公开申请数量, table 四 by the 行政复议/行政诉讼 header, table 二 by 第二十条第（一）项. Check the right sheet, or insert the template.',
    },
    messages: {
      'zh-CN': {
        none: '在 {sheets} 中未找到年度报告表格：已查找表二（第二十条第（一）项…）、表三（一、本年新收政府信息公开申请数量…）、表四（行政复议／行政诉讼）',
      },
      en: {
        none: 'No report table found in {sheets}: looked for table 二 (第二十条第（一）项…), table 三 (一、本年新收政府信息公开申请数量…) and table 四 (行政复议 / 行政诉讼)',
      },
    },
  },
  // Every checked sheet is searched for tables.
  applies: () => true,
  check() {
    // Reported by checkGrids, which sees every sheet at once.
  },
};

export default rule;
