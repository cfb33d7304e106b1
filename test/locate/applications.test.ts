import { APPLICATIONS, type Edition } from '../../src/format';
import { locateWithFlattened } from '../../src/locate';
import { locateApplications } from '../../src/locate/applications';
import {
  found,
  grid,
  labelAt,
  marker,
  repeatedRows,
  rowRange,
  table3,
  type Row,
  type Table3Options,
} from './weight-grids';

const _ = null;
const APPLICANT_COLUMNS = ['natural-person', 'total'];

/** Column A of a format row's sheet row, as A1: where its label was printed. */
const labelCell = (rowOf: ReadonlyMap<string, number>, rowId: string): string =>
  `A${(rowOf.get(rowId) ?? 0) + 1}`;

/** Table 三 laid out as `options` say (2021 unless told), located: the first table and each row's sheet row. */
function locate3(options: Table3Options, edition: Edition = '2021') {
  const { rows, rowOf } = table3(edition, options);
  return { table: locateApplications(grid(rows))[0], rowOf };
}

/**
 * Table 三 of 2021, label in A and numbers from D (under the header when there is one), with the
 * given cells from column B on the given row instead of its numbers.
 */
function readRow(rowId: string, cells: Row, header = true): { range: string; row: number } {
  const { table, rowOf } = locate3({ header, start: 3, cells: { [rowId]: cells } });
  return { range: rowRange(table, rowId, APPLICANT_COLUMNS), row: (rowOf.get(rowId) ?? 0) + 1 };
}

describe('table 三: where a row with no number is read', () => {
  it.each([
    {
      name: 'the first row, blank but for a unit (件): under the header, not at the unit',
      rowId: 'new',
      cells: ['件'],
      at: (r: number) => `D${r}:J${r}`,
    },
    {
      name: 'the first row, all blank: under the header',
      rowId: 'new',
      cells: [],
      at: (r: number) => `D${r}:J${r}`,
    },
    {
      name: 'a later row, blank but for a unit (件): where the row above was read',
      rowId: 'granted',
      cells: ['件', _, _, _, _, _, _, _, _, _],
      at: (r: number) => `D${r}:J${r}`,
    },
    {
      name: 'a later row of a table with no header, blank but for a unit (件): where the row above was read',
      rowId: 'granted',
      cells: ['件'],
      header: false,
      at: (r: number) => `D${r}:J${r}`,
    },
  ])('$name', ({ rowId, cells, header, at }) => {
    const { range, row } = readRow(rowId, cells, header);
    expect(range).toBe(at(row));
  });
});

describe('table 三: a row whose label takes two cells', () => {
  it('（三）不予公开 | 1.属于国家秘密, numbers one column right of the header, total blank: read right of the label, not from the label cell', () => {
    // The header's first column is B, where this row's item label sits: the numbers start at C.
    const { table, rowOf } = locate3({
      start: 1,
      labels: { 'denied.1': '（三）不予公开' },
      cells: { 'denied.1': ['1.属于国家秘密', 1, 0, 0, 0, 0, 1, _] },
    });
    const r = (rowOf.get('denied.1') ?? 0) + 1;
    expect(rowRange(table, 'denied.1', APPLICANT_COLUMNS)).toBe(`C${r}:I${r}`);
    expect(rowRange(table, 'denied.2', APPLICANT_COLUMNS)).toBe(`B${r + 1}:H${r + 1}`);
  });
});

interface NumbersCase {
  name: string;
  options: Table3Options;
  rowId: string;
  at: (row: number) => string;
}

const NUMBERS_CASES: NumbersCase[] = [
  {
    name: 'blank before its numbers and its total blank: under the header (D), not one column left',
    options: { start: 3, cells: { granted: [_, _, 1, 0, 0, 0, 0, 1, _] } },
    rowId: 'granted',
    at: (r: number) => `D${r}:J${r}`,
  },
  {
    name: 'no number, its label taking two cells, no header: right of its label, not where the row above was read',
    options: {
      header: false,
      labels: { 'denied.1': '（三）不予公开' },
      cells: { 'denied.1': ['1.属于国家秘密'] },
    },
    rowId: 'denied.1',
    at: (r: number) => `C${r}:I${r}`,
  },
  {
    name: 'no number, its label taking two cells, the header from B: right of its label, not under the header',
    options: { labels: { 'denied.1': '（三）不予公开' }, cells: { 'denied.1': ['1.属于国家秘密'] } },
    rowId: 'denied.1',
    at: (r: number) => `C${r}:I${r}`,
  },
];

