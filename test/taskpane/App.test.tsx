/** @jest-environment ./test/support/dom-environment.js */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import type { Locale } from '../../src/report/types';
import { fixtureGrid } from '../support/fixture';
import { reportSheet } from '../support/report-sheet';
import { translator } from '../../src/taskpane/i18n';
import { FakeWorkbookService, sheetWithErrors } from './fake-service';
import {
  FAILURE,
  findFindingsRegion,
  findMessageBar,
  findVerdict,
  findingRows,
  groupHeaders,
  messageBar,
  queryMessageBar,
  queryVerdict,
  verdict,
} from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

function renderPane(service: FakeWorkbookService, locale: Locale = 'zh-CN') {
  return render(<App service={service} locale={locale} templateYear={2023} />);
}

async function checkSheet(name = '校验当前工作表') {
  await user.click(screen.getByRole('button', { name }));
  await findVerdict();
}

const { ruleName } = translator('zh-CN');

describe('task pane verdict', () => {
  test('a clean report passes with its tables listed and names the rules that ran', async () => {
    const clean = reportSheet().grid();
    const report = checkGrid(clean);
    expect(report.findings).toEqual([]); // precondition: the generated sheet is consistent
    const service = new FakeWorkbookService([clean]);
    renderPane(service);
    await checkSheet();
    const passed = screen.getByRole('region', { name: '通过' });
    within(passed).getByRole('heading', { name: '通过' });
    expect(passed.textContent).toContain('0 个错误');
    expect(passed.textContent).toContain(
      `表三 收到和处理政府信息公开申请情况（2021 年版）：年报!${report.tables.find((t) => t.table === 'applications')?.range}`,
    );
    expect(within(passed).getAllByRole('listitem')).toHaveLength(report.tables.length);
    const empty = screen.getByRole('region', { name: '没有发现问题' });
    expect(empty.textContent).toContain(`共运行了 ${report.rulesRun.length} 条校验规则`);
    expect(within(empty).getAllByRole('listitem')).toHaveLength(report.rulesRun.length);
    expect(within(empty).getByText('最可能填错的单元格').tagName).toBe('LI');
    expect(service.checks).toEqual([{ scope: 'sheet', locale: 'zh-CN' }]);
  });

  test('the fixture report passes with its three tables found', async () => {
    renderPane(new FakeWorkbookService([fixtureGrid()]));
    await checkSheet();
    const passed = screen.getByRole('region', { name: '通过' });
    within(passed).getByRole('heading', { name: '通过' });
    expect(passed.textContent).toContain(
      '表三 收到和处理政府信息公开申请情况（2021 年版）：zhengzhou-zwfwb-2021!A40:J67',
    );
  });

  test('injected errors fail, with counts and findings grouped by rule, suspect cell first', async () => {
    const report = checkGrid(sheetWithErrors());
    renderPane(new FakeWorkbookService([sheetWithErrors()]));
    await checkSheet();
    const failed = screen.getByRole('region', { name: '未通过' });
    within(failed).getByRole('heading', { name: '未通过' });
    expect(report.errors).toBeGreaterThanOrEqual(3);
    expect(failed.textContent).toContain(`${report.errors} 个错误`);
    expect(failed.textContent).toContain(`${report.warnings} 个警告`);

    // One header per rule, named after it with its count; the suspect cell's group first.
    await findFindingsRegion();
    const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))];
    const headerOf = (id: string) =>
      `${ruleName(id)}${report.findings.filter((f) => f.ruleId === id).length} 处`;
    const headers = groupHeaders().map((h) => h.textContent);
    expect(headers[0]).toBe(headerOf('applications/suspect-cell'));
    expect(headers).toEqual(
      expect.arrayContaining([headerOf('cell/text-number'), headerOf('applications/row-total')]),
    );
    expect([...headers].sort()).toEqual(ruleIds.map(headerOf).sort());

    const suspect = findingRows()[0];
    expect(suspect.textContent).toContain('D26');
    expect(suspect.textContent).toContain('错误');
    expect(suspect.textContent).toContain('（一）予以公开 × 自然人');
    expect(suspect.textContent).toContain('应为 3，实际为 5（差 +2）');
    // The rule catalog's "why / how to fix" text opens each group, the suspect cell's first.
    const help = screen.getAllByText('原因与改法：').map((h) => h.parentElement?.textContent);
    expect(help).toHaveLength(ruleIds.length);
    expect(help[0]).toContain('先核对这一格');
    // Severity is a word too, not only a colour; a number stored as text is quoted, so it is told
    // apart from the number.
    const textNumber = findingRows().filter((row) => row.textContent?.includes('是文本格式的数字'));
    expect(textNumber.length).toBeGreaterThan(0);
    expect(textNumber[0].textContent).toMatch(/^警告/);
    expect(textNumber.map((row) => row.textContent).join()).toContain('“14”是文本格式的数字，应为数字 14');
  });

  test('a group collapses and expands from its header', async () => {
    renderPane(new FakeWorkbookService([sheetWithErrors()]));
    await checkSheet();
    const header = screen.getByRole('button', { name: /表三 行总计/ });
    const all = findingRows().length;
    const inGroup = checkGrid(sheetWithErrors()).findings.filter(
      (f) => f.ruleId === 'applications/row-total',
    );
    expect(inGroup.length).toBeGreaterThan(0);
    await user.click(header);
    expect(findingRows()).toHaveLength(all - inGroup.length);
    await user.click(header);
    expect(findingRows()).toHaveLength(all);
  });
});

