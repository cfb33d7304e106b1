import type { Text } from '../format/types';
import type { Locale, Scalar } from './types';

/**
 * Fills placeholders; unknown names stay visible so a missing value is noticed in review.
 * - `{name}`: the value as it is (`formatScalar`).
 * - `{+name}`: a number with its sign, `+2` / `-2` / `0`: differences are actual − expected.
 * - `{name:one|other}`: the English word for the count in `name`, `{count} {count:cell|cells}`,
 *   so catalogs never print "1 warnings". Chinese has no plural and does not need it.
 */
export function renderTemplate(template: string, vars: Record<string, Scalar | undefined>): string {
  return template.replace(
    /\{(\+?)(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g,
    (whole, sign: string, name: string, one?: string, other?: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined)
        return typeof value === 'number' ? plural(value, one, other) : whole;
      return sign && typeof value === 'number' ? signed(value) : formatScalar(value);
    },
  );
}

export function formatScalar(value: Scalar): string {
  if (value === null) return '—';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return value;
}

/** A difference with its sign: `+2`, `-0.5`, `0`. */
export const signed = (n: number): string => (n > 0 ? `+${formatScalar(n)}` : formatScalar(n));

const ENGLISH_PLURAL = new Intl.PluralRules('en');

/** The English word for `count` things: `one` for 1, else `other` (the one place plurals are chosen). */
export const plural = (count: number, one: string, other: string): string =>
  ENGLISH_PLURAL.select(count) === 'one' ? one : other;

type Vars = Record<string, Scalar | undefined>;

/** Fills both sides of a zh/en text, each from its own variables where they differ (names of controls, lists). */
export const renderText = (text: Text, zh: Vars, en: Vars = zh): Text => ({
  zh: renderTemplate(text.zh, zh),
  en: renderTemplate(text.en, en),
});

/** `2 warnings` / `1 warning`: the count and its English word. */
export const counted = (count: number, one: string, other: string): string =>
  `${count} ${plural(count, one, other)}`;

/** Picks the locale's side of a zh/en text. */
export const pick = (text: { zh: string; en: string }, locale: Locale): string =>
  locale === 'en' ? text.en : text.zh;
