import {
  labelTexts,
  PROACTIVE,
  type Labelled,
  type ProactiveBlockDef,
  type ProactiveFormat,
} from '../format';
import { labelKey, labelMatch, type Grid } from '../grid';
import { RowCache, type TextCell } from './cells';
import { flatRowOf } from './flatten';
import { cellKey, type CellRef, type LocatedTable, type UnalignedRow } from './types';
import {
  EDITIONS_BY_PREFERENCE,
  PROACTIVE_BLOCK_GAP,
  PROACTIVE_BLOCK_WEIGHT,
  PROACTIVE_COLUMN_WEIGHT,
  PROACTIVE_HEADER_ROWS,
  PROACTIVE_ITEM_GAP,
  PROACTIVE_MIN_LABEL_SCORE as MIN_LABEL_SCORE,
  PROACTIVE_MIN_SCORE,
  PROACTIVE_ROW_WEIGHT,
} from './weights';

/**
 * Finds table 二: blocks headed `第二十条第（X）项`, each with a `信息内容` header row naming its
 * columns and one row per item below. Consecutive blocks (in clause order) form one table.
 */

const CLAUSE = /^第二十条第([一二三四五六七八九十])项$/;
const CONTENT = labelKey('信息内容');
const NUMERALS = '一二三四五六七八九十';
const ITEM_LABELS = [
  ...new Set(
    Object.values(PROACTIVE).flatMap((f) => f.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label.zh)))),
  ),
];

interface Block {
  clauseIndex: number;
  clauseCell: CellRef;
  header?: { row: number; cells: TextCell[] };
  rows: { row: number; label: TextCell }[];
  bottom: number;
}

export function locateProactive(grid: Grid, cache = new RowCache(grid)): LocatedTable[] {
  const blocks = findBlocks(grid, cache);
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1]?.slice(-1)[0];
    if (
      last &&
      block.clauseIndex > last.clauseIndex &&
      block.clauseCell.row - last.bottom <= PROACTIVE_BLOCK_GAP
    )
      groups[groups.length - 1].push(block);
    else groups.push([block]);
  }
  const tables: LocatedTable[] = [];
  for (const group of groups) {
    // The edition whose reading scores more; the preferred one on a tie.
    const scored = EDITIONS_BY_PREFERENCE.map((edition) => build(grid, PROACTIVE[edition], group));
    const best = scored[1].score > scored[0].score ? scored[1] : scored[0];
    if (best.score >= PROACTIVE_MIN_SCORE) tables.push({ ...best.table, index: tables.length });
  }
  return tables;
}

function findBlocks(grid: Grid, cache: RowCache): Block[] {
  const blocks: Block[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const clause = cache.text(row).find((c) => CLAUSE.test(c.key));
    if (!clause) continue;
    // Stryker disable next-line StringLiteral: equivalent: CLAUSE matched this key just above
    const clauseIndex = NUMERALS.indexOf(CLAUSE.exec(clause.key)?.[1] ?? '') + 1;
    const block: Block = { clauseIndex, clauseCell: { row, col: clause.col }, rows: [], bottom: row };
    let r = row + 1;
    // Rows past the sheet's last read as blank (Grid.value), so neither loop needs the row count.
    for (; r <= row + PROACTIVE_HEADER_ROWS; r++) {
      const cells = cache.text(r);
      if (cells.some((c) => c.key === CONTENT)) {
        block.header = { row: r, cells };
        block.bottom = r;
        r++;
        break;
      }
    }
    if (!block.header) r = row + 1;
    // Item rows follow until a row whose label is no item of either edition (a heading, a note).
    for (; r <= block.bottom + PROACTIVE_ITEM_GAP; r++) {
      // The block's own cells: a table printed to its left on the same rows is not part of it.
      const cells = cache.text(r).filter((c) => c.col >= clause.col);
      if (cells.length === 0) continue;
      if (!ITEM_LABELS.some((key) => labelMatch(cells[0].key, key) >= MIN_LABEL_SCORE)) break;
      block.rows.push({ row: r, label: cells[0] });
      block.bottom = r;
    }
    blocks.push(block);
    row = block.bottom;
  }
  return blocks;
}

function bestLabel<T extends Labelled>(
  key: string,
  defs: readonly T[],
): { def: T; score: number } | undefined {
  let best: { def: T; score: number } | undefined;
  for (const def of defs) {
    const score = Math.max(...labelTexts(def).map((l) => labelMatch(key, labelKey(l))));
    // The better score wins; on a tie the first label (the column further left in the format).
    if (score >= MIN_LABEL_SCORE && score > (best?.score ?? 0)) best = { def, score };
  }
  return best;
}

