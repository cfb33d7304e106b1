import { normalizeText } from '../../grid';
import { quote, sentences, textCells } from '../../narrative';
import type { Rule } from '../types';

/** A sentence saying no fee notice was sent: `发出收费通知的件数…均为0`, `未发出收费通知`. */
// 未收取…费 is not one: an applicant who did not pay after a notice leaves nothing collected.
const NO_NOTICES = /收费通知[^。]*?(均为|为|是)\s*(0|零|无)|(未|没有|无)(发出|下发|发送)?[^。]{0,6}收费通知/;
const MENTIONS_FEES = /收费|费用/;
/** The heading of section 六 (其他需要报告的事项). */
const SECTION_SIX = /六[、.]?其他需要报告的事项/;

/**
 * FORMAT.md, fees/notices: table 三 counts applications dropped because the applicant did not pay
 * after a fee notice (2021 row （六）2, id `other.2`), yet section 六 reports no fee notices.
 */
const rule: Rule = {
  meta: {
    id: 'fees/notices',
    severity: 'warning',
    tags: ['narrative', 'fees'],
    description: {
      zh: '表三“申请人逾期未按收费通知要求缴纳费用”大于 0 时，第六部分应报告发出的收费通知，而不是说没有。',
      en: 'When table 三 counts applicants who did not pay after a fee notice, section 六 must report the fee notices sent.',
    },
    help: {
      zh: '按《政府信息公开信息处理费管理办法》，发出收费通知的件数和金额应在第六部分报告。核对表三（六）2 与第六部分是否一致。',
      en: 'Fee notices sent and amounts belong in section 六; check it against table 三 row （六）2.',
    },
    messages: {
      'zh-CN': {
        denied: '正文“{quote}”称没有收费通知，但表三“逾期未按收费通知要求缴纳费用”为 {actual} 件',
        silent: '第六部分未提及收费通知，但表三“逾期未按收费通知要求缴纳费用”为 {actual} 件',
      },
      en: {
        denied:
          'Text “{quote}” says no fee notice was sent, but table 三 counts {actual} applicants who did not pay one',
        silent:
          'Section 六 does not mention fee notices, but table 三 counts {actual} applicants who did not pay one',
      },
    },
  },
  // Row （六）2 exists in the 2021 edition only.
  applies: (context) => context.tables.some((t) => t.table === 'applications' && t.edition === '2021'),
  check(context) {
    for (const table of context.tables) {
      if (table.table !== 'applications' || table.edition !== '2021') continue;
      const unpaid = context.read(table, 'other.2', 'total');
      if (!unpaid || unpaid.value === null || unpaid.value <= 0) continue;
      const cells = textCells(context.grid, context.tables);
      const base = { table, row: 'other.2', column: 'total', actual: unpaid.value, related: [unpaid.cell] };
      const denial = cells
        .flatMap((tc) => sentences(tc.text).map((s) => ({ tc, s })))
        .find(({ s }) => NO_NOTICES.test(s.text.normalize('NFKC')));
      if (denial) {
        context.report({
          ...base,
          messageId: 'denied',
          cell: denial.tc.cell,
          data: { quote: quote(denial.s.text) },
        });
        continue;
      }
      const heading = cells.find((tc) => SECTION_SIX.test(normalizeText(tc.text)));
      if (heading && !cells.some((tc) => MENTIONS_FEES.test(tc.text)))
        context.report({ ...base, messageId: 'silent', cell: heading.cell });
    }
  },
};

export default rule;
