/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { Finding, FindingPart, Locale } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import { FakeWorkbookService, sheetWithErrors } from './fake-service';
import { findVerdict, findingRows } from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const SHEET = '年报';

/** One cell of a grouped blank-cell finding, built by hand (the engine's grouping may change). */
function part(address: string, rowZh: string | null, message: string): FindingPart {
  return {
    address,
    location: { kind: 'cell', sheet: SHEET, address },
    row: rowZh ? 'row' : null,
    column: rowZh ? 'total' : null,
    ...(rowZh
      ? { rowLabel: { zh: rowZh, en: `${rowZh} (en)` }, columnLabel: { zh: '总计', en: 'Total' } }
      : {}),
    expected: 0,
    actual: null,
    message,
  };
}

/** "表三 3 格为空，应填 0": its first cell H30 is also the finding's own address. */
const grouped = (): Finding => ({
  ruleId: 'cell/blank',
  severity: 'warning',
  sheet: SHEET,
  address: 'H30',
  related: ['H31', 'H33'],
  location: { kind: 'cell', sheet: SHEET, address: 'H30' },
  table: 'applications',
  row: 'granted',
  column: 'total',
  rowLabel: { zh: '（一）予以公开', en: 'Granted' },
  columnLabel: { zh: '总计', en: 'Total' },
  expected: 0,
  actual: null,
  message: '表三 3 格为空，应填 0',
  fingerprint: `cell/blank|${SHEET}|applications#0||`,
  messageId: 'blankGroup',
  data: {},
  parts: [
    part('H30', '（一）予以公开', 'H30 为空，应填 0'),
    part('H31', '（二）部分公开', 'H31 为空，应填 0'),
    part('H33', null, 'H33 为空，应填 0（表格外的说明行）'),
  ],
});

async function openPane(locale: Locale = 'zh-CN') {
  const service = new FakeWorkbookService([sheetWithErrors()]);
  service.editReport = (report) => ({
    ...report,
    findings: [...report.findings, grouped()],
    warnings: report.warnings + 1,
  });
  render(<App service={service} locale={locale} templateYear={2023} />);
  await user.click(
    screen.getByRole('button', { name: locale === 'en' ? 'Check this sheet' : '校验当前工作表' }),
  );
  await findVerdict();
  // The finding's row (a button named by its severity and message) and its card (the list item).
  const row = await screen.findByRole('button', { name: /^(警告|Warning).*表三 3 格为空，应填 0/ });
  const card = row.closest('li');
  if (!card) throw new Error('no grouped card');
  return { service, card, row };
}

describe('a finding about many cells (Finding.parts)', () => {
  test('the card shows the count; a click on it selects the first cell', async () => {
    const { service, row } = await openPane();
    within(row).getByText('共 3 格');
    expect(row.textContent).toContain('表三 3 格为空，应填 0');
    // The first cell's own labels and values would read as the whole group's: they are not shown.
    expect(row.textContent).not.toContain('（一）予以公开');
    expect(row.textContent).not.toContain('应为 0');
    await user.click(row);
    await waitFor(() => expect(service.selections).toEqual([{ sheet: SHEET, address: 'H30' }]));
  });

  test('its cells are listed on request, each one selectable', async () => {
    const { service, card, row } = await openPane();
    const toggle = within(card).getByRole('button', { name: '逐格列出（3 格）' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(card).queryByRole('list')).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = within(card).getByRole('list', { name: '3 个单元格' });
    const cells = within(list).getAllByRole('button');
    expect(cells.map((b) => b.textContent)).toEqual([
      'H30 （一）予以公开 × 总计',
      'H31 （二）部分公开 × 总计',
      // Outside a table there are no labels: the cell's own message says what is wrong.
      'H33 H33 为空，应填 0（表格外的说明行）',
    ]);
    await user.click(within(list).getByRole('button', { name: /^H33/ }));
    await waitFor(() => expect(service.selections).toEqual([{ sheet: SHEET, address: 'H33' }]));
    expect(row.getAttribute('aria-current')).toBe('true');
    await user.click(within(list).getByRole('button', { name: /^H31/ }));
    await waitFor(() => expect(service.selections.at(-1)).toEqual({ sheet: SHEET, address: 'H31' }));

    await user.click(toggle);
    expect(within(card).queryByRole('list')).toBeNull();
  });

  test('a finding with one cell, or none listed, has no count and no list', async () => {
    const { card } = await openPane();
    const others = findingRows().filter((r) => !card.contains(r));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      const li = other.closest('li') as HTMLElement;
      expect(within(li).queryByText(/^共 \d+ 格$/)).toBeNull();
      expect(within(li).queryByRole('button', { name: /逐格列出/ })).toBeNull();
    }
  });

  test('English', async () => {
    const { card, row } = await openPane('en');
    within(row).getByText('3 cells');
    await user.click(within(card).getByRole('button', { name: 'List each cell (3)' }));
    within(card).getByRole('list', { name: '3 cells' });
    expect(within(card).getByRole('button', { name: /^H31/ }).textContent).toBe(
      'H31 （二）部分公开 (en) × Total',
    );
  });
});
