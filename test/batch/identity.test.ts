/** Who and which year a report is by its file name, and last year's file of the same body in a batch. */
import { identityFromName, pairPrevious, type Identity } from '../../src/batch/identity';

describe('identityFromName', () => {
  test.each<[string, Identity]>([
    ['某某局2021年报.xlsx', { year: 2021, body: '某某局' }],
    // Folders are not the file: neither their years nor their names count.
    ['各单位/某某局2024年报.docx', { year: 2024, body: '某某局' }],
    ['2023年报/某某局2024年报.docx', { year: 2024, body: '某某局' }],
    ['C:\\年报\\2023\\某某局2024年报.docx', { year: 2024, body: '某某局' }],
    ['某某区/2024年报.xlsx', { year: 2024, body: null }],
    // The words of the report's title and of drafts are not the body.
    ['某某市人民政府办公室2024年政府信息公开工作年度报告.docx', { year: 2024, body: '某某市人民政府办公室' }],
    ['某某局2024年政府信息公开年报（最终版）(1).docx', { year: 2024, body: '某某局' }],
    ['某某局 2024 年度 报告 终稿.docx', { year: 2024, body: '某某局' }],
    ['某某局_2024-年报_修改稿.pdf', { year: 2024, body: '某某局' }],
    ['某某局【2024】年报表格.xlsx', { year: 2024, body: '某某局' }],
    ['附件1：某某局2024年报.xlsx', { year: 2024, body: '某某局' }],
    ['《某某局2024年政府信息公开工作年度报告》.docx', { year: 2024, body: '某某局' }],
    // Full-width digits are digits.
    ['某某局２０２４年报.xlsx', { year: 2024, body: '某某局' }],
    ['某某局20240115.xlsx', { year: 2024, body: '某某局' }],
    ['某某局2024年报', { year: 2024, body: '某某局' }],
    ['某某局年报.pdf', { year: null, body: '某某局' }],
    // Too little left to be a body.
    ['2024年报.xlsx', { year: 2024, body: null }],
    ['局2024.xlsx', { year: 2024, body: null }],
    ['政府信息公开工作年度报告.docx', { year: null, body: null }],
  ])('%s', (path, expected) => {
    expect(identityFromName(path)).toEqual(expected);
  });
});

describe('pairPrevious', () => {
  const id = (body: string | null, year: number | null): Identity => ({ body, year });

  test.each<[string, Identity[], (number | null)[]]>([
    ['the same body a year before', [id('甲局', 2024), id('甲局', 2023)], [1, null]],
    ['in either order', [id('甲局', 2023), id('甲局', 2024)], [null, 0]],
    [
      'a chain of years: each with the year before',
      [id('甲局', 2022), id('甲局', 2024), id('甲局', 2023)],
      [null, 2, 0],
    ],
    ['no pair across bodies', [id('甲局', 2024), id('乙局', 2023)], [null, null]],
    ['no pair two years apart', [id('甲局', 2024), id('甲局', 2022)], [null, null]],
    ['no pair within the same year', [id('甲局', 2024), id('甲局', 2024)], [null, null]],
    [
      'the first of two files of last year',
      [id('甲局', 2024), id('甲局', 2023), id('甲局', 2023)],
      [1, null, null],
    ],
    [
      'several bodies in one batch',
      [id('甲局', 2024), id('乙局', 2024), id('乙局', 2023), id('甲局', 2023)],
      [3, 2, null, null],
    ],
    [
      'an unknown body or year pairs with nothing',
      [id(null, 2024), id(null, 2023), id('甲局', null), id('甲局', 2023)],
      [null, null, null, null],
    ],
    ['an empty batch', [], []],
  ])('%s', (_, identities, expected) => {
    expect(pairPrevious(identities)).toEqual(expected);
  });

  it('pairs files by their names, as the page and the CLI do', () => {
    const names = [
      '各单位/甲局2024年报.xlsx',
      '上年/甲局2023年政府信息公开工作年度报告.docx',
      '乙局2023年报.pdf',
    ];
    expect(pairPrevious(names.map(identityFromName))).toEqual([1, null, null]);
  });
});
