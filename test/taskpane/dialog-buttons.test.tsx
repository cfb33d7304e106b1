/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { checkGrid } from '../../src/check';
import { AcceptDialog } from '../../src/taskpane/components/AcceptDialog';
import { ConsolidateDialog } from '../../src/taskpane/components/ConsolidateDialog';
import { TemplateDialog } from '../../src/taskpane/components/TemplateDialog';
import { ExpectedList } from '../../src/web/components/ExpectedList';
import { sheetWithErrors } from './fake-service';
import { WITH_HIDDEN } from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const none = () => undefined;
const [finding] = checkGrid(sheetWithErrors()).findings;

/** Every dialog of the pane and the page, rendered open, with its main button's label. */
const DIALOGS: [string, () => ReactElement, string, (() => Promise<void>) | null][] = [
  [
    'AcceptDialog',
    () => <AcceptDialog open finding={finding} busy={false} error={null} onConfirm={none} onCancel={none} />,
    '保存确认',
    null,
  ],
  [
    'TemplateDialog',
    () => <TemplateDialog open busy={false} onConfirm={none} onCancel={none} />,
    '插入',
    null,
  ],
  [
    'ConsolidateDialog',
    () => (
      <ConsolidateDialog
        open
        busy={false}
        loadSheets={() => new Promise(none)}
        onConfirm={none}
        onCancel={none}
      />
    ),
    '生成汇总表',
    null,
  ],
  [
    'ExpectedList (page)',
    () => <ExpectedList locale="zh-CN" expected={[]} onChange={none} />,
    '应用',
    () => user.click(screen.getByRole('button', { name: '应报单位名单' })),
  ],
];

test.each(DIALOGS)('%s: the main button first, then 取消', async (_name, dialog, main, open) => {
  render(dialog());
  await open?.();
  // Opened by a real click, tabster (in jsdom) may mark the new dialog aria-hidden: see WITH_HIDDEN.
  const surface = await screen.findByRole('dialog', WITH_HIDDEN);
  const actions = surface.querySelectorAll('.fui-DialogActions');
  expect(actions).toHaveLength(1);
  const buttons = within(actions[0] as HTMLElement).getAllByRole('button', WITH_HIDDEN);
  expect(buttons.map((b) => b.textContent)).toEqual([main, '取消']);
  expect(buttons[0].getAttribute('type')).toBe('submit');
});
