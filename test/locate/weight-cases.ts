import type { Edition } from '../../src/format';
import { toA1 } from '../../src/grid';
import {
  locateApplications,
  locateProactive,
  locateReviews,
  locateTables,
  locateWithFlattened,
  sourceCellOf,
  type LocatedTable,
} from '../../src/locate';
import type * as Weights from '../../src/locate/weights';
import {
  CLAUSES,
  FIFTEEN,
  found,
  grid,
  header4,
  labelAt,
  NUMBERS,
  repeatedRows,
  rowRange,
  table2,
  table3,
  type Row,
} from './weight-grids';

/**
 * One sheet on which a weight of the locator decides what is found, and what must be found. The
 * expectation is written out by hand (addresses, editions), never computed by the locator.
 */
export interface WeightCase {
  name: string;
  run: () => { actual: unknown; expected: unknown };
}

/** Per weight: the range of values its cases tolerate (stated in the test names), and the cases. */
export type WeightCases = Record<keyof typeof Weights, { tolerance: string; cases: WeightCase[] }>;

/** First and last column of a table 三 row. */
const APPLICANT_COLUMNS = ['natural-person', 'total'];

const applications = (rows: readonly Row[]): LocatedTable | undefined => locateApplications(grid(rows))[0];

// ── Table 三 ────────────────────────────────────────────────────────────────────────────────────

/** Table 三 of 2021 in column A, numbers from B: rows 1–3 header, then the body. */
const plain2021 = () => table3('2021');

const editionOf3 =
  (edition: Edition, omit: readonly string[] = []) =>
  () => ({
    actual: found(locateApplications(grid(table3(edition, { omit }).rows))),
    expected: [`applications:${omit.length > 0 ? '2021' : edition}`],
  });

const T3_2021: WeightCase = {
  name: 'a table 三 with the three 其他处理 items (2021) is read as 2021',
  run: editionOf3('2021'),
};
const T3_2019: WeightCase = {
  name: 'a table 三 with one row of numbers for （六）其他处理 (2019) is read as 2019',
  run: editionOf3('2019'),
};
const T3_TIE: WeightCase = {
  name: 'a table 三 without its 其他处理 rows (both editions match 22 rows) is read as 2021',
  run: editionOf3('2021', ['other.1', 'other.2', 'other.3']),
};

/** Every row of a 2021 table 三 matched, at its own label. */
const allRowsAt = (rows: readonly Row[], rowOf: ReadonlyMap<string, number>) => {
  const t = applications(rows);
  return {
    actual: {
      missing: t?.missingRows.map((m) => m.rowId),
      labels: [...rowOf.keys()].map((id) => labelAt(t, id)),
    },
    expected: { missing: [], labels: [...rowOf.values()].map((r) => toA1(r, 0)) },
  };
};

const GROUP_ROWS: WeightCase = {
  name: 'group labels on rows of their own set the context and are not read as their first item',
  run: () => {
    const { rows, rowOf } = table3('2021', {
      labels: { 'partly-granted': '（二）部分公开（区分处理的）' },
    });
    return allRowsAt(rows, rowOf);
  },
};

const COMPLETE_2021: WeightCase = {
  name: 'every row of a plain 2021 table 三 is matched at its label',
  run: () => {
    const { rows, rowOf } = plain2021();
    return allRowsAt(rows, rowOf);
  },
};

/** `（一）予已公开`: an IME slip for 予以公开, read only where 三、本年度办理结果 stands above it. */
const typo = (resultsRow: boolean) => () => {
  const { rows, rowOf } = table3('2021', { resultsRow, labels: { granted: '（一）予已公开' } });
  return {
    actual: labelAt(applications(rows), 'granted'),
    expected: resultsRow ? toA1(rowOf.get('granted') ?? -1, 0) : 'not matched',
  };
};
/**
 * Each group label printed on a middle row of its items, as a PDF or a web page gives a vertically
 * centred merged cell (`（三）不予公开 4.保护第三方合法权益`): the items above it have no group yet.
 */
const GROUP_ON_MIDDLE_ROW: WeightCase = {
  name: 'group labels on a middle row of their items (a vertically centred merged cell) leave every item read',
  run: () => {
    const middle: Record<string, string> = {
      'denied.4': '（三）不予公开 4.保护第三方合法权益',
      'unavailable.2': '（四）无法提供 2.没有现成信息需要另行制作',
      'not-processed.3': '（五）不予处理 3.要求提供公开出版物',
      'other.2': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    };
    // Every group with items of its own is here, so no group keeps a row of its own.
    const { rows, rowOf } = table3('2021', { labels: middle, groupRows: false });
    return allRowsAt(rows, rowOf);
  },
};
/** 无正当理由 fits （五）不予处理 4. as well as （六）其他处理 1.; only its group, stated above it, tells them apart. */
const SHORT_ITEM_IN_GROUP: WeightCase = {
  name: 'with 不予处理’s rows deleted, a shortened item under （六）其他处理 (无正当理由) is read there, not as the unread 不予处理 4.',
  run: () => {
    const deleted = [1, 2, 3, 4, 5].map((i) => `not-processed.${i}`);
    const { rows, rowOf } = table3('2021', { omit: deleted, labels: { 'other.1': '无正当理由' } });
    return {
      actual: labelAt(applications(rows), 'other.1'),
      expected: toA1(rowOf.get('other.1') ?? -1, 0),
    };
  },
};
const TYPO_IN_SECTION: WeightCase = {
  name: 'a mistyped result label （一）予已公开 under 三、本年度办理结果 is read as 予以公开',
  run: typo(true),
};
const TYPO_OUT_OF_SECTION: WeightCase = {
  name: 'the same mistyped label with no 三、 above it (section penalty) is not a row',
  run: typo(false),
};
const NO_RESULTS_ROW: WeightCase = {
  name: 'a table 三 without the 三、本年度办理结果 row still matches its result rows',
  run: () => {
    const { rows, rowOf } = table3('2021', { resultsRow: false });
    return allRowsAt(rows, rowOf);
  },
};

