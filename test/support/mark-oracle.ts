/**
 * What colour an annotated copy should give each cell, worked out apart from src/report/marks.ts
 * (planMarks), so that the annotation tests do not take the code under test as their oracle:
 *
 * - the palette as documented (notes/README-office.md, colour legend), written out here;
 * - each rule's severity from the rule catalog (src/rules), not from the finding;
 * - the precedence, strongest first: the likely mistyped cell (applications/suspect-cell), then any
 *   rule the catalog rates an error, then warnings. The no-table finding only anchors at A1 and is
 *   never painted. A grouped finding marks each of its cells (Finding.parts).
 */
import { ruleById } from '../../src/rules';
import type { Finding } from '../../src/report/types';

export type Mark = 'suspect' | 'error' | 'warning';

/** Fill and font colour (RRGGBB) and boldness of each mark. */
export const PALETTE: Record<Mark, { fill: string; font: string; bold: boolean }> = {
  suspect: { fill: 'C00000', font: 'FFFFFF', bold: true },
  error: { fill: 'FFC7CE', font: '9C0006', bold: false },
  warning: { fill: 'FFEB9C', font: '9C5700', bold: false },
};

const SUSPECT = 'applications/suspect-cell';
const ANCHOR_ONLY = 'structure/no-table';

function catalogSeverity(ruleId: string) {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`${ruleId} is not in the rule catalog`);
  return rule.meta.severity;
}

/** The mark a cell gets from the rules with a finding on it; null when none paints. */
export function markOf(ruleIds: readonly string[]): Mark | null {
  const painting = ruleIds.filter((id) => id !== ANCHOR_ONLY);
  if (painting.length === 0) return null;
  if (painting.includes(SUSPECT)) return 'suspect';
  return painting.some((id) => catalogSeverity(id) === 'error') ? 'error' : 'warning';
}

/** `sheet!address` → the rules with a finding on that cell (each cell of a grouped finding). */
export function rulesByCell(findings: readonly Finding[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const f of findings)
    for (const address of f.parts?.map((p) => p.address) ?? [f.address]) {
      const key = `${f.sheet}!${address}`;
      cells.set(key, [...(cells.get(key) ?? []), f.ruleId]);
    }
  return cells;
}

/** `sheet!address` → the mark each cell should get. */
export function expectedMarks(findings: readonly Finding[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const [cell, rules] of rulesByCell(findings)) {
    const mark = markOf(rules);
    if (mark) marks.set(cell, mark);
  }
  return marks;
}