describe('selecting findings', () => {
  test('click and keyboard Enter select the cell; arrows move between findings', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await checkSheet();
    const [first, second] = findingRows();
    expect(second.textContent).toContain('E24'); // the text-number warning follows the suspect cell
    await user.click(second);
    await waitFor(() => expect(service.selections).toEqual([{ sheet: '年报', address: 'E24' }]));
    expect(second.getAttribute('aria-current')).toBe('true');

    first.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(service.selections.at(-1)).toEqual({ sheet: '年报', address: 'D26' }));

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard(' ');
    await waitFor(() => expect(service.selections).toHaveLength(3));
    expect(findingRows().every((row) => row.tabIndex === 0)).toBe(true);
  });

  test('a failed selection shows the Office failure in a message bar', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await checkSheet();
    service.failNext = {
      code: 'sheet-missing',
      message: { zh: '工作表“年报”已被重命名或删除。', en: 'Sheet “年报” was renamed or deleted.' },
    };
    await user.click(findingRows()[0]);
    const bar = await findMessageBar(FAILURE);
    expect(bar.textContent).toContain('工作表“年报”已被重命名或删除。');
  });
});

describe('marking that fails or cannot be undone', () => {
  test('a protected sheet: the findings are shown with the red bar saying nothing was marked', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.failMarking = {
      code: 'protected',
      message: { zh: '工作表“年报”受保护，未做标记。', en: 'Sheet “年报” is protected; nothing was marked.' },
    };
    renderPane(service);
    await checkSheet();
    expect(messageBar(FAILURE).textContent).toContain('工作表“年报”受保护');
    await waitFor(() => expect(findingRows().length).toBeGreaterThan(0));
    expect(verdict().textContent).not.toContain('已在工作表中标记');
  });

  test('清除标记 names the sheets it could not find, how many cells stay marked, and the comments it kept', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.missingOnClear = [{ sheet: '年报（旧）', cells: 3 }];
    service.keptOnClear = ['年报!B7', '年报!C9'];
    renderPane(service);
    await checkSheet();
    await user.click(screen.getByRole('button', { name: '清除标记' }));
    // The done message opens the bar; what could not be done follows it.
    const notice = await screen.findByText(/^已恢复 7 个单元格的原有格式。/);
    expect(notice.textContent).toContain('已恢复 7 个单元格的原有格式。');
    expect(notice.textContent).toContain('工作表“年报（旧）”找不到了');
    expect(notice.textContent).toContain('其上 3 个单元格仍是标记颜色');
    expect(notice.textContent).toContain('年报!B7、年报!C9 上本助手的批注已有他人回复，为保留回复未删除。');
  });
});

describe('stale results', () => {
  test('a change to the checked cells marks the verdict stale; one click re-checks', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await checkSheet();
    await waitFor(() => expect(service.watchers).toHaveLength(1));
    expect(service.watchers[0].sheets).toEqual(['年报']);
    expect(screen.queryByText('已过期')).toBeNull();

    act(() => service.editCells());
    screen.getByText('已过期');

    service.grids = [fixtureGrid('年报')];
    await user.click(screen.getByRole('button', { name: '重新校验' }));
    await screen.findByRole('heading', { name: '通过' });
    expect(screen.queryByText('已过期')).toBeNull();
    expect(service.checks.map((c) => c.scope)).toEqual(['sheet', 'sheet']);
    // The old watch was dropped and a new one set on the re-checked sheet.
    await waitFor(() => expect(service.watchers).toHaveLength(1));
    expect(service.unwatched).toBe(1);
  });
});

