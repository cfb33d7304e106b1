import { PROACTIVE, REVIEWS, type Edition } from '../../src/format';
import { ArrayGrid, type CellValue, type MergedArea } from '../../src/grid';
import { buildTable, consistentValues, DEFAULT_LAYOUT, type Layout } from './generate';

/** A whole report sheet (title, tables 二, 三 and 四, paragraphs) built from values, for rule tests. */
export interface ReportSheet {
  rows: CellValue[][];
  merges: MergedArea[];
  /** Sheet cell of a format cell: table, row id (group id for 四), column id. */
  at(
    table: 'proactive' | 'applications' | 'reviews',
    rowId: string,
    columnId: string,
  ): { row: number; col: number };
  set(
    table: 'proactive' | 'applications' | 'reviews',
    rowId: string,
    columnId: string,
    value: CellValue,
  ): void;
  grid(): ArrayGrid;
}

export function reportSheet(
  options: { edition?: Edition; title?: string; layout?: Partial<Layout> } = {},
): ReportSheet {
  const edition = options.edition ?? '2021';
  const rows: CellValue[][] = [];
  const cells = new Map<string, { row: number; col: number }>();
  rows.push([options.title ?? '某某局政府信息公开工作年度报告']);
  rows.push(['一、总体情况'], ['本年度我局认真贯彻落实条例。'], ['二、主动公开政府信息情况']);

  // Table 二: every block of the edition, values 1, 2, 3… so each cell is distinct.
  let n = 1;
  for (const block of PROACTIVE[edition].blocks) {
    rows.push([block.clause]);
    rows.push(['信息内容', ...block.columns.map((c) => c.label.zh)]);
    for (const row of block.rows) {
      const r = rows.length;
      rows.push([row.label.zh, ...block.columns.map(() => n++)]);
      block.columns.forEach((c, i) => cells.set(`proactive|${row.id}|${c.id}`, { row: r, col: 1 + i }));
    }
  }

  rows.push([], ['三、收到和处理政府信息公开申请情况']);
  const col = (k: number) => ({ outcomes: [k, 0, 1], carriedIn: k, carriedForward: 1 });
  const values = consistentValues(edition, [col(3), col(1), col(0), col(2), col(0), col(1)]);
  const layout: Layout = { ...DEFAULT_LAYOUT, edition, top: rows.length, left: 0, ...options.layout };
  const built = buildTable(values, layout, rows);
  const columnIds = [
    'natural-person',
    'commercial',
    'research',
    'nonprofit',
    'legal-services',
    'other-org',
    'total',
  ];
  for (const key of Object.keys(values))
    columnIds.forEach((c, i) => cells.set(`applications|${key}|${c}`, built.cellOf(key, i)));

  rows.push([], ['四、政府信息公开行政复议、行政诉讼情况']);
  const reviews = REVIEWS[edition];
  const top = rows.length;
  rows.push(['行政复议', null, null, null, null, '行政诉讼']);
  rows.push([
    ...reviews.columns.map((c) => c.label.zh),
    '未经复议直接起诉',
    null,
    null,
    null,
    null,
    '复议后起诉',
  ]);
  rows.push([
    null,
    null,
    null,
    null,
    null,
    ...reviews.columns.map((c) => c.label.zh),
    ...reviews.columns.map((c) => c.label.zh),
  ]);
  const groupValues = [
    [1, 2, 0, 1, 4],
    [0, 1, 1, 0, 2],
    [2, 0, 0, 1, 3],
  ];
  rows.push(groupValues.flat());
  reviews.groups.forEach((g, gi) =>
    reviews.columns.forEach((c, ci) =>
      cells.set(`reviews|${g.id}|${c.id}`, { row: top + 3, col: gi * 5 + ci }),
    ),
  );
  rows.push(
    [],
    ['五、存在的主要问题及改进情况'],
    ['人员力量不足。'],
    ['六、其他需要报告的事项'],
    ['本年度未收取信息处理费。'],
  );

  const at: ReportSheet['at'] = (table, rowId, columnId) => {
    const cell = cells.get(`${table}|${rowId}|${columnId}`);
    if (!cell) throw new Error(`no cell ${table} ${rowId} ${columnId}`);
    return cell;
  };
  return {
    rows,
    merges: built.merges,
    at,
    set(table, rowId, columnId, value) {
      const { row, col } = at(table, rowId, columnId);
      rows[row][col] = value;
    },
    grid: () => new ArrayGrid({ sheet: '年报', values: rows, merges: built.merges }),
  };
}