/** A remark after the total that shares two characters with the row's label (本年, 申请). */
const REMARK: WeightCase = {
  name: 'a remark after the numbers (本年收到申请较上年增加) is neither part of the label nor read as numbers',
  run: () => {
    const { rows, rowOf } = table3('2021', { cells: { new: [...NUMBERS, '本年收到申请较上年增加'] } });
    const t = applications(rows);
    const r = (rowOf.get('new') ?? 0) + 1;
    return {
      actual: { label: labelAt(t, 'new'), cells: rowRange(t, 'new', APPLICANT_COLUMNS) },
      expected: { label: `A${r}`, cells: `B${r}:H${r}` },
    };
  },
};

/** A label with an unrelated remark cell on its row: one unmatched segment does not sink the row. */
const REMARK_UNRELATED: WeightCase = {
  name: 'a row with a remark that matches nothing (见附件) is still matched',
  run: () => {
    const { rows, rowOf } = table3('2021', { cells: { granted: [...NUMBERS, '见附件'] } });
    return { actual: labelAt(applications(rows), 'granted'), expected: toA1(rowOf.get('granted') ?? -1, 0) };
  },
};

/** A title row over a headerless table 三 holding `总计` among other words is not the table’s first row. */
const HEADER_WORDS: WeightCase = {
  name: 'a header row holding 总计 among other words, above the body, does not start the table',
  run: () => {
    const rows: Row[] = [['政府信息公开申请情况', null, null, '总计', '申请人', '自然人']];
    const { rowOf } = table3('2021', { header: false }, rows);
    const t = applications(rows);
    return {
      actual: { top: t?.bounds.top, total: labelAt(t, 'outcome-total') },
      expected: { top: 1, total: toA1(rowOf.get('outcome-total') ?? -1, 0) },
    };
  },
};

/** The report's section 三 narrative: four sentences that each contain a row's label. */
const NARRATIVE_ROWS: Row[] = [
  ['三、收到和处理政府信息公开申请情况'],
  ['一、本年新收政府信息公开申请数量较上年明显增加，主要集中在征地拆迁和房屋登记方面。'],
  ['二、上年结转政府信息公开申请数量为1件，已于本年一月依法答复完毕，未引起行政复议。'],
  ['（一）予以公开的申请共12件，均已答复。'],
  ['四、结转下年度继续办理的申请共2件，将在法定期限内依法答复。'],
];
const NARRATIVE: WeightCase = {
  name: 'sentences that contain row labels (the report’s narrative) are not a table 三',
  run: () => ({ actual: found(locateApplications(grid(NARRATIVE_ROWS))), expected: [] }),
};

/** 总计 printed as `label` in a 2021 table 三: still read at its own row. */
const totalLabelled = (name: string, label: string): WeightCase => ({
  name,
  run: () => {
    const { rows, rowOf } = table3('2021', { labels: { 'outcome-total': label } });
    return {
      actual: labelAt(applications(rows), 'outcome-total'),
      expected: toA1(rowOf.get('outcome-total') ?? -1, 0),
    };
  },
});

/** `（七）总计（单位：件）`: the unit in brackets after a short label is still the label. */
const UNIT_NOTE = totalLabelled(
  'a short label with its unit noted, （七）总计（单位：件）, is still the label',
  '（七）总计（单位：件）',
);

/** A note that brings the label to exactly the narrative length (2 × 2 + 6 = 10 characters): still the label. */
const NOTE_AT_LIMIT = totalLabelled(
  'a label with a note as long as a label may grow, （七）总计（全年办理结果合计）, is still the label',
  '（七）总计（全年办理结果合计）',
);

/** Labels that name their row only in part, each on its own row of a 2021 table. */
const PARTIAL_LABELS: WeightCase = {
  name: 'abbreviated or loosely worded labels with the right marker are matched',
  run: () => {
    const labels = {
      'unavailable.3': '3.申请内容不清楚', // similar wording (bigram score below ½)
      'not-processed.2': '2.重复申请的', // contains the label
    };
    const { rows, rowOf } = table3('2021', { labels });
    const t = applications(rows);
    return {
      actual: Object.keys(labels).map((id) => labelAt(t, id)),
      expected: Object.keys(labels).map((id) => toA1(rowOf.get(id) ?? -1, 0)),
    };
  },
};

