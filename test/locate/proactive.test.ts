import { cellKey, locateWithFlattened } from '../../src/locate';
import { locateProactive } from '../../src/locate/proactive';
import { CLAUSES, grid, labelAt, rowRange, table2, type Row } from './weight-grids';

/** Table 二 of 2021 whose 第二十条第（一）项 block holds the given item rows. */
const withClause1Rows = (...items: Row[]) =>
  locateProactive(
    grid(
      table2([
        ['（一）', ['本年制发件数', '本年废止件数', '现行有效件数'], ...items],
        CLAUSES['5/2021'],
        CLAUSES['6/2021'],
        CLAUSES['8/2021'],
      ]),
    ),
  )[0];

const CLAUSE1_COLUMNS = ['issued', 'repealed', 'in-force'];

/** Table 二 of 2021 whose （一） block has the given column labels over rows of two numbers. */
const withClause1Header = (columns: string[]) =>
  locateProactive(
    grid(
      table2([
        ['（一）', columns, ['规章', 0, 0], ['行政规范性文件', 1, 1]],
        CLAUSES['5/2021'],
        CLAUSES['6/2021'],
        CLAUSES['8/2021'],
      ]),
    ),
  )[0];

describe('table 二: which of a block’s rows an item is read from', () => {
  // Rows from A3 on: A1 holds the clause, A2 the 信息内容 header.
  it.each([
    {
      name: 'the exact label, after a row that only contains it (规章制度)',
      items: [
        ['规章制度', 9, 9, 9],
        ['规章', 0, 0, 0],
        ['行政规范性文件', 1, 0, 1],
      ],
      rules: 'A4',
      range: 'B4:D4',
    },
    {
      name: 'the first of two rows that fit equally well (部门规章, 规章制度)',
      items: [
        ['部门规章', 2, 0, 2],
        ['规章制度', 9, 9, 9],
        ['行政规范性文件', 1, 0, 1],
      ],
      rules: 'A3',
      range: 'B3:D3',
    },
    {
      name: 'the exact label, before a row that only contains it',
      items: [
        ['规章', 0, 0, 0],
        ['部门规章', 9, 9, 9],
        ['行政规范性文件', 1, 0, 1],
      ],
      rules: 'A3',
      range: 'B3:D3',
    },
  ])('规章 is read from $name', ({ items, rules, range }) => {
    const table = withClause1Rows(...(items as Row[]));
    expect(labelAt(table, 'rules')).toBe(rules);
    expect(rowRange(table, 'rules', CLAUSE1_COLUMNS)).toBe(range);
    expect(labelAt(table, 'normative-documents')).toBe('A5');
  });
});

describe('table 二: one row per item', () => {
  it('reads a row naming two items (规章及行政规范性文件) as the first only; the second is missing', () => {
    const table = withClause1Rows(['规章及行政规范性文件', 1, 0, 1]);
    expect(labelAt(table, 'rules')).toBe('A3');
    expect(table.rowLabels.has('normative-documents')).toBe(false);
    expect(table.missingRows.map((r) => r.rowId)).toEqual(['normative-documents']);
  });

  it('takes no row for an item it only resembles: 行政处罚 left out, 行政强制 is not read as it', () => {
    const [table] = locateProactive(
      grid(
        table2([
          CLAUSES['1/2021'],
          CLAUSES['5/2021'],
          ['（六）', ['本年处理决定数量'], ['行政强制', 3]],
          CLAUSES['8/2021'],
        ]),
      ),
    );
    expect(table.rowLabels.has('penalties')).toBe(false);
    expect(table.missingRows.map((r) => r.rowId)).toEqual(['penalties']);
    expect(labelAt(table, 'enforcement')).toBe('A10');
  });
});

describe('table 二: which blocks form one table', () => {
  it('starts a new table at a clause that does not follow the last in order, however close', () => {
    // 第（六）项 printed twice: the second starts the next table (a second copy, or another body's).
    const tables = locateProactive(
      grid(
        table2([
          CLAUSES['1/2021'],
          CLAUSES['5/2021'],
          CLAUSES['6/2021'],
          CLAUSES['6/2021'],
          CLAUSES['8/2021'],
        ]),
      ),
    );
    expect(tables.map((t) => [labelAt(t, 'penalties'), labelAt(t, 'fees')])).toEqual([
      ['A10', 'not matched'],
      ['A14', 'A18'],
    ]);
  });

  it('takes a block heading only from a cell that is the clause alone, not a sentence citing it', () => {
    const cited = table2([CLAUSES['1/2021'], CLAUSES['5/2021'], CLAUSES['6/2021'], CLAUSES['8/2021']]).map(
      (row) => (typeof row[0] === 'string' && row[0].startsWith('第二十条') ? [`依据${row[0]}`] : row),
    );
    expect(locateProactive(grid(cited))).toEqual([]);
  });
});

