import type { Finding } from './types';

/**
 * How a marked cell looks, alike in the task pane and in the CLI's annotated copies.
 * Documented in notes/README-office.md (colour legend).
 */
export interface MarkStyle {
  fill: string;
  fontColor: string;
  bold: boolean;
}

export type MarkKind = 'suspect' | 'error' | 'warning';

export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  // The likely mistyped cell: the strongest mark.
  suspect: { fill: '#C00000', fontColor: '#FFFFFF', bold: true },
  // Excel's own "Bad" and "Neutral" cell-style colours: familiar to users and readable when printed.
  error: { fill: '#FFC7CE', fontColor: '#9C0006', bold: false },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700', bold: false },
};

const STRENGTH: Record<MarkKind, number> = { suspect: 3, error: 2, warning: 1 };

export const SUSPECT_RULE = 'applications/suspect-cell';
/** "No table found" points at A1 only as an anchor: painting it would mislead. */
const UNPAINTED_RULES = new Set(['structure/no-table']);

export interface MarkedCell {
  kind: MarkKind;
  messages: string[];
}

/** sheet -> A1 -> the strongest mark and every message about that cell. */
export type MarkPlan = Map<string, Map<string, MarkedCell>>;

export function planMarks(findings: readonly Finding[]): MarkPlan {
  const plan: MarkPlan = new Map();
  for (const f of findings) {
    if (UNPAINTED_RULES.has(f.ruleId)) continue;
    const kind: MarkKind = f.ruleId === SUSPECT_RULE ? 'suspect' : f.severity;
    let cells = plan.get(f.sheet);
    if (!cells) plan.set(f.sheet, (cells = new Map()));
    // A grouped finding marks each of its cells with that cell's own message.
    for (const { address, message } of f.parts ?? [f]) {
      const cell = cells.get(address);
      if (!cell) cells.set(address, { kind, messages: [message] });
      else addToMark(cell, kind, [message]);
    }
  }
  return plan;
}

/** One more mark on a marked cell: the stronger kind shows, and each message is said once. */
export function addToMark(cell: MarkedCell, kind: MarkKind, messages: readonly string[]): void {
  // Stryker disable next-line EqualityOperator: no two kinds are equally strong, so >= picks as > does
  if (STRENGTH[kind] > STRENGTH[cell.kind]) cell.kind = kind;
  for (const message of messages) if (!cell.messages.includes(message)) cell.messages.push(message);
}
