/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

const department = (name: string, edit?: (s: ReturnType<typeof reportSheet>) => void) => {
  const s = reportSheet({ title: `某市${name}2021年政府信息公开工作年度报告` });
  edit?.(s);
  return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
};

async function openDialog(service: FakeWorkbookService) {
  render(<App service={service} locale="zh-CN" />);
  fireEvent.click(screen.getByRole('button', { name: '汇总' }));
  const dialog = await screen.findByRole('dialog');
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
    expect(box(dialog, '不计入表格有错误的单位').checked).toBe(true);

    fireEvent.click(box(dialog, '教育局'));
    fireEvent.click(box(dialog, '教育局'));
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: ' 某市人民政府 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '生成汇总表' }));

    const result = await screen.findByTestId('consolidate-result');
    expect(service.consolidations).toEqual([
      { sheets: ['财政局', '教育局'], excludeInvalid: true, body: '某市人民政府', locale: 'zh-CN' },
    ]);
    expect(result.textContent).toContain('已添加“汇总表”：2021 年版，2/2 个单位计入。');
    expect(result.textContent).toContain('汇总结果校验通过。');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('a department with errors is left out and named with the reason', async () => {
    const service = new FakeWorkbookService([
      department('财政局', (s) => s.set('applications', 'granted', 'research', 99)),
      department('教育局'),
    ]);
    const dialog = await openDialog(service);
    fireEvent.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    const result = await screen.findByTestId('consolidate-result');
    expect(result.textContent).toContain('1/2 个单位计入');
    const departments = within(result).getByTestId('consolidate-departments');
    expect(departments.textContent).toMatch(/^未计入 财政局：/);
  });

  test('nothing chosen: the button is disabled and the field says why', async () => {
    const service = new FakeWorkbookService([department('财政局')]);
    const dialog = await openDialog(service);
    fireEvent.click(box(dialog, '财政局'));
    expect(within(dialog).getByText('请至少选择一个工作表。')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: '生成汇总表' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(service.consolidations).toEqual([]);
  });

  test('a failure shows in the failure bar and nothing else', async () => {
    const service = new FakeWorkbookService([department('财政局')]);
    const dialog = await openDialog(service);
    service.failNext = { code: 'protected', message: { zh: '工作簿结构受保护，无法添加工作表。', en: 'x' } };
    fireEvent.click(within(dialog).getByRole('button', { name: '生成汇总表' }));
    expect(await screen.findByText('工作簿结构受保护，无法添加工作表。')).toBeTruthy();
    expect(screen.queryByTestId('consolidate-result')).toBeNull();
  });
});
