/**
 * Expands the PATH arguments of `check` into the files to check, in a stable order: a file as
 * given, a folder recursively, a glob (`*`, `?`, `[abc]`, `**`) by walking from its fixed prefix.
 * Shells usually expand globs themselves; quoted globs (and Windows, whose shell does not) get
 * expanded here. Nothing is read here beyond directory listings.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { inputKind } from './input';

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

const GLOB_CHARS = /[*?[]/;

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

async function glob(pattern: string, skip: ReadonlySet<string>): Promise<string[]> {
  const parts = segments(pattern);
  const first = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const matchers = parts.slice(first).map((p) => (p === '**' ? '**' : segmentRegExp(p)));
  const found: string[] = [];
  await matchFrom(base, matchers, skip, found, base === '.' && !pattern.startsWith('./'));
  return found;
}

async function matchFrom(
  dir: string,
  matchers: readonly (RegExp | '**')[],
  skip: ReadonlySet<string>,
  found: string[],
  relative: boolean,
): Promise<void> {
  if (matchers.length === 0 || skip.has(resolve(dir))) return;
  const [head, ...rest] = matchers;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => compareNames(a.name, b.name));
  const pathOf = (name: string) => (relative ? name : join(dir, name));
  if (head === '**') {
    // `**` matches zero folders (try the rest here) or more (descend, keeping `**`).
    await matchFrom(dir, rest, skip, found, relative);
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith('.'))
        await matchFrom(join(dir, e.name), matchers, skip, found, false);
    return;
  }
  for (const e of entries) {
    if (!head.test(e.name)) continue;
    const path = pathOf(e.name);
    if (rest.length === 0) {
      if (e.isFile()) {
        if (!e.name.startsWith('~$')) found.push(path);
      } else if (e.isDirectory()) found.push(...(await walk(path, skip)));
    } else if (e.isDirectory()) await matchFrom(path, rest, skip, found, false);
  }
}

/** One path segment of a glob as a regular expression; a leading dot is matched only literally. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${re}$`, 'i');
}
