/**
 * The page's own words, beside the task pane's catalogs (src/taskpane/i18n), which the page uses
 * as they are for everything it shares with the pane (verdicts, findings, review states). Each part
 * of the page keeps its words in its own catalog file here, zh-CN first; `webText` joins them.
 */
import type { Locale, Scalar } from '../../report/types';
import { renderTemplate } from '../../report/render';

/** A catalog: the same keys in both locales (the `satisfies` in each file checks it). */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

/** `t(key, vars)` for one catalog in one locale; placeholders in braces as in the pane. */
export function wordsOf<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
): (key: K, vars?: Record<string, Scalar | undefined>) => string {
  const messages = catalog[locale];
  return (key, vars = {}) => renderTemplate(messages[key], vars);
}
