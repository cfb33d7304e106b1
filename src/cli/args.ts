/** Command-line parsing with node:util parseArgs: no dependency, and pure enough to test directly. */
import { parseArgs } from 'node:util';
import { EDITIONS, type Edition } from '../format/types';
import { LOCALES, type Locale } from '../report/types';
import { ruleById } from '../rules';
import type { TotalsMode } from '../template/types';
import { DEFAULT_LIMITS, type Limits } from '../xlsx/limits';
import type { UsageProblem } from './messages';

export type OutputFormat = 'text' | 'json' | 'csv';

export type Command =
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | CheckCommand
  | { kind: 'rules'; format: 'text' | 'json'; locale: Locale }
  | TemplateCommand
  | { kind: 'usage'; problem: UsageProblem; locale: Locale };

/** `check PATH...`: files, folders and globs; no path at all checks the bundled sample. */
export interface CheckCommand {
  kind: 'check';
  paths: string[];
  format: OutputFormat;
  locale: Locale;
  year: number | null;
  /** Write the report here instead of stdout. */
  output: string | null;
  /** Exit 1 when more warnings than this are found. */
  maxWarnings: number | null;
  /** --rule: run only these rules (null: all). */
  only: string[] | null;
  /** --disable: skip these rules. */
  disable: string[];
  /** Report errors only. */
  quiet: boolean;
  /** Last year's report of the same body, checked against every input. */
  previous: string | null;
  /** Folder for annotated copies. */
  annotate: string | null;
  limits: Limits;
  /** Worker count (null: one per core). */
  jobs: number | null;
  /** Review states: the suppressions file and what to do with it. */
  suppressions: SuppressionsRequest;
}

/** `--suppressions FILE`, `--suppress-all`, `--suppress-rule ID`, `--reason TEXT`, `--prune-suppressions`. */
export interface SuppressionsRequest {
  /** The file named with --suppressions; null: the default file, when it exists. */
  file: string | null;
  /** Accept every finding of this run (`--suppress-all`) or those of these rules (`--suppress-rule`). */
  suppressAll: boolean;
  suppressRules: string[];
  /** Why: required when accepting, kept with each entry. */
  reason: string | null;
  /** Remove entries that no longer match any finding. */
  prune: boolean;
}

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
/** Options that only the check command takes. */
const CHECK_OPTIONS = [
  'output',
  'max-warnings',
  'rule',
  'disable',
  'quiet',
  'previous',
  'annotate',
  'max-file-size',
  'max-unpacked-size',
  'max-cells',
  'timeout',
  'jobs',
  'suppressions',
  'suppress-all',
  'suppress-rule',
  'reason',
  'prune-suppressions',
] as const;

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
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  previous: { type: 'string' },
  annotate: { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-unpacked-size': { type: 'string' },
  'max-cells': { type: 'string' },
  timeout: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  suppressions: { type: 'string' },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  reason: { type: 'string' },
  'prune-suppressions': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export function parseCommand(argv: readonly string[]): Command {
  let parsed: { values: Values; positionals: string[] };
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
  if (command !== 'check' && command !== 'template' && command !== 'rules')
    return { kind: 'usage', problem: { kind: 'unknown-command', value: command }, locale };

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && (format !== 'csv' || command !== 'check'))
    return {
      kind: 'usage',
      problem: {
        kind: 'bad-format',
        value: format,
        choices: command === 'check' ? 'text|json|csv' : 'text|json',
      },
      locale,
    };

  let year: number | null = null;
  if (values.year !== undefined) {
    const y = /^\d{4}$/.test(values.year) ? Number(values.year) : NaN;
    if (!(y >= 2008 && y <= 2100))
      return { kind: 'usage', problem: { kind: 'bad-year', value: values.year }, locale };
    year = y;
  }

  const checkOnly = CHECK_OPTIONS.find((o) => values[o] !== undefined);
  if (command !== 'check' && checkOnly)
    return { kind: 'usage', problem: { kind: 'check-only', option: `--${checkOnly}` }, locale };
  if (command === 'template') return templateCommand(values, files, year, locale);
  const misplaced = TEMPLATE_OPTIONS.find((o) => values[o] !== undefined);
  if (misplaced)
    return { kind: 'usage', problem: { kind: 'template-only', option: `--${misplaced}` }, locale };
  if (command === 'rules') {
    if (files.length > 0)
      return { kind: 'usage', problem: { kind: 'extra-arguments', value: files.join(' ') }, locale };
    return { kind: 'rules', format: format === 'json' ? 'json' : 'text', locale };
  }
  return checkCommand(values, files, format, year, locale);
}

