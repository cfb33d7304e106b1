import { APPLICATIONS, type Edition, type LabelPart } from '../../src/format';
import type { CellValue, MergedArea } from '../../src/grid';

/**
 * Builds sheets holding table 三 in the many layouts real reports use, for property tests and
 * benchmarks. Values are given per row id and column id; the builder only decides the layout.
 */

export type Values = Record<string, number[]>; // row id → 7 numbers in format column order

export interface Layout {
  edition: Edition;
  top: number;
  left: number;
  /** `merged`: official 3 label columns, group labels once with merges; `repeated`: group labels on
   * every row, no merges; `single`: the whole label in one column, group label on its first row. */
  labels: 'merged' | 'repeated' | 'single';
  brackets: 'full' | 'half';
  itemMark: '.' | '、' | '．';
  /** Insert a line break or spaces into labels. */
  noisyLabels: boolean;
  abbreviate: boolean;
  /** Blank rows inserted after these body row indexes. */
  blankAfter: number[];
  numbersAsText: boolean;
  withHeader: boolean;
  /** A repeated header before this body row index (a table split over two pages), or -1. */
  splitAt: number;
}

export const DEFAULT_LAYOUT: Layout = {
  edition: '2021',
  top: 0,
  left: 0,
  labels: 'merged',
  brackets: 'full',
  itemMark: '.',
  noisyLabels: false,
  abbreviate: false,
  blankAfter: [],
  numbersAsText: false,
  withHeader: true,
  splitAt: -1,
};

const NUMERALS = '一二三四五六七八九十';

function markerText(part: LabelPart, layout: Layout): string {
  const n = NUMERALS[part.index - 1];
  if (part.marker === 'section') return `${n}、`;
  if (part.marker === 'group') return layout.brackets === 'full' ? `（${n}）` : `(${n})`;
  return `${part.index}${layout.itemMark}`;
}

function partText(part: LabelPart, layout: Layout, salt: number): string {
  let text = layout.abbreviate && part.aliases?.length ? part.aliases[0] : part.text;
  if (layout.brackets === 'half') text = text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
  if (layout.noisyLabels && text.length > 3) {
    const at = 1 + (salt % (text.length - 2));
    text = `${text.slice(0, at)}${salt % 2 ? '\n' : ' '}${text.slice(at)}`;
  }
  return `${markerText(part, layout)}${text}`;
}

/** Consistent values from a seed-free description: outcomes and carry-overs per applicant column. */
export function consistentValues(
  edition: Edition,
  perColumn: { outcomes: number[]; carriedIn: number; carriedForward: number }[],
): Values {
  const format = APPLICATIONS[edition];
  const outcomeRows = format.rows.filter((r) => r.outcome);
  const values: Values = {};
  for (const row of format.rows) values[row.id] = new Array(7).fill(0);
  perColumn.slice(0, 6).forEach((col, c) => {
    let total = 0;
    outcomeRows.forEach((row, i) => {
      const v = col.outcomes[i % col.outcomes.length] ?? 0;
      values[row.id][c] = v;
      total += v;
    });
    values['outcome-total'][c] = total;
    const carriedIn = Math.min(col.carriedIn, total + col.carriedForward);
    values['carried-in'][c] = carriedIn;
    values['carried-forward'][c] = col.carriedForward;
    values.new[c] = total + col.carriedForward - carriedIn;
  });
  for (const row of format.rows) values[row.id][6] = values[row.id].slice(0, 6).reduce((a, b) => a + b, 0);
  return values;
}

export interface Built {
  values: CellValue[][];
  merges: MergedArea[];
  /** Sheet cell of each (row id, column index). */
  cellOf: (rowId: string, col: number) => { row: number; col: number };
}

export function buildTable(values: Values, layout: Layout, into?: CellValue[][]): Built {
  const format = APPLICATIONS[layout.edition];
  const grid: CellValue[][] = into ?? [];
  const merges: MergedArea[] = [];
  const put = (r: number, c: number, v: CellValue) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  const labelCols = layout.labels === 'single' ? 1 : 3;
  const L = layout.left;
  const N = L + labelCols; // first number column
  let r = layout.top;

  const header = () => {
    const h = format.header;
    put(r, L, h.note);
    put(r, N, h.applicants);
    put(r + 1, N, h.naturalPerson);
    put(r + 1, N + 1, h.organisations);
    put(r, N + 6, h.total);
    format.columns.slice(1, 6).forEach((c, i) => put(r + 2, N + 1 + i, c.label.zh));
    if (layout.labels === 'merged') {
      merges.push({ top: r, left: L, bottom: r + 2, right: N - 1 });
      merges.push({ top: r, left: N, bottom: r, right: N + 5 });
      merges.push({ top: r + 1, left: N, bottom: r + 2, right: N });
      merges.push({ top: r + 1, left: N + 1, bottom: r + 1, right: N + 5 });
      merges.push({ top: r, left: N + 6, bottom: r + 2, right: N + 6 });
    }
    r += 3;
  };
  if (layout.withHeader) header();

  const cells = new Map<string, { row: number; col: number }>();
  let prevGroup: LabelPart | undefined;
  let prevSection: LabelPart | undefined;
  format.rows.forEach((def, i) => {
    if (i === layout.splitAt) {
      header();
      prevGroup = undefined;
      prevSection = undefined;
    }
    const path = def.path;
    const section = path[0];
    const group = path.length > 1 ? path[1] : undefined;
    const leaf = path[path.length - 1];
    const firstOfGroup = group !== prevGroup;
    const firstOfSection = section !== prevSection;
    const showGroup = layout.labels === 'repeated' || firstOfGroup;
    const showSection = layout.labels === 'repeated' || firstOfSection;
    if (layout.labels === 'single') {
      const parts: string[] = [];
      if (path.length > 1 && showSection) parts.push(partText(section, layout, i));
      if (group && group !== leaf && showGroup) parts.push(partText(group, layout, i));
      parts.push(partText(leaf, layout, i));
      put(r, L, parts.join(''));
    } else {
      if (path.length === 1) {
        put(r, L, partText(leaf, layout, i));
        if (layout.labels === 'merged') merges.push({ top: r, left: L, bottom: r, right: L + 2 });
      } else {
        if (showSection) put(r, L, partText(section, layout, i));
        if (group === leaf) {
          put(r, L + 1, partText(leaf, layout, i));
          if (layout.labels === 'merged') merges.push({ top: r, left: L + 1, bottom: r, right: L + 2 });
        } else {
          if (showGroup && group) put(r, L + 1, partText(group, layout, i));
          put(r, L + 2, partText(leaf, layout, i));
        }
      }
    }
    values[def.id].forEach((v, c) => {
      put(r, N + c, layout.numbersAsText ? String(v) : v);
      cells.set(`${def.id}|${c}`, { row: r, col: N + c });
    });
    prevGroup = group;
    prevSection = section;
    r += 1 + layout.blankAfter.filter((x) => x === i).length;
  });
  return { values: grid, merges, cellOf: (rowId, col) => cells.get(`${rowId}|${col}`)! };
}
