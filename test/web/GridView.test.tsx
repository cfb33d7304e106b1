/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import { handFinding } from '../support/finding';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { CellValue } from '../../src/grid/types';
import { MARK_STYLES, SUSPECT_RULE } from '../../src/report/marks';
import type { Finding, FindingPart, Locale, Severity } from '../../src/report/types';
import { GridView, type GridViewProps } from '../../src/web/components/GridView';
import type { GridData } from '../../src/web/types';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const SHEET = '某某局2024年报';

const finding = (
  ruleId: string,
  severity: Severity,
  address: string,
  message: string,
  extra: Partial<Finding> = {},
) => handFinding(SHEET, ruleId, severity, address, message, extra);

const part = (address: string, message: string): FindingPart => ({
  address,
  location: { kind: 'cell', sheet: SHEET, address },
  row: null,
  column: null,
  expected: 0,
  actual: null,
  message,
});

/** 表三's header: 项目 merged over two rows, 申请人 over two columns, then one data row. */
const table = (): GridData => ({
  sheet: SHEET,
  values: [
    ['项目', '申请人', null, '总计'],
    [null, '自然人', '法人', null],
    ['（一）予以公开', 3, 4, 7],
    ['（二）部分公开', 1, null, 2],
  ],
  merges: [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 2 },
    { top: 0, left: 3, bottom: 1, right: 3 },
  ],
});

function show(props: Partial<GridViewProps> = {}) {
  const all: GridViewProps = {
    grids: [table()],
    findings: [],
    selected: null,
    locale: 'zh-CN' as Locale,
    ...props,
  };
  const view = render(<GridView {...all} />);
  return {
    ...view,
    rerenderWith: (more: Partial<GridViewProps>) => view.rerender(<GridView {...all} {...more} />),
  };
}

const cell = (address: string, sheet = SHEET): HTMLTableCellElement | null =>
  document.querySelector<HTMLTableCellElement>(`td[data-sheet="${sheet}"][data-address="${address}"]`);
const mustCell = (address: string, sheet = SHEET): HTMLTableCellElement => {
  const found = cell(address, sheet);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
};