function checkCommand(
  values: Values,
  paths: string[],
  format: OutputFormat,
  year: number | null,
  locale: Locale,
): Command {
  const usage = (problem: UsageProblem): Command => ({ kind: 'usage', problem, locale });
  const suppressRules = (values['suppress-rule'] ?? []).flatMap(splitList);
  const ruleIds = [...(values.rule ?? []), ...(values.disable ?? []), ...suppressRules].flatMap(splitList);
  const unknown = ruleIds.find((id) => !ruleById(id));
  if (unknown !== undefined) return usage({ kind: 'unknown-rule', value: unknown });

  let maxWarnings: number | null = null;
  if (values['max-warnings'] !== undefined) {
    const n = wholeNumber(values['max-warnings']);
    if (n === null)
      return usage({ kind: 'bad-number', option: '--max-warnings', value: values['max-warnings'] });
    maxWarnings = n;
  }

  const limits: Limits = { ...DEFAULT_LIMITS };
  const sizes = [
    ['max-file-size', 'maxFileBytes'],
    ['max-unpacked-size', 'maxUnpackedBytes'],
  ] as const;
  for (const [option, key] of sizes) {
    const raw = values[option];
    if (raw === undefined) continue;
    const bytes = byteSize(raw);
    if (bytes === null) return usage({ kind: 'bad-size', option: `--${option}`, value: raw });
    limits[key] = bytes;
  }
  if (values['max-cells'] !== undefined) {
    const n = wholeNumber(values['max-cells']);
    if (n === null || n === 0)
      return usage({ kind: 'bad-number', option: '--max-cells', value: values['max-cells'] });
    limits.maxCellsPerSheet = n;
  }
  if (values.timeout !== undefined) {
    const s = /^\d+(\.\d+)?$/.test(values.timeout) ? Number(values.timeout) : NaN;
    if (!(s > 0)) return usage({ kind: 'bad-seconds', option: '--timeout', value: values.timeout });
    limits.timeoutMs = Math.max(1, Math.round(s * 1000));
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    const n = wholeNumber(values.jobs);
    if (n === null || n === 0) return usage({ kind: 'bad-number', option: '--jobs', value: values.jobs });
    jobs = n;
  }

  const suppressAll = values['suppress-all'] ?? false;
  const reason = values.reason?.trim() ? values.reason.trim() : null;
  if ((suppressAll || suppressRules.length > 0) && reason === null)
    return usage({ kind: 'no-reason', option: suppressAll ? '--suppress-all' : '--suppress-rule' });
  if (values.reason !== undefined && !suppressAll && suppressRules.length === 0)
    return usage({ kind: 'reason-alone' });

  const rules = (values.rule ?? []).flatMap(splitList);
  return {
    kind: 'check',
    paths,
    format,
    locale,
    year,
    output: values.output ?? null,
    maxWarnings,
    only: rules.length > 0 ? rules : null,
    disable: (values.disable ?? []).flatMap(splitList),
    quiet: values.quiet ?? false,
    previous: values.previous ?? null,
    annotate: values.annotate ?? null,
    limits,
    jobs,
    suppressions: {
      file: values.suppressions ?? null,
      suppressAll,
      suppressRules,
      reason,
      prune: values['prune-suppressions'] ?? false,
    },
  };
}

/** `--rule a,b` as well as `--rule a --rule b`. */
function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function wholeNumber(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

const UNITS: Record<string, number> = {
  '': 1024 ** 2,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** `50`, `50MB`, `1.5G`, `800k`: a plain number means megabytes, units are binary (1 MB = 1024 KB). */
export function byteSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const bytes = Math.round(Number(m[1]) * unit);
  return bytes > 0 ? bytes : null;
}

function templateCommand(values: Values, files: string[], year: number | null, locale: Locale): Command {
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
