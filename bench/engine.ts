import { checkGrid } from '../src/check';
import { ArrayGrid, labelKey, parseNumberCell, type CellValue, type Grid } from '../src/grid';
import { buildTable, consistentValues, DEFAULT_LAYOUT } from '../test/support/generate';

/**
 * Engine benchmark (issue 2): a sheet with 300 stacked copies of table 三, checked by the engine,
 * against one bare pass that reads and normalises every cell of the same grid. Goal: ≤ 3×.
 */
export function engineBench(copies = 300): {
  engineMs: number;
  bareMs: number;
  ratio: number;
  cells: number;
} {
  const rows: CellValue[][] = [];
  for (let i = 0; i < copies; i++) {
    rows.push([`部门${i + 1}`]);
    const k = i % 7;
    const values = consistentValues(
      '2021',
      [0, 1, 2, 3, 4, 5].map((c) => ({ outcomes: [k, c, 1], carriedIn: c, carriedForward: k })),
    );
    buildTable(values, { ...DEFAULT_LAYOUT, top: rows.length, labels: i % 2 ? 'repeated' : 'merged' }, rows);
    rows.push([]);
  }
  const grid = new ArrayGrid({ sheet: 'bench', values: rows });
  const cells = grid.rowCount * grid.colCount;

  const bare = (g: Grid) => {
    let n = 0;
    for (let r = 0; r < g.rowCount; r++)
      for (let c = 0; c < g.colCount; c++) {
        const v = g.value(r, c);
        if (typeof v === 'string') n += labelKey(v).length;
        if (parseNumberCell(v).value !== null) n++;
      }
    return n;
  };
  const time = (fn: () => unknown, runs: number) => {
    fn(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      fn();
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  const report = checkGrid(grid);
  if (report.tables.length !== copies || report.errors !== 0)
    throw new Error(`bench sheet misread: ${report.tables.length} tables, ${report.errors} errors`);
  const bareMs = time(() => bare(grid), 9);
  const engineMs = time(() => checkGrid(grid), 5);
  return { engineMs, bareMs, ratio: engineMs / bareMs, cells };
}
