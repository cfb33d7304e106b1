/**
 * Cell shading: the colours of the marks and how a cell gets its own shading back.
 *
 * Word's API cannot set "No Color": a cell without shading reads "" (OfficeDev/office-js#4632) and no
 * documented value removes shading (office-js#5460, open). Restoring such a cell first tries "" and
 * reads it back; where Word refuses or keeps a colour, the cell is set to white (prints the same) and
 * the pane says so. The outcome is remembered for the session.
 */
import { officeErrorCode } from '../office/errors';
import { MARK_STYLES, type MarkKind } from '../report/marks';

/**
 * The workbook palette's fills. The likely mistyped cell gets a lighter red than Excel's #C00000:
 * Excel also turns its text white and bold, which shading alone cannot do, and black on dark red is
 * hard to read.
 */
export const WORD_SHADING: Record<MarkKind, string> = {
  suspect: '#FF9999',
  error: MARK_STYLES.error.fill,
  warning: MARK_STYLES.warning.fill,
};

export const NO_SHADING = '';
export const WHITE = '#FFFFFF';

export const sameColour = (a: string | null | undefined, b: string): boolean =>
  (a ?? '').toUpperCase() === b.toUpperCase();

export type NoneMode = 'unknown' | 'empty-string' | 'white';

export interface CellToRestore {
  cell: Word.TableCell;
  own: string;
}

/**
 * Puts `own` back on each cell (queued; the caller syncs), after finding out once per session how
 * this Word takes "no shading". Returns how many got white instead of none.
 */
export async function restoreShading(
  context: Word.RequestContext,
  cells: readonly CellToRestore[],
  mode: { value: NoneMode },
): Promise<number> {
  const none = cells.filter((c) => c.own === NO_SHADING);
  if (none.length > 0 && mode.value === 'unknown') mode.value = await probeNone(context, none[0].cell);
  for (const { cell, own } of cells)
    cell.shadingColor = own !== NO_SHADING ? own : mode.value === 'empty-string' ? NO_SHADING : WHITE;
  return mode.value === 'white' ? none.length : 0;
}

/** Errors by which Word refuses a value it does not take (rather than failing for another reason). */
const REFUSALS = new Set(['InvalidArgument', 'NotImplemented', 'GeneralException']);

async function probeNone(context: Word.RequestContext, cell: Word.TableCell): Promise<NoneMode> {
  try {
    cell.shadingColor = NO_SHADING;
    cell.load('shadingColor');
    await context.sync();
    return sameColour(cell.shadingColor, NO_SHADING) ? 'empty-string' : 'white';
  } catch (error) {
    // Anything else (the document went away, a limit) fails the operation and is not remembered.
    // Stryker disable next-line StringLiteral: equivalent: any text that is no refusal's code reads as ''
    if (REFUSALS.has(officeErrorCode(error) ?? '')) return 'white';
    throw error;
  }
}
