/**
 * The formats a paint replaced, kept in the workbook's add-in settings (Excel.SettingCollection) so that
 * 清除标记 restores them after save, close and reopen. Settings are read in the same sync as the sheet
 * list (getItemOrNullObject + load), which a custom XML part cannot offer (its text needs a second sync).
 */
export const SNAPSHOT_KEY = 'disclosureCheck.marks.v1';

/** A cell's own fill and font before painting. `fill: null` is No Fill (Office reads it as white). */
export interface SavedFormat {
  fill: { color: string; tintAndShade: number } | null;
  fontColor: string;
  bold: boolean;
}

export const DEFAULT_FORMAT: SavedFormat = { fill: null, fontColor: '#000000', bold: false };

export interface Snapshot {
  version: 1;
  /** Distinct formats; cells refer to them by index to keep the stored text small. */
  formats: SavedFormat[];
  /** sheet name -> A1 -> index into formats. */
  sheets: Record<string, Record<string, number>>;
}

/** What getCellProperties returns for the fields we ask for. */
export interface CellFormatProperties {
  format?: {
    fill?: { color?: string | null; tintAndShade?: number | null; pattern?: string | null };
    font?: { color?: string | null; bold?: boolean | null };
  };
}

/**
 * No Fill and a white fill both read `#FFFFFF`. The fill's pattern tells them apart (`None` for No
 * Fill); tintAndShade `null` is only a hint, since some hosts report 0 for No Fill (office-js #6218).
 */
export function savedFormatOf(props: CellFormatProperties | undefined): SavedFormat {
  const fill = props?.format?.fill;
  const font = props?.format?.font;
  const tint = fill?.tintAndShade;
  const noFill = fill?.pattern === 'None' || tint === null || tint === undefined || !fill?.color;
  return {
    fill: noFill ? null : { color: fill.color as string, tintAndShade: tint as number },
    fontColor: font?.color ?? DEFAULT_FORMAT.fontColor,
    bold: font?.bold ?? false,
  };
}

export class SnapshotBuilder {
  private readonly formats: SavedFormat[] = [];
  private readonly index = new Map<string, number>();
  private readonly sheets: Record<string, Record<string, number>> = {};

  add(sheet: string, address: string, format: SavedFormat): void {
    const key = JSON.stringify(format);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.formats.push(format) - 1;
      this.index.set(key, i);
    }
    (this.sheets[sheet] ??= {})[address] = i;
  }

  get size(): number {
    return Object.values(this.sheets).reduce((n, cells) => n + Object.keys(cells).length, 0);
  }

  build(): Snapshot {
    return { version: 1, formats: this.formats, sheets: this.sheets };
  }
}

export function originalFormat(
  snapshot: Snapshot | undefined,
  sheet: string,
  address: string,
): SavedFormat | undefined {
  const i = snapshot?.sheets[sheet]?.[address];
  return i === undefined ? undefined : snapshot?.formats[i];
}

export function snapshotSize(snapshot: Snapshot | undefined): number {
  return snapshot ? Object.values(snapshot.sheets).reduce((n, cells) => n + Object.keys(cells).length, 0) : 0;
}

const isFormat = (f: unknown): f is SavedFormat => {
  if (typeof f !== 'object' || f === null) return false;
  const { fill, fontColor, bold } = f as Record<string, unknown>;
  const fillOk =
    fill === null ||
    (typeof fill === 'object' &&
      typeof (fill as Record<string, unknown>).color === 'string' &&
      typeof (fill as Record<string, unknown>).tintAndShade === 'number');
  return fillOk && typeof fontColor === 'string' && typeof bold === 'boolean';
};

/** Validates a stored value; anything unexpected (another version, hand edits) reads as no snapshot. */
export function parseSnapshot(value: unknown): Snapshot | undefined {
  const data = typeof value === 'string' ? safeJson(value) : value;
  if (typeof data !== 'object' || data === null) return undefined;
  const { version, formats, sheets } = data as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(formats) || !formats.every(isFormat)) return undefined;
  if (typeof sheets !== 'object' || sheets === null) return undefined;
  for (const cells of Object.values(sheets))
    for (const i of Object.values(cells as Record<string, unknown>))
      if (typeof i !== 'number' || !formats[i]) return undefined;
  return data as Snapshot;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Union of two snapshots; for a cell in both, the earlier (older) original wins. */
export function mergeSnapshots(older: Snapshot | undefined, newer: Snapshot): Snapshot {
  const builder = new SnapshotBuilder();
  for (const snap of [newer, older])
    if (snap)
      for (const [sheet, cells] of Object.entries(snap.sheets))
        for (const [address, i] of Object.entries(cells)) builder.add(sheet, address, snap.formats[i]);
  // Later adds overwrite, so older originals (added last) win.
  return builder.build();
}
