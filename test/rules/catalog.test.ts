import { checkGrid } from '../../src/check';
import { renderTemplate } from '../../src/report/render';
import { RULES } from '../../src/rules';
import { reportSheet } from '../support/report-sheet';

describe('rule catalog', () => {
  it('is sorted by id with unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s has zh-CN and en messages, description and help',
    (_id, rule) => {
      const { meta } = rule;
      expect(Object.keys(meta.messages['zh-CN']).sort()).toEqual(Object.keys(meta.messages.en).sort());
      expect(Object.keys(meta.messages['zh-CN']).length).toBeGreaterThan(0);
      for (const text of [meta.description, meta.help]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
      expect(['error', 'warning']).toContain(meta.severity);
      expect(meta.tags.length).toBeGreaterThan(0);
    },
  );

  it.each(['zh-CN', 'en'] as const)('renders every placeholder in %s', (locale) => {
    const s = reportSheet();
    s.set('applications', 'denied.3', 'nonprofit', 2); // totals + suspect
    s.set('applications', 'carried-forward', 'commercial', null); // missing total
    s.set('applications', 'granted', 'research', '１'); // text number
    s.set('applications', 'denied.1', 'research', '见说明'); // invalid
    s.set('applications', 'denied.2', 'research', '—'); // placeholder
    s.set('reviews', 'review', 'total', 9);
    s.set('proactive', 'fees', 'fees-amount', '0.3万元');
    const report = checkGrid(s.grid(), { locale, year: 2023 });
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(8);
    for (const f of report.findings) {
      expect(f.message).not.toMatch(/[{}]/);
      expect(f.message).not.toMatch(/undefined|NaN/);
      if (locale === 'zh-CN') expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  const messages = RULES.flatMap((r) =>
    Object.keys(r.meta.messages.en).map(
      (id) => [`${r.meta.id} ${id}`, r.meta.messages['zh-CN'][id], r.meta.messages.en[id]] as const,
    ),
  );

  it.each(messages)(
    '%s: a difference is signed (actual − expected, 差 +2), in both locales',
    (_id, zh, en) => {
      for (const template of [zh, en]) expect(template).not.toMatch(/\{diff\}/);
      expect(en.includes('{+diff}')).toBe(zh.includes('{+diff}'));
    },
  );

  // Groups and the diagnosis count two or more by construction (group.ts, suspect-cell.ts).
  const AT_LEAST_TWO = new Set(['count', 'parts']);
  const PLURAL_NOUN = /\b1 (cell|error|warning|number|row|column|applicant|rule|file|part)s\b/;

  it.each(messages)('%s: one of a thing is singular in English', (_id, _zh, en) => {
    const vars = Object.fromEntries(
      [...en.matchAll(/\{\+?(\w+)/g)].map((m) => [m[1], AT_LEAST_TWO.has(m[1]) ? 2 : 1]),
    );
    expect(renderTemplate(en, vars)).not.toMatch(PLURAL_NOUN);
  });
});
