/**
 * The suppressions file (`--suppressions FILE`, default `disclosure-suppressions.json` in the working
 * folder when it exists): findings a reviewer accepted, with the reason, per report file. ESLint's
 * model: the file sits beside the reports and is kept in version control or shared with the office;
 * report paths are relative to the file's folder, so the folder can move. Findings are matched by
 * fingerprint (rule, sheet, table, row and column ids), which survives edits elsewhere in the report.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { acceptanceOf, parseAcceptances, type Acceptance } from '../report/reviews';
import type { Finding } from '../report/types';

export const DEFAULT_SUPPRESSIONS_FILE = 'disclosure-suppressions.json';
const VERSION = 1;

export interface SuppressionsFile {
  /** Absolute path of the file. */
  path: string;
  /** Report path relative to the file's folder (forward slashes) → its acceptances. */
  files: Map<string, Acceptance[]>;
}

export type SuppressionsProblem =
  { kind: 'unreadable'; path: string; detail: string } | { kind: 'malformed'; path: string; detail: string };

/** An empty set of suppressions for `path` (a file that does not exist yet). */
export function emptySuppressions(path: string): SuppressionsFile {
  return { path: resolve(path), files: new Map() };
}

/**
 * Reads the file. A missing default file is no suppressions; a missing named file is an error, as is
 * a file that is not the format (never guessed at: a wrong guess would hide findings).
 */
export async function loadSuppressions(
  path: string,
  required: boolean,
): Promise<SuppressionsFile | SuppressionsProblem> {
  const absolute = resolve(path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return emptySuppressions(absolute);
    return { kind: 'unreadable', path, detail: e instanceof Error ? e.message : String(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { kind: 'malformed', path, detail: e instanceof Error ? e.message : String(e) };
  }
  const files = (json as { files?: unknown } | null)?.files;
  if (typeof json !== 'object' || json === null || typeof files !== 'object' || files === null)
    return { kind: 'malformed', path, detail: '"files" missing' };
  const map = new Map<string, Acceptance[]>();
  for (const [file, list] of Object.entries(files)) {
    const acceptances = parseAcceptances(list);
    if (!acceptances) return { kind: 'malformed', path, detail: `"${file}" is not a list` };
    map.set(normalise(file), acceptances);
  }
  return { path: absolute, files: map };
}

/** The key of a report in the file: its path relative to the file's folder, with `/`. */
export function reportKey(suppressions: SuppressionsFile, reportPath: string): string {
  return normalise(relative(dirname(suppressions.path), resolve(reportPath)));
}

function normalise(path: string): string {
  return path.split(sep).join('/').replace(/\\/g, '/').replace(/^\.\//, '');
}

export function acceptancesFor(suppressions: SuppressionsFile, reportPath: string): Acceptance[] {
  return suppressions.files.get(reportKey(suppressions, reportPath)) ?? [];
}

/** Adds acceptances of `findings` (those not yet accepted) for one report. */
export function addAcceptances(
  suppressions: SuppressionsFile,
  reportPath: string,
  findings: readonly Finding[],
  reason: string,
  date = new Date(),
): number {
  const key = reportKey(suppressions, reportPath);
  const list = suppressions.files.get(key) ?? [];
  const known = new Set(list.map((a) => a.fingerprint));
  let added = 0;
  for (const f of findings) {
    if (known.has(f.fingerprint)) continue;
    list.push(acceptanceOf(f, reason, date));
    known.add(f.fingerprint);
    added++;
  }
  if (list.length > 0) suppressions.files.set(key, list);
  return added;
}

/** Removes acceptances that matched nothing (`--prune-suppressions`); returns how many. */
export function pruneAcceptances(
  suppressions: SuppressionsFile,
  reportPath: string,
  unmatched: readonly Acceptance[],
): number {
  const key = reportKey(suppressions, reportPath);
  const list = suppressions.files.get(key);
  if (!list || unmatched.length === 0) return 0;
  const drop = new Set(unmatched.map((a) => a.fingerprint));
  const kept = list.filter((a) => !drop.has(a.fingerprint));
  if (kept.length > 0) suppressions.files.set(key, kept);
  else suppressions.files.delete(key);
  return list.length - kept.length;
}

/** Writes the file through a temporary name, so an interrupted write never leaves half a file. */
export async function saveSuppressions(suppressions: SuppressionsFile): Promise<void> {
  const files: Record<string, Acceptance[]> = {};
  for (const key of [...suppressions.files.keys()].sort()) files[key] = suppressions.files.get(key) ?? [];
  const text = `${JSON.stringify({ version: VERSION, files }, null, 2)}\n`;
  const temporary = `${suppressions.path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, suppressions.path);
}
