/**
 * Structural checks of a message catalog: each text says something in Chinese and in English, with the
 * same `{placeholders}` on both sides, so a text emptied or a placeholder dropped on one side fails.
 */
import type { Text } from '../../src/format';

const HAN = /\p{Script=Han}/u;
/** Han characters English may hold: the tables' own numerals (table 二, 三, 四). */
const HAN_IN_ENGLISH = /[二三四]/gu;

/** `{name}` placeholders of a template, sorted (repeats kept). */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** `[name.key, text]` rows of a catalog, for test.each. */
export const catalogRows = (name: string, catalog: Record<string, Text>): [string, Text][] =>
  Object.entries(catalog).map(([key, text]) => [`${name}.${key}`, text]);

export function expectBilingual(text: Text): void {
  expect(text.zh).toMatch(HAN);
  expect(text.en.replace(HAN_IN_ENGLISH, '')).not.toMatch(HAN);
  expect(text.en).toMatch(/[a-z]{2}/);
  expect(placeholders(text.en)).toEqual(placeholders(text.zh));
}
