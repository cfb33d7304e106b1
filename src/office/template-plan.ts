/**
 * Turns the declarative template (src/template) into the few bulk writes the Excel JS API needs:
 * one 2-D formulas array and one number-format array for the whole sheet, and formats, validation
 * and unlocking per block (a merged area, or a rectangle of equal plain cells). Pure data, so the
 * grouping is tested without Excel; template-render.ts queues it.
 */
import type { ValueKind } from '../format';
import { columnName, rangeA1, type MergedArea } from '../grid';
import { STYLES, type StyleId } from '../template/styles';
import type { Scalar, Template } from '../template/types';
import { widthToPoints } from '../xlsx/print-setup';

export type Cell2D = string | number | boolean | null;

export interface Block<K> {
  box: MergedArea;
  key: K;
}

export interface SheetPlan {
  /** The rectangle the two arrays below cover, from A1. */
  area: MergedArea;
  /** `=…` for formulas, a constant, or null (left empty). */
  formulas: Cell2D[][];
  numberFormats: (string | null)[][];
  merges: MergedArea[];
  styles: Block<StyleId>[];
  unlocked: MergedArea[];
  validations: Block<ValueKind>[];
  conditionalFormats: { box: MergedArea; formula: string }[];
  /** Consecutive columns/rows of equal size, in points. */
  columnWidths: { first: number; last: number; points: number }[];
  rowHeights: { first: number; last: number; points: number }[];
}

export const address = (b: MergedArea): string => rangeA1(b.top, b.left, b.bottom, b.right);
export const columnsAddress = (first: number, last: number): string =>
  `${columnName(first)}:${columnName(last)}`;
export const rowsAddress = (first: number, last: number): string => `${first + 1}:${last + 1}`;

/** Excel column width in characters (the template's, exceljs's) to points (RangeFormat.columnWidth's). */
export { widthToPoints } from '../xlsx/print-setup';

export function planTemplate(template: Template): SheetPlan {
  const bottom = template.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const right = Math.max(template.columnWidths.length, ...template.cells.map((c) => c.col + 1)) - 1;
  const area = { top: 0, left: 0, bottom, right };
  const formulas: Cell2D[][] = grid(area, null);
  const numberFormats: (string | null)[][] = grid(area, null);
  for (const cell of template.cells) {
    formulas[cell.row][cell.col] = cell.formula !== undefined ? `=${cell.formula}` : constant(cell.value);
    numberFormats[cell.row][cell.col] = STYLES[cell.style].numFmt ?? null;
  }

  const mergeAt = new Map(template.merges.map((m) => [`${m.top},${m.left}`, m]));
  const covered = new Set<string>();
  for (const m of template.merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(`${r},${c}`);
  /** A merged area stands alone; other cells are grouped into rectangles of equal key. */
  const blocks = <K>(cells: readonly { row: number; col: number; key: K }[]): Block<K>[] => {
    const merged: Block<K>[] = [];
    const plain: { row: number; col: number; key: K }[] = [];
    for (const c of cells) {
      const m = mergeAt.get(`${c.row},${c.col}`);
      if (m) merged.push({ box: m, key: c.key });
      else if (!covered.has(`${c.row},${c.col}`)) plain.push(c);
    }
    return [...merged, ...rectangles(plain)];
  };

  return {
    area,
    formulas,
    numberFormats,
    merges: template.merges,
    styles: blocks(template.cells.map((c) => ({ row: c.row, col: c.col, key: c.style }))),
    unlocked: blocks(
      template.cells.filter((c) => c.unlocked).map((c) => ({ row: c.row, col: c.col, key: true })),
    ).map((b) => b.box),
    validations: blocks(template.validations.map((v) => ({ ...v.cell, key: v.kind }))),
    conditionalFormats: template.conditionalFormats.map((cf) => ({
      box: { top: cf.cell.row, left: cf.cell.col, bottom: cf.cell.row, right: cf.cell.col },
      formula: `=${cf.formula}`,
    })),
    columnWidths: runs(template.columnWidths.map(widthToPoints)),
    rowHeights: runs(template.rowHeights),
  };
}

/** Text that Excel would read as a formula is entered as text (the apostrophe is not stored). */
function constant(value: Scalar | undefined): Cell2D {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && /^[=+@-]/.test(value) ? `'${value}` : value;
}

function grid<T>(area: MergedArea, fill: T): T[][] {
  return Array.from({ length: area.bottom + 1 }, () => new Array<T>(area.right + 1).fill(fill));
}

/** Groups cells into rectangles of equal key: runs along each row, stacked when rows repeat them. */
export function rectangles<K>(cells: readonly { row: number; col: number; key: K }[]): Block<K>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowRuns: { row: number; left: number; right: number; key: K }[] = [];
  for (const c of sorted) {
    const last = rowRuns[rowRuns.length - 1];
    if (last && last.row === c.row && last.right + 1 === c.col && last.key === c.key) last.right = c.col;
    else rowRuns.push({ row: c.row, left: c.col, right: c.col, key: c.key });
  }
  type Open = { top: number; left: number; bottom: number; right: number; key: K };
  const open = new Map<string, Open>();
  const out: Open[] = [];
  for (const run of rowRuns) {
    const id = `${run.left},${run.right},${String(run.key)}`;
    const above = open.get(id);
    if (above && above.bottom === run.row - 1) {
      above.bottom = run.row;
      continue;
    }
    const block = { top: run.row, left: run.left, bottom: run.row, right: run.right, key: run.key };
    open.set(id, block);
    out.push(block);
  }
  return out.map(({ key, ...box }) => ({ box, key }));
}

/** Consecutive equal sizes as one span; undefined entries (default size) are skipped. */
export function runs(
  sizes: readonly (number | undefined)[],
): { first: number; last: number; points: number }[] {
  const out: { first: number; last: number; points: number }[] = [];
  sizes.forEach((points, i) => {
    if (points === undefined) return;
    const last = out[out.length - 1];
    if (last && last.last === i - 1 && last.points === points) last.last = i;
    else out.push({ first: i, last: i, points });
  });
  return out;
}
