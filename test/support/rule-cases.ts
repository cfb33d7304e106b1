import { APPLICANTS } from './format-totals';
import { checkGrid, type CheckOptions } from '../../src/check';
import { APPLICATIONS, type TableId } from '../../src/format';
import { ArrayGrid, toA1 } from '../../src/grid';
import type { Finding, Scalar, Severity } from '../../src/report/types';
import { reportSheet, type ReportSheet } from './report-sheet';

/**
 * Table-driven valid/invalid cases for the rules, in the ESLint RuleTester manner: each case edits
 * a clean report sheet and lists exactly the findings of the rule under test, every field of each.
 * Each rule's cases sit in one table under test/rules/cases/ as `'<rule id>': [ … ]`;
 * test/rules/catalog.test.ts runs them all to check that every message of every rule is provoked,
 * its placeholders filled and its data shown.
 */
export interface Case {
  name: string;
  edit?: (s: ReportSheet) => void;
  sheet?: () => ReportSheet;
  options?: CheckOptions;
  /** The findings name the sheet itself, at A1: they stay there when the content moves. */
  sheetWide?: boolean;
  /** Expected findings of the rule, in report order. */
  want: (s: ReportSheet) => Want[];
}

/** One cell of a grouped finding: address, row id, column id, expected, actual. */
export type PartWant = [string, string | null, string | null, Scalar, Scalar];

/** The fields of a finding beyond where it is and what it says; all of them, none optional. */
export interface Fields {
  severity: Severity;
  table: TableId | null;
  row: string | null;
  column: string | null;
  /** A1 addresses of the other cells the rule read (public JSON). */
  related: string[];
  data: Record<string, Scalar>;
  /** The finding's name in suppressions files and review states: pinned, as users keep them. */
  fingerprint: string;
  /** The cells of a grouped finding; required exactly when the finding has them. */
  parts?: PartWant[];
}

/** A finding: [address, messageId, expected, actual, every other field]. */
export type Want = [string, string, Scalar, Scalar, Fields];

/** Rows put above the whole sheet to move every table and paragraph down. */
const SHIFT = 3;

/** The sheet with SHIFT blank rows above it (merges moved along): content moved, nothing else changed. */
function shifted(s: ReportSheet): ArrayGrid {
  const grid = s.grid();
  return new ArrayGrid({
    sheet: grid.sheet,
    values: [...Array.from({ length: SHIFT }, () => []), ...s.rows],
    merges: s.merges.map((m) => ({ ...m, top: m.top + SHIFT, bottom: m.bottom + SHIFT })),
  });
}

/** An A1 address SHIFT rows down. */
const down = (address: string): string => address.replace(/\d+$/, (n) => String(Number(n) + SHIFT));

/** What a finding says, field by field, in the shape of a Want. */
function fieldsOf(f: Finding): Want {
  return [
    f.address,
    f.messageId,
    f.expected,
    f.actual,
    {
      severity: f.severity,
      table: f.table,
      row: f.row,
      column: f.column,
      related: f.related,
      data: f.data,
      fingerprint: f.fingerprint,
      ...(f.parts
        ? { parts: f.parts.map((p): PartWant => [p.address, p.row, p.column, p.expected, p.actual]) }
        : {}),
    },
  ];
}

/** The case's sheet, edited, and the findings of its rule alone. */
export function runCase(ruleId: string, c: Case, options: CheckOptions = {}) {
  const sheet = c.sheet ? c.sheet() : reportSheet();
  c.edit?.(sheet);
  const report = checkGrid(sheet.grid(), { ...c.options, ...options, only: [ruleId] });
  return { sheet, report };
}

/**
 * Runs each rule's cases with only that rule enabled: every field of every finding as the case
 * wants it, each where it says (location), and fingerprints unique, the same on a second run and
 * the same when the sheet's content moves down (a paragraph's names its address: only that part moves).
 */
export function runRuleCases(cases: Record<string, Case[]>): void {
  describe.each(Object.keys(cases))('%s', (ruleId) => {
    it.each(cases[ruleId].map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { sheet, report } = runCase(ruleId, c);
      const { findings } = report;
      expect(findings.map(fieldsOf)).toStrictEqual(c.want(sheet));

      for (const f of findings) {
        expect(f.ruleId).toBe(ruleId);
        expect(f.sheet).toBe(sheet.grid().sheet);
        for (const at of f.parts ?? [f])
          expect(at.location).toEqual({ kind: 'cell', sheet: f.sheet, address: at.address });
      }

      const prints = findings.map((f) => f.fingerprint);
      expect(new Set(prints).size).toBe(prints.length);
      expect(runCase(ruleId, c).report.findings.map((f) => f.fingerprint)).toEqual(prints);

      const moved = checkGrid(shifted(sheet), { ...c.options, only: [ruleId] }).findings;
      if (c.sheetWide) expect(moved.map(fieldsOf)).toEqual(findings.map(fieldsOf));
      else
        expect(moved.map((f) => [f.address, f.related, f.fingerprint])).toEqual(
          findings.map((f) => [
            down(f.address),
            f.related.map(down),
            f.table ? f.fingerprint : f.fingerprint.replace(`|${f.address}`, `|${down(f.address)}`),
          ]),
        );
    });
  });
}

/** FORMAT.md's applicant columns, as the independent oracle states them. */
export { APPLICANTS };
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
