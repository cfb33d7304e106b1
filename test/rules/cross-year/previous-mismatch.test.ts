import { ArrayGrid, type CellValue } from '../../../src/grid';
import { previousMismatch } from '../../../src/rules/cross-year/previous-mismatch';

const SOURCE = '2020年报.xlsx!年报';
const grid = (rows: CellValue[][]) => new ArrayGrid({ sheet: '年报', values: rows });
const TITLED = grid([[], [null, '某某局2021年政府信息公开工作年度报告'], ['一、总体情况']]);

describe('previousMismatch: the report named as last year’s, against this one', () => {
  it.each([
    ['the same body, the year before', { body: '某某局', year: 2020 }],
    ['last year’s body unknown', { body: null, year: 2020 }],
    ['last year’s year unknown', { body: '某某局', year: null }],
  ])('%s: nothing to say', (_name, previous) => {
    expect(previousMismatch(TITLED, { body: '某某局', year: 2021 }, previous, SOURCE)).toBeUndefined();
  });

  it.each([
    [
      'another year only: the year expected and found',
      { body: '某某局', year: 2019 },
      {
        messageId: 'otherYear',
        expected: 2020,
        actual: 2019,
        data: { source: SOURCE, previousYear: 2019, expectedYear: 2020, year: 2021 },
      },
    ],
    [
      'another body only: the bodies',
      { body: '另一局', year: 2020 },
      {
        messageId: 'otherBody',
        expected: '某某局',
        actual: '另一局',
        data: { source: SOURCE, body: '某某局', previousBody: '另一局' },
      },
    ],
    [
      'both: body and year together',
      { body: '另一局', year: 2018 },
      {
        messageId: 'otherBodyAndYear',
        expected: '某某局 2020',
        actual: '另一局 2018',
        data: {
          source: SOURCE,
          body: '某某局',
          previousBody: '另一局',
          previousYear: 2018,
          expectedYear: 2020,
        },
      },
    ],
  ])('%s, at the title', (_name, previous, want) => {
    expect(previousMismatch(TITLED, { body: '某某局', year: 2021 }, previous, SOURCE)).toEqual({
      ...want,
      cell: { row: 1, col: 1 },
    });
  });

  it.each<[string, CellValue[][], { row: number; col: number }]>([
    ['no title: A1', [['一、总体情况'], ['本年度…']], { row: 0, col: 0 }],
    [
      'a long paragraph naming the report is not its title: A1',
      [['一、总体情况'], [`${'按照要求，'.repeat(30)}编制政府信息公开工作年度报告`]],
      { row: 0, col: 0 },
    ],
    [
      '2019 wording, 政府信息公开年度报告',
      [[], [], [null, null, '某某局2019年政府信息公开年度报告']],
      { row: 2, col: 2 },
    ],
  ])('the cell it points at: %s', (_name, rows, cell) => {
    const found = previousMismatch(
      grid(rows),
      { body: '某某局', year: 2021 },
      { body: '另一局', year: 2020 },
      SOURCE,
    );
    expect(found?.cell).toEqual(cell);
  });
});
