import type { LocatedTable } from '../locate/types';
import { cellKey } from '../locate/types';
import { LOCALES } from '../report/types';
import { evaluate, round, type Equation } from './equations';
import { hasTable, type Rule, type RuleContext, type RuleMeta } from './types';

/**
 * A totals rule from its equations: reports each failing equation at its target cell, with the
 * other cells as `related`. A blank target whose parts are not all zero is a "missing total".
 */
export function totalsRule(
  meta: RuleMeta,
  table: LocatedTable['table'],
  equations: (t: LocatedTable) => Equation[],
): Rule {
  return {
    meta,
    applies: hasTable(table),
    check(context: RuleContext) {
      for (const t of context.tables) {
        if (t.table !== table) continue;
        for (const eq of equations(t)) {
          if (eq.ruleId !== meta.id) continue;
          const result = evaluate(context, t, eq);
          if (!result || result.residual === 0) continue;
          const at = (rowId: string, columnId: string) => t.cells.get(cellKey(rowId, columnId))!;
          const messageId = result.targetBlank ? 'missing' : 'mismatch';
          const shown = placeholders(meta, messageId);
          const data: Record<string, number> = {};
          for (const term of eq.terms) {
            if (term === eq.target) continue;
            const name = dataName(term.rowId, term.columnId, eq);
            if (shown.has(name)) data[name] = context.read(t, term.rowId, term.columnId)?.value ?? 0;
          }
          // A blank target has no difference to show: its message says what the sum is instead.
          if (!result.targetBlank) data.diff = round(result.actual - result.expected);
          context.report({
            messageId,
            cell: at(eq.target.rowId, eq.target.columnId),
            related: eq.terms.filter((x) => x !== eq.target).map((x) => at(x.rowId, x.columnId)),
            table: t,
            row: eq.target.rowId,
            column: eq.target.columnId,
            expected: result.expected,
            actual: result.targetBlank ? null : result.actual,
            data,
          });
        }
      }
    },
  };
}

/**
 * The names a message shows in either locale: a finding carries only the parts its message names
 * (the outcomes total names none of its 21 rows), so no value is computed that no one reads.
 */
function placeholders(meta: RuleMeta, messageId: string): Set<string> {
  // Each totals rule words mismatch and missing, the same ids in both locales (catalog test).
  const templates = LOCALES.map((locale) => meta.messages[locale][messageId]);
  return new Set(templates.flatMap((t) => [...t.matchAll(/\{\+?(\w+)/g)].map((m) => m[1])));
}

/** Message placeholders for the parts of an equation: the row id for column rules, else the column id. */
function dataName(rowId: string, columnId: string, eq: Equation): string {
  const id = eq.rowId === rowId && eq.columnId !== columnId ? columnId : rowId;
  return id.replace(/[-.](\w)/g, (_, c: string) => c.toUpperCase());
}