/** A mis-numbered item (`2.属于国家秘密` for 1.) still counts for its text, not for its number. */
const MISNUMBERED: WeightCase = {
  name: 'a mis-numbered item (2.属于国家秘密 first under （三）) is not read as item 1: the number counts',
  run: () => {
    const { rows, rowOf } = table3('2021', {
      labels: { 'denied.1': '2.属于国家秘密', 'denied.2': '2.其他法律行政法规禁止公开' },
    });
    const t = applications(rows);
    return {
      actual: ['denied.1', 'denied.2'].map((id) => labelAt(t, id)),
      expected: ['not matched', toA1(rowOf.get('denied.2') ?? -1, 0)],
    };
  },
};

/** The merged layout's first result row, its section written with brackets: `（三）本年度办理结果`. */
const BRACKETED_SECTION: WeightCase = {
  name: 'a section label in the wrong style （三）本年度办理结果 beside （一）予以公开 still supports the row',
  run: () => {
    const { rows, rowOf } = table3('2021', {
      resultsRow: false,
      cells: { granted: ['（一）予以公开', ...NUMBERS] },
      labels: { granted: '（三）本年度办理结果' },
    });
    return { actual: labelAt(applications(rows), 'granted'), expected: toA1(rowOf.get('granted') ?? -1, 0) };
  },
};

/** A group label on its own row written with its marker only: `（三）` then the items. */
const MARKER_ONLY: WeightCase = {
  name: 'a marker with no words after it （七） on the total row is not enough for a row',
  run: () => {
    const { rows } = table3('2021', { labels: { 'outcome-total': '（七）' } });
    return { actual: labelAt(applications(rows), 'outcome-total'), expected: 'not matched' };
  },
};

/** Notes between the body rows of one table: up to 8 non-matching rows keep the table whole. */
const gapRows = (notes: number, blanks: number): Row[] => {
  const rows = table3('2021', { omit: ['carried-forward'] }).rows;
  for (let i = 0; i < notes; i++) rows.push([`注${i + 1}：本项数据由各科室汇总。`]);
  for (let i = 0; i < blanks; i++) rows.push([]);
  rows.push(['四、结转下年度继续办理', ...NUMBERS]);
  return rows;
};
const lastRowOf = (rows: readonly Row[]) => () => {
  const tables = locateApplications(grid(rows));
  return {
    actual: tables.map((t) => `${toA1(t.bounds.top, 0)}:${labelAt(t, 'carried-forward')}`),
    expected: [`A1:A${rows.length}`],
  };
};
const NOTES_INSIDE: WeightCase = {
  name: 'eight rows of notes before the last row keep it in the table',
  run: lastRowOf(gapRows(8, 0)),
};
const NOTES_SPLIT: WeightCase = {
  name: 'nine rows of notes end the table: the rows after them are a table of their own, too short to count',
  run: () => {
    const rows = gapRows(9, 0);
    const t = applications(rows);
    return { actual: labelAt(t, 'carried-forward'), expected: 'not matched' };
  },
};
const REPEATS_INSIDE: WeightCase = {
  name: 'eight repeats of a row already read are passed over: the rows after them stay in the table',
  run: lastRowOf(repeatedRows('denied.1', 8).rows),
};
const REPEATS_SPLIT: WeightCase = {
  name: 'nine repeats end the table before them',
  run: () => ({
    actual: labelAt(applications(repeatedRows('denied.1', 9).rows), 'carried-forward'),
    expected: 'not matched',
  }),
};
const BLANKS_INSIDE: WeightCase = {
  name: 'a page break of 24 blank rows before the last row keeps it in the table',
  run: lastRowOf(gapRows(0, 24)),
};
const BLANKS_SPLIT: WeightCase = {
  name: '25 blank rows end the table',
  run: () => ({ actual: labelAt(applications(gapRows(0, 25)), 'carried-forward'), expected: 'not matched' }),
};

/** Table 三 cut after a few rows: how many matched rows make a table. */
const shortTable = (keep: number) => () => {
  const ids = ['new', 'carried-in', 'granted', 'partly-granted', 'outcome-total'];
  const omitted = table3('2021').rowOf;
  const omit = [...omitted.keys()].filter((id) => !ids.slice(0, keep).includes(id));
  return {
    actual: found(locateApplications(grid(table3('2021', { omit, header: false }).rows))),
    expected: keep >= 4 ? ['applications:2021'] : [],
  };
};
const FOUR_ROWS: WeightCase = { name: 'four matched rows are a table 三', run: shortTable(4) };
const THREE_ROWS: WeightCase = {
  name: 'three matched rows are not (a stray list of labels)',
  run: shortTable(3),
};

// ── Table 三 header and numbers ──────────────────────────────────────────────────────────────────

