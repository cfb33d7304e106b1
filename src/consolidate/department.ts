/** A department's report as consolidation takes it: its sheets, the tables located on them, the check. */
import { checkGrids, type CheckOptions } from '../check';
import { TABLE_IDS, type Edition, type TableId } from '../format';
import { rangeA1, type Grid } from '../grid';
import { locateWithFlattened, realBounds } from '../locate';
import type { LocatedTable } from '../locate/types';
import type { Department, DepartmentStatus, UsedTable } from './types';

/**
 * Locates the tables of every sheet and checks them, as one report. Sheets with rows flattened by a
 * copy from PDF are read through their split view, as the check reads them.
 */
export function describeDepartment(
  name: string,
  grids: readonly Grid[],
  options: Pick<CheckOptions, 'year' | 'locale'> = {},
): Department {
  return {
    name,
    sources: grids.map(locateWithFlattened),
    report: checkGrids(grids, options),
  };
}

/** The table of each kind the sums use: the first found, in sheet order then top to bottom. */
export function usedTables(department: Department): Map<TableId, { table: LocatedTable; grid: Grid }> {
  const used = new Map<TableId, { table: LocatedTable; grid: Grid }>();
  for (const { grid, tables } of department.sources)
    for (const table of tables) if (!used.has(table.table)) used.set(table.table, { table, grid });
  return used;
}

const MESSAGES_KEPT = 3;

/** What the lists say about a department before deciding whether it is in the sums. */
export function departmentStatus(department: Department): Omit<DepartmentStatus, 'otherYear' | 'excluded'> {
  const used = usedTables(department);
  const all = department.sources.flatMap((s) => s.tables);
  const isUsed = (f: { sheet: string; table: TableId | null; tableIndex?: number }) => {
    const u = f.table ? used.get(f.table) : undefined;
    return u !== undefined && u.table.sheet === f.sheet && u.table.index === f.tableIndex;
  };
  const findings = department.report.findings.filter(isUsed);
  const errors = findings.filter((f) => f.severity === 'error');
  const editions = new Set<Edition>();
  for (const [id, u] of used) if (id !== 'reviews') editions.add(u.table.edition);
  return {
    name: department.name,
    editions: [...editions],
    year: department.report.year,
    errors: errors.length,
    warnings: findings.length - errors.length,
    errorMessages: errors.slice(0, MESSAGES_KEPT).map((f) => `${f.sheet}!${f.address} ${f.message}`),
    used: [...used.values()].map(({ table, grid }): UsedTable => {
      const b = realBounds(grid, table.bounds);
      return { table: table.table, sheet: table.sheet, range: rangeA1(b.top, b.left, b.bottom, b.right) };
    }),
    missing: TABLE_IDS.filter((id) => !used.has(id)),
    duplicates: TABLE_IDS.filter((id) => all.filter((t) => t.table === id).length > 1),
  };
}
