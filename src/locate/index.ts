import type { Grid } from '../grid';
import { locateApplications } from './applications';
import { RowCache } from './cells';
import { splitFlattenedRows } from './flatten';
import { locateProactive } from './proactive';
import { locateReviews } from './reviews';
import type { LocatedTable } from './types';

export * from './types';
export { locateApplications } from './applications';
export { locateProactive } from './proactive';
export { locateReviews } from './reviews';
export { isSplitCell, realBounds, sourceCellOf, toRealCells } from './flatten';

/**
 * Every report table on the sheet, top to bottom. Table 四 is identical in both editions, so it
 * takes the edition of the other tables on the sheet.
 */
export function locateTables(grid: Grid): LocatedTable[] {
  const cache = new RowCache(grid);
  const proactive = locateProactive(grid, cache);
  const applications = locateApplications(grid, cache);
  const edition = applications[0]?.edition ?? proactive[0]?.edition ?? '2021';
  const reviews = locateReviews(grid, cache).map((t) => ({ ...t, edition }));
  return [...proactive, ...applications, ...reviews].sort(
    (a, b) => a.bounds.top - b.bounds.top || a.bounds.left - b.bounds.left,
  );
}

/**
 * The tables of a sheet as every caller reads them: on the split view when rows were flattened by a
 * copy from PDF (`splitFlattenedRows`), else on the sheet itself. Cells of `tables` are cells of the
 * returned `grid`; map them to the sheet's own cells with `sourceCellOf` / `realBounds` before
 * showing them to the user.
 */
export function locateWithFlattened(grid: Grid): { grid: Grid; tables: LocatedTable[] } {
  const view = splitFlattenedRows(grid) ?? grid;
  return { grid: view, tables: locateTables(view) };
}