/** A table 三 whose header sits `gap` rows above the body (a title in between). */
const headerAbove = (titleRows: number) => () => {
  const rows = table3('2021', { start: 3, header: true }).rows;
  rows.splice(3, 0, ...new Array<Row>(titleRows).fill(['（单位：件）']));
  const t = applications(rows);
  const first = 3 + titleRows + 1;
  return {
    actual: { top: t ? toA1(t.bounds.top, 0) : '', cells: rowRange(t, 'new', APPLICANT_COLUMNS) },
    expected: { top: 'A1', cells: `D${first}:J${first}` },
  };
};
const HEADER_NEAR: WeightCase = {
  name: 'a header two rows above the body (a unit line between) is the table’s header',
  run: headerAbove(2),
};

/** A header showing only `总计` (and 自然人) over the numbers is not a header to align to. */
const THIN_HEADER: WeightCase = {
  name: 'a header naming only two columns (自然人, 总计) is not taken as the header',
  run: () => {
    const rows = table3('2021', { header: false, start: 3 }).rows;
    rows.unshift([null, null, null, '自然人', null, null, null, null, null, '总计']);
    const t = applications(rows);
    return {
      actual: { top: t?.bounds.top, missing: t?.missingColumns.length },
      expected: { top: 1, missing: 0 },
    };
  },
};

/** A row of table 三 (label in A, header over D…J) with `cells` from column B. */
const rowCells =
  (cells: Row, opts: { header?: boolean; start?: number } = {}) =>
  () => {
    const { header = true, start = 3 } = opts;
    const { rows, rowOf } = table3('2021', { header, start, cells: { granted: cells } });
    const r = (rowOf.get('granted') ?? 0) + 1;
    return { t: applications(rows), r };
  };
const readAt =
  (cells: Row, range: (r: number) => string, opts?: { header?: boolean; start?: number }) => () => {
    const { t, r } = rowCells(cells, opts)();
    return { actual: rowRange(t, 'granted', APPLICANT_COLUMNS), expected: range(r) };
  };
const _ = null;

const SHIFTED: WeightCase = {
  name: 'a row pasted one column right of the header (E…K) is read where its numbers are',
  run: readAt([_, _, _, 1, 0, 0, 0, 0, 0, 1], (r) => `E${r}:K${r}`),
};
const LONE_NUMBER: WeightCase = {
  name: 'a row with one number (the others blank) is read under the header',
  run: readAt([_, _, _, _, 3], (r) => `D${r}:J${r}`),
};
const UNIT_CELL: WeightCase = {
  name: 'a unit (件) between the label and the numbers is skipped, not read as a column',
  run: readAt(['件', 1, 0, 0, 0, 0, 0, 1], (r) => `C${r}:I${r}`, { header: false }),
};
const TRAILING: WeightCase = {
  name: 'a number after the total (上年数) does not pull the row right',
  run: readAt([1, 0, 0, 0, 0, 0, 1, _, 4], (r) => `B${r}:H${r}`, { header: false, start: 1 }),
};
const FAR_START: WeightCase = {
  name: 'numbers three columns after the label (merges lost) are found with no header',
  run: readAt([_, _, 1, 0, 0, 0, 0, 0, 1], (r) => `D${r}:J${r}`, { header: false }),
};
const SIDE_BY_SIDE: WeightCase = {
  name: 'last year’s table 三 to the right (column K on) is not read for a row left blank this year',
  run: readAt([_, _, _, 2, _, _, _, _, _, 1, 0, 0, 0, 0, 0, 1], (r) => `B${r}:H${r}`, {
    header: false,
    start: 1,
  }),
};
const FAR_HEADER: WeightCase = {
  name: 'a blank-but-one row follows a header three columns right of the label',
  run: readAt([_, _, _, _, _, 2], (r) => `E${r}:K${r}`, { start: 4 }),
};
const BLANK_ROW: WeightCase = {
  name: 'an all-blank row is read under the header',
  run: readAt([], (r) => `D${r}:J${r}`),
};

// ── Table 二 ────────────────────────────────────────────────────────────────────────────────────

