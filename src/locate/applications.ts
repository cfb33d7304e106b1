import {
  APPLICATIONS,
  labelTexts,
  type ApplicationsFormat,
  type ApplicationsRowDef,
  type ColumnDef,
  type Edition,
  type LabelPart,
} from '../format';
import { labelKey, type Grid } from '../grid';
import { BoundedCache } from '../grid/bounded-cache';
import { isBlank, isFilledNumber, RowCache, type TextCell } from './cells';
import { flatRowOf } from './flatten';
import { segmentScore } from './label-match';
import { cellKey, type CellRef, type LocatedTable, type UnalignedRow } from './types';
import {
  ANCESTOR_WEIGHT,
  DISTANCE_PENALTY,
  EDITIONS_BY_PREFERENCE,
  GROUP_PENALTY,
  HEADER_NUDGE,
  HEADER_ROWS_ABOVE,
  LEAF_WEIGHT,
  MAX_BLANK_GAP,
  MAX_GAP,
  MIN_CONTEXT_SCORE,
  MIN_HEADER_COLUMNS,
  MIN_ROW_SCORE,
  MIN_ROWS,
  MIN_SEGMENT_SCORE,
  SECTION_PENALTY,
  SKIP_PENALTY,
  UNMATCHED_PENALTY,
  VALUE_SHIFT,
  WINDOW_HIT,
  WINDOW_OVERFLOW,
  WINDOW_PENALTY,
} from './weights';

/**
 * Finds every copy of table 三 on a sheet. Rows are matched by their labels (markers and text, with
 * the group label carried down from the row that states it), in any layout: labels over 1–3 columns
 * or merged, group labels once or on every row, abbreviated labels, split tables, notes around.
 * The 7 number cells of each row are found per row, because text pasted from Word shifts them.
 */

interface RowMatch {
  def: ApplicationsRowDef;
  order: number;
  score: number;
  /** Last column (merge-aware) holding a part of this row's label. */
  labelEnd: number;
  labelStart: number;
}

/** The section and group labels read above the current row (updateContext): each holds only its kind. */
interface Context {
  section?: LabelPart;
  group?: LabelPart;
}

interface Instance {
  matches: { row: number; match: RowMatch }[];
  lastOrder: number;
  header?: HeaderInfo;
}

interface HeaderInfo {
  /** Column of each column id found in the header. */
  columns: Map<string, number>;
  top: number;
  left: number;
}

export function locateApplications(grid: Grid, cache = new RowCache(grid)): LocatedTable[] {
  const byEdition = EDITIONS_BY_PREFERENCE.map((edition) =>
    scan(grid, cache, APPLICATIONS[edition]).map((instance) => ({ edition, instance })),
  );
  // Keep, for each region of the sheet, the edition that matched more rows (the preferred one on a tie).
  const chosen: { edition: Edition; instance: Instance }[] = [];
  const [a, b] = byEdition;
  for (const cand of [...a, ...b]) {
    const rivals = chosen.filter((c) => overlaps(c.instance, cand.instance));
    if (rivals.some((r) => r.instance.matches.length >= cand.instance.matches.length)) continue;
    for (const r of rivals) chosen.splice(chosen.indexOf(r), 1);
    chosen.push(cand);
  }
  chosen.sort((x, y) => x.instance.matches[0].row - y.instance.matches[0].row);
  return chosen.map((c, index) => build(grid, APPLICATIONS[c.edition], c.instance, index));
}

function overlaps(x: Instance, y: Instance): boolean {
  const span = (i: Instance) => [i.matches[0].row, i.matches[i.matches.length - 1].row];
  const [x0, x1] = span(x);
  const [y0, y1] = span(y);
  return x0 <= y1 && y0 <= x1;
}

function scan(grid: Grid, cache: RowCache, format: ApplicationsFormat): Instance[] {
  const instances: Instance[] = [];
  let current: Instance | undefined;
  let context: Context = {};
  let gap = 0;
  const close = () => {
    if (current && current.matches.length >= MIN_ROWS) instances.push(current);
    current = undefined;
    context = {};
  };

  // Stryker disable next-line EqualityOperator: equivalent: the row past the last reads as blank, and the close() below ends what it might
  for (let row = 0; row < grid.rowCount; row++) {
    const cells = cache.text(row);
    if (cells.length === 0) {
      if (current && ++gap > MAX_BLANK_GAP) close();
      continue;
    }
    const match = matchRow(cells, format, context, current?.lastOrder ?? -1);
    if (!match) {
      updateContext(cells, format, context);
      if (current && ++gap > MAX_GAP) close();
      continue;
    }
    if (current && match.order <= current.lastOrder) {
      // A row seen again: the start of the next department's copy, or a stray repeat to ignore.
      if (match.order > 1) {
        if (++gap > MAX_GAP) close();
        continue;
      }
      close();
    }
    gap = 0;
    if (!current) current = { matches: [], lastOrder: match.order };
    current.matches.push({ row, match });
    current.lastOrder = match.order;
    const path = match.def.path;
    context.section = path[0];
    context.group = path[1]; // undefined for a row without a group
  }
  close();
  for (const inst of instances) inst.header = findHeader(grid, cache, format, inst);
  return instances;
}

