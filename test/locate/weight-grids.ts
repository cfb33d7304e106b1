import { APPLICATIONS, type Edition, type LabelPart } from '../../src/format';
import { ArrayGrid, toA1, type CellValue } from '../../src/grid';
import { cellKey, type LocatedTable } from '../../src/locate';

/**
 * Small sheets holding the report's tables as people paste them, for the tests that pin the
 * locator's weights (weights.test.ts). Everything here builds grids or reads results; nothing
 * here scores anything.
 */

export type Row = CellValue[];

const NUMERALS = '一二三四五六七八九十';

/** The marker a report prints before a label part: `三、` `（三）` `3.`. */
export function marker(part: LabelPart): string {
  const n = NUMERALS[part.index - 1];
  if (part.marker === 'section') return `${n}、`;
  if (part.marker === 'group') return `（${n}）`;
  return `${part.index}.`;
}

const printed = (part: LabelPart): string => `${marker(part)}${part.text}`;

/** One row of table 三's numbers: every applicant column and the total. */
export const NUMBERS: readonly number[] = [1, 0, 0, 0, 0, 0, 1];

export interface Table3Options {
  /** Column of the first number (the label is in column A). */
  start?: number;
  /** The three header rows above the body, with the column labels over the numbers. */
  header?: boolean;
  /** The `三、本年度办理结果` row (a row of its own above the result rows). */
  resultsRow?: boolean;
  /** The group rows (`（三）不予公开` on a row of its own above its items). */
  groupRows?: boolean;
  /** Row ids left out (a table cut short, an edition's rows deleted). */
  omit?: readonly string[];
  /** Row id → label printed instead of the official one. */
  labels?: Readonly<Record<string, string>>;
  /** Row id → cells after the label (column B on) instead of the numbers at `start`. */
  cells?: Readonly<Record<string, Row>>;
}

export interface Table3 {
  rows: Row[];
  /** Sheet row (0-based) of each format row. */
  rowOf: ReadonlyMap<string, number>;
}

/**
 * Table 三 as text pasted from Word gives it: the whole label in column A, section and group
 * labels on rows of their own, the numbers to the right.
 */
export function table3(edition: Edition, options: Table3Options = {}, into: Row[] = []): Table3 {
  const {
    start = 1,
    header = true,
    resultsRow = true,
    groupRows = true,
    omit = [],
    labels = {},
    cells = {},
  } = options;
  const format = APPLICATIONS[edition];
  const rows = into;
  const rowOf = new Map<string, number>();
  const at = (col: number, values: readonly CellValue[]): Row => [
    ...new Array<CellValue>(col).fill(null),
    ...values,
  ];
  if (header) {
    const h = format.header;
    const top = at(start, [h.applicants, null, null, null, null, null, h.total]);
    top[0] = h.note;
    rows.push(top, at(start, [h.naturalPerson, h.organisations]));
    rows.push(
      at(
        start + 1,
        format.columns.slice(1, 6).map((c) => c.label.zh),
      ),
    );
  }
  let group: LabelPart | undefined;
  let section: LabelPart | undefined;
  for (const def of format.rows) {
    if (omit.includes(def.id)) continue;
    const path = def.path;
    const leaf = path[path.length - 1];
    if (path.length > 1 && path[0] !== section && resultsRow) rows.push([printed(path[0])]);
    if (path.length > 2 && path[1] !== group && groupRows) rows.push([printed(path[1])]);
    section = path[0];
    group = path.length > 2 ? path[1] : undefined;
    rowOf.set(def.id, rows.length);
    const label = labels[def.id] ?? printed(leaf);
    rows.push([label, ...(cells[def.id] ?? at(start - 1, NUMBERS))]);
  }
  return { rows, rowOf };
}

export const grid = (rows: readonly Row[], sheet = 'Sheet1'): ArrayGrid =>
  new ArrayGrid({ sheet, values: rows });

