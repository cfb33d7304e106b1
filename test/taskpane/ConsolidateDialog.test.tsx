/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ArrayGrid } from '../../src/grid';
import { PANE_WORDS } from '../../src/office/consolidate';
import { App } from '../../src/taskpane/App';
import { en } from '../../src/taskpane/i18n/en';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService } from './fake-service';
import { findMessageBar, queryMessageBar, dialogClosed, LAZY_CHUNK } from './queries';

/** The result bar, named by its title: 已添加“汇总表”… / Added “汇总表”…. */
const RESULT = /^(已添加|Added)/;
/** Its line on the departments with errors (counted or left out, and why). */
const policyLine = (result: HTMLElement) =>
  within(result).getByText(/^(有错误的单位|Departments with errors)/);

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const department = (name: string, edit?: (s: ReturnType<typeof reportSheet>) => void) => {
  const s = reportSheet({ title: `某市${name}2021年政府信息公开工作年度报告` });
  edit?.(s);
  return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
};

async function openDialog(service: FakeWorkbookService) {
  render(<App service={service} locale="zh-CN" />);
  await user.click(screen.getByRole('button', { name: '汇总' }));
  const dialog = await screen.findByRole('dialog', {}, LAZY_CHUNK);
  await within(dialog).findByRole('group', { name: '单位工作表' });
  return dialog;
}

const box = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('checkbox', { name }) as HTMLInputElement;

