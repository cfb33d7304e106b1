import type { Grid } from '../grid';
import { locateApplications } from './applications';
import { RowCache } from './cells';
import { locateProactive } from './proactive';
import { locateReviews } from './reviews';
import type { LocatedTable } from './types';

export * from './types';
export { locateApplications } from './applications';
export { locateProactive } from './proactive';
export { locateReviews } from './reviews';

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
