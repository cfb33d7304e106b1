/**
 * Expands the PATH arguments of `check` into the files to check, in a stable order: a file as
 * given, a folder recursively, a glob (`*`, `?`, `[abc]`, `**`, `{a,b}`, `@(a|b)`; tinyglobby,
 * which matches with picomatch) from its fixed prefix. Shells usually expand globs themselves;
 * quoted globs (and Windows, whose shell does not) get expanded here. Nothing is read here beyond
 * directory listings.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { glob as globFiles } from 'tinyglobby';
import { inputKind } from '../sources/node/read-file';

/** One entry of the batch: a file to check, or an argument that matched nothing. */
export type BatchEntry = { path: string } | { path: string; noMatch: true };

/**
 * Formats a report comes in that we cannot read: in a folder they are listed (as unsupported,
 * with what to do) rather than silently skipped. Other files in a folder (images, notes) are skipped.
 */
const REPORT_LIKE = new Set([
  '.xls',
  '.xlsb',
  '.xlt',
  '.et',
  '.ett',
  '.ods',
  '.numbers',
  '.doc',
  '.docx',
  '.wps',
  '.odt',
  '.rtf',
  '.pdf',
]);

/** What makes an argument a glob: wildcards, classes, braces, or an extglob's `@(` `!(` `+(`. */
const GLOB_CHARS = /[*?[{]|[@!+]\(/;

/**
 * Globs match names case-insensitively on every platform, as the folder walk reads extensions: a
 * report named `某局.XLSX` left out of a batch goes unchecked without a word, and the same
 * command lists the same files on Windows, macOS and Linux.
 */
const CASE_SENSITIVE = false;

export interface ExpandOptions {
  /** Folders never walked into (the --annotate folder: its copies are outputs, not inputs). */
  skipDirs?: readonly string[];
}

export async function expandPaths(
  args: readonly string[],
  options: ExpandOptions = {},
): Promise<BatchEntry[]> {
  const skip = new Set((options.skipDirs ?? []).map((d) => resolve(d)));
  const seen = new Set<string>();
  const out: BatchEntry[] = [];
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path });
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = await walk(arg, skip);
      if (files.length === 0) out.push({ path: arg, noMatch: true });
      files.forEach(add);
    } else if (info || !GLOB_CHARS.test(arg)) {
      add(arg); // a file, or a missing path the reader will report as not found
    } else {
      const files = await glob(arg, skip);
      if (files.length === 0) out.push({ path: arg, noMatch: true });
      files.forEach(add);
    }
  }
  return out;
}

/** Files a folder walk keeps: readable ones and report-like ones, never Office lock files (`~$…`). */
export function wanted(name: string): boolean {
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot).toLowerCase();
  return inputKind(name) !== undefined || REPORT_LIKE.has(ext);
}

/**
 * A browser's "web page, complete" saves `report.htm` and a folder of its parts beside it
 * (`report_files`, or `report.files` from Word and Chinese IE); the parts are not reports.
 */
export function isSavedPageFolder(name: string, siblings: ReadonlySet<string>): boolean {
  const m = /^(.*)(?:_files|\.files)$/i.exec(name);
  if (!m) return false;
  return ['.htm', '.html', '.mht', '.mhtml'].some((ext) => siblings.has(`${m[1]}${ext}`.toLowerCase()));
}

async function walk(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  if (skip.has(resolve(dir))) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => compareNames(a.name, b.name));
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name.toLowerCase()));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules' && !isSavedPageFolder(e.name, names))
        files.push(...(await walk(path, skip)));
    } else if (e.isFile() && wanted(e.name)) files.push(path);
  }
  return files;
}

/** Code-point order, so every platform lists the same batch in the same order. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Splits a pattern on `/` (and `\` on Windows, where it is the separator rather than an escape). */
function segments(pattern: string): string[] {
  return pattern.split(sep === '\\' ? /[\\/]/ : /\//);
}

/**
 * The files a glob names: matched from its fixed prefix (taken as a folder, as typed), a folder it
 * matches walked as a folder is, Office lock files (`~$…`) and the skipped folders left out, in
 * the order a folder walk lists them.
 */
async function glob(pattern: string, skip: ReadonlySet<string>): Promise<string[]> {
  const parts = segments(pattern);
  const first = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  // picomatch lets a class or an extglob (`[!a]*`, `!(a)`) match a leading dot: names starting
  // with one are kept only when the pattern writes one, as the shell does.
  const writesDot = parts.slice(first).some((p) => p.startsWith('.'));
  const matches = await globFiles(picomatchPattern(parts.slice(first).join('/')), {
    cwd: base,
    caseSensitiveMatch: CASE_SENSITIVE,
    expandDirectories: false,
    followSymbolicLinks: false,
    onlyFiles: false,
  });
  const found: string[] = [];
  for (const match of matches.sort(bySegments)) {
    const names = match.split('/'); // a folder's ends in '/', so its last name is ''
    if (!writesDot && names.some((name) => name.startsWith('.'))) continue;
    const path = join(base, match);
    if (isSkipped(path, skip)) continue;
    if (match.endsWith('/')) found.push(...(await walk(path, skip)));
    else if (!names[names.length - 1].startsWith('~$')) found.push(path);
  }
  return found;
}

/** Inside a skipped folder (the folder itself, when matched, is walked, and the walk skips it). */
function isSkipped(path: string, skip: ReadonlySet<string>): boolean {
  const full = resolve(path);
  return [...skip].some((dir) => full.startsWith(dir + sep));
}

/**
 * Folder by folder in code-point order, as a folder walk lists them (`b/x.txt` before `b.txt`).
 * No match is a prefix of another (a folder's ends in `/`), so differing names decide.
 */
function bySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = compareNames(x[i], y[i]);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * A typed pattern as picomatch reads it, with file names' own characters kept literal: parentheses
 * that open no extglob (`年报(1)*.xlsx`; picomatch would read a regex group) and a leading `!` (a
 * negation to tinyglobby). Extglobs `@(a|b)` `!(a)` `+(a)` `*(a)` `?(a)` keep their meaning.
 */
export function picomatchPattern(pattern: string): string {
  const extglobs: boolean[] = [];
  let out = pattern.startsWith('!') && pattern[1] !== '(' ? '\\' : '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += pattern.slice(i, i + 2); // already escaped
      i++;
    } else if (ch === '(') {
      const extglob = /[@!+*?]/.test(pattern[i - 1] ?? '');
      extglobs.push(extglob);
      out += extglob ? ch : '\\(';
    } else if (ch === ')') out += extglobs.pop() === true ? ch : '\\)';
    else out += ch;
  }
  return out;
}
