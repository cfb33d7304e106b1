import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGrid } from '../../src/check';
import { textGrid } from '../../src/grid/text';
import { ArrayGrid, toA1, type CellValue } from '../../src/grid';
import { cellKey, locateTables } from '../../src/locate';
import {
  FlattenedGrid,
  realBounds,
  sourceCellOf,
  splitDataCell,
  splitFlattenedRows,
  splitHeaderCell,
  toRealCells,
} from '../../src/locate/flatten';
import type { Finding } from '../../src/report/types';
import { fixtureGrid, fixtureRows } from '../support/fixture';
import { layoutText } from '../support/layout-text';
import { reportSheet } from '../support/report-sheet';

const FIXTURE = join(__dirname, '../fixtures/zhengzhou-zwfwb-2021.txt');

/** Pieces of a split cell as `label|label|#1|#0`: numbers marked, text as is. */
const show = (text: string): string | undefined =>
  splitDataCell(text)
    ?.map((p) => (p.number ? `#${String(p.value)}` : String(p.value)))
    .join('|');

describe('splitDataCell: a label and the numbers after it', () => {
  it.each<[string, string, string | undefined]>([
    [
      'label then 7 numbers',
      '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
      '一、本年新收政府信息公开申请数量|#1|#0|#0|#0|#0|#0|#1',
    ],
    [
      'an item marker `1.` belongs to the label',
      '（三）不予公开 1. 属于国家秘密 0 0 0 0 0 0 0',
      '（三）不予公开 1. 属于国家秘密|#0|#0|#0|#0|#0|#0|#0',
    ],
    [
      'labels apart by runs of spaces stay apart',
      '三、本年度办理结果    （一）予以公开   0  0  0',
      '三、本年度办理结果|（一）予以公开|#0|#0|#0',
    ],
    ['the first number glued to Chinese text', '（一）予以公开0 0 0', '（一）予以公开|#0|#0|#0'],
    [
      'a glued number after a closing bracket',
      '行政事业性收费（万元）1.5 2',
      '行政事业性收费（万元）|#1.5|#2',
    ],
    ['a glued number of several digits', '（一）予以公开12 3', '（一）予以公开|#12|#3'],
    ['a glued negative number', '本年增减-3 1 0', '本年增减|#-3|#1|#0'],
    ['a glued number alone is not split: it may be part of the label', '（一）予以公开0', undefined],
    ['a year is not a number', '2021年', undefined],
    ['a year then words', '郑州市2021年 政府信息公开', undefined],
    ['words only', '结果 维持', undefined],
    ['tabs mixed with spaces', '规章\t0  0 \t 0', '规章|#0|#0|#0'],
    ['a full-width space is a space', '行政处罚\u30000', '行政处罚|#0'],
    ['negative and decimal numbers', '本年增/减 -3 1.5 0', '本年增/减|#-3|#1.5|#0'],
    ['full-width digits stay text for cell/text-number', '规章 １ ２ ３', '规章|#１|#２|#３'],
    ['thousands separators stay text', '规章 1,234 0 0', '规章|#1,234|#0|#0'],
    ['with decimals too', '规章 1,234.56 0 0', '规章|#1,234.56|#0|#0'],
    [
      'two or three digits before the first separator, and more groups',
      '规章 12,345 1,234,567 0',
      '规章|#12,345|#1,234,567|#0',
    ],
    ['a comma out of place is not a separator', '规章 1,2345 0 0', '规章 1,2345|#0|#0'],
    ['placeholders in a run of values', '规章 — 0 /', '规章|#—|#0|#/'],
    ['a lone dash after a label is text', '本机关不掌握 -', undefined],
    ['numbers alone, 3 or more', '1 0 0 0 0 0 1', '#1|#0|#0|#0|#0|#0|#1'],
    ['two numbers alone are a typo in one value', '1 2', undefined],
    ['one number alone', '4 ', undefined],
    ['a sentence ending in numbers is prose', '本年共收到申请3件。 1 2', undefined],
    [
      'a long line ending in one number is prose',
      '本机关在本年度认真贯彻落实政府信息公开条例的各项要求并按期完成了 3',
      undefined,
    ],
    ['a short label with one number', '行政许可 0', '行政许可|#0'],
  ])('%s', (_name, text, want) => {
    expect(show(text)).toBe(want);
  });
});

