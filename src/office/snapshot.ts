/**
 * The formats a paint replaced, kept in the workbook's add-in settings (Excel.SettingCollection) so that
 * 清除标记 restores them after save, close and reopen. Settings are read in the same sync as the sheet
 * list (getItemOrNullObject + load), which a custom XML part cannot offer (its text needs a second sync).
 */
export const SNAPSHOT_KEY = 'disclosureCheck.marks.v1';

/** A cell's own fill and font before painting. `fill: null` is No Fill (Office reads it as white). */
export interface SavedFormat {
  /** `pattern` and `patternColor` only for a pattern other than Solid (ExcelApi 1.9). */
  fill: { color: string; tintAndShade: number; pattern?: string; patternColor?: string } | null;
  fontColor: string;
  bold: boolean;
}

export const DEFAULT_FORMAT: SavedFormat = { fill: null, fontColor: '#000000', bold: false };

/** In memory: the marked cells by the sheet's name now (see resolveSnapshot). */
export interface Snapshot {
  /** Distinct formats; cells refer to them by index to keep the stored text small. */
  formats: SavedFormat[];
  /** sheet name -> A1 -> index into formats. */
  sheets: Record<string, Record<string, number>>;
}

/** A worksheet as Excel names it: `id` survives a rename but not a reopen, so the name is kept too. */
export interface SheetRef {
  id: string;
  name: string;
}

/**
 * As stored: each sheet by the ID and name it had when painted. Worksheet IDs are constant within a
 * session only (office-js-docs #297, office-js #1390), so a sheet is found by ID first, then by name.
 */
export interface StoredSnapshot {
  version: 2;
  formats: SavedFormat[];
  sheets: { id: string | null; name: string; cells: Record<string, number> }[];
}

/** What getCellProperties returns for the fields we ask for. */
export interface CellFormatProperties {
  format?: {
    fill?: {
      color?: string | null;
      tintAndShade?: number | null;
      pattern?: string | null;
      patternColor?: string | null;
    };
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
  const patterned = fill?.pattern && fill.pattern !== 'Solid' && fill.pattern !== 'None';
  return {
    fill: noFill
      ? null
      : {
          color: fill.color as string,
          tintAndShade: tint as number,
          ...(patterned ? { pattern: fill.pattern as string } : {}),
          ...(patterned && fill.patternColor ? { patternColor: fill.patternColor } : {}),
        },
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

  build(): Snapshot {
    return { formats: this.formats, sheets: this.sheets };
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

const isFormat = (value: unknown): value is SavedFormat => {
  if (typeof value !== 'object' || value === null) return false;
  const { fill, fontColor, bold } = value as Record<string, unknown>;
  const f = fill as Record<string, unknown> | null;
  const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
  const fillOk =
    f === null ||
    (typeof f === 'object' &&
      typeof f.color === 'string' &&
      typeof f.tintAndShade === 'number' &&
      optionalText(f.pattern) &&
      optionalText(f.patternColor));
  return fillOk && typeof fontColor === 'string' && typeof bold === 'boolean';
};

const isCells = (cells: unknown, formats: readonly unknown[]): cells is Record<string, number> =>
  typeof cells === 'object' &&
  cells !== null &&
  Object.values(cells).every((i) => typeof i === 'number' && formats[i] !== undefined);

/**
 * Reads a stored value as the sheets it marks, each with the ID and name it had (version 1 stored names
 * only). Anything unexpected (another version, hand edits) reads as no snapshot.
 */
export function parseSnapshot(value: unknown): StoredSnapshot | undefined {
  const data = typeof value === 'string' ? safeJson(value) : value;
  if (typeof data !== 'object' || data === null) return undefined;
  const { version, formats, sheets } = data as Record<string, unknown>;
  if (!Array.isArray(formats) || !formats.every(isFormat)) return undefined;
  if (version === 1 && typeof sheets === 'object' && sheets !== null && !Array.isArray(sheets)) {
    const entries = Object.entries(sheets);
    if (!entries.every(([, cells]) => isCells(cells, formats))) return undefined;
    return {
      version: 2,
      formats,
      sheets: entries.map(([name, cells]) => ({ id: null, name, cells: cells as Record<string, number> })),
    };
  }
  if (version !== 2 || !Array.isArray(sheets)) return undefined;
  const valid = sheets.every((s: unknown) => {
    if (typeof s !== 'object' || s === null) return false;
    const { id, name, cells } = s as Record<string, unknown>;
    return (id === null || typeof id === 'string') && typeof name === 'string' && isCells(cells, formats);
  });
  return valid ? (data as StoredSnapshot) : undefined;
}

/** Marks on a sheet that cannot be found now, with their formats, kept until 清除标记. */
export interface UnresolvedSheet {
  id: string | null;
  name: string;
  cells: Record<string, SavedFormat>;
}

/** A stored snapshot matched to the workbook's sheets now. */
export interface ResolvedSnapshot {
  /** The marks on sheets that still exist, by their current names. */
  snapshot: Snapshot;
  /** Sheets deleted, or renamed and the workbook reopened since they were marked. */
  missing: UnresolvedSheet[];
}

/** Finds each stored sheet by ID (renamed in this session), else by name (after a reopen). */
export function resolveSnapshot(
  stored: StoredSnapshot | undefined,
  sheets: readonly SheetRef[],
): ResolvedSnapshot {
  const builder = new SnapshotBuilder();
  const missing: UnresolvedSheet[] = [];
  for (const entry of stored?.sheets ?? []) {
    const formatOf = (i: number) => (stored as StoredSnapshot).formats[i];
    const sheet = sheets.find((s) => s.id === entry.id) ?? sheets.find((s) => s.name === entry.name);
    if (sheet)
      for (const [address, i] of Object.entries(entry.cells)) builder.add(sheet.name, address, formatOf(i));
    else
      missing.push({
        id: entry.id,
        name: entry.name,
        cells: Object.fromEntries(Object.entries(entry.cells).map(([a, i]) => [a, formatOf(i)])),
      });
  }
  return { snapshot: builder.build(), missing };
}

/** The text stored in the settings: each marked sheet by ID and name, missing ones kept as they were. */
export function serializeSnapshot(
  snapshot: Snapshot,
  sheets: readonly SheetRef[],
  missing: readonly UnresolvedSheet[] = [],
): string {
  // A missing sheet's name is no sheet's name now (else it was found by name), so names stay unique.
  const builder = new SnapshotBuilder();
  for (const [name, cells] of Object.entries(snapshot.sheets))
    for (const [address, i] of Object.entries(cells)) builder.add(name, address, snapshot.formats[i]);
  for (const sheet of missing)
    for (const [address, format] of Object.entries(sheet.cells)) builder.add(sheet.name, address, format);
  const { formats, sheets: byName } = builder.build();
  const ids = new Map<string, string | null>([
    ...sheets.map((s) => [s.name, s.id] as const),
    ...missing.map((m) => [m.name, m.id] as const),
  ]);
  const stored: StoredSnapshot = {
    version: 2,
    formats,
    sheets: Object.entries(byName).map(([name, cells]) => ({ id: ids.get(name) ?? null, name, cells })),
  };
  return JSON.stringify(stored);
}

/** A snapshot with no marks. */
export const emptySnapshot = (): Snapshot => new SnapshotBuilder().build();

/** Cells in a stored snapshot, found or not (for 有标记 after reopening). */
export function storedSize(stored: StoredSnapshot | undefined): number {
  return (stored?.sheets ?? []).reduce((n, s) => n + Object.keys(s.cells).length, 0);
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
