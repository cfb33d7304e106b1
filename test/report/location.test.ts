import { ArrayGrid, type CellValue, type RowOrigin } from '../../src/grid';
import { describeLocation, locationOf, QUOTE_LENGTH } from '../../src/report/location';
import type { FindingLocation } from '../../src/report/types';

const paragraph = '市政务办主动公开信息33条，其中：机构领导1条，机构设置1条，政府信息公开指南2条';
const values: CellValue[][] = [[paragraph], ['自然人', 1, 2], ['title']];
const origins: (RowOrigin | undefined)[] = [
  { kind: 'paragraph', paragraph: 11 },
  { kind: 'table', table: 2, row: 7, page: 4 },
];

describe('locationOf', () => {
  const doc = new ArrayGrid({ sheet: 'report', values, origins });
  test.each<{ name: string; row: number; col: number; location: FindingLocation }>([
    {
      name: 'a paragraph: its number and the first words, cut on a character',
      row: 0,
      col: 0,
      location: {
        kind: 'paragraph',
        paragraph: 11,
        quote: `${[...paragraph].slice(0, QUOTE_LENGTH).join('')}…`,
        page: null,
      },
    },
    {
      name: 'a table cell: table, row, column from 1, and the page',
      row: 1,
      col: 2,
      location: { kind: 'table-cell', table: 2, row: 7, column: 3, page: 4 },
    },
    {
      name: 'a row without origin: the A1 cell',
      row: 2,
      col: 0,
      location: { kind: 'cell', sheet: 'report', address: 'A3' },
    },
  ])('$name', ({ row, col, location }) => {
    expect(locationOf(doc, { row, col })).toEqual(location);
  });

  test('a spreadsheet grid (no origins) keeps its A1 address, past column Z too', () => {
    const sheet = new ArrayGrid({ sheet: 'S', values: [[1]] });
    expect(locationOf(sheet, { row: 4, col: 27 })).toEqual({ kind: 'cell', sheet: 'S', address: 'AB5' });
  });

  test.each<{ name: string; col: number; location: FindingLocation }>([
    {
      name: 'a text field: the line and column where it starts',
      col: 1,
      location: { kind: 'text', line: 3, column: 4 },
    },
    {
      name: 'a field the row lacks: where the row ends',
      col: 5,
      location: { kind: 'text', line: 3, column: 9 },
    },
  ])('$name', ({ col, location }) => {
    // A row of a text file that starts on line 2 in a quoted field and goes on to line 3.
    const origin: RowOrigin = {
      kind: 'text',
      line: 2,
      fields: [
        { line: 2, column: 1 },
        { line: 3, column: 4 },
        { line: 3, column: 6 },
      ],
      end: { line: 3, column: 9 },
    };
    const text = new ArrayGrid({ sheet: 't', values: [['"a\nb"', 1, 234]], origins: [origin] });
    expect(locationOf(text, { row: 0, col })).toEqual(location);
  });

  test('a short paragraph is quoted whole, whitespace folded', () => {
    const g = new ArrayGrid({ sheet: 's', values: [['  发出收费通知\n0 件 ']], origins: [origins[0]] });
    expect(locationOf(g, { row: 0, col: 0 })).toMatchObject({ quote: '发出收费通知 0 件' });
  });

  test.each([
    ['a run of spaces folds to one', '收到  申请\t\t3 件', '收到 申请 3 件'],
    ['exactly the quote’s length: whole, no ellipsis', '字'.repeat(QUOTE_LENGTH), '字'.repeat(QUOTE_LENGTH)],
    [
      'one character more: cut, with an ellipsis',
      '字'.repeat(QUOTE_LENGTH + 1),
      `${'字'.repeat(QUOTE_LENGTH)}…`,
    ],
    ['an empty paragraph: an empty quote', null, ''],
  ])('%s', (_name, value, quote) => {
    const g = new ArrayGrid({ sheet: 's', values: [[value]], origins: [origins[0]] });
    expect(locationOf(g, { row: 0, col: 0 })).toMatchObject({ kind: 'paragraph', quote });
  });
});

describe('describeLocation', () => {
  const cell: FindingLocation = { kind: 'table-cell', table: 2, row: 7, column: 3, page: 4 };
  test.each<{
    location: FindingLocation;
    labels: Parameters<typeof describeLocation>[1];
    zh: string;
    en: string;
  }>([
    {
      location: cell,
      labels: { table: 'applications', row: '（一）予以公开', column: '自然人' },
      zh: '表三（（一）予以公开 × 自然人）：第 2 个表格第 7 行第 3 列，第 4 页',
      en: 'table 三 (（一）予以公开 × 自然人): table 2, row 7, column 3, page 4',
    },
    {
      location: { ...cell, page: null },
      labels: { table: 'reviews' },
      zh: '表四：第 2 个表格第 7 行第 3 列',
      en: 'table 四: table 2, row 7, column 3',
    },
    {
      location: { ...cell, page: null },
      labels: { table: null },
      zh: '第 2 个表格第 7 行第 3 列',
      en: 'table 2, row 7, column 3',
    },
    {
      location: { kind: 'paragraph', paragraph: 3, quote: '收到1条', page: 1 },
      labels: { table: null },
      zh: '第 3 段“收到1条”，第 1 页',
      en: 'paragraph 3 "收到1条", page 1',
    },
    {
      location: { kind: 'text', line: 40, column: 15 },
      labels: { table: 'applications', row: '（一）予以公开', column: '自然人' },
      zh: '表三（（一）予以公开 × 自然人）：第 40 行，第 15 列',
      en: 'table 三 (（一）予以公开 × 自然人): line 40, column 15',
    },
    {
      location: { kind: 'text', line: 11, column: 1 },
      labels: { table: null },
      zh: '第 11 行，第 1 列',
      en: 'line 11, column 1',
    },
    {
      location: { kind: 'cell', sheet: '表三', address: 'C9' },
      labels: { table: 'applications' },
      zh: '表三!C9',
      en: '表三!C9',
    },
  ])('$zh', ({ location, labels, zh, en }) => {
    expect(describeLocation(location, labels, 'zh-CN')).toBe(zh);
    expect(describeLocation(location, labels, 'en')).toBe(en);
  });
});