describe('splitHeaderCell: header words in one cell', () => {
  const labels = (text: string) => splitHeaderCell(text)?.map((p) => p.value);
  it.each<[string, string, string[] | undefined]>([
    [
      'single spaces between labels of the format',
      '自然人 法人或其他组织 总计',
      ['自然人', '法人或其他组织', '总计'],
    ],
    [
      'the second header line of table 三',
      '商业企业 科研机构 社会公益组织 法律服务机构 其他',
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ],
    [
      'table 二 header',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ],
    [
      'runs of spaces, a note among labels',
      '(本列数据的勾稽关系为: 第一项加第二项之和)   申请人情况   总计',
      ['(本列数据的勾稽关系为: 第一项加第二项之和)', '申请人情况', '总计'],
    ],
    ['table 四 header', '行政复议        行政诉讼', ['行政复议', '行政诉讼']],
    ['one label written with a space', '结果 维持', undefined],
    ['a label and a word that is none', '其他 结果', undefined],
    ['a clause with a full-width space', '第二十条\u3000第（一）项', undefined],
    ['a clause with a run of spaces: no label of the format', '第二十条   第(一)项', undefined],
    ['prose', '本年度共收到申请。   总计   自然人', undefined],
  ])('%s', (_name, text, want) => {
    expect(labels(text)).toEqual(want);
  });
});

describe('splitFlattenedRows: the split view', () => {
  it('leaves normal sheets alone (undefined: no cost)', () => {
    expect(splitFlattenedRows(fixtureGrid())).toBeUndefined();
    expect(splitFlattenedRows(reportSheet().grid())).toBeUndefined();
  });

  it('does not split a row whose numbers sit in cells of their own, even with `1 2` in one', () => {
    const grid = new ArrayGrid({ sheet: 'S', values: [['规章', '1 2 3', 0, 0]] });
    expect(splitFlattenedRows(grid)).toBeUndefined();
  });

  const grid = new ArrayGrid({
    sheet: 'S',
    values: [
      ['自然人 法人或其他组织 总计', null],
      ['（七）总计 1 0 2', '注'],
      ['结果 维持', 5],
      [null, '1 0 0 0'],
    ],
    merges: [{ top: 2, left: 0, bottom: 3, right: 0 }],
    numberFormats: [[], ['@', '0.0']],
  });
  const view = splitFlattenedRows(grid)!;

  it('presents tokens as cells and keeps the cells after them', () => {
    expect(view).toBeInstanceOf(FlattenedGrid);
    const row = (r: number) => Array.from({ length: view.colCount }, (_, c) => view.value(r, c));
    expect(row(0)).toEqual(['自然人', '法人或其他组织', '总计', null, null]);
    expect(row(1)).toEqual(['（七）总计', 1, 0, 2, '注']);
    expect(row(2)).toEqual(['结果 维持', 5, null, null, null]);
    expect(row(3)).toEqual([null, 1, 0, 0, 0]);
    expect(view.flatRow(1)?.numbers).toEqual([1, 2, 3]);
    expect(view.flatRow(0)).toBeUndefined();
    expect(view.flatRow(2)).toBeUndefined();
  });

  it('maps every virtual cell to the real cell it came from', () => {
    expect(view.sourceCell(1, 0)).toEqual({ row: 1, col: 0 });
    expect(view.sourceCell(1, 3)).toEqual({ row: 1, col: 0 });
    expect(view.sourceCell(1, 4)).toEqual({ row: 1, col: 1 });
    // Past the row's end: the split cell, never an empty virtual one.
    expect(view.sourceCell(1, 5)).toEqual({ row: 1, col: 0 });
    expect(view.sourceCell(3, 4)).toEqual({ row: 3, col: 1 });
    expect(view.sourceCell(2, 4)).toEqual({ row: 2, col: 4 });
    expect(sourceCellOf(grid, { row: 1, col: 3 })).toEqual({ row: 1, col: 3 });
  });

  it('keeps number formats of unsplit cells and drops merges across split rows', () => {
    expect(view.numberFormat(1, 4)).toBe('0.0');
    expect(view.numberFormat(1, 0)).toBeUndefined();
    expect(view.merges).toEqual([]);
    expect(view.mergeAt(2, 0)).toBeUndefined();
  });

  it('keeps merges on rows left whole', () => {
    const title = { top: 0, left: 0, bottom: 0, right: 2 };
    const titled = splitFlattenedRows(
      new ArrayGrid({
        sheet: 'S',
        values: [['某局2021年度报告', null, null], ['自然人 法人或其他组织 总计'], ['（七）总计 1 0 2']],
        merges: [title],
      }),
    );
    expect(titled?.value(2, 3)).toBe(2);
    expect(titled?.merges).toEqual([title]);
    expect(titled?.mergeAt(0, 1)).toEqual(title);
  });

  it('moves a finding and its related cells to real cells, each once', () => {
    const raw = { cell: { row: 1, col: 3 }, related: [1, 2, 4].map((col) => ({ row: 1, col })) };
    expect(toRealCells(view, raw)).toEqual({ cell: { row: 1, col: 0 }, related: [{ row: 1, col: 1 }] });
    expect(toRealCells(grid, raw)).toBe(raw);
    expect(realBounds(view, { top: 0, left: 0, bottom: 1, right: 4 })).toEqual({
      top: 0,
      left: 0,
      bottom: 1,
      right: 1,
    });
  });

  it('gives bounds over blank virtual cells only the real columns at their corners', () => {
    expect(realBounds(view, { top: 2, left: 2, bottom: 2, right: 4 })).toEqual({
      top: 2,
      left: 2,
      bottom: 2,
      right: 4,
    });
  });
});

