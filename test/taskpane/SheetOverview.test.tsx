/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ArrayGrid } from '../../src/grid';
import { App } from '../../src/taskpane/App';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService } from './fake-service';
import { findVerdict } from './queries';

/** The overview table, named by its caption. */
const OVERVIEW = '各工作表概况';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const sheet = (name: string, title: string, edit?: (s: ReturnType<typeof reportSheet>) => void) => {
  const s = reportSheet({ title });
  edit?.(s);
  return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
};

describe('whole-workbook overview', () => {
  const grids = () => [
    sheet('财政局', '某市财政局2021年政府信息公开工作年度报告', (s) =>
      s.set('applications', 'granted', 'research', 99),
    ),
    sheet('教育局', '某市教育局2021年政府信息公开工作年度报告'),
    new ArrayGrid({ sheet: '说明', values: [['填报说明']] }),
  ];

  test('one row per sheet with body, year, edition and counts; a sheet with findings links to them', async () => {
    const service = new FakeWorkbookService(grids());
    render(<App service={service} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '校验整个工作簿' }));
    const table = await screen.findByRole('table', { name: OVERVIEW });
    const rows = within(table).getAllByRole('row').slice(1);
    // Each row: the sheet (its row header), then its cells.
    const text = rows.map((r) =>
      [...within(r).getAllByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent),
    );
    expect(text[0].slice(0, 4)).toEqual(['财政局', '某市财政局', '2021', '2021 年版']);
    expect(Number(text[0][4])).toBeGreaterThan(0);
    expect(text[1]).toEqual(['教育局', '某市教育局', '2021', '2021 年版', '0', '0']);
    expect(text[2]).toEqual(['说明', '—', '—', '无表格', '0', '0']);

    await user.click(within(rows[0]).getByRole('button', { name: '财政局' }));
    await findVerdict();
    expect(service.selections[0]?.sheet).toBe('财政局');
    expect(within(rows[1]).queryByRole('button')).toBeNull();
  });

  test('a single-sheet check shows no overview', async () => {
    render(<App service={new FakeWorkbookService(grids())} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await findVerdict();
    expect(screen.queryByRole('table', { name: OVERVIEW })).toBeNull();
  });
});
