/** @jest-environment ./test/support/dom-environment.js */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { MARK_STYLES } from '../../src/office/marks';
import { REVIEWS_KEY } from '../../src/office/reviews';
import type { Finding } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import type { ExcelHost } from '../support/excel-host';
import { FLAVOUR, reportModel, setup } from './helpers';
import { dialogClosed, findingRows, verdict } from '../taskpane/queries';

/**
 * 确认… in the task pane over the real ExcelWorkbookService and runtime: the reason lands in the
 * workbook's settings, the next check leaves the cell unpainted and still lists the finding under
 * 已确认, and 撤销确认 removes it so that the check after paints the cell again.
 */

configure({ asyncUtilTimeout: 3000 });

const SHEET = '年报';
const REASON = '清理后调整，已在报告中说明';
const cardAt = (address: string) =>
  findingRows()
    .find((r) => r.textContent?.includes(address))
    ?.closest('li') as HTMLElement;
const isPainted = (host: ExcelHost, address: string) =>
  Object.values(MARK_STYLES).some((s) => s.fill === host.cell(SHEET, address).fill);

describe(`accepting a finding in the pane (${FLAVOUR})`, () => {
  test('stored in the workbook, left unpainted by the next check, and undone', async () => {
    const model = reportModel(SHEET, { unitTexts: 2, breakTotal: true });
    const report = checkGrid(new ArrayGrid({ sheet: SHEET, values: model.rows }));
    // A warning whose cell no other finding marks.
    const warning = report.findings.find(
      (f) =>
        f.severity === 'warning' &&
        report.findings.filter((o) =>
          [o.address, ...(o.parts ?? []).map((p) => p.address)].includes(f.address),
        ).length === 1,
    ) as Finding;
    expect(warning).toBeDefined();
    const user = userEvent.setup();
    const { host, service } = setup([model]);
    const checks = jest.spyOn(service, 'check');
    render(<App service={service} locale="zh-CN" templateYear={2023} />);
    const checkSheet = async () => {
      const before = checks.mock.calls.length;
      await user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: '校验当前工作表' }));
      await waitFor(() => expect(checks.mock.calls).toHaveLength(before + 1));
      await act(async () => {
        await checks.mock.results[before].value;
      });
      await waitFor(() => expect(findingRows().length).toBeGreaterThan(0));
    };

    await checkSheet();
    expect(isPainted(host, warning.address)).toBe(true);

    await user.click(within(cardAt(warning.address)).getByRole('button', { name: '确认…' }));
    const dialog = await screen.findByRole('dialog', { name: '确认此问题' });
    await user.type(within(dialog).getByRole('textbox', { name: /确认理由/ }), REASON);
    await user.click(within(dialog).getByRole('button', { name: '保存确认' }));
    await dialogClosed();
    const stored = JSON.parse(host.setting(REVIEWS_KEY) as string) as unknown;
    expect(stored).toEqual([expect.objectContaining({ fingerprint: warning.fingerprint, reason: REASON })]);
    expect(verdict().textContent).toContain(`${report.warnings - 1} 个警告`);

    // The next check reads it back: not painted, listed under 已确认 with its reason.
    await checkSheet();
    expect(isPainted(host, warning.address)).toBe(false);
    expect(verdict().textContent).toContain('1 个已确认');
    await user.click(screen.getByRole('button', { name: '已确认（1）' }));
    const card = cardAt(warning.address);
    expect(card.textContent).toContain(`确认理由：${REASON}`);

    await user.click(within(card).getByRole('button', { name: '撤销确认' }));
    await waitFor(() => expect(host.setting(REVIEWS_KEY)).toBeUndefined());
    await checkSheet();
    expect(isPainted(host, warning.address)).toBe(true);
    expect(screen.queryByRole('button', { name: /已确认/ })).toBeNull();
  });
});
