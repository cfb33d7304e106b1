/** @jest-environment ./test/support/dom-environment.js */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { checkGrids } from '../../src/check';
import type { ReportFile, ReportFileRead } from '../../src/taskpane/read-report-file';
import { join } from 'node:path';
import { seedReportDocx } from '../support/docx-report';
import { seedReportHtml } from '../support/report-html';
import type { InsertTemplateResult } from '../../src/office/types';
import { App } from '../../src/taskpane/App';
import { parseYear, TemplateDialog } from '../../src/taskpane/components/TemplateDialog';
import type { Locale } from '../../src/report/types';
import { fixtureGrid } from '../support/fixture';
import { FakeWorkbookService } from './fake-service';
import { FAILURE, findMessageBar, messageBar, queryMessageBar, dialogClosed, LAZY_CHUNK } from './queries';

/** The bar saying the template went in, named by its title. */
const INSERTED = /^(已插入模板|Inserted the template)/;
/** The bar saying a report file could not be read: an alert named by its title. */
const UNREADABLE = { name: /^(无法读取|Could not read)/ };

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

async function openDialog(service = new FakeWorkbookService([fixtureGrid()]), locale: Locale = 'zh-CN') {
  render(<App service={service} locale={locale} templateYear={2023} />);
  await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Insert template' : '插入模板' }));
  // The dialog is loaded on first use (a lazy chunk), so wait for it.
  return { service, dialog: await screen.findByRole('dialog', {}, LAZY_CHUNK) };
}

const insert = (dialog: HTMLElement, name = '插入') =>
  user.click(within(dialog).getByRole('button', { name }));

