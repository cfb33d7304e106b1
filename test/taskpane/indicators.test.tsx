/** @jest-environment ./test/support/dom-environment.js */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import type { Indicators, Ratio } from '../../src/report/indicators';
import type { Locale, Report } from '../../src/report/types';
import { App } from '../../src/taskpane/App';
import { reportSheet } from '../support/report-sheet';
import { FakeWorkbookService } from './fake-service';
import { findVerdict } from './queries';

// A user's clicks and keys, as the browser dispatches them (pointer, focus, key events in order).
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup();
});

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** 96 of 100 disclosed, 2 refused, 1 of 10 decisions corrected (one group without any case). */
const FIGURES: Indicators = {
  disclosureRate: ratio(96, 100),
  deniedShare: ratio(2, 100),
  correctionRate: {
    review: ratio(0, 5),
    litigationDirect: ratio(1, 5),
    litigationAfterReview: ratio(0, 0),
    overall: ratio(1, 10),
  },
};

const withIndicators =
  (...perSheet: (Indicators | null)[]) =>
  (report: Report): Report => ({
    ...report,
    sheetSummaries: report.sheetSummaries.map((s, i) => ({ ...s, indicators: perSheet[i] ?? null })),
  });

async function checkPane(service: FakeWorkbookService, locale: Locale = 'zh-CN', scope = 'sheet') {
  render(<App service={service} locale={locale} templateYear={2023} />);
  const name = {
    sheet: { 'zh-CN': '校验当前工作表', en: 'Check this sheet' },
    workbook: { 'zh-CN': '校验整个工作簿', en: 'Check the whole workbook' },
  }[scope as 'sheet' | 'workbook'][locale];
  await user.click(screen.getByRole('button', { name }));
  await findVerdict();
}

const region = (locale: Locale = 'zh-CN') =>
  screen.getByRole('region', { name: locale === 'en' ? 'Indicators' : '指标' });

describe('indicators beside the verdict', () => {
  test('one sheet: one line, each figure with the numbers it comes from', async () => {
    const service = new FakeWorkbookService([reportSheet().grid()]);
    service.editReport = withIndicators(FIGURES);
    await checkPane(service);
    expect(within(region()).getByRole('paragraph').textContent).toBe(
      '公开率 96.0%（96/100） · 不予公开 2.0%（2/100） · 纠错率 10.0%（1/10）',
    );
    // The formula and 纠错率's groups in the tooltips; a group without cases reads —.
    const correction = within(region()).getByText('纠错率 10.0%（1/10）');
    expect(correction.title).toContain('行政复议 0.0%（0/5）；直接起诉 20.0%（1/5）；复议后起诉 —（0/0）');
    expect(within(region()).getByText('公开率 96.0%（96/100）').title).toContain('予以公开');
  });

  test('English', async () => {
    const service = new FakeWorkbookService([reportSheet().grid()]);
    service.editReport = withIndicators(FIGURES);
    await checkPane(service, 'en');
    expect(within(region('en')).getByRole('paragraph').textContent).toBe(
      'Disclosure rate 96.0% (96/100) · Refused 2.0% (2/100) · Correction rate 10.0% (1/10)',
    );
  });

  test('a figure the tables cannot give reads —, with its numbers when the denominator is 0', async () => {
    const service = new FakeWorkbookService([reportSheet().grid()]);
    service.editReport = withIndicators({
      disclosureRate: null,
      deniedShare: null,
      correctionRate: { ...FIGURES.correctionRate, overall: ratio(0, 0) } as Indicators['correctionRate'],
    });
    await checkPane(service);
    expect(within(region()).getByRole('paragraph').textContent).toBe(
      '公开率 — · 不予公开 — · 纠错率 —（0/0）',
    );
  });

  test('the engine’s figures for a checked sheet are the ones shown', async () => {
    const grid = reportSheet().grid();
    const figures = checkGrid(grid).sheetSummaries[0].indicators;
    const rate = figures?.disclosureRate;
    expect(rate?.denominator).toBeGreaterThan(0); // precondition: the sheet has a readable table 三
    await checkPane(new FakeWorkbookService([grid]));
    within(region()).getByText(
      `公开率 ${((rate?.value ?? 0) * 100).toFixed(1)}%（${rate?.numerator}/${rate?.denominator}）`,
    );
  });

  test('several sheets: one line per sheet that has the tables', async () => {
    const sheet = (name: string) => new ArrayGrid({ sheet: name, values: reportSheet().rows });
    const service = new FakeWorkbookService([
      sheet('财政局'),
      new ArrayGrid({ sheet: '说明', values: [['填报说明']] }),
      sheet('教育局'),
    ]);
    service.editReport = withIndicators(FIGURES, null, {
      ...FIGURES,
      disclosureRate: ratio(45, 50),
    });
    await checkPane(service, 'zh-CN', 'workbook');
    const lines = within(region())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      '财政局：公开率 96.0%（96/100） · 不予公开 2.0%（2/100） · 纠错率 10.0%（1/10）',
      '教育局：公开率 90.0%（45/50） · 不予公开 2.0%（2/100） · 纠错率 10.0%（1/10）',
    ]);
  });

  test('no table 三 or 四 anywhere: no indicators', async () => {
    const blank = new ArrayGrid({ sheet: '工作表1', values: [['会议纪要']] });
    await checkPane(new FakeWorkbookService([blank]));
    expect(screen.queryByRole('region', { name: '指标' })).toBeNull();
  });
});