// ---- The seed report pasted into Excel from a PDF --------------------------------------------

const text = (v: CellValue) => (v === null ? '' : String(v).trim());
const isNum = (v: CellValue) => typeof v === 'number';

/** Every row of several fields as one cell: labels and numbers single-spaced. */
function oneCell(rows: CellValue[][]): CellValue[][] {
  return rows.map((r) => {
    const fields = r.map(text).filter((f) => f !== '');
    return fields.length > 1 ? [fields.join(' ')] : r;
  });
}

/** Labels single-spaced in A, the numbers single-spaced in B (A left empty when there is no label). */
function labelAndNumbers(rows: CellValue[][]): CellValue[][] {
  return rows.map((r) => {
    const labels = r
      .filter((v) => !isNum(v))
      .map(text)
      .filter((f) => f !== '');
    const numbers = r.filter(isNum).map(text);
    if (numbers.length === 0) return labels.length > 1 ? [labels.join(' ')] : r;
    return [labels.join(' ') || null, numbers.length === 1 ? Number(numbers[0]) : numbers.join(' ')];
  });
}

const check = (rows: CellValue[][]) => checkGrid(new ArrayGrid({ sheet: 'S', values: rows }));
const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.address}`);

describe('the published report pasted from a PDF', () => {
  const tsv = check(fixtureRows());

  it.each([
    ['label and numbers in one cell', oneCell],
    ['label in A, numbers in B', labelAndNumbers],
  ])('%s: the same findings and tables as the tab-separated text', (_name, flatten) => {
    const report = check(flatten(fixtureRows()));
    expect(report.errors).toBe(0);
    expect(summary(report.findings)).toEqual(summary(tsv.findings));
    expect(report.findings.map((f) => f.ruleId)).toEqual(['narrative/itemized-sum']);
    expect(report.tables.map((t) => t.table)).toEqual(['proactive', 'applications', 'reviews']);
  });

  it('reads every number of the one-cell paste from the cell that holds it', () => {
    const rows = oneCell(fixtureRows());
    const view = splitFlattenedRows(new ArrayGrid({ sheet: 'S', values: rows }))!;
    const tables = locateTables(view);
    const at = (table: string, r: string, c: string) => {
      const t = tables.find((x) => x.table === table)!;
      const cell = t.cells.get(cellKey(r, c))!;
      return {
        address: toA1(view.sourceCell(cell.row, cell.col).row, view.sourceCell(cell.row, cell.col).col),
        value: view.value(cell.row, cell.col),
      };
    };
    expect(at('applications', 'new', 'total')).toEqual({ address: 'A43', value: 1 });
    expect(at('applications', 'unavailable.1', 'natural-person')).toEqual({ address: 'A55', value: 1 });
    expect(at('proactive', 'normative-documents', 'issued')).toEqual({ address: 'A26', value: 1 });
    expect(at('reviews', 'litigation-after-review', 'total')).toEqual({ address: 'A74', value: 0 });
    expect(tables.every((t) => t.missingRows.length === 0 && t.missingColumns.length === 0)).toBe(true);
  });
});

it.each([
  ['one cell: 行政复议 and the 15 numbers all in column A', oneCell, 14],
  ['numbers in B: the table spans from 行政复议 in A to the last number', labelAndNumbers, 15],
])('table 四 %s', (_name, flatten, right) => {
  // Bounds are in the split view's columns: the 15 numbers take one column each from where they start.
  const view = splitFlattenedRows(new ArrayGrid({ sheet: 'S', values: flatten(fixtureRows()) }))!;
  const reviews = locateTables(view).find((t) => t.table === 'reviews');
  expect(reviews?.bounds).toEqual({ top: 70, left: 0, bottom: 73, right });
});

/** The fixture's line that starts (after tabs) with `prefix`, 0-based. */
const lineOf = (rows: CellValue[][], prefix: string) =>
  rows.findIndex((r) => r.some((v) => typeof v === 'string' && v.trim().startsWith(prefix)));

describe('errors in a flattened table 三', () => {
  /** The fixture with the 本机关不掌握 row's total off by 2 (1 → 3). */
  function offByTwo(): CellValue[][] {
    const rows = fixtureRows();
    const r = lineOf(rows, '1. 本机关不掌握');
    rows[r][rows[r].length - 1] = 3;
    return rows;
  }
  const key = (f: Finding) =>
    [f.ruleId, f.row, f.column, f.expected, f.actual, f.rowLabel?.zh, f.columnLabel?.zh].join('|');

  it.each([
    ['one cell', oneCell],
    ['label in A, numbers in B', labelAndNumbers],
  ])('%s: the same errors as the tab-separated table, at the real cells', (_name, flatten) => {
    const tsvReport = check(offByTwo());
    const report = check(flatten(offByTwo()));
    expect(report.findings.map(key)).toEqual(tsvReport.findings.map(key));
    expect(report.errors).toBeGreaterThan(0);
    const row = lineOf(offByTwo(), '1. 本机关不掌握') + 1;
    const numbersCol = flatten === oneCell ? 'A' : 'B';
    const rowTotal = report.findings.find((f) => f.ruleId === 'applications/row-total')!;
    expect(rowTotal.address).toBe(`${numbersCol}${row}`);
    expect(rowTotal.rowLabel?.zh).toContain('本机关不掌握');
    expect(rowTotal.columnLabel?.zh).toBe('总计');
    expect([rowTotal.expected, rowTotal.actual]).toEqual([1, 3]);
    // Every address is a real cell holding text of the row (never an empty virtual cell).
    const rows = flatten(offByTwo());
    for (const f of report.findings.filter((x) => x.table !== null)) {
      for (const address of [f.address, ...f.related]) {
        const r = Number(address.slice(1)) - 1;
        const c = address.charCodeAt(0) - 65;
        expect(rows[r][c]).not.toBeNull();
      }
      expect(f.related).not.toContain(f.address);
    }
  });
});

/** The one-cell paste with the line starting `prefix` replaced by `text` (label and numbers, one cell). */
function withLine(prefix: string, text: string): { rows: CellValue[][]; line: number } {
  const rows = oneCell(fixtureRows());
  const line = lineOf(rows, prefix);
  rows[line] = [text];
  return { rows, line };
}

/** The paste with label in A, numbers in B, and the line starting `prefix` holding `numbers` in B. */
function withNumbers(prefix: string, numbers: string): { rows: CellValue[][]; line: number } {
  const rows = labelAndNumbers(fixtureRows());
  const line = lineOf(rows, prefix);
  rows[line] = [rows[line][0], numbers];
  return { rows, line };
}

const zeros = (n: number) => Array<string>(n).fill('0').join(' ');
const APPLICATION_COLUMNS = '自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计';

describe('a flattened row whose count of numbers fits no reading: an unaligned-row error where it is', () => {
  it.each<{
    name: string;
    sheet: () => { rows: CellValue[][]; line: number };
    column: string;
    related: string[];
    messageId: string;
    row: string | null;
    expected: number;
    actual: number;
    zh: string;
    en: string;
  }>([
    {
      name: 'table 三, （一）予以公开 with 6 numbers, one cell',
      sheet: () => withLine('三、本年度办理结果', `三、本年度办理结果 (一) 予以公开 ${zeros(6)}`),
      column: 'A',
      related: [],
      messageId: 'unaligned',
      row: 'granted',
      expected: 7,
      actual: 6,
      zh: `“（一）予以公开”这一行有 6 个数字，表三应有 7 列（${APPLICATION_COLUMNS}）：无法确定各数字属于哪一列，请按表格分列填写`,
      en: 'The row “（一）予以公开” (Granted) has 6 numbers, but table 三 has 7 columns (',
    },
    {
      name: 'table 三, 二、上年结转 with 8 numbers, label in A and numbers in B',
      sheet: () => withNumbers('二、上年结转', zeros(8)),
      column: 'B',
      related: ['A'],
      messageId: 'unaligned',
      row: 'carried-in',
      expected: 7,
      actual: 8,
      zh: `“二、上年结转政府信息公开申请数量”这一行有 8 个数字，表三应有 7 列（${APPLICATION_COLUMNS}）`,
      en: 'has 8 numbers, but table 三 has 7 columns',
    },
    {
      name: 'table 二, 行政规范性文件 with 2 numbers, one cell',
      sheet: () => withLine('行政规范性文件', '行政规范性文件 1 1'),
      column: 'A',
      related: [],
      messageId: 'unaligned',
      row: 'normative-documents',
      expected: 3,
      actual: 2,
      zh: '“行政规范性文件”这一行有 2 个数字，表二应有 3 列（本年制发件数、本年废止件数、现行有效件数）：无法确定各数字属于哪一列',
      en: 'The row “行政规范性文件”',
    },
    {
      name: 'table 四, 14 numbers in one cell',
      sheet: () => withLine(zeros(15), zeros(14)),
      column: 'A',
      related: [],
      messageId: 'unalignedValues',
      row: null,
      expected: 15,
      actual: 14,
      zh: '表四的数字行有 14 个数字，应有 15 个（行政复议、未经复议直接起诉、复议后起诉各 5 列：结果维持、结果纠正、其他结果、尚未审结、总计）',
      en: 'The row of numbers of table 四 has 14 numbers, but should have 15',
    },
  ])('$name', ({ sheet, column, related, messageId, row, expected, actual, zh, en }) => {
    const { rows, line } = sheet();
    expect(line).toBeGreaterThan(0);
    const report = check(rows);
    const found = report.findings.filter((f) => f.table !== null);
    expect(found.map((f) => `${f.ruleId} ${f.messageId} ${f.address}`)).toEqual([
      `structure/missing-row ${messageId} ${column}${line + 1}`,
    ]);
    const [f] = found;
    expect({ row: f.row, expected: f.expected, actual: f.actual, severity: f.severity }).toEqual({
      row,
      expected,
      actual,
      severity: 'error',
    });
    expect(f.related).toEqual(related.map((c) => `${c}${line + 1}`));
    expect(f.message).toContain(zh);
    expect(f.message).not.toContain('未找到');
    expect(report.missingTables).toEqual([]);
    const english = checkGrid(new ArrayGrid({ sheet: 'S', values: rows }), { locale: 'en' });
    const g = english.findings.find((x) => x.messageId === messageId);
    expect(g?.message).toContain(en);
    expect(g?.message).not.toMatch(/[{}]|undefined/);
  });

  it('a row whose label is absent is still reported as missing, not as unaligned', () => {
    const rows = oneCell(fixtureRows());
    const line = lineOf(rows, '二、上年结转');
    rows.splice(line, 1);
    const found = check(rows).findings.filter((f) => f.table !== null);
    expect(found.map((f) => `${f.ruleId} ${f.messageId} ${f.row}`)).toEqual([
      'structure/missing-row missing carried-in',
    ]);
  });

  it('table 三: a row of as many numbers as the header shows is read in the header order', () => {
    const grid = new ArrayGrid({
      sheet: 'S',
      values: [
        ['自然人 商业企业 科研机构 总计'],
        ...[
          '一、本年新收政府信息公开申请数量',
          '二、上年结转政府信息公开申请数量',
          '三、本年度办理结果 （一）予以公开',
          '（二）部分公开',
        ].map((label) => [`${label} 1 2 3 6`]),
      ],
    });
    const view = splitFlattenedRows(grid)!;
    const [t] = locateTables(view);
    expect(t.missingColumns.map((c) => c.columnId)).toEqual(['nonprofit', 'legal-services', 'other-org']);
    expect(
      view.value(t.cells.get(cellKey('new', 'total'))!.row, t.cells.get(cellKey('new', 'total'))!.col),
    ).toBe(6);
  });
});

describe('well-formed tables are read as before', () => {
  it('a value cell holding `1 2` is still a text number', () => {
    const s = reportSheet();
    s.set('applications', 'new', 'natural-person', '1 2');
    const report = checkGrid(s.grid());
    const f = report.findings.find((x) => x.ruleId === 'cell/text-number');
    expect(f?.actual).toBe('1 2');
  });
});

describe('the published report as `pdftotext -layout` text (the .txt reader, no CLI)', () => {
  it('reads as the tab-separated text: 0 errors, the narrative warning, 3 tables', () => {
    const tsv = readFileSync(FIXTURE, 'utf8');
    const report = checkGrid(textGrid('S', layoutText(tsv), 'tsv'));
    expect(summary(report.findings)).toEqual(summary(checkGrid(textGrid('S', tsv, 'tsv')).findings));
    expect(report.tables.map((t) => `${t.table} ${t.range}`)).toEqual([
      'proactive A23:A36',
      'applications A40:A67',
      'reviews A71:A74',
    ]);
  });
});
