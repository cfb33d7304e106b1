import type { CheckResult } from '../office/types';
import { acceptanceOf, applyReviews, type Acceptance, type ReviewedReport } from '../report/reviews';
import type { Finding } from '../report/types';

/**
 * The check's report after the workbook's review states. `unmatched` keeps only the acceptances of
 * the sheets this check covered: after 校验当前工作表 the acceptances of other sheets are not stale,
 * they were simply not looked at (a fingerprint starts with `rule|sheet|`).
 */
export function reviewedReport(result: CheckResult, acceptances: readonly Acceptance[]): ReviewedReport {
  const reviewed = applyReviews(result.report, acceptances);
  if (result.scope === 'workbook') return reviewed;
  const sheets = result.report.sheets;
  return {
    ...reviewed,
    unmatched: reviewed.unmatched.filter((a) =>
      sheets.some((s) => a.fingerprint.startsWith(`${a.ruleId}|${s}|`)),
    ),
  };
}

/** The list with `finding` accepted for `reason` (replacing an earlier acceptance of it). */
export function withAcceptance(
  list: readonly Acceptance[],
  finding: Finding,
  reason: string,
  date = new Date(),
): Acceptance[] {
  return [...withoutAcceptances(list, [finding.fingerprint]), acceptanceOf(finding, reason.trim(), date)];
}

export function withoutAcceptances(
  list: readonly Acceptance[],
  fingerprints: readonly string[],
): Acceptance[] {
  const drop = new Set(fingerprints);
  return list.filter((a) => !drop.has(a.fingerprint));
}
