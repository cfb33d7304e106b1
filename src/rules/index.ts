import balance from './applications/balance';
import outcomeTotal from './applications/outcome-total';
import rowTotal from './applications/row-total';
import suspectCell from './applications/suspect-cell';
import blank from './cell/blank';
import invalidNumber from './cell/invalid-number';
import textNumber from './cell/text-number';
import unitText from './cell/unit-text';
import carryOver from './cross-year/carry-over';
import previousMismatch from './cross-year/previous-mismatch';
import proactiveChain from './cross-year/proactive-chain';
import similarity from './cross-year/similarity';
import feesNotices from './fees/notices';
import itemizedSum from './narrative/itemized-sum';
import percentage from './narrative/percentage';
import tableMismatch from './narrative/table-mismatch';
import outdatedLabel from './proactive/outdated-label';
import reportDate from './report/date';
import reportPeriod from './report/period';
import reportSections from './report/sections';
import groupTotal from './reviews/group-total';
import edition from './structure/edition';
import missingColumn from './structure/missing-column';
import missingRow from './structure/missing-row';
import noTable from './structure/no-table';
import type { Rule } from './types';

export type { Rule, RuleMeta, RuleContext, RawFinding } from './types';

/** The one registry, sorted by id. */
export const RULES: readonly Rule[] = [
  balance,
  outcomeTotal,
  rowTotal,
  suspectCell,
  blank,
  invalidNumber,
  textNumber,
  unitText,
  carryOver,
  previousMismatch,
  proactiveChain,
  similarity,
  feesNotices,
  itemizedSum,
  percentage,
  tableMismatch,
  outdatedLabel,
  reportDate,
  reportPeriod,
  reportSections,
  groupTotal,
  edition,
  missingColumn,
  missingRow,
  noTable,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Ids of the rules carrying a tag (e.g. `cross-year`), in registry order. */
export function ruleIdsTagged(tag: string): string[] {
  return RULES.filter((r) => r.meta.tags.includes(tag)).map((r) => r.meta.id);
}
