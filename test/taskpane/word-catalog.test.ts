import { renderTemplate } from '../../src/report/render';
import { LOCALES } from '../../src/report/types';
import { translator, type MessageKey } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { WORD_KEYS, WORD_MESSAGES } from '../../src/taskpane/i18n/word';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';

const CATALOGS = { 'zh-CN': zhCN, en } as const;
const placeholders = (s: string) => [...s.matchAll(/\{\+?(\w+)/g)].map((m) => m[1]);
const distinct = (s: string) => [...new Set(placeholders(s))].sort();

/**
 * Messages of controls the Word pane does not show (src/taskpane/host.ts PANE_FEATURES): they may
 * speak of sheets and workbooks.
 */
const EXCEL_ONLY = new Set<MessageKey>([
  'checkWorkbook',
  'progressWorkbook',
  'progressWorkbookStart',
  'sheetOverview',
  'sheetColumn',
  'consolidateIntro',
  'consolidateSheets',
  'consolidateNone',
  'consolidateDuplicates',
  'consolidateClash',
]);

/**
 * Messages true in either host: Excel or a workbook as a kind of file a report may come in, or
 * Excel as one of the two applications the add-in runs in.
 */
const NEUTRAL = new Set<MessageKey>([
  'hostUnsupported',
  'templateFileHint',
  'fileError.encrypted',
  'fileError.xlsx-as-text',
  'fileError.legacy-sheet',
]);

// Placeholder names (`{sheet}`) are not words the user reads; the filled value is the service's.
const SPEAKS_OF_SHEETS = /工作表|工作簿|Excel|sheet|workbook/i;
const words = (template: string) => template.replace(/\{[^{}]*\}/g, '');

describe('the Word catalog', () => {
  test.each(LOCALES)('%s overrides exactly the Word keys, each in other words than Excel’s', (locale) => {
    const overrides: Record<string, string> = WORD_MESSAGES[locale];
    expect(Object.keys(overrides).sort()).toEqual([...WORD_KEYS].sort());
    for (const key of WORD_KEYS) {
      expect([key, overrides[key].trim()]).not.toEqual([key, '']);
      expect([key, overrides[key]]).not.toEqual([key, CATALOGS[locale][key]]);
    }
  });

  test.each(WORD_KEYS)('%s: the same placeholders in Chinese and English', (key) => {
    expect(distinct(WORD_MESSAGES.en[key])).toEqual(distinct(WORD_MESSAGES['zh-CN'][key]));
  });

  test.each(LOCALES)('%s: no Word message speaks of sheets, workbooks or Excel', (locale) => {
    for (const key of WORD_KEYS)
      expect([key, words(WORD_MESSAGES[locale][key])]).not.toEqual([
        key,
        expect.stringMatching(SPEAKS_OF_SHEETS),
      ]);
  });

  test('every message that speaks of sheets is overridden for Word, Excel-only, or true in both', () => {
    const word = new Set<string>(WORD_KEYS);
    const unhandled = (Object.keys(zhCN) as MessageKey[]).filter(
      (key) =>
        LOCALES.some((locale) => SPEAKS_OF_SHEETS.test(words(CATALOGS[locale][key]))) &&
        !word.has(key) &&
        !EXCEL_ONLY.has(key) &&
        !NEUTRAL.has(key),
    );
    expect(unhandled).toEqual([]);
  });

  test.each([...EXCEL_ONLY, ...NEUTRAL])(
    '%s is listed as Excel-only or neutral and does speak of sheets',
    (key) => {
      expect(LOCALES.some((locale) => SPEAKS_OF_SHEETS.test(words(CATALOGS[locale][key])))).toBe(true);
    },
  );

  const counted = WORD_KEYS.filter((key) => placeholders(WORD_MESSAGES.en[key]).includes('count'));
  test.each(counted)('%s: English says one table cell in the singular', (key) => {
    expect(renderTemplate(WORD_MESSAGES.en[key], { count: 1 })).not.toMatch(/\bcells\b|\btheir\b/);
    expect(renderTemplate(WORD_MESSAGES.en[key], { count: 2 })).toMatch(/\b2 (shaded )?table cells\b/);
  });
});

describe('translator per host', () => {
  test.each([
    ['zh-CN', 'excel', '校验当前工作表', '已在工作表中标记 3 个单元格。'],
    ['zh-CN', 'word', '校验本文档', '已在文档中为 3 个表格单元格加底纹。'],
    ['en', 'excel', 'Check this sheet', 'Marked 3 cells in the workbook.'],
    ['en', 'word', 'Check this document', 'Shaded 3 table cells in the document.'],
  ] as const)('%s in %s', (locale, host, check, painted) => {
    const { t } = translator(locale, host);
    expect(t('checkSheet')).toBe(check);
    expect(t('painted', { count: 3 })).toBe(painted);
    // Everything not overridden is the one catalog's.
    expect(t('clearMarks')).toBe(CATALOGS[locale].clearMarks);
  });

  test('Excel is the default host', () => {
    expect(translator('zh-CN').t('checkSheet')).toBe('校验当前工作表');
  });
});
