import { API_FLOOR, PANE_FEATURES, paneHost } from '../../src/taskpane/host';
import { paneStartup, type SupportsSet } from '../../src/taskpane/startup';

describe('paneHost', () => {
  // Office.HostType members are these strings at run time.
  test.each([
    ['Excel', 'excel'],
    ['Word', 'word'],
    ['PowerPoint', null],
    ['Outlook', null],
    ['OneNote', null],
    ['word', null], // Office never lower-cases it: a near miss is not Word
    [undefined, null], // outside Office (the page opened in a browser)
    [null, null],
    [1, null],
  ])('%p → %p', (host, expected) => {
    expect(paneHost(host)).toBe(expected);
  });
});

describe('per-host floor and controls', () => {
  test.each([
    ['excel', 'ExcelApi', '1.9'],
    ['word', 'WordApi', '1.1'],
  ] as const)('%s needs %s %s', (host, set, version) => {
    expect(API_FLOOR[host]).toEqual({ set, version });
  });

  test.each([
    ['excel', true],
    ['word', false],
  ] as const)(
    '%s: workbook scope, 汇总, 上年报告, the sheet overview and the template title shown: %p',
    (host, shown) => {
      expect(PANE_FEATURES[host]).toEqual({
        workbookScope: shown,
        consolidate: shown,
        previousYear: shown,
        sheetOverview: shown,
        templateTitle: shown,
      });
    },
  );
});

describe('paneStartup', () => {
  const only =
    (...sets: string[]): SupportsSet =>
    (set, version) =>
      sets.includes(`${set} ${version}`);
  const throws: SupportsSet = () => {
    throw new Error('requirements unavailable');
  };

  test.each<[string, unknown, SupportsSet, ReturnType<typeof paneStartup>]>([
    ['Excel at its floor', 'Excel', only('ExcelApi 1.9'), { host: 'excel' }],
    ['Word at its floor', 'Word', only('WordApi 1.1'), { host: 'word' }],
    [
      'Excel below 1.9',
      'Excel',
      only('WordApi 1.1'),
      { message: '此加载项需要 Office 2021、Microsoft 365 或 Excel 网页版（ExcelApi 1.9 及以上）。' },
    ],
    [
      'Word without WordApi 1.1',
      'Word',
      only('ExcelApi 1.9'),
      { message: '此加载项需要 Word 2016 或更高版本、Microsoft 365 或 Word 网页版（WordApi 1.1 及以上）。' },
    ],
    [
      'Word that cannot say',
      'Word',
      throws,
      { message: '此加载项需要 Word 2016 或更高版本、Microsoft 365 或 Word 网页版（WordApi 1.1 及以上）。' },
    ],
    [
      'PowerPoint',
      'PowerPoint',
      only('ExcelApi 1.9', 'WordApi 1.1'),
      { message: '此加载项只能在 Excel 或 Word 中使用（当前程序：PowerPoint）。' },
    ],
    ['no Office', undefined, only(), { message: '此加载项只能在 Excel 或 Word 中使用（当前程序：—）。' }],
  ])('%s', (_name, host, supports, expected) => {
    expect(paneStartup(host, supports, 'zh-CN')).toEqual(expected);
  });

  test('the message speaks the UI language', () => {
    expect(paneStartup('Word', only(), 'en')).toEqual({
      message:
        'This add-in needs Word 2016 or later, Microsoft 365 or Word on the web (WordApi 1.1 or later).',
    });
  });
});
