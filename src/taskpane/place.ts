import { describeLocation } from '../report/location';
import type { FindingLocation, Locale } from '../report/types';

/**
 * Where a finding (or one cell of a grouped finding) is, as the pane shows it. A sheet's cell by its
 * A1 address, with the sheet for a workbook check; a document's place in its own terms (第 2 个表格
 * 第 7 行第 3 列, 第 11 段“…”), since the A1 address of a table read from a document means nothing
 * to its reader. Selecting still goes by `address`: the service maps it back.
 */
export function placeText(
  cell: { address: string; location: FindingLocation },
  sheet: string,
  withSheet: boolean,
  locale: Locale,
): string {
  if (cell.location.kind === 'cell') return withSheet ? `${sheet}!${cell.address}` : cell.address;
  return describeLocation(cell.location, { table: null }, locale);
}
