/**
 * Puts numbers into the template's value cells: given directly, or read by the engine from the
 * tables it located in a sheet the user already has. Totals are not copied in formula mode (their
 * formulas compute them); values the engine could not read are left empty and listed.
 */
import { TABLE_IDS, type TableId, type Text } from '../format';
import { toA1, type CellValue, type Grid } from '../grid';
import { realBounds, sourceCellOf } from '../locate/flatten';
import { cellKey, type LocatedTable } from '../locate/types';
import { readCell } from '../rules/values';
import { recalculate } from './calc';
import type { Template, TemplateFill, TemplateValueCell } from './types';

/**
 * A sheet and the tables the engine located on it: `locateWithFlattened(grid)`, so that rows copied
 * from a PDF are read (then `grid` is the split view the tables' cells refer to).
 */
export interface FillSource {
  grid: Grid;
  tables: readonly LocatedTable[];
}

/** A template cell left empty, and why. */
export interface UnfilledCell {
  table: TableId;
  rowId: string;
  columnId: string;
  rowLabel?: Text;
  columnLabel?: Text;
  /** `unreadable`: the source cell holds no usable number; `missing`: the source table lacks the cell. */
  reason: 'unreadable' | 'missing';
  /** Where the value was looked for, `Sheet!B7`, and what it held. */
  source?: string;
  raw?: CellValue;
}

export interface FillResult {
  template: Template;
  /** The located table each of the template's tables was filled from. */
  used: { table: TableId; sheet: string; range: string }[];
  /** Tables of the template no source holds. */
  notFound: TableId[];
  filled: number;
  unfilled: UnfilledCell[];
}

const keyOf = (c: { table: TableId; rowId: string; columnId: string }) =>
  `${c.table}|${c.rowId}|${c.columnId}`;

/** Whether staff (rather than a formula) provide this cell in the template's totals mode. */
export const isTyped = (template: Template, cell: TemplateValueCell): boolean =>
  cell.role === 'input' || template.totals === 'input';

/** The template with these values in its typed cells (others are ignored) and formulas recomputed. */
export function applyValues(template: Template, fills: readonly TemplateFill[]): Template {
  const byKey = new Map(fills.map((f) => [keyOf(f), f.value]));
  const targets = new Map<string, number | null>();
  for (const t of template.tables)
    for (const cell of t.cells) {
      const k = keyOf(cell);
      if (byKey.has(k) && isTyped(template, cell))
        targets.set(`${cell.cell.row},${cell.cell.col}`, byKey.get(k) ?? null);
    }
  return recalculate({
    ...template,
    cells: template.cells.map((c) => {
      const k = `${c.row},${c.col}`;
      return targets.has(k) ? { ...c, value: targets.get(k) ?? null } : c;
    }),
  });
}

/** Fills the template from the first table of each kind found in the sources, in order. */
export function fillTemplate(template: Template, sources: readonly FillSource[]): FillResult {
  const fills: TemplateFill[] = [];
  const unfilled: UnfilledCell[] = [];
  const used: FillResult['used'] = [];
  const notFound: TableId[] = [];
  for (const id of TABLE_IDS) {
    const target = template.tables.find((t) => t.table === id);
    // Stryker disable next-line ConditionalExpression: unreachable: the template holds all three tables
    if (!target) continue;
    const found = firstTable(sources, id);
    if (!found) {
      notFound.push(id);
      continue;
    }
    const { grid, table } = found;
    // Said to the user: the sheet's own cells, not those of a split view.
    const b = realBounds(grid, table.bounds);
    used.push({ table: id, sheet: grid.sheet, range: `${toA1(b.top, b.left)}:${toA1(b.bottom, b.right)}` });
    for (const cell of target.cells) {
      if (!isTyped(template, cell)) continue;
      const at = table.cells.get(cellKey(cell.rowId, cell.columnId));
      const base = { table: id, rowId: cell.rowId, columnId: cell.columnId };
      const named = { ...base, rowLabel: cell.rowLabel, columnLabel: cell.columnLabel };
      if (!at) {
        unfilled.push({ ...named, reason: 'missing' });
        fills.push({ ...base, value: null });
        continue;
      }
      const value = readCell(grid, at, cell.kind).value;
      const real = sourceCellOf(grid, at);
      if (value === null)
        unfilled.push({
          ...named,
          reason: 'unreadable',
          source: `${grid.sheet}!${toA1(real.row, real.col)}`,
          raw: grid.value(at.row, at.col),
        });
      fills.push({ ...base, value });
    }
  }
  return {
    template: applyValues(template, fills),
    used,
    notFound,
    filled: fills.filter((f) => f.value !== null).length,
    unfilled,
  };
}

function firstTable(
  sources: readonly FillSource[],
  id: TableId,
): { grid: Grid; table: LocatedTable } | undefined {
  for (const s of sources) {
    const table = s.tables.find((t) => t.table === id);
    if (table) return { grid: s.grid, table };
  }
  return undefined;
}
