import { checkGrid } from '../../src/check';
import { ArrayGrid, type CellValue } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { buildTable, consistentValues, DEFAULT_LAYOUT } from '../support/generate';

const col = (k: number) => ({ outcomes: [k, 1], carriedIn: 1, carriedForward: k });

function stacked(copies: number) {
  const rows: CellValue[][] = [];
  const builds = [];
  for (let i = 0; i < copies; i++) {
    rows.push([`部门${i + 1}：收到和处理政府信息公开申请情况`]);
    const values = consistentValues('2021', [col(i), col(1), col(0), col(2), col(0), col(1)]);
    builds.push(buildTable(values, { ...DEFAULT_LAYOUT, top: rows.length, left: i % 3 }, rows));
    rows.push(['注：数据由各部门填报。'], []);
  }
  return { rows, builds, merges: builds.flatMap((b) => b.merges) };
}

describe('several copies of table 三 on one sheet', () => {
  it('finds each department’s copy', () => {
    const { rows, merges } = stacked(5);
    const tables = locateTables(new ArrayGrid({ sheet: 'S', values: rows, merges }));
    expect(tables.map((t) => `${t.table}#${t.index}`)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `applications#${i}`),
    );
    for (const t of tables) expect(t.missingRows).toEqual([]);
  });

  it('reports an error in the third copy against that copy', () => {
    const { rows, merges, builds } = stacked(4);
    const at = builds[2].cellOf('granted', 1);
    rows[at.row][at.col] = Number(rows[at.row][at.col]) + 1;
    const report = checkGrid(new ArrayGrid({ sheet: 'S', values: rows, merges }));
    expect(report.errors).toBe(3);
    expect(new Set(report.findings.map((f) => f.fingerprint.split('|')[2]))).toEqual(
      new Set(['applications#2']),
    );
  });

  it('keeps a table split over two pages (header and group label repeated) as one', () => {
    const rows: CellValue[][] = [];
    const values = consistentValues('2021', [col(2), col(1), col(0), col(2), col(0), col(1)]);
    const b = buildTable(values, { ...DEFAULT_LAYOUT, labels: 'repeated', splitAt: 9 }, rows);
    const tables = locateTables(new ArrayGrid({ sheet: 'S', values: rows, merges: b.merges }));
    expect(tables).toHaveLength(1);
    expect(tables[0].missingRows).toEqual([]);
    expect(checkGrid(new ArrayGrid({ sheet: 'S', values: rows, merges: b.merges })).findings).toEqual([]);
  });
});
