import { APPLICATIONS, PROACTIVE, REVIEWS, type Edition, type TableId, type Text } from '../format';
import type { CellRef, LocatedTable } from '../locate/types';
import { tableOf, type Applicant, type Meaning, type StatedQuantity } from './meanings';

/** One way to read a stated quantity off the tables: the cells summed, and its name. */
export interface Reading {
  table: TableId;
  cells: readonly (readonly [rowId: string, columnId: string])[];
  name: Text;
}

type Rows = readonly [rows: readonly string[], name: Text];

/** FORMAT.md, narrative/table-mismatch: the rows each quantity of table 三 may be. */
const APPLICATION_ROWS: Partial<Record<StatedQuantity, readonly Rows[]>> = {
  received: [
    [['new'], { zh: '本年新收', en: 'new this year' }],
    [['new', 'carried-in'], { zh: '本年新收 + 上年结转', en: 'new + carried in' }],
  ],
  'carried-in': [[['carried-in'], { zh: '上年结转', en: 'carried in' }]],
  completed: [[['outcome-total'], { zh: '办理结果总计', en: 'outcomes total' }]],
  'carried-forward': [[['carried-forward'], { zh: '结转下年度', en: 'carried forward' }]],
  granted: [
    [['granted'], { zh: '予以公开', en: 'granted' }],
    [['granted', 'partly-granted'], { zh: '予以公开 + 部分公开', en: 'granted + partly granted' }],
  ],
  disclosed: [[['granted', 'partly-granted'], { zh: '予以公开 + 部分公开', en: 'granted + partly granted' }]],
  'partly-granted': [[['partly-granted'], { zh: '部分公开', en: 'partly granted' }]],
};

/** Groups of rows (（三）…（六）), read as the sum of their rows in the table's edition. */
const GROUPS: Partial<Record<StatedQuantity, Text>> = {
  denied: { zh: '不予公开', en: 'denied' },
  unavailable: { zh: '无法提供', en: 'unavailable' },
  'not-processed': { zh: '不予处理', en: 'not processed' },
  other: { zh: '其他处理', en: 'other handling' },
};

const ORGANISATIONS = ['commercial', 'research', 'nonprofit', 'legal-services', 'other-org'];

function columnsOf(applicant: Applicant | undefined): [readonly string[], Text] {
  if (!applicant) return [['total'], { zh: '', en: '' }];
  if (applicant === 'organisations')
    return [ORGANISATIONS, { zh: '（法人或其他组织）', en: ' (legal persons and other organisations)' }];
  const column = APPLICATIONS['2021'].columns.find((c) => c.id === applicant);
  return [
    [applicant],
    // Stryker disable next-line OptionalChaining: equivalent: every applicant but organisations is a column of table 三
    { zh: `（${column?.label.zh ?? applicant}）`, en: ` (${(column?.label.en ?? applicant).toLowerCase()})` },
  ];
}

function applicationRows(m: Meaning, edition: Edition): Rows[] {
  const listed = APPLICATION_ROWS[m.quantity];
  if (listed) return [...listed];
  const group = GROUPS[m.quantity];
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: unreachable: each quantity of table 三 is listed above or is a group
  if (!group) return [];
  const format = APPLICATIONS[edition];
  const ids = format.rows.filter((r) => r.id === m.quantity || r.id.startsWith(`${m.quantity}.`));
  const rows: Rows[] = [[ids.map((r) => r.id), { zh: `${group.zh}（合计）`, en: `${group.en} (all rows)` }]];
  const named = format.rows.filter((r) => m.rows?.includes(r.id));
  if (named.length > 0)
    rows.unshift([
      named.map((r) => r.id),
      {
        zh: named.map((r) => r.label.zh).join(' + '),
        en: `${group.en}: ${named.map((r) => r.label.en.toLowerCase()).join(' + ')}`,
      },
    ]);
  return rows;
}

