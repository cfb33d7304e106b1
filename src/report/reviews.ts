/**
 * Review states: a finding a reviewer has looked at and accepted, with a reason ("清理后调整，已在报告中
 * 说明"). Accepted findings leave the counts and the verdict and are listed apart; an acceptance that
 * no longer matches any finding (the cell was fixed, the rule changed) is reported, so stale ones can
 * be removed. The task pane keeps them in the workbook; the CLI in a suppressions file (ESLint's
 * model: one file beside the reports, matched by fingerprint).
 */
import type { Acceptance, AcceptedFinding, Finding, Report } from './types';

// Declared with the report that carries them; re-exported for the callers that review.
export type { Acceptance, AcceptedFinding } from './types';

/** A report after its review states: `findings` and the counts hold the open findings only. */
export type ReviewedReport = Report & Required<Pick<Report, 'accepted' | 'unmatched'>>;

/** Moves the findings accepted in `acceptances` out of the counts; the report itself is not changed. */
export function applyReviews(report: Report, acceptances: readonly Acceptance[]): ReviewedReport {
  const byFingerprint = new Map(acceptances.map((a) => [a.fingerprint, a]));
  const used = new Set<string>();
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [...(report.accepted ?? [])];
  for (const finding of report.findings) {
    const acceptance = byFingerprint.get(finding.fingerprint);
    // A fingerprint that now names another rule's finding is not the one that was accepted.
    if (acceptance && acceptance.ruleId === finding.ruleId) {
      accepted.push({ finding, reason: acceptance.reason });
      used.add(acceptance.fingerprint);
    } else open.push(finding);
  }
  const errors = open.filter((f) => f.severity === 'error').length;
  const perSheet = new Map<string, { errors: number; warnings: number }>();
  for (const f of open) {
    const counts = perSheet.get(f.sheet) ?? { errors: 0, warnings: 0 };
    counts[f.severity === 'error' ? 'errors' : 'warnings']++;
    perSheet.set(f.sheet, counts);
  }
  return {
    ...report,
    findings: open,
    errors,
    warnings: open.length - errors,
    valid: errors === 0 && report.tables.length > 0,
    sheetSummaries: report.sheetSummaries.map((s) => ({
      ...s,
      errors: perSheet.get(s.sheet)?.errors ?? 0,
      warnings: perSheet.get(s.sheet)?.warnings ?? 0,
    })),
    accepted,
    unmatched: acceptances.filter((a) => !used.has(a.fingerprint)),
  };
}

/** An acceptance of a finding, as the pane and `--suppress-all` write it. */
export function acceptanceOf(finding: Finding, reason: string, date = new Date()): Acceptance {
  return {
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    reason,
    message: finding.message,
    accepted: date.toISOString().slice(0, 10),
  };
}

/**
 * Reads a list of acceptances from untrusted JSON (a settings value, a file): entries without a
 * fingerprint, rule id or reason are dropped rather than trusted. `undefined` when it is not a list.
 */
export function parseAcceptances(value: unknown): Acceptance[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: Acceptance[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { fingerprint, ruleId, reason, message, accepted } = item as Record<string, unknown>;
    if (typeof fingerprint !== 'string' || typeof ruleId !== 'string' || typeof reason !== 'string') continue;
    list.push({
      fingerprint,
      ruleId,
      reason,
      ...(typeof message === 'string' ? { message } : {}),
      ...(typeof accepted === 'string' ? { accepted } : {}),
    });
  }
  return list;
}
