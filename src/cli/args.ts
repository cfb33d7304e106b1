/** Command-line parsing with node:util parseArgs: no dependency, and pure enough to test directly. */
import { parseArgs } from 'node:util';
import { EDITIONS, type Edition } from '../format/types';
import { LOCALES, type Locale } from '../report/types';
import type { TotalsMode } from '../template/types';
import type { UsageProblem } from './messages';

export type OutputFormat = 'text' | 'json';

export type Command =
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | { kind: 'check'; files: string[]; format: OutputFormat; locale: Locale; year: number | null }
  | TemplateCommand
  | { kind: 'usage'; problem: UsageProblem; locale: Locale };

/** `template OUT.xlsx`: write the report template; options left out are decided from --from or the year. */
export interface TemplateCommand {
  kind: 'template';
  out: string;
  edition: Edition | null;
  year: number | null;
  body: string | null;
  from: string | null;
  totals: TotalsMode;
  force: boolean;
  locale: Locale;
}

/** Options that only the template command takes. */
const TEMPLATE_OPTIONS = ['edition', 'body', 'from', 'totals', 'force'] as const;

/**
 * The default locale is zh-CN whatever the environment says: the users are Chinese offices, and
 * many of their servers run with LANG=en_US, so following LANG would surprise more than it helps.
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  locale: { type: 'string', short: 'l' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  edition: { type: 'string' },
  body: { type: 'string' },
  from: { type: 'string' },
  totals: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages are English only; they name the offending option, which is what matters.
    const detail = e instanceof Error ? e.message : String(e);
    return { kind: 'usage', problem: { kind: 'bad-option', detail }, locale: sniffLocale(argv) };
  }
  const { values, positionals } = parsed;

  const localeValue = values.locale;
  let locale = DEFAULT_LOCALE;
  if (localeValue !== undefined) {
    const match = LOCALES.find((l) => l.toLowerCase() === localeValue.toLowerCase());
    if (!match) return { kind: 'usage', problem: { kind: 'bad-locale', value: localeValue }, locale };
    locale = match;
  }

  if (values.help) return { kind: 'help', locale };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) return { kind: 'usage', problem: { kind: 'no-command' }, locale };
  if (command === 'help') return { kind: 'help', locale };
  if (command !== 'check' && command !== 'template')
    return { kind: 'usage', problem: { kind: 'unknown-command', value: command }, locale };

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    return { kind: 'usage', problem: { kind: 'bad-format', value: format }, locale };

  let year: number | null = null;
  if (values.year !== undefined) {
    const y = /^\d{4}$/.test(values.year) ? Number(values.year) : NaN;
    if (!(y >= 2008 && y <= 2100))
      return { kind: 'usage', problem: { kind: 'bad-year', value: values.year }, locale };
    year = y;
  }

  if (command === 'template') return templateCommand(values, files, year, locale);
  const misplaced = TEMPLATE_OPTIONS.find((o) => values[o] !== undefined);
  if (misplaced)
    return { kind: 'usage', problem: { kind: 'template-only', option: `--${misplaced}` }, locale };
  if (files.length === 0) return { kind: 'usage', problem: { kind: 'no-files' }, locale };
  return { kind: 'check', files, format, locale, year };
}

function templateCommand(
  values: { edition?: string; body?: string; from?: string; totals?: string; force?: boolean },
  files: string[],
  year: number | null,
  locale: Locale,
): Command {
  const usage = (problem: UsageProblem): Command => ({ kind: 'usage', problem, locale });
  if (files.length === 0) return usage({ kind: 'no-output' });
  if (files.length > 1) return usage({ kind: 'extra-arguments', value: files.slice(1).join(' ') });
  const out = files[0];
  if (!/\.xlsx$/i.test(out)) return usage({ kind: 'bad-output', value: out });
  const edition = values.edition ?? null;
  if (edition !== null && !EDITIONS.includes(edition as Edition))
    return usage({ kind: 'bad-edition', value: edition });
  const totals = values.totals ?? 'formula';
  if (totals !== 'formula' && totals !== 'input') return usage({ kind: 'bad-totals', value: totals });
  return {
    kind: 'template',
    out,
    edition: edition as Edition | null,
    year,
    body: values.body?.trim() || null,
    from: values.from ?? null,
    totals,
    force: values.force ?? false,
    locale,
  };
}

/** Best effort for messages about arguments that did not parse: `--locale en` / `--locale=en` / `-l en`. */
function sniffLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a.startsWith('--locale=')
      ? a.slice(9)
      : a === '--locale' || a === '-l'
        ? argv[i + 1]
        : undefined;
    if (v?.toLowerCase() === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}
