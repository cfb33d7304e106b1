import { RULES } from '../../src/rules';
import { localeFromDisplayLanguage, translator } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';

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
