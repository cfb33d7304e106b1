/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import type { Locale } from '../../src/report/types';
import { BatchTable } from '../../src/web/components/BatchTable';
import type { CheckedFile } from '../../src/web/types';
import { checkedFile, indicators } from './batch-files';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const files = (): CheckedFile[] => [
  checkedFile({
    name: '市财政局2024.docx',
    path: '科室/市财政局2024.docx',
    body: '某某市财政局',
    year: 2024,
    warnings: 1,
    previous: '市财政局2023.docx',
    figures: indicators([968, 1000], [1, 3]),
  }),
  checkedFile({ name: '教育局.xlsx', body: '市教育局', year: 2024, editions: ['2019'], errors: 3 }),
  checkedFile({
    name: '坏文件.pdf',
    status: 'unreadable',
    error: 'PDF 中没有文字（可能是扫描件），无法读取。',
  }),
  checkedFile({ name: '文旅局.docx', body: '市文旅局', year: 2024, figures: indicators([1, 2], null) }),
];
const expected = ['市财政局', '市教育局', '市民政局', '市司法局'];

/** The table with its selection kept in state, as the page keeps it. */
function Harness(props: {
  files: CheckedFile[];
  expected?: string[];
  locale?: Locale;
  onOpen?(f: CheckedFile): void;
}) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  return (
    <>
      <BatchTable
        files={props.files}
        expected={props.expected ?? expected}
        locale={props.locale ?? 'zh-CN'}
        selectedIds={selected}
        onSelectionChange={setSelected}
        onOpen={props.onOpen ?? (() => {})}
        activeId={props.files[1].id}
      />
      <output aria-label="selected">{[...selected].sort((a, b) => a - b).join(',')}</output>
    </>
  );
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
/** A row's cells after the tick box, as the user reads them. */
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(1)
    .map((c) => c.textContent);
/** Each body row as its file name, or 缺:<body> for a body on the list that sent nothing. */
const shown = () =>
  bodyRows().map((r) => {
    const [file, body] = cellTexts(r);
    return file === '—' ? `缺:${body}` : file;
  });

