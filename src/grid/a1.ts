/** A1 helpers. Rows and columns are 0-based in code, 1-based/letters in A1 text. */

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

/** Parses `B7` (optionally `$B$7`) into 0-based coordinates; undefined when malformed. */
export function parseA1(address: string): CellPosition | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Parses `A1:C3` or a single cell into 0-based inclusive bounds. */
export function parseRangeA1(
  address: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = address.split(':');
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
