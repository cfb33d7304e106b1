/**
 * Accumulates the cells of the template sheet. Merged areas are written as a value in the top-left
 * cell and the same style in every covered cell, because Excel draws borders per cell (and Excel on
 * the web drops the borders of covered cells that have none, office-js issue 6405).
 */
import type { MergedArea } from '../grid';
import type { CellRef } from '../locate/types';
import { STYLES, type StyleId } from './styles';
import type { TemplateCell, TemplateConditionalFormat, TemplateValidation } from './types';

/** Points of one Excel column-width unit (the width of "0" in the default 11 pt font, 7 px). */
const POINTS_PER_WIDTH_UNIT = 5.25;
/** Cell padding left and right, in points. */
const CELL_PADDING = 6;

export interface Span {
  rows?: number;
  cols?: number;
}

export class SheetBuilder {
  private readonly cellMap = new Map<string, TemplateCell>();
  readonly merges: MergedArea[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  readonly validations: TemplateValidation[] = [];
  readonly conditionalFormats: TemplateConditionalFormat[] = [];

  constructor(readonly columnWidths: readonly number[]) {}

  /** Writes a cell (and the merge it heads); grows the row to fit wrapped text of one-row cells. */
  put(row: number, col: number, cell: Omit<TemplateCell, 'row' | 'col'>, span: Span = {}): CellRef {
    const rows = span.rows ?? 1;
    const cols = span.cols ?? 1;
    for (let r = row; r < row + rows; r++)
      for (let c = col; c < col + cols; c++)
        this.cellMap.set(
          `${r},${c}`,
          r === row && c === col ? { row, col, ...cell } : { row: r, col: c, style: cell.style },
        );
    if (rows > 1 || cols > 1)
      this.merges.push({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
    if (rows === 1 && typeof cell.value === 'string') this.fitText(row, col, cols, cell.value, cell.style);
    return { row, col };
  }

  /** Sets a row's height to at least `points`. */
  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  cells(): TemplateCell[] {
    return [...this.cellMap.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  private fitText(row: number, col: number, cols: number, text: string, styleId: StyleId): void {
    const style = STYLES[styleId];
    const size = style.font.size;
    const width =
      this.columnWidths.slice(col, col + cols).reduce((s, w) => s + w, 0) * POINTS_PER_WIDTH_UNIT -
      CELL_PADDING;
    const lines = style.wrap
      ? text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textPoints(line, size) / width)), 0)
      : 1;
    this.height(row, Math.ceil(lines * size * 1.35 + 6));
  }
}

/** Approximate printed width: CJK and full-width characters are one em, others half an em. */
function textPoints(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\uFFFF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 1 : 0.55;
  return ems * size;
}
