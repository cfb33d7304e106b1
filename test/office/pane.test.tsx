/** @jest-environment ./test/support/dom-environment.js */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { MARK_STYLES, planMarks, type MarkKind } from '../../src/office/marks';
import { SNAPSHOT_KEY } from '../../src/office/snapshot';
import type { Report } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import type { ExcelHost, ExcelHostOptions, SheetModel } from '../support/excel-host';
import { FLAVOUR, formats, markedCells, reportModel, setup } from './helpers';
import { cellA1 } from '../support/a1';
import { translator } from '../../src/taskpane/i18n';
import {
  FAILURE,
  findVerdict,
  findingRows,
  groupHeaders,
  messageBar,
  queryMessageBar,
  verdict,
} from '../taskpane/queries';

/**
 * The task pane (src/taskpane/App.tsx) over the real ExcelWorkbookService, behind Microsoft's shipped
 * Excel runtime of this project's flavour and the simulated host: the user's main path, asserted in
 * the pane and in the workbook.
 */

// A check is several round trips through the runtime: leave room when the machine is busy, and let a
// waitFor that fails report what it waited for before the test's own time limit (30 s) runs out.
configure({ asyncUtilTimeout: 3000 });

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const { ruleName } = translator('zh-CN');

const SHEET = '年报';

/** The report sheet with errors: table 三's row total broken (with its suspect cell), two `12件` warnings. */
const withErrors = (name = SHEET) => reportModel(name, { unitTexts: 2, breakTotal: true });

/** What the engine finds on the sheet's values, and the mark each finding's cell should get. */
function expected(model: SheetModel): { report: Report; marks: Record<string, MarkKind> } {
  const report = checkGrid(new ArrayGrid({ sheet: model.name, values: model.rows }));
  const planned = planMarks(report.findings).get(model.name) ?? new Map();
  return { report, marks: Object.fromEntries([...planned].map(([a1, mark]) => [a1, mark.kind])) };
}

const KINDS = Object.keys(MARK_STYLES) as MarkKind[];
const a1Of = cellA1;

/** The cells of the sheet that carry a mark's fill, font colour and weight, by kind. */
function marksInHost(host: ExcelHost, model: SheetModel): Record<string, MarkKind> {
  const out: Record<string, MarkKind> = {};
  model.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const cell = host.cell(model.name, a1Of(r, c));
      const kind = KINDS.find(
        (k) =>
          MARK_STYLES[k].fill === cell.fill &&
          MARK_STYLES[k].fontColor === cell.fontColor &&
          MARK_STYLES[k].bold === cell.bold,
      );
      if (kind) out[a1Of(r, c)] = kind;
    }),
  );
  return out;
}

/** formats() lines of the cells not in `except`. */
const outside = (lines: string[], except: Record<string, unknown>) =>
  lines.filter((line) => !(line.split(':')[0] in except));

const toolbarButton = (name: string) =>
  within(screen.getByRole('toolbar')).getByRole('button', { name }) as HTMLButtonElement;
/** 清除标记's done message (a message bar without a title). */
const RESTORED = /^已恢复 \d+ 个单元格的原有格式。/;
const isStale = () => screen.queryByText('已过期') !== null;
/** Lets the host deliver change events it raised (after its response, on a timer) and the pane react. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

/** The pane over the real service; `check` clicks a check button and waits for the whole round. */
function openPane(sheets: SheetModel[], options: ExcelHostOptions = {}) {
  const { host, service } = setup(sheets, options);
  const checks = jest.spyOn(service, 'check');
  render(<App service={service} locale="zh-CN" templateYear={2023} />);

  /**
   * Clicks the button, waits for the service's answer, then for the pane to show it and to watch the
   * checked sheets again (the last step of a check).
   */
  const check = async (button: HTMLElement, watched: string[] = [SHEET]) => {
    const before = checks.mock.calls.length;
    await user.click(button);
    await waitFor(() => expect(checks.mock.calls).toHaveLength(before + 1));
    await act(async () => {
      await checks.mock.results[before].value;
    });
    await findVerdict();
    await waitFor(() => expect(toolbarButton('校验当前工作表').disabled).toBe(false));
    await waitFor(() => expect([...host.watched].sort()).toEqual([...watched].sort()));
  };
  return { host, check, checkSheet: () => check(toolbarButton('校验当前工作表')) };
}

