/** @jest-environment ./test/support/dom-environment.js */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { NOTE_PREFIX } from '../../src/office/messages';
import { App } from '../../src/taskpane/App';
import { WordDocumentService } from '../../src/word/service';
import { seedBodies, soffice } from '../support/word-docs';
import { connectWordRuntime } from '../support/word-host/runtime';
import type { WordHost } from '../support/word-host';
import { findingRows } from '../taskpane/queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

/**
 * The task pane in Word (App with host 'word') over the real WordDocumentService, behind Microsoft's
 * Word runtime (win32) and the simulated host: check, select, stale on an edit, 清除标记.
 */
configure({ asyncUtilTimeout: 5000 });

const describeWithOffice = soffice ? describe : describe.skip;
let body = '';
beforeAll(() => {
  if (soffice) body = seedBodies().wrongTotal;
}, 120_000);

const toolbarButton = (name: string) =>
  within(screen.getByRole('toolbar')).getByRole('button', { name }) as HTMLButtonElement;
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

/** Every cell's own shading, for "given back exactly". */
const shading = (host: WordHost) =>
  host
    .tables()
    .filter((t) => t.nestingLevel === 1)
    .map((t, table) =>
      t.rows.map((cells, row) => cells.map((_, cell) => host.cellShading(table, row, cell))),
    );

describeWithOffice('the pane in Word over the real service', () => {
  it('checks, selects, turns stale on an edit, and clears back to the document as it was', async () => {
    const { host, globals } = connectWordRuntime('win32', body);
    const before = shading(host);
    render(<App service={new WordDocumentService(globals, window)} locale="zh-CN" host="word" />);

    await user.click(toolbarButton('校验本文档'));
    await screen.findByRole('heading', { name: '未通过' });
    // The findings list is loaded on first use.
    await waitFor(() => expect(findingRows().length).toBeGreaterThan(0));
    expect(host.comments().some((c) => c.content.startsWith(NOTE_PREFIX.zh))).toBe(true);
    expect(shading(host)).not.toEqual(before);

    // The finding on the wrong total names its place in the document and selects its cell.
    const total = findingRows().find((row) => /第 \d+ 个表格第 \d+ 行第 \d+ 列/.test(row.textContent ?? ''));
    if (!total)
      throw new Error(
        `no table-cell finding in: ${findingRows()
          .map((r) => r.textContent)
          .join(' | ')}`,
      );
    await user.click(total);
    await waitFor(() => expect(host.selection?.cell).not.toBeNull());

    // Coming back to the pane after an edit: 已过期.
    expect(screen.queryByText('已过期')).toBeNull();
    host.edit('市政务办主动公开信息33条', '市政务办主动公开信息34条');
    window.dispatchEvent(new Event('focus'));
    await screen.findByText('已过期');

    await user.click(toolbarButton('清除标记'));
    await screen.findByText(/^已恢复 \d+ 个表格单元格原来的底纹。/);
    await settle();
    expect(shading(host)).toEqual(before);
    expect(host.comments()).toEqual([]);
    expect(host.customProperties()).toEqual({});
    expect(host.unsupported).toEqual([]);
  });
});