describe('the table', () => {
  test('a merged header is drawn with its spans and without the cells it covers', () => {
    show();
    const grid = screen.getByRole('table', { name: SHEET });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['A', 'B', 'C', 'D']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1', '2', '3', '4']);
    expect(mustCell('A1').rowSpan).toBe(2);
    expect(mustCell('A1').colSpan).toBe(1);
    expect(mustCell('B1').colSpan).toBe(2);
    expect(mustCell('B1').rowSpan).toBe(1);
    expect(mustCell('D1').rowSpan).toBe(2);
    for (const covered of ['C1', 'A2', 'D2']) expect(cell(covered)).toBeNull();
    expect(cell('B2')?.textContent).toBe('自然人');
    // Every row ends at the same column: 4 cells drawn on row 1, 2 on row 2, 4 on rows 3 and 4.
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').length)).toEqual([3, 2, 4, 4]);
  });

  test('numbers are right-aligned, text is not', () => {
    show();
    expect(getComputedStyle(mustCell('B3')).textAlign).toBe('right');
    expect(getComputedStyle(mustCell('A3')).textAlign).not.toBe('right');
  });

  test('several sheets get a heading each; every cell names its sheet', () => {
    const other: GridData = { sheet: '第二页', values: [['x']], merges: [] };
    show({ grids: [table(), other] });
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([SHEET, '第二页']);
    expect(
      within(screen.getByRole('table', { name: '第二页' }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('x');
    expect(cell('A1', '第二页')?.textContent).toBe('x');
  });

  test('one sheet: no heading, the caption names it', () => {
    show();
    expect(screen.queryByRole('heading')).toBeNull();
    // The table's accessible name comes from its caption (there is no heading to name it).
    expect(screen.getByRole('table', { name: SHEET }).tagName).toBe('TABLE');
    expect(screen.getByText(SHEET).tagName).toBe('CAPTION');
  });

  test('a click on a cell of a merged area reports its top-left address', async () => {
    const onCellClick = jest.fn();
    show({ onCellClick });
    await user.click(mustCell('B1'));
    await user.click(mustCell('C4'));
    expect(onCellClick.mock.calls).toEqual([
      [SHEET, 'B1'],
      [SHEET, 'C4'],
    ]);
  });
});

describe('marks', () => {
  test('each marked cell carries planMarks’ strongest kind, its colours and its messages', () => {
    show({
      grids: [table()],
      findings: [
        finding('applications/row-total', 'error', 'D3', 'D3 总计应为 7'),
        // The same cell is the likely mistyped one: suspect wins over the error.
        finding(SUSPECT_RULE, 'error', 'D3', 'D3 可能录入有误'),
        finding('cell/format', 'warning', 'B4', 'B4 格式不对'),
        finding('applications/row-total', 'error', 'B4', 'B4 应为 2'),
      ],
    });
    const d3 = mustCell('D3');
    expect(d3.getAttribute('data-mark')).toBe('suspect');
    expect(d3.title).toBe('D3 总计应为 7\nD3 可能录入有误');
    expect(d3.style.backgroundColor).toBe('rgb(192, 0, 0)'); // MARK_STYLES.suspect.fill #C00000
    expect(MARK_STYLES.suspect.fill).toBe('#C00000');
    const b4 = mustCell('B4');
    expect(b4.getAttribute('data-mark')).toBe('error');
    expect(b4.title).toContain('B4 格式不对');
    expect(b4.title).toContain('B4 应为 2');
    expect(b4.style.backgroundColor).toBe('rgb(255, 199, 206)'); // #FFC7CE
    expect(mustCell('A3').getAttribute('data-mark')).toBeNull();
    expect(mustCell('A3').title).toBe('');
  });

  test('a grouped finding paints every one of its parts with its own message', () => {
    show({
      findings: [
        finding('cell/blank', 'warning', 'C4', '表三 2 格为空，应填 0', {
          related: ['C2'],
          parts: [part('C4', 'C4 为空，应填 0'), part('C2', 'C2 为空，应填 0')],
        }),
      ],
    });
    expect(mustCell('C4').getAttribute('data-mark')).toBe('warning');
    expect(mustCell('C4').title).toBe('C4 为空，应填 0');
    expect(mustCell('C2').getAttribute('data-mark')).toBe('warning');
    expect(mustCell('C2').title).toBe('C2 为空，应填 0');
  });

  test('a mark on a cell covered by a merged area shows on the merged cell', () => {
    show({ findings: [finding('cell/format', 'warning', 'C1', 'C1 不应有内容')] });
    expect(mustCell('B1').getAttribute('data-mark')).toBe('warning');
    expect(mustCell('B1').title).toBe('C1 不应有内容');
  });

  test('marks of another sheet and the unpainted no-table anchor are not drawn', () => {
    show({
      findings: [
        { ...finding('cell/format', 'error', 'A3', '别的表'), sheet: '别的表' },
        finding('structure/no-table', 'error', 'A1', '没有找到表格'),
      ],
    });
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(0);
  });
});

describe('the selected cell', () => {
  let scroll: jest.Mock;
  beforeEach(() => {
    scroll = jest.fn();
    Element.prototype.scrollIntoView = scroll;
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  test('is outlined and scrolled into view each time the selection changes', () => {
    const { rerenderWith } = show({ selected: { sheet: SHEET, address: 'B3' } });
    expect(mustCell('B3').getAttribute('data-selected')).toBe('true');
    expect(mustCell('B3').getAttribute('aria-current')).toBe('true');
    expect(document.querySelectorAll('[data-selected]')).toHaveLength(1);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(mustCell('B3'));
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });

    rerenderWith({ selected: { sheet: SHEET, address: 'C4' } });
    expect(mustCell('B3').getAttribute('data-selected')).toBeNull();
    expect(mustCell('C4').getAttribute('data-selected')).toBe('true');
    expect(scroll).toHaveBeenCalledTimes(2);
    expect(scroll.mock.contexts[1]).toBe(mustCell('C4'));
  });

  test('a cell inside a merged area selects the merged cell', () => {
    show({ selected: { sheet: SHEET, address: 'A2' } });
    expect(mustCell('A1').getAttribute('data-selected')).toBe('true');
    expect(scroll.mock.contexts[0]).toBe(mustCell('A1'));
  });

  test('a cell of another sheet selects nothing here', () => {
    show({ selected: { sheet: '别的表', address: 'B3' } });
    expect(document.querySelectorAll('[data-selected]')).toHaveLength(0);
    expect(scroll).not.toHaveBeenCalled();
  });

  test('without scrollIntoView (jsdom) nothing breaks', () => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    show({ selected: { sheet: SHEET, address: 'B3' } });
    expect(mustCell('B3').getAttribute('data-selected')).toBe('true');
  });
});

describe('big grids', () => {
  /** A Word document: one column of paragraphs. */
  const doc = (n: number): GridData => ({
    sheet: SHEET,
    values: Array.from({ length: n }, (_, i): CellValue[] => [`第 ${i + 1} 段`]),
    merges: [],
    origins: Array.from({ length: n }, (_, i) => ({ kind: 'paragraph' as const, paragraph: i + 1 })),
  });

  test.each<[Locale, RegExp]>([
    ['zh-CN', /^另有 997 行未显示/],
    ['en', /^997 more rows are not shown/],
  ])('past 3000 rows only the first and the marked ones are drawn (%s)', (locale, line) => {
    show({
      grids: [doc(4000)],
      findings: [finding('narrative/itemized-sum', 'warning', 'A3500', '第 3500 段的数字对不上')],
      locale,
    });
    screen.getByText(line);
    expect(cell('A3000')).not.toBeNull();
    expect(cell('A3001')).toBeNull();
    for (const a of ['A3499', 'A3500', 'A3501']) expect(cell(a)).not.toBeNull();
    expect(mustCell('A3500').getAttribute('data-mark')).toBe('warning');
    expect(document.querySelectorAll('td[data-address]')).toHaveLength(3003);
    expect([...document.querySelectorAll('tr[data-gap]')].map((r) => r.getAttribute('data-gap'))).toEqual([
      '3001-3498',
      '3502-4000',
    ]);
  });

  test('trailing empty rows are not drawn, and row headers say where a row came from', () => {
    const data = doc(3);
    data.values.push([null], [''], [null]);
    show({ grids: [data] });
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1', '2', '3']);
    expect(screen.getAllByRole('rowheader')[1].title).toBe('原文第 2 段');
    expect(screen.queryByText(/未显示/)).toBeNull();
  });

  test.each<[Locale, string]>([
    ['zh-CN', '原文第 3 行'],
    ['en', 'Line 3 of the file'],
  ])('a text file row says its line, not its row number (%s)', (locale, title) => {
    // The first row's quoted field spans lines 1-2, so row 2 is line 3.
    const text: GridData = {
      sheet: SHEET,
      values: [['市政务办\n2021年报'], ['表三']],
      merges: [],
      origins: [
        { kind: 'text', line: 1, fields: [{ line: 1, column: 1 }], end: { line: 2, column: 8 } },
        { kind: 'text', line: 3, fields: [{ line: 3, column: 1 }], end: { line: 3, column: 3 } },
      ],
    };
    show({ grids: [text], locale });
    expect(screen.getAllByRole('rowheader')[1].title).toBe(title);
  });
});