describe(`task pane behind the real Office.js runtime (${FLAVOUR})`, () => {
  test('校验当前工作表 on a sheet with errors: 未通过, every finding listed, the wrong cells painted', async () => {
    const model = withErrors();
    const { report, marks } = expected(model);
    expect(report.errors).toBeGreaterThan(0); // precondition: errors and warnings to mark
    expect(report.warnings).toBeGreaterThan(0);
    expect(new Set(Object.values(marks))).toEqual(new Set(KINDS));
    const { host, checkSheet } = openPane([model]);
    const before = formats(host, model);

    await checkSheet();

    expect(within(verdict()).getByRole('heading').textContent).toBe('未通过');
    expect(verdict().textContent).toContain(`${report.errors} 个错误`);
    expect(verdict().textContent).toContain(`${report.warnings} 个警告`);
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));
    for (const f of report.findings)
      expect(findingRows().some((row) => row.textContent?.includes(f.address))).toBe(true);
    // The suspect cell's group comes first: its header names the rule.
    expect(groupHeaders()[0].textContent).toMatch(new RegExp(`^${ruleName('applications/suspect-cell')}`));

    // The workbook: exactly the findings' cells are painted, each in its kind's colours, with a note.
    expect(marksInHost(host, model)).toEqual(marks);
    for (const f of markedCells(report.findings))
      expect(host.cell(SHEET, f.address).note).toContain(f.message);
    expect(outside(formats(host, model), marks)).toEqual(outside(before, marks));
    expect(queryMessageBar(FAILURE)).toBeNull();
  });

  test('clicking a finding activates its sheet and selects its cell', async () => {
    // A workbook check while another sheet is active: the findings are on 年报, the user is elsewhere.
    const cover = reportModel('封面');
    const model = withErrors();
    const { report } = expected(model);
    const { host, check } = openPane([cover, model]);
    expect(host.activeSheet).toBe('封面');

    await check(toolbarButton('校验整个工作簿'), ['封面', SHEET]);
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));
    expect(host.activeSheet).toBe('封面'); // checking does not move the user

    const [first, second] = report.findings.filter((f) => f.sheet === SHEET);
    const rowOf = (address: string) =>
      findingRows().find((row) => row.textContent?.includes(`${SHEET}!${address}`));
    await user.click(rowOf(second.address) as HTMLElement);
    await waitFor(() => expect(host.selection).toEqual({ sheet: SHEET, address: second.address }));
    expect(host.activeSheet).toBe(SHEET);
    expect(rowOf(second.address)?.getAttribute('aria-current')).toBe('true');

    (rowOf(first.address) as HTMLElement).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.selection).toEqual({ sheet: SHEET, address: first.address }));
    expect(queryMessageBar(FAILURE)).toBeNull();
  });

  // 1.15 tells the add-in's own changes by triggerSource; 1.13 has none, so by "the add-in is writing".
  test.each(['1.15', '1.13'])(
    'ExcelApi %s: the user editing a checked cell makes the verdict 已过期; the pane’s own writes do not',
    async (apiVersion) => {
      const model = withErrors();
      const { host, checkSheet } = openPane([model], { apiVersion });
      await checkSheet();
      expect(Object.keys(marksInHost(host, model)).length).toBeGreaterThan(0);
      await settle();
      expect(isStale()).toBe(false);

      // 清除标记 writes every marked cell while the pane watches the sheet.
      await user.click(toolbarButton('清除标记'));
      await screen.findByText(RESTORED);
      expect(marksInHost(host, model)).toEqual({});
      await settle();
      expect(isStale()).toBe(false);
      expect(host.watched).toEqual([SHEET]);

      await act(() => host.edit(SHEET, 'B50', 3));
      expect(isStale()).toBe(true);
      expect(within(verdict()).getByText(/^校验之后单元格已有改动/).textContent).toBe(
        '校验之后单元格已有改动，结果可能不再准确。',
      );

      // 重新校验 paints again; neither that painting nor the old watch makes the new verdict stale.
      await user.click(screen.getByRole('button', { name: '重新校验' }));
      await waitFor(() => expect(Object.keys(marksInHost(host, model)).length).toBeGreaterThan(0));
      await waitFor(() => expect(host.watched).toEqual([SHEET]));
      await settle();
      expect(isStale()).toBe(false);
    },
  );

  test('清除标记 restores every cell’s own format exactly and says how many cells it restored', async () => {
    const plain = withErrors();
    const { report, marks } = expected(plain);
    const [white, green, blue] = markedCells(report.findings).map((f) => f.address);
    // The user's own formats on marked cells: a white fill (not No Fill), a green fill, a bold blue font.
    const model: SheetModel = {
      ...plain,
      fills: { [white]: '#FFFFFF', [green]: '#00B050', A1: '#D9E1F2' },
      fonts: { [blue]: { color: '#1F4E79', bold: true } },
    };
    const { host, checkSheet } = openPane([model]);
    const before = formats(host, model);
    const clear = toolbarButton('清除标记');
    expect(clear.disabled).toBe(true);

    await checkSheet();
    expect(marksInHost(host, model)).toEqual(marks);
    expect(host.setting(SNAPSHOT_KEY)).toBeDefined();
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));
    expect(clear.disabled).toBe(false);

    await user.click(clear);
    const notice = await screen.findByText(RESTORED);
    expect(notice.textContent).toContain(`已恢复 ${Object.keys(marks).length} 个单元格的原有格式。`);
    expect(formats(host, model)).toEqual(before);
    expect(host.cell(SHEET, white).fill).toBe('#FFFFFF');
    expect(host.cell(SHEET, green).fill).toBe('#00B050');
    expect(host.cell(SHEET, blue)).toMatchObject({ fontColor: '#1F4E79', bold: true });
    expect(host.setting(SNAPSHOT_KEY)).toBeUndefined();
    // Only the colours went: the findings stay listed, and there is nothing left to clear.
    expect(findingRows()).toHaveLength(report.findings.length);
    await waitFor(() => expect(clear.disabled).toBe(true));
  });

  test('a protected sheet: the findings are shown with the red bar naming the sheet, nothing painted', async () => {
    const model: SheetModel = { ...withErrors(), protected: true };
    const { report } = expected(model);
    const { host, checkSheet } = openPane([model]);
    const before = formats(host, model);

    await checkSheet();

    const bar = messageBar(FAILURE);
    expect(bar.textContent).toContain(`工作表“${SHEET}”受保护，无法标记问题单元格。`);
    expect(within(verdict()).getByRole('heading').textContent).toBe('未通过');
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));
    expect(formats(host, model)).toEqual(before);
    expect(host.setting(SNAPSHOT_KEY)).toBeUndefined();
    expect(toolbarButton('清除标记').disabled).toBe(true);
  });

  test('checking again and again: each check paints and lists its findings', async () => {
    const model = withErrors();
    const { report, marks } = expected(model);
    const { host, checkSheet } = openPane([model]);
    const before = formats(host, model);

    await checkSheet();
    expect(marksInHost(host, model)).toEqual(marks);
    // Straight away a second time: it runs, and the first check's watch is replaced, not doubled.
    await checkSheet();
    expect(marksInHost(host, model)).toEqual(marks);
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));
    expect(host.watched).toEqual([SHEET]);

    // Cleared, then checked again: painted again.
    await user.click(toolbarButton('清除标记'));
    await screen.findByText(RESTORED);
    expect(formats(host, model)).toEqual(before);
    await checkSheet();
    expect(marksInHost(host, model)).toEqual(marks);
    expect(screen.queryByText(RESTORED)).toBeNull();
    await waitFor(() => expect(findingRows()).toHaveLength(report.findings.length));

    // The user adds a mistake: the next check finds, lists and paints it too. It goes in table 四,
    // which has no unit text yet, so it is a finding of its own (in table 二 it would join the group).
    const listed = findingRows().length;
    const reviewsTop = model.rows.findIndex((row) => row.some((v) => v === '行政复议'));
    const number = model.rows
      .flatMap((row, r) => row.map((v, c) => ({ v, r, a1: a1Of(r, c) })))
      .find(({ v, r, a1 }) => r > reviewsTop && typeof v === 'number' && !(a1 in marks));
    if (!number) throw new Error('no unmarked number cell');
    await act(() => host.edit(SHEET, number.a1, `${number.v}件`));
    expect(isStale()).toBe(true);
    await checkSheet();
    expect(isStale()).toBe(false);
    expect(marksInHost(host, model)).toEqual({ ...marks, [number.a1]: 'warning' });
    await waitFor(() => expect(findingRows()).toHaveLength(listed + 1));
    expect(findingRows().some((row) => row.textContent?.includes(number.a1))).toBe(true);
  });
});
