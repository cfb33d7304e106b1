/** @jest-environment ./test/support/dom-environment.js */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/host';
import type { Locale } from '../../src/report/types';
import { fixtureGrid } from '../support/fixture';
import { FakeWorkbookService, sheetWithErrors } from './fake-service';
import { findMessageBar, findVerdict, findingRows } from './queries';

/** The bar offering to clear an earlier check's marks, titled for the workbook or the document. */
const EARLIER_MARKS = /上次校验留下的标记|marks from an earlier check/;

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

/** What each host's pane shows: one row per host, the same steps for both. */
interface HostCase {
  host: PaneHost;
  toolbar: string[];
  intro: string;
  /** How the verdict lists table 三 of the fixture. */
  tableLine: string;
  yearPlaceholder: string;
  previousYear: boolean;
  /** 年度 and 机关名称 make the Excel template's title; Word inserts only the tables. */
  titleFields: boolean;
  templateIntro: string;
  fill: string;
  fillHint: string;
  totals: [string, string];
  inserted: string;
  marksFound: string;
  cleared: string;
}

const CASES: HostCase[] = [
  {
    host: 'excel',
    toolbar: ['校验当前工作表', '校验整个工作簿', '清除标记', '插入模板', '汇总'],
    intro: '点击“校验当前工作表”检查本表中的表二、表三、表四；问题单元格会被标色，并在下方列出。',
    tableLine: '表三 收到和处理政府信息公开申请情况（2021 年版）：年报!A40:J67',
    yearPlaceholder: '按标题或工作表名',
    previousYear: true,
    titleFields: true,
    templateIntro:
      '在新工作表中插入《政府信息公开工作年度报告格式》，含表二、表三、表四，填写时自动校验；现有工作表不会被改动。',
    fill: '当前工作表',
    fillHint: '在当前工作表中查找表二、表三、表四，把其中的数字填入模板；无法读取的格留空并列出。',
    totals: ['公式自动计算', '手工填写（表内自动核对）'],
    inserted: '已插入模板“年报模板”。',
    marksFound: '工作簿中有上次校验留下的标记如需恢复单元格原来的格式，请点击“清除标记”。',
    cleared: '已恢复 7 个单元格的原有格式。',
  },
  {
    host: 'word',
    toolbar: ['校验本文档', '清除标记', '插入模板'],
    intro: '点击“校验本文档”检查文档中的表二、表三、表四及正文；有问题的表格单元格会加上底纹，并在下方列出。',
    tableLine: '表三 收到和处理政府信息公开申请情况（2021 年版）',
    yearPlaceholder: '按标题',
    previousYear: false,
    titleFields: false,
    templateIntro:
      '在光标处插入《政府信息公开工作年度报告格式》的表二、表三、表四；文档中的其他内容不会被改动。',
    fill: '本文档中的表格',
    fillHint: '在本文档中查找表二、表三、表四，把其中的数字填入插入的表格；无法读取的格留空并列出。',
    totals: ['插入时按各项算出（之后不自动更新）', '手工填写（从原表填入时照抄其总计）'],
    inserted: '已在光标处插入表二、表三、表四。',
    marksFound:
      '文档中有上次校验留下的标记如需恢复表格单元格原来的底纹并删除本助手的批注，请点击“清除标记”。',
    cleared: '已恢复 7 个表格单元格原来的底纹。',
  },
];

function renderPane(service: FakeWorkbookService, host: PaneHost, locale: Locale = 'zh-CN') {
  return render(<App service={service} locale={locale} host={host} templateYear={2023} />);
}

const toolbarButtons = () =>
  within(screen.getByRole('toolbar'))
    .getAllByRole('button')
    .map((b) => b.textContent);

async function check(c: HostCase) {
  await user.click(screen.getByRole('button', { name: c.toolbar[0] }));
  return findVerdict();
}

async function openOptions() {
  const details = screen.getByText('校验选项').closest('details') as HTMLDetailsElement;
  details.open = true;
  await act(async () => {
    details.dispatchEvent(new Event('toggle'));
  });
}

