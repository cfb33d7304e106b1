/** @jest-environment ./test/support/dom-environment.js */
import './support/browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CSV_COLUMNS } from '../../src/report/present-csv';
import type { Locale } from '../../src/report/types';
import { WebApp } from '../../src/web/App';
import { Cancelled, type CheckerPool } from '../../src/web/pool';
import { unreadableResult, type FileResult } from '../../src/web/worker/protocol';
import { REVIEWS_KEY } from '../../src/web/reviews-store';
import { translator } from '../../src/taskpane/i18n';
import { findingRows, findingsRegion, groupHeaders } from '../taskpane/queries';
import { blobBytes, blobText, stubBlobUrls } from './support/blobs';
import { inProcessPool, type InProcessPool } from './support/in-process-pool';
import { departmentSheet, reportWorkbook, sheetWithOneError } from './support/workbooks';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const VALID = '财政局2024年报.xlsx';
const ONE_ERROR = '民政局2024年报.xlsx';
const DAMAGED = '损坏的文件.xlsx';
const REASON = '复议案件跨年度结转，已在报告中说明';

let bytes: Record<string, Uint8Array<ArrayBuffer>>;
/** The cell of 民政局's one error. */
let wrongCell: string;

beforeAll(async () => {
  const { sheet, address } = sheetWithOneError('某某市民政局', 2024);
  wrongCell = address;
  bytes = {
    [VALID]: await reportWorkbook(departmentSheet('某某市财政局', 2024)),
    [ONE_ERROR]: await reportWorkbook(sheet),
    [DAMAGED]: new TextEncoder().encode('PK\u0003\u0004 这不是一个完整的工作簿'),
  };
});

let urls: ReturnType<typeof stubBlobUrls>;
/** Links the page clicked to save a download. */
let saved: { name: string; blob: Blob | undefined }[];

beforeEach(() => {
  localStorage.clear();
  urls = stubBlobUrls();
  saved = [];
  // jsdom cannot download (it would try to navigate): the click is recorded instead.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: urls.blobs.get(this.getAttribute('href') ?? '') });
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  urls.restore();
});

const fileOf = (name: string) => new File([bytes[name]], name);

function renderPage(locale: Locale = 'zh-CN', pool: InProcessPool = inProcessPool()) {
  render(<WebApp locale={locale} pool={pool} />);
  return pool;
}

/** The file picker the 选择文件 button opens (the input is named like the button). */
const picker = () => screen.getByLabelText(/^(选择文件|Choose files)$/);

/** Files chosen in the file picker. */
function pick(...names: string[]) {
  return user.upload(picker(), names.map(fileOf));
}

/** The batch table's body rows, each as its cells after the tick box: file, body, year, edition, status… */
const batchRows = (options: { hidden?: boolean } = {}) => {
  const table = screen.queryByRole('table', { name: '各单位年报校验结果', ...options });
  return table
    ? within(table)
        .getAllByRole('row', options)
        .slice(1)
        .map((row) => ({
          row,
          cells: within(row)
            .getAllByRole('cell', options)
            .slice(1)
            .map((c) => c.textContent ?? ''),
        }))
    : [];
};
/** Rows of files (a department on the list without a file shows — for its file). */
const rows = (options: { hidden?: boolean } = {}) => batchRows(options).filter((r) => r.cells[0] !== '—');
const rowFiles = () => rows().map((r) => r.cells[0]);
const rowStatuses = (options: { hidden?: boolean } = {}) =>
  Object.fromEntries(rows(options).map((r) => [r.cells[0], r.cells[4]]));
/** A file's report: a region named after the file. */
const report = (name: string) => screen.queryByRole('region', { name });
/** A report's verdict bar, named by its headline (通过, 未通过, 无法读取此文件…). */
const verdictBar = (view: HTMLElement, headline: string) =>
  within(view).queryByRole('group', { name: headline });
const GROUP_TOTAL = `${translator('zh-CN').ruleName('reviews/group-total')}1 处`;