describe('table 三: where the numbers of a row are read', () => {
  it.each(NUMBERS_CASES)('a row $name', ({ options, rowId, at }) => {
    const { table, rowOf } = locate3(options);
    expect(rowRange(table, rowId, APPLICANT_COLUMNS)).toBe(at((rowOf.get(rowId) ?? 0) + 1));
  });
});

describe('table 三: where its header starts', () => {
  // The first header row holds the note (勾稽关系, in A), 申请人情况 (B) and 总计 (H). Text from a PDF
  // prints 总计, merged down three rows, on the middle one. The note or 申请人情况 marks the top; without
  // them, the highest column label does.
  it.each([
    { name: 'the note, 申请人情况 and 总计', blank: [], totalDown: false, top: 0 },
    { name: 'the note alone, 总计 one row down', blank: [1], totalDown: true, top: 0 },
    { name: '申请人情况 alone, 总计 one row down', blank: [0], totalDown: true, top: 0 },
    {
      name: 'neither, 总计 one row down: the row of 自然人 and 总计',
      blank: [0, 1],
      totalDown: true,
      top: 1,
    },
  ])('$name', ({ blank, totalDown, top }) => {
    const { rows } = table3('2021');
    if (totalDown) [rows[0][7], rows[1][7]] = [null, rows[0][7]];
    for (const col of blank) rows[0][col] = null;
    const [table] = locateApplications(grid(rows));
    expect(table.bounds.top).toBe(top);
    expect(table.missingColumns).toEqual([]);
  });
});

describe('table 三: several tables on one sheet', () => {
  it.each([
    ['2019', '2021'],
    ['2021', '2019'],
  ] as const)('a %s table above a %s table: listed in sheet order', (upper, lower) => {
    const rows: Row[] = [];
    table3(upper, {}, rows);
    rows.push([], [], ['（另一年度）']);
    table3(lower, {}, rows);
    const tables = locateApplications(grid(rows));
    expect(found(tables)).toEqual([`applications:${upper}`, `applications:${lower}`]);
  });
});

describe('table 三: a row printed twice', () => {
  it('keeps reading the table past a repeated row (the row before a page break printed again after it)', () => {
    const { rows, at } = repeatedRows('granted', 1);
    const tables = locateApplications(grid(rows));
    expect(found(tables)).toEqual(['applications:2021']);
    // The first copy is read; the last row, one further down, still belongs to the table.
    expect(labelAt(tables[0], 'granted')).toBe(`A${at + 1}`);
    expect(labelAt(tables[0], 'carried-forward')).toBe(`A${rows.length}`);
  });

  it.each([
    ['its first row', [], 'new'],
    ['its second row, the first one missing', ['new'], 'carried-in'],
  ])('starts the next department’s copy right below at %s', (_name, omit, first) => {
    const rows: Row[] = [];
    table3('2021', { header: false }, rows);
    const { rowOf } = table3('2021', { header: false, omit }, rows);
    const tables = locateApplications(grid(rows));
    expect(found(tables)).toEqual(['applications:2021', 'applications:2021']);
    expect(labelAt(tables[1], first)).toBe(labelCell(rowOf, first));
  });
});