const matchMemo = new WeakMap<ApplicationsFormat, BoundedCache<string, RowMatch | undefined>>();

/**
 * Best official row for a sheet row's label cells, given the group carried down from above and the
 * order of the last row read (`after`, -1 before the first). Memoised on the row's labels, their
 * columns and the context: report sheets repeat labels (departments' copies), so most rows are a
 * lookup.
 */
function matchRow(
  cells: TextCell[],
  format: ApplicationsFormat,
  context: Context,
  after: number,
): RowMatch | undefined {
  let memo = matchMemo.get(format);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; a new one each call works the rows out again
  if (!memo) matchMemo.set(format, (memo = new BoundedCache(20_000)));
  // No section or group reads as "undefined", a text no index takes.
  // JSON keeps the cells apart whatever their text holds.
  const key = `${after}|${context.section?.index}|${context.group?.index}|${JSON.stringify(
    cells.map((c) => [c.col, c.right, c.text]),
  )}`;
  return memo.remember(key, () => matchRowUncached(cells, format, context, after));
}

function matchRowUncached(
  cells: TextCell[],
  format: ApplicationsFormat,
  context: Context,
  after: number,
): RowMatch | undefined {
  const candidates: RowMatch[] = [];
  format.rows.forEach((def, order) => {
    const scored = scoreRow(cells, def, context);
    if (scored) candidates.push({ def, order, ...scored });
  });
  const top = Math.max(...candidates.map((c) => c.score));
  const tied = candidates.filter((c) => c.score === top);
  // On a tie the first row not read yet wins, else the first: a label cut to words two rows share
  // (政府信息公开申请数量) below 本年新收 is 上年结转, not a repeat of it.
  // Stryker disable next-line EqualityOperator: not pinned: >= differs only when the last row read is one of the tied rows, a repeat either way (both start the next copy)
  const best = tied.find((c) => c.order > after) ?? tied[0];
  return best && best.score >= MIN_ROW_SCORE ? best : undefined;
}

function scoreRow(
  cells: TextCell[],
  def: ApplicationsRowDef,
  context: Context,
): { score: number; labelEnd: number; labelStart: number } | undefined {
  const path = def.path;
  const leaf = path.length - 1;
  const found = new Array<number>(path.length).fill(0);
  let unmatched = 0;
  let labelEnd = -1;
  let labelStart = Number.MAX_SAFE_INTEGER;
  for (const cell of cells) {
    let cellUsed = false;
    for (const seg of cell.segments) {
      // bestPart is read only once bestScore reached MIN_SEGMENT_SCORE (> 0), which sets it.
      let bestPart = 0;
      let bestScore = 0;
      path.forEach((part, i) => {
        const s = segmentScore(seg, part);
        // Stryker disable next-line EqualityOperator: not pinned: a tie between parts (the first wins) needs a one-character label such as 理, which fits 办理结果 and a leaf alike; no report prints one
        if (s > bestScore) {
          bestScore = s;
          bestPart = i;
        }
      });
      if (bestScore >= MIN_SEGMENT_SCORE) {
        found[bestPart] = Math.max(found[bestPart], bestScore);
        cellUsed = true;
      } else unmatched++; // parseLabel keeps no segment without a marker or text
    }
    if (cellUsed) {
      labelEnd = Math.max(labelEnd, cell.right);
      labelStart = Math.min(labelStart, cell.col);
    }
  }
  if (found[leaf] < MIN_ROW_SCORE) return undefined;
  let score = found[leaf] * LEAF_WEIGHT;
  for (let i = 0; i < leaf; i++) {
    const part = path[i];
    // Stryker disable next-line ArithmeticOperator: not pinned: ÷ makes the weight 2, inside its stated tolerance (at least −0.1); 24,262 probed labels (every leaf and alias after every section/group prefix, both editions, with and without the 三、 row) read alike at 0.5, 2 and 10 but 14, each naming two rows at once (（三）不予公开1.属于国家秘密上年结转…)
    if (found[i] > 0) score += found[i] * ANCESTOR_WEIGHT;
    else if (part.marker === 'group') {
      if (context.group?.index !== part.index) score -= GROUP_PENALTY;
    } else if (context.section?.index !== part.index) score -= SECTION_PENALTY;
  }
  score -= unmatched * UNMATCHED_PENALTY;
  return { score: score / LEAF_WEIGHT, labelEnd, labelStart };
}

