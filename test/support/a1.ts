/**
 * A1 addresses for tests, written apart from src/grid/a1.ts so that tests of other code do not lean
 * on the code under test (test/grid/a1.test.ts checks both against the same literals). Columns are
 * bijective base 26: A…Z, then AA…AZ, BA…, up to XFD.
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`no column ${col}`);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column → `B7`. */
export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;
