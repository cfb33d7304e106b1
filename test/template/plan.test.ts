/** planTemplate: which template (year, edition) and filled from what, as the CLI and the page decide it. */
import type { Edition } from '../../src/format';
import { ArrayGrid, type Grid } from '../../src/grid';
import { cellReader } from '../../src/template/calc';
import { planTemplate, type TemplatePlan, type TemplatePlanOptions } from '../../src/template/plan';
import type { Template } from '../../src/template/types';
import { sheetWithTables } from '../support/partial-sheet';
import { reportSheet } from '../support/report-sheet';

const title = (year: number) => `某某市财政局${year}年政府信息公开工作年度报告`;
const report = (year: number, edition: Edition = '2021'): Grid =>
  reportSheet({ title: title(year), edition }).grid();
const untitled = (): Grid => reportSheet({ title: '某某市财政局政府信息公开工作年度报告' }).grid();
const reviewsOnly = (year: number): Grid => sheetWithTables(['reviews'], { title: title(year) });
const prose = (): Grid =>
  new ArrayGrid({ sheet: '说明', values: [[title(2024)], ['本单位本年度无政府信息公开工作。']] });

function planned(plan: TemplatePlan) {
  if ('noTables' in plan) throw new Error('no tables');
  return plan;
}

describe('planTemplate: year and edition', () => {
  test.each<[string, TemplatePlanOptions, { year: number | null; edition: Edition }]>([
    ['blank, nothing given: no year, the current edition', {}, { year: null, edition: '2021' }],
    ['blank for 2020: the 2019 edition', { year: 2020 }, { year: 2020, edition: '2019' }],
    ['blank for 2021: the 2021 edition', { year: 2021 }, { year: 2021, edition: '2021' }],
    [
      'blank, the edition option beats the year',
      { year: 2019, edition: '2021' },
      { year: 2019, edition: '2021' },
    ],
    ['the year from the source’s title', { grids: [report(2024)] }, { year: 2024, edition: '2021' }],
    [
      'the year option beats the title',
      { grids: [report(2024)], year: 2023 },
      { year: 2023, edition: '2021' },
    ],
    ['a source without a year in its title', { grids: [untitled()] }, { year: null, edition: '2021' }],
    [
      'the source’s 2019 tables beat its year',
      { grids: [report(2024, '2019')] },
      { year: 2024, edition: '2019' },
    ],
    [
      'the source’s 2021 tables beat a year before 2021',
      { grids: [report(2020, '2021')] },
      { year: 2020, edition: '2021' },
    ],
    [
      'the edition option beats the source’s tables',
      { grids: [report(2024, '2021')], edition: '2019' },
      { year: 2024, edition: '2019' },
    ],
    [
      'table 四 alone does not tell the edition: the year does (2020)',
      { grids: [reviewsOnly(2020)] },
      { year: 2020, edition: '2019' },
    ],
    [
      'table 四 alone does not tell the edition: the year does (2022)',
      { grids: [reviewsOnly(2022)] },
      { year: 2022, edition: '2021' },
    ],
    [
      'a sheet without a year before the report: the report’s year',
      { grids: [new ArrayGrid({ sheet: '说明', values: [['填报说明']] }), report(2023)] },
      { year: 2023, edition: '2021' },
    ],
  ])('%s', (_, options, expected) => {
    const plan = planned(planTemplate(options));
    expect({ year: plan.year, edition: plan.edition }).toEqual(expected);
    // The template is the one decided.
    expect({ year: plan.template.year, edition: plan.template.edition }).toEqual(expected);
  });
});

describe('planTemplate: blank, filled, nothing to fill from', () => {
  const valueOf = (t: Template, table: string, rowId: string, columnId: string) => {
    const cell = t.tables
      .flatMap((x) => x.cells)
      .find((c) => c.table === table && c.rowId === rowId && c.columnId === columnId);
    return cell ? cellReader(t.cells)(cell.cell) : undefined;
  };

  test.each<[string, readonly Grid[] | null | undefined]>([
    ['grids null', null],
    ['grids absent', undefined],
  ])('blank when %s: no fill', (_, grids) => {
    const plan = planned(planTemplate({ grids, body: '某某区档案局', totals: 'input' }));
    expect(plan.fill).toBeNull();
    expect(plan.template).toMatchObject({ body: '某某区档案局', totals: 'input' });
  });

  it('filled from a report: every number of its tables, from the sheet that holds them', () => {
    const sheet = reportSheet({ title: title(2024) });
    const plan = planned(planTemplate({ grids: [prose(), sheet.grid()] }));
    expect(plan.fill?.used.map((u) => [u.table, u.sheet])).toEqual([
      ['proactive', '年报'],
      ['applications', '年报'],
      ['reviews', '年报'],
    ]);
    expect(plan.fill?.notFound).toEqual([]);
    expect(plan.fill?.unfilled).toEqual([]);
    for (const [rowId, columnId] of [
      ['new', 'natural-person'],
      ['new', 'total'],
      ['granted', 'commercial'],
    ]) {
      const { row, col } = sheet.at('applications', rowId, columnId);
      expect([rowId, columnId, valueOf(plan.template, 'applications', rowId, columnId)]).toEqual([
        rowId,
        columnId,
        sheet.rows[row][col],
      ]);
    }
  });

  it('filled in part: the tables the source lacks are named', () => {
    const plan = planned(planTemplate({ grids: [reviewsOnly(2024)] }));
    expect(plan.fill?.used.map((u) => u.table)).toEqual(['reviews']);
    expect(plan.fill?.notFound).toEqual(['proactive', 'applications']);
  });

  test.each<[string, Grid[]]>([
    ['a sheet of prose', [prose()]],
    ['no sheets at all', []],
    ['several sheets, none with tables', [prose(), new ArrayGrid({ sheet: '空', values: [] })]],
  ])('nothing to fill from: %s', (_, grids) => {
    expect(planTemplate({ grids, year: 2024 })).toEqual({ noTables: true });
  });
});