/** A1 range of the cells a located table reads for one format row (first to last column). */
export function rowRange(
  table: LocatedTable | undefined,
  rowId: string,
  columnIds: readonly string[],
): string {
  if (!table) return 'no table';
  const first = table.cells.get(cellKey(rowId, columnIds[0]));
  const last = table.cells.get(cellKey(rowId, columnIds[columnIds.length - 1]));
  if (!first || !last) return 'not read';
  return `${toA1(first.row, first.col)}:${toA1(last.row, last.col)}`;
}

/** Where a table's row label was matched, as an A1 address. */
export function labelAt(table: LocatedTable | undefined, rowId: string): string {
  const cell = table?.rowLabels.get(rowId);
  return cell ? toA1(cell.row, cell.col) : 'not matched';
}

/** The tables found, as `table:edition` in sheet order. */
export const found = (tables: readonly LocatedTable[]): string[] =>
  tables.map((t) => `${t.table}:${t.edition}`);

/** A table 二 block: its clause (`（一）`), the column labels of its 信息内容 row, its item rows. */
export type Block = [clause: string, columns: string[], ...rows: Row[]];
/** Each edition's blocks as the official template prints them, by `clause/edition`. */
export const CLAUSES: Record<string, Block> = {
  '1/2021': [
    '（一）',
    ['本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', 0, 0, 0],
    ['行政规范性文件', 1, 0, 1],
  ],
  '5/2021': ['（五）', ['本年处理决定数量'], ['行政许可', 0]],
  '6/2021': ['（六）', ['本年处理决定数量'], ['行政处罚', 0], ['行政强制', 0]],
  '8/2021': ['（八）', ['本年收费金额（单位：万元）'], ['行政事业性收费', 0]],
  '1/2019': [
    '（一）',
    ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', 0, 0, 0],
    ['规范性文件', 1, 0, 1],
  ],
  '5/2019': [
    '（五）',
    ['上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', 0, 0, 0],
    ['其他对外管理服务事项', 0, 0, 0],
  ],
  '6/2019': [
    '（六）',
    ['上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政处罚', 0, 0, 0],
    ['行政强制', 0, 0, 0],
  ],
  '8/2019': ['（八）', ['上一年项目数量', '本年增/减'], ['行政事业性收费', 0, 0]],
  '9/2019': ['（九）', ['采购项目数量', '采购总金额'], ['政府集中采购', 0, 0]],
};
/** Table 二 blocks as the report prints them: the clause, the 信息内容 header, the rows. */
export function table2(blocks: readonly (Block | Row[])[]): Row[] {
  const rows: Row[] = [];
  for (const b of blocks) {
    if (!(typeof b[0] === 'string')) {
      rows.push(...(b as Row[]));
      continue;
    }
    const [clause, columns, ...items] = b as Block;
    rows.push([`第二十条第${clause}项`], ['信息内容', ...columns], ...items);
  }
  return rows;
}

/** Table 四's group labels over its columns: the two 行政诉讼 groups start five and ten columns on. */
export const GROUP_HEADER: Row = [
  null,
  null,
  null,
  null,
  null,
  '未经复议直接起诉',
  null,
  null,
  null,
  null,
  '复议后起诉',
];
/** The five column labels each of table 四's three groups repeats. */
export const GROUP_COLUMNS: Row = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const COLUMN_HEADER: Row = [...GROUP_COLUMNS, ...GROUP_COLUMNS, ...GROUP_COLUMNS];
/** Table 四's row of numbers, all 0. */
export const FIFTEEN: Row = new Array(15).fill(0);
/** Table 四's header as published: 行政复议/行政诉讼, the group labels, the 15 column labels. */
export const header4 = (): Row[] => [
  ['行政复议', null, null, null, null, '行政诉讼'],
  GROUP_HEADER,
  COLUMN_HEADER,
];

/**
 * Table 三 of 2021 with the row `rowId` printed `copies` more times right below itself; `at` is the
 * sheet row (0-based) of its first printing.
 */
export function repeatedRows(rowId: string, copies: number): { rows: Row[]; at: number } {
  const { rows, rowOf } = table3('2021');
  const at = rowOf.get(rowId) ?? -1;
  rows.splice(at + 1, 0, ...Array.from({ length: copies }, () => [...rows[at]]));
  return { rows, at };
}
