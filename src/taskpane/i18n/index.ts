import type { Text } from '../../format';
import type { Locale, Scalar } from '../../report/types';
import { renderTemplate } from '../../report/render';
import type { PaneHost } from '../host';
import { en } from './en';
import { WORD_MESSAGES } from './word';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey, Messages } from './zh-CN';

const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Office's display language (`en-US`, `zh-CN`, …) → the UI locale: English for en*, else Chinese. */
export function localeFromDisplayLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, vars?: Record<string, Scalar | undefined>): string;
  /** The locale's side of a catalog text from the engine. */
  text(value: Text): string;
  /** A rule's short name, or its id when the catalog lacks one (new rules still show up). */
  ruleName(ruleId: string): string;
}

/** The locale's messages; in Word with the few that name a document instead of a sheet (./word.ts). */
export function translator(locale: Locale, host: PaneHost = 'excel'): Translator {
  const messages: Messages =
    host === 'word' ? { ...CATALOGS[locale], ...WORD_MESSAGES[locale] } : CATALOGS[locale];
  const t: Translator['t'] = (key, vars = {}) => renderTemplate(messages[key], vars);
  return {
    locale,
    t,
    text: (value) => (locale === 'en' ? value.en : value.zh),
    ruleName: (ruleId) => {
      const key = `rule.${ruleId}`;
      return key in messages ? messages[key as MessageKey] : ruleId;
    },
  };
}