describe('table 三: a shortened label', () => {
  it('fitting two rows equally is read as the first of them in the format (政府信息公开申请数量: 本年新收, not 上年结转)', () => {
    // Both official labels contain the shortened one; the next row's exact 上年结转 label keeps its own.
    const { table, rowOf } = locate3({ labels: { new: '政府信息公开申请数量' } });
    expect(labelAt(table, 'new')).toBe(labelCell(rowOf, 'new'));
    expect(labelAt(table, 'carried-in')).toBe(labelCell(rowOf, 'carried-in'));
  });

  it('fitting two rows equally below the first of them is read as the second (上年结转, not a repeat of 本年新收)', () => {
    const { table, rowOf } = locate3({ labels: { 'carried-in': '政府信息公开申请数量' } });
    expect(labelAt(table, 'new')).toBe(labelCell(rowOf, 'new'));
    expect(labelAt(table, 'carried-in')).toBe(labelCell(rowOf, 'carried-in'));
  });

  it('as the first row of a table, fitting two rows equally is read as the first of them (结转: 上年结转, not 结转下年度)', () => {
    // No row read yet: the tie goes to the earlier row in the format, whatever its number.
    const { table, rowOf } = locate3({ omit: ['new'], labels: { 'carried-in': '结转' } });
    expect(labelAt(table, 'carried-in')).toBe(labelCell(rowOf, 'carried-in'));
  });

  it('fitting a row not read yet less well than the row it names is read as the row it names', () => {
    // 本年新收 is missing and 上年结转 lost its 二、: it still fits 上年结转 better than the unread 本年新收.
    const { table, rowOf } = locate3({
      omit: ['new'],
      labels: { 'carried-in': '上年结转政府信息公开申请数量' },
    });
    expect(labelAt(table, 'carried-in')).toBe(labelCell(rowOf, 'carried-in'));
  });

  it('a numbered item is read by its words, not by its number alone: 1.本机关不掌握… is 无法提供’s first row', () => {
    // No group rows, and the 不予公开 rows left out: every group’s item 1 shares the marker 1.
    const denied = Array.from({ length: 8 }, (_, i) => `denied.${i + 1}`);
    const { table, rowOf } = locate3({ groupRows: false, omit: denied });
    expect(labelAt(table, 'unavailable.1')).toBe(labelCell(rowOf, 'unavailable.1'));
    expect(labelAt(table, 'not-processed.1')).toBe(labelCell(rowOf, 'not-processed.1'));
  });

  it('reads a row cut to one character of its label (新, scoring MIN_ROW_SCORE exactly) at its place', () => {
    const { table, rowOf } = locate3({ labels: { new: '新' } });
    expect(labelAt(table, 'new')).toBe(labelCell(rowOf, 'new'));
  });
});

describe('table 三: rows under their other names', () => {
  it.each(['2019', '2021'] as const)(
    'every row printed with its first alias is read at its place (%s)',
    (edition: Edition) => {
      // 法律行政法规禁止公开 for 其他法律行政法规禁止公开, 不掌握相关政府信息 for 本机关不掌握相关政府信息, …
      const labels: Record<string, string> = {};
      for (const def of APPLICATIONS[edition].rows) {
        const leaf = def.path[def.path.length - 1];
        if (leaf.aliases?.length) labels[def.id] = `${marker(leaf)}${leaf.aliases[0]}`;
      }
      expect(Object.keys(labels).length).toBeGreaterThan(5);
      const { table, rowOf } = locate3({ labels }, edition);
      const ids = Object.keys(labels);
      expect(ids.map((id) => labelAt(table, id))).toEqual(ids.map((id) => labelCell(rowOf, id)));
    },
  );
});

describe('table 三: a row’s own words decide, its group only confirms', () => {
  it.each(['（三）不予公开1.', '三、本年度办理结果（三）不予公开1.'])(
    'a bare item number under its stated group (%s) is not read as the item (a marker alone scores under MIN_ROW_SCORE)',
    (label) => {
      const { table, rowOf } = locate3({ labels: { 'denied.1': label } });
      expect(labelAt(table, 'denied.1')).toBe('not matched');
      expect(labelAt(table, 'denied.2')).toBe(labelCell(rowOf, 'denied.2'));
    },
  );
});

describe('table 三 pasted as text: each row one cell, its label then its numbers', () => {
  /** Table 三 of 2021 without its header, each row one cell; `extra` numbers on 本年新收 or on every row. */
  const flatTable3 = (extra: number[] = [], everyRow = false) => {
    const rows = table3('2021', { header: false }).rows.map((row): Row => {
      const more = everyRow || row[0] === '一、本年新收政府信息公开申请数量' ? extra : [];
      return row.length > 1 ? [[...row, ...more].join(' ')] : row;
    });
    return locateWithFlattened(grid(rows)).tables.find((t) => t.table === 'applications');
  };

  it('reads 7 numbers a row: the table ends at the seventh (split view: label in 0, numbers in 1–7)', () => {
    const table = flatTable3();
    expect(table).not.toHaveProperty('unalignedRows');
    expect(table?.bounds.right).toBe(7);
  });

  it('a row with 8 numbers is unaligned, and the table reaches its last number', () => {
    const table = flatTable3([5]);
    expect(table?.unalignedRows?.map((u) => [u.rowId, u.actual])).toEqual([['new', 8]]);
    expect(table?.bounds.right).toBe(8);
  });

  it('every row with 8 numbers: each row is unaligned, and no column is missing (the numbers are there)', () => {
    const table = flatTable3([5], true);
    expect(table?.unalignedRows?.length).toBe(table?.rowLabels.size);
    expect(table?.missingColumns).toEqual([]);
  });
});
