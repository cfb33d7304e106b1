import type { LocatedTable } from '../locate/types';
import { cellKey } from '../locate/types';
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
          const data: Record<string, number> = {};
          for (const term of eq.terms) {
            if (term === eq.target) continue;
            const reading = context.read(t, term.rowId, term.columnId);
            data[dataName(term.rowId, term.columnId, eq)] = reading?.value ?? 0;
          }
          context.report({
            messageId: result.targetBlank ? 'missing' : 'mismatch',
            cell: at(eq.target.rowId, eq.target.columnId),
            related: eq.terms.filter((x) => x !== eq.target).map((x) => at(x.rowId, x.columnId)),
            table: t,
            row: eq.target.rowId,
            column: eq.target.columnId,
            expected: result.expected,
            actual: result.targetBlank ? null : result.actual,
            data: { ...data, diff: result.targetBlank ? null : round(result.actual - result.expected) },
          });
        }
      }
    },
  };
}

/** Message placeholders for the parts of an equation: the row id for column rules, else the column id. */
function dataName(rowId: string, columnId: string, eq: Equation): string {
  const id = eq.rowId === rowId && eq.columnId !== columnId ? columnId : rowId;
  return id.replace(/[-.](\w)/g, (_, c: string) => c.toUpperCase());
}