describe('table 二: which column a header cell names', () => {
  it('names the first of two column labels a cell holds run together (a merged header cell)', () => {
    const t = withClause1Header(['本年制发件数本年废止件数', '现行有效件数']);
    expect(rowRange(t, 'rules', ['issued'])).toBe('B3:B3');
    expect(rowRange(t, 'rules', ['in-force'])).toBe('C3:C3');
  });

  it('passes over a cell that only resembles a column label (其他件数, an extra column before them)', () => {
    const t = withClause1Header(['其他件数', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(rowRange(t, 'rules', CLAUSE1_COLUMNS)).toBe('C3:E3');
  });

  it.each([
    {
      where: 'before',
      columns: ['上年现行有效件数', '本年制发件数', '本年废止件数', '现行有效件数'],
      range: 'C3:E3',
    },
    {
      where: 'after',
      columns: ['本年制发件数', '本年废止件数', '现行有效件数', '上年现行有效件数'],
      range: 'B3:D3',
    },
  ])(
    'takes the exact label over a cell containing it (上年现行有效件数 $where them)',
    ({ columns, range }) => {
      expect(rowRange(withClause1Header(columns), 'rules', CLAUSE1_COLUMNS)).toBe(range);
    },
  );

  it('lists a column label the header lacks, next to the block’s header row', () => {
    const t = withClause1Header(['本年制发件数', '现行有效件数']);
    expect(t.missingColumns).toEqual([{ columnId: 'repealed', near: { row: 1, col: 0 } }]);
    expect(rowRange(t, 'rules', ['issued', 'in-force'])).toBe('B3:C3');
  });

  it('lists every column of a block printed without its 信息内容 row, next to the clause', () => {
    const rows: Row[] = [['第二十条第（一）项'], ['规章', 0, 0, 0], ['行政规范性文件', 1, 0, 1]];
    rows.push(...table2([CLAUSES['5/2021'], CLAUSES['6/2021'], CLAUSES['8/2021']]));
    const t = locateProactive(grid(rows))[0];
    expect(t.missingColumns).toEqual(
      CLAUSE1_COLUMNS.map((columnId) => ({ columnId, near: { row: 0, col: 0 } })),
    );
    expect(labelAt(t, 'rules')).toBe('A2');
  });

  it('keeps the first of two cells that fit a column equally well', () => {
    const t = withClause1Header(['本年制发件数', '本年废止件数', '现行有效件数', '现行有效件数']);
    expect(rowRange(t, 'rules', CLAUSE1_COLUMNS)).toBe('B3:D3');
  });
});

describe('table 二 pasted as text: each item row one cell, its label then its numbers', () => {
  /** Table 二 of 2021 with no 信息内容 rows and every item row as one cell; `extra` numbers on 规章. */
  const flatTable2 = (extra: number[] = []) => {
    const rows = table2([CLAUSES['1/2021'], CLAUSES['5/2021'], CLAUSES['6/2021'], CLAUSES['8/2021']])
      .filter((row) => row[0] !== '信息内容')
      .map((row): Row => {
        const more = row[0] === '规章' ? extra : [];
        return row.length > 1 ? [[...row, ...more].join(' ')] : row;
      });
    const { grid: view, tables } = locateWithFlattened(grid(rows));
    return { view, table: tables.find((t) => t.table === 'proactive') };
  };

  it('reads the numbers in the format’s column order: no column is missing, the table ends at the last number', () => {
    const { view, table } = flatTable2();
    expect(table?.missingColumns).toEqual([]);
    expect(table).not.toHaveProperty('unalignedRows');
    const inForce = table?.cells.get(cellKey('normative-documents', 'in-force'));
    expect(inForce && view.value(inForce.row, inForce.col)).toBe(1);
    // In the split view each number has a column of its own: the label in 0, three numbers in 1–3.
    expect(table?.bounds.right).toBe(3);
  });

  it('a row with more numbers than columns is unaligned, and the table reaches its last number', () => {
    const { table } = flatTable2([7]);
    expect(table?.unalignedRows?.map((u) => [u.rowId, u.actual])).toEqual([['rules', 4]]);
    expect(table?.bounds.right).toBe(4);
  });
});

describe('table 二: a block left out is reported near the block before its place', () => {
  it.each([
    // Rows: a block is its clause, its 信息内容 header and its items, in that order.
    [
      '（五）, between （一） (rows 0–3) and （六）: at （一）’s last row',
      ['1/2021', '6/2021', '8/2021'],
      ['licensing'],
      3,
    ],
    [
      '（一）, the first: at the first block present, （五） (rows 0–2)',
      ['5/2021', '6/2021', '8/2021'],
      ['rules', 'normative-documents'],
      2,
    ],
    [
      '（八）, the last: at （六）’s last row (rows 7–10), not the first block’s',
      ['1/2021', '5/2021', '6/2021'],
      ['fees'],
      10,
    ],
  ])('%s', (_name, clauses, missing, row) => {
    const table = locateProactive(grid(table2(clauses.map((c) => CLAUSES[c]))))[0];
    expect(table.missingRows).toEqual(missing.map((rowId) => ({ rowId, near: { row, col: 0 } })));
  });
});