function build(grid: Grid, format: ProactiveFormat, group: Block[]): { table: LocatedTable; score: number } {
  const cells = new Map<string, CellRef>();
  const rowLabels = new Map<string, CellRef>();
  const missingRows: { rowId: string; near: CellRef }[] = [];
  const missingColumns: { columnId: string; near: CellRef }[] = [];
  const outdatedLabels: { rowId: string; cell: CellRef; found: string }[] = [];
  const unalignedRows: UnalignedRow[] = [];
  let score = 0;
  const top = group[0].clauseCell.row;
  let left = group[0].clauseCell.col;
  let right = left;
  let bottom = top;

  for (const def of format.blocks) {
    const block = group.find((b) => b.clauseIndex === def.clauseIndex);
    if (!block) {
      const near = nearestClause(group, def);
      for (const r of def.rows) missingRows.push({ rowId: r.id, near });
      continue;
    }
    score += PROACTIVE_BLOCK_WEIGHT;
    const columns = mapColumns(def, block);
    // Stryker disable next-line ArithmeticOperator: equivalent: PROACTIVE_COLUMN_WEIGHT is 1, so × and ÷ agree (its own tests pin it)
    score += columns.size * PROACTIVE_COLUMN_WEIGHT;
    const used = new Set<number>();
    /** A flattened row of as many numbers as the block has columns shows them all, header or not. */
    let flatRead = false;
    const nearLeft = left;
    for (const rowDef of def.rows) {
      const candidates = block.rows.filter((r) => !used.has(r.row));
      let match: { row: number; label: TextCell; score: number } | undefined;
      for (const r of candidates) {
        const s = bestLabel(r.label.key, [rowDef])?.score ?? 0;
        if (s > 0 && (!match || s > match.score)) match = { ...r, score: s };
      }
      if (!match) {
        missingRows.push({
          rowId: rowDef.id,
          near: block.header ? { row: block.header.row, col: left } : block.clauseCell,
        });
        continue;
      }
      used.add(match.row);
      score += PROACTIVE_ROW_WEIGHT;
      rowLabels.set(rowDef.id, { row: match.row, col: match.label.col });
      if (format.edition === '2021' && match.label.key === labelKey('规范性文件'))
        outdatedLabels.push({
          rowId: rowDef.id,
          cell: { row: match.row, col: match.label.col },
          found: match.label.text,
        });
      left = Math.min(left, match.label.col);
      const flat = flatRowOf(grid, match.row);
      if (flat) {
        // Any other count could mean any columns (blanks vanish from PDF text): the row is not read.
        if (flat.numbers.length !== def.columns.length) {
          unalignedRows.push({
            rowId: rowDef.id,
            cell: { row: match.row, col: flat.numbers[0] },
            expected: def.columns.length,
            columnIds: def.columns.map((c) => c.id),
            actual: flat.numbers.length,
          });
          right = Math.max(right, flat.numbers[flat.numbers.length - 1]);
          continue;
        }
        flatRead = true;
        def.columns.forEach((col, i) => {
          cells.set(cellKey(rowDef.id, col.id), { row: match.row, col: flat.numbers[i] });
          right = Math.max(right, flat.numbers[i]);
        });
        continue;
      }
      columns.forEach((col, colId) => {
        cells.set(cellKey(rowDef.id, colId), { row: match.row, col });
        right = Math.max(right, col);
      });
    }
    if (!flatRead)
      for (const col of def.columns)
        if (!columns.has(col.id))
          missingColumns.push({
            columnId: col.id,
            near: block.header ? { row: block.header.row, col: nearLeft } : block.clauseCell,
          });
    // The block's last row: its item rows, header and clause all lie at or above it.
    bottom = Math.max(bottom, block.bottom);
  }
  const table: LocatedTable = {
    table: 'proactive',
    edition: format.edition,
    sheet: grid.sheet,
    index: 0,
    bounds: { top, left, bottom, right },
    cells,
    rowLabels,
    missingRows,
    missingColumns,
    outdatedLabels,
    ...(unalignedRows.length > 0 ? { unalignedRows } : {}),
  };
  return { table, score };
}

/**
 * Columns of a block: where each column label of the edition sits in the block's header row. Of two
 * cells naming one column, the closer fit wins (现行有效件数 over an extra 上年现行有效件数), the
 * first on a tie.
 */
function mapColumns(def: ProactiveBlockDef, block: Block): Map<string, number> {
  const best = new Map<string, { col: number; score: number }>();
  if (!block.header) return new Map();
  // The 信息内容 cell fits no column: it needs no skipping.
  for (const cell of block.header.cells) {
    const found = bestLabel(cell.key, def.columns);
    if (found && found.score > (best.get(found.def.id)?.score ?? 0))
      best.set(found.def.id, { col: cell.col, score: found.score });
  }
  return new Map([...best].map(([id, { col }]) => [id, col]));
}

function nearestClause(group: Block[], def: ProactiveBlockDef): CellRef {
  // Stryker disable next-line EqualityOperator: equivalent for <=: the block placed is missing from the group, so no block present has its clause
  const before = group.filter((b) => b.clauseIndex < def.clauseIndex);
  const block = before.length > 0 ? before[before.length - 1] : group[0];
  return { row: block.bottom, col: block.clauseCell.col };
}