/** Rows holding only a group or section label (`（三）不予公开` on a row of its own) set the context. */
function updateContext(cells: TextCell[], format: ApplicationsFormat, context: Context): void {
  for (const cell of cells)
    for (const seg of cell.segments) {
      // Stryker disable next-line ConditionalExpression: not pinned: an item could set the context only from a row that failed to match it, costing later rows at most SECTION_PENALTY; 19,742 probed labels read alike without this line
      if (seg.marker !== 'group' && seg.marker !== 'section') continue;
      for (const def of format.rows) {
        const part = def.path.find((p) => p.marker === seg.marker && p.index === seg.index);
        // Stryker disable next-line EqualityOperator: not pinned: a context label scoring MIN_CONTEXT_SCORE exactly (text 0.5 after its marker) moves later rows' scores only by a penalty, and 19,742 probed labels read alike with no context at all (see above)
        if (part && segmentScore(seg, part) >= MIN_CONTEXT_SCORE) {
          if (part.marker === 'group') context.group = part;
          else context.section = part;
          break;
        }
      }
    }
}

/** The column header above the first matched row: where each of the 7 columns sits. */
function findHeader(
  grid: Grid,
  cache: RowCache,
  format: ApplicationsFormat,
  inst: Instance,
): HeaderInfo | undefined {
  const first = inst.matches[0].row;
  const columns = new Map<string, number>();
  let top = first;
  let left = Number.MAX_SAFE_INTEGER;
  // Stryker disable next-line ArithmeticOperator: equivalent: first + 1 adds the table's first two rows, whose cells are row labels and numbers, never a column label
  for (let row = first - 1; row >= Math.max(0, first - HEADER_ROWS_ABOVE); row--) {
    for (const cell of cache.text(row)) {
      const col = format.columns.find((c) => labelTexts(c).some((l) => labelKey(l) === cell.key));
      if (col && !columns.has(col.id)) {
        columns.set(col.id, cell.col);
        top = Math.min(top, row);
      }
      if (cell.key.includes('勾稽关系') || cell.key === labelKey(format.header.applicants)) {
        top = Math.min(top, row);
        left = Math.min(left, cell.col);
      }
    }
  }
  if (columns.size < MIN_HEADER_COLUMNS) return undefined;
  return { columns, top, left };
}

function build(grid: Grid, format: ApplicationsFormat, inst: Instance, index: number): LocatedTable {
  const cells = new Map<string, CellRef>();
  const rowLabels = new Map<string, CellRef>();
  const header = inst.header;
  // Columns in format order that the header shows (all 7 when there is no header to go by).
  const present = header ? format.columns.filter((c) => header.columns.has(c.id)) : [...format.columns];
  const width = present.length;
  const headerStart = header ? Math.min(...present.map((c) => header.columns.get(c.id) ?? 0)) : undefined;

  let left = header?.left ?? Number.MAX_SAFE_INTEGER;
  let right = 0;
  let prev: { labelEnd: number; start: number } | undefined;
  /** Flattened rows whose count of numbers fits no reading: their label is found, their cells are not. */
  const unalignedRows: UnalignedRow[] = [];
  const placed = new Set<string>();
  const flatColumns = flatReading(grid, format, present, inst);
  for (const { row, match } of inst.matches) {
    rowLabels.set(match.def.id, { row, col: match.labelStart });
    left = Math.min(left, match.labelStart);
    const flat = flatRowOf(grid, row);
    if (flat) {
      const columns = flatColumns?.length === flat.numbers.length ? flatColumns : undefined;
      if (!columns) {
        const expected = flatColumns ?? format.columns;
        unalignedRows.push({
          rowId: match.def.id,
          cell: { row, col: flat.numbers[0] },
          expected: expected.length,
          columnIds: expected.map((c) => c.id),
          actual: flat.numbers.length,
        });
        right = Math.max(right, flat.numbers[flat.numbers.length - 1]);
        continue;
      }
      columns.forEach((col, i) => {
        cells.set(cellKey(match.def.id, col.id), { row, col: flat.numbers[i] });
        placed.add(col.id);
      });
      right = Math.max(right, flat.numbers[columns.length - 1]);
      continue;
    }
    const start = valueStart(grid, row, match.labelEnd, width, headerStart, prev);
    prev = { labelEnd: match.labelEnd, start };
    present.forEach((col, i) => {
      cells.set(cellKey(match.def.id, col.id), { row, col: start + i });
      placed.add(col.id);
    });
    right = Math.max(right, start + width - 1);
  }
  const firstRow = inst.matches[0].row;
  const lastRow = inst.matches[inst.matches.length - 1].row;
  const top = header?.top ?? firstRow;
  if (header) for (const col of header.columns.values()) right = Math.max(right, col);

  // Missing rows point at the label of the nearest matched row before them.
  const missingRows: { rowId: string; near: CellRef }[] = [];
  let near: CellRef = { row: top, col: left };
  for (const def of format.rows) {
    const label = rowLabels.get(def.id); // every matched row has its label
    if (label) near = label;
    else missingRows.push({ rowId: def.id, near });
  }
  // Flattened rows of 7 numbers show every column, whatever the header shows.
  const shown = placed.size > 0 ? format.columns.filter((c) => placed.has(c.id)) : present;
  const missingColumns = format.columns
    .filter((c) => !shown.includes(c))
    .map((c) => ({ columnId: c.id, near: { row: top, col: headerStart ?? left } }));

  return {
    table: 'applications',
    edition: format.edition,
    sheet: grid.sheet,
    index,
    bounds: { top, left, bottom: lastRow, right },
    cells,
    rowLabels,
    missingRows,
    missingColumns,
    outdatedLabels: [],
    ...(unalignedRows.length > 0 ? { unalignedRows } : {}),
  };
}