const proactive = (rows: readonly Row[]) => locateProactive(grid(rows));
const editionOf2 = (keys: string[], edition: Edition) => () => ({
  actual: found(proactive(table2(keys.map((k) => CLAUSES[k])))),
  expected: [`proactive:${edition}`],
});
const T2_2021: WeightCase = {
  name: 'a table 二 of 2021 (本年制发件数, 本年收费金额) is read as 2021',
  run: editionOf2(['1/2021', '5/2021', '6/2021', '8/2021'], '2021'),
};
const T2_2019: WeightCase = {
  name: 'a table 二 of 2019 (本年新制作数量, 第二十条第（九）项) is read as 2019',
  run: editionOf2(['1/2019', '5/2019', '6/2019', '8/2019', '9/2019'], '2019'),
};
const T2_TIE: WeightCase = {
  name: 'a table 二 of 第二十条第（六）项 alone, 处理决定数量 (both editions alike) is read as 2021',
  run: () => ({
    actual: found(proactive(table2([['（六）', ['处理决定数量'], ['行政处罚', 0], ['行政强制', 0]]]))),
    expected: ['proactive:2021'],
  }),
};
const T2_COLUMNS_2019: WeightCase = {
  name: 'a table 二 whose only 2019 sign is its columns (上一年项目数量, 本年增/减) is read as 2019',
  run: () => ({
    actual: found(
      proactive(
        table2([
          ['（五）', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', 0, 0, 0]],
          CLAUSES['6/2019'],
        ]),
      ),
    ),
    expected: ['proactive:2019'],
  }),
};
const T2_ROWS_2019: WeightCase = {
  name: 'a table 二 whose only 2019 sign is a row (其他对外管理服务事项) is read as 2019',
  run: () => ({
    actual: found(
      proactive(table2([['（五）', ['处理决定数量'], ['行政许可', 0], ['其他对外管理服务事项', 0]]])),
    ),
    expected: ['proactive:2019'],
  }),
};
const T2_BLOCKS_2019: WeightCase = {
  name: 'a table 二 whose only 2019 sign is an empty 第二十条第（九）项 block is read as 2019',
  run: () => ({
    actual: found(
      proactive(
        table2([['（六）', ['处理决定数量'], ['行政处罚', 0], ['行政强制', 0]], [['第二十条第（九）项']]]),
      ),
    ),
    expected: ['proactive:2019'],
  }),
};
const LONE_CLAUSE: WeightCase = {
  name: 'a lone 第二十条第（一）项 line in the narrative is not a table 二',
  run: () => ({
    actual: found(proactive([['第二十条第（一）项'], ['本机关本年未制发相关文件。']])),
    expected: [],
  }),
};
const BOTTOM_OF = (rows: readonly Row[], expected: string) => () => {
  const t = proactive(rows);
  return { actual: t.map((x) => toA1(x.bounds.bottom, 0)), expected: [expected] };
};
const HEADING_AFTER: WeightCase = {
  name: 'the next section’s heading right under table 二 is not an item row',
  run: BOTTOM_OF(
    table2([
      CLAUSES['1/2021'],
      CLAUSES['5/2021'],
      CLAUSES['6/2021'],
      CLAUSES['8/2021'],
      [['三、收到和处理政府信息公开申请情况']],
    ]),
    'A14',
  ),
};
const BLANK_BEFORE_HEADER: WeightCase = {
  name: 'a blank row between a clause and its 信息内容 header is skipped',
  run: () => {
    const rows = table2([CLAUSES['1/2021'], CLAUSES['5/2021'], CLAUSES['6/2021'], CLAUSES['8/2021']]);
    rows.splice(1, 0, []);
    const t = proactive(rows)[0];
    return { actual: { missing: t?.missingColumns.map((c) => c.columnId) }, expected: { missing: [] } };
  },
};
const HEADERLESS_BLOCK: WeightCase = {
  name: 'a block without its 信息内容 row does not borrow the next block’s header',
  run: () => {
    const rows = table2([
      CLAUSES['1/2021'],
      [['第二十条第（五）项'], ['行政许可', 0]],
      CLAUSES['6/2021'],
      CLAUSES['8/2021'],
    ]);
    const t = proactive(rows)[0];
    return { actual: labelAt(t, 'licensing'), expected: 'A6' };
  },
};
const BLANK_BETWEEN_ITEMS: WeightCase = {
  name: 'two blank rows between a block’s items keep them in the block',
  run: () => {
    const rows = table2([
      CLAUSES['1/2021'],
      CLAUSES['5/2021'],
      ['（六）', ['本年处理决定数量'], ['行政处罚', 0], [], [], ['行政强制', 0]],
      CLAUSES['8/2021'],
    ]);
    return { actual: labelAt(proactive(rows)[0], 'enforcement'), expected: 'A13' };
  },
};
const ITEM_AFTER_BLANKS: WeightCase = {
  name: 'a list heading (行政许可事项清单) four blank rows under table 二 is not an item row',
  run: BOTTOM_OF(
    table2([
      CLAUSES['1/2021'],
      CLAUSES['5/2021'],
      CLAUSES['6/2021'],
      CLAUSES['8/2021'],
      [[], [], [], [], ['行政许可事项清单']],
    ]),
    'A14',
  ),
};
const NOTE_BETWEEN_BLOCKS: WeightCase = {
  name: 'a note and a blank row between two blocks keep them in one table',
  run: () => {
    const rows = table2([
      CLAUSES['1/2021'],
      CLAUSES['5/2021'],
      [['注：本年无新增许可事项。'], []],
      CLAUSES['6/2021'],
      CLAUSES['8/2021'],
    ]);
    return { actual: proactive(rows).length, expected: 1 };
  },
};
const FAR_BLOCK: WeightCase = {
  name: 'a department’s table 二 of 第二十条第（八）项 alone, eight rows under another’s, is a table of its own',
  run: () => {
    const rows = table2([CLAUSES['1/2021'], CLAUSES['5/2021'], CLAUSES['6/2021']]);
    rows.push(['部门二'], ...new Array<Row>(6).fill([]), ...table2([CLAUSES['8/2021']]));
    return { actual: proactive(rows).map((t) => toA1(t.bounds.top, 0)), expected: ['A1', 'A19'] };
  },
};

// ── Table 四 ────────────────────────────────────────────────────────────────────────────────────

const reviewsRow = (rows: readonly Row[]) => {
  const t = locateReviews(grid(rows))[0];
  const at = (group: string, col: string) => {
    const c = t?.cells.get(`${group}|${col}`);
    return c ? toA1(c.row, c.col) : 'none';
  };
  return t ? [at('review', 'upheld'), at('litigation-after-review', 'total')] : [];
};
const REVIEWS_PLAIN: WeightCase = {
  name: 'table 四 as published: group and column labels on two rows, the numbers under them',
  run: () => ({ actual: reviewsRow([...header4(), FIFTEEN]), expected: ['A4', 'O4'] }),
};
const REVIEWS_STACKED: WeightCase = {
  name: 'two departments’ tables 四 five rows apart each read their own numbers',
  run: () => {
    const rows = [...header4(), FIFTEEN, ['部门二'], ...header4(), new Array(15).fill(1)];
    const tables = locateReviews(grid(rows));
    return {
      actual: tables.map((t) => toA1(t.cells.get('review|upheld')?.row ?? -1, 0)),
      expected: ['A4', 'A9'],
    };
  },
};
const REVIEWS_SPLIT_TOP: WeightCase = {
  name: 'a header whose 行政复议/行政诉讼 cells took two rows (the second left blank) reads its labels down to the fourth row',
  run: () => {
    const [top, groups, columns] = header4();
    return { actual: reviewsRow([top, [], groups, columns, FIFTEEN]), expected: ['A5', 'O5'] };
  },
};
const REVIEWS_BLANK_LINE: WeightCase = {
  name: 'a blank row between the header and the numbers is skipped',
  run: () => ({ actual: reviewsRow([...header4(), [], FIFTEEN]), expected: ['A5', 'O5'] }),
};
const REVIEWS_EMPTY_TEMPLATE: WeightCase = {
  name: 'an unfilled table 四 reads the row under its header, not the text four rows down',
  run: () => ({
    actual: reviewsRow([...header4(), [], [], [], ['五、存在的主要问题及改进情况']]),
    expected: ['A4', 'O4'],
  }),
};
const REVIEWS_ONLY_AFTER: WeightCase = {
  name: 'a row of numbers only under 复议后起诉 (the rest left blank) is the row of numbers',
  run: () => ({
    actual: reviewsRow([...header4(), [...new Array(10).fill(null), 1, 0, 0, 0, 1]]),
    expected: ['A4', 'O4'],
  }),
};
const REVIEWS_FAR_NOTE: WeightCase = {
  name: 'a note 13 columns right of 行政诉讼, on a blank row above the numbers, is not the row of numbers',
  run: () => {
    const note: Row = new Array(18).fill(null);
    note[18] = '（单位：件）';
    return { actual: reviewsRow([...header4(), note, FIFTEEN]), expected: ['A5', 'O5'] };
  },
};

/** Table 四 copied from a PDF: header words wrapped over five lines, then the 15 numbers in one line. */
const flatReviews = (wrapLines: number, trailer: Row[] = []) => {
  const rows: Row[] = [['行政复议 行政诉讼']];
  for (let i = 0; i < wrapLines; i++)
    rows.push([i % 2 ? '结果 维持 结果 纠正' : '未经复议直接起诉 复议后起诉']);
  rows.push([FIFTEEN.join(' ')], ...trailer);
  const { grid: view, tables } = locateWithFlattened(grid(rows));
  const t = tables.find((x) => x.table === 'reviews');
  const c = t?.cells.get('review|upheld');
  return c ? toA1(sourceCellOf(view, c).row, 0) : 'none';
};
const FLAT_WRAPPED: WeightCase = {
  name: 'a copied table 四 whose header wraps over four lines reads the line of numbers under it',
  run: () => ({ actual: flatReviews(4), expected: 'A6' }),
};
const FLAT_WRAPPED_FIVE: WeightCase = {
  name: 'a copied table 四 whose header wraps over five lines reads the line of numbers under it',
  run: () => ({ actual: flatReviews(5), expected: 'A7' }),
};

// ── Locator-wide ────────────────────────────────────────────────────────────────────────────────

const EDITION_OF_FOUR: WeightCase = {
  name: 'table 四 takes the edition of the table 三 above it (2019)',
  run: () => {
    const rows = table3('2019').rows;
    rows.push([], ...header4(), FIFTEEN);
    return { actual: found(locateTables(grid(rows))), expected: ['applications:2019', 'reviews:2019'] };
  },
};

/**
 * Table 三 with a 序号 column: the markers of sections and groups (`一、` `（一）`) in A, their words
 * in B. The items (`1.属于国家秘密`) stay whole in A and are read under their groups.
 */
const SERIAL_COLUMN: WeightCase = {
  name: 'markers in a 序号 column of their own (一、 | 本年新收…) still match their rows',
  run: () => {
    const { rows, rowOf } = table3('2021', { start: 2 });
    const split = rows.map((row): Row => {
      const m =
        typeof row[0] === 'string'
          ? /^([一二三四五六七八九十]、|（[一二三四五六七八九十]）)(.+)$/.exec(row[0])
          : null;
      return m ? [m[1], m[2], ...row.slice(2)] : row;
    });
    const t = applications(split);
    return {
      actual: [...rowOf.keys()].map((id) => labelAt(t, id)),
      expected: [...rowOf.values()].map((r) => toA1(r, 0)),
    };
  },
};

/** The whole path in one cell, with the slip: `三、本年度办理结果（一）予已公开`. */
const TYPO_WITH_ANCESTORS: WeightCase = {
  name: 'a mistyped label with its section written before it (三、本年度办理结果（一）予已公开) is read',
  run: () => {
    const { rows, rowOf } = table3('2021', {
      resultsRow: false,
      labels: { granted: '三、本年度办理结果（一）予已公开' },
    });
    return { actual: labelAt(applications(rows), 'granted'), expected: toA1(rowOf.get('granted') ?? -1, 0) };
  },
};

/** Two departments' tables 三, one under the other: each header belongs to its own copy. */
const STACKED_HEADERS: WeightCase = {
  name: 'the second of two stacked tables 三 starts at its own header, not the first one’s',
  run: () => {
    const rows: Row[] = [];
    table3('2021', { start: 3 }, rows);
    rows.push(['注：数据由各部门填报。'], ['部门二']);
    const second = rows.length;
    table3('2021', { start: 3 }, rows);
    return {
      actual: locateApplications(grid(rows)).map((t) => toA1(t.bounds.top, 0)),
      expected: ['A1', toA1(second, 0)],
    };
  },
};

/** Three more numbers right after the total (last year's figures) must not pull the row right. */
const TRAILING_THREE: WeightCase = {
  name: 'three numbers right after the total (上年数, 增减, 比例) do not pull the row right',
  run: readAt([1, 0, 0, 0, 0, 0, 1, 5, 5, 5], (r) => `B${r}:H${r}`, { header: false, start: 1 }),
};

/** A note under a table 四 whose numbers are all under 复议后起诉. */
const REVIEWS_ONLY_AFTER_NOTE: WeightCase = {
  name: 'numbers only under 复议后起诉, then a note: the numbers are the row, not the note',
  run: () => ({
    actual: reviewsRow([
      ...header4(),
      [...new Array(10).fill(null), 1, 0, 0, 0, 1],
      ['注：本表数据截至12月31日。'],
    ]),
    expected: ['A4', 'O4'],
  }),
};

/** Two departments' tables 四 copied from a PDF; the first has no line of numbers. */
const FLAT_MISSING_NUMBERS: WeightCase = {
  name: 'a copied table 四 with no line of numbers does not take the next department’s, seven lines down',
  run: () => {
    const head: Row[] = [['行政复议 行政诉讼'], ['未经复议直接起诉 复议后起诉'], ['结果 维持 结果 纠正']];
    const rows: Row[] = [...head, ['部门二'], ...head, [FIFTEEN.join(' ')]];
    const { grid: view, tables } = locateWithFlattened(grid(rows));
    return {
      actual: tables
        .filter((t) => t.table === 'reviews')
        .map((t) => {
          const c = t.cells.get('review|upheld');
          return c ? toA1(sourceCellOf(view, c).row, 0) : 'none';
        }),
      expected: ['A3', 'A8'],
    };
  },
};

export const CASES: WeightCases = {
  PREFERRED_EDITION: {
    tolerance: '2021 (2019 fails the ties)',
    cases: [T3_2021, T3_2019, T3_TIE, T2_2021, T2_2019, T2_TIE, EDITION_OF_FOUR],
  },
  EDITIONS_BY_PREFERENCE: { tolerance: 'the preferred edition first', cases: [T3_TIE, T2_TIE, T3_2019] },
  NARRATIVE_LENGTH_FACTOR: {
    tolerance: 'between 2 and 2.2',
    cases: [NARRATIVE, NOTE_AT_LIMIT, COMPLETE_2021, PARTIAL_LABELS],
  },
  NARRATIVE_LENGTH_SLACK: {
    tolerance: 'between 6 and 8',
    cases: [NARRATIVE, UNIT_NOTE, NOTE_AT_LIMIT, COMPLETE_2021],
  },
  MARKER_WEIGHT: {
    tolerance: 'between 0.35 and 0.5',
    cases: [PARTIAL_LABELS, MARKER_ONLY, MISNUMBERED, COMPLETE_2021],
  },
  MARKER_ONLY_SCORE: { tolerance: 'between 0.5 and 0.59', cases: [MARKER_ONLY, SERIAL_COLUMN] },
  MARKER_MISMATCH_FACTOR: { tolerance: 'between 0.5 and 0.59', cases: [MISNUMBERED, BRACKETED_SECTION] },
  MIN_ROW_SCORE: { tolerance: 'between 0.1 and 0.65', cases: [GROUP_ROWS, TYPO_IN_SECTION, PARTIAL_LABELS] },
  MIN_SEGMENT_SCORE: { tolerance: 'between 0.25 and 0.75', cases: [REMARK, COMPLETE_2021, GROUP_ROWS] },
  LEAF_WEIGHT: {
    tolerance: 'between 1.8 and 4',
    cases: [TYPO_OUT_OF_SECTION, REMARK_UNRELATED, COMPLETE_2021],
  },
  ANCESTOR_WEIGHT: { tolerance: 'at least -0.1', cases: [TYPO_WITH_ANCESTORS, COMPLETE_2021, GROUP_ROWS] },
  GROUP_PENALTY: {
    tolerance: 'between 0.01 and 0.8',
    cases: [GROUP_ON_MIDDLE_ROW, SHORT_ITEM_IN_GROUP, GROUP_ROWS],
  },
  SECTION_PENALTY: {
    tolerance: 'between 0.15 and 0.8',
    cases: [TYPO_IN_SECTION, TYPO_OUT_OF_SECTION, NO_RESULTS_ROW],
  },
  UNMATCHED_PENALTY: { tolerance: 'at most 0.8', cases: [REMARK_UNRELATED, HEADER_WORDS, REMARK] },
  MIN_CONTEXT_SCORE: { tolerance: 'at most 1', cases: [GROUP_ROWS, COMPLETE_2021] },
  MAX_GAP: { tolerance: '8', cases: [NOTES_INSIDE, NOTES_SPLIT, REPEATS_INSIDE, REPEATS_SPLIT] },
  MAX_BLANK_GAP: { tolerance: '24', cases: [BLANKS_INSIDE, BLANKS_SPLIT] },
  MIN_ROWS: { tolerance: '4', cases: [FOUR_ROWS, THREE_ROWS] },
  HEADER_ROWS_ABOVE: { tolerance: 'between 5 and 25', cases: [HEADER_NEAR, STACKED_HEADERS] },
  MIN_HEADER_COLUMNS: { tolerance: 'between 3 and 6', cases: [THIN_HEADER, HEADER_NEAR] },
  VALUE_SHIFT: { tolerance: 'between 2 and 8', cases: [FAR_START, SIDE_BY_SIDE] },
  WINDOW_HIT: {
    tolerance: 'between 0.1 and 2',
    cases: [SHIFTED, UNIT_CELL, TRAILING, SIDE_BY_SIDE, TRAILING_THREE],
  },
  SKIP_PENALTY: {
    tolerance: 'between 1 and 1.5',
    cases: [TRAILING_THREE, UNIT_CELL, TRAILING, SIDE_BY_SIDE],
  },
  WINDOW_PENALTY: { tolerance: 'between 0.1 and 1', cases: [UNIT_CELL, TRAILING, TRAILING_THREE] },
  WINDOW_OVERFLOW: { tolerance: 'between 1 and 6', cases: [UNIT_CELL, SIDE_BY_SIDE, TRAILING_THREE] },
  HEADER_NUDGE: {
    tolerance: 'between 0.04 and 1.9',
    cases: [SHIFTED, LONE_NUMBER, FAR_HEADER, BLANK_ROW],
  },
  DISTANCE_PENALTY: { tolerance: 'between 0 and 0.05', cases: [FAR_HEADER, FAR_START, TRAILING_THREE] },
  PROACTIVE_MIN_LABEL_SCORE: { tolerance: 'between 0.3 and 0.85', cases: [T2_2021, HEADING_AFTER] },
  PROACTIVE_HEADER_ROWS: { tolerance: '2', cases: [BLANK_BEFORE_HEADER, HEADERLESS_BLOCK] },
  PROACTIVE_ITEM_GAP: { tolerance: 'between 3 and 4', cases: [BLANK_BETWEEN_ITEMS, ITEM_AFTER_BLANKS] },
  PROACTIVE_BLOCK_GAP: { tolerance: 'between 3 and 7', cases: [NOTE_BETWEEN_BLOCKS, FAR_BLOCK] },
  PROACTIVE_BLOCK_WEIGHT: { tolerance: 'between 0.1 and 1.5', cases: [T2_BLOCKS_2019, LONE_CLAUSE, T2_2021] },
  PROACTIVE_COLUMN_WEIGHT: { tolerance: 'above 0', cases: [T2_COLUMNS_2019, T2_2021, T2_2019] },
  PROACTIVE_ROW_WEIGHT: { tolerance: 'above 0', cases: [T2_ROWS_2019, T2_2021, T2_2019] },
  PROACTIVE_MIN_SCORE: { tolerance: 'between 1.4 and 4', cases: [LONE_CLAUSE, T2_TIE] },
  REVIEWS_HEADER_ROWS: {
    tolerance: 'between 3 and 5',
    cases: [REVIEWS_PLAIN, REVIEWS_SPLIT_TOP, REVIEWS_STACKED],
  },
  REVIEWS_VALUE_ROWS: { tolerance: 'between 2 and 3', cases: [REVIEWS_BLANK_LINE, REVIEWS_EMPTY_TEMPLATE] },
  REVIEWS_RIGHT_SLACK: {
    tolerance: 'between 6 and 13',
    cases: [REVIEWS_ONLY_AFTER, REVIEWS_ONLY_AFTER_NOTE, REVIEWS_FAR_NOTE],
  },
  FLAT_HEADER_LINES: {
    tolerance: 'exactly 6',
    cases: [FLAT_WRAPPED, FLAT_WRAPPED_FIVE, FLAT_MISSING_NUMBERS],
  },
};
