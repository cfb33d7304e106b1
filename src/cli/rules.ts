/** `disclosure-check rules [--format json]`: the rule catalog, in Chinese and English alike. */
import type { Severity } from '../report/types';
import { RULES } from '../rules';

export interface RuleEntry {
  id: string;
  severity: Severity;
  tags: string[];
  description: { zh: string; en: string };
  help: { zh: string; en: string };
}

export function ruleCatalog(): RuleEntry[] {
  return RULES.map(({ meta }) => ({
    id: meta.id,
    severity: meta.severity,
    tags: [...meta.tags],
    description: { zh: meta.description.zh, en: meta.description.en },
    help: { zh: meta.help.zh, en: meta.help.en },
  }));
}

const SEVERITY: Record<Severity, string> = { error: '错误 error', warning: '警告 warning' };

export function presentRules(format: 'text' | 'json'): string {
  const catalog = ruleCatalog();
  if (format === 'json') return `${JSON.stringify(catalog, null, 2)}\n`;
  return catalog
    .map((r) =>
      [
        `${r.id}  ${SEVERITY[r.severity]}  [${r.tags.join(', ')}]`,
        `  ${r.description.zh}`,
        `  ${r.description.en}`,
        `  说明：${r.help.zh}`,
        `  Help: ${r.help.en}`,
        '',
      ].join('\n'),
    )
    .join('\n');
}
