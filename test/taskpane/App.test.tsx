/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import type { Locale } from '../../src/report/types';
import { fixtureGrid } from '../support/fixture';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService, sheetWithErrors } from './fake-service';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to choose a layout.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderPane(service: FakeWorkbookService, locale: Locale = 'zh-CN') {
  return render(<App service={service} locale={locale} templateYear={2023} />);
}

async function checkSheet(name = '校验当前工作表') {
  fireEvent.click(screen.getByRole('button', { name }));
  await screen.findByTestId('verdict');
}

const findingRows = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-finding'));

describe('task pane verdict', () => {
  test('a clean report passes with its tables listed and names the rules that ran', async () => {
    const clean = reportSheet().grid();
    const report = checkGrid(clean);
    expect(report.findings).toEqual([]); // precondition: the generated sheet is consistent
    const service = new FakeWorkbookService([clean]);
    renderPane(service);
    await checkSheet();
    const verdict = screen.getByTestId('verdict');
    expect(within(verdict).getByRole('heading', { name: '通过' })).toBeTruthy();
    expect(verdict.textContent).toContain('0 个错误');
    expect(verdict.textContent).toContain(
      `表三 收到和处理政府信息公开申请情况（2021 年版）：年报!${report.tables.find((t) => t.table === 'applications')?.range}`,
    );
    expect(within(verdict).getAllByRole('listitem')).toHaveLength(report.tables.length);
    const empty = screen.getByTestId('empty-no-findings');
    expect(empty.textContent).toContain(`共运行了 ${report.rulesRun.length} 条校验规则`);
    expect(within(empty).getAllByRole('listitem')).toHaveLength(report.rulesRun.length);
    expect(within(empty).getByText('最可能填错的单元格')).toBeTruthy();
    expect(service.checks).toEqual([{ scope: 'sheet', locale: 'zh-CN' }]);
  });

  test('the fixture report passes with its three tables found', async () => {
    renderPane(new FakeWorkbookService([fixtureGrid()]));
    await checkSheet();
    const verdict = screen.getByTestId('verdict');
    expect(within(verdict).getByRole('heading', { name: '通过' })).toBeTruthy();
    expect(verdict.textContent).toContain(
      '表三 收到和处理政府信息公开申请情况（2021 年版）：zhengzhou-zwfwb-2021!A40:J67',
    );
  });

  test('injected errors fail, with counts and findings grouped by rule, suspect cell first', async () => {
    const report = checkGrid(sheetWithErrors());
    renderPane(new FakeWorkbookService([sheetWithErrors()]));
    await checkSheet();
    const verdict = screen.getByTestId('verdict');
    expect(within(verdict).getByRole('heading', { name: '未通过' })).toBeTruthy();
    expect(report.errors).toBeGreaterThanOrEqual(3);
    expect(verdict.textContent).toContain(`${report.errors} 个错误`);
    expect(verdict.textContent).toContain(`${report.warnings} 个警告`);

    const groups = [...document.querySelectorAll<HTMLElement>('[data-rule]:not([data-finding])')];
    const rules = groups.map((g) => g.getAttribute('data-rule'));
    expect(rules[0]).toBe('applications/suspect-cell');
    expect(rules).toEqual(expect.arrayContaining(['cell/text-number', 'applications/row-total']));
    expect(new Set(rules).size).toBe(rules.length);
    groups.forEach((group, i) => {
      const count = report.findings.filter((f) => f.ruleId === rules[i]).length;
      expect(within(group).getByTestId('group-count').textContent).toBe(`${count} 处`);
    });

    const suspect = findingRows()[0];
    expect(suspect.textContent).toContain('D26');
    expect(suspect.textContent).toContain('错误');
    expect(suspect.textContent).toContain('（一）予以公开 × 自然人');
    expect(suspect.textContent).toContain('应为 3，实际为 5（差 +2）');
    // The rule catalog's "why / how to fix" text sits in the group.
    expect(groups[0].textContent).toContain('原因与改法：');
    expect(groups[0].textContent).toContain('先核对这一格');
    // Severity is a word too, not only a colour.
    const textNumber = groups[rules.indexOf('cell/text-number')];
    expect(within(textNumber).getByText('警告')).toBeTruthy();
    // A number stored as text is quoted, so it is told apart from the number.
    expect(textNumber.textContent).toContain('“14”是文本格式的数字，应为数字 14');
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
    fireEvent.click(header);
    expect(findingRows()).toHaveLength(all - inGroup.length);
    fireEvent.click(header);
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
    fireEvent.click(second);
    await waitFor(() => expect(service.selections).toEqual([{ sheet: '年报', address: 'E24' }]));
    expect(second.getAttribute('aria-current')).toBe('true');

    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    await waitFor(() => expect(service.selections.at(-1)).toEqual({ sheet: '年报', address: 'D26' }));

    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: ' ' });
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
    fireEvent.click(findingRows()[0]);
    const bar = await screen.findByTestId('failure');
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
    expect(screen.getByTestId('failure').textContent).toContain('工作表“年报”受保护');
    await waitFor(() => expect(findingRows().length).toBeGreaterThan(0));
    expect(screen.getByTestId('verdict').textContent).not.toContain('已在工作表中标记');
  });

  test('清除标记 names the sheets it could not find, how many cells stay marked, and the comments it kept', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.missingOnClear = [{ sheet: '年报（旧）', cells: 3 }];
    service.keptOnClear = ['年报!B7', '年报!C9'];
    renderPane(service);
    await checkSheet();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    const notice = await screen.findByTestId('notice');
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
    expect(screen.getByText('已过期')).toBeTruthy();

    service.grids = [fixtureGrid('年报')];
    fireEvent.click(screen.getByRole('button', { name: '重新校验' }));
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
    fireEvent.click(clear);
    expect((await screen.findByTestId('notice')).textContent).toContain('已恢复 7 个单元格的原有格式');
    expect(service.clears).toBe(1);
    expect(clear.disabled).toBe(true);
    // The findings stay listed: only the colours were removed.
    expect(findingRows()).toHaveLength(listed);
  });

  test('marks left by an earlier session are offered for clearing on start', async () => {
    const service = new FakeWorkbookService([fixtureGrid()], { marks: true });
    renderPane(service);
    const bar = await screen.findByTestId('earlier-marks');
    expect(bar.textContent).toContain('上次校验留下的标记');
    fireEvent.click(within(bar).getByRole('button', { name: '清除标记' }));
    await screen.findByTestId('notice');
    expect(service.clears).toBe(1);
    expect(screen.queryByTestId('earlier-marks')).toBeNull();
  });
});

