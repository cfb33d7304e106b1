import type { CellValue, Grid, MergedArea, RowOrigin } from './types';

export interface GridInit {
  sheet: string;
  /** Row-major values; rows may have different lengths. */
  values: readonly (readonly CellValue[])[];
  merges?: readonly MergedArea[];
  /** Row-major number formats, parallel to values (optional, sparse). */
  numberFormats?: readonly (readonly (string | undefined)[])[];
  /** Per row, where it came from in a document (readers of src/sources); parallel to values. */
  origins?: readonly (RowOrigin | undefined)[];
}

/** Grid backed by arrays: the one implementation every source (Excel, exceljs, text) builds. */
export class ArrayGrid implements Grid {
  readonly sheet: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly MergedArea[];
  private readonly values: readonly (readonly CellValue[])[];
  private readonly formats: readonly (readonly (string | undefined)[])[] | undefined;
  private mergeIndex: Map<number, MergedArea> | undefined;
  private readonly origins: readonly (RowOrigin | undefined)[] | undefined;

  constructor(init: GridInit) {
    this.sheet = init.sheet;
    this.values = init.values;
    this.formats = init.numberFormats;
    this.merges = init.merges ?? [];
    this.origins = init.origins;
    this.rowCount = init.values.length;
    let cols = 0;
    // Stryker disable next-line EqualityOperator: equivalent: at equal widths `>=` sets cols to what it holds
    for (const row of init.values) if (row.length > cols) cols = row.length;
    // Stryker disable next-line EqualityOperator: equivalent: at equal widths `>=` sets cols to what it holds
    for (const m of this.merges) if (m.right + 1 > cols) cols = m.right + 1;
    this.colCount = cols;
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row]?.[col];
    if (v === undefined || v === '') return null;
    return v;
  }

  numberFormat(row: number, col: number): string | undefined {
    return this.formats?.[row]?.[col];
  }

  rowOrigin(row: number): RowOrigin | undefined {
    return this.origins?.[row];
  }

  mergeAt(row: number, col: number): MergedArea | undefined {
    if (this.merges.length === 0) return undefined;
    // Stryker disable next-line ConditionalExpression: equivalent: rebuilding the index on every call gives the same index
    if (!this.mergeIndex) {
      // Index every covered cell once; merges on report sheets are few and small.
      this.mergeIndex = new Map();
      for (const m of this.merges)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * 16384 + c, m);
    }
    return this.mergeIndex.get(row * 16384 + col);
  }
}

export function gridFromRows(sheet: string, values: readonly (readonly CellValue[])[]): Grid {
  return new ArrayGrid({ sheet, values });
}