describe('汇总 dialog', () => {
  test('lists the sheets, leaves the add-in’s own sheets unticked, sums the chosen ones in tab order', async () => {
    const template = new ArrayGrid({ sheet: '年报模板', values: [['模板']] });
    const service = new FakeWorkbookService([department('财政局'), template, department('教育局')]);
    const dialog = await openDialog(service);
    expect(box(dialog, '财政局').checked).toBe(true);
    expect(box(dialog, '教育局').checked).toBe(true);
    expect(box(dialog, '年报模板').checked).toBe(false);
    // A total covers every department given: leaving some out is the user's choice.
    expect(box(dialog, '不计入表格有错误的单位').checked).toBe(false);

    await user.click(box(dialog, '教育局'));
    await user.click(box(dialog, '教育局'));
    await user.type(within(dialog).getByRole('textbox'), ' 某市人民政府 ');
    await user.click(within(dialog).getByRole('button', { name: '生成汇总表' }));

    const result = await findMessageBar(RESULT);
    expect(service.consolidations).toEqual([
      { sheets: ['财政局', '教育局'], excludeInvalid: false, body: '某市人民政府', locale: 'zh-CN' },
    ]);
    expect(result.textContent).toContain('已添加“汇总表”：2021 年版，2/2 个单位计入。');
    expect(result.textContent).toContain('汇总结果校验通过。');
    await dialogClosed();
  });

  const withErrors = () => [
    department('财政局', (s) => s.set('applications', 'granted', 'research', 99)),
    department('教育局'),
  ];

  test('by default a department with errors is counted, and the result says so in the pane’s words', async () => {
    const service = new FakeWorkbookService(withErrors());
    const dialog = await openDialog(service);
    await user.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    const result = await findMessageBar(RESULT);
    expect(result.textContent).toContain('2/2 个单位计入');
    expect(within(result).getByRole('list').textContent).toMatch(
      /^已计入 财政局，但请注意：表格有 \d+ 处错误，按默认纳入汇总$/,
    );
    expect(policyLine(result).textContent).toBe(
      '有错误的单位：按默认纳入汇总（1 个）。如要排除，请重新汇总并勾选“不计入表格有错误的单位”。',
    );
    expect(result.textContent).not.toMatch(/--exclude-invalid|按要求/);
  });

  test('ticked, the box leaves it out, and the result names the box as the reason', async () => {
    const service = new FakeWorkbookService(withErrors());
    const dialog = await openDialog(service);
    await user.click(box(dialog, '不计入表格有错误的单位'));
    await user.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    const result = await findMessageBar(RESULT);
    expect(service.consolidations[0].excludeInvalid).toBe(true);
    expect(result.textContent).toContain('1/2 个单位计入');
    expect(within(result).getByRole('list').textContent).toMatch(
      /^未计入 财政局：表格有 \d+ 处错误，按“不计入表格有错误的单位”未纳入汇总$/,
    );
    expect(policyLine(result).textContent).toBe(
      '有错误的单位：按“不计入表格有错误的单位”未纳入汇总（1 个）。',
    );
  });

  test('English: the policy names the English checkbox', async () => {
    const service = new FakeWorkbookService(withErrors());
    render(<App service={service} locale="en" />);
    await user.click(screen.getByRole('button', { name: 'Consolidate' }));
    const dialog = await screen.findByRole('dialog', {}, LAZY_CHUNK);
    await within(dialog).findByRole('group', { name: 'Department sheets' });
    expect(box(dialog, 'Leave out departments whose tables have errors').checked).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Consolidate' }));
    const result = await findMessageBar(RESULT);
    expect(policyLine(result).textContent).toBe(
      'Departments with errors: in the sums by default (1). To leave them out, consolidate again with “Leave out departments whose tables have errors” ticked.',
    );
  });

  test('two sheets of one body and year: marked in the dialog, which waits until one is unticked', async () => {
    // Another version of 财政局's report: same title, one number changed.
    const edited = reportSheet({ title: '某市财政局2021年政府信息公开工作年度报告' });
    edited.set('applications', 'new', 'natural-person', 7);
    const service = new FakeWorkbookService([
      department('财政局'),
      new ArrayGrid({ sheet: '财政局（修改）', values: edited.rows, merges: edited.merges }),
      department('教育局'),
    ]);
    const dialog = await openDialog(service);
    const confirm = () => within(dialog).getByRole('button', { name: '生成汇总表' }) as HTMLButtonElement;
    await user.click(confirm());
    await within(dialog).findByText(/请每组只保留一个勾选/);
    expect(queryMessageBar(RESULT)).toBeNull();
    expect(screen.queryByText(/工作簿未做任何改动/)).toBeNull();
    // Each duplicate's checkbox is described by the note (what a screen reader reads after its name).
    const described = (name: string, description: string | RegExp) =>
      within(dialog).getByRole('checkbox', { name, description });
    described(
      '财政局',
      '“财政局”、“财政局（修改）”都是“某市财政局” 2021 年度的报告：请只保留一个，取消勾选“财政局（修改）”或本表。',
    );
    described('财政局（修改）', /取消勾选“财政局”或本表/);
    described('教育局', '');
    expect(confirm().disabled).toBe(true);

    await user.click(box(dialog, '财政局（修改）'));
    described('财政局', '');
    expect(confirm().disabled).toBe(false);
    await user.click(confirm());
    const result = await findMessageBar(RESULT);
    expect(result.textContent).toContain('2/2 个单位计入');
    expect(service.consolidations.map((c) => c.sheets)).toEqual([
      ['财政局', '财政局（修改）', '教育局'],
      ['财政局', '教育局'],
    ]);
  });

  test('another report year: the result warns', async () => {
    const earlier = reportSheet({ title: '某市教育局2020年政府信息公开工作年度报告' });
    const service = new FakeWorkbookService([
      department('财政局'),
      department('人社局'),
      new ArrayGrid({ sheet: '教育局', values: earlier.rows, merges: earlier.merges }),
    ]);
    const dialog = await openDialog(service);
    await user.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    const result = await findMessageBar(RESULT);
    expect(within(result).getByText(/^各单位的报告年度不一致/).textContent).toBe(
      '各单位的报告年度不一致：汇总表按 2021 年度，“教育局”为 2020 年度。请确认没有选错文件。',
    );
  });

  test('nothing chosen: the button is disabled and the field says why', async () => {
    const service = new FakeWorkbookService([department('财政局')]);
    const dialog = await openDialog(service);
    await user.click(box(dialog, '财政局'));
    within(dialog).getByText('请至少选择一个工作表。');
    expect((within(dialog).getByRole('button', { name: '生成汇总表' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(service.consolidations).toEqual([]);
  });

  test('a failure shows in the failure bar and nothing else', async () => {
    const service = new FakeWorkbookService([department('财政局')]);
    const dialog = await openDialog(service);
    service.failNext = { code: 'protected', message: { zh: '工作簿结构受保护，无法添加工作表。', en: 'x' } };
    await user.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    await screen.findByText('工作簿结构受保护，无法添加工作表。');
    expect(queryMessageBar(RESULT)).toBeNull();
  });
});

test('the words the engine uses for the pane quote the dialog’s own checkbox, in both languages', () => {
  expect(PANE_WORDS.excludeControl).toEqual({
    zh: `“${zhCN.consolidateExclude}”`,
    en: `“${en.consolidateExclude}”`,
  });
  expect(PANE_WORDS.excludeHint.zh).toContain(`“${zhCN.consolidateExclude}”`);
  expect(PANE_WORDS.excludeHint.en).toContain(`“${en.consolidateExclude}”`);
});
