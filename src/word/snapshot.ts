/**
 * What the add-in changed in a Word document, kept in its custom properties (properties.ts) so that
 * 清除标记 can undo it after the pane or the document was closed: each shaded cell with the shading it
 * had and the one painted, and the ids of the comments the add-in added.
 */
export const MARKS_KEY = 'DisclosureCheck.Marks';
export const REVIEWS_KEY = 'DisclosureCheck.Reviews';

/** A table cell as Word's API addresses it (see places.ts). */
export interface CellRef {
  /** Ordinal among the body's top-level tables, from 0. */
  table: number;
  row: number;
  cell: number;
}

export interface ShadedCell extends CellRef {
  /** The cell's own shading as Word read it before the first mark: '' is none (office-js #4632). */
  own: string;
  /** The shading the add-in set: a cell showing anything else was changed since, and is left alone. */
  mark: string;
}

export interface WordMarks {
  cells: ShadedCell[];
  /** Ids of the comments the add-in added. */
  comments: string[];
}

export const NO_MARKS: WordMarks = { cells: [], comments: [] };

const isCell = (value: unknown): value is ShadedCell => {
  // Object(): null and other non-objects have none of the fields, so they fail the checks below.
  const v = Object(value) as Record<string, unknown>;
  return (
    [v.table, v.row, v.cell].every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    typeof v.own === 'string' &&
    typeof v.mark === 'string'
  );
};

/** A stored text as marks; anything damaged reads as no marks rather than failing the pane. */
export function parseMarks(text: string | null): WordMarks {
  if (text === null) return NO_MARKS;
  try {
    const data = JSON.parse(text) as { v?: unknown; cells?: unknown; comments?: unknown };
    if (data.v !== 1) return NO_MARKS;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: JSON's non-lists have no filter, which throws into the catch
    if (!Array.isArray(data.cells) || !Array.isArray(data.comments)) return NO_MARKS;
    return {
      cells: data.cells
        .filter(isCell)
        .map(({ table, row, cell, own, mark }) => ({ table, row, cell, own, mark })),
      comments: data.comments.filter((id): id is string => typeof id === 'string'),
    };
  } catch {
    return NO_MARKS;
  }
}

/** The text to store; null when nothing is left to undo (the properties are then removed). */
export function serializeMarks(marks: WordMarks): string | null {
  if (marks.cells.length === 0 && marks.comments.length === 0) return null;
  return JSON.stringify({ v: 1, cells: marks.cells, comments: marks.comments });
}

export const cellKey = (c: CellRef): string => `${c.table}:${c.row}:${c.cell}`;
