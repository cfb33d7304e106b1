/**
 * node:util parseArgs with every usage problem as a value instead of Node's English exception, so
 * that each command (check, template, rules, consolidate) can say it in the user's language.
 * The arguments are parsed leniently with tokens, then checked as strict mode would check them
 * (ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_INVALID_OPTION_VALUE), knowing which option and
 * which value went wrong. Positionals are always allowed, so ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL
 * cannot occur; each command says itself which positionals are too many.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LOCALES, type Locale } from '../report/types';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What strict parsing with these options returns. */
export type StrictValues<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>
>['values'];

export type OptionProblem =
  /**
   * `--bogus`, `-x`, `-output` (one dash); `suggestion` is a near option name, when one is; `file`
   * is the whole argument when it looks like a file name (`-草稿.xlsx`), which belongs after `--`.
   */
  | { kind: 'unknown-option'; option: string; suggestion: string | null; file: string | null }
  /** `-o` at the end: a string option without its value. `name` is the long name. */
  | { kind: 'missing-value'; option: string; name: string }
  /** `-o --quiet`: the next argument looks like an option, so it is not taken as the value. */
  | { kind: 'dash-value'; option: string; name: string; value: string }
  /** `--quiet=yes`: a switch given a value. */
  | { kind: 'unexpected-value'; option: string; value: string };

export type Parsed<T extends OptionsConfig> =
  { values: StrictValues<T>; positionals: string[] } | { problem: OptionProblem };

/** `-o/--output` when the option has a short form, else `--output`. */
export function optionLabel(name: string, options: OptionsConfig): string {
  const short = options[name]?.short;
  return short ? `-${short}/--${name}` : `--${name}`;
}

export function parseOptions<T extends OptionsConfig>(argv: readonly string[], options: T): Parsed<T> {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const raw = argv[token.index];
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    // `-output`: a long name typed with one dash reads as `-o utput`; name what was meant.
    const oneDash = /^-([a-z][a-z-]+)(=.*)?$/i.exec(raw);
    if (oneDash && Object.hasOwn(options, oneDash[1].toLowerCase())) {
      const suggestion = `--${oneDash[1].toLowerCase()}`;
      return { problem: { kind: 'unknown-option', option: raw, suggestion, file: null } };
    }
    if (spec === undefined) {
      const suggestion = nearestOption(token.rawName, options);
      const file = /[./\\]|[^\x20-\x7e]/.test(raw) ? raw : null;
      return { problem: { kind: 'unknown-option', option: token.rawName, suggestion, file } };
    }
    const label = optionLabel(token.name, options);
    // `-q=3` reads as the switches -q, -= and -3: say that -q takes no value.
    const shortValue = /^-[a-z]=(.*)$/i.exec(raw);
    if (spec.type === 'boolean' && shortValue)
      return { problem: { kind: 'unexpected-value', option: label, value: shortValue[1] } };
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        return { problem: { kind: 'unexpected-value', option: label, value: token.value } };
    } else if (token.value === undefined) {
      return { problem: { kind: 'missing-value', option: label, name: token.name } };
    } else if (!token.inlineValue && looksLikeOption(token.value)) {
      return { problem: { kind: 'dash-value', option: label, name: token.name, value: token.value } };
    }
  }
  // Checked above as strict mode checks: these are the values strict parsing would give.
  return { values: values as StrictValues<T>, positionals };
}

/**
 * As Node's strict mode decides that `-o -x` lacks a value: a value starting with a dash. A negative
 * number is let through (no option looks like one), so `--max-warnings -1` gets the message about
 * numbers rather than one about options.
 */
function looksLikeOption(value: string): boolean {
  return value.length > 1 && value.startsWith('-') && !/^-\d+(\.\d+)?$/.test(value);
}

/** The option a mistyped one most likely meant: a unique prefix (`--out`) or one or two letters off. */
export function nearestOption(raw: string, options: OptionsConfig): string | null {
  if (!raw.startsWith('--')) return null;
  const word = raw.slice(2).toLowerCase();
  const names = Object.keys(options);
  const prefixed = names.filter((n) => n.startsWith(word));
  if (word.length >= 3 && prefixed.length === 1) return `--${prefixed[0]}`;
  const near = nearest(word, names);
  return near === null ? null : `--${near}`;
}

/** The one candidate within a small edit distance of `word` (none when two are equally near). */
export function nearest(word: string, candidates: readonly string[]): string | null {
  if (word.length < 3) return null;
  const allowed = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(word, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The locale asked for, found without parsing (for messages about arguments that do not parse):
 * `--locale en`, `--locale=en`, `-l en`, any case. The last one given wins, as in parsing.
 */
export function sniffLocale(argv: readonly string[], fallback: Locale): Locale {
  let locale = fallback;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a.startsWith('--locale=')
      ? a.slice('--locale='.length)
      : a === '--locale' || a === '-l'
        ? argv[i + 1]
        : undefined;
    const match = LOCALES.find((l) => l.toLowerCase() === v?.toLowerCase());
    if (match) locale = match;
  }
  return locale;
}
