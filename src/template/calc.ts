/** Computes the cached result of every formula cell from the template's own values. */
import type { CellRef } from '../locate/types';
import { evaluateFormula, FormulaError, type FormulaValue } from './formula';
import type { Template, TemplateCell } from './types';

/** A lookup of cell values that evaluates formula cells on demand (each once). */
export function cellReader(cells: readonly TemplateCell[]): (ref: CellRef) => FormulaValue {
  const byKey = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
  const computed = new Map<string, FormulaValue>();
  const read = (ref: CellRef): FormulaValue => {
    const key = `${ref.row},${ref.col}`;
    const cell = byKey.get(key);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (!computed.has(key)) {
      computed.set(key, null); // a reference cycle reads as blank rather than recursing forever
      const v = evaluateFormula(cell.formula, read);
      computed.set(key, v instanceof FormulaError ? v.code : v);
    }
    return computed.get(key) ?? null;
  };
  return read;
}

/** The template with `result` set on every formula cell. */
export function recalculate(template: Template): Template {
  const read = cellReader(template.cells);
  return {
    ...template,
    cells: template.cells.map((c) => (c.formula === undefined ? c : { ...c, result: read(c) })),
  };
}