describe('BatchTable', () => {
  test('rows keep the page contract: data-file / data-missing and data-status', () => {
    const list = files();
    render(<Harness files={list} />);
    const rows = bodyRows();
    expect(
      rows.map((r) => [r.getAttribute('data-file'), r.getAttribute('data-missing'), r.dataset.status]),
    ).toEqual([
      ['市财政局2024.docx', null, 'valid'],
      ['教育局.xlsx', null, 'invalid'],
      ['坏文件.pdf', null, 'unreadable'],
      ['文旅局.docx', null, 'valid'],
      [null, '市民政局', 'missing'],
      [null, '市司法局', 'missing'],
    ]);
    expect(rows[0].tagName).toBe('TR');
  });

  test('cells: file, body, year, edition, status, counts, last year, 公开率 and 纠错率', () => {
    render(<Harness files={files()} />);
    const rows = bodyRows();
    expect(cellTexts(rows[0])).toEqual([
      '市财政局2024.docx',
      '某某市财政局',
      '2024',
      '2021 年版',
      '通过',
      '0',
      '1',
      '市财政局2023.docx',
      '96.8%',
      '33.3%',
    ]);
    expect(cellTexts(rows[1]).slice(3, 6)).toEqual(['2019 年版', '未通过', '3']);
    expect(cellTexts(rows[2])).toEqual([
      '坏文件.pdf',
      '—名单外',
      '—',
      '—',
      '无法读取',
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
    expect(within(rows[2]).getByText('无法读取').title).toBe('PDF 中没有文字（可能是扫描件），无法读取。');
    expect(cellTexts(rows[3])[1]).toBe('市文旅局名单外');
    expect(cellTexts(rows[3]).slice(8)).toEqual(['50.0%', '—']);
    expect(cellTexts(rows[4])).toEqual(['—', '市民政局', '—', '—', '缺报', '—', '—', '—', '—', '—']);
    expect(within(rows[0]).getByText('市财政局2024.docx').title).toBe('科室/市财政局2024.docx');
    expect(within(rows[0]).getByText('96.8%').title).toBe('968/1000');
  });

  test('English words', () => {
    render(<Harness files={files()} locale="en" />);
    expect(cellTexts(bodyRows()[1]).slice(3, 5)).toEqual(['2019 edition', 'Failed']);
    expect(screen.getByRole('button', { name: 'Missing 2' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('the filter counts each status and shows only the rows of the one chosen', async () => {
    render(<Harness files={files()} />);
    const filters = within(screen.getByRole('group', { name: '按状态筛选' }));
    expect(filters.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '全部 6',
      '通过 2',
      '未通过 1',
      '无法读取 1',
      '缺报 2',
    ]);
    await user.click(filters.getByRole('button', { name: '缺报 2' }));
    expect(shown()).toEqual(['缺:市民政局', '缺:市司法局']);
    expect(filters.getByRole('button', { name: '缺报 2' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(filters.getByRole('button', { name: '未通过 1' }));
    expect(shown()).toEqual(['教育局.xlsx']);
    await user.click(filters.getByRole('button', { name: '全部 6' }));
    expect(shown()).toHaveLength(6);
  });

  test('without a list: no 缺报 rows, no 缺报 filter, nothing 名单外', () => {
    render(<Harness files={files()} expected={[]} />);
    expect(shown()).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /缺报/ })).toBeNull();
    expect(screen.queryByText('名单外')).toBeNull();
  });

  test('search by body or file name narrows the rows and the counts', async () => {
    render(<Harness files={files()} />);
    const search = screen.getByRole('searchbox', { name: '搜索单位或文件名' });
    await user.type(search, '财政');
    expect(shown()).toEqual(['市财政局2024.docx']);
    expect(screen.getByRole('button', { name: '全部 1' }).getAttribute('aria-pressed')).toBe('true');
    await user.clear(search);
    await user.type(search, 'XLSX');
    expect(shown()).toEqual(['教育局.xlsx']);
    await user.clear(search);
    await user.type(search, '公安');
    expect(bodyRows().map((r) => r.textContent)).toEqual(['没有符合条件的文件。']);
  });

  test('clicking a header sorts by it, again reverses; aria-sort follows', async () => {
    render(<Harness files={files()} />);
    const header = screen.getByRole('columnheader', { name: '错误' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(shown()).toEqual([
      '市财政局2024.docx',
      '文旅局.docx',
      '教育局.xlsx',
      '坏文件.pdf',
      '缺:市民政局',
      '缺:市司法局',
    ]);
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(shown()).toEqual([
      '教育局.xlsx',
      '市财政局2024.docx',
      '文旅局.docx',
      '坏文件.pdf',
      '缺:市民政局',
      '缺:市司法局',
    ]);

    const status = screen.getByRole('columnheader', { name: '状态' });
    await user.click(within(status).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(shown()).toEqual([
      '坏文件.pdf',
      '教育局.xlsx',
      '缺:市民政局',
      '缺:市司法局',
      '市财政局2024.docx',
      '文旅局.docx',
    ]);

    await user.click(within(screen.getByRole('columnheader', { name: '公开率' })).getByRole('button'));
    expect(shown().slice(0, 2)).toEqual(['文旅局.docx', '市财政局2024.docx']);
  });

  test('clicking a file row or pressing Enter on it opens it; 缺报 rows do nothing', async () => {
    const onOpen = jest.fn();
    const list = files();
    render(<Harness files={list} onOpen={onOpen} />);
    const rows = bodyRows();
    await user.click(within(rows[1]).getByText('市教育局'));
    expect(onOpen).toHaveBeenLastCalledWith(list[1]);
    expect(rows[2].tabIndex).toBe(0);
    rows[2].focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(list[2]);
    await user.keyboard('a');
    // A 缺报 row takes no focus, so after a click on it Enter has nothing to open.
    await user.click(rows[4]);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(rows[4].hasAttribute('tabindex')).toBe(false);
  });

  test('the active file row is marked', () => {
    render(<Harness files={files()} />);
    expect(bodyRows().map((r) => r.getAttribute('aria-current'))).toEqual([
      null,
      'true',
      null,
      null,
      null,
      null,
    ]);
  });

  test('ticking files selects them without opening them; select-all ticks the rows shown', async () => {
    const onOpen = jest.fn();
    const list = files();
    render(<Harness files={list} onOpen={onOpen} />);
    const selected = () => screen.getByRole('status', { name: 'selected' }).textContent;
    const tick = (name: string) => user.click(screen.getByRole('checkbox', { name: `选择“${name}”` }));

    await tick('教育局.xlsx');
    expect(selected()).toBe(`${list[1].id}`);
    await tick('坏文件.pdf');
    await tick('教育局.xlsx');
    expect(selected()).toBe(`${list[2].id}`);
    expect(onOpen).not.toHaveBeenCalled();
    // 缺报 rows have no checkbox.
    expect(within(bodyRows()[4]).queryByRole('checkbox')).toBeNull();

    const all = () => screen.getByRole('checkbox', { name: '选择显示的所有文件' }) as HTMLInputElement;
    await user.click(screen.getByRole('button', { name: '通过 2' }));
    await user.click(all());
    expect(selected()).toBe([list[0].id, list[2].id, list[3].id].join(','));
    expect(all().checked).toBe(true);
    await user.click(all());
    expect(selected()).toBe(`${list[2].id}`);
    await user.click(screen.getByRole('button', { name: '全部 6' }));
    expect(all().checked).toBe(false);
    expect(all().indeterminate).toBe(true);
  });
});