/** Picks the files and waits for the batch to be checked. */
async function checkBatch(...names: string[]) {
  pick(...names);
  await waitFor(() => expect(rows()).toHaveLength(names.length), { timeout: 15000 });
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

/**
 * Fluent's focus manager (tabster) is one per window and outlives each test's page; after an earlier
 * test it may leave a new dialog marked aria-hidden in jsdom. The dialog is found by its title and
 * its controls with `hidden` included, so the cases do not depend on their order.
 */
const HIDDEN = { hidden: true } as const;
async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: title, ...HIDDEN });
  return heading.closest('[role="dialog"]') as HTMLElement;
}

async function openReport(name: string) {
  await user.click(rows().find((r) => r.cells[0] === name)?.row as HTMLElement);
  await waitFor(() => expect(report(name)).not.toBeNull());
  return report(name) as HTMLElement;
}

describe('审核台', () => {
  test('several files through the file input: one row per file with its status', async () => {
    const pool = renderPage();
    await checkBatch(ONE_ERROR, VALID, DAMAGED);
    expect(rowStatuses()).toEqual({ [VALID]: '通过', [ONE_ERROR]: '未通过', [DAMAGED]: '无法读取' });
    // In pinyin order of their paths (cai, min, sun), checked once each (no last year's report).
    expect(rowFiles()).toEqual([VALID, ONE_ERROR, DAMAGED]);
    expect(pool.tasks.map((t) => t.kind)).toEqual(['check', 'check', 'check']);
    // The table, not a report: several files were given.
    for (const name of [VALID, ONE_ERROR, DAMAGED]) expect(report(name)).toBeNull();
  });

  test('one file: its report at once, without a table to click through or 返回列表', async () => {
    renderPage();
    await pick(ONE_ERROR);
    await waitFor(() => expect(report(ONE_ERROR)).not.toBeNull(), { timeout: 15000 });
    const view = report(ONE_ERROR) as HTMLElement;
    expect(verdictBar(view, '未通过')).not.toBeNull();
    await waitFor(() => findingsRegion(view));
    expect(within(view).queryByRole('button', { name: '返回列表' })).toBeNull();
    expect(view.textContent).toContain('某某市民政局 · 2024');

    // More files dropped on it: now a batch, so the table.
    await pick(VALID);
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 15000 });
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(report(ONE_ERROR)).toBeNull();
  });

  test('a row opens its report: findings with their rules, the wrong cell marked; 返回列表 goes back', async () => {
    renderPage();
    await checkBatch(VALID, ONE_ERROR, DAMAGED);
    const view = await openReport(ONE_ERROR);
    expect(verdictBar(view, '未通过')).not.toBeNull();
    await waitFor(() => findingsRegion(view));
    const findings = findingRows(view);
    expect(findings).toHaveLength(1);
    expect(groupHeaders(view).map((h) => h.textContent)).toEqual([GROUP_TOTAL]);
    const marked = [...view.querySelectorAll<HTMLElement>('td[data-mark]')].map((td) => td.dataset.address);
    expect(marked).toContain(wrongCell);
    // A click on the finding selects its cell in the grid.
    await user.click(findings[0]);
    await waitFor(() =>
      expect(view.querySelector<HTMLElement>('td[data-selected="true"]')?.dataset.address).toBe(wrongCell),
    );
    await user.click(within(view).getByRole('button', { name: '返回列表' }));
    await waitFor(() => expect(report(ONE_ERROR)).toBeNull());

    const damaged = await openReport(DAMAGED);
    expect(verdictBar(damaged, '无法读取此文件')).not.toBeNull();
  });

  test('accepting the only error with a reason: 已确认, recounted, the row passes, the state kept in local storage', async () => {
    renderPage();
    await checkBatch(VALID, ONE_ERROR);
    const view = await openReport(ONE_ERROR);
    await waitFor(() => findingsRegion(view));
    const finding = findingRows(view)[0].closest('li') as HTMLElement;
    await user.click(within(finding).getByRole('button', { name: '确认…' }));
    const dialog = await findDialog('确认此问题');
    await user.type(within(dialog).getByRole('textbox', HIDDEN), `  ${REASON} `);
    await user.click(within(dialog).getByRole('button', { name: '保存确认', ...HIDDEN }));
    await waitFor(() => expect(screen.queryByRole('dialog', HIDDEN)).toBeNull());
    // The page is back in the accessibility tree once the dialog's focus trap lets go (asynchronous).
    await waitFor(() => expect(verdictBar(view, '通过')).not.toBeNull());
    expect(view.textContent).toContain('0 个错误');
    expect(within(view).queryByRole('button', { name: GROUP_TOTAL })).toBeNull();
    within(view).getByRole('button', { name: '已确认（1）' });
    expect(view.querySelector('td[data-mark]')).toBeNull();
    // The list, hidden behind the open report, is up to date already.
    expect(rowStatuses(HIDDEN)[ONE_ERROR]).toBe('通过');

    const stored = JSON.parse(localStorage.getItem(REVIEWS_KEY) ?? '{}') as Record<string, unknown>;
    expect(stored).toEqual({
      [`${ONE_ERROR}|${bytes[ONE_ERROR].length}`]: [
        expect.objectContaining({ ruleId: 'reviews/group-total', reason: REASON }),
      ],
    });

    await user.click(within(view).getByRole('button', { name: '返回列表' }));
    await waitFor(() => expect(report(ONE_ERROR)).toBeNull());
    expect(rowStatuses()).toEqual({ [VALID]: '通过', [ONE_ERROR]: '通过' });

    // 撤销确认: the error is back, and so is the row's status; nothing is kept.
    const again = await openReport(ONE_ERROR);
    await user.click(within(again).getByRole('button', { name: '已确认（1）' }));
    await user.click(await within(again).findByRole('button', { name: '撤销确认' }));
    await waitFor(() => expect(verdictBar(again, '未通过')).not.toBeNull());
    expect(rowStatuses(HIDDEN)[ONE_ERROR]).toBe('未通过');
    expect(JSON.parse(localStorage.getItem(REVIEWS_KEY) ?? 'null')).toEqual({});
  });

  test('a review state saved before applies when the same file is checked again', async () => {
    renderPage();
    await pick(ONE_ERROR);
    await waitFor(() => expect(findingRows()).toHaveLength(1), { timeout: 15000 });
    // The fingerprint is not shown to users: the row carries it for the page's own use.
    const fingerprint = findingRows()[0].dataset.finding;
    expect(fingerprint).toMatch(/^reviews\/group-total\|/);
    localStorage.setItem(
      REVIEWS_KEY,
      JSON.stringify({
        [`${ONE_ERROR}|${bytes[ONE_ERROR].length}`]: [
          { fingerprint, ruleId: 'reviews/group-total', reason: REASON },
        ],
      }),
    );
    // The page closed and opened again on the same machine.
    cleanup();
    renderPage();
    await pick(ONE_ERROR);
    await waitFor(() => expect(verdictBar(report(ONE_ERROR) as HTMLElement, '通过')).not.toBeNull(), {
      timeout: 15000,
    });
    within(report(ONE_ERROR) as HTMLElement).getByRole('button', { name: '已确认（1）' });
  });

  test('the list of departments expected: those without a report show as 缺报', async () => {
    renderPage();
    await checkBatch(VALID, ONE_ERROR);
    await user.click(screen.getByRole('button', { name: '应报单位名单' }));
    const dialog = await findDialog('应报单位名单');
    await user.type(
      within(dialog).getByRole('textbox', { name: '应报单位名单', ...HIDDEN }),
      '单位名称\n某某市财政局\n某某市民政局\n某某市卫生健康委员会\n',
    );
    await user.click(within(dialog).getByRole('button', { name: '应用', ...HIDDEN }));
    // A department on the list without a file: no file (—), its name, and 缺报.
    const missing = () => batchRows().filter((r) => r.cells[0] === '—');
    await waitFor(() => expect(missing()).toHaveLength(1));
    expect([missing()[0].cells[1], missing()[0].cells[4]]).toEqual(['某某市卫生健康委员会', '缺报']);
    screen.getByRole('button', { name: '名单 3 个单位' });
  });

  test('downloads: 问题清单.csv with the CLI’s columns, and one report’s 审核意见', async () => {
    renderPage();
    await checkBatch(VALID, ONE_ERROR, DAMAGED);
    await user.click(screen.getByRole('button', { name: '下载' }));
    await user.click(await screen.findByRole('menuitem', { name: '问题清单（.csv）' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('问题清单.csv');
    const csv = saved[0].blob as Blob;
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const made = await blobBytes(csv);
    // UTF-8 with a byte-order mark, so that Excel reads the Chinese right.
    expect([...made.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await blobText(csv)).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.some((l) => l.startsWith(`${ONE_ERROR},invalid,error,reviews/group-total`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${DAMAGED},unreadable`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${VALID},valid`))).toBe(true);
    await screen.findByText('已下载 问题清单.csv。');

    const view = await openReport(ONE_ERROR);
    await user.click(within(view).getByRole('button', { name: '下载审核意见' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10000 });
    expect(saved[1].name).toBe('某某市民政局2024审核意见.docx');
    const docx = await blobBytes(saved[1].blob as Blob);
    // A Word file is a zip.
    expect([...docx.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // The links were clicked and taken away again.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  test('English: the page speaks English', async () => {
    renderPage('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Annual disclosure report review desk',
    );
    screen.getByRole('button', { name: 'Choose files' });
    await pick(ONE_ERROR);
    await waitFor(() => findingsRegion(report(ONE_ERROR) ?? undefined), { timeout: 15000 });
    const view = report(ONE_ERROR) as HTMLElement;
    within(view).getByRole('button', { name: 'Download review opinion' });
    within(view).getByRole('button', { name: 'Accept…' });
    expect(view.textContent).toContain('1 error');
    expect(view.textContent).not.toContain('1 errors');
    expect(view.textContent).toContain('Failed');
    // None of the page's Chinese words, outside the report's own text (its grid).
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('table').forEach((table) => table.remove());
    expect(page.textContent).not.toMatch(/下载|选择|返回|确认|通过|个错误|名单|清空|校验|表格/);
  });
});

/** A pool that answers at once, except for the files held, which wait until cancelled. */
function holdingPool(held: readonly string[]) {
  const requested: string[] = [];
  const waiting: ((e: Error) => void)[] = [];
  const result = (name: string): FileResult => unreadableResult(name, '—');
  const pool: CheckerPool = {
    check(task) {
      requested.push(task.name);
      if (!held.includes(task.name)) return Promise.resolve(result(task.name));
      return new Promise((_resolve, reject) => waiting.push(reject));
    },
    make: () => Promise.reject(new Error('not here')),
    cancel() {
      for (const reject of waiting.splice(0)) reject(new Cancelled());
    },
  };
  return { pool, requested };
}

describe('取消', () => {
  test('stops the batch: files not yet checked are never sent, those checked stay, the rest are counted', async () => {
    // One worker: three files read ahead (PIPELINE + 1).
    jest.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(2);
    const { pool, requested } = holdingPool(['b.xlsx', 'd.xlsx']);
    let release: (bytes: ArrayBuffer) => void = () => undefined;
    const slow = new File(['c'], 'c.xlsx');
    // A large file still being read when 取消 is pressed.
    Object.defineProperty(slow, 'arrayBuffer', {
      value: () => new Promise<ArrayBuffer>((resolve) => (release = resolve)),
    });
    render(<WebApp locale="zh-CN" pool={pool} />);
    const files = [
      new File(['a'], 'a.xlsx'),
      new File(['b'], 'b.xlsx'),
      slow,
      ...['d', 'e'].map((n) => new File([n], `${n}.xlsx`)),
    ];
    await user.upload(picker(), files);
    await waitFor(() => expect(requested).toEqual(['a.xlsx', 'b.xlsx', 'd.xlsx']));

    await user.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    screen.getByText('已取消：4 个文件未校验。');
    await waitFor(() => expect(rowFiles()).toEqual(['a.xlsx']));

    // The file being read when cancelled finishes reading: nothing after it is sent.
    release(new ArrayBuffer(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested).not.toContain('e.xlsx');
    expect(rowFiles()).toEqual(['a.xlsx']);
    // Five files were given: the one left is a row of the table, not opened as a single report.
    expect(report('a.xlsx')).toBeNull();
  });
});
