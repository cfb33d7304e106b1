import { locateTables } from '../../src/locate';
import { CLAUSES, FIFTEEN, grid, header4, labelAt, rowRange, table2, table3, type Row } from './weight-grids';

/** Table 四 as published, in columns A–O: its header and one row of numbers. */
const table4: Row[] = [...header4(), FIFTEEN];

/** Two tables side by side on the same rows: `left`'s columns, a blank column, then `right`'s. */
function sideBySide(left: readonly Row[], right: readonly Row[]): Row[] {
  const width = Math.max(...left.map((row) => row.length));
  return Array.from({ length: Math.max(left.length, right.length) }, (_row, i) => {
    const l = left[i] ?? [];
    return [...l, ...new Array<null>(width + 1 - l.length).fill(null), ...(right[i] ?? [])];
  });
}

describe('locateTables', () => {
  it('lists tables that start on the same row from left to right', () => {
    // Table 三 is found before table 四; on the same top row the one further left comes first.
    const rows = sideBySide(table4, table3('2021').rows);
    const tables = locateTables(grid(rows));
    expect(tables.map((t) => `${t.table}@${t.bounds.top},${t.bounds.left}`)).toEqual([
      'reviews@0,0',
      'applications@0,16',
    ]);
  });

  it('reads a table 二 printed to the right of table 三 on the same rows', () => {
    // Each row's leftmost text is table 三's label; table 二's items start at its own clause column.
    const proactive = table2([CLAUSES['1/2021'], CLAUSES['5/2021'], CLAUSES['6/2021'], CLAUSES['8/2021']]);
    const tables = locateTables(grid(sideBySide(table3('2021').rows, proactive)));
    const table2Found = tables.find((t) => t.table === 'proactive');
    expect(tables.map((t) => t.table)).toEqual(['applications', 'proactive']);
    expect(table2Found?.missingRows).toEqual([]);
    expect(labelAt(table2Found, 'licensing')).toBe('J7');
    expect(rowRange(table2Found, 'rules', ['issued', 'repealed', 'in-force'])).toBe('K3:M3');
    expect(table2Found?.bounds).toEqual({ top: 0, left: 9, bottom: 13, right: 12 });
  });
});
