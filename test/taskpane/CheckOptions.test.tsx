/** @jest-environment ./test/support/dom-environment.js */
import { act, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ArrayGrid } from '../../src/grid';
import { App } from '../../src/taskpane/App';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService } from './fake-service';
import { findVerdict } from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

/** This year (carried in 3,1,0,2,0,1) and last year (carried forward 1 in every column). */
const workbook = () => {
  const sheet = (name: string) => {
    const s = reportSheet({ title: '某某局政府信息公开工作年度报告' });
    return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
  };
  return [sheet('本年'), sheet('上年')];
};

async function openOptions() {
  await user.click(screen.getByText('校验选项'));
  const details = screen.getByText('校验选项').closest('details') as HTMLDetailsElement;
  details.open = true;
  await act(async () => {
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('校验选项', () => {
  test('last year chosen from the sheet list: the check compares with it', async () => {
    const service = new FakeWorkbookService(workbook());
    render(<App service={service} locale="zh-CN" />);
    await openOptions();
    const select = screen.getByRole('combobox', { name: '上年报告' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '按标题自动配对',
      '不与上年比较',
      '本年',
      '上年',
    ]);
    await user.selectOptions(select, '上年');
    await user.type(screen.getByRole('textbox', { name: '报告年度' }), '2022');
    await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await findVerdict();
    expect(service.requests).toEqual([{ previous: { sheet: '上年' }, year: 2022 }]);
    await screen.findByText(/与上年结转不符/);
  });

  test('an invalid year is flagged and not sent', async () => {
    const service = new FakeWorkbookService(workbook());
    render(<App service={service} locale="zh-CN" />);
    await openOptions();
    await user.type(screen.getByRole('textbox', { name: '报告年度' }), '21');
    expect(screen.getByRole('alert').textContent).toContain('2000 至 2099');
    await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await findVerdict();
    expect(service.requests).toEqual([{}]);
  });

  test('“不与上年比较” runs no cross-year rule', async () => {
    const service = new FakeWorkbookService(workbook());
    render(<App service={service} locale="zh-CN" />);
    await openOptions();
    await user.selectOptions(screen.getByRole('combobox', { name: '上年报告' }), '不与上年比较');
    await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await findVerdict();
    expect(service.requests).toEqual([{ previous: 'none' }]);
  });
});
