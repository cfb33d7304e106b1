/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { checkGrid } from '../../src/check';
import { acceptanceOf, type Acceptance } from '../../src/report/reviews';
import type { Finding, Locale } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import { translator } from '../../src/taskpane/i18n';
import { FakeWorkbookService, sheetWithErrors } from './fake-service';
import {
  FAILURE,
  findFindingsRegion,
  findMessageBar,
  findVerdict,
  findingRows,
  messageBar,
  queryMessageBar,
  verdict,
  dialogClosed,
  WITH_HIDDEN,
} from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const REASON = '清理后调整，已在报告中说明';

function renderPane(service: FakeWorkbookService, locale: Locale = 'zh-CN') {
  return render(<App service={service} locale={locale} templateYear={2023} />);
}

async function check(name = '校验当前工作表') {
  await user.click(screen.getByRole('button', { name }));
  await findVerdict();
  await findFindingsRegion();
}

/** Types `text` into a cleared text box, as a user would. */
async function fill(box: HTMLElement, text: string) {
  await user.clear(box);
  await user.type(box, text);
}

/** The header of a rule's group in the findings list, named after the rule. */
const textNumberGroup = () =>
  screen.queryByRole('button', { name: new RegExp(`^${translator('zh-CN').ruleName('cell/text-number')}`) });
/** The bar naming stored acceptances that match no finding any more. */
const UNMATCHED = /条确认已不再对应任何问题$/;
/** The card (row, its actions and parts) of the finding at `address`. */
function cardAt(address: string): HTMLElement {
  const row = findingRows().find((r) => r.textContent?.includes(address));
  const card = row?.closest('li');
  if (!card) throw new Error(`no finding listed at ${address}`);
  return card;
}
const verdictText = (options: { hidden?: boolean } = {}) => verdict(options).textContent ?? '';

/** The engine's findings on the sheet with errors: the text-number warning at E24 and the errors. */
function engineFindings() {
  const report = checkGrid(sheetWithErrors());
  const warning = report.findings.find((f) => f.ruleId === 'cell/text-number') as Finding;
  expect(warning?.address).toBe('E24'); // precondition
  return { report, warning, errors: report.findings.filter((f) => f.severity === 'error') };
}

async function acceptAt(address: string, reason: string, labels = { accept: '确认…', save: '保存确认' }) {
  await user.click(within(cardAt(address)).getByRole('button', { name: labels.accept }));
  const dialog = await screen.findByRole('dialog');
  await fill(within(dialog).getByRole('textbox'), reason);
  await user.click(within(dialog).getByRole('button', { name: labels.save }));
  return dialog;
}

describe('确认… (accepting a finding with a reason)', () => {
  test('asks for a reason, saves it in the workbook and moves the finding out of the counts without a re-check', async () => {
    const { report, warning } = engineFindings();
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await check();
    expect(verdictText()).toContain(`${report.warnings} 个警告`);

    await user.click(within(cardAt('E24')).getByRole('button', { name: '确认…' }));
    const dialog = await screen.findByRole('dialog', { name: '确认此问题' });
    const reason = within(dialog).getByRole('textbox', { name: /确认理由/ });
    expect(reason.getAttribute('placeholder')).toContain(REASON);
    expect(dialog.textContent).toContain(warning.message);

    // No reason, no save.
    await user.click(within(dialog).getByRole('button', { name: '保存确认' }));
    within(dialog).getByText('请填写确认理由。');
    await fill(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: '保存确认' }));
    expect(service.savedReviews).toEqual([]);

    await fill(reason, `  ${REASON} `);
    await user.click(within(dialog).getByRole('button', { name: '保存确认' }));
    await dialogClosed();
    expect(service.savedReviews).toEqual([
      [
        expect.objectContaining({
          fingerprint: warning.fingerprint,
          ruleId: 'cell/text-number',
          reason: REASON,
          message: warning.message,
          accepted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        }),
      ],
    ]);

    // Out of the counts and of its rule's group; listed, collapsed, under 已确认 (1).
    expect(verdictText()).toContain(`${report.warnings - 1} 个警告`);
    expect(verdictText()).toContain(`${report.errors} 个错误`);
    expect(verdictText()).toContain('1 个已确认');
    expect(textNumberGroup()).toBeNull();
    expect(findingRows().some((r) => r.textContent?.includes('E24'))).toBe(false);
    const header = screen.getByRole('button', { name: '已确认（1）' });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await user.click(header);
    const card = cardAt('E24');
    expect(card.textContent).toContain(`确认理由：${REASON}`);
    expect(service.checks).toHaveLength(1);

    // 撤销确认: back in its group and in the counts.
    await user.click(within(card).getByRole('button', { name: '撤销确认' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /已确认/ })).toBeNull());
    expect(service.savedReviews.at(-1)).toEqual([]);
    expect(verdictText()).toContain(`${report.warnings} 个警告`);
    expect(verdictText()).not.toContain('已确认');
    expect(textNumberGroup()?.getAttribute('aria-expanded')).toBe('true');
    expect(findingRows().filter((r) => r.textContent?.includes('E24'))).toHaveLength(1);
    expect(service.checks).toHaveLength(1);
  });

  test('acceptances stored in the workbook apply at the check: every error accepted turns 未通过 into 通过', async () => {
    const { report, errors } = engineFindings();
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.acceptances = errors.map((f) => acceptanceOf(f, '已核实'));
    renderPane(service);
    await check();
    within(verdict()).getByRole('heading', { name: '通过' });
    expect(verdictText()).toContain('0 个错误');
    expect(verdictText()).toContain(`${report.warnings} 个警告`);
    expect(verdictText()).toContain(`${errors.length} 个已确认`);
    expect(findingRows()).toHaveLength(report.findings.length - errors.length);
    await user.click(screen.getByRole('button', { name: `已确认（${errors.length}）` }));
    expect(findingRows()).toHaveLength(report.findings.length);
  });

  test('with every finding accepted, the pane says nothing is open and still lists them', async () => {
    const { report } = engineFindings();
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.acceptances = report.findings.map((f) => acceptanceOf(f, '已核实'));
    renderPane(service);
    await check();
    screen.getByRole('heading', { name: '没有待处理的问题' });
    screen.getByRole('button', { name: `已确认（${report.findings.length}）` });
  });

  test('a failed save keeps the dialog open with the reason typed, and changes nothing', async () => {
    const { report } = engineFindings();
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await check();
    service.failNext = {
      code: 'unknown',
      message: { zh: '无法保存到工作簿，请重试。', en: 'Could not save to the workbook; try again.' },
    };
    const dialog = await acceptAt('E24', REASON);
    await within(dialog).findByText('无法保存到工作簿，请重试。');
    expect((within(dialog).getByRole('textbox') as HTMLTextAreaElement).value).toBe(REASON);
    expect(service.acceptances).toEqual([]);
    // The pane behind the open dialog (aria-hidden there) still counts the warning.
    expect(verdictText(WITH_HIDDEN)).toContain(`${report.warnings} 个警告`);
    // Trying again saves.
    await user.click(within(dialog).getByRole('button', { name: '保存确认' }));
    await dialogClosed();
    expect(service.acceptances).toHaveLength(1);
  });

  test('cancel saves nothing', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await check();
    await user.click(within(cardAt('E24')).getByRole('button', { name: '确认…' }));
    const dialog = await screen.findByRole('dialog');
    await fill(within(dialog).getByRole('textbox'), REASON);
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await dialogClosed();
    expect(service.savedReviews).toEqual([]);
    expect(screen.queryByRole('button', { name: /已确认/ })).toBeNull();
  });
});

