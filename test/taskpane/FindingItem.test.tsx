/** @jest-environment ./test/support/dom-environment.js */
import { render, screen } from '@testing-library/react';
import { checkGrid } from '../../src/check';
import type { Finding, Locale } from '../../src/report/types';
import { FindingItem } from '../../src/taskpane/components/FindingItem';
import { translator } from '../../src/taskpane/i18n';
import { I18nProvider } from '../../src/taskpane/i18n/context';
import { reportSheet } from '../support/report-sheet';
import { sheetWithErrors } from './fake-service';

/** The sheet with 自然人 × 予以公开 left blank: the diagnosis names the blank cell. */
function sheetWithBlank() {
  const s = reportSheet();
  s.set('applications', 'granted', 'natural-person', null);
  return s.grid();
}

function finding(grid: ReturnType<typeof sheetWithErrors>, ruleId: string, locale: Locale): Finding {
  const found = checkGrid(grid, { locale }).findings.find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no ${ruleId}`);
  return found;
}

function card(f: Finding, locale: Locale): HTMLElement {
  render(
    <I18nProvider value={translator(locale)}>
      <FindingItem
        finding={f}
        withSheet={false}
        selected={false}
        onSelect={() => {}}
        onSelectCell={() => {}}
      />
    </I18nProvider>,
  );
  return screen.getByRole('button');
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('a finding card says each fact once', () => {
  test.each<[string, () => ReturnType<typeof sheetWithErrors>, string, Locale, string, string, string[]]>([
    [
      'suspect cell',
      sheetWithErrors,
      'applications/suspect-cell',
      'zh-CN',
      '（一）予以公开 × 自然人',
      '2 条合计校验都指向这一格，应为 3，实际为 5（差 +2）；改正后这些校验将全部通过',
      ['差 +2'],
    ],
    [
      'row total: the row label is the title, not the message’s opening too',
      sheetWithErrors,
      'applications/row-total',
      'zh-CN',
      '（一）予以公开 × 总计',
      '总计应为六类申请人之和',
      ['差 -2'], // the total lags the raised cell: actual − expected
    ],
    [
      'blank suspect cell: 实际为空, never 0',
      sheetWithBlank,
      'applications/suspect-cell',
      'zh-CN',
      '（一）予以公开 × 自然人',
      '2 条合计校验都指向这一格，应为 3，实际为空；填入后这些校验将全部通过',
      ['实际为空'],
    ],
    [
      'English suspect cell',
      sheetWithErrors,
      'applications/suspect-cell',
      'en',
      'Granted × Natural persons',
      '2 failing totals rules all point at this cell; it should be 3, found 5 (off by +2); with that value they all pass',
      ['off by +2'],
    ],
  ])('%s', (_name, grid, ruleId, locale, title, body, once) => {
    const f = finding(grid(), ruleId, locale);
    const text = card(f, locale).textContent ?? '';
    // The head: severity word, the place's title, the address; then the message, which opens with `body`.
    expect(text).toMatch(
      new RegExp(`^${severityWord(f, locale)}${escape(title)}${escape(f.address)}${escape(body)}`),
    );
    expect(occurrences(text, title)).toBe(1);
    for (const fact of once) expect(occurrences(text, fact)).toBe(1);
    // No second values line, no unsigned difference, no blank told as 0.
    expect(text).not.toMatch(/差 \d|off by \d|实际为 0|found 0/);
  });

  test('a finding outside a table keeps its whole message and has no place title', () => {
    const f: Finding = { ...finding(sheetWithErrors(), 'applications/row-total', 'zh-CN') };
    delete f.rowLabel;
    delete f.columnLabel;
    // Severity word, address, then the whole message: no title between them.
    expect(card(f, 'zh-CN').textContent).toBe(`${severityWord(f, 'zh-CN')}${f.address}${f.message}`);
  });
});

const severityWord = (f: Finding, locale: Locale) =>
  translator(locale).t(f.severity === 'error' ? 'severityError' : 'severityWarning');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