describe.each(CASES)('the pane in $host', (c) => {
  test('toolbar: the check buttons, 清除标记, 插入模板 and 汇总 where it means something', () => {
    renderPane(new FakeWorkbookService([fixtureGrid('年报')]), c.host);
    expect(toolbarButtons()).toEqual(c.toolbar);
    screen.getByText(c.intro);
  });

  test('the first button checks the sheet scope and lists the tables found in the host’s terms', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报')]);
    renderPane(service, c.host);
    const verdict = await check(c);
    expect(service.checks).toEqual([{ scope: 'sheet', locale: 'zh-CN' }]);
    const lines = within(verdict)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain(c.tableLine);
  });

  test('校验选项: the year in both hosts, last year’s sheet only in Excel', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报'), fixtureGrid('上年')]);
    const listSheets = jest.spyOn(service, 'listSheets');
    renderPane(service, c.host);
    await openOptions();
    const year = screen.getByLabelText('报告年度') as HTMLInputElement;
    expect(year.placeholder).toBe(c.yearPlaceholder);
    expect(screen.queryByLabelText('上年报告') !== null).toBe(c.previousYear);
    // Word has no sheets to offer, so it does not ask for them.
    expect(listSheets).toHaveBeenCalledTimes(c.previousYear ? 1 : 0);
    await user.type(year, '2021');
    await check(c);
    expect(service.requests).toEqual([{ year: 2021 }]);
  });

  test('a report over several sheets gets the sheet overview only in Excel', async () => {
    const service = new FakeWorkbookService([sheetWithErrors(), fixtureGrid('第二张')]);
    const run = service.check.bind(service);
    service.check = (_scope, locale, onProgress, request) => run('workbook', locale, onProgress, request);
    renderPane(service, c.host);
    await check(c);
    expect(screen.queryByRole('table', { name: '各工作表概况' }) !== null).toBe(c.host === 'excel');
  });

  test('插入模板: the dialog says where the tables go and what fills them', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报')]);
    renderPane(service, c.host);
    await user.click(screen.getByRole('button', { name: '插入模板' }));
    const dialog = await screen.findByRole('dialog', { name: '插入年报模板' });
    within(dialog).getByText(c.templateIntro);
    expect(within(dialog).queryByRole('textbox', { name: '机关名称' }) !== null).toBe(c.titleFields);
    expect(within(dialog).queryByRole('textbox', { name: /年度/ }) !== null).toBe(c.titleFields);
    await user.click(within(dialog).getByRole('radio', { name: c.fill }));
    within(dialog).getByText(c.fillHint);
    const totals = within(dialog).getByRole('radiogroup', { name: '总计' });
    expect(
      within(totals)
        .getAllByRole('radio')
        .map((r) => r.closest('span')?.textContent),
    ).toEqual(c.totals);
    await user.click(within(dialog).getByRole('button', { name: '插入' }));
    // The result bar is titled with what was inserted.
    await findMessageBar(c.inserted);
    expect(service.templates.map((t) => t.fill)).toEqual(['active-sheet']);
  });

  test('marks from an earlier check: the bar, then 清除标记 says what was restored', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报')], { marks: true });
    renderPane(service, c.host);
    const bar = await findMessageBar(EARLIER_MARKS);
    expect(bar.textContent).toBe(c.marksFound + '清除标记');
    await user.click(within(bar).getByRole('button', { name: '清除标记' }));
    expect((await screen.findByText(c.cleared)).textContent).toBe(c.cleared);
  });
});

describe('the pane in Word', () => {
  /** The fake's findings placed as the Word service places them: in a document table. */
  function wordService() {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.editReport = (report) => ({
      ...report,
      findings: report.findings.map((f, i) => ({
        ...f,
        location: { kind: 'table-cell', table: 2, row: 7 + i, column: 3, page: null },
      })),
    });
    return service;
  }

  test('findings name their place in the document; a click selects it by its address', async () => {
    const service = wordService();
    renderPane(service, 'word');
    await check(CASES[1]);
    const [first] = findingRows();
    expect(first.textContent).toContain('第 2 个表格第 7 行第 3 列');
    expect(first.textContent).not.toContain('D26');
    expect(first.getAttribute('title')).toBe('在文档中选中第 2 个表格第 7 行第 3 列');
    await user.click(first);
    await waitFor(() => expect(service.selections).toEqual([{ sheet: '年报', address: 'D26' }]));
  });

  test('清除标记 adds what the Word service says about cells it left alone', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报')], { marks: true });
    service.notesOnClear = [
      {
        zh: '2 个单元格在标记后被改过底纹，保留现状。',
        en: '2 cells were reshaded after marking and left as they are.',
      },
    ];
    renderPane(service, 'word');
    await user.click(within(await findMessageBar(EARLIER_MARKS)).getByRole('button', { name: '清除标记' }));
    const notice = await screen.findByText(/^已恢复 7 个表格单元格原来的底纹。/);
    expect(notice.textContent).toBe(
      '已恢复 7 个表格单元格原来的底纹。2 个单元格在标记后被改过底纹，保留现状。',
    );
  });

  test('an edit after the check says the document changed', async () => {
    const service = wordService();
    renderPane(service, 'word');
    await check(CASES[1]);
    await waitFor(() => expect(service.watchers).toHaveLength(1));
    act(() => service.editCells());
    screen.getByText('校验之后文档已有改动，结果可能不再准确。');
  });

  test('in English', async () => {
    const service = new FakeWorkbookService([fixtureGrid('年报')], { marks: true });
    renderPane(service, 'word', 'en');
    expect(toolbarButtons()).toEqual(['Check this document', 'Clear marks', 'Insert template']);
    expect((await findMessageBar(EARLIER_MARKS)).textContent).toContain(
      'The document has marks from an earlier check',
    );
    await user.click(screen.getByRole('button', { name: 'Check this document' }));
    const verdict = await findVerdict();
    expect(verdict.textContent).toContain('Table 三 Applications received and handled (2021 edition)');
    expect(verdict.textContent).not.toContain('年报!');
  });
});
