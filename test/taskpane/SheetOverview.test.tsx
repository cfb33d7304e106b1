/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ArrayGrid } from '../../src/grid';
import { App } from '../../src/taskpane/App';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService } from './fake-service';

beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
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
    fireEvent.click(screen.getByRole('button', { name: '校验整个工作簿' }));
    const table = await screen.findByTestId('sheet-overview');
    const rows = within(table).getAllByRole('row').slice(1);
    const text = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(text[0].slice(0, 4)).toEqual(['财政局', '某市财政局', '2021', '2021 年版']);
    expect(Number(text[0][4])).toBeGreaterThan(0);
    expect(text[1]).toEqual(['教育局', '某市教育局', '2021', '2021 年版', '0', '0']);
    expect(text[2]).toEqual(['说明', '—', '—', '无表格', '0', '0']);

    fireEvent.click(within(rows[0]).getByRole('button', { name: '财政局' }));
    await screen.findByTestId('verdict');
    expect(service.selections[0]?.sheet).toBe('财政局');
    expect(within(rows[1]).queryByRole('button')).toBeNull();
  });

  test('a single-sheet check shows no overview', async () => {
    render(<App service={new FakeWorkbookService(grids())} locale="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await screen.findByTestId('verdict');
    expect(screen.queryByTestId('sheet-overview')).toBeNull();
  });
});
