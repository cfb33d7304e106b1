/**
 * The indicators evaluators compute from a report (FORMAT.md, "The whole report"): not rules, but
 * figures shown beside the verdict, each with the numbers it comes from so a reader can redo it.
 * - 公开率 (disclosure rate) = (（一）予以公开 + （二）部分公开) / （七）总计, total column of table 三;
 * - 不予公开占比 (share refused) = （三）不予公开, all eight reasons / （七）总计;
 * - 纠错率 (correction rate) = table 四 结果纠正 / 总计, per group and over the three groups.
 */
import { APPLICATIONS, REVIEWS } from '../format';
import type { LocatedTable } from '../locate/types';

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
}

export interface Indicators {
  /** Null without a readable table 三. */
  disclosureRate: Ratio | null;
  deniedShare: Ratio | null;
  /** Null without a readable table 四. */
  correctionRate: {
    review: Ratio;
    litigationDirect: Ratio;
    litigationAfterReview: Ratio;
    overall: Ratio;
  } | null;
}

/** Reads a table cell's value (blank as 0, unreadable as null), as the rules' context does. */
export type ReadValue = (table: LocatedTable, rowId: string, columnId: string) => number | null | undefined;

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** Sum of cells, or null when any of them is absent or unreadable: a partial sum would mislead. */
function sum(read: ReadValue, table: LocatedTable, cells: readonly [string, string][]): number | null {
  let total = 0;
  for (const [rowId, columnId] of cells) {
    const v = read(table, rowId, columnId);
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
}

/** The indicators of one report: its first table 三 and first table 四 (one department per sheet). */
export function indicatorsOf(tables: readonly LocatedTable[], read: ReadValue): Indicators | null {
  const applications = tables.find((t) => t.table === 'applications');
  const reviews = tables.find((t) => t.table === 'reviews');
  if (!applications && !reviews) return null;
  let disclosureRate: Ratio | null = null;
  let deniedShare: Ratio | null = null;
  if (applications) {
    const outcomes = sum(read, applications, [['outcome-total', 'total']]);
    const disclosed = sum(read, applications, [
      ['granted', 'total'],
      ['partly-granted', 'total'],
    ]);
    const denied = sum(
      read,
      applications,
      APPLICATIONS[applications.edition].rows
        .filter((r) => r.id.startsWith('denied.'))
        .map((r) => [r.id, 'total'] as [string, string]),
    );
    if (outcomes !== null && disclosed !== null) disclosureRate = ratio(disclosed, outcomes);
    if (outcomes !== null && denied !== null) deniedShare = ratio(denied, outcomes);
  }
  let correctionRate: Indicators['correctionRate'] = null;
  if (reviews) {
    const groups = REVIEWS[reviews.edition].groups.map((g) => ({
      corrected: sum(read, reviews, [[g.id, 'corrected']]),
      total: sum(read, reviews, [[g.id, 'total']]),
    }));
    if (groups.every((g) => g.corrected !== null && g.total !== null)) {
      const [review, direct, afterReview] = groups.map((g) => ratio(g.corrected ?? 0, g.total ?? 0));
      correctionRate = {
        review,
        litigationDirect: direct,
        litigationAfterReview: afterReview,
        overall: ratio(
          groups.reduce((s, g) => s + (g.corrected ?? 0), 0),
          groups.reduce((s, g) => s + (g.total ?? 0), 0),
        ),
      };
    }
  }
  return { disclosureRate, deniedShare, correctionRate };
}
