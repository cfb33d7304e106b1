/** Command-line parsing with node:util parseArgs: no dependency, and pure enough to test directly. */
import { EDITIONS, type Edition } from '../format/types';
import { LOCALES, type Locale } from '../report/types';
import { RULES, ruleById } from '../rules';
import type { TotalsMode } from '../template/types';
import { DEFAULT_LIMITS, type Limits } from '../xlsx/limits';
import { nearest, parseOptions, sniffLocale, type StrictValues } from './argv';
import type { UsageProblem } from './messages';

export type OutputFormat = 'text' | 'json' | 'csv';

export type Command =
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | CheckCommand
  | { kind: 'rules'; format: 'text' | 'json'; locale: Locale }
  | TemplateCommand
  /** `consolidate …`: parses its own arguments (src/cli/consolidate.ts); these are the ones after it. */
  | { kind: 'consolidate'; argv: string[] }
  | { kind: 'usage'; problem: UsageProblem; locale: Locale };

/** Every command main() runs: the one list that usage messages name. */
export const COMMANDS = ['check', 'consolidate', 'rules', 'template', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];
const isCommand = (word: string): word is CommandName => (COMMANDS as readonly string[]).includes(word);

/** Files checked at once: beyond this, worker threads cost memory and gain nothing on any desktop. */
export const MAX_JOBS = 64;
/** The largest count a count option takes (nine digits: beyond any real report or batch). */
const MAX_COUNT = 999_999_999;
/** The whole numbers each count option takes, smallest and largest. */
export const COUNT_RANGES = {
  'max-warnings': [0, MAX_COUNT],
  'max-cells': [1, MAX_COUNT],
  jobs: [1, MAX_JOBS],
} as const;
type CountOption = keyof typeof COUNT_RANGES;

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

type Values = StrictValues<typeof OPTIONS>;

export function parseCommand(argv: readonly string[]): Command {
  const word = commandWord(argv);
  // consolidate has options of its own (--exclude-invalid), so it parses everything but its name.
  if (word?.value === 'consolidate')
    return { kind: 'consolidate', argv: argv.filter((_, i) => i !== word.index) };
  const parsed = parseOptions(argv, OPTIONS);
  if ('problem' in parsed)
    return {
      kind: 'usage',
      problem: { kind: 'bad-option', problem: parsed.problem, command: word?.value ?? null },
      locale: sniffLocale(argv, DEFAULT_LOCALE),
    };
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
  if (command === undefined)
    return { kind: 'usage', problem: { kind: 'no-command', commands: COMMANDS }, locale };
  if (!isCommand(command))
    return {
      kind: 'usage',
      problem: {
        kind: 'unknown-command',
        value: command,
        commands: COMMANDS,
        suggestion: nearest(command.toLowerCase(), COMMANDS),
        // `disclosure-check 年报.xlsx`: a file where the command should be.
        file: /[./\\]/.test(command),
      },
      locale,
    };
  if (command === 'help') return { kind: 'help', locale };

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
      return {
        kind: 'usage',
        problem: { kind: 'extra-arguments', command: 'rules', value: files.join(' ') },
        locale,
      };
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
  if (unknown !== undefined)
    return usage({
      kind: 'unknown-rule',
      value: unknown,
      suggestion: nearest(
        unknown,
        RULES.map((r) => r.meta.id),
      ),
    });

  // Counts: digits only, within the range each option allows (its message names the range).
  for (const [option, [min, max]] of Object.entries(COUNT_RANGES) as [CountOption, [number, number]][]) {
    const raw = values[option];
    if (raw === undefined) continue;
    const n = wholeNumber(raw);
    if (n === null || n < min || n > max)
      return usage({ kind: 'bad-number', option: `--${option}`, value: raw, min, max });
  }
  const countOf = (option: CountOption): number | null => wholeNumber(values[option] ?? '');
  const maxWarnings = countOf('max-warnings');

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
  const maxCells = countOf('max-cells');
  if (maxCells !== null) limits.maxCellsPerSheet = maxCells;
  if (values.timeout !== undefined) {
    const s = /^\d+(\.\d+)?$/.test(values.timeout) ? Number(values.timeout) : NaN;
    if (!(s > 0)) return usage({ kind: 'bad-seconds', option: '--timeout', value: values.timeout });
    limits.timeoutMs = Math.max(1, Math.round(s * 1000));
  }
  const jobs = countOf('jobs');

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

/** Digits only (a sign or a decimal point is refused by the caller's range message), at most ten. */
function wholeNumber(value: string): number | null {
  return /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** Units are binary whatever their spelling: 1 KB = 1 KiB = 1024 bytes, as Windows shows file sizes. */
const UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** A size refused for being over this (no file the tool reads comes near it; a typo is likelier). */
export const MAX_SIZE_BYTES = 64 * 1024 ** 3;

/**
 * `50`, `50MB`, `1.5g`, `800 KiB`, `4096B`: any case, a plain number means megabytes, and units are
 * binary (1 MB = 1024 KB). Null for anything else, for zero and for more than MAX_SIZE_BYTES.
 */
export function byteSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? (m[2] === '' ? 1024 ** 2 : UNITS[m[2].toLowerCase()]) : undefined;
  if (!m || unit === undefined) return null;
  const bytes = Math.round(Number(m[1]) * unit);
  return bytes > 0 && bytes <= MAX_SIZE_BYTES ? bytes : null;
}

function templateCommand(values: Values, files: string[], year: number | null, locale: Locale): Command {
  const usage = (problem: UsageProblem): Command => ({ kind: 'usage', problem, locale });
  if (files.length === 0) return usage({ kind: 'no-output' });
  if (files.length > 1)
    return usage({ kind: 'extra-arguments', command: 'template', value: files.slice(1).join(' ') });
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

/**
 * The command and where it is: the first argument that is neither an option nor an option's value
 * (`--locale en consolidate a.xlsx` as well as `consolidate a.xlsx`). Lenient: any problem with the
 * options is reported by the strict parse that follows.
 */
function commandWord(argv: readonly string[]): { value: string; index: number } | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return i + 1 < argv.length ? { value: argv[i + 1], index: i + 1 } : null;
    if (!a.startsWith('-') || a === '-') return { value: a, index: i };
    // A string option written without `=` takes the next argument as its value.
    const long = /^--([^=]+)$/.exec(a)?.[1];
    const short = /^-([a-z])$/i.exec(a)?.[1];
    const spec = long !== undefined ? optionSpec(long) : short !== undefined ? shortSpec(short) : undefined;
    if (spec?.type === 'string') i++;
  }
  return null;
}

type Spec = (typeof OPTIONS)[keyof typeof OPTIONS];
const optionSpec = (name: string): Spec | undefined =>
  Object.hasOwn(OPTIONS, name) ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
const shortSpec = (letter: string): Spec | undefined =>
  Object.values(OPTIONS).find((o: Spec) => 'short' in o && o.short === letter);
