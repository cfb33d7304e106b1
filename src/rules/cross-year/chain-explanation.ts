import { quote, sentences, textCells, type TextCell } from '../../narrative';
import type { RuleContext } from '../types';

/** A clean-up of rules and normative documents: the usual reason the count in force jumps. */
const CLEAN_UP = /清理/;
const DOCUMENTS = /规章|规范性文件/;
/** The count in force said to have been adjusted, corrected or recounted, or documents lapsing. */
const IN_FORCE = /现行有效/;
const ADJUSTED = /清理|失效|调整|核减|核增|更正|重新(?:统计|核定|核对)|口径/;

/**
 * FORMAT.md, "Across the report": a break in the 现行有效件数 chain is legitimate when the report
 * says why. The sentence that does: a clean-up (清理) of rules or normative documents, or the
 * count in force said to be adjusted (现行有效 with 清理/失效/调整/核减/更正/口径). A sentence
 * naming 现行有效 together with 废止 only is not one: it restates the table's own columns.
 * The sentence naming 现行有效 is preferred when several do.
 */
export function chainExplanation(context: RuleContext): { cell: TextCell; quote: string } | undefined {
  let found: { cell: TextCell; quote: string } | undefined;
  for (const cell of textCells(context.grid, context.tables))
    for (const s of sentences(cell.text)) {
      const text = s.text.normalize('NFKC');
      const inForce = IN_FORCE.test(text) && ADJUSTED.test(text);
      if (inForce) return { cell, quote: quote(s.text) };
      if (!found && CLEAN_UP.test(text) && DOCUMENTS.test(text)) found = { cell, quote: quote(s.text) };
    }
  return found;
}
