import { cellList, DEGRADED, FAILURE_MESSAGES, fill, fillList, NOTE_PREFIX } from '../../src/office/messages';
import { TEMPLATE_FAILURES, TEMPLATE_SKIPPED } from '../../src/office/template-messages';
import { catalogRows, expectBilingual } from '../support/bilingual';

describe('the Excel adapter’s messages', () => {
  test.each([
    ...catalogRows('FAILURE_MESSAGES', FAILURE_MESSAGES),
    ...catalogRows('DEGRADED', DEGRADED),
    ...catalogRows('TEMPLATE_SKIPPED', TEMPLATE_SKIPPED),
    ...catalogRows('TEMPLATE_FAILURES', TEMPLATE_FAILURES),
  ])('%s: Chinese and English, with the same placeholders', (_, text) => expectBilingual(text));

  test('the prefix of the add-in’s notes is told apart from people’s own in both languages', () => {
    expect(NOTE_PREFIX).toEqual({ zh: '【年报校验】', en: '[Report check] ' });
  });
});

describe('cellList', () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `年报!B${i + 1}`);

  test.each([
    [0, '', ''],
    [1, '年报!B1', '年报!B1'],
    [
      6,
      '年报!B1、年报!B2、年报!B3、年报!B4、年报!B5、年报!B6',
      '年报!B1, 年报!B2, 年报!B3, 年报!B4, 年报!B5, 年报!B6',
    ],
    [
      7,
      '年报!B1、年报!B2、年报!B3、年报!B4、年报!B5、年报!B6 等 7 处',
      '年报!B1, 年报!B2, 年报!B3, 年报!B4, 年报!B5, 年报!B6 and 1 more',
    ],
    [
      12,
      '年报!B1、年报!B2、年报!B3、年报!B4、年报!B5、年报!B6 等 12 处',
      '年报!B1, 年报!B2, 年报!B3, 年报!B4, 年报!B5, 年报!B6 and 6 more',
    ],
  ])('%i cells: six shown, the rest counted', (n, zh, en) => {
    expect(cellList(keys(n))).toEqual({ zh, en });
  });
});

describe('filling a message', () => {
  test('fillList puts the shortened list in each language', () => {
    expect(fillList(DEGRADED.cellsWithComments, ['年报!B1', '年报!C2']).zh).toBe(
      '单元格 年报!B1、年报!C2 已有批注，未在其上添加说明（问题仍列在下方）。',
    );
    expect(fillList(DEGRADED.cellsWithComments, ['年报!B1', '年报!C2']).en).toBe(
      'Cells 年报!B1, 年报!C2 already have comments, so no explanation was added to them (the findings are still listed below).',
    );
  });

  test('fill gives both languages the same values', () => {
    expect(fill(FAILURE_MESSAGES.requirement, { version: '1.9' })).toEqual({
      zh: '此版本的 Excel 不支持本助手所需的功能（需要 ExcelApi 1.9）。请使用 Office 2021、Microsoft 365 或网页版 Excel。',
      en: 'This version of Excel lacks features the add-in needs (ExcelApi 1.9). Please use Office 2021, Microsoft 365 or Excel on the web.',
    });
  });
});
