import { OP_OVERHEAD_BYTES, textBytes, type Op } from './batches';
import { chunkAddresses } from './chunk';
import type { SavedFormat, Snapshot } from './snapshot';

/** The ops that put formats back, and what to do once they have run. */
export interface Restore {
  ops: Op[];
  /**
   * After the ops' sync: corrections for a tinted theme fill. Office reads a tinted fill's colour either
   * as the theme colour or as the colour shown (the docs do not say which). Restoring colour and tint is
   * right in the first case; in the second it tints twice. The colour read back after the restore tells
   * which: where it differs, the shown colour is written alone (no tint), which looks exactly as before.
   */
  fixes(): Op[];
}

interface ReadBack {
  sheet: string;
  chunk: string;
  /** The colour saved (and written back). */
  color: string;
  fill?: Excel.RangeFill;
}

/** Puts back the saved fills and fonts: one RangeAreas per distinct original format and sheet. */
export function restoreOps(snapshot: Snapshot, sheets: ReadonlySet<string>): Restore {
  const ops: Op[] = [];
  /** Tinted fills restored, each with its fill as loaded after the restore (set when its op is queued). */
  const readBacks: ReadBack[] = [];
  for (const [sheet, cells] of Object.entries(snapshot.sheets)) {
    if (!sheets.has(sheet)) continue;
    const byFormat = new Map<number, string[]>();
    for (const [address, i] of Object.entries(cells)) byFormat.set(i, [...(byFormat.get(i) ?? []), address]);
    for (const [i, addresses] of byFormat) {
      const original = snapshot.formats[i];
      for (const chunk of chunkAddresses(addresses)) {
        const readBack: ReadBack | undefined =
          original.fill && original.fill.tintAndShade !== 0
            ? { sheet, chunk, color: original.fill.color }
            : undefined;
        if (readBack) readBacks.push(readBack);
        ops.push({
          bytes: chunk.length + textBytes(sheet) + OP_OVERHEAD_BYTES.restore,
          queue: (context) => {
            const format = context.workbook.worksheets.getItem(sheet).getRanges(chunk).format;
            applyFormat(format, original);
            // Loaded after the writes above, so it reads the colour as restored.
            if (readBack) readBack.fill = format.fill.load('color');
          },
        });
      }
    }
  }
  return {
    ops,
    fixes: () =>
      readBacks
        .filter((r) => {
          const read = r.fill?.color;
          return typeof read === 'string' && read.toUpperCase() !== r.color.toUpperCase();
        })
        .map((r) => ({
          bytes: r.chunk.length + textBytes(r.sheet) + OP_OVERHEAD_BYTES.tintFix,
          queue: (context) => {
            // A colour alone makes a solid fill without tint (docs: RangeFill.color).
            context.workbook.worksheets.getItem(r.sheet).getRanges(r.chunk).format.fill.color = r.color;
          },
        })),
  };
}

function applyFormat(format: Excel.RangeFormat, original: SavedFormat): void {
  const fill = original.fill;
  if (fill === null) format.fill.clear();
  else {
    format.fill.color = fill.color;
    if (fill.tintAndShade !== 0) format.fill.tintAndShade = fill.tintAndShade;
    if (fill.pattern) format.fill.pattern = fill.pattern as Excel.FillPattern;
    if (fill.patternColor) format.fill.patternColor = fill.patternColor;
  }
  format.font.color = original.fontColor;
  format.font.bold = original.bold;
}
