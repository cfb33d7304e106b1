import { checkGrid } from '../../src/check';
import { renderTemplate } from '../../src/report/render';
import type { Finding, Locale } from '../../src/report/types';
import { RULES } from '../../src/rules';
import { reportSheet } from '../support/report-sheet';
import { runCase } from '../support/rule-cases';
import { ALL_CASES } from './cases';
import { crossYearCases } from './cases/cross-year';
import { narrativeCases } from './cases/narrative';
import { reportCases } from './cases/report';
import { tableCases } from './cases/rules';

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
    },
  );

  // The tags `disclosure-check rules` shows and the add-in's "no previous report" choice reads
  // (cross-year): a rule's family (its id's first part), then what it shares with other families.
  const SHARED_TAGS: Record<string, string[]> = {
    'applications/balance': ['totals'],
    'applications/outcome-total': ['totals'],
    'applications/row-total': ['totals'],
    'applications/suspect-cell': ['totals', 'diagnosis'],
    'reviews/group-total': ['totals'],
    'fees/notices': ['narrative'],
    'proactive/outdated-label': ['structure'],
  };
  it.each(RULES.map((r) => [r.meta.id, r.meta.tags] as const))('%s is tagged %j', (id, tags) => {
    expect(tags).toEqual([id.split('/')[0], ...(SHARED_TAGS[id] ?? [])]);
  });
  it('names only rules that exist among those with shared tags', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    expect(Object.keys(SHARED_TAGS).filter((id) => !ids.has(id))).toEqual([]);
  });

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

  // Placeholders may differ: English adds labels' translations ({labelEn}), Chinese may name columns.
  it.each(messages)('%s: says it in Chinese and in English', (_id, zh, en) => {
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en.replace(/\{[^}]*\}/g, '')).toMatch(/[a-z]{3}/);
  });

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

/**
 * Data keys no message shows, each with the code that reads it. Any other key a finding carries
 * must be a placeholder of its message in zh-CN or en: a value computed and never shown is a slip.
 */
const MACHINE_ONLY: Record<string, string> = {
  quote: 'src/word/check.ts finds the sentence in the Word document by it',
};

/** Placeholder names of a template: `{name}`, `{+name}`, `{name:one|other}`. */
const placeholders = (template: string): string[] => [...template.matchAll(/\{\+?(\w+)/g)].map((m) => m[1]);

interface Provoked {
  locale: Locale;
  finding: Finding;
}

/** Every case of every rule run once per locale: the findings by `rule message`. */
function provoked(): Map<string, Provoked[]> {
  const found = new Map<string, Provoked[]>();
  for (const [ruleId, cases] of Object.entries(ALL_CASES))
    for (const c of cases)
      for (const locale of ['zh-CN', 'en'] as Locale[])
        for (const f of runCase(ruleId, c, { locale }).report.findings) {
          const key = `${f.ruleId} ${f.messageId}`;
          found.set(key, [...(found.get(key) ?? []), { locale, finding: f }]);
        }
  return found;
}

describe('every message of the catalog, as the rule cases provoke it', () => {
  let found: Map<string, Provoked[]>;
  beforeAll(() => {
    found = provoked();
  });

  it('has one case table per rule, none lost when the tables are merged', () => {
    const tables = [tableCases, narrativeCases, reportCases, crossYearCases];
    const ids = tables.flatMap((t) => Object.keys(t));
    expect(ids.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  const messages = RULES.flatMap((r) =>
    Object.keys(r.meta.messages['zh-CN']).map((id) => [`${r.meta.id} ${id}`, r.meta, id] as const),
  );

  it.each(messages)('%s: provoked in both locales, every placeholder filled', (key, meta, id) => {
    const provokedAs = found.get(key) ?? [];
    expect([...new Set(provokedAs.map((p) => p.locale))].sort()).toEqual(['en', 'zh-CN']);
    const findings = provokedAs.map((p) => p.finding);
    for (const f of findings)
      for (const message of [f.message, ...(f.parts ?? []).map((p) => p.message)]) {
        expect(message).not.toMatch(/\{\+?\w+(:[^{}]*)?\}/);
        expect(message).not.toMatch(/undefined|NaN/);
      }
    // The template's own names, each given by the finding (the cell, labels, values or data).
    const given = (f: Finding): Record<string, unknown> => ({
      cell: f.address,
      sheet: f.sheet,
      row: f.rowLabel,
      column: f.columnLabel,
      table: f.table ?? undefined,
      expected: f.expected,
      actual: f.actual,
      ...f.data,
    });
    const names = [meta.messages['zh-CN'][id], meta.messages.en[id]].flatMap(placeholders);
    for (const f of findings)
      for (const name of names) expect([name, given(f)[name]]).not.toEqual([name, undefined]);
  });

  it.each(messages)('%s: every data key is shown, or listed as machine-only', (key, meta, id) => {
    const shown = new Set([meta.messages['zh-CN'][id], meta.messages.en[id]].flatMap(placeholders));
    const keys = new Set((found.get(key) ?? []).flatMap((p) => Object.keys(p.finding.data)));
    expect([...keys].filter((k) => !shown.has(k) && !(k in MACHINE_ONLY))).toEqual([]);
  });
});
