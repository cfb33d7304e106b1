import type { Op } from './batches';
import { chunkAddresses } from './chunk';
import type { Snapshot } from './snapshot';

/** Puts back the saved fills and fonts: one RangeAreas per distinct original format and sheet. */
export function restoreOps(snapshot: Snapshot, sheets: ReadonlySet<string>): Op[] {
  const ops: Op[] = [];
  for (const [sheet, cells] of Object.entries(snapshot.sheets)) {
    if (!sheets.has(sheet)) continue;
    const byFormat = new Map<number, string[]>();
    for (const [address, i] of Object.entries(cells)) byFormat.set(i, [...(byFormat.get(i) ?? []), address]);
    for (const [i, addresses] of byFormat) {
      const original = snapshot.formats[i];
      for (const chunk of chunkAddresses(addresses))
        ops.push({
          bytes: chunk.length + sheet.length + 200,
          queue: (context) => {
            const format = context.workbook.worksheets.getItem(sheet).getRanges(chunk).format;
            if (original.fill === null) format.fill.clear();
            else {
              format.fill.color = original.fill.color;
              if (original.fill.tintAndShade !== 0) format.fill.tintAndShade = original.fill.tintAndShade;
            }
            format.font.color = original.fontColor;
            format.font.bold = original.bold;
          },
        });
    }
  }
  return ops;
}
