import type { Locale, Scalar } from './types';

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed in review. */
export function renderTemplate(template: string, vars: Record<string, Scalar | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : formatScalar(value);
  });
}

export function formatScalar(value: Scalar): string {
  if (value === null) return '—';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return value;
}

/** Picks the locale's side of a zh/en text. */
export const pick = (text: { zh: string; en: string }, locale: Locale): string =>
  locale === 'en' ? text.en : text.zh;