describe('marks', () => {
  test('清除标记 is enabled after a check that painted and restores through the service', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    const clear = screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement;
    expect(clear.disabled).toBe(true);
    await checkSheet();
    const listed = findingRows().length;
    expect(clear.disabled).toBe(false);
    await user.click(clear);
    await screen.findByText('已恢复 7 个单元格的原有格式。');
    expect(service.clears).toBe(1);
    expect(clear.disabled).toBe(true);
    // The findings stay listed: only the colours were removed.
    expect(findingRows()).toHaveLength(listed);
  });

  test('marks left by an earlier session are offered for clearing on start', async () => {
    const service = new FakeWorkbookService([fixtureGrid()], { marks: true });
    renderPane(service);
    const bar = await findMessageBar('工作簿中有上次校验留下的标记');
    expect(bar.textContent).toContain('如需恢复单元格原来的格式');
    await user.click(within(bar).getByRole('button', { name: '清除标记' }));
    await screen.findByText(/^已恢复 \d+ 个单元格的原有格式。/);
    expect(service.clears).toBe(1);
    expect(queryMessageBar('工作簿中有上次校验留下的标记')).toBeNull();
  });
});

describe('empty states and failures', () => {
  test('no table: says what was looked for, where, and offers the template', async () => {
    const blank = new ArrayGrid({ sheet: '工作表1', values: [['会议纪要'], ['今天讨论了预算。']] });
    renderPane(new FakeWorkbookService([blank]), 'zh-CN');
    await checkSheet();
    screen.getByRole('heading', { name: '未找到表格' });
    const empty = screen.getByRole('region', { name: '未找到年报表格' });
    expect(empty.textContent).toContain('“工作表1”');
    expect(empty.textContent).toContain('表二（主动公开政府信息情况）');
    expect(empty.textContent).toContain('表四（政府信息公开行政复议、行政诉讼情况）');
    await user.click(within(empty).getByRole('button', { name: '插入模板' }));
    await screen.findByRole('dialog', { name: '插入年报模板' });
  });

  test('the toolbar’s template button is enabled and opens the template dialog', async () => {
    renderPane(new FakeWorkbookService([fixtureGrid()]));
    const button = screen.getByRole('button', { name: '插入模板' });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(false);
    await user.click(button);
    await screen.findByRole('dialog', { name: '插入年报模板' });
  });

  test('a failed check shows the message in the UI locale and no verdict', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    service.failNext = {
      code: 'cell-edit',
      message: { zh: '请先结束单元格编辑，再点击校验。', en: 'Finish editing the cell, then check again.' },
    };
    renderPane(service, 'en');
    await user.click(screen.getByRole('button', { name: 'Check this sheet' }));
    const bar = await findMessageBar(FAILURE);
    expect(bar.textContent).toContain('Finish editing the cell, then check again.');
    expect(queryVerdict()).toBeNull();
    await user.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(queryMessageBar(FAILURE)).toBeNull();
  });

  test('degraded features are listed after the verdict', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.degraded = [{ zh: '此版本不能写入批注。', en: 'This version cannot write notes.' }];
    renderPane(service);
    await checkSheet();
    expect(messageBar('此 Office 版本不支持部分功能').textContent).toContain('此版本不能写入批注。');
  });

  test('a whole-workbook check shows progress, then one report over every sheet', async () => {
    const service = new FakeWorkbookService([sheetWithErrors(), fixtureGrid('第二张')]);
    let release: () => void = () => undefined;
    const check = service.check.bind(service);
    service.check = async (scope, locale, onProgress) => {
      onProgress?.({ done: 1, total: 2, sheet: '第二张' });
      await new Promise<void>((resolve) => (release = resolve));
      return check(scope, locale);
    };
    renderPane(service);
    await user.click(screen.getByRole('button', { name: '校验整个工作簿' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');
    screen.getByText('正在校验工作簿：1/2 个工作表 — 第二张');
    expect((screen.getByRole('button', { name: '校验当前工作表' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await findVerdict();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(verdict().textContent).toContain('第二张!A40:J67');
    // Two sheets: addresses carry the sheet name.
    expect(findingRows()[0].textContent).toContain('年报!D26');
  });
});

describe('English', () => {
  test('the pane, verdict and findings speak English', async () => {
    renderPane(new FakeWorkbookService([sheetWithErrors()]), 'en');
    await user.click(screen.getByRole('button', { name: 'Check this sheet' }));
    await findVerdict();
    screen.getByRole('heading', { name: 'Failed' });
    expect(verdict().textContent).toContain(`${checkGrid(sheetWithErrors()).errors} errors`);
    expect(verdict().textContent).toContain('Table 三 Applications received and handled (2021 edition)');
    const suspect = findingRows()[0];
    expect(suspect.textContent).toContain('Error');
    expect(suspect.textContent).toContain('Granted × Natural persons');
    expect(suspect.textContent).toContain('it should be 3, found 5 (off by +2)');
    expect(suspect.textContent).toContain('failing totals rules all point at this cell');
    screen.getByRole('button', { name: /Most likely wrong cell/ });
  });
});
