import type { Grid } from '../../grid';
import type { CellRef } from '../../locate/types';
import type { RawFinding, Rule } from '../types';

/**
 * The report named as last year's (the CLI's --previous, the pane's choice) is of another body or
 * not of the year before, so the cross-year rules did not use it. Reported by checkGrids, which
 * decides the pairing: this rule carries the metadata and messages, and builds the finding.
 */
const rule: Rule = {
  meta: {
    id: 'cross-year/previous-mismatch',
    severity: 'warning',
    tags: ['cross-year'],
    description: {
      zh: '指定的上一年度报告应是同一机关上一年的报告；不是的，不用于跨年度核对。',
      en: 'The report given as last year’s must be the same body’s report of the year before; otherwise it is not used.',
    },
    help: {
      zh: '跨年度核对（结转、现行有效件数、与上年重复）只比较同一机关相邻两年的报告。机关名称和年度取自报告标题（如“某某局2021年政府信息公开工作年度报告”）。请选择正确的上年报告，或核对两份报告的标题。',
      en: 'The cross-year checks (carry-over, documents in force, repetition) compare one body’s reports of consecutive years only. Body and year come from the titles (e.g. 某某局2021年政府信息公开工作年度报告): choose the right report, or correct the titles.',
    },
    messages: {
      'zh-CN': {
        otherBody: '指定的上年报告（{source}）是“{previousBody}”的报告，本报告是“{body}”的，未用于跨年度核对',
        otherYear:
          '指定的上年报告（{source}）是 {previousYear} 年的报告，本报告为 {year} 年，应为 {expectedYear} 年的报告，未用于跨年度核对',
        otherBodyAndYear:
          '指定的上年报告（{source}）是“{previousBody}”{previousYear} 年的报告，应为“{body}”{expectedYear} 年的报告，未用于跨年度核对',
      },
      en: {
        otherBody:
          'The report given as last year’s ({source}) is {previousBody}’s, this one is {body}’s: not used for the cross-year checks',
        otherYear:
          'The report given as last year’s ({source}) is of {previousYear}; this one is of {year}, so it should be of {expectedYear}: not used for the cross-year checks',
        otherBodyAndYear:
          'The report given as last year’s ({source}) is {previousBody}’s of {previousYear}; it should be {body}’s of {expectedYear}: not used for the cross-year checks',
      },
    },
  },
  // Applies when a report was named as last year's: checkGrids reports it.
  applies: () => false,
  check() {
    // Reported by checkGrids, which pairs the sheets.
  },
};

/** What the engine knows of a sheet: its body and year from the title. */
export interface Identity {
  body: string | null;
  year: number | null;
}

/** The title: the finding is about what it names. A1 when none is found. */
function titleCell(grid: Grid): CellRef {
  const rows = Math.min(grid.rowCount, 60);
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < Math.min(grid.colCount, 10); col++) {
      const v = grid.value(row, col);
      if (typeof v === 'string' && v.length <= 120 && /政府信息公开(?:工作)?年度?报告/.test(v))
        return { row, col };
    }
  return { row: 0, col: 0 };
}

/**
 * The finding for a sheet whose named last year's report was not used, or undefined when neither
 * body nor year is known to differ (the report was then not rejected for what it is).
 */
export function previousMismatch(
  grid: Grid,
  sheet: Identity,
  previous: Identity,
  source: string,
): RawFinding | undefined {
  const otherBody = sheet.body !== null && previous.body !== null && sheet.body !== previous.body;
  const expectedYear = sheet.year === null ? null : sheet.year - 1;
  const otherYear = expectedYear !== null && previous.year !== null && previous.year !== expectedYear;
  if (!otherBody && !otherYear) return undefined;
  // Each message gets the names it shows: the bodies, the years, or both.
  const bodies = { body: sheet.body, previousBody: previous.body };
  const years = { previousYear: previous.year, expectedYear };
  const cell = titleCell(grid);
  if (otherBody && otherYear)
    return {
      messageId: 'otherBodyAndYear',
      cell,
      expected: `${sheet.body} ${expectedYear}`,
      actual: `${previous.body} ${previous.year}`,
      data: { source, ...bodies, ...years },
    };
  if (otherBody)
    return {
      messageId: 'otherBody',
      cell,
      expected: sheet.body,
      actual: previous.body,
      data: { source, ...bodies },
    };
  return {
    messageId: 'otherYear',
    cell,
    expected: expectedYear,
    actual: previous.year,
    data: { source, ...years, year: sheet.year },
  };
}

export default rule;