/**
 * The columns the flattened rows of a table stand for, in order: all 7 when some row has 7 numbers,
 * else the header's columns. A row with another count could mean any columns (blank cells vanish
 * from text copied from a PDF), so it is not read: no guess, no false total or blank.
 */
function flatReading(
  grid: Grid,
  format: ApplicationsFormat,
  present: readonly ColumnDef[],
  inst: Instance,
): readonly ColumnDef[] | undefined {
  const counts = inst.matches.map(({ row }) => flatRowOf(grid, row)?.numbers.length);
  if (counts.includes(format.columns.length)) return format.columns;
  return inst.header ? present : undefined;
}

/**
 * First column of a row's numbers. Candidates start right after the label; the one whose window
 * holds the most filled number cells wins, with a nudge towards the header's column and a penalty
 * for numbers left outside the window (a shifted paste). All-blank rows follow the row above.
 */
function valueStart(
  grid: Grid,
  row: number,
  labelEnd: number,
  width: number,
  headerStart: number | undefined,
  prev: { labelEnd: number; start: number } | undefined,
): number {
  const first = labelEnd + 1;
  const candidates = new Set<number>();
  for (let s = first; s <= first + VALUE_SHIFT; s++) candidates.add(s);
  // Stryker disable next-line EqualityOperator: equivalent: at headerStart === first the set already holds it
  if (headerStart !== undefined && headerStart >= first) candidates.add(headerStart);
  let best = first;
  let bestScore = -Infinity;
  let anyFilled = false;
  for (const s of candidates) {
    let filled = 0;
    for (let c = s; c < s + width; c++) if (isFilledNumber(grid, row, c)) filled++;
    if (filled > 0) anyFilled = true;
    // Stryker disable next-line ArithmeticOperator: equivalent: WINDOW_HIT is 1, so ÷ gives the same score
    let score = filled * WINDOW_HIT;
    for (let c = first; c < s; c++) if (!isBlank(grid, row, c)) score -= SKIP_PENALTY;
    // Stryker disable next-line EqualityOperator: not pinned: <= looks one cell further, as WINDOW_OVERFLOW + 1 would, inside its stated range (1–6)
    for (let c = s + width; c < s + width + WINDOW_OVERFLOW; c++)
      if (isFilledNumber(grid, row, c)) score -= WINDOW_PENALTY;
    if (s === headerStart) score += HEADER_NUDGE;
    // Stryker disable next-line ArithmeticOperator: equivalent: s + first shifts every candidate of the row by the same 2 × first
    score -= (s - first) * DISTANCE_PENALTY;
    // Stryker disable next-line EqualityOperator: not pinned: a tie needs whole hit counts and the 0.3 nudge to cancel a distance of 0.01 a column exactly; no reading gives one
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  if (!anyFilled) {
    if (prev && prev.labelEnd === labelEnd) return prev.start;
    // Stryker disable next-line EqualityOperator: at headerStart === first the loop above already chose it (the nudge, no skip or distance)
    if (headerStart !== undefined && headerStart >= first) return headerStart;
  }
  return best;
}
