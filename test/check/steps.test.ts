/** The pure steps checkGrids is made of, each on its own. */
import {
  describeSheet,
  pairSheets,
  reportYear,
  selectRules,
  sheetSummary,
  tableSummaries,
  withCounts,
  type SheetInfo,
} from '../../src/check';
import type { Edition, TableId } from '../../src/format';
import { ArrayGrid } from '../../src/grid';
import type { LocatedTable } from '../../src/locate/types';
import type { Finding, SheetSummary } from '../../src/report/types';
import { RULES, ruleById, type Rule } from '../../src/rules';
import { reportSheet } from '../support/report-sheet';

const CARRY_OVER = 'cross-year/carry-over';
const MISMATCH = 'cross-year/previous-mismatch';
const rule = (id: string): Rule => {
  const found = ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const ids = (rules: readonly Rule[]) => rules.map((r) => r.meta.id);

describe('selectRules', () => {
  const [a, b, c] = RULES.slice(0, 3).map((r) => r.meta.id);
  const three = RULES.slice(0, 3);
  it.each<[string, { only?: string[]; disable?: string[] }, string[]]>([
    ['every rule without options', {}, [a, b, c]],
    ['only the named ones', { only: [c, a] }, [a, c]],
    ['none when only names none', { only: [] }, []],
    ['all but the disabled', { disable: [b] }, [a, c]],
    ['disable wins over only', { only: [a, b], disable: [b] }, [a]],
    ['an unknown id changes nothing', { disable: ['no/such-rule'] }, [a, b, c]],
  ])('%s', (_name, options, expected) => {
    expect(ids(selectRules(three, options))).toEqual(expected);
  });
});

describe('pairSheets', () => {
  function grid(year: number, name: string, body: string) {
    const s = reportSheet({ title: `${body}${year}年政府信息公开工作年度报告` });
    return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
  }
  const info = (year: number, name = String(year), body = '某某局') => describeSheet(grid(year, name, body));
  const y2021 = info(2021);
  const y2020 = info(2020);
  const y2019 = info(2019);
  const last2020 = info(2020, 'last');
  const last2019 = info(2019, 'last');

  it.each<
    [string, SheetInfo[], SheetInfo[] | undefined, string[], (SheetInfo | undefined)[], boolean, string[]]
  >([
    [
      'pairs within the workbook when a rule compares',
      [y2021, y2020],
      undefined,
      [CARRY_OVER],
      [y2020, undefined],
      false,
      [],
    ],
    [
      'no pairing when only the mismatch rule runs',
      [y2021, y2020],
      undefined,
      [MISMATCH],
      [undefined, undefined],
      false,
      [],
    ],
    [
      'no pairing without a cross-year rule',
      [y2021, y2020],
      undefined,
      ['structure/no-table'],
      [undefined, undefined],
      false,
      [],
    ],
    [
      'years not consecutive: no pair',
      [y2021, y2019],
      undefined,
      [CARRY_OVER],
      [undefined, undefined],
      false,
      [],
    ],
    ['the named report fits', [y2021], [last2020], [CARRY_OVER, MISMATCH], [last2020], false, [MISMATCH]],
    [
      'the named report fits no sheet: rejected',
      [y2021],
      [last2019],
      [CARRY_OVER, MISMATCH],
      [undefined],
      true,
      [MISMATCH],
    ],
    ['rejected but the mismatch rule is off', [y2021], [last2019], [CARRY_OVER], [undefined], false, []],
    ['named report, mismatch rule alone', [y2021], [last2020], [MISMATCH], [undefined], false, [MISMATCH]],
  ])('%s', (_name, sheets, earlier, ruleIds, lastOf, rejected, ran) => {
    const pairing = pairSheets(sheets, earlier, ruleIds.map(rule), {});
    expect(pairing.lastOf).toEqual(lastOf);
    expect(pairing.lastOf.map((l) => l?.grid.sheet)).toEqual(lastOf.map((l) => l?.grid.sheet));
    expect(pairing.ran).toEqual(ran);
    if (rejected) expect(pairing.mismatch).toEqual({ rule: rule(MISMATCH), earlier });
    else expect(pairing.mismatch).toBeUndefined();
  });
});

/** A table found at `top,left:bottom,right`, with nothing else a summary reads. */
const located = (table: TableId, edition: Edition, index: number, [top, left, bottom, right]: number[]) =>
  ({
    table,
    edition,
    sheet: 'S',
    index,
    bounds: { top, left, bottom, right },
    cells: new Map(),
    rowLabels: new Map(),
    missingRows: [],
    missingColumns: [],
    outdatedLabels: [],
  }) satisfies LocatedTable;

const handMade = (tables: LocatedTable[]): SheetInfo => ({
  grid: new ArrayGrid({ sheet: 'S', values: [] }),
  tables,
  year: 2021,
  body: '某某局',
});

describe('tableSummaries', () => {
  it('lists each table with its range in A1 and its ordinal', () => {
    const sheet = handMade([
      located('proactive', '2021', 0, [0, 0, 13, 3]),
      located('applications', '2019', 1, [15, 1, 42, 27]),
    ]);
    expect(tableSummaries(sheet)).toEqual([
      { table: 'proactive', edition: '2021', sheet: 'S', range: 'A1:D14', index: 0 },
      { table: 'applications', edition: '2019', sheet: 'S', range: 'B16:AB43', index: 1 },
    ]);
  });
});

describe('sheetSummary', () => {
  it.each<[string, LocatedTable[], Edition[]]>([
    ['no table', [], []],
    [
      'one edition once though two tables have it',
      [located('proactive', '2021', 0, [0, 0, 1, 1]), located('reviews', '2021', 0, [3, 0, 4, 1])],
      ['2021'],
    ],
    [
      'editions in order found',
      [located('proactive', '2019', 0, [0, 0, 1, 1]), located('reviews', '2021', 0, [3, 0, 4, 1])],
      ['2019', '2021'],
    ],
  ])('%s', (_name, tables, editions) => {
    const summary = sheetSummary(handMade(tables), 2020, 'last.xlsx!2020', () => undefined);
    expect(summary).toMatchObject({
      sheet: 'S',
      body: '某某局',
      year: 2020,
      editions,
      tables: tables.length,
      errors: 0,
      warnings: 0,
      previous: 'last.xlsx!2020',
    });
  });

  it('reads the indicators through the read function given', () => {
    const sheet = describeSheet(reportSheet().grid());
    const read = jest.fn(() => undefined);
    const summary = sheetSummary(sheet, null, null, read);
    expect(read).toHaveBeenCalled();
    expect(summary.indicators).not.toBeNull();
    expect(sheetSummary(handMade([]), null, null, read).indicators).toBeNull();
  });
});

describe('withCounts', () => {
  const summary = (sheet: string): SheetSummary => ({
    sheet,
    body: null,
    year: null,
    editions: [],
    tables: 0,
    errors: 0,
    warnings: 0,
    previous: null,
    indicators: null,
  });
  const finding = (sheet: string, severity: 'error' | 'warning') => ({ sheet, severity }) as Finding;
  it.each<[string, string[], [string, 'error' | 'warning'][], [number, number][]]>([
    [
      'no findings',
      ['A', 'B'],
      [],
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      'errors and warnings by sheet',
      ['A', 'B'],
      [
        ['A', 'error'],
        ['B', 'warning'],
        ['A', 'error'],
        ['A', 'warning'],
      ],
      [
        [2, 1],
        [0, 1],
      ],
    ],
    ['a finding on no summarised sheet is not counted', ['A'], [['Z', 'error']], [[0, 0]]],
    [
      'a repeated sheet name: the last summary counts',
      ['A', 'A'],
      [['A', 'error']],
      [
        [0, 0],
        [1, 0],
      ],
    ],
  ])('%s', (_name, sheets, findings, counts) => {
    const before = sheets.map(summary);
    const after = withCounts(
      before,
      findings.map(([s, sev]) => finding(s, sev)),
    );
    expect(after.map((s) => [s.errors, s.warnings])).toEqual(counts);
    expect(before.every((s) => s.errors === 0 && s.warnings === 0)).toBe(true);
  });
});

describe('reportYear', () => {
  const year = (y: number | null): SheetInfo => ({ ...handMade([]), year: y });
  it.each<[string, (number | null)[], number | null | undefined, number | null]>([
    ['the year given wins', [2020], 2022, 2022],
    ['else the first sheet that names one', [null, 2020, 2019], undefined, 2020],
    ['an explicit null is no year given', [null, 2019], null, 2019],
    ['none anywhere', [null, null], undefined, null],
    ['no sheet', [], undefined, null],
  ])('%s', (_name, years, given, expected) => {
    expect(reportYear(years.map(year), { year: given })).toBe(expected);
  });
});
