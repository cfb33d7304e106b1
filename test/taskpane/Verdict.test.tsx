/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { checkGrid } from '../../src/check';
import type { TableId } from '../../src/format';
import type { Locale } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import { sheetWithTables } from '../support/partial-sheet';
import { FakeWorkbookService } from './fake-service';
import { findVerdict } from './queries';

/** The line naming the tables not found, whose rules did not run. */
const MISSING_LINE = /没有运行|did not run/;

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

async function checkPane(keep: TableId[], locale: Locale, broken = false) {
  const grid = sheetWithTables(keep, {
    edit: broken ? (s) => s.set('applications', 'granted', 'research', 99) : undefined,
  });
  render(<App service={new FakeWorkbookService([grid])} locale={locale} templateYear={2023} />);
  await user.click(
    screen.getByRole('button', { name: locale === 'en' ? 'Check this sheet' : '校验当前工作表' }),
  );
  return { verdict: await findVerdict(), report: checkGrid(grid) };
}

describe('verdict bar when tables are missing', () => {
  test.each<[string, TableId[], Locale, string, string | null]>([
    [
      'table 三 alone',
      ['applications'],
      'zh-CN',
      '未发现错误，但未找到表二、表四',
      '未找到表二、表四：这些表格的规则没有运行。',
    ],
    [
      'table 三 alone',
      ['applications'],
      'en',
      'No errors, but not found: tables 二 and 四',
      'Not found: tables 二 and 四. Their rules did not run.',
    ],
    [
      'tables 三 and 四',
      ['applications', 'reviews'],
      'zh-CN',
      '未发现错误，但未找到表二',
      '未找到表二：这些表格的规则没有运行。',
    ],
    [
      'tables 三 and 四',
      ['applications', 'reviews'],
      'en',
      'No errors, but not found: table 二',
      'Not found: table 二. Their rules did not run.',
    ],
    ['all three', ['proactive', 'applications', 'reviews'], 'zh-CN', '通过', null],
    ['all three', ['proactive', 'applications', 'reviews'], 'en', 'Passed', null],
  ])('%s, %j, %s: %s', async (_name, keep, locale, headline, missingLine) => {
    const { verdict } = await checkPane(keep, locale);
    expect(within(verdict).getByRole('heading', { level: 2 }).textContent).toBe(headline);
    const missing = within(verdict).queryByText(MISSING_LINE);
    expect(missing?.textContent ?? null).toBe(missingLine);
  });

  test.each<[Locale, string, string]>([
    ['zh-CN', '未通过', '未找到表二、表四：这些表格的规则没有运行。'],
    ['en', 'Failed', 'Not found: tables 二 and 四. Their rules did not run.'],
  ])(
    'errors with tables missing (%s): %s, and the missing tables are named',
    async (locale, headline, line) => {
      const { verdict, report } = await checkPane(['applications'], locale, true);
      expect(report.errors).toBeGreaterThan(0);
      expect(within(verdict).getByRole('heading', { level: 2 }).textContent).toBe(headline);
      expect(within(verdict).getByText(MISSING_LINE).textContent).toBe(line);
    },
  );

  test('the rules listed as run are those that had a table to check', async () => {
    const { report } = await checkPane(['applications'], 'zh-CN');
    const empty = screen.getByRole('region', { name: '没有发现问题' });
    const names = within(empty)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toHaveLength(report.rulesRun.length);
    expect(names).toEqual(expect.arrayContaining(['表三 收支平衡', '最可能填错的单元格']));
    for (const absent of ['表四 各组总计', '表二 旧版标签', '与上年结转不符', '表二 现行有效件数接续'])
      expect(names).not.toContain(absent);
  });
});
