import { checkGrid, type CheckOptions } from '../../src/check';
import { APPLICATIONS } from '../../src/format';
import { toA1 } from '../../src/grid';
import { reportSheet, type ReportSheet } from './report-sheet';

/**
 * Table-driven valid/invalid cases for the rules, in the ESLint RuleTester manner: each case edits
 * a clean report sheet and lists exactly the findings of the rule under test. Each rule's cases sit
 * in one test file under test/rules/ as `'<rule id>': [ … ]` (test/rules/rules.test.ts checks that
 * every registered rule has some).
 */
export interface Case {
  name: string;
  edit?: (s: ReportSheet) => void;
  sheet?: () => ReportSheet;
  options?: CheckOptions;
  /** Expected findings of the rule: [address via at(), messageId, expected, actual, severity?]. */
  want: (s: ReportSheet) => Want[];
}

export type Want = [string, string, unknown, unknown, string?];
export const APPLICANTS = [
  'natural-person',
  'commercial',
  'research',
  'nonprofit',
  'legal-services',
  'other-org',
];
export const value = (s: ReportSheet, r: string, c: string) => {
  const { row, col } = s.at('applications', r, c);
  return Number(s.rows[row][col] ?? 0);
};
export const rowSum = (s: ReportSheet, r: string) => APPLICANTS.reduce((sum, c) => sum + value(s, r, c), 0);
export const sumOutcomes = (s: ReportSheet, c: string) =>
  APPLICATIONS['2021'].rows.filter((r) => r.outcome).reduce((sum, r) => sum + value(s, r.id, c), 0);

/** A1 address of a format cell of the sheet. */
export const A = (s: ReportSheet, t: Parameters<ReportSheet['at']>[0], r: string, c: string) => {
  const { row, col } = s.at(t, r, c);
  return toA1(row, col);
};

/** Appends a paragraph below the report and returns its A1 address. */
export const say = (s: ReportSheet, text: string) => {
  s.rows.push([text]);
  return toA1(s.rows.length - 1, 0);
};
/** The A1 address of the paragraph starting with `start` (the sheet's own text). */
export const textAt = (s: ReportSheet, start: string) =>
  toA1(
    s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(start)),
    0,
  );
export const total = (s: ReportSheet, r: string) => value(s, r, 'total');
export const reviewTotal = (s: ReportSheet, g: string) => {
  const { row, col } = s.at('reviews', g, 'total');
  return Number(s.rows[row][col]);
};
const said = new Map<ReportSheet, string>();
/** Edit that appends a paragraph and remembers its address for `want`. */
export const text = (make: (s: ReportSheet) => string) => (s: ReportSheet) =>
  void said.set(s, say(s, make(s)));
export const saidAt = (s: ReportSheet) => said.get(s) ?? 'nothing said';

/** Last year's sheet whose carried-forward and in-force continue this year's clean sheet exactly. */
export const lastYear = (edit?: (s: ReportSheet) => void) => {
  const now = reportSheet();
  const before = reportSheet();
  for (const c of [...APPLICANTS, 'total'])
    before.set('applications', 'carried-forward', c, value(now, 'carried-in', c));
  for (const r of ['rules', 'normative-documents']) {
    const v = (id: string) =>
      Number(now.rows[now.at('proactive', r, id).row][now.at('proactive', r, id).col]);
    before.set('proactive', r, 'in-force', v('in-force') - v('issued') + v('repealed'));
  }
  edit?.(before);
  return { grids: [before.grid()], source: '2020年报.xlsx' };
};

/** Runs each rule's cases with only that rule enabled. */
export function runRuleCases(cases: Record<string, Case[]>): void {
  describe.each(Object.keys(cases))('%s', (ruleId) => {
    it.each(cases[ruleId].map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const sheet = c.sheet ? c.sheet() : reportSheet();
      c.edit?.(sheet);
      const report = checkGrid(sheet.grid(), { ...c.options, only: [ruleId] });
      const got = report.findings.map((f) => [f.address, f.messageId, f.expected, f.actual]);
      const want = c
        .want(sheet)
        .map(([address, messageId, expected, actual]) => [address, messageId, expected, actual]);
      expect(got).toEqual(want);
      const severities = c.want(sheet).map((w) => w[4]);
      report.findings.forEach((f, i) => {
        if (severities[i]) expect(f.severity).toBe(severities[i]);
      });
    });
  });
}
