/**
 * Where a finding is, in terms of the container the report came in. A spreadsheet cell has an A1
 * address; a Word file, web page or PDF has none a user can follow, so a finding read from one
 * points at the document's own table (its number, row and column as the user counts them) or
 * paragraph (its number and the first words), and the page for a PDF. A text file's finding points
 * at the line and column where its field starts, as the user's editor shows them.
 */
import { TABLE_SECTION, type TableId } from '../format';
import { toA1, type Grid } from '../grid';
import type { CellRef } from '../locate/types';
import { pick } from './render';
import type { Finding, FindingLocation, Locale } from './types';

/** Characters of a paragraph quoted in a location: enough to find it with Ctrl+F. */
export const QUOTE_LENGTH = 24;

export function locationOf(grid: Grid, cell: CellRef): FindingLocation {
  const origin = grid.rowOrigin?.(cell.row);
  if (!origin) return { kind: 'cell', sheet: grid.sheet, address: toA1(cell.row, cell.col) };
  switch (origin.kind) {
    case 'text': {
      // A field the row lacks would be typed where the row ends.
      const { line, column } = origin.fields[cell.col] ?? origin.end;
      return { kind: 'text', line, column };
    }
    case 'table': {
      const page = origin.page ?? null;
      return { kind: 'table-cell', table: origin.table, row: origin.row, column: cell.col + 1, page };
    }
    case 'paragraph': {
      const quote = quoteOf(grid.value(cell.row, 0));
      return { kind: 'paragraph', paragraph: origin.paragraph, quote, page: origin.page ?? null };
    }
  }
}

function quoteOf(value: ReturnType<Grid['value']>): string {
  const text = value === null ? '' : String(value).replace(/\s+/g, ' ').trim();
  const chars = [...text]; // code points: never cut a character in half
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : text;
}

/** What the report calls the finding's place: labels of the report table, when it is a table cell. */
export interface PlaceLabels {
  table: TableId | null;
  row?: string;
  column?: string;
}

/**
 * A location as a user reads it, e.g. `表三（（一）予以公开 × 自然人）：第 2 个表格第 7 行第 3 列，第 4 页`,
 * `第 11 段“市政务办主动公开信息33条…”` or, in a text file, `表三（…）：第 40 行，第 15 列`.
 * Spreadsheet cells are `'Sheet'!A1` as before.
 */
export function describeLocation(location: FindingLocation, labels: PlaceLabels, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const page = 'page' in location && location.page !== null ? location.page : null;
  const onPage = page === null ? '' : zh ? `，第 ${page} 页` : `, page ${page}`;
  switch (location.kind) {
    case 'cell':
      return `${location.sheet}!${location.address}`;
    case 'paragraph':
      return zh
        ? `第 ${location.paragraph} 段“${location.quote}”${onPage}`
        : `paragraph ${location.paragraph} "${location.quote}"${onPage}`;
    case 'table-cell':
      return named(
        zh
          ? `第 ${location.table} 个表格第 ${location.row} 行第 ${location.column} 列${onPage}`
          : `table ${location.table}, row ${location.row}, column ${location.column}${onPage}`,
        labels,
        zh,
      );
    case 'text':
      // As an editor's status bar says it, so the user can go there (Ctrl+G in Notepad, VS Code).
      return named(
        zh
          ? `第 ${location.line} 行，第 ${location.column} 列`
          : `line ${location.line}, column ${location.column}`,
        labels,
        zh,
      );
  }
}

/** A place in a report table, preceded by the table's name and the cell's labels when known. */
function named(place: string, labels: PlaceLabels, zh: boolean): string {
  if (!labels.table) return place;
  const cellLabels = [labels.row, labels.column].filter((l): l is string => !!l).join(' × ');
  const name = zh ? `表${TABLE_SECTION[labels.table]}` : `table ${TABLE_SECTION[labels.table]}`;
  const prefix = cellLabels ? (zh ? `${name}（${cellLabels}）` : `${name} (${cellLabels})`) : name;
  return zh ? `${prefix}：${place}` : `${prefix}: ${place}`;
}

/** describeLocation with the finding's own labels, in the locale given. */
export function describeFindingLocation(f: Finding, locale: Locale): string {
  return describeLocation(
    f.location,
    {
      table: f.table,
      row: f.rowLabel ? pick(f.rowLabel, locale) : undefined,
      column: f.columnLabel ? pick(f.columnLabel, locale) : undefined,
    },
    locale,
  );
}
