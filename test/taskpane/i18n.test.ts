import { RULES } from '../../src/rules';
import { localeFromDisplayLanguage, translator } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { renderTemplate } from '../../src/report/render';
import { batchWords } from '../../src/web/i18n/batch';
import { gridWords } from '../../src/web/i18n/grid';
import { pageWords } from '../../src/web/i18n/page';
import { workerWords } from '../../src/web/i18n/worker';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('task pane messages', () => {
  test.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('display language %s → %s', (language, locale) => {
    expect(localeFromDisplayLanguage(language)).toBe(locale);
  });

  test('both catalogs use the same placeholders for every key', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[])
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zhCN[key])]);
  });

  test('every rule in the catalog has a short name in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { ruleName } = translator(locale);
      for (const rule of RULES) expect(ruleName(rule.meta.id)).not.toBe(rule.meta.id);
    }
  });

  test('an unknown rule shows its id rather than nothing', () => {
    expect(translator('zh-CN').ruleName('future/rule')).toBe('future/rule');
  });

  test('placeholders are filled and unknown ones stay visible', () => {
    const { t } = translator('zh-CN');
    expect(t('errorCount', { count: 3 })).toBe('3 个错误');
    expect(t('errorCount')).toBe('{count} 个错误');
  });
});

describe('English counts', () => {
  test.each([
    [1, '1 warning', '1 error'],
    [2, '2 warnings', '2 errors'],
    [0, '0 warnings', '0 errors'],
  ])('%d: %s, %s', (count, warnings, errors) => {
    const { t } = translator('en');
    expect(t('warningCount', { count })).toBe(warnings);
    expect(t('errorCount', { count })).toBe(errors);
  });

  // Not counts: limits are large numbers, an extension is a word.
  const NOT_COUNTS: Record<string, string | number> = { limit: 1000, cap: 1000, ext: '.doc' };
  const PLURAL_NOUN =
    /\b1 (cell|error|warning|file|sheet|rule|number|row|department|acceptance|applicant)s\b|\b1 \w+s (hold|carry|were|are|match)\b/;
  const catalogs = {
    pane: en,
    page: pageWords.en,
    grid: gridWords.en,
    batch: batchWords.en,
    worker: workerWords.en,
  };
  const templates = Object.entries(catalogs).flatMap(([name, catalog]) =>
    Object.entries(catalog).map(([key, template]) => [`${name}.${key}`, template] as const),
  );

  test.each(templates)('%s says one of a thing in the singular', (_key, template) => {
    const vars = Object.fromEntries(
      [...template.matchAll(/\{\+?(\w+)/g)].map((m) => [m[1], NOT_COUNTS[m[1]] ?? 1]),
    );
    expect(renderTemplate(template, vars)).not.toMatch(PLURAL_NOUN);
  });
});
