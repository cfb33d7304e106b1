import { cellKey, type LocatedTable } from '../../locate/types';
import { applicationsEquations, evaluate, round, type Evaluated } from '../equations';
import { hasTable, type Rule, type RuleContext } from '../types';

/**
 * Diagnosis (FORMAT.md, table 三): one wrong number breaks its row rule and one or two column
 * rules at once. When every failing totals rule passes through one cell, every rule through that
 * cell fails, and one value of that cell satisfies them all, that cell is the probable culprit.
 */
const rule: Rule = {
  meta: {
    id: 'applications/suspect-cell',
    severity: 'error',
    tags: ['applications', 'totals', 'diagnosis'],
    description: {
      zh: '诊断：表三几条合计校验同时不通过且都经过同一格，改动这一格即可全部通过时，指出这一格及应填的数。',
      en: 'Diagnosis: when the failing totals rules of table 三 all pass through one cell and one value of it satisfies them all, names that cell and the value.',
    },
    help: {
      zh: '一个数填错，往往同时破坏所在行的总计和所在列的总计、平衡关系。先核对这一格：把它改为建议的数，其余几条提示会一并消失。',
      en: 'One wrong number usually breaks its row total and its column rules together. Check this cell first: with the suggested value, the other messages disappear too.',
    },
    messages: {
      'zh-CN': {
        suspect:
          '{row} × {column}：{count} 条合计校验都指向这一格，应为 {expected}，实际为 {actual}（差 {+diff}）；改正后这些校验将全部通过',
        blank:
          '{row} × {column}：{count} 条合计校验都指向这一格，应为 {expected}，实际为空；填入后这些校验将全部通过',
        placeholder:
          '{row} × {column}：{count} 条合计校验都指向这一格，应为 {expected}，实际为“{actual}”；改正后这些校验将全部通过',
      },
      en: {
        suspect:
          '{row} × {column}: {count} failing totals rules all point at this cell; it should be {expected}, found {actual} (off by {+diff}); with that value they all pass',
        blank:
          '{row} × {column}: {count} failing totals rules all point at this cell; it should be {expected}, found blank; with that value they all pass',
        placeholder:
          '{row} × {column}: {count} failing totals rules all point at this cell; it should be {expected}, found “{actual}”; with that value they all pass',
      },
    },
  },
  applies: hasTable('applications'),
  check(context: RuleContext) {
    for (const table of context.tables) if (table.table === 'applications') diagnose(context, table);
  },
};

function diagnose(context: RuleContext, table: LocatedTable): void {
  const s = suspectOf(context, table);
  if (!s) return;
  const reading = context.read(table, s.rowId, s.columnId)!;
  // A blank or a dash counts as 0 in the sums but is told as it is: "实际为 0" would contradict
  // what the cell shows.
  const kind = reading.parsed.kind;
  const told = kind === 'blank' || kind === 'placeholder' ? kind : 'suspect';
  const actual = reading.value!;
  context.report({
    messageId: told,
    cell: table.cells.get(cellKey(s.rowId, s.columnId))!,
    related: s.failing.map((e) => table.cells.get(cellKey(e.eq.target.rowId, e.eq.target.columnId))!),
    table,
    row: s.rowId,
    column: s.columnId,
    expected: s.value,
    actual: told === 'suspect' ? actual : told === 'blank' ? null : String(reading.parsed.raw),
    // Only a number has a difference to show; a blank or a dash is told as it is.
    data: { count: s.failing.length, ...(told === 'suspect' ? { diff: round(actual - s.value) } : {}) },
  });
}

export interface Suspect {
  rowId: string;
  columnId: string;
  /** The value that satisfies every failing equation. */
  value: number;
  failing: Evaluated[];
}

/**
 * The one cell of table 三 whose change would make every failing totals rule pass, if there is
 * exactly one; cell/blank asks too, so a blank culprit is not also told "应填 0".
 */
export function suspectOf(context: RuleContext, table: LocatedTable): Suspect | undefined {
  const evaluated = applicationsEquations(table)
    .map((eq) => evaluate(context, table, eq))
    .filter((e): e is Evaluated => e !== undefined);
  const failing = evaluated.filter((e) => e.residual !== 0);
  if (failing.length < 2) return undefined;

  const byCell = new Map<string, Evaluated[]>();
  for (const e of evaluated)
    for (const term of e.eq.terms) {
      const key = cellKey(term.rowId, term.columnId);
      byCell.set(key, [...(byCell.get(key) ?? []), e]);
    }

  const suspects: Suspect[] = [];
  for (const term of failing[0].eq.terms) {
    const through = byCell.get(cellKey(term.rowId, term.columnId)) ?? [];
    if (through.length !== failing.length || through.some((e) => e.residual === 0)) continue;
    const current = context.read(table, term.rowId, term.columnId)?.value;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: unreachable: a failing equation read each of its cells as a number (equations.ts)
    if (current === null || current === undefined) continue;
    // The value each failing rule asks of this cell; they must agree.
    const wanted = through.map((e) => {
      const coef = e.eq.terms.find((t) => t.rowId === term.rowId && t.columnId === term.columnId)!.coef;
      // Stryker disable next-line ArithmeticOperator: equivalent: every coefficient is 1 or −1 (equations.ts), where r / c = r × c
      const change = e.residual / coef;
      return round(current - change);
    });
    if (wanted.every((w) => w === wanted[0]) && wanted[0] >= 0)
      suspects.push({ rowId: term.rowId, columnId: term.columnId, value: wanted[0], failing });
  }
  return suspects.length === 1 ? suspects[0] : undefined;
}

export default rule;