describe('acceptances that no longer match', () => {
  const stale = (sheet: string): Acceptance => ({
    fingerprint: `cell/text-number|${sheet}|applications#0|new|legal-services`,
    ruleId: 'cell/text-number',
    reason: '旧的确认',
  });

  test('are named in a short notice and removed on request; another sheet’s are kept after 校验当前工作表', async () => {
    const { warning } = engineFindings();
    const matching = acceptanceOf(warning, REASON);
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.acceptances = [matching, stale('年报'), stale('其他单位')];
    renderPane(service);
    await check();
    const notice = messageBar(UNMATCHED);
    // Only 年报 was checked: the acceptance on 其他单位 was not looked at, so it is not stale.
    expect(notice.textContent).toContain('1 条确认已不再对应任何问题');
    await user.click(within(notice).getByRole('button', { name: '移除这些确认' }));
    await waitFor(() => expect(queryMessageBar(UNMATCHED)).toBeNull());
    expect(service.savedReviews).toEqual([[matching, stale('其他单位')]]);
    screen.getByRole('button', { name: '已确认（1）' });
  });

  test('a failed removal shows the failure and keeps them', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.acceptances = [stale('年报')];
    renderPane(service);
    await check();
    service.failNext = {
      code: 'protected',
      message: { zh: '工作簿受保护，无法保存。', en: 'The workbook is protected.' },
    };
    await user.click(screen.getByRole('button', { name: '移除这些确认' }));
    expect((await findMessageBar(FAILURE)).textContent).toContain('工作簿受保护，无法保存。');
    messageBar(UNMATCHED);
    expect(service.acceptances).toEqual([stale('年报')]);
  });

  test('a whole-workbook check counts every acceptance that matched nothing', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    service.acceptances = [stale('年报'), stale('已删除的表')];
    renderPane(service);
    await check('校验整个工作簿');
    messageBar('2 条确认已不再对应任何问题');
  });

  test('none: no notice', async () => {
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service);
    await check();
    expect(queryMessageBar(UNMATCHED)).toBeNull();
  });
});

describe('English', () => {
  test('accept, the accepted group, the reason and undo speak English', async () => {
    const { report } = engineFindings();
    const service = new FakeWorkbookService([sheetWithErrors()]);
    renderPane(service, 'en');
    await check('Check this sheet');
    await user.click(within(cardAt('E24')).getByRole('button', { name: 'Accept…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this finding' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    within(dialog).getByText('Please give a reason.');
    await fill(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Adjusted after clean-up');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await dialogClosed();
    expect(verdictText()).toContain(`${report.warnings - 1} warnings`);
    expect(verdictText()).toContain('1 accepted');
    await user.click(screen.getByRole('button', { name: 'Accepted (1)' }));
    expect(cardAt('E24').textContent).toContain('Reason: Adjusted after clean-up');
    within(cardAt('E24')).getByRole('button', { name: 'Undo acceptance' });
  });
});
