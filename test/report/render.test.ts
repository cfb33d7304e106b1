import { plural, renderTemplate, signed } from '../../src/report/render';

describe('renderTemplate', () => {
  test.each<[string, Record<string, string | number | null>, string]>([
    ['{count} {count:warning|warnings}', { count: 1 }, '1 warning'],
    ['{count} {count:warning|warnings}', { count: 0 }, '0 warnings'],
    ['{count} {count:warning|warnings}', { count: 2 }, '2 warnings'],
    ['{count} {count:cell holds|cells hold}', { count: 1 }, '1 cell holds'],
    ['{count:it|them}', { count: 3 }, 'them'],
    ['差 {+diff}', { diff: 2 }, '差 +2'],
    ['差 {+diff}', { diff: -2 }, '差 -2'],
    ['差 {+diff}', { diff: 0.5 }, '差 +0.5'],
    ['差 {+diff}', { diff: 0 }, '差 0'],
    ['{diff}', { diff: 2 }, '2'],
    ['{value}', { value: null }, '—'],
    ['{count:one|other}', { count: 'x' }, '{count:one|other}'],
    ['{missing} {missing:a|b} {+missing}', {}, '{missing} {missing:a|b} {+missing}'],
  ])('%s with %j → %s', (template, vars, out) => {
    expect(renderTemplate(template, vars)).toBe(out);
  });
});

test.each([
  [1, 'one'],
  [0, 'other'],
  [1.5, 'other'],
  [21, 'other'],
])('plural(%d) is the %s form', (n, form) => {
  expect(plural(n, 'one', 'other')).toBe(form);
});

test('signed keeps decimals free of binary noise', () => {
  expect(signed(0.1 + 0.2)).toBe('+0.3');
});
