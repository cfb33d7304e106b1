/**
 * What a template fill took and left, for the pane: from a sheet (its ranges) or from a report file
 * or Word document (each place in the document's own terms). Shared by the Excel and Word adapters.
 */
import { TABLE_IDS, type Text } from '../format';
import { parseA1, parseRangeA1, type Grid } from '../grid';
import { describeLocation, locationOf } from '../report/location';
import type { FillResult } from '../template/fill';
import type { TemplateFillSummary } from './types';

export function summarize(sheet: string, result: Omit<FillResult, 'template'>): TemplateFillSummary {
  return {
    sheet,
    filled: result.filled,
    used: result.used.map((u) => ({ table: u.table, range: u.range })),
    notFound: TABLE_IDS.filter((id) => result.notFound.includes(id)),
    unread: result.unfilled.map((u) => ({
      table: u.table,
      label: {
        zh: `${u.rowLabel?.zh ?? u.rowId} × ${u.columnLabel?.zh ?? u.columnId}`,
        en: `${u.rowLabel?.en ?? u.rowId} × ${u.columnLabel?.en ?? u.columnId}`,
      },
      ...(u.source ? { source: u.source } : {}),
      ...(u.raw !== undefined && u.raw !== null ? { raw: String(u.raw) } : {}),
    })),
  };
}

/**
 * The summary of a fill from a report file: named by the file, each place described in the file's
 * own terms (a document's table and row, a workbook's sheet and cell).
 */
export function summarizeFile(
  file: string,
  grids: readonly Grid[],
  result: Omit<FillResult, 'template'>,
): TemplateFillSummary {
  const summary = summarize(file, result);
  const gridOf = (sheet: string) => grids.find((g) => g.sheet === sheet);
  return {
    ...summary,
    file: true,
    used: summary.used.map((u, i) => {
      const { sheet, range } = result.used[i];
      const grid = gridOf(sheet);
      const bounds = parseRangeA1(range);
      const where = grid && bounds ? tablePlace(grid, bounds.top, bounds.left) : undefined;
      return { ...u, where: where ?? same(`${sheet}!${range}`) };
    }),
    unread: summary.unread.map((u) => {
      if (!u.source) return u;
      const bang = u.source.lastIndexOf('!');
      const grid = gridOf(u.source.slice(0, bang));
      const cell = parseA1(u.source.slice(bang + 1));
      // Stryker disable next-line ConditionalExpression,LogicalOperator: unreachable: a source names a grid of this file and a cell of it
      if (!grid || !cell) return u;
      const location = locationOf(grid, cell);
      return {
        ...u,
        where: {
          zh: describeLocation(location, { table: null }, 'zh-CN'),
          en: describeLocation(location, { table: null }, 'en'),
        },
      };
    }),
  };
}

const same = (s: string): Text => ({ zh: s, en: s });

/** Where a located table starts in a document (`第 2 个表格，第 3 页`) or text file; undefined for a sheet. */
function tablePlace(grid: Grid, row: number, col: number): Text | undefined {
  const origin = grid.rowOrigin?.(row);
  if (!origin) return undefined;
  if (origin.kind !== 'table') {
    const location = locationOf(grid, { row, col });
    return {
      zh: describeLocation(location, { table: null }, 'zh-CN'),
      en: describeLocation(location, { table: null }, 'en'),
    };
  }
  const page = origin.page;
  return {
    zh: `第 ${origin.table} 个表格${page === undefined ? '' : `（第 ${page} 页）`}`,
    en: `table ${origin.table}${page === undefined ? '' : ` (page ${page})`}`,
  };
}