function reviewGroups(m: Meaning): Rows[] {
  const label = (id: string): Text => {
    const found = REVIEWS['2021'].groups.find((g) => g.id === id)?.label;
    // Stryker disable next-line OptionalChaining: equivalent: the ids are table 四's own groups
    return { zh: found?.zh ?? id, en: (found?.en ?? id).toLowerCase() };
  };
  if (m.quantity === 'reviews') return [[['review'], { zh: '行政复议', en: 'reviews' }]];
  if (m.group) return [[[m.group], label(m.group)]];
  return [
    [
      ['litigation-direct', 'litigation-after-review'],
      { zh: '行政诉讼（直接起诉 + 复议后起诉）', en: 'litigation (direct + after review)' },
    ],
    [['litigation-direct'], label('litigation-direct')],
  ];
}

/** Every reading of a meaning in a table of the given edition. */
export function readingsOf(m: Meaning, edition: Edition): Reading[] {
  const table = tableOf(m.quantity);
  if (table === 'applications') {
    const [columns, suffix] = columnsOf(m.applicant);
    return applicationRows(m, edition).map(([rows, name]) => ({
      table,
      cells: rows.flatMap((r) => columns.map((c) => [r, c] as const)),
      name: { zh: `${name.zh}${suffix.zh}`, en: `${name.en}${suffix.en}` },
    }));
  }
  if (table === 'reviews') {
    const column = REVIEWS[edition].columns.find((c) => c.id === (m.result ?? 'total'));
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: unreachable: every result and the total are columns of table 四
    if (!column) return [];
    return reviewGroups(m).map(([groups, name]) => ({
      table,
      cells: groups.map((g) => [g, column.id] as const),
      name: { zh: `${name.zh}${column.label.zh}`, en: `${name.en}, ${column.label.en.toLowerCase()}` },
    }));
  }
  const block = PROACTIVE[edition].blocks.find((b) => b.columns.some((c) => c.id === m.quantity));
  const column = block?.columns.find((c) => c.id === m.quantity);
  const row = block?.rows.find((r) => r.id === m.document);
  if (!column || !row) return [];
  return [
    {
      table,
      cells: [[row.id, column.id]],
      name: {
        zh: `${row.label.zh}${column.label.zh}`,
        en: `${row.label.en}, ${column.label.en.toLowerCase()}`,
      },
    },
  ];
}

/** Reads a table cell (the rule context's `read`). */
export type ReadCell = (
  table: LocatedTable,
  rowId: string,
  columnId: string,
) => { cell: CellRef; value: number | null } | undefined;

/** A reading with the table's values. */
export interface Evaluated {
  reading: Reading;
  table: LocatedTable;
  value: number;
  cells: CellRef[];
}

/** The sheet's one table of a kind; several copies (departments) leave the text ambiguous. */
export function onlyTable(tables: readonly LocatedTable[], id: TableId): LocatedTable | undefined {
  const found = tables.filter((t) => t.table === id);
  return found.length === 1 ? found[0] : undefined;
}

/** The values of every reading of the meanings the sheet's tables can give, without repeats. */
export function evaluateMeanings(
  meanings: readonly Meaning[],
  tables: readonly LocatedTable[],
  read: ReadCell,
): Evaluated[] {
  const out: Evaluated[] = [];
  const seen = new Set<string>();
  for (const m of meanings) {
    const table = onlyTable(tables, tableOf(m.quantity));
    if (!table) continue;
    for (const reading of readingsOf(m, table.edition)) {
      // Readings list their cells in the format's order: the same cells give the same key.
      const key = `${reading.table}|${JSON.stringify(reading.cells)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const evaluated = evaluate(reading, table, read);
      if (evaluated) out.push(evaluated);
    }
  }
  return out;
}

function evaluate(reading: Reading, table: LocatedTable, read: ReadCell): Evaluated | undefined {
  const cells: CellRef[] = [];
  let value = 0;
  for (const [rowId, columnId] of reading.cells) {
    const r = read(table, rowId, columnId);
    if (!r || r.value === null) return undefined;
    cells.push(r.cell);
    value += r.value;
  }
  return { reading, table, value, cells };
}
