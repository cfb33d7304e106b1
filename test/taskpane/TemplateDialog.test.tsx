/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { InsertTemplateResult } from '../../src/office/types';
import { App } from '../../src/taskpane/App';
import { parseYear, TemplateDialog } from '../../src/taskpane/components/TemplateDialog';
import type { Locale } from '../../src/report/types';
import { fixtureGrid } from '../support/fixture';
import { FakeWorkbookService } from './fake-service';

beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

async function openDialog(service = new FakeWorkbookService([fixtureGrid()]), locale: Locale = 'zh-CN') {
  render(<App service={service} locale={locale} templateYear={2023} />);
  fireEvent.click(screen.getByRole('button', { name: locale === 'en' ? 'Insert template' : '插入模板' }));
  // The dialog is loaded on first use (a lazy chunk), so wait for it.
  return { service, dialog: await screen.findByRole('dialog') };
}

const insert = (dialog: HTMLElement, name = '插入') =>
  fireEvent.click(within(dialog).getByRole('button', { name }));

describe('插入模板 dialog', () => {
  test('offers 2021, last year, no body, no fill and formula totals by default', async () => {
    const { service, dialog } = await openDialog();
    expect((within(dialog).getByRole('radio', { name: /2021 年版/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: '报告年度' }) as HTMLInputElement).value).toBe(
      '2023',
    );
    expect((within(dialog).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect((within(dialog).getByRole('radio', { name: '公式自动计算' }) as HTMLInputElement).checked).toBe(
      true,
    );
    insert(dialog);
    await screen.findByTestId('template-result');
    expect(service.templates).toEqual([
      { edition: '2021', year: 2023, body: null, totals: 'formula', fill: 'none' },
    ]);
  });

  test('passes every option through, then closes and names the new sheet', async () => {
    const { service, dialog } = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /2019 年版/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '报告年度' }), {
      target: { value: '2020' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '机关名称' }), {
      target: { value: '  某某市某某局 ' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '从当前工作表填入数字' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: '手工填写（表内自动核对）' }));
    insert(dialog);
    const result = await screen.findByTestId('template-result');
    expect(service.templates).toEqual([
      { edition: '2019', year: 2020, body: '某某市某某局', totals: 'input', fill: 'active-sheet' },
    ]);
    expect(result.textContent).toContain('已插入模板“年报模板”');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('an invalid year blocks inserting and says why; an empty one means （年度）', async () => {
    const { service, dialog } = await openDialog();
    const year = within(dialog).getByRole('textbox', { name: '报告年度' });
    fireEvent.change(year, { target: { value: '23' } });
    expect(dialog.textContent).toContain('请填写 2000 至 2099 之间的年份，或留空。');
    expect((within(dialog).getByRole('button', { name: '插入' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(year, { target: { value: '' } });
    insert(dialog);
    await screen.findByTestId('template-result');
    expect(service.templates[0].year).toBeNull();
  });

  test('cancel inserts nothing', async () => {
    const { service, dialog } = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(service.templates).toEqual([]);
  });

  test('shows where the numbers came from, what could not be read and what was skipped', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    const fill: InsertTemplateResult['fill'] = {
      sheet: '2021年报',
      filled: 165,
      used: [
        { table: 'proactive', range: 'A23:D36' },
        { table: 'applications', range: 'A40:J67' },
      ],
      notFound: ['reviews'],
      unread: [
        {
          table: 'applications',
          label: {
            zh: '一、本年新收政府信息公开申请数量 × 自然人',
            en: 'New applications × Natural persons',
          },
          source: '2021年报!C43',
          raw: '约两件',
        },
        { table: 'proactive', label: { zh: '规章 × 本年新制发件数', en: 'Rules × Issued this year' } },
      ],
    };
    const skipped = [{ zh: '未设置打印格式。', en: 'Print setup skipped.' }];
    service.templateResult = { skipped, fill };
    const { dialog } = await openDialog(service);
    insert(dialog);
    const result = await screen.findByTestId('template-result');
    expect(result.textContent).toContain('已从“2021年报”填入 165 个数：表二取自 A23:D36、表三取自 A40:J67。');
    expect(result.textContent).toContain('“2021年报”中没有表四，模板中相应各格保留为 0。');
    expect(result.textContent).toContain('以下 2 格无法读取');
    const items = within(screen.getByTestId('template-unread')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 × 自然人：2021年报!C43 的内容“约两件”不是有效数字',
      '表二 规章 × 本年新制发件数：原表中没有这一格',
    ]);
    expect(screen.getByTestId('degraded').textContent).toContain('未设置打印格式。');
  });

  test('a failure closes the dialog and shows in the failure bar', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    service.failNext = {
      code: 'protected',
      message: { zh: '工作簿结构受保护，无法添加工作表。', en: 'The workbook structure is protected.' },
    };
    const { dialog } = await openDialog(service);
    insert(dialog);
    expect((await screen.findByTestId('failure')).textContent).toContain('工作簿结构受保护');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByTestId('template-result')).toBeNull();
  });

  test('speaks English', async () => {
    const { service, dialog } = await openDialog(undefined, 'en');
    expect(within(dialog).getByRole('heading', { name: 'Insert the report template' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Typed by hand (checked in the sheet)' }));
    insert(dialog, 'Insert');
    expect((await screen.findByTestId('template-result')).textContent).toContain(
      'Inserted the template “年报模板”.',
    );
    expect(service.templates[0].totals).toBe('input');
  });

  test('without a given year it offers last year', () => {
    render(<TemplateDialog open busy={false} onConfirm={() => undefined} onCancel={() => undefined} />);
    const year = screen.getByRole('textbox', { name: '报告年度' }) as HTMLInputElement;
    expect(year.value).toBe(String(new Date().getFullYear() - 1));
  });

  test.each([
    ['2023', 2023],
    [' 2019 ', 2019],
    ['', null],
    ['23', 'invalid'],
    ['1999', 'invalid'],
    ['2023年', 'invalid'],
  ])('year %j → %j', (text, want) => expect(parseYear(text)).toBe(want));
});