describe('插入模板 dialog', () => {
  test('offers 2021, last year, no body, no fill and formula totals by default', async () => {
    const { service, dialog } = await openDialog();
    expect((within(dialog).getByRole('radio', { name: /2021 年版/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: '报告年度' }) as HTMLInputElement).value).toBe(
      '2023',
    );
    expect((within(dialog).getByRole('radio', { name: '不填入' }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).queryByLabelText('报告文件')).toBeNull();
    expect((within(dialog).getByRole('radio', { name: '公式自动计算' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await insert(dialog);
    await findMessageBar(INSERTED);
    expect(service.templates).toEqual([
      { edition: '2021', year: 2023, body: null, totals: 'formula', fill: 'none' },
    ]);
  });

  test('passes every option through, then closes and names the new sheet', async () => {
    const { service, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: /2019 年版/ }));
    await user.clear(within(dialog).getByRole('textbox', { name: '报告年度' }));
    await user.type(within(dialog).getByRole('textbox', { name: '报告年度' }), '2020');
    await user.type(within(dialog).getByRole('textbox', { name: '机关名称' }), '  某某市某某局 ');
    await user.click(within(dialog).getByRole('radio', { name: '当前工作表' }));
    await user.click(within(dialog).getByRole('radio', { name: '手工填写（表内自动核对）' }));
    await insert(dialog);
    const result = await findMessageBar(INSERTED);
    expect(service.templates).toEqual([
      { edition: '2019', year: 2020, body: '某某市某某局', totals: 'input', fill: 'active-sheet' },
    ]);
    expect(result.textContent).toContain('已插入模板“年报模板”');
    await dialogClosed();
  });

  test('an invalid year blocks inserting and says why; an empty one means （年度）', async () => {
    const { service, dialog } = await openDialog();
    const year = within(dialog).getByRole('textbox', { name: '报告年度' });
    await user.clear(year);
    await user.type(year, '23');
    expect(dialog.textContent).toContain('请填写 2000 至 2099 之间的年份，或留空。');
    expect((within(dialog).getByRole('button', { name: '插入' }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(year);
    await insert(dialog);
    await findMessageBar(INSERTED);
    expect(service.templates[0].year).toBeNull();
  });

  test('cancel inserts nothing', async () => {
    const { service, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await dialogClosed();
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
    await insert(dialog);
    const result = await findMessageBar(INSERTED);
    expect(result.textContent).toContain('已从“2021年报”填入 165 个数：表二取自 A23:D36、表三取自 A40:J67。');
    expect(result.textContent).toContain('“2021年报”中没有表四，模板中相应各格保留为 0。');
    expect(result.textContent).toContain('以下 2 格无法读取');
    const items = within(within(result).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 × 自然人：2021年报!C43 的内容“约两件”不是有效数字',
      '表二 规章 × 本年新制发件数：原表中没有这一格',
    ]);
    expect(messageBar('此 Office 版本不支持部分功能').textContent).toContain('未设置打印格式。');
  });

  test('a failure closes the dialog and shows in the failure bar', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    service.failNext = {
      code: 'protected',
      message: { zh: '工作簿结构受保护，无法添加工作表。', en: 'The workbook structure is protected.' },
    };
    const { dialog } = await openDialog(service);
    await insert(dialog);
    expect((await findMessageBar(FAILURE)).textContent).toContain('工作簿结构受保护');
    await dialogClosed();
    expect(queryMessageBar(INSERTED)).toBeNull();
  });

  test('speaks English', async () => {
    const { service, dialog } = await openDialog(undefined, 'en');
    within(dialog).getByRole('heading', { name: 'Insert the report template' });
    await user.click(within(dialog).getByRole('radio', { name: 'Typed by hand (checked in the sheet)' }));
    await insert(dialog, 'Insert');
    expect((await findMessageBar(INSERTED)).textContent).toContain('Inserted the template “年报模板”.');
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

describe('插入模板 from a report file', () => {
  const FIXTURE = join(__dirname, '../fixtures/zhengzhou-zwfwb-2021.txt');
  const fileOf = (name: string, bytes: Uint8Array | string) =>
    new File([typeof bytes === 'string' ? bytes : bytes.slice()], name);
  /**
   * The user picks a file. The picker's `accept` only filters the browser's dialog (a user may pick
   * "all files"), so it is not applied here: the reader itself must turn the wrong kinds away.
   */
  const choose = (dialog: HTMLElement, name: string, bytes: Uint8Array | string, label = '报告文件') =>
    userEvent.setup({ applyAccept: false }).upload(within(dialog).getByLabelText(label), fileOf(name, bytes));
  const insertButton = (dialog: HTMLElement, name = '插入') =>
    within(dialog).getByRole('button', { name }) as HTMLButtonElement;

  async function fileMode(locale: Locale = 'zh-CN') {
    const opened = await openDialog(undefined, locale);
    await user.click(
      within(opened.dialog).getByRole('radio', {
        name: locale === 'en' ? 'From a report file…' : '报告文件…',
      }),
    );
    return opened;
  }

  test('reads the chosen file with a spinner, then inserts from its grids, named by the file', async () => {
    const { service, dialog } = await fileMode();
    expect(insertButton(dialog).disabled).toBe(true);
    expect(dialog.textContent).toContain('请选择报告文件；读取成功后才能插入。');
    // The file's bytes arrive when the test says so, so the spinner is seen however fast the read is.
    let release = () => {};
    const html = seedReportHtml();
    const file = fileOf('2021年报.html', html);
    // jsdom's File has no arrayBuffer (the picker then uses FileReader); lend one that waits.
    file.arrayBuffer = () =>
      new Promise<ArrayBuffer>((resolve) => (release = () => resolve(html.slice().buffer)));
    await userEvent.setup({ applyAccept: false }).upload(within(dialog).getByLabelText('报告文件'), file);
    within(dialog).getByRole('progressbar');
    expect(dialog.textContent).toContain('正在读取“2021年报.html”…');
    expect(insertButton(dialog).disabled).toBe(true);
    release();
    expect((await within(dialog).findByText('已读取“2021年报.html”。')).textContent).toBe(
      '已读取“2021年报.html”。',
    );
    expect(insertButton(dialog).disabled).toBe(false);
    await insert(dialog);
    await findMessageBar(INSERTED);
    const [options] = service.templates;
    if (typeof options.fill !== 'object') throw new Error('no file fill');
    expect(options.fill.file).toBe('2021年报.html');
    expect(checkGrids(options.fill.grids).tables.map((t) => t.table)).toEqual([
      'proactive',
      'applications',
      'reviews',
    ]);
  });

  test('lists what the reader noticed (tracked changes in a Word file)', async () => {
    const { dialog } = await fileMode();
    await choose(dialog, '2021年报.docx', await seedReportDocx());
    const read = await within(dialog).findByText(/^已读取“2021年报.docx”/, {}, { timeout: 5000 });
    expect(read.textContent).toContain('修订');
  });

  test.each([
    [
      '年报.doc',
      '{\\rtf1\\ansi 2021}',
      '.doc 是旧版文档格式，任务窗格不能读取。请在 Word 或 WPS 文字中打开它，点“文件 → 另存为”',
    ],
    [
      '年报.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      '.xls 是旧版表格格式',
    ],
    [
      '年报.docx',
      new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 31) % 256)),
      '文件内容不是扩展名 .docx 所示的格式',
    ],
    ['年报.txt', '', '文件是空的。'],
    ['年报.png', 'x', '不能读取 .png 文件。'],
  ])('%s: says why it cannot be read, and Insert stays disabled', async (name, bytes, message) => {
    const { service, dialog } = await fileMode();
    await choose(dialog, name, bytes);
    const error = await within(dialog).findByRole('alert', UNREADABLE);
    expect(error.textContent).toContain(`无法读取“${name}”`);
    expect(error.textContent).toContain(message);
    expect(insertButton(dialog).disabled).toBe(true);
    await insert(dialog);
    expect(service.templates).toEqual([]);
  });

  test('a good file after a bad one clears the error; going back to 不填入 inserts without it', async () => {
    const { service, dialog } = await fileMode();
    await choose(dialog, '年报.txt', '');
    await within(dialog).findByRole('alert', UNREADABLE);
    await choose(dialog, '年报.txt', readFileSync(FIXTURE));
    await within(dialog).findByText(/^已读取“年报.txt”/);
    expect(within(dialog).queryByRole('alert', UNREADABLE)).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: '不填入' }));
    await insert(dialog);
    await findMessageBar(INSERTED);
    expect(service.templates[0].fill).toBe('none');
  });

  test('only the latest choice counts when an earlier read finishes last', async () => {
    const pending = new Map<string, (r: ReportFileRead) => void>();
    const readFile = (file: ReportFile) =>
      new Promise<ReportFileRead>((resolve) => pending.set(file.name, resolve));
    render(
      <TemplateDialog
        open
        busy={false}
        onConfirm={() => undefined}
        onCancel={() => undefined}
        readFile={readFile}
      />,
    );
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '报告文件…' }));
    // The picker is disabled while a file is read, so a user cannot make this race; a second
    // change event arriving anyway (a browser quirk) must not let the older read win.
    await choose(dialog, 'slow.html', 'a');
    fireEvent.change(within(dialog).getByLabelText('报告文件'), {
      target: { files: [fileOf('fast.html', 'b')] },
    });
    await waitFor(() => expect(pending.size).toBe(2));
    pending.get('fast.html')?.({ grids: [fixtureGrid()], format: 'html', notices: [] });
    await within(dialog).findByText('已读取“fast.html”。');
    pending.get('slow.html')?.({ error: 'corrupt', ext: '.html' });
    // Let the stale read's continuation run and React render whatever it asked for.
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(within(dialog).queryByRole('alert', UNREADABLE)).toBeNull();
    within(dialog).getByText('已读取“fast.html”。');
  });

  test('speaks English', async () => {
    const { dialog } = await fileMode('en');
    await choose(dialog, 'report.doc', '{\\rtf1 x}', 'Report file');
    const error = await within(dialog).findByRole('alert', UNREADABLE);
    expect(error.textContent).toContain('Could not read “report.doc”');
    expect(error.textContent).toContain('.doc is an old document format the task pane cannot read.');
    expect(insertButton(dialog, 'Insert').disabled).toBe(true);
  });

  test.each([
    [{ error: 'too-large', ext: '.pdf', limit: 50 * 1024 * 1024 } as const, '文件超过 50 MB'],
    [{ error: 'too-many-cells', ext: '.xlsx', limit: 500000 } as const, '单元格超过 500000 个'],
  ])('names the limit a file exceeds: %j', async (failure, message) => {
    render(
      <TemplateDialog
        open
        busy={false}
        onConfirm={() => undefined}
        onCancel={() => undefined}
        readFile={() => Promise.resolve(failure)}
      />,
    );
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '报告文件…' }));
    await choose(dialog, `big${failure.ext}`, 'x');
    expect((await within(dialog).findByRole('alert', UNREADABLE)).textContent).toContain(message);
  });

  test('the result names the file and says where in it each table was found', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    service.templateResult = {
      skipped: [],
      fill: {
        sheet: '2021年报.docx',
        file: true,
        filled: 120,
        used: [
          {
            table: 'applications',
            range: 'A40:J67',
            where: { zh: '第 2 个表格（第 3 页）', en: 'table 2 (page 3)' },
          },
        ],
        notFound: ['proactive'],
        unread: [
          {
            table: 'applications',
            label: { zh: '一、本年新收 × 自然人', en: 'New × Natural persons' },
            source: '2021年报!C43',
            raw: '约两件',
            where: { zh: '第 2 个表格第 4 行第 3 列', en: 'table 2, row 4, column 3' },
          },
        ],
      },
    };
    const { dialog } = await openDialog(service);
    await insert(dialog);
    const result = await findMessageBar(INSERTED);
    expect(result.textContent).toContain(
      '已从“2021年报.docx”填入 120 个数：表三取自 第 2 个表格（第 3 页）。',
    );
    expect(result.textContent).toContain('“2021年报.docx”中没有表二');
    expect(within(within(result).getByRole('list')).getByRole('listitem').textContent).toBe(
      '表三 一、本年新收 × 自然人：第 2 个表格第 4 行第 3 列 的内容“约两件”不是有效数字',
    );
  });
});
