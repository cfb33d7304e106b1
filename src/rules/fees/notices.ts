import { normalizeText } from '../../grid';
import { isTableLabel, proseCells, quote, sentences, withoutLabels, type TextCell } from '../../narrative';
import type { Span } from '../../narrative';
import type { Rule } from '../types';

/** A sentence saying no fee notice was sent: `发出收费通知的件数…均为0`, `未发出收费通知`. */
// 未收取…费 is not one: an applicant who did not pay after a notice leaves nothing collected.
// 未按收费通知 (the label of row （六）2) is not one either; labels are blanked out before this.
const NO_NOTICES =
  /收费通知[^。]*?(均为|为|是)(0|零|无)|收费通知[^。，,；;]{0,6}?(?<![0-9])(0|零)(件|份|次|个)|(未|没有|无)(?!按)(发出|下发|发送)?[^。]{0,6}收费通知/;
const NOTICES = /收费通知|缴费通知/;
/** A sentence about information-processing fees collected (`实际收取信息处理费0元`, `未收取信息处理费`). */
const FEES_COLLECTED = /信息处理费|收取[^。，,；;]{0,8}费|(?<!事业性)收费(?!通知)/;
/** The heading of section 六 (其他需要报告的事项). */
const SECTION_SIX = /六[、.]?其他需要报告的事项/;

/**
 * FORMAT.md, fees/notices: table 三 counts applications dropped because the applicant did not pay
 * after a fee notice (2021 row （六）2, id `other.2`), yet the text reports no fee notices: it denies
 * them, reports only the fees collected, or section 六 says nothing of fees.
 */
const rule: Rule = {
  meta: {
    id: 'fees/notices',
    severity: 'warning',
    tags: ['fees', 'narrative'],
    description: {
      zh: '表三“申请人逾期未按收费通知要求缴纳费用”大于 0 时，第六部分应报告发出的收费通知，而不是说没有或只报告收费金额。',
      en: 'When table 三 counts applicants who did not pay after a fee notice, section 六 must report the fee notices sent, not deny them or report only the fees collected.',
    },
    help: {
      zh: '按《政府信息公开信息处理费管理办法》，发出收费通知的件数和金额、实际收取的金额应在第六部分报告。核对表三（六）2 与第六部分是否一致。',
      en: 'Fee notices sent (count and amount) and the amount collected belong in section 六; check it against table 三 row （六）2.',
    },
    messages: {
      'zh-CN': {
        denied: '正文“{quote}”称没有收费通知，但表三“逾期未按收费通知要求缴纳费用”为 {actual} 件',
        collected:
          '正文“{quote}”报告了信息处理费的收取情况，但未提及收费通知；表三“逾期未按收费通知要求缴纳费用”为 {actual} 件，应报告发出收费通知的件数和金额',
        silent: '第六部分未提及收费通知，但表三“逾期未按收费通知要求缴纳费用”为 {actual} 件',
      },
      en: {
        denied:
          'Text “{quote}” says no fee notice was sent, but table 三 counts {actual} {actual:applicant|applicants} who did not pay one',
        collected:
          'Text “{quote}” reports the fees collected but not the fee notices sent, while table 三 counts {actual} {actual:applicant|applicants} who did not pay one: report the notices (count and amount)',
        silent:
          'Section 六 does not mention fee notices, but table 三 counts {actual} {actual:applicant|applicants} who did not pay one',
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
      const base = { table, row: 'other.2', column: 'total', actual: unpaid.value, related: [unpaid.cell] };
      const cells = proseCells(context.grid, context.tables);
      const said = feeSentences(cells);
      const denial = said.find(({ words }) => NO_NOTICES.test(words));
      if (denial) {
        context.report({
          ...base,
          messageId: 'denied',
          cell: denial.tc.cell,
          key: String(denial.s.start),
          data: { quote: quote(denial.s.text) },
        });
        continue;
      }
      if (said.some(({ words }) => NOTICES.test(words))) continue;
      // Wherever it sits: a fee sentence without the notices is the same omission.
      const collected = said.find(({ words }) => FEES_COLLECTED.test(words));
      if (collected) {
        context.report({
          ...base,
          messageId: 'collected',
          cell: collected.tc.cell,
          key: String(collected.s.start),
          data: { quote: quote(collected.s.text) },
        });
        continue;
      }
      const heading = cells.find((tc) => SECTION_SIX.test(normalizeText(tc.text)));
      if (heading) context.report({ ...base, messageId: 'silent', cell: heading.cell });
    }
  },
};

/** Every prose sentence, with the table labels it quotes blanked out (they say nothing of fees). */
function feeSentences(cells: readonly TextCell[]): { tc: TextCell; s: Span; words: string }[] {
  return cells.flatMap((tc) =>
    sentences(tc.text)
      .filter((s) => !isTableLabel(s.text))
      .map((s) => ({ tc, s, words: withoutLabels(s.text) })),
  );
}

export default rule;