describe('empty states and failures', () => {
  test('no table: says what was looked for, where, and offers the template', async () => {
    const blank = new ArrayGrid({ sheet: '工作表1', values: [['会议纪要'], ['今天讨论了预算。']] });
    renderPane(new FakeWorkbookService([blank]), 'zh-CN');
    await checkSheet();
    expect(screen.getByRole('heading', { name: '未找到表格' })).toBeTruthy();
    const empty = screen.getByTestId('empty-no-table');
    expect(empty.textContent).toContain('“工作表1”');
    expect(empty.textContent).toContain('表二（主动公开政府信息情况）');
    expect(empty.textContent).toContain('表四（政府信息公开行政复议、行政诉讼情况）');
    fireEvent.click(within(empty).getByRole('button', { name: '插入模板' }));
    expect(await screen.findByRole('dialog', { name: '插入年报模板' })).toBeTruthy();
  });

  test('the toolbar’s template button is enabled and opens the template dialog', async () => {
    renderPane(new FakeWorkbookService([fixtureGrid()]));
    const button = screen.getByRole('button', { name: '插入模板' });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(false);
    fireEvent.click(button);
    expect(await screen.findByRole('dialog', { name: '插入年报模板' })).toBeTruthy();
  });

  test('a failed check shows the message in the UI locale and no verdict', async () => {
    const service = new FakeWorkbookService([fixtureGrid()]);
    service.failNext = {
      code: 'cell-edit',
      message: { zh: '请先结束单元格编辑，再点击校验。', en: 'Finish editing the cell, then check again.' },
    };
    renderPane(service, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    const bar = await screen.findByTestId('failure');
    expect(bar.textContent).toContain('Finish editing the cell, then check again.');
    expect(screen.queryByTestId('verdict')).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('failure')).toBeNull();
  });

  test('degraded features are listed after the verdict', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.degraded = [{ zh: '此版本不能写入批注。', en: 'This version cannot write notes.' }];
    renderPane(service);
    await checkSheet();
    expect(screen.getByTestId('degraded').textContent).toContain('此版本不能写入批注。');
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
    fireEvent.click(screen.getByRole('button', { name: '校验整个工作簿' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');
    expect(screen.getByText('正在校验工作簿：1/2 个工作表 — 第二张')).toBeTruthy();
    expect((screen.getByRole('button', { name: '校验当前工作表' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await screen.findByTestId('verdict');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('verdict').textContent).toContain('第二张!A40:J67');
    // Two sheets: addresses carry the sheet name.
    expect(findingRows()[0].textContent).toContain('年报!D26');
  });
});

describe('English', () => {
  test('the pane, verdict and findings speak English', async () => {
    renderPane(new FakeWorkbookService([sheetWithErrors()]), 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    await screen.findByTestId('verdict');
    expect(screen.getByRole('heading', { name: 'Failed' })).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toContain(
      `${checkGrid(sheetWithErrors()).errors} errors`,
    );
    expect(screen.getByTestId('verdict').textContent).toContain(
      'Table 三 Applications received and handled (2021 edition)',
    );
    const suspect = findingRows()[0];
    expect(suspect.textContent).toContain('Error');
    expect(suspect.textContent).toContain('Granted × Natural persons');
    expect(suspect.textContent).toContain('it should be 3, found 5 (off by +2)');
    expect(suspect.textContent).toContain('failing totals rules all point at this cell');
    expect(screen.getByRole('button', { name: /Most likely wrong cell/ })).toBeTruthy();
  });
});
